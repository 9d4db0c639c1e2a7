// The WASM module under Node, through the public ES module.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { importGalley } from './helpers.mjs';

const { createGalley, wellFormed } = await importGalley();
const galley = await createGalley();

test('version is semver', () => {
  assert.match(galley.version, /^\d+\.\d+\.\d+$/);
});

test('reflow returns a plain object shaped like the contract', async () => {
  const page = 'Storm closes harbour\n\nThe harbour was closed on Monday\nafter a storm.\n';
  const r = await galley.reflow(page);
  assert.ok(Array.isArray(r.articles) && r.articles.length >= 1);
  for (const a of r.articles) {
    assert.equal(typeof a.headline, 'string');
    assert.ok(Array.isArray(a.deck));
    for (const b of a.blocks) {
      assert.ok(['paragraph', 'heading', 'byline', 'caption', 'credit'].includes(b.kind));
      assert.equal(typeof b.text, 'string');
      assert.ok(b.lines.every(([f, l]) => Number.isInteger(f) && l >= f));
    }
  }
  assert.ok(Array.isArray(r.residue));
  assert.equal(r.stats.input_lines, 4);
  const text = r.articles.flatMap((a) => a.blocks.map((b) => b.text)).join(' ');
  assert.match(text, /closed on Monday after a storm\./);
});

test('bad options are rejected with a clear error', async () => {
  await assert.rejects(galley.reflow('x', { spacing: 'sideways' }), /spacing/);
  await assert.rejects(galley.reflow('x', { maxInputBytes: -1 }), /maxInputBytes/);
  await assert.rejects(galley.reflow('x'.repeat(100), { maxInputBytes: 10 }), /larger than/);
  await assert.rejects(galley.render('x', 'yaml'), /format/);
  for (const inlineLimit of [-1, 'all', NaN]) await assert.rejects(createGalley({ inlineLimit }), TypeError);
});

test('lone surrogates become U+FFFD and are counted, not lost', async () => {
  assert.equal(wellFormed('a\uD800b'), 'a\uFFFDb');
  const r = await galley.reflow('前\uDC00后。\n');
  const text = r.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
  assert.equal(text, '前\uFFFD后。');
});

test('render gives every format', async () => {
  const page = '标题在这里\n\n正文第一行，\n第二行。\n';
  for (const format of ['markdown', 'html', 'text', 'json']) {
    const out = await galley.render(page, format);
    assert.match(out, /正文第一行/, format);
  }
  const json = await galley.render(page, 'json');
  assert.doesNotThrow(() => JSON.parse(json));
});

test('after the module runs out of memory it refuses work with a clear error; a new instance works', async () => {
  const doomed = await createGalley();
  // 33 million one-letter lines: under the 64 MiB input limit, but the line table needs
  // more than the module's 2 GiB heap, so the WASM module aborts for real.
  await assert.rejects(doomed.reflow('a\n'.repeat(33_000_000)), /abort/i);
  await assert.rejects(doomed.reflow('标题\n\n正文。\n'), /stopped .*create a new instance/);
  const fresh = await createGalley();
  assert.equal((await fresh.reflow('标题\n\n正文第一句。\n')).articles.length, 1);
});
