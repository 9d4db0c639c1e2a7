// A 5 MB paste: the page stays responsive (the work is in a worker) and shows progress.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { useDemoBrowser } from './browser.mjs';

const env = useDemoBrowser();

test('a 5 MB paste keeps the main thread responsive and shows progress', async () => {
  const page = await env.context.newPage();
  await page.goto(env.server.url);
  await page.waitForFunction(() => /article/.test(document.getElementById('reader').shadowRoot.querySelector('.status').textContent));
  const result = await page.evaluate(async () => {
    const unit = '跨江大桥主桥今天顺利合龙，大桥全长三千米。\n建设者连续施工三十个小时，\n克服了大风和降雨等不利天气。\n\n';
    const text = unit.repeat(Math.ceil((5 << 20) / (new TextEncoder().encode(unit).length)));
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
    return { worst, sawProgress, ms, articles: r?.articles.length ?? 0, bytes: new TextEncoder().encode(text).length };
  });
  assert.ok(result.bytes >= 5 << 20);
  assert.ok(result.articles >= 1);
  assert.ok(result.sawProgress, 'no progress was shown');
  assert.ok(result.worst <= 100, `the main thread stalled for ${result.worst.toFixed(0)} ms`);
  await page.close();
});
