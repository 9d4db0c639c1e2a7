// Extracts the text of PDFs with pdf.js (npm package pdfjs-dist), the way a browser's PDF
// viewer hands it to a user who selects a page and copies it: the text layer's items in
// their order, each item's string, a line break after an item that ends a line (hasEOL).
//
//   node tests/pdfgen/pdfjs.mjs JOBS.json      JOBS.json: [[pdf_path, txt_path], ...]
//
// pdfjs-dist is looked up from here, then in GALLEY_NODE_MODULES (as print.mjs does).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function pdfjs() {
  try {
    return { lib: await import('pdfjs-dist/legacy/build/pdf.mjs'), root: null };
  } catch (e) {
    const dir = process.env.GALLEY_NODE_MODULES;
    if (!dir) throw e;
    const require = createRequire(join(dir, 'noop.js'));
    const path = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    return { lib: await import(pathToFileURL(path).href), root: join(dir, 'pdfjs-dist') };
  }
}

const { lib, root } = await pdfjs();
const base = root ?? join(new URL('.', import.meta.url).pathname, '..', '..', 'node_modules', 'pdfjs-dist');
const jobs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [pdfPath, txtPath] of jobs) {
  const doc = await lib.getDocument({
    data: new Uint8Array(readFileSync(pdfPath)),
    cMapUrl: join(base, 'cmaps') + '/', cMapPacked: true,
    standardFontDataUrl: join(base, 'standard_fonts') + '/',
    useSystemFonts: false, isEvalSupported: false, verbosity: 0,
  }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
    page.cleanup();
  }
  writeFileSync(txtPath, pages.join('\n'));
  await doc.destroy();
}
