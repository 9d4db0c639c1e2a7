// The demo as a person uses it, in headless Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { devPages } from '../node/helpers.mjs';
import { articleCount, demoDir, paste, recordRequests, screenshotDir, serveDemo, useDemoBrowser } from './browser.mjs';

const env = useDemoBrowser();

const pages = devPages();
const seed = pages.find((p) => p.endsWith('seed000.raw.txt'));

test('the demo opens with a sample loaded and shows articles', async () => {
  const page = await env.context.newPage();
  const requests = recordRequests(page);
  await page.goto(env.server.url);
  assert.ok((await articleCount(page)) >= 1);
  for (const url of requests) assert.ok(url.startsWith(env.server.url) || url.startsWith('blob:') || url.startsWith('data:'), `request left the page: ${url}`);
  await page.close();
});

test('choosing a sample puts its text in the text area and reflows it', async () => {
  const page = await env.context.newPage();
  await page.goto(env.server.url);
  await articleCount(page);
  const texts = await page.evaluate(async () => (await import('./samples.js')).samples.map((s) => s.text));
  assert.equal(await page.inputValue('#input'), texts[0]);
  assert.equal(await page.inputValue('#sample'), '0');
  await paste(page, 'Your own text');
  assert.equal(await page.inputValue('#sample'), '');
  const last = texts.length - 1;
  await page.selectOption('#sample', String(last));
  await page.waitForFunction((t) => document.getElementById('input').value === t, texts[last]);
  // The reader shows that sample's result.
  await page.evaluate(async (t) => {
    const { createGalley } = await import('./galley.js');
    globalThis.expected = JSON.stringify(await (await createGalley()).reflow(t));
  }, texts[last]);
  await page.waitForFunction(() => JSON.stringify(document.getElementById('reader').result) === globalThis.expected, null, { timeout: 20000 });
  await page.close();
});

test('pasting a dev page shows more than one article', { skip: !seed && 'no dev corpus' }, async () => {
  const page = await env.context.newPage();
  await page.goto(env.server.url);
  await articleCount(page);
  await paste(page, readFileSync(seed, 'utf8'));
  await page.waitForTimeout(400);
  const n = await articleCount(page);
  assert.ok(n > 1, `only ${n} article(s)`);
  const status = await page.evaluate(() => document.getElementById('reader').shadowRoot.querySelector('[role=status]').textContent);
  assert.match(status, new RegExp(`${n} articles`));
  await page.close();
});

test('pasted markup stays inert text', async () => {
  const page = await env.context.newPage();
  await page.goto(env.server.url);
  await articleCount(page);
  await page.evaluate(() => { window.__xss = 0; });
  const payload = '标题测试一下\n\n<img src=x onerror="window.__xss=1">这是正文，\n<script>window.__xss=2</script>结束。\n';
  await paste(page, payload);
  await page.waitForTimeout(400);
  await articleCount(page);
  const shown = await page.evaluate(() => ({
    xss: window.__xss,
    imgs: document.getElementById('reader').shadowRoot.querySelectorAll('img, script').length,
    text: document.getElementById('reader').shadowRoot.querySelector('.articles').textContent,
  }));
  assert.equal(shown.xss, 0);
  assert.equal(shown.imgs, 0);
  assert.match(shown.text, /<img src=x onerror=/);
  await page.close();
});

test('copy puts plain text and HTML on the clipboard', async () => {
  const page = await env.context.newPage();
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  await page.goto(env.server.url);
  await articleCount(page);
  await page.evaluate(() => document.getElementById('reader').copyArticle(0));
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item.types, plain: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  });
  const first = await page.evaluate(() => document.getElementById('reader').result.articles[0]);
  assert.ok(clip.types.includes('text/html') && clip.types.includes('text/plain'));
  assert.ok(clip.plain.includes(first.blocks[0].text));
  assert.ok(clip.html.includes('<h2>') || !first.headline);
  assert.ok(clip.html.includes(`<p>${first.blocks.find((b) => b.kind === 'paragraph').text}</p>`));
  await page.close();
});

test('download gives the article as Markdown', async () => {
  const page = await env.context.newPage();
  await page.goto(env.server.url);
  await articleCount(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => document.getElementById('reader').shadowRoot.querySelector('article button[aria-label^="Download"]').click()),
  ]);
  const body = readFileSync(await download.path(), 'utf8');
  const first = await page.evaluate(() => document.getElementById('reader').result.articles[0]);
  if (first.headline) assert.ok(body.startsWith(`# ${first.headline}`));
  assert.ok(body.includes(first.blocks.at(-1).text.slice(0, 10)));
  await page.close();
});

