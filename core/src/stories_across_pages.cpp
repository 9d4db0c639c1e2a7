// Stories continued from one page on another: "（下转第3版）" under the first part of a story
// on page 1, "（上接第1版）" over its rest on page 3. Each page is read on its own
// (pages.hpp), so the two parts come out as two articles; in a document of pages the rest
// is found behind the jump line that names the first part's page, and joined to it.
#include "pages.hpp"

#include <vector>

#include "lexicon.hpp"
#include "text.hpp"

namespace galley::detail {

namespace {

// The page number a jump line names: the digits in it ("第3版", "Page 12", full-width
// "第３版") or a Chinese number of one or two places after 第 ("第十二版"); -1 when none.
int named_page(std::u32string_view s) {
  for (std::size_t k = 0; k < s.size(); ++k) {
    auto digit = [&](std::size_t at) -> int {
      if (at >= s.size()) return -1;
      const char32_t c = s[at];
      if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
      if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
      return -1;
    };
    if (digit(k) >= 0) {
      int n = 0;
      for (; digit(k) >= 0 && n < 10000; ++k) n = n * 10 + digit(k);
      return n;
    }
    if (s[k] == U'第') {
      static constexpr std::u32string_view numerals = U"一二三四五六七八九";
      int n = 0;
      for (std::size_t j = k + 1; j < s.size(); ++j) {
        const std::size_t v = numerals.find(s[j]);
        if (v != std::u32string_view::npos) n = n / 10 * 10 + static_cast<int>(v) + 1;  // (the units)
        else if (s[j] == U'十') n = (n == 0 ? 1 : n) * 10;
        else break;
      }
      if (n > 0) return n;
    }
  }
  return -1;
}

struct jump_line {
  std::size_t page;
  int names;         // the page it names (-1: none)
  std::uint32_t line;
  bool resumes;      // "上接" (else "下转")
};

}  // namespace

void join_stories_across_pages(document& doc, const std::vector<document_sizes>& page_starts) {
  if (page_starts.size() < 2) return;
  // The jump lines that nothing on their own page answered, in the order the articles stage
  // pairs them: a "上接" line resumes the story the last "下转" line above it cut off.
  std::vector<jump_line> open;
  char32_buffer buf;
  std::size_t page = 0;
  int cut = -1;  // (in open: the "下转" line still waiting on this page)
  for (std::size_t r = 0; r < doc.residue.size(); ++r) {
    while (page + 1 < page_starts.size() && r >= page_starts[page + 1].residue) ++page, cut = -1;
    const residue_item& item = doc.residue[r];
    if (item.reason != "jump") continue;
    const std::u32string_view text = decode_into(item.text, buf);
    const bool resumes = jump_resumes(text);
    if (resumes && cut >= 0 && open[static_cast<std::size_t>(cut)].page == page) {
      open.erase(open.begin() + cut);  // (answered on its own page)
      cut = -1;
      continue;
    }
    if (!resumes) cut = static_cast<int>(open.size());
    open.push_back({page, named_page(text), item.lines.empty() ? 0 : item.lines.front().first, resumes});
  }

  // The article whose text ends last above line l on page p (the story a "下转" line cut
  // off), or whose text starts first below it (the rest a "上接" line opens); -1: none.
  const auto article_at = [&](std::size_t p, std::uint32_t l, bool below) {
    const std::size_t to = p + 1 < page_starts.size() ? page_starts[p + 1].articles : doc.articles.size();
    int best = -1;
    std::uint32_t best_line = 0;
    for (std::size_t a = page_starts[p].articles; a < to; ++a)
      for (const block& b : doc.articles[a].blocks)
        for (const line_range& r : b.lines) {
          const std::uint32_t at = below ? r.first : r.last;
          if ((below ? at > l : at < l) && (best < 0 || (below ? at < best_line : at > best_line))) best = static_cast<int>(a), best_line = at;
        }
    return best;
  };

  // A "下转第N版" on page p and a "上接第M版" on page q name each other when the pages'
  // numbers run on as the document's pages do (N - M = q - p): the document's first page
  // need not be the paper's first.
  std::vector<bool> gone(doc.articles.size(), false);
  bool joined = false;
  for (jump_line& out : open) {
    if (out.resumes || out.names < 0) continue;
    for (jump_line& in : open) {
      if (!in.resumes || in.page <= out.page || in.names < 0 || out.names - in.names != static_cast<int>(in.page - out.page))
        continue;
      const int cut_off = article_at(out.page, out.line, false), rest = article_at(in.page, in.line, true);
      in.names = -1;  // (used)
      if (cut_off < 0 || rest < 0 || gone[static_cast<std::size_t>(cut_off)]) break;
      article& a = doc.articles[static_cast<std::size_t>(cut_off)];
      article& b = doc.articles[static_cast<std::size_t>(rest)];
      // (A deck over the rest would be a story of its own: left as it is.)
      if (!b.deck.empty()) break;
      // The head reprinted over the rest is a repeat of the story's own.
      if (!b.headline.empty()) doc.residue.push_back({"other", "repeated-headline", std::move(b.headline), std::move(b.headline_lines)});
      for (block& x : b.blocks) a.blocks.push_back(std::move(x));
      gone[static_cast<std::size_t>(rest)] = joined = true;
      break;
    }
  }
  if (!joined) return;
  std::vector<article> kept;
  for (std::size_t a = 0; a < doc.articles.size(); ++a)
    if (!gone[a]) kept.push_back(std::move(doc.articles[a]));
  doc.articles.swap(kept);
}

}  // namespace galley::detail
