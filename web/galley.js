// Galley's JavaScript API: one async init, then reflow(text, options) → articles.
//
//   import { createGalley } from './galley.js';
//   const galley = await createGalley();
//   const result = await galley.reflow(pageText, { spacing: 'keep' });
//
// In browsers a long text runs in a Web Worker by default, so a large paste never freezes
// the page, and a page-sized one on the calling thread, which answers at once (see
// INLINE_LIMIT); under Node (or with { worker: false }) everything runs in-process. The API
// is the same either way: every call returns a Promise.

import { renderResult } from './render.js';

const RENDERED_HERE = new Set(['markdown', 'html', 'text']);
const isNode = typeof process === 'object' && !!process.versions?.node;
const MODULE_FILE = 'galley-module.cjs';

/** The text a call was given, refused unless it is a string. */
function checked(text) {
  if (typeof text !== 'string') throw new TypeError('galley: text must be a string');
  return text;
}

/** Replaces lone UTF-16 surrogates (which cannot cross into UTF-8) with U+FFFD. */
export function wellFormed(text) {
  checked(text);
  return typeof text.toWellFormed === 'function'
    ? text.toWellFormed()
    : text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function defaultLocate(file) {
  return new URL(file, import.meta.url).href;
}

/** Loads the Emscripten module factory in this realm (main thread or Node). */
async function loadFactory(locate) {
  if (isNode) {
    const { createRequire } = await import('node:module');
    const { fileURLToPath } = await import('node:url');
    const require = createRequire(import.meta.url);
    const url = locate(MODULE_FILE);
    return require(url.startsWith('file:') ? fileURLToPath(url) : url);
  }
  if (globalThis.createGalleyModule) return globalThis.createGalleyModule;
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = locate(MODULE_FILE);
    script.onload = resolve;
    script.onerror = () => reject(new Error(`galley: could not load ${script.src}`));
    document.head.append(script);
  });
  return globalThis.createGalleyModule;
}

async function wasmBinaryFor(locate) {
  if (!isNode) return undefined;
  const { readFile } = await import('node:fs/promises');
  const { fileURLToPath } = await import('node:url');
  const url = locate('galley-module.wasm');
  return readFile(url.startsWith('file:') ? fileURLToPath(url) : url);
}

/** Turns the binding's {error} objects into exceptions. */
function unwrap(value) {
  if (value && typeof value === 'object' && typeof value.error === 'string') throw new Error(`galley: ${value.error}`);
  return value;
}

/**
 * In-process engine: the module lives in this thread. With `compiled` (a promise of the
 * page's compiled module, or of null) only instantiation is left to do here.
 */
async function createLocalEngine(locate, compiled = null) {
  const [factory, wasmBinary, wasm] = await Promise.all([loadFactory(locate), wasmBinaryFor(locate), compiled]);
  let aborted = null;
  let failed;
  const failure = new Promise((resolve, reject) => { failed = reject; });
  const module = await Promise.race([failure, factory({
    locateFile: (file) => locate(file),
    ...(wasmBinary ? { wasmBinary } : {}),
    ...(wasm ? {
      instantiateWasm(imports, receiveInstance) {
        WebAssembly.instantiate(wasm, imports).then((instance) => receiveInstance(instance, wasm), failed);
        return {};
      },
    } : {}),
    // (An out-of-memory abort passes an empty reason: record that it happened all the same.)
    onAbort: (what) => { aborted = String(what || 'out of memory, or a trap'); },
  })]);
  const guard = (fn) => {
    if (aborted) throw new Error(`galley: the WASM module stopped (${aborted}); create a new instance`);
    return fn();
  };
  return {
    version: module.version(),
    get stopped() { return aborted !== null; },
    // (The module encodes the text into its memory with TextEncoder, which makes lone
    // surrogates U+FFFD as wellFormed() would: no separate pass over the text here.)
    reflow: async (text, options = {}) => guard(() => unwrap(module.reflow(checked(text), options))),
    render: async (text, format = 'markdown', options = {}) =>
      guard(() => unwrap(module.render(checked(text), format, options))),
    terminate() {},
  };
}

