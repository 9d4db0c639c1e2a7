#include "units.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cohesion.hpp"
#include "lexicon.hpp"


namespace galley::detail {

namespace {

// Three display lines, the first of another width than the two under it, which wrap (the
// last no wider): the first is set over a headline wrapped in two, not part of it.
GALLEY_SMALL bool first_of_three_apart(int first, int second, int third) {
  if (first <= 0 || second <= 0) return false;
  const double ratio = double(third) / second;
  return (10 * second > 11 * first || 10 * second < 9 * first) && ratio > 0.6 && ratio < 1.05;
}

bool cjk_like(char32_t c) {
  const auto k = classify(c);
  return k == char_class::cjk || k == char_class::cjk_punct;
}
bool is_latin_letter(char32_t c) { return classify(c) == char_class::latin; }

// Whether a mark that Chinese and Latin text share is the Latin text's: a curly quote or
// other such mark against Latin text ("“market", "soon”"), or a dash or ellipsis set apart
// by a space ("the firm — a broker"). beyond: the character on the mark's other side.
bool mark_reads_latin(char32_t mark, char32_t beyond) {
  const bool spaced_mark = mark == U'—' || mark == U'―' || mark == U'…';
  return is_shared_punct(mark) && (is_latin_text(beyond) || (beyond == U' ' && spaced_mark));
}

// Whether the text reads as Latin at its end (at its start): a Latin letter, digit or ASCII
// mark there, or a shared mark that reads so ("…said the" / "“market", "…soon”" / "and",
// "…the firm —" / "a broker"). Such a line break of a Latin page is a space, as between
// any two Latin lines.
bool latin_end(std::u32string_view a) {
  if (a.empty()) return false;
  const char32_t c = a.back();
  return is_latin_text(c) || mark_reads_latin(c, a.size() >= 2 ? a[a.size() - 2] : 0);
}
bool latin_start(std::u32string_view b) {
  if (b.empty()) return false;
  const char32_t c = b.front();
  return is_latin_text(c) || mark_reads_latin(c, b.size() >= 2 ? b[1] : 0);
}
bool is_lower(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= 0xDF && c <= 0xFF); }
bool is_upper(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE); }

// s held at its size, by a copy. (shrink_to_fit and reserve bring libc++'s
// __shrink_or_extend for char32_t into the WASM module, 0.4 KB of its budget, and the
// copy was chosen when nothing else reserved; a body unit's text now has its room
// reserved, see body_text_room(), and add_cjk_latin_spaces() reserves too.)
void fit(std::u32string& s) {
  if (s.capacity() - s.size() > s.size() / 8) s = std::u32string(s);
}

// The characters around the two a space stands between: before_a and after_b (0 at the
// line's ends), and whether the line holds no CJK character (latin_line).
struct space_context {
  char32_t before_a = 0, after_b = 0;
  bool latin_line = false;
};

// The ASCII marks Chinese text prints full-width: brackets, colon, semicolon, comma, "!", "?".
bool cjk_text_mark(char32_t c) {
  return c == U'(' || c == U')' || c == U':' || c == U';' || c == U',' || c == U'!' || c == U'?';
}

// keeps_space() past its first tests.
bool keeps_space_rare(char32_t a, char32_t b, bool justified, const options& opts, const space_context& around) {
  auto ca = classify(a), cb = classify(b);
  // On a line of no CJK character, a shared mark that reads as Latin text is the Latin
  // text's ("said “market”", "soon” and", "word — word"), when Latin text is on the space's
  // other side too. In Chinese text ("使用 “AI” 技术", "1000 — 1100人") it stays CJK
  // punctuation. (The line's ends, 0, count as spaces.)
  if (around.latin_line) {
    const auto or_space = [](char32_t c) { return c == 0 ? U' ' : c; };
    const bool a_latin = mark_reads_latin(a, or_space(around.before_a)), b_latin = mark_reads_latin(b, or_space(around.after_b));
    if (a_latin && (b_latin || is_latin_text(b))) ca = char_class::punct;
    if (b_latin && (a_latin || is_latin_text(a))) cb = char_class::punct;
  }
  if ((ca == char_class::cjk && is_hangul(a)) || (cb == char_class::cjk && is_hangul(b))) return true;
  if (justified && (cjk_like(a) || cjk_like(b))) return false;
  // Justification spreads single glyphs too: "1 / 3", "MQ - 9" were "1/3", "MQ-9".
  if (justified && (ca == char_class::punct || cb == char_class::punct)) return false;
  if (ca == char_class::cjk_punct || cb == char_class::cjk_punct) return false;
  if (ca == char_class::cjk && cb == char_class::cjk) return true;
  if ((ca == char_class::cjk && cb == char_class::digit) || (ca == char_class::digit && cb == char_class::cjk)) return false;
  // An ASCII mark beside an ideograph stands for a full-width one, as OCR reads them, set
  // apart by spaces: "联播): 根据", "今天 (5月21日) 上午", "陈立摄 (新华社发)". Chinese sets
  // no space beside its marks.
  if ((ca == char_class::cjk && cjk_text_mark(b)) || (cb == char_class::cjk && cjk_text_mark(a))) return false;
  if (ca == char_class::cjk || cb == char_class::cjk) return opts.spacing != latin_spacing::remove;
  return true;
}

// Whether the run of spaces between a and b stays (as one space); see despace(). (Inline
// for the spaces between two ASCII characters, most of a Latin page's, and between two
// common ideographs, most of a CJK page's: the tests of keeps_space_rare() give the same.)
inline bool keeps_space(char32_t a, char32_t b, bool justified, const options& opts, const space_context& around) {
  if (a < 0x80 && b < 0x80) {
    // (Only justification around punctuation takes such a space out.)
    return !justified || (ascii::classes.of[a] != char_class::punct && ascii::classes.of[b] != char_class::punct);
  }
  // (Hangul, of the class cjk, lies outside these.)
  const auto ideograph = [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; };
  if (ideograph(a) && ideograph(b)) return !justified;
  return keeps_space_rare(a, b, justified, opts, around);
}

// is_space(), printable ASCII (most characters of a Latin page) told apart by one test.
// (Inlined like is_space(): a call a character cost a third of the units stage on English.)
[[gnu::always_inline]] inline bool spaced(char32_t c) { return c - 0x21 >= 0x5F && is_space(c); }

// A CJK character that a justified line's space beside another of them never stays next
// to: an ideograph, or CJK punctuation (see keeps_space_rare(); Hangul, which keeps its
// spaces, is neither).
[[gnu::always_inline]] inline bool spread_apart(char32_t c) {
  return c - 0x4E00 < 0x5200 || c - 0x3001 < 0x3F || c - 0xFF01 < 0xF || c - 0xFF1A < 7 || c - 0x2018 < 8;
}

// despace() on a justified line from s[n] on, past the characters set one space apart
// ("中 国 ， 人"), most of a justified Chinese line: each written to o, its space removed
// and counted as keeps_space() would. Returns where the line goes on otherwise.
std::size_t spread_pairs(std::u32string_view s, std::size_t n, char32_t*& o, statistics& st) {
  std::size_t removed = 0;
  // (Each character after the first asked once: as the one after a space, then as the one
  // before the next.)
  if (n < s.size() && spread_apart(s[n])) {
    while (n + 2 < s.size() && s[n + 1] == U' ' && spread_apart(s[n + 2])) {
      *o++ = s[n];
      n += 2;
      ++removed;
    }
  }
  st.layout_spaces_removed += removed;
  return n;
}

// How far an unjustified line reads as printable ASCII words one space apart, every space
// of which despace() keeps: most lines of a Latin page, read to their end. (Where it stops,
// despace() decides as ever: its tests at each space, made for any line, were a third more
// of a Latin page's despacing.)
std::size_t ascii_words_end(std::u32string_view s) {
  std::size_t k = 0;
  while (k < s.size()) {
    if (s[k] - 0x21 < 0x5F) ++k;  // (a printable character, no space)
    // A space between two printable ASCII characters (the one before read by this loop).
    else if (s[k] == U' ' && k > 0 && k + 1 < s.size() && s[k + 1] - 0x21 < 0x5F) k += 2;
    else break;
  }
  return k;
}

}  // namespace

