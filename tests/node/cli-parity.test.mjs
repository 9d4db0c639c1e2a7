// The CLI and the WASM module must give identical JSON for the same page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';

import { cliPath, devPages, importGalley } from './helpers.mjs';

const { createGalley } = await importGalley();
const galley = await createGalley();
const pages = devPages();

test('dev corpus is present', { skip: pages.length === 0 && 'no ../shared/corpus/dev here' }, () => {
  assert.ok(pages.length >= 3);
});

for (const page of pages) {
  test(`CLI and WASM agree on ${basename(page)}`, async () => {
    const cli = JSON.parse(execFileSync(cliPath, ['--format', 'json', page], { maxBuffer: 1 << 26 }).toString());
    const wasm = JSON.parse(JSON.stringify(await galley.reflow(readFileSync(page, 'utf8'))));
    assert.ok(cli.articles.length > 0);
    assert.deepEqual(wasm, cli);
  });
}
