// Stories continued from one page on another: "（下转第3版）" under the first part of a story
// on page 1, "（上接第1版）" over its rest on page 3. Each page is read on its own
// (pages.hpp), so the two parts come out as two articles; in a document of pages the rest
// is found behind the jump line that names the first part's page, and joined to it.
#include "pages.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "lexicon.hpp"
#include "text.hpp"

namespace galley::detail {

namespace {

// Whether two texts are the same but for their spaces (a head reprinted on a wider measure).
bool same_but_spaces(std::string_view a, std::string_view b) {
  const auto next = [](std::string_view s, std::size_t k) {
    while (k < s.size() && (s[k] == ' ' || s.compare(k, 3, "\u3000") == 0)) k += s[k] == ' ' ? 1 : 3;
    return k;
  };
  std::size_t i = next(a, 0), j = next(b, 0);
  while (i < a.size() && j < b.size() && a[i] == b[j]) i = next(a, i + 1), j = next(b, j + 1);
  return i == a.size() && j == b.size();
}

// Jump lines a document's pages leave open that are paired (the pairing is quadratic in
// them; a real document has a few dozen).
constexpr std::size_t max_jump_lines = 2048;
// ... and the paper's pages before a document's first that their numbers may count.
constexpr int max_first_page = 128;

struct jump_line {
  std::size_t page;
  int names;         // the page it names (-1: none)
  std::uint32_t line;
  bool resumes;      // "上接" (else "下转")
  bool answered;     // the articles stage paired it with another on its page
  int article = -1;  // the story it cuts off or the rest it opens (read before any is joined)
};

}  // namespace

void join_stories_across_pages(document& doc, const std::vector<document_sizes>& page_starts) {
  // The jump lines: those nothing on their own page answered (the articles stage left them
  // "jump-open"; every jump line's reason is "jump" again when this is done), and those it
  // answered there, for a second look below.
  std::vector<jump_line> lines;
  bool any_open = false;
  char32_buffer buf;
  std::size_t page = 0;
  for (std::size_t r = 0; r < doc.residue.size(); ++r) {
    residue_item& item = doc.residue[r];
    const bool open = item.reason == "jump-open";
    if (!open && item.reason != "jump") continue;
    item.reason = "jump";
    if (page_starts.size() < 2 || lines.size() == max_jump_lines) continue;  // (pairs are counted two by two)
    while (page + 1 < page_starts.size() && r >= page_starts[page + 1].residue) ++page;
    const std::u32string_view text = decode_into(item.text, buf);
    // (Which way it points read from its characters' simplified forms: "（上接第1版）" or "（下轉第3版）".)
    const bool resumes = jump_resumes(text, true);
    lines.push_back({page, jump_page(text), item.lines.empty() ? 0 : item.lines.front().first, resumes, !open});
    any_open = any_open || open;
  }
  if (!any_open) return;

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
  for (jump_line& j : lines) j.article = article_at(j.page, j.line, j.resumes);

  // A "下转第N版" on page p and a "上接第M版" on page q name each other when both numbers
  // count the document's pages from the same first one: N - q = M - p, the paper's number
  // of the document's first page less one (the document need not begin at the paper's
  // first page). One such number holds for the whole document, so it is the one most pairs
  // agree on (ties: the least, the paper's first page if it can be), lines the stage
  // answered on their page counted too; lines that agree only by chance on another are
  // left apart (page 1's "on Page 4" and page 3's "from Page 2" agree on 2, where every
  // other pair of that document agrees on 0).
  const auto first_agreed = [](const jump_line& out, const jump_line& in) {
    if (out.resumes || !in.resumes || out.names < 0 || in.names < 0 || in.page <= out.page) return -1;
    const int first = out.names - static_cast<int>(in.page) - 1;
    return first == in.names - static_cast<int>(out.page) - 1 ? first : -1;
  };
  int votes[max_first_page] = {};  // by the first page less one: the pairs that agree on it
  int first = -1;
  for (const jump_line& out : lines)
    for (const jump_line& in : lines)
      if (const int f = first_agreed(out, in); f >= 0 && f < max_first_page) {
        ++votes[f];
        if (first < 0 || votes[f] > votes[first] || (votes[f] == votes[first] && f < first)) first = f;
      }
  if (first < 0) return;
  // (Two lines of other pages, neither answered yet, that name each other.)
  const auto pair_of = [&](const jump_line& out, const jump_line& in) {
    return !out.answered && !in.answered && first_agreed(out, in) == first;
  };

  // Articles joined to an earlier one: where their blocks went (a story carried on twice,
  // page 1 to 3 to 5, is cut again under its rest).
  std::vector<int> joined_to(doc.articles.size(), -1);
  const auto owner = [&](int a) {
    while (joined_to[static_cast<std::size_t>(a)] >= 0) a = joined_to[static_cast<std::size_t>(a)];
    return a;
  };

  // Whether the rest a "上接" line opens is headed by the head of the story a "下转" line cut
  // off, reprinted (spaces aside): where two stories of a page go on to one page, the head
  // over each rest says whose it is.
  const auto reprints = [&](const jump_line& out, const jump_line& in) {
    if (out.article < 0 || in.article < 0) return false;
    const std::string& head = doc.articles[static_cast<std::size_t>(out.article)].headline;
    return !head.empty() && same_but_spaces(head, doc.articles[static_cast<std::size_t>(in.article)].headline);
  };

  // Whether a "上接" line answers a "下转" line the stage left open: then it is that one's
  // answer (a page may print two lines naming one page, one of them the stage's own pair),
  // unless the head over it is the story's of `down`, and not the open one's.
  const auto claimed_by_open = [&](const jump_line& in, const jump_line& down) {
    return std::any_of(lines.begin(), lines.end(), [&](const jump_line& out) {
      return !out.answered && first_agreed(out, in) == first && !(reprints(down, in) && !reprints(out, in));
    });
  };

  // A "下转" line and the "上接" line under it that the articles stage paired on their page
  // (as if the text ran from one page on to the next) are two stories' lines when each
  // has a line on another page that answers it: the story the "下转" line cut off goes on
  // there, and what the stage joined to it under the "上接" line is the end of the story
  // cut off on the other page.
  for (jump_line& up : lines) {
    if (!up.answered || !up.resumes) continue;
    jump_line* down = nullptr;  // (the stage's pair: the answered "下转" line nearest above)
    for (jump_line& d : lines)
      if (d.answered && !d.resumes && d.page == up.page && d.line < up.line && (!down || d.line > down->line)) down = &d;
    if (!down) continue;
    jump_line* from = nullptr;  // (the lines of other pages that answer each)
    bool onward = false;
    for (jump_line& k : lines) {
      if (!from && !k.answered && first_agreed(k, up) == first) from = &k;
      onward = onward || (!k.answered && first_agreed(*down, k) == first && !claimed_by_open(k, *down));
    }
    const int cut = down->article;
    if (!onward || cut < 0) continue;
    // (The blocks under the "上接" line, the last of the story's: the stage appended the rest
    // there, and nothing of the story cut off above comes after its "下转" line on this page.)
    std::vector<block>& blocks = doc.articles[static_cast<std::size_t>(cut)].blocks;
    std::size_t k = 0;
    while (k < blocks.size() && (blocks[k].lines.empty() || blocks[k].lines.front().first < up.line)) ++k;
    if (!from && k < blocks.size()) {
      // No page of the document sends a story on to the "上接" line (it names its own page,
      // or one before the document's first): what the stage joined under it is the rest of
      // a story begun outside the document, an article of its own after the story cut off.
      article rest;
      rest.blocks.assign(std::make_move_iterator(blocks.begin() + static_cast<std::ptrdiff_t>(k)),
                         std::make_move_iterator(blocks.end()));
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(k), blocks.end());
      doc.articles.insert(doc.articles.begin() + cut + 1, std::move(rest));
      joined_to.insert(joined_to.begin() + cut + 1, -1);
      for (jump_line& j : lines) j.article += j.article > cut;
      down->answered = false;
      continue;
    }
    if (!from || from->article < 0 || owner(from->article) == cut || k == blocks.size()) continue;
    std::vector<block>& into = doc.articles[static_cast<std::size_t>(owner(from->article))].blocks;
    for (std::size_t j = k; j < blocks.size(); ++j) into.push_back(std::move(blocks[j]));
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(k), blocks.end());
    from->names = -1;          // (used)
    down->answered = false;    // (open: the pairs below take it to its page)
  }

  // The rest `in` opens goes on the story `out` cut off (each line is used once).
  bool joined = false;
  const auto join_rest = [&](jump_line& out, jump_line& in) {
    out.names = in.names = -1;  // (used)
    if (out.article < 0 || in.article < 0 || joined_to[static_cast<std::size_t>(in.article)] >= 0) return;
    const int cut_off = owner(out.article), rest = in.article;
    if (cut_off == rest) return;
    article& a = doc.articles[static_cast<std::size_t>(cut_off)];
    article& b = doc.articles[static_cast<std::size_t>(rest)];
    // (A deck over the rest would be a story of its own: left as it is.)
    if (!b.deck.empty()) return;
    // The head reprinted over the rest is a repeat of the story's own.
    if (!b.headline.empty()) doc.residue.push_back({"other", "repeated-headline", std::move(b.headline), std::move(b.headline_lines)});
    for (block& x : b.blocks) a.blocks.push_back(std::move(x));
    joined_to[static_cast<std::size_t>(rest)] = cut_off;
    joined = true;
  };
  // First the rests headed by their story's head, then the others in the pages' order.
  for (const bool by_head : {true, false})
    for (jump_line& out : lines) {
      if (out.resumes || out.names < 0 || out.answered) continue;
      const auto in = std::find_if(lines.begin(), lines.end(), [&](const jump_line& i) { return pair_of(out, i) && (!by_head || reprints(out, i)); });
      if (in != lines.end()) join_rest(out, *in);
    }
  if (!joined) return;
  std::vector<article> kept;
  for (std::size_t a = 0; a < doc.articles.size(); ++a)
    if (joined_to[a] < 0) kept.push_back(std::move(doc.articles[a]));
  doc.articles.swap(kept);
}

}  // namespace galley::detail