// Removes the spaces a justified or extracted line carries that the printed text did not
// mean; counts them. Meaningful spaces stay: between Latin words, between two CJK words on
// an unjustified line ("记者 武霈"), in Hangul. Returns s itself when nothing changes (most
// lines of a Latin page, single spaces between words, kept), else a view of the text
// written at the start of out (overwritten, so that one buffer serves every line of the
// page; it only grows: a resize down and up again filled its room anew for each line).
std::u32string_view despace(std::u32string_view s, bool justified, const options& opts, statistics& st,
                            std::u32string& out, bool fast_paths, bool latin_line) {
  // Read up to the first run of spaces that does not stay as it is: one ' ' kept.
  std::size_t k = !justified && fast_paths ? ascii_words_end(s) : 0;
  for (;; ++k) {
    while (k < s.size() && !spaced(s[k])) ++k;
    if (k == s.size()) return s;
    if (k == 0 || k + 1 == s.size() || s[k] != U' ' || spaced(s[k + 1]) ||
        !keeps_space(s[k - 1], s[k + 1], justified, opts, {k >= 2 ? s[k - 2] : 0, k + 2 < s.size() ? s[k + 2] : 0, latin_line}))
      break;
  }
  // From there written through a pointer into room for all of s (the text never grows):
  // an append a word, with its checks, cost more on English than the decisions about the
  // spaces.
  if (out.size() < s.size()) out.resize(s.size());
  char32_t* const begin = out.data();
  char32_t* o = std::copy(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(k), begin);
  while (k < s.size()) {
    std::size_t n = k;
    if (justified && fast_paths) n = spread_pairs(s, n, o, st);
    while (n < s.size() && !spaced(s[n])) *o++ = s[n++];
    if (n == s.size()) break;
    for (k = n; n < s.size() && spaced(s[n]);) ++n;
    const std::size_t run = n - k;
    k = n;
    if (o == begin || n == s.size()) { st.layout_spaces_removed += run; continue; }
    const bool keep =
        keeps_space(o[-1], s[n], justified, opts, {o - begin >= 2 ? o[-2] : 0, n + 1 < s.size() ? s[n + 1] : 0, latin_line});
    if (keep) *o++ = U' ';
    st.layout_spaces_removed += keep ? run - 1 : run;
  }
  return {begin, static_cast<std::size_t>(o - begin)};
}

namespace {

// Pangu spacing: one space between CJK and Latin letters or digits.
GALLEY_SMALL std::u32string add_cjk_latin_spaces(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (k > 0) {
      const auto a = classify(s[k - 1]), b = classify(s[k]);
      const bool ab = a == char_class::cjk && (b == char_class::latin || b == char_class::digit) && !is_cjk(s[k]);
      const bool ba = (a == char_class::latin || a == char_class::digit) && !is_cjk(s[k - 1]) && b == char_class::cjk;
      if (ab || ba) out.push_back(U' ');
    }
    out.push_back(s[k]);
  }
  return out;
}

// ASCII capitals lower-cased (the page's words are compared so).
char32_t fold(char32_t c) { return c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c; }

// Line-end hyphens between letters, each kept (a compound) or removed (a word split in two)
// by the page's own usage: whether the page spells the word with the hyphen inside a line,
// or without it. The words are looked up for all of a page's hyphens at once, in one pass
// over the page's words (runs of Latin letters, with hyphens between letters) that
// compares only those of a length and first letter asked for: a set of every word on the
// page, filled for a few lookups, was 10% of an English run. A hyphen stays in its unit's
// text until then; the hyphens are decided early when something is about to read the text
// where one stands (a display unit's tests, the next hyphen's word before it). 127 of
// en-1MB's 222 pages have none: their words are never read.
class line_end_hyphens {
 public:
  line_end_hyphens(const page_text& text, const std::vector<line>& lines, const line_chars& chars, std::vector<unit>& units)
      : text_(text), lines_(lines), chars_(chars), units_(units) {}
  struct question {
    std::size_t unit_index = 0;  // in the page's units
    std::size_t at = 0;          // where the hyphen stands in the unit's text
    std::u32string word;         // "left-right", lower-cased
    std::size_t left = 0;        // where the hyphen stands in word
    bool compound_unless_joined = false;  // (a compound when the page spells it neither way)
    bool hyphenated = false, joined = false;  // spelt so on the page
  };
  void ask(question q) { asked_.push_back(std::move(q)); }
  /** Whether a hyphen of the unit's text waits for its decision at position at. */
  bool waits(std::size_t unit_index, std::size_t at) const {
    return !asked_.empty() && asked_.back().unit_index == unit_index && asked_.back().at == at;
  }
  /** Decides every hyphen asked about, removing those of split words from their units' text. */
  GALLEY_SMALL void decide(statistics& st);

 private:
  // (The page's word scan, per character, kept out of decide()'s code built for size.)
  [[gnu::noinline]] void read_words();
  void look_up_words();
  void remove_split_hyphens(std::size_t from, std::size_t to, statistics& st);
  const page_text& text_;
  const std::vector<line>& lines_;
  const line_chars& chars_;
  std::vector<unit>& units_;
  std::vector<question> asked_;  // (in the order of the text: a unit's, by position)
  // A page read once by read_words(); after that, or for many questions at once, its words
  // in a set (words_ once filled): a scan a decision, or every question compared with every
  // word the filter lets by, grew with the square of the page's hyphens (a page of 100,000
  // line-end hyphens took 31 s where the set takes a fraction of one).
  bool scanned_ = false;
  bool words_filled_ = false;
  string_set words_;
};

// A word's character as a code point (the bytes of an ASCII line are).
inline char32_t code(char c) { return static_cast<unsigned char>(c); }
inline char32_t code(char32_t c) { return c; }

// Whether the word s, as on the page (its code points, or an ASCII line's bytes), is w lower-cased.
template <class Char>
bool spells(std::basic_string_view<Char> s, std::u32string_view w) {
  if (s.size() != w.size()) return false;
  for (std::size_t k = 0; k < s.size(); ++k)
    if (fold(code(s[k])) != w[k]) return false;
  return true;
}

// Calls f(word) for each word of s: a run of Latin letters, hyphens between letters included.
template <class F>
void each_word(std::u32string_view s, F f) {
  std::size_t k = 0;
  while (k < s.size()) {
    while (k < s.size() && !is_latin_letter(s[k])) ++k;
    std::size_t e = k;
    while (e < s.size() && (is_latin_letter(s[e]) || (s[e] == U'-' && e + 1 < s.size() && is_latin_letter(s[e + 1])))) ++e;
    if (e > k) f(s.substr(k, e - k));
    k = e;
  }
}

