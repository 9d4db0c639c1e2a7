// Prints HTML documents to PDF with Debian's Chromium (playwright-core; never a downloaded
// browser), one browser for all. A document holds pages (layout.document: .page elements,
// each ending its sheet); every sheet of its PDF is as wide as the widest page and as tall
// as the tallest. (One document for many pages: Chromium prints Noto CJK, an OpenType/CFF
// font, as Type 3 glyph programs, slowly; a document of 20 pages takes far less time than
// 20 documents.)
//
//   node tests/pdfgen/print.mjs JOBS.json      JOBS.json: [[html_path, pdf_path], ...]
//
// playwright-core is looked up from here, then in GALLEY_NODE_MODULES (a node_modules
// directory; run.py passes the repository's or /work/main's).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function playwright() {
  try {
    return await import('playwright-core');
  } catch (e) {
    const dir = process.env.GALLEY_NODE_MODULES;
    if (!dir) throw e;
    const require = createRequire(join(dir, 'noop.js'));
    return require('playwright-core');
  }
}

const { chromium } = await playwright();
const jobs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const profile = mkdtempSync(join(tmpdir(), 'galley-pdfgen-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.emulateMedia({ media: 'print' });
  // No request leaves the machine: the pages are self-contained.
  await page.route(/^(?!file:|data:|about:)/, (route) => route.abort());
  for (const [htmlPath, pdfPath] of jobs) {
    await page.goto(pathToFileURL(htmlPath).href);
    await page.evaluate(() => document.fonts.ready);
    const size = () => page.evaluate(() => {
      const rs = [...document.querySelectorAll('.page')].map((p) => p.getBoundingClientRect());
      return { width: Math.ceil(Math.max(...rs.map((r) => r.width))), height: Math.ceil(Math.max(...rs.map((r) => r.height))) };
    });
    await page.setViewportSize({ width: (await size()).width, height: 800 });
    const { width, height } = await size();
    await page.pdf({ path: pdfPath, width: `${width}px`, height: `${height + 2}px`, printBackground: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' } });
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
