#ifndef GALLEY_RENDER_H
#define GALLEY_RENDER_H

#include <cstddef>
#include <string>

#include "galley/document.h"

namespace galley {

/** What to_json includes besides the contract's fields. */
struct json_options {
  /** Indent with two spaces (false: one line). */
  bool pretty = true;
  /** Add "lines" provenance, "stats", "warnings" and (when present) "explanation". */
  bool extras = true;
  /** The page id written as "id" (omitted when empty). */
  std::string id;
  /**
   * Every character past ASCII written as a \u escape: JSON that is all ASCII, which some
   * readers decode several times faster (the WASM module's, for English documents).
   */
  bool ascii = false;
  /**
   * Strings at least this many bytes long written as empty strings, for a caller that hands
   * the long texts over by another way (the WASM module, which sets them into the parsed
   * objects itself).
   */
  std::size_t omit_from = static_cast<std::size_t>(-1);
};

/** The JSON contract of shared/eval/FORMAT.md (plus extras). */
std::string to_json(const document& doc, const json_options& opts = {});
/** Markdown: "# headline", decks in italics, paragraphs, "## heading", captions quoted. */
std::string to_markdown(const document& doc);
/** A standalone HTML fragment; all text is escaped. */
std::string to_html(const document& doc);
/** Plain text: headline, deck, blocks, one blank line between, articles separated by a rule. */
std::string to_text(const document& doc);

}  // namespace galley

#endif