#if defined(__SSE2__)
// each_word() on a line of ASCII bytes [p, q), sixteen bytes at a time by SSE2 (every
// x86-64 processor has it; the module, WebAssembly SIMD): the letters and hyphens as bits, a bit a byte, and the
// words read from where the bits of their characters change. At least sixteen bytes must
// follow q (they are read, and masked off). A code point at a time the loop cost about 8
// instructions a character, and an English page with line-end hyphens has every word read.
template <class F>
void each_ascii_word(const char* p, const char* q, F f) {
  const auto letters = [](__m128i v) {
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // (past ASCII: negative, no letter)
    return static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)))));
  };
  unsigned letter_before = 0;  // the byte before the sixteen was a letter
  unsigned in_word = 0;        // ... of a word
  const char* start = p;
  for (const char* k = p; k < q; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(k));
    const unsigned line = q - k >= 16 ? 0xFFFF : (1u << (q - k)) - 1;  // (the line's bytes)
    const unsigned l = letters(v) & line;
    const unsigned h = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')))) & line;
    // A word's bytes: letters, and a hyphen between two letters. (A letter after each byte,
    // in the line, past the sixteen too: read only where a hyphen stands, in few sixteens.)
    unsigned word = l;
    if (h != 0) {
      const unsigned next = letters(_mm_loadu_si128(reinterpret_cast<const __m128i*>(k + 1))) &
                            (q - k > 16 ? 0xFFFF : (1u << (q - k - 1)) - 1);
      word |= h & ((l << 1) | letter_before) & next;
    }
    for (unsigned change = (word ^ ((word << 1) | in_word)) & 0xFFFF; change != 0; change &= change - 1) {
      const char* const at = k + std::countr_zero(change);
      if (in_word) f(std::string_view(start, static_cast<std::size_t>(at - start)));
      else start = at;
      in_word ^= 1;
    }
    letter_before = l >> 15;
  }
  if (in_word) f(std::string_view(start, static_cast<std::size_t>(q - start)));
}
#endif

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> latin_word_spans(std::string_view ascii_line, [[maybe_unused]] bool fast_path) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
#if defined(__SSE2__)
  if (fast_path) {
    const std::string padded = std::string(ascii_line) + std::string(16, '\n');  // (the bytes each_ascii_word reads past)
    each_ascii_word(padded.data(), padded.data() + ascii_line.size(), [&](std::string_view w) {
      spans.emplace_back(static_cast<std::size_t>(w.data() - padded.data()), w.size());
    });
    return spans;
  }
#endif
  std::u32string s(ascii_line.size(), U' ');
  std::transform(ascii_line.begin(), ascii_line.end(), s.begin(), [](char c) { return code(c); });
  each_word(s, [&](std::u32string_view w) { spans.emplace_back(static_cast<std::size_t>(w.data() - s.data()), w.size()); });
  return spans;
}

namespace {

// Where a word of the length and first letter (lower-cased) falls in read_words()'s filter
// of 256 bits: the length modulo 8 beside the letter's low 5 bits. (A set of the lengths
// asked for and one of the first letters, apart, let most words through on a page of a
// dozen hyphens, each then compared with every question.)
std::size_t word_key(std::size_t length, char32_t first) { return (length & 7) << 5 | (first & 31); }

void line_end_hyphens::read_words() {
  // The questions by the filter's key of each word that may answer one (spelt with its
  // hyphen, or joined: a letter shorter), chained: a word the filter lets by is compared
  // only with the questions of its key, not with every question.
  // (chain[2n] is question n's word with its hyphen, chain[2n + 1] its word joined.)
  std::array<std::uint16_t, 256> first{};  // an entry + 1, or 0
  std::vector<std::uint16_t> chain(2 * asked_.size());
  std::uint64_t keys[4] = {};  // (the keys as bits: most words are turned away by one test)
  std::size_t fewest = SIZE_MAX, most = 0;
  for (std::size_t n = 0; n < asked_.size(); ++n) {
    const question& q = asked_[n];
    for (std::size_t form = 0; form < 2; ++form) {
      const std::size_t key = word_key(q.word.size() - form, q.word[0]);
      keys[key >> 6] |= std::uint64_t(1) << (key & 63);
      chain[2 * n + form] = first[key];
      first[key] = static_cast<std::uint16_t>(2 * n + form + 1);
    }
    fewest = std::min(fewest, q.word.size() - 1);  // (left and right are letters only)
    most = std::max(most, q.word.size());
  }
  [[maybe_unused]] const char* const bytes = text_.bytes().data();
  [[maybe_unused]] const char* const bytes_end = bytes + text_.bytes().size();
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    // (Most lines of a Chinese page have no letter.)
    if (static_cast<std::size_t>(lines_[i].latin) < fewest) continue;
    const auto visit = [&](auto w) {
      // (A word shorter than every question's joined or longer than every one's hyphenated
      // answers none: most words, turned away by one compare.)
      if (w.size() - fewest > most - fewest) return;
      const std::size_t key = word_key(w.size(), fold(code(w[0])));
      if (!(keys[key >> 6] >> (key & 63) & 1)) return;
      for (std::size_t e = first[key]; e != 0; e = chain[e - 1]) {
        question& q = asked_[(e - 1) / 2];
        const std::u32string_view h = q.word;  // (joined: without its character at left)
        if (w.size() == h.size()) q.hyphenated = q.hyphenated || spells(w, h);
        else if (w.size() + 1 == h.size())
          q.joined = q.joined || (spells(w.substr(0, q.left), h.substr(0, q.left)) &&
                                  spells(w.substr(q.left), h.substr(q.left + 1)));
      }
    };
    const std::u32string_view s = chars_[i];
#if defined(__SSE2__)
    // (An ASCII line, as many code points as bytes, most of an English page's, from its
    // bytes; not within sixteen bytes of the page's end.)
    const line& l = lines_[i];
    if (s.size() == l.end - l.begin && bytes_end - (bytes + l.end) >= 16) {
      each_ascii_word(bytes + l.begin, bytes + l.end, visit);
      continue;
    }
#endif
    each_word(s, visit);
  }
}

// (Built for size: asked only of a page with more than 64 words split at a line's end.)
GALLEY_SMALL void line_end_hyphens::look_up_words() {
  if (!words_filled_) {
    words_filled_ = true;
    std::u32string folded;
    bool fresh = false;
    for (std::size_t i = 0; i < lines_.size(); ++i)
      each_word(chars_[i], [&](std::u32string_view w) {
        // (Written through a pointer into room that only grows: an append a letter, with
        // its check of the capacity, cost a third of the insert.)
        if (folded.size() < w.size()) folded.resize(w.size());
        char32_t* const f = folded.data();
        for (std::size_t k = 0; k < w.size(); ++k) f[k] = fold(w[k]);
        words_.insert(std::u32string_view(f, w.size()), fresh);
      });
  }
  std::u32string joined;
  for (question& q : asked_) {
    q.hyphenated = words_.find(q.word) >= 0;
    joined.assign(q.word).erase(q.left, 1);
    q.joined = words_.find(joined) >= 0;
  }
}

void line_end_hyphens::decide(statistics& st) {
  if (asked_.empty()) return;
  // (Up to 64 questions: the page's words once, each compared with the few questions of
  // its key; a page of English has up to about 30. Past that, the set.)
  if (!scanned_ && asked_.size() <= 64) {
    scanned_ = true;
    read_words();
  } else {
    look_up_words();
  }
  // A unit's questions stand together, by position: each unit's text is mended in one pass.
  for (std::size_t from = 0; from < asked_.size();) {
    std::size_t to = from + 1;
    while (to < asked_.size() && asked_[to].unit_index == asked_[from].unit_index) ++to;
    remove_split_hyphens(from, to, st);
    from = to;
  }
  asked_.clear();
}

// Removes the hyphens of split words among asked_[from, to), questions of one unit.
void line_end_hyphens::remove_split_hyphens(std::size_t from, std::size_t to, statistics& st) {
  unit& u = units_[asked_[from].unit_index];
  const std::size_t second_at = u.second_at, last_at = u.last_at;
  std::size_t out = asked_[from].at, in = out;  // (nothing moves before the first hyphen)
  for (std::size_t n = from; n < to; ++n) {
    const question& q = asked_[n];
    if (q.hyphenated || (!q.joined && q.compound_unless_joined)) continue;
    // (Where a line joined at the hyphen starts was noted before the hyphen went, as ever:
    // only the places of lines joined later move.)
    if (second_at > q.at + 1) --u.second_at;
    if (last_at > q.at + 1) --u.last_at;
    for (; in < q.at; ++in) u.text[out++] = u.text[in];
    in = q.at + 1;  // (the hyphen left out)
    ++st.line_end_hyphens_removed;
  }
  if (in == out) return;
  for (; in < u.text.size(); ++in) u.text[out++] = u.text[in];
  u.text.resize(out);
}

