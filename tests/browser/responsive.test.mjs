// A 5 MB paste: the page stays responsive (the work is in a worker) and shows progress.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { useDemoBrowser } from './browser.mjs';

const env = useDemoBrowser();

// The demo page, its sample reflowed.
async function openDemo() {
  const page = await env.context.newPage();
  await page.goto(env.server.url);
  await page.waitForFunction(() => /article/.test(document.getElementById('reader').shadowRoot.querySelector('.status').textContent));
  return page;
}

test('a 5 MB paste keeps the main thread responsive and shows progress', async () => {
  const page = await openDemo();
  const result = await page.evaluate(async () => {
    const unit = '跨江大桥主桥今天顺利合龙，大桥全长三千米。\n建设者连续施工三十个小时，\n克服了大风和降雨等不利天气。\n\n';
    const text = unit.repeat(Math.ceil((5 << 20) / (new TextEncoder().encode(unit).length)));
    // (A paste arrives as one flat string; one built by repeat() is a tree of pieces that its
    // first reader flattens. Reading it here, before the clock starts, makes it a paste's.)
    const bytes = new TextEncoder().encode(text).length;
    const reader = document.getElementById('reader');
    // A main-thread timer measures the longest gap between ticks while the reflow runs.
    let last = performance.now();
    let worst = 0;
    const tick = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; }, 10);
    let sawProgress = false;
    const watch = setInterval(() => {
      sawProgress ||= !reader.shadowRoot.querySelector('.progress').hidden &&
        /Working on/.test(reader.shadowRoot.querySelector('.status').textContent);
    }, 20);
    const start = performance.now();
    const r = await reader.reflow(text);
    const ms = performance.now() - start;
    clearInterval(tick);
    clearInterval(watch);
    return { worst, sawProgress, ms, articles: r?.articles.length ?? 0, bytes,
      paragraphs: r?.articles.reduce((n, a) => n + a.blocks.filter((b) => b.kind === 'paragraph').length, 0) ?? 0 };
  });
  assert.ok(result.bytes >= 5 << 20);
  assert.ok(result.articles >= 1);
  assert.ok(result.sawProgress, 'no progress was shown');
  // The reflow takes a second or more in the worker: on the main thread it would stall the
  // page that long. What the page itself does (the text to the worker, the result back in
  // parts, a chunk of articles a task) stalls it for 40-95 ms on this shared two-core
  // machine, and a garbage collection now and then for up to 125 ms (measured over a dozen
  // runs): the bound sits well above that and far below a reflow on the main thread.
  assert.ok(result.worst <= 250, `the main thread stalled for ${result.worst.toFixed(0)} ms`);
  // A long article is laid out a chunk per task: in the end every paragraph is on the page.
  await page.waitForFunction((n) => document.getElementById('reader').shadowRoot.querySelectorAll('article p').length >= n,
    result.paragraphs, { timeout: 30_000 });
  await page.close();
});

test('a long text sent in parts keeps surrogate pairs whole and marks lone halves', async () => {
  const page = await openDemo();
  const out = await page.evaluate(async () => {
    // Parts are 2^18 UTF-16 units: put a pair across the first boundary, a lone half later.
    const line = '跨江大桥主桥今天顺利合龙，大桥全长三千米。\n\n';
    let text = line.repeat(Math.ceil((1 << 18) / line.length));
    text = text.slice(0, (1 << 18) - 1) + '😀' + text.slice((1 << 18) - 1) + '孤\uD800立。\n' + line.repeat(2000);
    const r = await document.getElementById('reader').reflow(text);
    const all = r.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n');
    return { emoji: all.split('😀').length - 1, replaced: all.split('\uFFFD').length - 1, length: text.length };
  });
  assert.ok(out.length > 1 << 18);
  assert.equal(out.emoji, 1);
  assert.equal(out.replaced, 1);
  await page.close();
});
