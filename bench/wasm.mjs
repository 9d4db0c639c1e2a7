// Times the WASM module under Node on the benchmark inputs: node bench/wasm.mjs INPUT_DIR WEB_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [inputDir, webDir] = process.argv.slice(2);
const { createGalley } = await import(pathToFileURL(join(webDir, 'galley.js')).href);
const galley = await createGalley({ worker: false });
for (const file of readdirSync(inputDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(inputDir, file), 'utf8');
  const bytes = Buffer.byteLength(text);
  const runs = bytes > 4 << 20 ? 3 : bytes > 512 << 10 ? 5 : 21;
  // Warm: V8 runs a function in its baseline code until its optimised code arrives, which
  // a background compile delivers after some calls (0.4–0.8 s on a loaded machine); the
  // warm figure is the optimised one. At least a second of calls first, and one.
  for (const start = performance.now(); performance.now() - start < 1000;) await galley.reflow(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await galley.reflow(text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[times.length >> 1];
  console.log(JSON.stringify({ input: file.replace(/\.txt$/, ''), bytes, ms: +ms.toFixed(3), mb_per_s: +(bytes / 1e6 / (ms / 1e3)).toFixed(1) }));
}