// The Latin word ending at the end of s (letters only).
std::u32string_view last_word(std::u32string_view s) {
  std::size_t k = s.size();
  while (k > 0 && is_latin_letter(s[k - 1])) --k;
  return s.substr(k);
}
std::u32string_view first_word(std::u32string_view s) {
  std::size_t k = 0;
  while (k < s.size() && is_latin_letter(s[k])) ++k;
  return s.substr(0, k);
}

// Prefixes that form compounds more often than they are split syllables.
GALLEY_SMALL bool compound_prefix(std::u32string_view w) {
  // (Not "pre", "pro", "ex": as often the first syllable of a split word.)
  static constexpr std::u32string_view prefixes[] = {U"well", U"self", U"non", U"half", U"cross", U"long", U"short",
      U"high", U"low", U"full", U"all", U"multi", U"mid", U"anti", U"co", U"vice"};
  for (std::u32string_view p : prefixes)
    if (w == p) return true;
  return false;
}

// Second parts that make compounds ("state-owned", "long-term") and are not the tail of a
// word split in two.
GALLEY_SMALL bool compound_suffix(std::u32string_view w) {
  static constexpr std::u32string_view suffixes[] = {U"based", U"owned", U"term", U"year", U"old", U"off", U"free",
      U"wide", U"backed", U"related", U"listed", U"linked", U"controlled", U"led", U"run", U"made", U"level",
      U"scale", U"style", U"quarter", U"month", U"week", U"day"};
  for (std::u32string_view p : suffixes)
    if (w == p) return true;
  return false;
}

// Number words and ordinals: "two-for-one", "once-off", "zero-coupon", "third-quarter".
GALLEY_SMALL bool number_word(std::u32string_view w) {
  static constexpr std::u32string_view number_words[] = {U"zero", U"one", U"two", U"three", U"four", U"five",
      U"six", U"seven", U"eight", U"nine", U"ten", U"twelve", U"twenty", U"thirty", U"forty", U"fifty", U"hundred",
      U"once", U"first", U"second", U"third", U"fourth", U"single", U"double", U"triple"};
  for (std::u32string_view p : number_words)
    if (w == p) return true;
  return false;
}

// Where the run of Latin letters and digits that a ends in starts, points between two of
// them included ("50.6", "U.S"), no more than 64 characters back: a run that long, a link
// or a code, is one word whatever comes before it.
std::size_t latin_run_start(std::u32string_view a) {
  const auto word_char = [](char32_t c) { return is_latin_letter(c) || (c >= U'0' && c <= U'9'); };
  std::size_t k = a.size();
  const std::size_t stop = a.size() > 64 ? a.size() - 64 : 0;
  while (k > stop && (word_char(a[k - 1]) || (a[k - 1] == U'.' && k < a.size() && k >= 2 && word_char(a[k - 2])))) --k;
  return k;
}

// Whether a break between two Latin letters of Chinese text (a ends in one, b opens with
// one) falls inside a word. A CJK line breaks at any character, inside a Latin word as well
// ("空客A320ne" / "o飞机", "（PV" / "C）"): the word goes on with no space. Two words keep
// theirs: a word the text sets apart by a space ("使用 AI" / "…"), or a capitalised word
// opening the next line ("AI" / "Drive"). Chinese text: the word follows a CJK character.
bool latin_word_cut(std::u32string_view a, std::u32string_view b) {
  const std::size_t k = latin_run_start(a);
  if (k == 0 || (k + 64 > a.size() && !cjk_like(a[k - 1]))) return false;
  return !(b.size() >= 2 && is_upper(b[0]) && is_lower(b[1]));
}

// Whether a ends in a number of Chinese text and a '.' ("…上涨1."): a decimal point where
// the line broke, or a list's "1.", never the end of a sentence, which is "。" there.
bool ends_in_number_point(std::u32string_view a) {
  if (a.size() < 3 || a.back() != U'.' || a[a.size() - 2] < U'0' || a[a.size() - 2] > U'9') return false;
  const std::u32string_view number = a.substr(0, a.size() - 1);
  const std::size_t k = latin_run_start(number);
  return k > 0 && cjk_like(a[k - 1]);
}

// A number of Chinese text cut at its decimal point: "…上涨1." / "5%，…".
bool decimal_cut(std::u32string_view a, std::u32string_view b) {
  return !b.empty() && b.front() >= U'0' && b.front() <= U'9' && ends_in_number_point(a);
}

// A hyphen as extractors print one: ASCII, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
bool is_hyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }

void join_lines(unit& u, std::size_t index, std::u32string_view b, line_end_hyphens& hyphens, bool cjk_page,
                bool split_word, statistics& st) {
  std::u32string& a = u.text;
  if (a.empty() || a.back() == U'\n') { a.append(b); return; }  // (a kept line break)
  if (b.empty()) return;
  // (What follows reads a's last two characters, and the word before a hyphen: a hyphen
  // undecided there is decided first, as it was when each was decided at once.)
  if (a.size() >= 2 && hyphens.waits(index, a.size() - 2)) hyphens.decide(st);
  const char32_t x = a.back(), y = b.front();
  // (A CJK page's line that ends in CJK text, most of them, joins the next with no space:
  // none of the tests below for letters, hyphens and dashes holds for such an end.)
  if (cjk_page && cjk_like(x)) { a.append(b); return; }
  const bool letters = a.size() >= 2 && is_latin_letter(a[a.size() - 2]) && is_latin_letter(y);
  // The line ended in a soft hyphen (removed when the text was read): a word split there.
  if (split_word && is_latin_letter(x) && is_latin_letter(y)) { a.append(b); return; }
  // OCR prints the hyphen of a split word as '¬' (ABBYY): never a compound.
  if (x == U'¬' && letters) {
    a.pop_back();
    ++st.line_end_hyphens_removed;
    a.append(b);
    return;
  }
  // Line-end hyphen between two letters: a split word or a compound?
  if (is_hyphen(x) && letters) {
    std::u32string_view left = last_word(std::u32string_view(a).substr(0, a.size() - 1));
    if (a.size() >= left.size() + 2 && hyphens.waits(index, a.size() - left.size() - 2)) {
      hyphens.decide(st);
      left = last_word(std::u32string_view(a).substr(0, a.size() - 1));
    }
    const std::u32string_view right = first_word(b);
    // Spelt with the hyphen, lower-cased. (std::u32string's operator+ was 1.3 KB of the WASM
    // module, used nowhere else.)
    std::u32string word(left.size() + 1 + right.size(), U'-');
    std::transform(left.begin(), left.end(), word.begin(), fold);
    std::transform(right.begin(), right.end(), word.begin() + static_cast<std::ptrdiff_t>(left.size()) + 1, fold);
    const std::u32string_view lower_left = std::u32string_view(word).substr(0, left.size());
    const std::u32string_view lower_right = std::u32string_view(word).substr(left.size() + 1);
    // A chain ("two-" + "for-one", "one-for-" + "two") is all compound.
    const bool chain = (right.size() < b.size() && b[right.size()] == U'-') ||
                       (a.size() >= left.size() + 2 && a[a.size() - left.size() - 2] == U'-');
    const bool compound_unless_joined =
        chain || compound_prefix(lower_left) || number_word(lower_left) || compound_suffix(lower_right) || is_upper(y);
    hyphens.ask({index, a.size() - 1, std::move(word), left.size(), compound_unless_joined});
    // A display unit's text is read as it grows (its tests for the next line): decided now.
    if (u.kind != role::body) hyphens.decide(st);
    a.append(b);
    return;
  }
  // A dash of hyphens set apart by spaces ("economically --" + "and") stays set apart.
  if (is_hyphen(x) && a.size() >= 3 && is_hyphen(a[a.size() - 2])) {
    std::size_t k = a.size() - 2;
    while (k > 0 && is_hyphen(a[k - 1])) --k;
    if (k > 0 && is_space(a[k - 1])) {
      a.push_back(U' ');
      a.append(b);
      return;
    }
  }
  // A hyphen after a digit or before one ("998-" + "bed", "W-" + "4", "72-" + "3/4") is a
  // compound's own: it stays, and no space goes after it. (A spaced " -" is a dash.)
  if (is_hyphen(x) && a.size() >= 2 && !is_space(a[a.size() - 2]) && (is_latin_letter(y) || (y >= U'0' && y <= U'9'))) {
    a.append(b);
    return;
  }
  // A drop cap: "S" + "INGAPORE".
  if (a.size() == 1 && is_upper(x) && is_upper(y)) { a.append(b); return; }
  if ((cjk_like(x) || cjk_like(y)) && (cjk_page || !latin_end(a) || !latin_start(b))) { a.append(b); return; }
  // An em dash set close to its words ("the firm—" + "a broker") joins them close.
  const auto dash = [](char32_t c) { return c == U'—' || c == U'―'; };
  if ((dash(x) && a.size() >= 2 && !is_space(a[a.size() - 2])) || (dash(y) && b.size() >= 2 && !is_space(b[1]))) { a.append(b); return; }
  // In CJK text only two Latin words keep a space at a line break: a number broken across
  // lines ("96" + "05", "25." + "2万") is one number, and so is a word (latin_word_cut()).
  if (cjk_page && (!(is_latin_letter(x) && is_latin_letter(y)) || latin_word_cut(a, b))) { a.append(b); return; }
  a.push_back(U' ');
  a.append(b);
}

