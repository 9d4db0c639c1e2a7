// Embind adapter: JS object in, plain JS object out (the shape of shared/eval/FORMAT.md).
// No logic lives here; everything is galley::reflow and its JSON. The product is
// specified as a C++ core bound with Embind, so the bindings are Embind's, kept lean: three
// functions, the text in as UTF-8 bytes in the module's memory, the document out as the
// core's own JSON parsed once. (wasm/pre.js gives them their JS signatures: reflow(text,
// options), render(text, format, options), version().)
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <typeinfo>

#include <galley.h>


using emscripten::val;

namespace {

// A JS string's UTF-8, written into the module's memory by wasm/pre.js's galleyEncodeInto.
// (Embind's std::string is not registered: its converters in the glue, and the UTF-8
// decoder only they used, were 0.8 KB gzipped for the two options that are strings.)
std::string utf8_of(const val& s) {
  static const val length("length"), encode_into = val::module_property("galleyEncodeInto");
  std::string out(3 * s[length].as<std::size_t>(), '\0');  // (a UTF-16 unit: three bytes at most)
  out.resize(encode_into(s, reinterpret_cast<std::uintptr_t>(out.data()), out.size()).as<std::size_t>());
  return out;
}

// Reads the JS options object; returns an error message, or empty on success.
// (The names are made JS strings once: a name given as a C string is read from the module's
// memory a byte at a time by Embind's glue on every use, and the type's name came back as a
// std::string through malloc. A call with options {} spent 1.2 us here of its 5.8.)
std::string_view read_options(const val& js, galley::options& opts) {
  if (js.isUndefined() || js.isNull()) return {};
  static const val object("object"), spacing("spacing"), language("language"), keep_line_breaks("keepLineBreaks"),
      explain("explain"), max_input_bytes("maxInputBytes");
  if (!js.typeOf().strictlyEquals(object)) return "options must be an object";
  if (val v = js[spacing]; !v.isUndefined()) {
    if (!v.isString() || !galley::parse_latin_spacing(utf8_of(v), opts.spacing))
      return "options.spacing must be 'keep', 'remove' or 'add'";
  }
  if (val v = js[language]; !v.isUndefined()) {
    if (!v.isString() || !galley::parse_language_hint(utf8_of(v), opts.language))
      return "options.language must be 'auto', 'zh' or 'en'";
  }
  if (val v = js[keep_line_breaks]; !v.isUndefined()) opts.keep_line_breaks = v.as<bool>();
  if (val v = js[explain]; !v.isUndefined()) opts.explain = v.as<bool>();
  if (val v = js[max_input_bytes]; !v.isUndefined()) {
    const double n = v.isNumber() ? v.as<double>() : 0;
    if (!(n >= 1)) return "options.maxInputBytes must be a positive number";  // (NaN too)
    // (Infinity, or more than the address space, means no limit but the memory's.)
    constexpr auto most = static_cast<double>(std::numeric_limits<std::size_t>::max());
    opts.max_input_bytes = n >= most ? std::numeric_limits<std::size_t>::max() : static_cast<std::size_t>(n);
  }
  return {};
}

// UTF-16 code units of the UTF-8 in s, into out (room for s.size() units); returns how many.
// s is the core's own output, well formed by construction (its text stage decodes the input
// strictly, and every character it writes is a Unicode scalar value): a lead byte tells
// how many bytes follow, and nothing is checked again. (A strict decoder here was 5% of the
// module's call on worst-one-huge-line; without it, interleaved in Node, that input and
// the Chinese pages and documents are 3-6% faster.)
std::size_t utf16_of(const std::string& s, char16_t* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  char16_t* o = out;
  while (p < end) {
    char32_t c = *p++;
    if (c >= 0xE0 && c < 0xF0 && end - p >= 2) {  // (three bytes, a unit: the CJK characters)
      *o++ = static_cast<char16_t>((c & 0xF) << 12 | (p[0] & 0x3Fu) << 6 | (p[1] & 0x3Fu));
      p += 2;
      continue;
    }
    if (c >= 0x80) {
      const int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      c &= 0x3Fu >> more;
      for (int k = 0; k < more && p < end; ++k) c = (c << 6) | (*p++ & 0x3Fu);
      if (c >= 0x10000) {  // (a surrogate pair)
        *o++ = static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
        c = 0xDC00 + (c & 0x3FF);
      }
    }
    *o++ = static_cast<char16_t>(c);
  }
  return static_cast<std::size_t>(o - out);
}

// The characters of the UTF-8 in s: its bytes less the continuation bytes (10xxxxxx), which
// are counted eight at a time (a byte at a time was half of js_string on a 2 MB text).
std::size_t chars_of(const std::string& s) {
  std::size_t k = 0, continuations = 0;
  for (std::uint64_t w; k + 8 <= s.size(); k += 8) {
    std::memcpy(&w, s.data() + k, 8);
    continuations += static_cast<std::size_t>(__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080u));
  }
  for (; k < s.size(); ++k) continuations += (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
  return s.size() - continuations;
}

// A UTF-8 string as a JS string, made by wasm/pre.js's galleyText() straight from the
// module's memory (Embind's std::string first walks every byte in JS looking for NULs).
// Told the form the bytes are in: ASCII, which needs no decoding (English JSON is written
// as ASCII); UTF-16, into which a text mostly of multi-byte characters (Chinese) is
// converted here first, because a UTF-8 decode costs by the multi-byte character and a
// UTF-16 one is close to a copy (Node, before -> after: worst-headline-lines' 4.2 MB
// 48 -> 14 ms); or UTF-8 as it is (a large UTF-16 decode made Node take a fresh buffer of
// its own: zh-10MB's 17 MB output, a third multi-byte, was slower converted).
// With `parse`, the string is JSON and the value returned is JSON.parse's, made on the same
// crossing (a call of JSON.parse through Embind read the method's name from the module's
// memory, and made a handle for the string, a list for destructors and one for the result).
// `ascii` says s is known to be ASCII (JSON written with every character past it escaped),
// which then is not counted.
val js_string(const std::string& s, bool parse = false, bool ascii = false) {
  static const val text_of = val::module_property("galleyText");
  enum form { in_ascii = 0, in_utf16 = 1, in_utf8 = 2, parsed = 4 };
  const int then = parse ? parsed : 0;
  const std::size_t chars = ascii ? s.size() : chars_of(s);  // (less the second units of surrogate pairs)
  const auto at = [](const void* p) { return reinterpret_cast<std::uintptr_t>(p); };
  if (chars == s.size()) return text_of(at(s.data()), s.size(), in_ascii | then);
  if (s.size() >= 2 * chars) {
    const std::unique_ptr<char16_t[]> units(new char16_t[s.size()]);  // (a unit a byte at most)
    const std::size_t n = utf16_of(s, units.get());
    return text_of(at(units.get()), n * 2, in_utf16 | then);
  }
  return text_of(at(s.data()), s.size(), in_utf8 | then);
}

// A text at least this long crosses to JS on its own, not inside the document's JSON:
// JSON.parse would scan it and copy it into a second string, and a string past V8's regular
// objects (128 KB) takes fresh pages of memory each time, 10 us a page on this machine (a
// 2 MB line of Chinese: two copies of 1.5 MB, 780 page faults a call). A page's blocks are
// a few KB; a document read as one huge block comes here.
constexpr std::size_t long_text = std::size_t{1} << 16;

// The document as a plain JS object: the core's own JSON (the contract, with provenance,
// stats, warnings and explanation) parsed once by the engine. One crossing instead of one
// per field, and the CLI and the module cannot drift apart. Long texts are written empty and
// set in after, each string made once: the same objects, their keys in the same order.
val document_of(const galley::document& doc) {
  galley::json_options o;
  o.pretty = false;
  // English as ASCII: V8 decodes ASCII into a string of one byte a character several times
  // faster than UTF-8 with a few curly quotes or dashes (150 MB/s: a tenth of the call).
  o.ascii = doc.lang == "en";
  o.omit_from = long_text;
  val out = js_string(galley::to_json(doc, o), true, o.ascii);
  // (Where a text goes is told by where: 0 a headline, 1 a deck line, 2 a block, 3 a residue
  // item; wasm/pre.js's galleyPut sets it.)
  static const val put = val::module_property("galleyPut");
  const auto put_long = [&](const std::string& s, int where, std::size_t i, std::size_t k) {
    if (s.size() >= long_text) put(out, where, i, k, js_string(s));
  };
  for (std::size_t i = 0; i < doc.articles.size(); ++i) {
    const galley::article& a = doc.articles[i];
    put_long(a.headline, 0, i, 0);
    for (std::size_t k = 0; k < a.deck.size(); ++k) put_long(a.deck[k], 1, i, k);
    for (std::size_t k = 0; k < a.blocks.size(); ++k) put_long(a.blocks[k].text, 2, i, k);
  }
  for (std::size_t i = 0; i < doc.residue.size(); ++i) put_long(doc.residue[i].text, 3, i, 0);
  return out;
}

// Errors travel as {error: "..."}; the JS layer throws them as Error objects.
val failure(std::string_view message) {
  val out = val::object();
  out.set("error", js_string(std::string(message)));
  return out;
}

// Only the JSON is rendered here: Markdown, HTML and text are rendered by web/render.js from
// the document reflow() returns (the same bytes as the core's renderers, which the CLI uses;
// tests/node/cli-parity.test.mjs holds them equal), so the module does not carry them.
// (The format as a JS value, compared with "json": one that is not a string, which only a
// direct caller of the glue's render() can pass, fails the same way, where Embind's
// std::string threw a BindingError.)
val rendered(const galley::document& d, const val& format) {
  static const val json("json");
  if (format.strictlyEquals(json)) return js_string(galley::to_json(d));
  return failure("the module renders 'json' only (Markdown, HTML and text: web/render.js)");
}

// Reads the options, reflows, and hands the document to `then`; failures become {error}.
template <typename Then>
val with_document(std::string_view text, const val& js_options, Then then) {
  galley::options opts;
  if (std::string_view e = read_options(js_options, opts); !e.empty()) return failure(e);
  const galley::result r = galley::reflow(text, opts);
  if (!r) return failure(galley::error_message(r.error));
  return then(r.document);
}

// The text is `size` bytes of UTF-8 at `data`, written into the module's memory by
// TextEncoder.encodeInto in wasm/pre.js, which frees them after the call. (Embind's
// std::string measured and copied a JS string one UTF-16 unit at a time in JS, and its
// std::string was a second copy: 5-10% of a call on a 2-10 MB text.)
std::string_view utf8_at(std::uintptr_t data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

val reflow(std::uintptr_t data, std::size_t size, const val& js_options) {
  return with_document(utf8_at(data, size), js_options, [](const galley::document& d) { return document_of(d); });
}

val render(std::uintptr_t data, std::size_t size, const val& format, const val& js_options) {
  return with_document(utf8_at(data, size), js_options, [&](const galley::document& d) { return rendered(d, format); });
}

val version() { return js_string(std::string(galley::version())); }

}  // namespace

// The module is linked without Embind's C++ library (wasm/CMakeLists.txt): its bind.cpp, linked
// whole, registers every builtin type in a constructor, used or not, and with them came the
// glue's converters for UTF-16 and UTF-32 strings, void, floats and the memory views of
// eighteen types, and those types' names and type information in the module (1.4 KB
// gzipped). Registered here: the types the bindings above carry (no function returns void);
// and __getTypeName, which the glue calls to name an unbound type in an error. A type
// missing here fails every call that carries it ("has unknown type"), as the module's
// tests would.
namespace {
namespace registered {
using namespace emscripten::internal;
template <typename T>
void integer(const char* name) {
  _embind_register_integer(TypeID<T>::get(), name, sizeof(T), std::numeric_limits<T>::min(), std::numeric_limits<T>::max());
}
[[gnu::constructor]] void types() {
  _embind_register_bool(TypeID<bool>::get(), "bool", sizeof(bool), true, false);
  integer<int>("int");
  integer<unsigned long>("unsigned long");
  _embind_register_float(TypeID<double>::get(), "double", sizeof(double));
  _embind_register_emval(TypeID<val>::get(), "emscripten::val");
}
}  // namespace registered

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* __getTypeName(const std::type_info* type) { return strdup(type->name()); }

EMSCRIPTEN_BINDINGS(galley) {
  emscripten::function("reflowUtf8", &reflow);
  emscripten::function("renderUtf8", &render);
  emscripten::function("version", &version);
}
