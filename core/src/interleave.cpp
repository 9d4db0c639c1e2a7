#include "interleave.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <span>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// Columns read in turn rest on at least this many pairs: a run of four lines read as three
// columns rests on one, which any two paragraphs' lines out of OCR in their order show
// where a paragraph's line goes on the other's.
constexpr std::size_t least_pairs = 2;

bool space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
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

// Whether s has two words or more led by a letter and all of them led by a capital, as a
// head, a folio or a byline is set ("Page A7 Business", "By Jane Moss"): such a line ends
// its text where it does not end a sentence, and a line under it in lower case goes on
// another (OCR prints a box's head, byline and paragraph lines a block each, in order).
bool title_case(std::string_view s) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (letter(s[i]) && (i == 0 || space(s[i - 1]))) {
      if (lower(s[i])) return false;
      ++words;
    }
  return words >= 2;
}

// How surely a line goes on line a's text (a trimmed, non-empty), by whether it starts in
// lower case: a word a hyphen broke and lower case after it, most; a sentence going on in
// lower case; a line ending a sentence before one in lower case, or a comma before one in
// upper case, reads as no continuation, and a title-case line before lower case as none.
// Worked out once a line: a run's pairs are weighed at four steps and four starts, and
// only a's end and b's first letter (and a's words' first letters) tell.
struct gone_on {
  double by_lower = 0, by_other = 0;
  bool ended = false;  // (a ends a sentence)
  double by(std::string_view b) const { return lower(b.front()) ? by_lower : by_other; }
};

gone_on gone_on_of(std::string_view a) {
  gone_on g;
  g.ended = ends_sentence(a);
  if (a.size() > 1 && a.back() == '-' && letter(a[a.size() - 2])) {
    g.by_lower = 2, g.by_other = 0.5;
  } else {
    g.by_lower = g.ended ? -1 : title_case(a) ? 0 : 1;
    g.by_other = a.back() == ',' || a.back() == ';' ? -0.25 : 0;
  }
  return g;
}

// A line that may be one of a run's: Latin text (no ideograph, whose UTF-8 lead bytes start
// at E3, and no form feed). (A paragraph's last word alone is one of its column's lines.)
bool run_line(std::string_view s) {
#if defined(__SSE2__)
  // (Sixteen bytes at a time, the last sixteen read over again: every line of a page set a
  // paragraph a line stands alone, and a byte at a time this was a sixth of the pass's cost
  // on en-1MB. The module's SIMD too.)
  if (s.size() >= 16) {
    const auto latin = [](const char* p) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8('\xE3')), v);
      return _mm_movemask_epi8(_mm_or_si128(high, _mm_cmpeq_epi8(v, _mm_set1_epi8('\f')))) == 0;
    };
    for (std::size_t i = 0; i + 16 <= s.size(); i += 16)
      if (!latin(s.data() + i)) return false;
    return latin(s.data() + s.size() - 16);
  }
#endif
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

// How a run is read: its first `skip` lines as they stand (a head, a folio, a byline
// over the columns, a block of a line too), the rest as `columns` columns' lines in turn.
struct reading {
  std::size_t columns = 0;  // (0: the run as it stands)
  std::size_t skip = 0;
  double score = 0;
};

// A run's lines (trimmed) and, for each step 1..max_columns, its continuity from each of
// the first max_columns lines on, from one pass over its pairs a step. (Each pair scores a
// multiple of a quarter: the sums are exact, whatever their order, so a sum from a later
// line, the whole less the first few pairs, is the double that adding them up from there
// gives.)
class run_pairs {
 public:
  explicit run_pairs(std::span<const std::string_view> run) : run_(run) {
    facts_.reserve(run.size());
    for (const std::string_view line : run) facts_.push_back(gone_on_of(line));
    // (A run that breaks nowhere is read as it stands: its other steps are not weighed.)
    add_up(1);
    if (!broken_from(0)) return;
    for (std::size_t step = 2; step <= max_columns; ++step) add_up(step);
  }
  std::size_t size() const { return run_.size(); }
  // Whether some line from `from` on is followed by one that cannot go on it (a sentence's
  // end before lower case, or a comma before a capital twice): lines in their order show
  // none but where an abbreviation's period looks like an end, columns read in turn show
  // them where a line ends a sentence. (One comma before a capital is a list's, or a name's
  // after a clause: OCR's lines of two columns read as one break so once by chance.)
  bool broken_from(std::size_t from) const { return std::max(last_break_, soft_[0]) > from; }
  // The continuity a step down from line `from` (from < max_columns) on.
  continuity at(std::size_t from, std::size_t step) const {
    if (from + step >= run_.size()) return {};
    return {total_[step] - before_[step][from], run_.size() - from - step};
  }
  // Whether a column of the run read as `step` columns in turn ends with a sentence's end,
  // or is gone on by the line after the run.
  bool columns_end_or_go_on(std::size_t step, std::string_view next) const {
    for (std::size_t i = run_.size() > step ? run_.size() - step : 0; i < run_.size(); ++i)
      if (facts_[i].ended || (!next.empty() && facts_[i].by(next) > 0)) return true;
    return false;
  }

