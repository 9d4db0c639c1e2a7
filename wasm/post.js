// The module's JavaScript interface over the C exports of bindings.cpp:
//   Module.reflow(text, options)          → the document as a plain object, or {error}
//   Module.render(text, format, options)  → a string, or {error}
//   Module.version()                      → '0.1.0'
// Strings cross as UTF-8 with TextEncoder/TextDecoder (browsers, workers and Node alike);
// the document crosses as the core's own JSON, parsed once here.
var galleyEncoder = new TextEncoder();
var galleyDecoder = new TextDecoder();

// Copies a string into the module's memory, NUL-terminated; the caller frees it.
function galleyString(text, allocated) {
  var bytes = galleyEncoder.encode(text);
  var ptr = _malloc(bytes.length + 1);
  if (!ptr) throw new Error('out of memory');
  allocated.push(ptr);
  HEAPU8.set(bytes, ptr);
  HEAPU8[ptr + bytes.length] = 0;
  return [ptr, bytes.length];
}

function galleyCall(text, format, options) {
  if (typeof text != 'string') throw new TypeError('text must be a string');
  var allocated = [];
  var optional = function (v) { return v === undefined ? 0 : galleyString(typeof v == 'string' ? v : '', allocated)[0]; };
  // The flags of bindings.cpp's option_flags: what the options object holds.
  var flags = 0, spacing = 0, language = 0, maxInputBytes = 0;
  if (options !== undefined && options !== null) {
    if (typeof options != 'object') flags |= 1;
    else {
      spacing = optional(options['spacing']);
      language = optional(options['language']);
      if (options['keepLineBreaks'] !== undefined) flags |= options['keepLineBreaks'] ? 6 : 2;
      if (options['explain'] !== undefined) flags |= options['explain'] ? 24 : 8;
      maxInputBytes = options['maxInputBytes'];
      if (maxInputBytes !== undefined) flags |= typeof maxInputBytes == 'number' ? 96 : 32;
    }
  }
  var input = galleyString(text, allocated);
  var kind = _galley_call(input[0], input[1], format === null ? 0 : optional(format), spacing, language, flags,
    typeof maxInputBytes == 'number' ? maxInputBytes : 0);
  var ptr = _galley_output();
  var out = galleyDecoder.decode(HEAPU8.subarray(ptr, ptr + _galley_output_size()));
  _galley_release();
  // (Not in a finally: after an abort the module is not to be called again.)
  allocated.forEach(function (p) { _free(p); });
  return kind == 0 ? JSON.parse(out) : kind == 1 ? out : { 'error': out };
}

Module['reflow'] = function (text, options) { return galleyCall(text, null, options); };
Module['render'] = function (text, format, options) { return galleyCall(text, format === undefined ? '' : format, options); };
Module['version'] = function () {
  var ptr = _galley_version();
  return galleyDecoder.decode(HEAPU8.subarray(ptr, HEAPU8.indexOf(0, ptr)));
};
