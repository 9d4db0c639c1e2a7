// Cold starts in Chromium, three pages interleaved in one browser, fresh pages each:
//   - a blank page: when its first inline script runs (what the browser costs any page);
//   - a bare page: the module loaded through web/galley.js and the demo's opening sample
//     reflowed, nothing else on the page (what the module costs);
//   - the demo: its first result (the browser test's 'cold start' measure).
// Milliseconds from navigation start, medians and best of each.
//   node bench/cold_start.mjs BUILD_DIR [ROUNDS]
// With --against OTHER_BUILD_DIR, the demo of each build instead, interleaved, the order
// swapped every round (a page's cold start depends on the one before it): only such a
// comparison means anything on a shared machine.
//   node bench/cold_start.mjs BUILD_DIR [ROUNDS] --against OTHER_BUILD_DIR
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { serve } from '../demo/serve.mjs';

const { values: flags, positionals } = parseArgs({ options: { against: { type: 'string' } }, allowPositionals: true });
const [build, rounds = '15'] = positionals;
const demo = join(build, 'demo');
const { samples } = await import(pathToFileURL(join(demo, 'samples.js')).href);
const pages = mkdtempSync(join(tmpdir(), 'galley-cold-'));

const blank = join(pages, 'blank');
const bare = join(pages, 'bare');
for (const dir of [blank, bare]) mkdirSync(dir);
writeFileSync(join(blank, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>blank</title><script>globalThis.__first = performance.now();</script><p>x</p>');
for (const f of ['galley.js', 'render.js', 'galley-worker.js', 'galley-module.cjs', 'galley-module.wasm']) copyFileSync(join(demo, f), join(bare, f));
writeFileSync(join(bare, 'index.html'), `<!doctype html><meta charset="utf-8"><title>bare</title>
<link rel="modulepreload" href="galley.js"><link rel="modulepreload" href="render.js">
<link rel="preload" href="galley-module.wasm" as="fetch" type="application/wasm" crossorigin>
<link rel="preload" href="galley-module.cjs" as="script">
<script type="module">
import { createGalley } from './galley.js';
const galley = await createGalley();
const result = await galley.reflow(${JSON.stringify(samples[0].text)});
document.body.append(result.articles.map((a) => a.headline).join('\\n'));
globalThis.__first = performance.now();
</script>`);

const names = flags.against
  ? [`demo of ${build}, first result`, `demo of ${flags.against}, first result`]
  : ['blank page, first script', 'bare page, module and first result', 'demo, first result'];
const roots = flags.against ? [demo, join(flags.against, 'demo')] : [blank, bare, demo];
const servers = await Promise.all(roots.map((root) => serve({ root })));
const profile = mkdtempSync(join(tmpdir(), 'galley-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const times = names.map(() => []);
try {
  for (let r = 0; r < Number(rounds); r++) {
    const order = servers.map((_, k) => k);
    if (flags.against && r % 2) order.reverse();
    for (const k of order) {
      const page = await context.newPage();
      await page.addInitScript(() => addEventListener('galley-result', () => { globalThis.__first ??= performance.now(); }, true));
      await page.goto(servers[k].url);
      await page.waitForFunction(() => globalThis.__first, null, { timeout: 30000 });
      times[k].push(await page.evaluate(() => globalThis.__first));
      await page.close();
    }
  }
} finally {
  await context.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(pages, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [k, name] of names.entries()) {
  console.log(`cold start, ${name}: median ${median(times[k]).toFixed(0)} ms, best ${Math.min(...times[k]).toFixed(0)} ms (${rounds} interleaved)`);
}
// Two loads of one round ran seconds apart at most, under the same load: their difference
// varies less than either time.
if (flags.against) {
  const diffs = times[1].map((t, r) => t - times[0][r]);
  console.log(`cold start, second minus first, round by round: median ${median(diffs).toFixed(0)} ms, `
    + `${diffs.filter((d) => d < 0).length} of ${rounds} rounds faster`);
}