 private:
  void add_up(std::size_t step) {
    double sum = 0;
    for (std::size_t i = 0; i + step < run_.size(); ++i) {
      if (i < max_columns) before_[step][i] = sum;
      const double g = facts_[i].by(run_[i + step]);
      sum += g;
      if (step == 1 && g < 0) {
        if (g <= -1) last_break_ = i + 1;
        else soft_[0] = soft_[1], soft_[1] = i + 1;
      }
    }
    total_[step] = sum;
  }

  std::span<const std::string_view> run_;
  std::vector<gone_on> facts_;
  double total_[max_columns + 1] = {};
  double before_[max_columns + 1][max_columns] = {};  // (the sum over the pairs before line i)
  std::size_t last_break_ = 0;                        // (a sentence end before lower case: 0, none; else one past its first line)
  std::size_t soft_[2] = {};                          // (the last two soft breaks, so counted)
};

// The run's columns read in turn from its line `skip` on (columns 0: read as it stands).
// Its columns end where it ends (a sentence's end ends one of them), or go on in the line
// after it (`next`, the first of a block of more lines that the extractor printed the
// columns' rest in, goes on one of them).
reading interleaved_from(const run_pairs& run, std::size_t skip, std::string_view next_line) {
  if (!run.broken_from(skip)) return {};
  const double next = run.at(skip, 1).mean();
  reading best;
  for (std::size_t k = 2; k <= max_columns; ++k) {
    const continuity c = run.at(skip, k);
    if (best.columns == 0 || c.weighed() > best.score + tie) best = {k, skip, c.weighed()};
  }
  const continuity in_turn = run.at(skip, best.columns);
  const double mean = in_turn.mean();
  return in_turn.pairs >= least_pairs && mean >= next + margin && mean >= least && run.columns_end_or_go_on(best.columns, next_line) ? best : reading{};
}

// The run read best: as it stands, or a few lines as they stand and the rest in turn. (A
// line over the columns, a folio or a head, cannot be told from a first column's head set
// in turn with the others': read so, unless reading it as it stands goes on clearly better.)
reading interleaved_columns(std::span<const std::string_view> lines, std::string_view next) {
  reading best;
  const run_pairs run(lines);
  // (Lines in their order break nowhere, and neither do the same lines from a later one:
  // most runs, a double-spaced page's, are read as they stand after this one pass.)
  if (!run.broken_from(0)) return best;
  for (std::size_t skip = 0; skip < max_columns && run.size() >= skip + min_run; ++skip) {
    const reading r = interleaved_from(run, skip, next);
    if (r.columns != 0 && (best.columns == 0 || r.score > best.score + tie)) best = r;
  }
  return best;
}

}  // namespace

namespace {

// Where the line from byte `from` ends (its '\n', or the page's end).
std::size_t line_end(std::string_view page, std::size_t from) {
#if defined(__SSE2__)
  // (Most lines end within sixteen bytes of where they start, or a blank line's: a call to
  // memchr costs more than the line's bytes. The module's SIMD too.)
  if (from + 16 <= page.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(page.data() + from));
    if (const auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))))) return from + std::countr_zero(m);
    from += 16;
  }
#endif
  return std::min(page.find('\n', from), page.size());
}

// A line of the page: its bytes [begin, end) and its text trimmed.
struct page_line {
  std::size_t index = 0, begin = 0, end = 0;
  std::string_view trimmed;
};

// The page with its runs read in turn, built as they are found: the lines before a run as
// they stand, then its columns.
class unthreader {
 public:
  explicit unthreader(std::string_view page) : page_(page) {}

