var galleyInNode = typeof process === 'object' && !!process.versions && !!process.versions.node;
// Under Node 18+, Emscripten 3.1.6 would fetch() the .wasm by file path and fail; hiding
// fetch makes it read the file (or use Module.wasmBinary) as it did before Node had fetch.
if (galleyInNode) {
  var fetch = undefined;
}

// reflow(text, options) and render(text, format, options): the text crosses as UTF-8 that
// TextEncoder.encodeInto writes straight into the module's memory, for the bindings'
// reflowUtf8/renderUtf8 (bindings.cpp) to read in place. Embind's std::string measured and
// copied a JS string a UTF-16 unit at a time in JS (5-10% of a call on a 2-10 MB text);
// encodeInto also turns lone surrogates into U+FFFD, as wellFormed() in web/galley.js does.
var galleyEncoder = new TextEncoder();
function galleyWithText(text, call) {
  // A UTF-16 unit takes one to three bytes: room for one each first, and for three each of
  // the rest when the text needs more (an exact size without a measuring pass).
  var units = text.length, ptr = _malloc(units + 1), size = 0, done;
  try {
    if (!ptr) throw new Error('out of memory');
    done = galleyEncoder.encodeInto(text, HEAPU8.subarray(ptr, ptr + units));
    size = done.written;
    if (done.read < units) {
      var wider = _malloc(size + 3 * (units - done.read));
      if (!wider) throw new Error('out of memory');
      HEAPU8.copyWithin(wider, ptr, ptr + size);
      _free(ptr);
      ptr = wider;
      // (encodeInto never stops inside a surrogate pair: the rest starts on a character.)
      size += galleyEncoder.encodeInto(text.slice(done.read), HEAPU8.subarray(ptr + size)).written;
    }
    return call(ptr, size);
  } finally {
    _free(ptr);
  }
}
Module['reflow'] = function (text, options) {
  return galleyWithText(text, function (ptr, size) { return Module['reflowUtf8'](ptr, size, options); });
};
Module['render'] = function (text, format, options) {
  return galleyWithText(text, function (ptr, size) { return Module['renderUtf8'](ptr, size, format, options); });
};

// A string option's UTF-8 at ptr (room bytes), for the bindings' utf8_of(); returns its length.
Module['galleyEncodeInto'] = function (s, ptr, room) {
  return galleyEncoder.encodeInto(s, HEAPU8.subarray(ptr, ptr + room)).written;
};

// The module's output (JSON, bytes in its memory) as a JS string, for the bindings'
// js_string(): form 0 is ASCII, 1 UTF-16LE, 2 UTF-8, and with 4 added the string is
// JSON, returned parsed. Under Node, Buffer makes a string of one-byte or two-byte
// characters at the speed of a copy, where Node's TextDecoder decodes (Node 20, 15 MB of
// ASCII JSON: 70 ms against 7; 2.3 MB of UTF-16: 15 against 5). A browser's TextDecoder is
// its fast path (and a page's Buffer may be a bundler's polyfill).
var galleyDecoders = [];
Module['galleyText'] = function (ptr, size, form) {
  var text, f = form & 3;
  if (galleyInNode && typeof Buffer === 'function') {
    text = Buffer.from(HEAPU8.buffer, ptr, size).toString(f === 1 ? 'utf16le' : f === 0 ? 'latin1' : 'utf8');
  } else {
    var decoder = galleyDecoders[f] || (galleyDecoders[f] = new TextDecoder(f === 1 ? 'utf-16le' : 'utf-8'));
    text = decoder.decode(HEAPU8.subarray(ptr, ptr + size));
  }
  return form & 4 ? JSON.parse(text) : text;
};

// A long text that the bindings' document_of() left out of the JSON (written empty), set in
// its place in the parsed document: where is 0 for article i's headline, 1 its deck line k,
// 2 its block k, 3 residue item i.
Module['galleyPut'] = function (doc, where, i, k, text) {
  if (where === 3) doc.residue[i].text = text;
  else if (where === 0) doc.articles[i].headline = text;
  else if (where === 1) doc.articles[i].deck[k] = text;
  else doc.articles[i].blocks[k].text = text;
};
