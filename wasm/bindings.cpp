// Embind adapter: JS object in, plain JS object out (the shape of shared/eval/FORMAT.md).
// No logic lives here; everything is galley::reflow and the renderers.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <galley.h>

using emscripten::val;

namespace {

val lines_of(const std::vector<galley::line_range>& ranges) {
  val out = val::array();
  for (const galley::line_range& r : ranges) {
    val pair = val::array();
    pair.call<void>("push", r.first, r.last);
    out.call<void>("push", pair);
  }
  return out;
}

// Reads the JS options object; returns an error message, or empty on success.
std::string read_options(const val& js, galley::options& opts) {
  if (js.isUndefined() || js.isNull()) return {};
  if (js.typeOf().as<std::string>() != "object") return "options must be an object";
  if (val v = js["spacing"]; !v.isUndefined()) {
    if (!v.isString() || !galley::parse_latin_spacing(v.as<std::string>(), opts.spacing))
      return "options.spacing must be 'keep', 'remove' or 'add'";
  }
  if (val v = js["language"]; !v.isUndefined()) {
    if (!v.isString() || !galley::parse_language_hint(v.as<std::string>(), opts.language))
      return "options.language must be 'auto', 'zh' or 'en'";
  }
  if (val v = js["keepLineBreaks"]; !v.isUndefined()) opts.keep_line_breaks = v.as<bool>();
  if (val v = js["explain"]; !v.isUndefined()) opts.explain = v.as<bool>();
  if (val v = js["maxInputBytes"]; !v.isUndefined()) {
    if (!v.isNumber() || v.as<double>() < 1) return "options.maxInputBytes must be a positive number";
    opts.max_input_bytes = static_cast<std::size_t>(v.as<double>());
  }
  return {};
}

val stats_of(const galley::statistics& s) {
  val o = val::object();
  o.set("input_bytes", s.input_bytes);
  o.set("input_lines", s.input_lines);
  o.set("invalid_bytes_replaced", s.invalid_bytes_replaced);
  o.set("control_chars_removed", s.control_chars_removed);
  o.set("byte_order_marks_removed", s.byte_order_marks_removed);
  o.set("layout_spaces_removed", s.layout_spaces_removed);
  o.set("line_end_hyphens_removed", s.line_end_hyphens_removed);
  o.set("soft_hyphens_removed", s.soft_hyphens_removed);
  o.set("zero_width_removed", s.zero_width_removed);
  o.set("characters_mapped", s.characters_mapped);
  o.set("markup_removed", s.markup_removed);
  o.set("articles", s.articles);
  o.set("blocks", s.blocks);
  o.set("residue_items", s.residue_items);
  o.set("double_spaced", s.double_spaced);
  return o;
}

val document_of(const galley::document& doc) {
  val out = val::object();
  out.set("lang", doc.lang);
  val articles = val::array();
  for (const galley::article& a : doc.articles) {
    val art = val::object();
    art.set("headline", a.headline);
    val deck = val::array();
    for (const std::string& d : a.deck) deck.call<void>("push", d);
    art.set("deck", deck);
    val blocks = val::array();
    for (const galley::block& b : a.blocks) {
      val blk = val::object();
      blk.set("kind", std::string(galley::name_of(b.kind)));
      blk.set("text", b.text);
      blk.set("lines", lines_of(b.lines));
      blocks.call<void>("push", blk);
    }
    art.set("blocks", blocks);
    art.set("headline_lines", lines_of(a.headline_lines));
    val deck_lines = val::array();
    for (const auto& d : a.deck_lines) deck_lines.call<void>("push", lines_of(d));
    art.set("deck_lines", deck_lines);
    articles.call<void>("push", art);
  }
  out.set("articles", articles);
  val residue = val::array();
  for (const galley::residue_item& r : doc.residue) {
    val item = val::object();
    item.set("kind", r.kind);
    item.set("text", r.text);
    item.set("reason", r.reason);
    item.set("lines", lines_of(r.lines));
    residue.call<void>("push", item);
  }
  out.set("residue", residue);
  out.set("stats", stats_of(doc.stats));
  val warnings = val::array();
  for (const galley::warning& w : doc.warnings) {
    val item = val::object();
    item.set("code", w.code);
    item.set("message", w.message);
    warnings.call<void>("push", item);
  }
  out.set("warnings", warnings);
  if (!doc.explanation.empty()) {
    val explanation = val::array();
    for (const galley::line_explanation& e : doc.explanation) {
      val item = val::object();
      item.set("line", e.line);
      item.set("role", e.role);
      val scores = val::object();
      for (const auto& [name, score] : e.scores) scores.set(name, score);
      item.set("scores", scores);
      explanation.call<void>("push", item);
    }
    out.set("explanation", explanation);
  }
  return out;
}

// Errors travel as {error: "..."}; the JS layer throws them as Error objects.
val failure(std::string_view message) {
  val out = val::object();
  out.set("error", std::string(message));
  return out;
}

val rendered(const galley::document& d, const std::string& format) {
  if (format == "json") return val(galley::to_json(d));
  if (format == "markdown") return val(galley::to_markdown(d));
  if (format == "html") return val(galley::to_html(d));
  if (format == "text") return val(galley::to_text(d));
  return failure("format must be 'json', 'markdown', 'html' or 'text'");
}

// Reads the options, reflows, and hands the document to `then`; failures become {error}.
template <typename Then>
val with_document(const std::string& text, const val& js_options, Then then) {
  galley::options opts;
  if (std::string e = read_options(js_options, opts); !e.empty()) return failure(e);
  const galley::result r = galley::reflow(text, opts);
  if (!r) return failure(galley::error_message(r.error));
  return then(r.document);
}

val reflow(const std::string& text, const val& js_options) {
  return with_document(text, js_options, [](const galley::document& d) { return document_of(d); });
}

val render(const std::string& text, const std::string& format, const val& js_options) {
  return with_document(text, js_options, [&](const galley::document& d) { return rendered(d, format); });
}


std::string version() { return std::string(galley::version()); }

}  // namespace

EMSCRIPTEN_BINDINGS(galley) {
  emscripten::function("reflow", &reflow);
  emscripten::function("render", &render);
  emscripten::function("version", &version);
}
