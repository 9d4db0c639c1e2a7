#include "interleave.hpp"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace galley::detail {

namespace {

// A run: at least this many one-line blocks; its columns: at most this many.
constexpr std::size_t min_run = 4;
constexpr std::size_t max_columns = 4;
// How much better (in continuity a pair, see goes_on) the line k down must read than the
// next line, and how well at least; a reading within `tie` of a shorter period's, or of
// one with fewer lines left standing, is no better (three columns read in turn show
// continuity at six lines too). Periods are weighed by their continuity as if read on this
// many more pairs of none.
constexpr double margin = 0.3, least = 0.3, tie = 0.1;
constexpr double evidence_prior = 2;

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool letter(char c) { return lower(c) || (c >= 'A' && c <= 'Z'); }

// Whether s ends in letters each followed by a period ("U.S.", "N.Y."), which end a
// sentence no more often than they go on in one.
bool initialism(std::string_view s) {
  std::size_t letters = 0;
  while (s.size() >= 2 && s.back() == '.' && letter(s[s.size() - 2]) && (s.size() == 2 || !letter(s[s.size() - 3])))
    s.remove_suffix(2), ++letters;
  return letters >= 2;
}

// Whether s (trimmed) ends a sentence: ".", "?" or "!", closing quotes and brackets aside.
bool ends_sentence(std::string_view s) {
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);  // (” ’)
    } else {
      break;
    }
  }
  return !s.empty() && (s.back() == '.' || s.back() == '?' || s.back() == '!') && !initialism(s);
}

// How surely line b goes on line a's text (both trimmed, non-empty): a word a hyphen broke
// and lower case after it, most; a sentence going on in lower case; a line ending a sentence
// before one in lower case, or a comma before one in upper case, reads as no continuation.
double goes_on(std::string_view a, std::string_view b) {
  const bool low = lower(b.front());
  if (a.size() > 1 && a.back() == '-' && letter(a[a.size() - 2])) return low ? 2 : 0.5;
  const bool ended = ends_sentence(a);
  if (low) return ended ? -1 : 1;
  if (a.back() == ',' || a.back() == ';') return -0.25;
  return 0;
}

// A line that may be one of a run's: Latin text (no ideograph, whose UTF-8 lead bytes start
// at E3, and no form feed). (A paragraph's last word alone is one of its column's lines.)
bool run_line(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE3 || c == '\f'; });
}

// The continuity from each of the run's lines to the line `step` down: its sum and count.
struct continuity {
  double sum = 0;
  std::size_t pairs = 0;
  double mean() const { return pairs ? sum / static_cast<double>(pairs) : -9; }
  // (The mean as if read on a few more pairs of none: a few pairs that all go on by chance
  // do not outweigh many that mostly do.)
  double weighed() const { return pairs ? sum / (static_cast<double>(pairs) + evidence_prior) : -9; }
};

continuity continuity_at(std::span<const std::string_view> run, std::size_t step) {
  continuity c;
  for (std::size_t i = 0; i + step < run.size(); ++i) {
    c.sum += goes_on(run[i], run[i + step]);
    ++c.pairs;
  }
  return c;
}

// How a run is read: its first `skip` lines as they stand (a head, a folio, a byline
// over the columns, a block of a line too), the rest as `columns` columns' lines in turn.
struct reading {
  std::size_t columns = 0;  // (0: the run as it stands)
  std::size_t skip = 0;
  double score = 0;
};

// Whether some line of the run is followed by one that cannot go on it (a sentence's end
// before lower case, a comma before a capital): lines in their order show none but where an
// abbreviation's period looks like an end, columns read in turn show them where a line ends
// a sentence.
bool broken_somewhere(std::span<const std::string_view> run) {
  for (std::size_t i = 0; i + 1 < run.size(); ++i)
    if (goes_on(run[i], run[i + 1]) < 0) return true;
  return false;
}

// Whether a column of the run read as `step` columns in turn ends with a sentence's end, or
// is gone on by the line after the run.
bool columns_end_or_go_on(std::span<const std::string_view> run, std::size_t step, std::string_view next) {
  for (std::size_t i = run.size() > step ? run.size() - step : 0; i < run.size(); ++i)
    if (ends_sentence(run[i]) || (!next.empty() && goes_on(run[i], next) > 0)) return true;
  return false;
}

// The run's columns read in turn from its line `skip` on (columns 0: read as it stands).
// Its columns end where it ends (a sentence's end ends one of them), or go on in the line
// after it (`next`, the first of a block of more lines that the extractor printed the
// columns' rest in, goes on one of them).
reading interleaved_from(std::span<const std::string_view> lines, std::size_t skip, std::string_view next_line) {
  const std::span<const std::string_view> run = lines.subspan(skip);
  if (!broken_somewhere(run)) return {};
  const double next = continuity_at(run, 1).mean();
  reading best;
  for (std::size_t k = 2; k <= max_columns; ++k) {
    const continuity c = continuity_at(run, k);
    if (best.columns == 0 || c.weighed() > best.score + tie) best = {k, skip, c.weighed()};
  }
  const double mean = continuity_at(run, best.columns).mean();
  return mean >= next + margin && mean >= least && columns_end_or_go_on(run, best.columns, next_line) ? best : reading{};
}