  // A run of min_run lines or more standing alone (blank lines only between them), and the
  // trimmed line after it (empty at the page's end).
  void read_run(std::span<const page_line> at, std::string_view next) {
    run_.clear();
    for (const page_line& l : at) run_.push_back(l.trimmed);
    const reading r = interleaved_columns(run_, next);
    if (r.columns == 0) return;
    if (!out_) {
      out_.emplace();
      out_->text.reserve(page_.size() + 16);
    }
    const page_line& first = at[r.skip];
    copy_to(first.index, first.begin);
    // (The blank line under the run's first line read in turn parts the columns.)
    const std::size_t under = first.end + 1;
    const std::size_t under_end = std::min(page_.find('\n', under), page_.size());
    for (std::size_t c = 0; c < r.columns; ++c) {
      if (c > 0) emit(first.index + 1, under, under_end);
      for (std::size_t k = r.skip + c; k < at.size(); k += r.columns) emit(at[k].index, at[k].begin, at[k].end);
    }
    out_->rows_unfolded += static_cast<std::uint32_t>(at.size() - r.skip);
    copied_ = at.back().index + 1;
    copied_at_ = std::min(at.back().end + 1, page_.size());
  }

  std::optional<unfolded_page> finish(std::size_t lines) {
    if (!out_) return std::nullopt;
    out_->page_lines = static_cast<std::uint32_t>(lines);
    copy_to(lines, page_.size());
    // (Each line is kept with a line end, the page's last one too.)
    if (!out_->text.empty() && out_->text.back() != '\n') out_->text.push_back('\n');
    return std::move(out_);
  }

 private:
  void emit(std::size_t index, std::size_t begin, std::size_t end) {
    out_->text.append(page_.substr(begin, end - begin));
    out_->text.push_back('\n');
    out_->source.push_back(static_cast<std::uint32_t>(index));
  }
  // The lines from the last one copied up to line `index`, which starts at byte `at`, as
  // they stand (each with its line end).
  void copy_to(std::size_t index, std::size_t at) {
    out_->text.append(page_.substr(copied_at_, at - copied_at_));
    for (; copied_ < index; ++copied_) out_->source.push_back(static_cast<std::uint32_t>(copied_));
    copied_at_ = at;
  }

  std::string_view page_;
  std::optional<unfolded_page> out_;
  std::size_t copied_ = 0, copied_at_ = 0;  // lines [0, copied_), bytes [0, copied_at_), are in out_
  std::vector<std::string_view> run_;
};

}  // namespace

std::optional<unfolded_page> unthread_interleaved_lines(std::string_view page) {
  unthreader out(page);
  // One pass over the page's line ends, each line's first bytes looked at (this runs on
  // every page, most of which hold no run): lines standing alone (blank lines or the page's
  // ends around them) that may be a run's, blank lines only between them, are read as a run
  // at the first other line.
  std::vector<page_line> at;
  std::size_t lines = 0;
  bool after_blank = true;  // (the line before is blank, or the page starts)
  std::optional<page_line> candidate;  // (the last line, with a blank line over it)
  // (Most lines close no run: a line alone in Chinese, or a paragraph's first.)
  const auto close_run = [&](std::string_view next) {
    if (at.size() >= min_run) out.read_run(at, next);
    at.clear();
  };
  const auto standing_alone = [&](const page_line& line) {
    if (run_line(line.trimmed)) {
      at.push_back(line);
    } else {
      close_run(line.trimmed);
    }
  };
  for (std::size_t from = 0; from <= page.size();) {
    const std::size_t end = line_end(page, from);
    std::size_t k = from;
    while (k < end && space(page[k])) ++k;
    if (k == end) {  // (a blank line, or the page's end)
      if (candidate) standing_alone(*candidate);
      candidate.reset();
      after_blank = true;
    } else {
      if (candidate) {  // (a line with one under it)
        close_run(candidate->trimmed);
        candidate.reset();
      } else if (after_blank) {
        candidate = page_line{lines, from, end, trim(page.substr(k, end - k))};
      }
      after_blank = false;
    }
    if (from < page.size()) ++lines;
    from = end + 1;
  }
  if (candidate) standing_alone(*candidate);
  close_run(std::string_view());
  return out.finish(lines);
}

}  // namespace galley::detail
