#ifndef GALLEY_OPTIONS_H
#define GALLEY_OPTIONS_H

#include <cstddef>
#include <string>
#include <string_view>

namespace galley {

/** What to do with the space between a CJK character and a Latin letter or digit. */
enum class latin_spacing {
  /** Keep the spaces the page printed (after layout spaces are removed). */
  keep,
  /** Remove every space between CJK and Latin/digits ("使用 GPU" -> "使用GPU"). */
  remove,
  /** Add one space between CJK and Latin/digits where none is (pangu style). */
  add,
};

/** The caller's hint about the page's language. */
enum class language_hint {
  /** Decide from the text (the default). */
  automatic,
  /** Chinese (and other CJK pages without word spaces). */
  chinese,
  /** Latin-script pages (English, French, ...). */
  latin,
};

/** Everything the caller can choose. Defaults are what a copy editor wants. */
struct options {
  /** CJK–Latin spacing in the output text. */
  latin_spacing spacing = latin_spacing::keep;
  /** Language hint; automatic detection by default. */
  language_hint language = language_hint::automatic;
  /** Keep the input's line breaks inside paragraphs (joined with '\n' instead of reflowed). */
  bool keep_line_breaks = false;
  /** Return, per input line, the role scores that decided it (document::explanation). */
  bool explain = false;
  /** Inputs larger than this are refused with error::input_too_large. */
  std::size_t max_input_bytes = std::size_t{64} << 20;
  /**
   * Work budget in abstract steps per input byte for the optional, super-linear-prone
   * stages (stitching of continuations). When exceeded, those stages are skipped and a
   * warning says so; the text is never lost.
   */
  std::size_t work_budget_per_byte = 64;
  /**
   * Threads that read an input's pages (its form feeds end them) at once: 1, this thread
   * only; 0, one per processor. The document is the same whatever the number. Native
   * builds only: the WebAssembly module reads on its one thread.
   */
  unsigned threads = 1;
};

/** Parses "keep" | "remove" | "add"; returns false on anything else. */
bool parse_latin_spacing(std::string_view name, latin_spacing& out);
/** Parses "auto" | "zh" | "en" (also "chinese", "latin"); returns false on anything else. */
bool parse_language_hint(std::string_view name, language_hint& out);

}  // namespace galley

#endif
