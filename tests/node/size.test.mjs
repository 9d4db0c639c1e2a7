// The size budget of the performance issue: the module and its JS glue within 150 KB
// gzipped, utf8proc's tables included. Measured with GNU gzip -9, the reference tool (zlib
// builds differ by a few KB on the same bytes: Python's 1.2 gives about 2 KB more, Node's
// bundled one about 6 KB more; bench/report.py prints both its own and this measure).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

import { webDir } from './helpers.mjs';

const gzipped = (file) => execFileSync('gzip', ['-9', '-c', join(webDir, file)], { maxBuffer: 1 << 24 }).length;

test('the WASM module and its glue stay within 150 KB gzipped', () => {
  const total = gzipped('galley-module.wasm') + gzipped('galley-module.cjs');
  assert.ok(total <= 150 * 1024, `module + glue are ${(total / 1024).toFixed(1)} KB gzipped, over the 150 KB budget`);
});
