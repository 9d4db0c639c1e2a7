// Pages read on several threads (native builds: the WebAssembly module has one thread).
// Each page goes through the stages into a document of its own; the documents are then
// put together in page order, numbered and counted as reflow() does one page after another.
#include "pages.hpp"

#ifndef __EMSCRIPTEN__

#include <atomic>
#include <iterator>
#include <thread>
#include <vector>

#include "articles.hpp"

namespace galley::detail {

namespace {

struct read_page {
  std::string_view text;
  document doc;
  script_counts scripts;
  bool within_budget = true;
};

template <class T>
void move_into(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// The counts that the stages add to as they go (reflow() sets input_bytes and input_lines,
// and counts articles, blocks and residue, itself). The one-thread path shares one
// statistics among its pages; this one adds them up field by field, so a new field of
// statistics must be added here too (the size below says when one comes).
static_assert(sizeof(statistics) == 16 * sizeof(std::size_t) + alignof(std::size_t),
              "statistics changed: add its new counts in add_counts()");
void add_counts(statistics& to, const statistics& from) {
  to.invalid_bytes_replaced += from.invalid_bytes_replaced;
  to.control_chars_removed += from.control_chars_removed;
  to.byte_order_marks_removed += from.byte_order_marks_removed;
  to.layout_spaces_removed += from.layout_spaces_removed;
  to.line_end_hyphens_removed += from.line_end_hyphens_removed;
  to.soft_hyphens_removed += from.soft_hyphens_removed;
  to.zero_width_removed += from.zero_width_removed;
  to.characters_mapped += from.characters_mapped;
  to.markup_removed += from.markup_removed;
  to.side_by_side_lines += from.side_by_side_lines;
  to.double_spaced = to.double_spaced || from.double_spaced;
}

}  // namespace

bool reflow_pages_on_threads(std::string_view input, const options& opts, unsigned threads, document& doc,
                             script_counts& scripts, std::vector<document_sizes>& page_starts) {
  std::vector<read_page> pages;
  for (std::size_t from = 0;;) {
    const std::size_t end = page_end(input, from);
    pages.push_back({input.substr(from, end - from), {}, {}, true});
    if (end == input.size()) break;
    from = end + 1;
  }
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  // Each thread takes the next page not yet taken.
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    articles_scratch scratch;  // (this thread's)
    for (std::size_t p; (p = next.fetch_add(1)) < pages.size();)
      pages[p].within_budget = reflow_page(pages[p].text, opts, pages[p].doc, pages[p].scripts, scratch);
  };
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < std::min<std::size_t>(threads, pages.size()); ++t) helpers.emplace_back(work);
    work();
  }
  bool within_budget = true;
  std::uint32_t lines_before = 0;
  doc.stats.pages = pages.size();
  for (read_page& p : pages) {
    page_starts.emplace_back(doc);
    number_by_input(p.doc, document_sizes{}, lines_before);
    move_into(doc.articles, p.doc.articles);
    move_into(doc.residue, p.doc.residue);
    move_into(doc.explanation, p.doc.explanation);
    add_counts(doc.stats, p.doc.stats);
    scripts.cjk += p.scripts.cjk;
    scripts.latin += p.scripts.latin;
    within_budget = within_budget && p.within_budget;
    // (As reflow() counts them: a page's last line goes on into the next when no line break ends it.)
    const bool ended = ends_line(p.text);
    lines_before += static_cast<std::uint32_t>(p.doc.stats.input_lines) - (ended ? 0 : 1);
    doc.stats.input_lines = lines_before + (ended ? 0 : 1);
    p.doc = {};  // (its memory back as it goes)
  }
  return within_budget;
}

}  // namespace galley::detail

#endif