bool final_or_closing(char32_t c) { return is_sentence_final(c) || is_closing(c); }

// A display line ending in a closing quote or bracket that no sentence-final mark precedes
// ("四川：从一“重”") has not ended its headline.
GALLEY_SMALL bool closes_a_phrase(std::u32string_view t) {
  return t.size() >= 2 && is_closing(t.back()) && !is_sentence_final(t[t.size() - 2]);
}

// Whether the first quote or title mark in s closes one ("国”国际会议…", "箍”").
bool closes_first(std::u32string_view s) {
  for (const char32_t c : s) {
    if (closes_quote(c)) return true;
    if (opens_quote(c)) return false;
  }
  return false;
}

// Marks that end a clause or a sentence, or part a list's items: a display line that holds
// one is a phrase of its own, and one that ends in one ends its phrase there.
// (A Latin full stop is not one: initials and abbreviations end in it too.)
bool ends_clause(char32_t c) {
  return is_clause_mark(c) || c == U'。' || c == U'！' || c == U'？' || c == U'…' || c == U'!' || c == U'?';
}
bool has_clause_marks(std::u32string_view s) { return std::any_of(s.begin(), s.end(), ends_clause); }

// Room for the text of a body unit whose first line, i, is first (its length despaced): a
// body unit takes in the body lines under it up to a gap or a paragraph start (see
// build_units), with a space or a line break between two, and a line despaced is no
// longer than its characters, about its glyphs when justified. Made at once, it spares a
// paragraph the copies of its text at each doubling, and fit() mostly has nothing to do.
// (An estimate: a text longer grows as before.)
std::size_t body_text_room(const std::vector<line>& lines, const line_chars& chars, const layout& lay,
                           const line_roles& roles, std::size_t i, std::size_t first) {
  std::size_t room = first;
  for (std::size_t j = i + 1; j < lines.size(); ++j) {
    if (lines[j].blank) continue;
    if (roles.of[j] != role::body || lay.gap_before[j] || roles.start[j] != line_start::none) break;
    room += 1 + (lines[j].justified() ? static_cast<std::size_t>(lines[j].glyphs) : chars[j].size());
  }
  return room;
}

// Whether line i (0-based) is right under line `number` (1-based): no blank line between,
// or only the one of double spacing.
bool right_under(std::uint32_t number, std::size_t i, bool double_spaced) {
  const std::size_t blanks = i - number;
  return blanks == 0 || (double_spaced && blanks == 1);
}

// Whether line i (0-based), a Latin display line one blank line under the headline unit h,
// is that headline's last line: OCR reads a headline's short last line as a paragraph of its
// own and sets a blank line over it ("Japan April Bond Spread Held Unchanged At" / "" / "Five
// Pct"). A wrapped head's tail: a word or two in title case under title case that ends in
// no mark, shorter than the line it wrapped from, and a line alone (a display line right
// under it makes it the first of another head, or of a kicker over one), no byline.
bool head_tail_across_gap(const unit& h, std::size_t i, std::u32string_view s, const std::vector<line>& lines,
                          const line_roles& roles) {
  const std::uint32_t above = h.lines.back().last;  // 1-based: lines[above - 1]
  if (h.kind != role::headline || h.markdown_level || h.text.empty() || above + 1 != i || !lines[above].blank) return false;
  const char32_t last = h.text.back();
  if (!(is_latin_letter(last) || (last >= U'0' && last <= U'9') || last == U'>' ||
        (last == U'-' && h.text.size() >= 2 && is_latin_letter(h.text[h.text.size() - 2]))))
    return false;
  if (lines[i].ink >= lines[above - 1].ink || lines[i].markdown_heading) return false;
  if (i + 1 < lines.size() && !lines[i + 1].blank && roles.of[i + 1] == role::headline) return false;
  // (Two words at most: a head of its own, printed after its story, stands under another
  // the same way: "Oliver's Stores Files Chapter 11" / "" / "Marriott To Sell Hotel".)
  if (std::count(s.begin(), s.end(), U' ') > 1) return false;
  // (A byline under its head is read as a display line where the text under it went elsewhere.)
  return title_case(h.text) && title_case(s, 1) && !looks_like_byline(s);
}

// Whether a body unit's text ends in a word split by a line-end hyphen ("spe-", "conf¬"),
// or its last line ended in a soft hyphen (taken out when the text was read: "assig").
bool ends_in_split_word(const unit& u, const page_text& text) {
  const std::u32string& t = u.text;
  if (t.size() < 2) return false;
  if ((is_hyphen(t.back()) || t.back() == U'¬') && is_latin_letter(t[t.size() - 2])) return true;
  const std::uint32_t last = u.lines.back().last - 1;  // (line numbers are 1-based)
  return is_latin_letter(t.back()) && std::binary_search(text.soft_hyphen_lines.begin(), text.soft_hyphen_lines.end(), last);
}

}  // namespace

GALLEY_SMALL void join_text(std::u32string& a, std::u32string_view b) {
  bool space = false;
  // (A curly quote or other mark shared with Chinese joins as Latin text between two Latin
  // letters: "…the" + "“Market", "“Buy”" + "Signal".)
  const auto latin_mark_join = [&] {
    const bool x = is_shared_punct(a.back()), y = is_shared_punct(b.front());
    return (x || y) && !(x && y) && is_latin_letter(x ? (a.size() >= 2 ? a[a.size() - 2] : 0) : a.back()) &&
           is_latin_letter(y ? (b.size() >= 2 ? b[1] : 0) : b.front());
  };
  if (!a.empty() && !b.empty() && ((!cjk_like(a.back()) && !cjk_like(b.front())) || latin_mark_join())) {
    // A number cut in two inside Chinese text ("早上8时4" / "0分") is one number: Chinese
    // lines break anywhere, Latin ones only between words.
    const auto digit = [](char32_t c) { return classify(c) == char_class::digit; };
    std::size_t j = 0;
    while (j < b.size() && digit(b[j])) ++j;
    const bool number_cut = digit(a.back()) && j > 0 && j < b.size() && cjk_like(b[j]);
    // So is a number cut at its point ("…46." / "0跌至…"). And in Chinese text (the number
    // or word that a ends in follows a CJK character) no break carries a space but one
    // between two Latin words: "…用户的50.6" / "%。…", "…吨PV" / "C颗粒" (latin_word_cut()).
    const std::size_t k = latin_run_start(a);
    const bool chinese = k > 0 && k < a.size() && cjk_like(a[k - 1]);
    const bool letters = is_latin_letter(a.back()) && is_latin_letter(b.front());
    space = chinese ? letters && !latin_word_cut(a, b) : !number_cut && !decimal_cut(a, b);
  }
  if (space) a.push_back(U' ');
  a.append(b);
}

