// Classic worker hosting the WASM module (classic, so importScripts loads the UMD module
// in every browser and from file://). The build puts the module's glue in front of this
// file, so that importScripts is only the fallback.
/* global importScripts, createGalleyModule */
let engine = null;
let aborted = null;
// The module the page compiled (posted after 'init' as a 'wasm' message), or null.
let receiveCompiled;
const compiled = new Promise((resolve) => { receiveCompiled = resolve; });

function fail(id, message, restart) {
  postMessage({ type: 'error', id, message, restart });
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
  const { id } = data;
  try {
    postMessage({ type: 'progress', id, progress: { phase: 'reflow', done: 0, total: data.text.length } });
    const value = data.type === 'render'
      ? engine.render(data.text, data.format, data.options ?? {})
      : engine.reflow(data.text, data.options ?? {});
    if (value && typeof value === 'object' && typeof value.error === 'string') { fail(id, value.error, false); return; }
    postMessage({ type: 'progress', id, progress: { phase: 'done', done: data.text.length, total: data.text.length } });
    postMessage({ type: 'result', id, value });
  } catch (e) {
    // An abort (out of memory, a trap) leaves the module unusable: ask for a new worker.
    fail(id, aborted ? `the WASM module stopped: ${aborted}` : String(e?.message ?? e), true);
  }
};
