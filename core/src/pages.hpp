// A document of pages: an input's form feeds end its pages (pdftotext prints one after
// every page), and each page goes through the stages on its own, with its own layout
// (script, spacing, column widths), its lines numbered by the input's.
#ifndef GALLEY_PAGES_HPP
#define GALLEY_PAGES_HPP

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "galley/document.h"
#include "galley/options.h"

namespace galley::detail {

/** Characters of each script on the pages read so far: the document's language. */
struct script_counts {
  long cjk = 0, latin = 0;
};

/** "zh" or "en" by the script most of the text is in; "mixed" when the other has at least a third as many characters. */
std::string language_of(const script_counts& n);

/** Where the page that starts at `from` ends: at the next form feed, or the input's end. */
inline std::size_t page_end(std::string_view input, std::size_t from) { return std::min(input.find('\f', from), input.size()); }

/** Whether a page's last line ends in a line break (else the line goes on into the next page). */
inline bool ends_line(std::string_view page) { return !page.empty() && (page.back() == '\n' || page.back() == '\r'); }

struct articles_scratch;  // (articles.hpp)

/** How much of each list a document holds: where a page's part of it starts. */
struct document_sizes {
  std::size_t articles = 0, residue = 0, explanation = 0;
  document_sizes() = default;
  explicit document_sizes(const document& doc)
      : articles(doc.articles.size()), residue(doc.residue.size()), explanation(doc.explanation.size()) {}
};

/**
 * One page through the stages, its articles, residue and explanations added to doc's, its
 * counts to doc.stats' (input_bytes and input_lines are set to the page's). False when the
 * work budget ran out. scratch: memory kept from page to page (see articles.hpp).
 */
bool reflow_page(std::string_view page, const options& opts, document& doc, script_counts& scripts, articles_scratch& scratch);

/** What doc holds from `from` on, numbered by the input's lines: the page's first line is line `before` + 1. */
void number_by_input(document& doc, const document_sizes& from, std::uint32_t before);

/**
 * Stories that a jump line continues on a later page of the document ("（下转第3版）" under
 * one part, "（上接第1版）" over the rest) joined into one article, the rest's reprinted head
 * to residue. page_starts: where each page's articles and residue start in doc.
 */
void join_stories_across_pages(document& doc, const std::vector<document_sizes>& page_starts);

/**
 * The pages of input read on up to `threads` threads, and put together in doc as reflow()
 * puts them one after another: the same document (native builds; the WebAssembly module
 * has one thread). False when a page ran out of its work budget.
 */
bool reflow_pages_on_threads(std::string_view input, const options& opts, unsigned threads, document& doc,
                             script_counts& scripts, std::vector<document_sizes>& page_starts);

}  // namespace galley::detail

#endif