GALLEY_SMALL void join_units(unit& a, const unit& b) {
  join_text(a.text, b.text);
  for (const line_range& r : b.lines) {
    // Only blank lines between: one range.
    if (!a.lines.empty() && a.next_line == r.first) a.lines.back().last = r.last;
    else a.lines.push_back(r);
  }
  a.next_line = b.next_line;
  a.ends_mid_sentence = b.ends_mid_sentence;
  a.last_full = b.last_full;
}

GALLEY_SMALL void mark_sentence_edges(unit& u) {
  const std::u32string& t = u.text;
  if (t.empty()) return;
  std::size_t k = t.size();
  while (k > 0 && is_closing(t[k - 1])) --k;
  // (A number's point in Chinese text, "…的46.", ends no sentence: the number was cut there.)
  // (Nor does a table's row, whatever its last mark: "30-60 days 5.21 pct (5.08)".)
  u.ends_mid_sentence = (!(k > 0 && final_or_closing(t[k - 1])) && t.back() != U'：' && t.back() != U':' &&
                         !(t.back() == U')' && ends_in_figure(t))) ||
                        ends_in_number_point(t);
  const char32_t f = t.front();
  bool opens = f == U'，' || f == U'。' || f == U'、' || f == U'；' || f == U'：' || f == U',' || is_lower(f);
  // "念。全员…" — a fragment of one or two characters closed by sentence-final punctuation.
  // (A comma there is a normal opening: "最后，", "其一，".)
  for (std::size_t j = 1; j <= 2 && j < t.size(); ++j)
    if (is_cjk(t[j - 1]) && is_cjk(t[0]) && (t[j] == U'。' || t[j] == U'！' || t[j] == U'？')) opens = true;
  // Nor is a sentence's first clause one ideograph: "难，创造了…", "系，以人工智能…".
  if (t.size() > 2 && is_cjk(f) && (t[1] == U'，' || t[1] == U'、')) opens = true;
  // "的" (but not "的确") never starts a sentence.
  if (f == U'的' && !(t.size() > 1 && t[1] == U'确')) opens = true;
  u.opens_mid_sentence = opens;
}

namespace {

// The line over a display line wrapped where its column ended: it fills the column and
// stops in a word (Chinese), or both lines are in title case (Latin).
bool head_wrapped_above(const unit& open, const line& l, std::u32string_view s, bool right_under,
                        const std::vector<line>& lines, const layout& lay) {
  const std::size_t a = open.lines.back().last - 1;  // (numbers are 1-based)
  const line& above = lines[a];
  return lay.cjk ? above.ink * 20 >= lay.column[a] * 19 && (above.ink * 20 <= lay.column[a] * 23 || right_under) &&
                       above.last_class == char_class::cjk && l.ink < above.ink
                 : title_case(open.text) && (title_case(s, 1) || ends_in_capitalised_function_word(open.text));
}

// Whether display line i goes on the display unit over it, open, as that head's next line
// (head_lines: the lines open holds), rather than a deck, kicker or head of its own. (Asked
// once a display line: built for size.)
GALLEY_SMALL bool head_goes_on(const unit& open, std::size_t i, std::u32string_view s, std::size_t head_lines, bool tail,
                               bool right_under, bool sentence_case_heads, const std::vector<line>& lines,
                               const layout& lay, const line_roles& roles) {
  // (A deck's first line, as roles found it, opens a unit of its own under its head.)
  if (roles.start[i] == line_start::deck) return false;
  const line& l = lines[i];
  const double ratio = open.width_ratio > 0 && lay.column[i] > 0
                           ? (double(l.ink) / lay.column[i]) / open.width_ratio : 1.0;
  // Two lines of one headline are about as wide; a very short first line ("47年来") too.
  // "《…（" / "2025年版）》…", "为电动车市场戴上“紧" / "箍”": a bracket or quote left open goes on.
  // (Counted in characters too: half-width digits halve a line's ink, "湖滨已培养技能工匠" /
  // "612.40万人".)
  const int first_glyphs = lines[open.lines.back().first - 1].glyphs;
  const double glyph_ratio = head_lines == 1 && first_glyphs > 0 ? double(l.glyphs) / first_glyphs : 0;
  bool extend = (ratio > 0.6 && ratio < 1.6) || (lay.cjk && glyph_ratio > 0.6 && glyph_ratio < 1.6) ||
                (head_lines == 1 && open.text.size() <= 4) || is_opening(open.text.back()) || leaves_quote_open(open.text);
  // A Chinese headline that fills its column to the measure and stops in a word was
  // wrapped there: a shorter line under it is its tail, however short ("全省数十座城市
  // 表彰交通执法人" / "员规范执法"), not a deck. (A line wider than its column, as a head
  // across columns is, only right above it: a line across columns over a blank line may
  // be a deck over the next head.)
  if (lay.cjk && head_lines == 1 && open.width_ratio >= 0.95 && (open.width_ratio <= 1.15 || right_under) &&
      is_cjk(open.text.back()) && l.ink > 0 &&
      l.ink < lines[open.lines.back().first - 1].ink)
    extend = true;
  if (tail) extend = true;  // (a Chinese head's tail under lines of one measure: the caller's head_tail)
  if (lay.cjk && head_lines >= 2) extend = head_wrapped_above(open, l, s, right_under, lines, lay) || tail;
  // A title-case headline goes on in title case, however short its second line
  // ("Noland Sales Fall" / "Two Pct"); a sentence-case line under it is a deck. (A
  // period that abbreviates ends no head: "Rolandwerk Late February U.S." / "Sales…".)
  const char32_t last = open.text.back();
  // (On a page of sentence-case heads the widths may join it to a line in sentence case too.)
  if (!lay.cjk && title_case(open.text))
    extend = (sentence_case_heads && extend) ||
             (title_case(s, 1) && (last != U'.' || ends_in_abbreviation(open.text)) && last != U':' && last != U'?' &&
              last != U'!') ||
             // (A head cut at a capitalised "In", "Of" takes its last word, a figure too: "…Likely In" / "1988".)
             ends_in_capitalised_function_word(open.text);
  // A Latin line opened by a word in lower case goes on with the head line over it, in
  // whatever case that is set: a sentence-case head wraps so ("Netherlands heads
  // confidently" / "into debt talks"), and no deck or kicker opens in lower case.
  if (!lay.cjk && opens_lower_case_word(s) && (last != U'.' || ends_in_abbreviation(open.text)) && last != U':' &&
      last != U';' && last != U'?' && last != U'!')
    extend = true;
  // A head line that stops on "of", "to", "from" was wrapped before its last words
  // ("More Polish wheat buying from" / "U.S. tied to price"), in whatever case.
  if (!lay.cjk && ends_in_function_word(open.text)) extend = true;
  // A line led by a dash is a subtitle ("——记…", "——以…为例"), not the headline going on;
  // so is a line of two clauses under a head line without a comma (the comma of a
  // headline wrapped in two stands in its first line: "美伊谈判结束，" / "未达成协议").
  if (s.size() > 2 && dash_led(s)) extend = false;
  if (head_lines == 1 && lay.cjk && s.find(U'，') != std::u32string_view::npos &&
      open.text.find(U'，') == std::u32string::npos && s.back() != U'，')
    extend = false;
  // A column rubric "栏目·专题" stands over the headline as its kicker; so does a slogan
  // of two phrases set apart by a space ("践行新发展理念 推动港口建设") over a line of one.
  if (head_lines == 1 && open.text.find(U'·') != std::u32string::npos && s.find(U'·') == std::u32string_view::npos)
    extend = false;
  if (head_lines == 1 && lay.cjk && two_phrases(open.text) && s.find(U' ') == std::u32string_view::npos)
    extend = false;
  // A line opened by a topic and its colon ("四川：从一“重”") starts a headline: no wrap
  // leaves a short name and its colon at a line's head, so the line over it, which has
  // no colon of its own, is set over that headline ("新型城镇化调研行").
  if (head_lines == 1 && lay.cjk && opens_with_topic(s) && is_cjk(open.text.back()) &&
      open.text.find(U'：') == std::u32string::npos)
    extend = false;
  // Three display lines, the first of another width than the two under it, which wrap
  // (the last no wider): a kicker over a headline wrapped in two ("新理念引领新发展" /
  // "接续奋斗向着城乡融合" / "发展新目标…"; "文化湖滨行" / "共赏湖光山色" / "共享美好生活").
  // (Three lines of one column: their ink is compared as it is, since the local column
  // estimate may differ by a character from one line to the next.)
  const int first_ink = lines[open.lines.back().first - 1].ink;  // numbers are 1-based
  if (extend && head_lines == 1 && lay.cjk && i + 1 < lines.size() && !lines[i + 1].blank &&
      roles.of[i + 1] == role::headline && first_of_three_apart(first_ink, l.ink, lines[i + 1].ink))
    extend = false;
  // A quote the line above left open and this one closes ("市长向2026年“航运南" /
  // "湖”国际论坛（南湖）致贺信") is one headline's, whatever the lines' widths say.
  if (lay.cjk && closes_first(s) && leaves_quote_open(open.text)) extend = true;
  return extend;
}

}  // namespace

