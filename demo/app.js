// The demo page: a paste area beside a <galley-reader>, live while typing.
import { createGalley } from './galley.js';
import { GalleyReader } from './galley-reader.js';
import { openingSample, sampleNames } from './sample-list.js';

const offline = location.protocol === 'file:';
// From file:// browsers allow neither workers nor module fetches: the single-file module
// is already on the page, so run it on the main thread.
GalleyReader.engine = createGalley({ worker: !offline });
GalleyReader.define();

const $ = (id) => document.getElementById(id);
const input = $('input');
const reader = $('reader');

$('sample').append(new Option('Your own text', ''));
for (const [i, name] of sampleNames.entries()) $('sample').append(new Option(name, String(i)));

/**
 * The samples' texts, from samples.js: most of the demo's script (50 KB with the dev pages),
 * loaded once the first result is shown rather than on the way to it (the opening sample
 * comes with the page).
 * @type {Promise<string[]> | null}
 */
let sampleTexts = null;
const loadSampleTexts = () => (sampleTexts ??= import('./samples.js').then(
  ({ samples }) => samples.map((s) => s.text),
  (e) => { sampleTexts = null; throw e; },
));

let timer = 0;
function update(delay = 250) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (input.value.trim()) reader.reflow(input.value);
    else reader.clear();
  }, delay);
}

function load(text) {
  input.value = text;
  update(0);
}

input.addEventListener('input', () => { $('sample').value = ''; update(); });
$('sample').addEventListener('change', async ({ target }) => {
  const chosen = target.value;
  if (chosen === '') return;
  const texts = await loadSampleTexts().catch(() => null);
  // (Unless the user typed, or chose another sample, while the texts loaded.)
  if (texts && target.value === chosen) load(texts[Number(chosen)] ?? '');
});
$('clear').addEventListener('click', () => { input.value = ''; reader.clear(); input.focus(); });
for (const id of ['lang', 'spacing', 'format']) {
  $(id).addEventListener('change', (e) => { reader.setAttribute(id, e.target.value); update(0); });
}

// Provenance: select the input lines a paragraph came from.
reader.addEventListener('galley-provenance', ({ detail }) => {
  const ranges = detail.lines;
  if (!ranges.length) return;
  const first = ranges[0][0];
  const last = ranges[ranges.length - 1][1];
  const starts = [0];
  for (let i = input.value.indexOf('\n'); i !== -1; i = input.value.indexOf('\n', i + 1)) starts.push(i + 1);
  const from = starts[first - 1] ?? 0;
  const to = (starts[last] ?? input.value.length + 1) - 1;
  input.setSelectionRange(from, Math.max(from, to));
  const lineHeight = parseFloat(getComputedStyle(input).lineHeight) || 20;
  input.scrollTop = Math.max(0, (first - 3) * lineHeight);
});

// The first sample goes to the reader before it goes into the text area, which takes it in
// the same task once the articles are shown: laying out a page of text in the text area
// first held the engine's start back (cold start medians 279 against 305 ms and 306 against
// 341 ms, sixteen interleaved cold starts each).
$('sample').value = '0';
reader.reflow(openingSample).finally(() => {
  if (!input.value) input.value = openingSample;
  loadSampleTexts().catch(() => {});
});