/**
 * Fetches and compiles the .wasm on this thread while the worker starts and loads the glue
 * (compiling is off the main thread in every engine, and a compiled module can be posted to
 * a worker): the two no longer wait for each other, and a restarted worker reuses it.
 * Resolves to null where that cannot be done (no streaming compilation, a server that does
 * not send application/wasm, a page whose CSP forbids WebAssembly); the worker then fetches
 * the .wasm itself.
 */
function compileOnPage(wasmUrl) {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.compileStreaming !== 'function' || typeof fetch !== 'function') {
    return Promise.resolve(null);
  }
  return WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: 'same-origin' })).catch(() => null);
}

/** Worker engine: the module lives in a Worker, restarted if it dies. */
async function createWorkerEngine(locate, compiled = null) {
  let worker = null;
  let version = '';
  let nextId = 1;
  const pending = new Map();
  const moduleUrl = locate(MODULE_FILE);
  const wasmUrl = locate('galley-module.wasm');

  const start = () => new Promise((resolve, reject) => {
    worker = new Worker(locate('galley-worker.js'));
    compiled ??= compileOnPage(wasmUrl);
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') { version = data.version; resolve(); return; }
      if (data.type === 'fatal') { reject(new Error(`galley: ${data.message}`)); return; }
      const job = pending.get(data.id);
      if (!job) return;
      if (data.type === 'progress') { job.onProgress?.(data.progress); return; }
      // (A long result comes in parts: its articles first, then their blocks.)
      if (data.type === 'result-start') { job.partial = data.value; return; }
      if (data.type === 'result-blocks') { job.partial.articles[data.article].blocks.push(...data.blocks); return; }
      pending.delete(data.id);
      if (data.type === 'result-end') job.resolve(job.partial);
      else if (data.type === 'result') job.resolve(data.value);
      else job.reject(new Error(`galley: ${data.message}`));
      if (data.restart) restart(data.message);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      restart(event.message || 'the worker failed');
      reject(new Error(`galley: ${event.message || 'the worker failed to start'}`));
    };
    // The worker loads the glue at once, and waits for the 'wasm' message that follows with
    // the compiled module (or null: fetch it yourself).
    worker.postMessage({ type: 'init', moduleUrl, wasmUrl, compiled: true });
    const target = worker;
    compiled.then((module) => {
      try { target.postMessage({ type: 'wasm', module }); } catch { target.postMessage({ type: 'wasm', module: null }); }
    });
  });

  // A dead module cannot be trusted again: fail what is pending and start afresh.
  const restart = (why) => {
    worker?.terminate();
    for (const job of pending.values()) job.reject(new Error(`galley: the engine stopped (${why}); it has been restarted`));
    pending.clear();
    ready = start();
    ready.catch(() => {});
  };

  let ready = start();
  await ready;

  const call = (type, payload, { signal, onProgress } = {}) => new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(signal.reason ?? new DOMException('Aborted', 'AbortError')); return; }
    const id = nextId++;
    pending.set(id, { resolve, reject, onProgress });
    signal?.addEventListener('abort', () => {
      if (!pending.has(id)) return;
      pending.delete(id);
      // The WASM call cannot be interrupted; a fresh worker is the only way to stop it.
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      worker.terminate();
      for (const job of pending.values()) job.reject(new DOMException('Superseded', 'AbortError'));
      pending.clear();
      ready = start();
      ready.catch(() => {});
    }, { once: true });
    ready.then(() => send(type, id, payload), reject);
  });

  // A long text goes to the worker in parts, each made well-formed and posted in a task of
  // its own: one message of 5 MB held the page for over 100 ms (the copy and the check).
  // Parts end between the two halves of no surrogate pair.
  // (A string built by concatenation is flattened on its first read, once, in a task of
  // its own before the first part.)
  const TEXT_PER_MESSAGE = 1 << 18;
  const send = async (type, id, { text, ...rest }) => {
    if (text.length <= TEXT_PER_MESSAGE) { worker.postMessage({ type, id, text: wellFormed(text), ...rest }); return; }
    const target = worker;
    text.charCodeAt(text.length >> 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let from = 0; from < text.length;) {
      let to = Math.min(text.length, from + TEXT_PER_MESSAGE);
      if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1])) --to;
      target.postMessage({ type: 'text-part', id, part: wellFormed(text.slice(from, to)) });
      from = to;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!pending.has(id) || worker !== target) return;  // aborted meanwhile
    }
    target.postMessage({ type, id, text: null, ...rest });
  };

  return {
    get version() { return version; },
    reflow: (text, options = {}, control) => call('reflow', { text: checked(text), options }, control),
    render: (text, format = 'markdown', options = {}, control) =>
      call('render', { text: checked(text), format, options }, control),
    terminate() { worker?.terminate(); },
  };
}

