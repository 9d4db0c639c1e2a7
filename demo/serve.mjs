// A small static server for the demo (no framework): 127.0.0.1 only.
//   node demo/serve.mjs --root build/demo [--port 8080] [--csp]
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8' };

/** Starts the server; resolves to { url, close }. */
export function serve({ root, port = 0, csp = false }) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    let size;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      size = statSync(file).size;
    } catch { res.writeHead(404).end('not found'); return; }
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache',
      'content-length': size };
    if (csp) headers['content-security-policy'] = "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'";
    res.writeHead(200, headers);
    // The demo's files are read whole, in one call: a stream reads them through libuv's
    // thread pool in several hops, which cost 10-40 ms a file on a busy machine, on the way
    // to the first result. (Large files still stream.)
    if (size <= 4 << 20) res.end(readFileSync(file));
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string', default: '8080' }, csp: { type: 'boolean', default: false } } });
  const { url } = await serve({ root: values.root, port: Number(values.port), csp: values.csp });
  console.log(`Galley demo: ${url}  (Ctrl-C stops it)`);
}
