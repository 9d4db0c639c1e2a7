// The CLI and the WASM module must give identical JSON for the same page, and galley.render()
// (render.js over the module's document) the CLI's Markdown, HTML and text, byte for byte.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';

import { cliPath, devPages, importGalley, root, sharedDir } from './helpers.mjs';

const { createGalley } = await importGalley();
const galley = await createGalley();
const pages = devPages();

test('dev corpus is present', { skip: pages.length === 0 && 'no ../shared/corpus/dev here' }, () => {
  assert.ok(pages.length >= 3);
});

const formats = ['markdown', 'html', 'text'];
const cliOut = (path, format) => execFileSync(cliPath, ['--format', format, path], { maxBuffer: 1 << 26 }).toString();

for (const page of pages) {
  test(`CLI and WASM agree on ${basename(page)}`, async () => {
    const cli = JSON.parse(cliOut(page, 'json'));
    const text = readFileSync(page, 'utf8');
    const wasm = JSON.parse(JSON.stringify(await galley.reflow(text)));
    assert.ok(cli.articles.length > 0);
    assert.deepEqual(wasm, cli);
    for (const format of formats) assert.equal(await galley.render(text, format), cliOut(page, format), format);
  });
}

// English goes through the module as ASCII JSON (every other character escaped), Chinese as
// UTF-16: a page of each kind of character, and a document of pages ended by form feeds.
const column = (text, width) => text.match(new RegExp(`.{1,${width}}`, 'gu')).join('\n') + '\n';
const english = 'Café Owners \u201cHopeful\u201d\n\n' +
  column('The caf\u00e9 on Rue de la Paix \u2014 run by Zo\u00eb M\u00fcller and Li Wei (\u674e\u4f1f) \u2014 reopened on Monday after a week of repairs, and its first customers left \u2018delighted\u2019 \ud83d\ude00 by noon, officials said.', 40);
const chinese = '国内要闻\n\n' + column('全国冬小麦播种基本结束，各地加强田间管理，确保麦苗安全越冬。“农业农村部”派出工作组分赴主产省指导。', 13);
const wrapped = (text, width) => text.match(new RegExp(`\\S.{0,${width - 1}}(?=\\s|$)`, 'g')).join('\n') + '\n';
// Paragraphs that Markdown would read as structure, markup to escape, a credit, text before
// any headline and a notice left as residue: what the renderers treat specially.
const special = wrapped('1. The council met on Monday and voted <b>for</b> the plan & its budget, members said.', 40) + '\n' +
  'Budget Passed\n\n' + wrapped('- Seven members voted against the plan, which now goes to the mayor for a signature.', 40) + '\n' +
  wrapped('2) Work starts in spring, the city said, and ends before the winter of next year.', 40) + '\n' +
  '(Photo: A. Writer <city desk>)\n\n' + 'Advertisement\n';
const made = {
  'an English page past ASCII': english,
  'a document of pages': `${english}\f${chinese}\f${english}\f`,
  'a page of Markdown-like and markup-like text': special,
};
// The text written to a file, read by the CLI and by the module: the two documents, equal.
const scratch = mkdtempSync(join(tmpdir(), 'galley-parity-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let written = 0;
async function bothAgree(text) {
  const path = join(scratch, `page-${written++}.txt`);
  writeFileSync(path, text);
  const cli = JSON.parse(cliOut(path, 'json'));
  const wasm = JSON.parse(JSON.stringify(await galley.reflow(text)));
  assert.deepEqual(wasm, cli);
  return { path, cli };
}

for (const [name, text] of Object.entries(made)) {
  test(`CLI and WASM agree on ${name}`, async () => {
    const { path, cli } = await bothAgree(text);
    assert.ok(cli.articles.length > 0);
    for (const format of formats) assert.equal(await galley.render(text, format), cliOut(path, format), format);
    // The core's JSON text itself, which crosses to JS as UTF-8 here (English past ASCII),
    // as UTF-16 (Chinese) or as ASCII (reflow()'s English above): the same bytes as the CLI's.
    assert.equal(await galley.render(text, 'json'), cliOut(path, 'json'), 'json');
  });
}

// Pages printed twice and run together with no form feed: heads and texts scored alike in
// each copy, so which pairs with which rests on how equal scores are ordered. The module's
// sort (libc++) and the CLI's (libstdc++) must not break those ties differently.
const composer = `
import random, sys
sys.path.insert(0, sys.argv[1])
import compose, sources
rng = random.Random(5)
pool = sources.articles(sys.argv[2])
pages = [compose.compose(pool, rng, 'b', lang='zh')[0] for _ in range(12)]
sys.stdout.write('\\n\\n'.join(pages * 2))
`;
const haveSources = existsSync(join(sharedDir, 'eval-sources'));
test('CLI and WASM agree on generated pages printed twice and run together',
  { skip: !haveSources && 'no ../shared/eval-sources here' }, async () => {
    const text = execFileSync('python3', ['-c', composer, join(root, 'tests', 'pagegen'), sharedDir],
      { maxBuffer: 1 << 26 }).toString();
    const { cli } = await bothAgree(text);
    assert.ok(cli.articles.length > 20);
  });
