// Where the engine runs in a browser: a page-sized text on the page's own thread (no worker
// to wait for), a long one in a worker started for it; the two give the same results.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { articleCount, useDemoBrowser } from './browser.mjs';

const env = useDemoBrowser();

test('a page reflows without a worker; a long text starts one, with the same results (and all on the page with worker: false)', async () => {
  const page = await env.context.newPage();
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto(env.server.url);
  assert.ok((await articleCount(page)) >= 1);
  assert.equal(workers.length, 0, 'the demo started a worker for its sample page');

  const out = await page.evaluate(async () => {
    const { createGalley } = await import('./galley.js');
    const { samples } = await import('./samples.js');
    const pageText = samples.reduce((a, s) => (s.text.length > a.length && s.text.length <= 16384 ? s.text : a), '');
    const longText = `${pageText}\n\n`.repeat(Math.ceil(40000 / pageText.length));
    const hybrid = await createGalley();
    const workerOnly = await createGalley({ inlineLimit: 0 });
    const pageOnly = await createGalley({ worker: false });
    const json = (r) => JSON.stringify(r);
    const calls = [];
    const progress = [];
    for (const text of [pageText, longText]) {
      const [a, b] = [await hybrid.reflow(text, {}, { onProgress: (p) => progress.push(p.phase) }), await workerOnly.reflow(text)];
      calls.push({ length: text.length, same: json(a) === json(b), articles: a.articles.length });
      calls.push({ length: text.length, same: json(a) === json(await pageOnly.reflow(text)), articles: -1 });
      const [m, n] = [await hybrid.render(text, 'markdown'), await workerOnly.render(text, 'markdown')];
      calls.push({ length: text.length, same: m === n, articles: -1 });
    }
    // An aborted call rejects, on either side of the limit.
    const aborted = [];
    for (const text of [pageText, longText]) {
      const controller = new AbortController();
      controller.abort();
      aborted.push(await hybrid.reflow(text, {}, { signal: controller.signal }).then(() => 'resolved', (e) => e.name));
    }
    hybrid.terminate();
    workerOnly.terminate();
    return { calls, progress, aborted, pageLength: pageText.length, longLength: longText.length };
  });
  assert.ok(out.pageLength > 100 && out.pageLength <= 16384);
  assert.ok(out.longLength > 16384);
  for (const c of out.calls) assert.ok(c.same, `results differ for a text of ${c.length} characters`);
  assert.ok(out.calls[0].articles >= 1);
  assert.deepEqual(out.progress.slice(0, 2), ['reflow', 'done']);
  assert.deepEqual(out.aborted, ['AbortError', 'AbortError']);
  // One worker for the instance that sends everything to it, one started by the long text
  // (none by the instance without one).
  assert.equal(workers.length, 2, `${workers.length} workers started`);
  await page.close();
});
