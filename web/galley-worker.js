// Classic worker hosting the WASM module (classic, so importScripts loads the UMD module
// in every browser and from file://). The build puts the module's glue in front of this
// file, so that importScripts is only the fallback.
/* global importScripts, createGalleyModule */
let engine = null;
const parts = new Map();  // by call id: the parts of a long text received so far
let aborted = null;
// The module the page compiled (posted after 'init' as a 'wasm' message), or null.
let receiveCompiled;
const compiled = new Promise((resolve) => { receiveCompiled = resolve; });

function fail(id, message, restart) {
  postMessage({ type: 'error', id, message, restart });
}

// A result of many blocks goes to the page in parts: the page reads each message in a task
// of its own, and one message of 35,000 blocks (a 5 MB paste) took it over 100 ms.
const BLOCKS_PER_MESSAGE = 2000;
function postResult(id, value) {
  const articles = value && Array.isArray(value.articles) ? value.articles : [];
  let blocks = 0;
  for (const a of articles) blocks += a.blocks.length;
  if (blocks <= BLOCKS_PER_MESSAGE) { postMessage({ type: 'result', id, value }); return; }
  const skeleton = { ...value, articles: articles.map((a) => ({ ...a, blocks: [] })) };
  postMessage({ type: 'result-start', id, value: skeleton });
  articles.forEach((a, article) => {
    for (let from = 0; from < a.blocks.length; from += BLOCKS_PER_MESSAGE)
      postMessage({ type: 'result-blocks', id, article, blocks: a.blocks.slice(from, from + BLOCKS_PER_MESSAGE) });
  });
  postMessage({ type: 'result-end', id });
}

self.onmessage = async ({ data }) => {
  if (data.type === 'wasm') { receiveCompiled(data.module); return; }
  if (data.type === 'init') {
    try {
      if (typeof createGalleyModule !== 'function') importScripts(data.moduleUrl);
      const wasm = data.compiled ? await compiled : null;
      engine = await createGalleyModule({
        locateFile: (file) => (file.endsWith('.wasm') ? data.wasmUrl : file),
        onAbort: (what) => { aborted = String(what || 'out of memory, or a trap'); },
        // With the page's compiled module, only instantiation is left to do here.
        ...(wasm ? {
          instantiateWasm(imports, receiveInstance) {
            WebAssembly.instantiate(wasm, imports).then((instance) => receiveInstance(instance, wasm), (e) => {
              postMessage({ type: 'fatal', message: `could not start the WASM module: ${e?.message ?? e}` });
            });
            return {};
          },
        } : {}),
      });
      postMessage({ type: 'ready', version: engine.version() });
    } catch (e) {
      postMessage({ type: 'fatal', message: `could not start the WASM module: ${e?.message ?? e}` });
    }
    return;
  }
  // A long text arrives in parts before the call that reads it.
  if (data.type === 'text-part') {
    if (!parts.has(data.id)) parts.set(data.id, []);
    parts.get(data.id).push(data.part);
    return;
  }
  if (data.text === null) {
    data.text = (parts.get(data.id) ?? []).join('');
    parts.delete(data.id);
  }
  const { id } = data;
  try {
    postMessage({ type: 'progress', id, progress: { phase: 'reflow', done: 0, total: data.text.length } });
    const value = data.type === 'render'
      ? engine.render(data.text, data.format, data.options ?? {})
      : engine.reflow(data.text, data.options ?? {});
    if (value && typeof value === 'object' && typeof value.error === 'string') { fail(id, value.error, false); return; }
    postMessage({ type: 'progress', id, progress: { phase: 'done', done: data.text.length, total: data.text.length } });
    postResult(id, value);
  } catch (e) {
    // An abort (out of memory, a trap) leaves the module unusable: ask for a new worker.
    fail(id, aborted ? `the WASM module stopped: ${aborted}` : String(e?.message ?? e), true);
  }
};
