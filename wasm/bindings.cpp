// The WebAssembly module's C interface, wrapped for JavaScript by post.js (Module.reflow,
// Module.render, Module.version). No logic lives here; everything is galley::reflow and the
// renderers. Plain exports instead of Embind: the bindings cross a few strings, and Embind's
// type registry, RTTI and JS runtime cost far more than that (measured: 9.1 KB gzipped of
// WASM and glue, 152.0 KB → 142.9 KB).
#include <emscripten/emscripten.h>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include <galley.h>

namespace {

// The last call's output (JSON, a rendering or an error message) until galley_release().
std::string output;

// What galley_call left in `output`; post.js turns it into an object, a string or {error}.
enum output_kind : int { document_json = 0, rendered_text = 1, failure = 2 };

// Bits of galley_call's `flags`: how post.js found the options object.
enum option_flags : int {
  not_an_object = 1,
  has_keep_line_breaks = 2,
  keep_line_breaks = 4,
  has_explain = 8,
  explain = 16,
  has_max_input_bytes = 32,
  max_input_bytes_is_number = 64,
};

int fail(std::string_view message) {
  output.assign(message);
  return failure;
}

// Reads the options; returns an error message, or empty on success. `spacing` and
// `language` are null when not given, and empty when given as something else than a string.
std::string_view read_options(const char* spacing, const char* language, int flags, double max_input_bytes,
                              galley::options& opts) {
  if (flags & not_an_object) return "options must be an object";
  if (spacing && !galley::parse_latin_spacing(spacing, opts.spacing))
    return "options.spacing must be 'keep', 'remove' or 'add'";
  if (language && !galley::parse_language_hint(language, opts.language))
    return "options.language must be 'auto', 'zh' or 'en'";
  if (flags & has_keep_line_breaks) opts.keep_line_breaks = (flags & keep_line_breaks) != 0;
  if (flags & has_explain) opts.explain = (flags & explain) != 0;
  if (flags & has_max_input_bytes) {
    if (!(flags & max_input_bytes_is_number) || !(max_input_bytes >= 1))
      return "options.maxInputBytes must be a positive number";
    // (Infinity, or more than the address space, means no limit but the memory's.)
    constexpr auto most = static_cast<double>(std::numeric_limits<std::size_t>::max());
    opts.max_input_bytes = max_input_bytes >= most ? std::numeric_limits<std::size_t>::max()
                                                   : static_cast<std::size_t>(max_input_bytes);
  }
  return {};
}

}  // namespace

extern "C" {

// Reflows text[0, size) and leaves the document as compact JSON (format null), the document
// rendered in `format`, or an error message in the output buffer; returns its output_kind.
EMSCRIPTEN_KEEPALIVE int galley_call(const char* text, std::size_t size, const char* format, const char* spacing,
                                     const char* language, int flags, double max_input_bytes) {
  galley::options opts;
  if (std::string_view e = read_options(spacing, language, flags, max_input_bytes, opts); !e.empty()) return fail(e);
  const galley::result r = galley::reflow(std::string_view(text, size), opts);
  if (!r) return fail(galley::error_message(r.error));
  if (!format) {
    galley::json_options o;
    o.pretty = false;
    output = galley::to_json(r.document, o);
    return document_json;
  }
  const std::string_view f = format;
  if (f == "json") output = galley::to_json(r.document);
  else if (f == "markdown") output = galley::to_markdown(r.document);
  else if (f == "html") output = galley::to_html(r.document);
  else if (f == "text") output = galley::to_text(r.document);
  else return fail("format must be 'json', 'markdown', 'html' or 'text'");
  return rendered_text;
}

EMSCRIPTEN_KEEPALIVE const char* galley_output() { return output.data(); }
EMSCRIPTEN_KEEPALIVE std::size_t galley_output_size() { return output.size(); }
// Gives the output's memory back (a document's JSON is several times the page).
EMSCRIPTEN_KEEPALIVE void galley_release() { std::string().swap(output); }
EMSCRIPTEN_KEEPALIVE const char* galley_version() { return galley::version().data(); }

}  // extern "C"
