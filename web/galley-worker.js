// Classic worker hosting the WASM module (classic, so importScripts loads the UMD module
// in every browser and from file://).
/* global importScripts, createGalleyModule */
let module = null;
let aborted = null;

function fail(id, message, restart) {
  postMessage({ type: 'error', id, message, restart });
}

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    try {
      if (typeof createGalleyModule !== 'function') importScripts(data.moduleUrl);
      module = await createGalleyModule({
        locateFile: (file) => (file.endsWith('.wasm') ? data.wasmUrl : file),
        onAbort: (what) => { aborted = String(what || 'out of memory, or a trap'); },
      });
      postMessage({ type: 'ready', version: module.version() });
    } catch (e) {
      postMessage({ type: 'fatal', message: `could not start the WASM module: ${e?.message ?? e}` });
    }
    return;
  }
  const { id } = data;
  try {
    postMessage({ type: 'progress', id, progress: { phase: 'reflow', done: 0, total: data.text.length } });
    const value = data.type === 'render'
      ? module.render(data.text, data.format, data.options ?? {})
      : module.reflow(data.text, data.options ?? {});
    if (value && typeof value === 'object' && typeof value.error === 'string') { fail(id, value.error, false); return; }
    postMessage({ type: 'progress', id, progress: { phase: 'done', done: data.text.length, total: data.text.length } });
    postMessage({ type: 'result', id, value });
  } catch (e) {
    // An abort (out of memory, a trap) leaves the module unusable: ask for a new worker.
    fail(id, aborted ? `the WASM module stopped: ${aborted}` : String(e?.message ?? e), true);
  }
};