test('the single-file demo works from file://', async () => {
  const page = await env.context.newPage();
  const requests = recordRequests(page);
  await page.goto(pathToFileURL(join(demoDir, 'offline.html')).href);
  assert.ok((await articleCount(page)) >= 1);
  // Its samples are in the page too.
  const { samples } = await import(pathToFileURL(join(demoDir, 'samples.js')).href);
  const last = samples.length - 1;
  await paste(page, 'Your own text');
  await page.selectOption('#sample', String(last));
  await page.waitForFunction((t) => document.getElementById('input').value === t, samples[last].text);
  for (const url of requests) assert.ok(url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:'), `request left the page: ${url}`);
  await page.close();
});

test('the demo works under a strict Content-Security-Policy', async () => {
  const strict = await serveDemo({ csp: true });
  const page = await env.context.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(strict.url);
  assert.ok((await articleCount(page)) >= 1);
  assert.deepEqual(violations, []);
  await page.close();
  await strict.close();
});

test('screenshots at desktop and phone widths', async () => {
  for (const [name, viewport] of [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const page = await env.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(env.server.url);
    if (seed) await paste(page, readFileSync(seed, 'utf8'));
    await page.waitForTimeout(400);
    await articleCount(page);
    await page.screenshot({ path: join(screenshotDir, `demo-${name}.png`) });
    await page.close();
  }
});

test('cold start: page load to the first result', async () => {
  const page = await env.context.newPage();
  // The moment the first result reaches the page, measured from navigation start (0), and
  // the messages between the page and the engine's worker on the way (the init script
  // watches the Worker the page creates, without changing it).
  await page.addInitScript(() => {
    const t = (globalThis.__coldStart = {});
    addEventListener('galley-result', () => { t.result ??= performance.now(); }, true);
    // The module's compilation and instantiation on the page, timed where they end.
    const timed = (name, f) => function (...args) {
      t[`${name} called`] ??= performance.now();
      return f.apply(this, args).then((v) => { t[`${name} done`] ??= performance.now(); return v; });
    };
    WebAssembly.compileStreaming = timed('compileStreaming', WebAssembly.compileStreaming);
    WebAssembly.instantiate = timed('instantiate', WebAssembly.instantiate);
    const Native = globalThis.Worker;
    if (!Native) return;
    globalThis.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        t.workerCreated ??= performance.now();
        this.addEventListener('message', ({ data }) => { t[`got-${data?.type}`] ??= performance.now(); });
      }
      postMessage(message, ...rest) {
        t[`sent-${message?.type}`] ??= performance.now();
        return super.postMessage(message, ...rest);
      }
    };
  });
  let worker = null;
  page.on('worker', (w) => { worker ??= w; });
  await page.goto(env.server.url);
  await articleCount(page);
  const t = await page.evaluate(() => {
    const out = { ...globalThis.__coldStart, timeOrigin: performance.timeOrigin };
    const nav = performance.getEntriesByType('navigation')[0];
    out.html = nav.responseEnd;
    out.domContentLoaded = nav.domContentLoadedEventEnd;
    out.resources = performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.startTime, r.responseEnd]);
    return out;
  });
  // The worker's own clock starts when its thread does; what it fetches itself (nothing,
  // unless the page could not compile the .wasm) is on it too.
  const inWorker = worker
    ? await worker.evaluate(() => ({ origin: performance.timeOrigin,
      resources: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.startTime, r.responseEnd]) })).catch(() => null)
    : null;
  const shift = inWorker ? inWorker.origin - t.timeOrigin : 0;
  const rows = [['html received', t.html]];
  for (const [name, start, end] of t.resources) rows.push([`${name} received`, end]);
  for (const name of ['compileStreaming', 'instantiate']) rows.push([`${name} called`, t[`${name} called`]], [`${name} done`, t[`${name} done`]]);
  rows.push(['DOMContentLoaded', t.domContentLoaded], ['worker created', t.workerCreated],
    ['compiled module posted to the worker', t['sent-wasm']]);
  if (inWorker) {
    rows.push(['worker thread started', shift]);
    for (const [name, , end] of inWorker.resources) rows.push([`worker: ${name} received`, end + shift]);
  }
  rows.push(['engine ready (worker reply)', t['got-ready']], ['reflow sent', t['sent-reflow']],
    ['result back from the worker', t['got-result']], ['first result shown', t.result]);
  const shown = rows.filter(([, ms]) => Number.isFinite(ms)).sort((a, b) => a[1] - b[1]);
  console.log(`cold start to first result: ${t.result.toFixed(0)} ms\n${shown.map(([what, ms]) => `  ${ms.toFixed(0).padStart(5)} ms  ${what}`).join('\n')}`);
  assert.ok(t.result < 5000, `cold start took ${t.result.toFixed(0)} ms`);
  await page.close();
});