namespace {

// Makes room for the credits in the same vector, its units moved back from its end (a
// second vector of every unit, as there was, took and touched as much memory again). (Once a
// page that has such credits: built for size.)
[[gnu::noinline]] GALLEY_SMALL void split_off_credits(std::vector<unit>& units, std::size_t credits, bool traditional) {
  std::size_t from = units.size(), to = units.size() + credits;
  units.resize(to);
  while (from > 0) {  // (units[from, to) are free: moved from, or new)
    unit& u = units[--from];
    const std::size_t n = u.kind == role::body ? trailing_credit_length(u.text, traditional) : 0;
    if (n > 0) {
      unit credit;
      credit.kind = role::credit;
      credit.text = u.text.substr(u.text.size() - n);
      credit.lines.push_back({u.lines.back().last, u.lines.back().last});
      u.text.resize(u.text.size() - n);
      while (!u.text.empty() && is_space(u.text.back())) u.text.pop_back();
      units[--to] = std::move(credit);
    }
    if (--to != from) units[to] = std::move(u);
  }
}

}  // namespace

std::vector<unit> build_units(const page_text& text, const std::vector<line>& lines, const line_chars& chars,
                              const layout& lay, const line_roles& roles, const options& opts, statistics& st) {
  std::vector<unit> units;
  line_end_hyphens hyphens(text, lines, chars, units);
  // Room for every unit at once (growing a vector of a unit per paragraph copies it and
  // touches fresh memory each time on large pages). A body line goes on the body unit
  // above it unless a gap or a paragraph start comes between: the other lines bound the
  // count. (The unit above a line has the role of the line above: a unit only takes in
  // lines of its own role.)
  // (The same pass counts a Latin page's display lines of three words or more in title case
  // and in sentence case: see sentence_case_heads below.)
  int title_heads = 0, sentence_heads = 0;
  {
    std::size_t bound = 0;
    role above = role::blank;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].blank) continue;
      const role r = roles.of[i];
      bound += !(r == role::body && above == role::body && !lay.gap_before[i] && roles.start[i] == line_start::none);
      above = r;
      // (A deck is no head line: a page of title-case heads sets its decks in sentence case.)
      if (r == role::headline && !lay.cjk && roles.start[i] < line_start::deck) {
        const title_words w = chars.words(i);
        if (w.words >= 3) ++(w.title_case() ? title_heads : sentence_heads);
      }
    }
    units.reserve(bound);
  }
  // A page that sets its heads in sentence case: a head line that looks like title case by
  // chance (names, "Jaguar <Jagry> February") goes on in sentence case ("U.S. sales fall").
  const bool sentence_case_heads = sentence_heads >= 2 && sentence_heads > title_heads;
  std::size_t head_lines = 0;  // lines in the current display unit
  bool pending_gap = false;

  std::u32string despaced;  // (one buffer for the page)
  auto line_text = [&](std::size_t i) {
    const line& l = lines[i];
    std::u32string_view v = chars[i];
    // (lines.cpp counted the line's non-space characters: a line without spaces, most of a
    // Chinese page, is its text as it is.)
    const bool spaces = v.size() != static_cast<std::size_t>(l.glyphs);
    if (l.markdown_heading) {
      v.remove_prefix(static_cast<std::size_t>(l.markdown_heading));
      st.markup_removed += static_cast<std::size_t>(l.markdown_heading);
    } else if (l.markdown_bold) {
      v = v.substr(2, v.size() - 4);
      st.markup_removed += 4;
    }
    // (Nor a line measure_lines() found to be ASCII words one space apart, most of a Latin
    // page, which despace() would read to its end and return as it is; a Markdown mark taken
    // off may leave a space before the rest.)
    const bool plain = l.plain_words && !l.markdown_heading && !l.markdown_bold;
    return spaces && !plain ? despace(v, l.justified(), opts, st, despaced, true, l.cjk == 0) : v;
  };

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank) continue;
    const auto number = static_cast<std::uint32_t>(i + 1);
    const role r = roles.of[i];
    // Unwrapped text parts every line from the one above, but a Chinese display line right
    // under another is stacked on it as in a column: a kicker (引题) over its headline, a
    // subtitle (副题) under it. (Its own unit still: an unwrapped head is never wrapped. Not
    // English: wire copy has no decks, and a head under a line read as display is the
    // next story's.)
    const bool stacked = lay.unwrapped && lay.cjk && r == role::headline && !units.empty() &&
                         units.back().kind == role::headline &&
                         right_under(units.back().lines.back().last, i, lay.double_spaced);
    // Double spacing sets a blank line under each line of a head. Two heads each printed as
    // a block of two lines or more, no blank line inside (pdftotext's default mode prints the
    // heads of a row of boxes so, one under the other), are two heads: the blank line
    // between the blocks parts them, as it would on a page not double-spaced. (Only a block
    // under it: a line alone there may be the same head's last, printed as a block of its
    // own, as mutool does now and then.)
    const auto head_block_ended = [&] {
      if (!lay.double_spaced || r != role::headline || units.empty() || units.back().kind != role::headline) return false;
      const line_range& above = units.back().lines.back();  // (1-based)
      const bool block_above = above.last >= 2 && above.first < above.last && !lines[above.last - 2].blank;
      const bool block_below = i + 1 < lines.size() && !lines[i + 1].blank && roles.of[i + 1] == role::headline;
      return block_above && block_below && lines[i - 1].blank;
    };
    const bool gap = (lay.gap_before[i] && !stacked) || units.empty() || head_block_ended();
    const bool pending_before = pending_gap;
    pending_gap = pending_gap || gap;
    const std::u32string_view s = line_text(i);  // the line's text, despaced
    // (A paragraph's first line is full when only its indent, kept or dropped, stops it short.)
    const int room = lay.column[i] - full_tolerance(l, lay.column[i]);
    const bool full = !lay.unwrapped && lay.column[i] > 0 && l.indent == 0 && l.ink >= room;
    const bool full_first = !lay.unwrapped && lay.column[i] > 0 && l.ink + (lay.cjk ? 4 : 2) + l.indent >= room;
    unit* open = units.empty() ? nullptr : &units.back();
    bool extend = false;
    // A word split at the foot of a column ("spe-" / blank line / "cial protection."): the
    // blank line an extractor prints where a column ends fell inside a word, where no
    // paragraph ends, and the lines join as those of any split word do. (Latin text: a
    // hyphen between letters, or a soft hyphen's line, over a line that opens in lower case.)
    if (open && gap && !lay.cjk && !lay.unwrapped && r == role::body && open->kind == role::body &&
        l.indent == 0 && !s.empty() && is_lower(s.front()) && ends_in_split_word(*open, text)) {
      extend = true;
      pending_gap = pending_before;
    }
    if (open && gap && !lay.cjk && !lay.unwrapped && r == role::headline && head_lines < 4 &&
        head_tail_across_gap(*open, i, s, lines, roles)) {
      extend = true;
      pending_gap = pending_before;
    }
    if (open && !gap && open->lines.back().last < number) {
      if (r == role::body && open->kind == role::body && roles.start[i] == line_start::none) extend = true;
      // A headline wrapped in a narrow box takes a third line (or a fourth) where the line
      // over it was wrapped too: a title-case line under title case ("Proterozoic Shield" /
      // "Takes 47 Mln Dlr" / "Writedown"), or, in Chinese, a line under one that fills its
      // column and stops in a word; under a Latin head in sentence case, a line right under
      // it opened in lower case, which no deck is (a wire head, "U.K. two billion stg five
      // pct" / "bond issue due 2002" / "exhausted - dealers"). (Not under title case, whose
      // rules are its own: a lower-case line there is the lead's, "…Products Over 30" /
      // "companies…".)
      const bool right_under = open->lines.back().last + 1 == number;  // (no blank line between)
      const auto above_wrapped = [&] { return head_wrapped_above(*open, l, s, right_under, lines, lay); };
      // A Chinese headline set in a column narrower than itself in its larger type wraps at
      // fewer characters than the text's column holds, so its lines measure short of that
      // column: a line right under the head's lines, which all wrapped at one measure and
      // stop short of a clause's end, no longer than they are and with no clause marks of
      // its own, goes on in it ("两国代表团在日内瓦会谈结束未能" / "达成共识"; "两国代表团在日内" /
      // "瓦会谈结束未能达" / "成共识"; "友好城市代表热烈祝贺王明" / "当选本市市长"; "推倒小区间的
      // “隔心墙”" / "（纵横）"). A deck under a head is a phrase of its own: a clause with its
      // comma, or led by a dash (both told below).
      const auto head_tail = [&] {
        if (!lay.cjk || !right_under || lay.unwrapped || open->text.empty() ||
            ends_clause(open->text.back()) || has_clause_marks(s))
          return false;
        const std::uint32_t first = open->lines.back().first, last = open->lines.back().last;  // (1-based)
        const int measure = lines[first - 1].glyphs;
        if (l.glyphs <= 0 || l.glyphs > measure) return false;
        for (std::uint32_t k = first + 1; k <= last; ++k)
          if (std::abs(lines[k - 1].glyphs - measure) > 1) return false;
        return true;
      };
      const bool tail = open->kind == role::headline && head_tail();  // (asked only under a head: cheap first)
      // (A line read as text right under a head is its tail only when it is no line of a
      // paragraph: short of its column or wider than it (a head across columns, "港口经济稳中
      // 有进前三季度吞" / "吐货物总量同比增长5.2%"), ending in no sentence's mark, and no
      // paragraph going on under it.)
      const bool off_measure = l.ink * 5 < lay.column[i] * 4 || l.ink * 20 > lay.column[i] * 23;
      if (tail && r == role::body && head_lines < 4 && !l.ends_sentence && off_measure &&
          (i + 1 == lines.size() || lines[i + 1].blank || roles.of[i + 1] != role::body || roles.start[i + 1] != line_start::none))
        extend = true;
      if (r == role::headline && open->kind == role::headline && !lay.unwrapped &&
          (head_lines < 2 || (head_lines < 4 && (above_wrapped() || tail || (!lay.cjk && right_under && !title_case(open->text) && opens_lower_case_word(s))))) &&
          !l.markdown_heading &&
          !open->markdown_level && !open->text.empty() &&
          (classify(open->text.back()) != char_class::cjk_punct || is_opening(open->text.back()) ||
           closes_a_phrase(open->text))) {
        extend = head_goes_on(*open, i, s, head_lines, tail, right_under, sentence_case_heads, lines, lay, roles);
      }
      // (A title-case head stacked in a narrow column, as roles found it: "Ferlucci In" /
      // "Insurance Services" / "Joint Venture", whose widths say a deck.)
      // (So is a caption's credit wrapped: "…(Photo: Tom" / "Becker)".)
      if ((r == role::headline || r == role::caption) && open->kind == r && right_under && roles.start[i] == line_start::goes_on) extend = true;
    }
    if (extend) {
      if (head_lines == 1) {
        open->second_line = number;
        open->second_at = static_cast<std::uint32_t>(open->text.size());
      }
      open->last_line = number;
      open->last_at = static_cast<std::uint32_t>(open->text.size());
      // Remembered for a head read as text (the articles stage may find one): three lines,
      // the first apart from the two under it.
      if (head_lines == 2 && lay.cjk && open->kind == role::body)
        open->first_line_apart = first_of_three_apart(lines[open->lines.back().first - 1].ink,
                                                      lines[open->second_line - 1].ink, l.ink);
      ++open->line_count;
      open->last_full = full;
      if (opts.keep_line_breaks && r == role::body) open->text.push_back(U'\n');
      const std::uint32_t before = open->lines.back().last - 1;  // the open unit's last line, 0-based
      const bool split_word = std::binary_search(text.soft_hyphen_lines.begin(), text.soft_hyphen_lines.end(), before);
      join_lines(*open, units.size() - 1, s, hyphens, lay.cjk, split_word, st);
      open->lines.back().last = number;
      ++head_lines;
      continue;
    }
    // The unit before is complete: its text, grown line by line, is held at its size (the
    // slack of its last doubling, a quarter of English text's 4 bytes a character, lived on
    // through the articles stage).
    if (open) fit(open->text);
    unit u;
    u.kind = r;
    if (r == role::body) u.text.reserve(body_text_room(lines, chars, lay, roles, i, s.size()));
    u.text = s;
    u.lines.push_back({number, number});
    u.markdown_level = l.markdown_heading;
    u.width_ratio = lay.column[i] > 0 ? double(l.ink) / lay.column[i] : 0;
    u.gap_before = pending_gap;
    u.indented = l.indent > 0;
    u.first_full = full;
    u.first_justified = l.justified();
    u.last_full = full_first;
    pending_gap = false;
    head_lines = 1;
    units.push_back(std::move(u));
  }
  hyphens.decide(st);
  if (!units.empty()) fit(units.back().text);

  // Credits run into a paragraph's last line ("…回应。 据新华社") become their own unit.
  std::size_t credits = 0;
  for (unit& u : units) {
    // A credit wrapped in two lines ("（摘编自《江南日报》，原题" / "为《…》）") is known by its
    // whole text only; in a narrow column it takes more lines, its text no more (a credit is
    // 120 characters at most: looks_like_credit() reads no longer text).
    if (u.kind == role::body && u.text.size() <= 120 && looks_like_credit(u.text, lay.traditional)) u.kind = role::credit;
    credits += u.kind == role::body && trailing_credit_length(u.text, lay.traditional) > 0;
  }
  if (credits > 0) split_off_credits(units, credits, lay.traditional);
  // Where each unit's next line is, so joins elsewhere can merge provenance ranges.
  std::vector<std::uint32_t> next_nonblank(lines.size() + 1, 0);
  for (std::size_t i = lines.size(); i-- > 0;)
    next_nonblank[i] = lines[i].blank ? next_nonblank[i + 1] : static_cast<std::uint32_t>(i + 1);
  for (unit& u : units) {
    u.next_line = next_nonblank[u.lines.back().last];  // line numbers are 1-based: index = number
    if (opts.spacing == latin_spacing::add) u.text = add_cjk_latin_spaces(u.text);
    mark_sentence_edges(u);
  }
  return units;
}

}  // namespace galley::detail