/**
 * Texts up to this many UTF-16 code units are reflowed on the page's own thread: a page of
 * 16,000 characters takes a few milliseconds in the module (seed002, 7,600 characters:
 * 2 ms), less than a message's round trip to a busy worker, and the first result does not
 * wait for a worker thread to start (40–150 ms in Chromium). Longer texts go to the worker.
 */
const INLINE_LIMIT = 1 << 14;

/**
 * Worker and page together: small texts on this thread, long ones in a worker started on
 * the first long text. Both instantiate the one module the page compiled.
 */
async function createHybridEngine(locate, inlineLimit) {
  const compiled = compileOnPage(locate('galley-module.wasm'));
  let worker = null;
  const inWorker = () => (worker ??= createWorkerEngine(locate, compiled));
  let local = null;
  // Where the page may not run the module itself (a CSP without 'wasm-unsafe-eval', a
  // script the page cannot load), everything goes to the worker.
  if (inlineLimit > 0) local = await createLocalEngine(locate, compiled).catch(() => null);
  if (!local) return inWorker();
  const call = async (method, text, args, control = {}) => {
    // After an abort (out of memory, a trap) the page's instance is not used again.
    if (checked(text).length > inlineLimit || local.stopped) return (await inWorker())[method](text, ...args, control);
    const { signal, onProgress } = control;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    onProgress?.({ phase: 'reflow', done: 0, total: text.length });
    const value = await local[method](text, ...args);
    onProgress?.({ phase: 'done', done: text.length, total: text.length });
    return value;
  };
  return {
    version: local.version,
    reflow: (text, options = {}, control) => call('reflow', text, [options], control),
    render: (text, format = 'markdown', options = {}, control) => call('render', text, [format, options], control),
    terminate() { worker?.then((w) => w.terminate(), () => {}); },
  };
}

/**
 * Creates a Galley instance.
 * @param {import('./galley').GalleyInit} [init]
 * @returns {Promise<import('./galley').Galley>}
 */
export async function createGalley({ worker = !isNode && typeof Worker === 'function', inlineLimit = INLINE_LIMIT, locateFile } = {}) {
  if (!(inlineLimit >= 0)) throw new TypeError('galley: inlineLimit must be a number, 0 or more');
  const locate = locateFile ?? defaultLocate;
  // (Without a worker in a browser the page compiles the .wasm itself: the glue, built for
  // workers and Node, cannot fetch it on a page's main thread. Where that cannot be done,
  // null, the glue is left to load it, as the single-file offline page's does.)
  const engine = worker
    ? await createHybridEngine(locate, inlineLimit)
    : await createLocalEngine(locate, isNode ? null : compileOnPage(locate('galley-module.wasm')));
  return {
    get version() { return engine.version; },
    /** Reflows a page; resolves to { articles, residue, stats, warnings, lang }. */
    reflow: (text, options, control) => engine.reflow(text, options, control),
    /**
     * Reflows and renders: 'markdown' | 'html' | 'text' | 'json'. JSON is the core's own (as
     * the CLI writes it); the others are rendered here by render.js from the document, to
     * the same bytes as the CLI's (the module does not carry those renderers).
     */
    render: async (text, format = 'markdown', options, control) => {
      if (format === 'json') return engine.render(text, format, options, control);
      if (!RENDERED_HERE.has(format)) throw new Error(`galley: format must be 'json', 'markdown', 'html' or 'text' (not '${format}')`);
      return renderResult(await engine.reflow(text, options, control), format);
    },
    /** Stops the worker (if any). */
    terminate: () => engine.terminate(),
  };
}
