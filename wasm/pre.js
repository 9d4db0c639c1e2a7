// Under Node 18+, Emscripten 3.1.6 would fetch() the .wasm by file path and fail; hiding
// fetch makes it read the file (or use Module.wasmBinary) as it did before Node had fetch.
if (typeof process === 'object' && process.versions && process.versions.node) {
  var fetch = undefined;
}
