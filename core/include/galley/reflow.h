#ifndef GALLEY_REFLOW_H
#define GALLEY_REFLOW_H

#include <string_view>

#include "galley/document.h"
#include "galley/options.h"

namespace galley {

/** Why a reflow produced no document. Bad text is never an error: it is repaired and counted. */
enum class error {
  /** No error. */
  none,
  /** The input is larger than options::max_input_bytes. */
  input_too_large,
  /** The options are inconsistent (e.g. a zero size limit). */
  invalid_options,
};

/** A sentence for people describing the error. */
std::string_view error_message(error e);

/** A document, or the reason there is none. */
struct result {
  galley::error error = galley::error::none;
  galley::document document;
  explicit operator bool() const { return error == galley::error::none; }
};

/**
 * Turns the raw text of a newspaper page into articles.
 *
 * @param input  the page as UTF-8 bytes (invalid bytes are replaced and counted)
 * @param opts   choices; the defaults suit a copy editor
 * @return the articles and residue, or an error when the input is refused
 * @example galley::reflow("标题\n正文第一行，\n第二行。\n").document.articles.size()
 */
result reflow(std::string_view input, const options& opts = {});

/** The library version, "MAJOR.MINOR.PATCH". */
std::string_view version();

}  // namespace galley

#endif
