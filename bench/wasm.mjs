// Times the WASM module under Node on the benchmark inputs: node bench/wasm.mjs INPUT_DIR WEB_DIR
// With --serve instead of INPUT_DIR: reads "PATH RUNS" lines and answers each with the
// median milliseconds of RUNS reflows (as bench/bench.cpp --serve does, for report.py's
// alternated timing of the two).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const [inputDir, webDir] = process.argv.slice(2);
const { createGalley } = await import(pathToFileURL(join(webDir, 'galley.js')).href);
const galley = await createGalley({ worker: false });

const median = async (runs, call) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
};

// Warm: V8 runs a function in its baseline code until its optimised code arrives, which
// a background compile delivers after some calls (0.4–0.8 s on a loaded machine); the
// warm figure is the optimised one. At least a second of calls first, and three: the
// first input (en-10MB, a second a call) measured 1.4 s a call after one call to warm,
// 1.0 s after two.
const warm = async (text) => {
  for (let n = 0, start = performance.now(); n < 3 || performance.now() - start < 1000; n++) await galley.reflow(text);
};

if (inputDir === '--serve') {
  let pathOfText = null;
  let text = '';
  for await (const line of createInterface({ input: process.stdin })) {
    const space = line.lastIndexOf(' ');
    const path = line.slice(0, space);
    if (path !== pathOfText) {
      text = readFileSync(path, 'utf8');
      pathOfText = path;
      await warm(text);
    }
    const ms = await median(Math.max(1, Number(line.slice(space + 1))), () => galley.reflow(text));
    process.stdout.write(`${ms.toFixed(3)}\n`);
  }
  process.exit(0);
}

for (const file of readdirSync(inputDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(inputDir, file), 'utf8');
  const bytes = Buffer.byteLength(text);
  const runs = bytes > 4 << 20 ? 3 : bytes > 512 << 10 ? 5 : 21;
  await warm(text);
  // The document as JS objects (what reflow() gives: the module's JSON, parsed), and as the
  // JSON text alone: the module's work as the native benchmark's pipeline plus to_json.
  const ms = await median(runs, () => galley.reflow(text));
  const jsonMs = await median(runs, () => galley.render(text, 'json'));
  console.log(JSON.stringify({ input: file.replace(/\.txt$/, ''), bytes, ms: +ms.toFixed(3), mb_per_s: +(bytes / 1e6 / (ms / 1e3)).toFixed(1), json_ms: +jsonMs.toFixed(3) }));
}