// The run read best: as it stands, or a few lines as they stand and the rest in turn. (A
// line over the columns, a folio or a head, cannot be told from a first column's head set
// in turn with the others': read so, unless reading it as it stands goes on clearly better.)
reading interleaved_columns(std::span<const std::string_view> run, std::string_view next) {
  reading best;
  // (Lines in their order break nowhere, and neither do the same lines from a later one:
  // most runs, a double-spaced page's, are read as they stand after this one pass.)
  if (!broken_somewhere(run)) return best;
  for (std::size_t skip = 0; skip < max_columns && run.size() >= skip + min_run; ++skip) {
    const reading r = interleaved_from(run, skip, next);
    if (r.columns != 0 && (best.columns == 0 || r.score > best.score + tie)) best = r;
  }
  return best;
}

}  // namespace

// Whether the page holds min_run lines in a row that stand alone between blank lines, the
// least a run is: one pass over its line ends before any line is kept (most pages hold none,
// and this runs on every page: en-1MB 14 M instructions without it).
bool may_hold_run(std::string_view page) {
  std::size_t alone = 0;        // lines alone in a row so far
  bool after_blank = true;      // the line before is blank (or the page starts)
  bool candidate = false;       // the last line had a blank line over it; alone if one follows
  for (std::size_t at = 0; at <= page.size();) {
    const std::size_t end = std::min(page.find('\n', at), page.size());
    std::size_t k = at;
    while (k < end && (page[k] == ' ' || page[k] == '\t' || page[k] == '\r')) ++k;
    if (k == end) {
      if (candidate && ++alone >= min_run) return true;
      candidate = false;
      after_blank = true;
    } else {
      if (candidate || !after_blank) alone = 0;
      candidate = after_blank;
      after_blank = false;
    }
    at = end + 1;
  }
  return candidate && alone + 1 >= min_run;
}

std::optional<unfolded_page> unthread_interleaved_lines(std::string_view page) {
  if (!may_hold_run(page)) return std::nullopt;
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < page.size();) {
    const std::size_t end = std::min(page.find('\n', at), page.size());
    lines.push_back(page.substr(at, end - at));
    at = end + 1;
  }
  const std::size_t n = lines.size();
  const auto blank = [&](std::size_t i) { return trim(lines[i]).empty(); };
  // A line standing as a block of its own, blank lines (or the page's ends) around it.
  const auto alone = [&](std::size_t i) {
    return !blank(i) && (i == 0 || blank(i - 1)) && (i + 1 == n || blank(i + 1)) && run_line(trim(lines[i]));
  };
  std::optional<unfolded_page> out;
  std::size_t copied = 0;  // lines [0, copied) are in out
  const auto emit = [&](std::size_t i) {
    out->text.append(lines[i]);
    out->text.push_back('\n');
    out->source.push_back(static_cast<std::uint32_t>(i));
  };
  std::vector<std::size_t> at;
  std::vector<std::string_view> run;
  for (std::size_t i = 0; i < n;) {
    if (!alone(i)) {
      ++i;
      continue;
    }
    at.clear();
    std::size_t j = i;
    while (j < n && alone(j)) {
      at.push_back(j++);
      while (j < n && blank(j)) ++j;
    }
    run.clear();
    for (const std::size_t k : at) run.push_back(trim(lines[k]));
    const std::string_view next = j < n ? trim(lines[j]) : std::string_view();
    const reading r = at.size() >= min_run ? interleaved_columns(run, next) : reading{};
    if (r.columns == 0) {
      i = j;
      continue;
    }
    if (!out) {
      out.emplace();
      out->page_lines = static_cast<std::uint32_t>(n);
      out->text.reserve(page.size() + 16);
    }
    const std::size_t first = at[r.skip];
    for (; copied < first; ++copied) emit(copied);
    // (The blank line under the run's first line read in turn parts the columns.)
    for (std::size_t c = 0; c < r.columns; ++c) {
      if (c > 0) emit(first + 1);
      for (std::size_t k = r.skip + c; k < at.size(); k += r.columns) emit(at[k]);
    }
    out->rows_unfolded += static_cast<std::uint32_t>(at.size() - r.skip);
    copied = at.back() + 1;
    i = j;
  }
  if (!out) return std::nullopt;
  for (; copied < n; ++copied) emit(copied);
  return out;
}

}  // namespace galley::detail
