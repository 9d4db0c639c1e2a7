// The pipeline: each stage a pure function of the previous one (see DESIGN.md).
#include "galley/reflow.h"

#include <string>
#include <vector>

#include "articles.hpp"
#include "pages.hpp"

#ifndef GALLEY_VERSION
#define GALLEY_VERSION "0.0.0"
#endif

namespace galley {

std::string_view version() { return GALLEY_VERSION; }

std::string_view error_message(error e) {
  switch (e) {
    case error::none: return "no error";
    case error::input_too_large: return "the input is larger than the maximum input size";
    case error::invalid_options: return "the options are invalid";
  }
  return "unknown error";
}

result reflow(std::string_view input, const options& opts) {
  result r;
  if (opts.max_input_bytes == 0) { r.error = error::invalid_options; return r; }
  if (input.size() > opts.max_input_bytes) { r.error = error::input_too_large; return r; }
  document& doc = r.document;
  detail::script_counts scripts;
  // A form feed ends a page (pdftotext prints one between pages): each page is read on its
  // own, with its own layout (script, spacing, column widths), so that a document of many
  // pages reads as its pages do, and each page's work stays the size of a page.
  bool within_budget = true;
  std::vector<detail::document_sizes> page_starts;  // where each page's part of doc starts
#ifndef __EMSCRIPTEN__
  if (opts.threads != 1 && input.find('\f') != std::string_view::npos) {
    within_budget = detail::reflow_pages_on_threads(input, opts, opts.threads, doc, scripts, page_starts);
  } else
#endif
  {
    std::uint32_t lines_before = 0;
    doc.stats.pages = 0;
    detail::articles_scratch scratch;
    for (std::size_t from = 0;;) {
      const std::size_t end = detail::page_end(input, from);
      const std::string_view page = input.substr(from, end - from);
      const detail::document_sizes before(doc);
      page_starts.push_back(before);
      within_budget = detail::reflow_page(page, opts, doc, scripts, scratch) && within_budget;
      detail::number_by_input(doc, before, lines_before);
      // (A page's last line goes on into the next when no line break ends it.)
      const bool ended = detail::ends_line(page);
      lines_before += static_cast<std::uint32_t>(doc.stats.input_lines) - (ended ? 0 : 1);
      ++doc.stats.pages;
      if (end == input.size()) {
        doc.stats.input_lines = lines_before + (ended ? 0 : 1);
        break;
      }
      from = end + 1;
    }
  }
  // A story a jump line continues on a later page is one article (each page was read alone).
  detail::join_stories_across_pages(doc, page_starts);
  doc.stats.input_bytes = input.size();
  if (doc.stats.invalid_bytes_replaced)
    doc.warnings.push_back({"invalid-utf8", std::to_string(doc.stats.invalid_bytes_replaced) +
                                                " invalid UTF-8 byte(s) were replaced with U+FFFD."});
  if (!within_budget)
    doc.warnings.push_back({"budget-exceeded", "The work budget ran out: some sentences cut across columns were left unjoined."});
  doc.lang = detail::language_of(scripts);
  doc.stats.articles = doc.articles.size();
  doc.stats.residue_items = doc.residue.size();
  for (const article& a : doc.articles) doc.stats.blocks += a.blocks.size();
  return r;
}

}  // namespace galley
