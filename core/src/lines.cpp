#include "lines.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "traditional.hpp"

namespace galley::detail {

namespace {

constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;

// The next bytes of [k, q) as a word, eight or, at q, those left (read from q - 8, the
// bytes before k made spaces, which count for nothing; base: where the text starts).
// Returns how many bytes of [k, q) it holds when they are all printable ASCII, else 0.
inline std::size_t ascii_word(const char* base, const char* k, const char* q, std::uint64_t& w) {
  const auto left = static_cast<std::size_t>(q - k);
  if (left >= 8) {
    std::memcpy(&w, k, 8);
    return printable_ascii8(w) ? 8 : 0;
  }
  if (q - base < 8) return 0;
  // (A mask of the last `left` bytes, whatever the byte order.)
  static constexpr unsigned char keep[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  std::uint64_t mask;
  std::memcpy(&mask, keep + left, 8);
  std::memcpy(&w, q - 8, 8);
  w = (w & mask) | (ones * ' ' & ~mask);
  return printable_ascii8(w) ? left : 0;
}

// n bytes of printable ASCII at p as code points at o (eight the usual case, a fixed loop).
inline void widen(const char* p, std::size_t n, char32_t* o) {
  if (n == 8) {
    for (int k = 0; k < 8; ++k) o[k] = static_cast<unsigned char>(p[k]);
  } else {
    for (std::size_t k = 0; k < n; ++k) o[k] = static_cast<unsigned char>(p[k]);
  }
}

// How many bytes of a word of printable ASCII have their high bit set in m (a mask of them).
inline int count_marked(std::uint64_t m) { return static_cast<int>(((m >> 7) * ones) >> 56); }

// What find_marks() notes of a character, as line_chars::found's flags, with end_mark for a
// sentence-final or closing mark and full_stop for '。' (which it counts). One function for
// the tables below and the rarer characters, so that the two cannot differ.
enum : std::uint8_t { end_mark = 32, full_stop = 64 };
constexpr std::uint8_t mark_bits(char32_t c) {
  std::uint8_t bits = is_sentence_final(c) || is_closing(c) ? end_mark : 0;
  switch (c) {
    case U'/': case U'(': bits |= line_chars::found::slash_or_paren; break;
    case U'“': case U'”': case U'《': case U'》': case U'「': case U'」': case U'『': case U'』': bits |= line_chars::found::quote; break;
    case U',': bits |= line_chars::found::comma; break;
    case U'，': bits |= line_chars::found::wide_comma; break;
    case U'。': bits |= full_stop; break;
    default: break;
  }
  return bits;
}
// The bits of ASCII's punctuation (the rest: none), and of the CJK punctuation that
// measure_lines() reads from its three bytes, U+3000..U+303F then U+FF00..U+FF3F by their
// low six bits.
struct mark_tables {
  std::uint8_t ascii[0x80];
  std::uint8_t cjk[0x80];
  constexpr mark_tables() : ascii{}, cjk{} {
    for (char32_t c = 0; c < 0x80; ++c) ascii[c] = ascii::class_of(c) == char_class::punct ? mark_bits(c) : 0;
    for (char32_t c = 0; c < 0x40; ++c) cjk[c] = mark_bits(0x3000 + c), cjk[0x40 + c] = mark_bits(0xFF00 + c);
  }
};
inline constexpr mark_tables marks_of{};

// The ideographs the lexicon's tests look for anywhere in a line (line_marks' notice_opener
// and star), by their low six bits, which no two share: a load and a compare an ideograph,
// where the tests passed over every character of most lines for them.
struct notable_ideographs {
  char32_t c[64];
  std::uint16_t flags[64];
  constexpr notable_ideographs() : c{}, flags{} {
    for (char32_t i = 0; i < 64; ++i) c[i] = i ^ 1;  // (no ideograph: an empty slot matches none)
    for (char32_t o : cjk_notice_openers) c[o & 63] = o, flags[o & 63] = line_chars::found::notice_opener;
    c[U'星' & 63] = U'星', flags[U'星' & 63] = line_chars::found::star;
    c[U'消' & 63] = U'消', flags[U'消' & 63] = line_chars::found::xiao;
    for (char32_t t : traditional_markers) c[t & 63] = t, flags[t & 63] = line_chars::found::traditional_form;
  }
};
inline constexpr notable_ideographs notable{};
static_assert([] {
  for (char32_t o : cjk_notice_openers)
    if (notable.c[o & 63] != o) return false;  // (two of them alike in their low bits)
  for (char32_t t : traditional_markers)
    if (notable.c[t & 63] != t) return false;
  return notable.c[U'星' & 63] == U'星' && notable.c[U'消' & 63] == U'消';
}());

// The length of code point c in UTF-8.
inline int utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

}  // namespace

namespace {

// A page whose every line starts with the same spaces (a layout extraction's left margin, a
// text indented as a whole) indents nothing by them: a line's indent is measured from the
// margin, the spaces most lines start with, when most lines start with at least those.
GALLEY_SMALL void remove_margin(std::vector<line>& lines) {
  std::array<std::uint32_t, 33> starts{};  // lines by indent (the last: that or more)
  std::uint32_t nonblank = 0;
  for (const line& l : lines)
    if (!l.blank) ++starts[std::min<std::size_t>(static_cast<std::size_t>(l.indent), starts.size() - 1)], ++nonblank;
  const auto margin = static_cast<int>(std::max_element(starts.begin(), starts.end() - 1) - starts.begin());
  if (margin == 0 || nonblank < 4) return;
  std::uint32_t at_least = 0;
  for (std::size_t k = static_cast<std::size_t>(margin); k < starts.size(); ++k) at_least += starts[k];
  if (at_least * 5 < nonblank * 3) return;
  for (line& l : lines) {
    l.outdented = !l.blank && l.indent < margin;
    l.indent = std::max(0, l.indent - margin);
  }
}

}  // namespace

measured_lines measure_lines(const page_text& text) {
  measured_lines measured;
  std::vector<line>& lines = measured.lines;
  lines.resize(text.line_count());
  // (Room for a code point a byte of the page: the lines' text is no more than that.)
  line_chars& chars = measured.chars;
  chars.at_.resize(lines.size() + 1);
  chars.data_.reset(new char32_t[std::max<std::size_t>(text.bytes().size(), 1)]);
  char32_t* const data = chars.data_.get();
  char32_t* o = data;  // where the next line's code points go
  const char* const base = text.bytes().data();
  // (The vectors' sizes and data in locals: a line's one-byte members may alias them for
  // the compiler, which read them again at every line.)
  const std::size_t count = lines.size();
  line* const measured_line = lines.data();
  const std::uint32_t* const line_begin = text.line_begin.data();
  std::uint32_t* const chars_at = chars.at_.data();
  chars.found_.reset(new line_chars::found[std::max<std::size_t>(lines.size(), 1)]);  // (not zero-filled: each line writes its own)
  line_chars::found* const line_found = chars.found_.get();
  std::uint16_t traditional = 0;  // (the lines' flags together: whether one held a traditional_markers)
  for (std::size_t i = 0; i < count; ++i) {
    const char32_t* const chars_begin = o;  // the line's code points
    chars_at[i] = static_cast<std::uint32_t>(o - data);
    line& l = measured_line[i];
    const char* p = base + line_begin[i];
    const char* const e = base + line_begin[i + 1] - 1;  // (the '\n')
    // The first non-space character is read on the way in; the last one, and where the
    // trailing spaces start, from the line's code points once they are written.
    int indent = 0;
    char32_t first = 0;
    for (const char* n = p; p < e; p = n) {
      const char32_t c = next_char(n);
      if (!is_space(c)) { first = c; break; }
      indent += c == 0x3000 ? 2 : 1;
    }
    l.indent = indent;
    l.begin = static_cast<std::uint32_t>(p - base);
    l.blank = p == e;
    if (l.blank) {
      l.end = l.begin;
      line_found[i] = {};
      continue;
    }
    // East Asian ambiguous characters are wide on a line with an ideograph (cjk_context).
    // Rather than search the line for one first, the widths are taken as if there were
    // none, and what the ambiguous characters would add is kept aside: l.cjk says at the
    // end whether the line had an ideograph.
    // (Counted in locals: the line's members may alias the text's bytes for the compiler,
    // which then stored them at every character.)
    int ink = 0, glyphs = 0, cjk = 0, latin = 0;
    int cjk_pairs = 0, spaced_cjk_pairs = 0, spaced_ideograph_pairs = 0;
    int ambiguous_extra_ink = 0;
    bool after_nonspace = false;                // a non-space character came before
    char_class prev_class = char_class::other;  // its class
    bool space_since_prev = false;
    // Whether the line is printable ASCII words one space apart (it opens with its first
    // non-space character): not when anything in bad is set. after_space: 0x80 when the
    // last character was a space.
    std::uint64_t bad = 0, after_space = 0;
    // What find_marks(s) and count_title_words(s) find in the line's text s, gathered here
    // (positions are s's: the line's code points from chars_begin). A word opens after a
    // space ' ' or at the line's start, and counts by its opening, the first character
    // that is none of the brackets and quotes passed over there (at_start: the next
    // character is such an opening). (The last space is looked for when asked.)
    std::uint32_t end_mark_end = 0, full_stops = 0, words = 0, capitalised = 0;
    std::uint16_t mark_flags = 0;
    bool at_start = true;
    // The mark_bits() of the character written at `at`.
    const auto mark = [&](std::uint8_t bits, const char32_t* at) {
      end_mark_end = bits & end_mark ? static_cast<std::uint32_t>(at - chars_begin) + 1 : end_mark_end;
      full_stops += (bits & full_stop) != 0;
      mark_flags |= bits;
    };
    // At a word's opening: a letter counts the word. True for a bracket or quote, which the
    // opening passes over to the next character.
    const auto opening = [&](char32_t c, char_class cls) {
      if (c - U'a' < 26) {
        ++words;
      } else if (c - U'A' < 26) {
        ++words;
        ++capitalised;
      } else if (c == U'<' || c == U'(' || c == U'"' || c == U'\'' || c == U'“' || c == U'‘') {
        return true;
      } else if (cls == char_class::latin) {
        ++words;
      }
      return false;
    };
    // A word opens at q in a run of printable ASCII that ends at end: true when the brackets
    // and quotes it opens with run to the end (its opening follows the run).
    const auto open_word = [&](const char* q, const char* end) {
      for (; q < end; ++q) {
        const unsigned c = static_cast<unsigned char>(*q);
        if (c - 'a' < 26u) { ++words; return false; }
        if (c - 'A' < 26u) { ++words; ++capitalised; return false; }
        if (c != '<' && c != '(' && c != '"' && c != '\'') return false;
      }
      return true;
    };
    // A non-space character of class cls follows: the pairs it makes with the one before.
    // (Called with a class the compiler knows for ideographs and ASCII, for which it folds.)
    auto follows = [&](char_class cls) {
      // Justification spreads every gap of a CJK line, around punctuation too.
      const bool cjk_like = cls == char_class::cjk || cls == char_class::cjk_punct;
      const auto pc = prev_class;
      const bool prev_cjk_like = pc == char_class::cjk || pc == char_class::cjk_punct;
      if (after_nonspace && (cjk_like || prev_cjk_like) && (cls == char_class::cjk || pc == char_class::cjk)) {
        ++cjk_pairs;
        if (space_since_prev) ++spaced_cjk_pairs;
        if (space_since_prev && cls == char_class::cjk && pc == char_class::cjk) ++spaced_ideograph_pairs;
      }
      after_nonspace = true;
      prev_class = cls;
      space_since_prev = false;
    };
    // (Up to the '\n': trailing spaces count for nothing, and are dropped after.)
    for (const char* k = p; k < e;) {
      const auto b = static_cast<unsigned char>(*k);
      if (b < 0x80) {
        // (Not for a single ASCII character, a CJK line's space between ideographs.)
        if (e - k >= 2 && static_cast<unsigned char>(k[1]) < 0x80) {
#if defined(__SSE2__)
          // Sixteen printable ASCII characters at a time while a line has them (SSE2, which every
          // x86-64 processor has, and the module as WebAssembly SIMD), counted as two runs of eight below would be:
          // only the first non-space character can make a pair, the pairs' class is Latin
          // after it, and a space before the next character is whether the last is one.
          // (Tried where the second and the sixteenth bytes are ASCII: a CJK line's digits and
          // spaces would pay for the test and rarely pass it.)
          if (e - k >= 16 && static_cast<unsigned char>(k[15]) < 0x80) {
            const char* const from = k;
            const __m128i zero = _mm_setzero_si128(), one = _mm_set1_epi8(1);
            while (e - k >= 16) {
              const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(k));
              const __m128i nonspace = _mm_cmpgt_epi8(v, _mm_set1_epi8(0x20));  // (past ASCII: negative)
              if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)))) != 0xFFFF)
                break;
              const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
              const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
              const auto spaces = static_cast<unsigned>(~_mm_movemask_epi8(nonspace)) & 0xFFFF;
              bad |= spaces & ((spaces << 1) | (after_space >> 7));
              after_space = (spaces >> 15) << 7;
              // The words opening here: those opening with a letter counted together (a
              // capital's count 32 times its own in the sum), the others one by one; and
              // the marks, the characters neither letters, digits nor spaces.
              const unsigned nonspaces_at = ~spaces & 0xFFFF;
              const __m128i opens = _mm_and_si128(nonspace, _mm_or_si128(_mm_slli_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), 1),
                                                                         _mm_cvtsi32_si128(at_start ? 0xFF : 0)));
              const __m128i by_letter = _mm_and_si128(opens, letters);
              const __m128i counted = _mm_sad_epu8(
                  _mm_or_si128(_mm_and_si128(by_letter, one),
                               _mm_and_si128(_mm_and_si128(by_letter, _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1))), _mm_set1_epi8(32))),
                  zero);
              const auto sum = static_cast<std::uint32_t>(_mm_cvtsi128_si32(counted) + _mm_extract_epi16(counted, 4));
              words += sum & 31;
              capitalised += sum >> 5;
              bool runs_on = false;
              for (auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(letters, opens))); m != 0; m &= m - 1)
                runs_on = open_word(k + __builtin_ctz(m), k + 16);
              at_start = (spaces >> 15) != 0 || runs_on;
              const __m128i digits = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
              for (unsigned m = nonspaces_at & ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, digits))); m != 0; m &= m - 1) {
                const unsigned j = static_cast<unsigned>(__builtin_ctz(m));
                mark(marks_of.ascii[static_cast<unsigned char>(k[j])], o + j);
              }
              // (Each count a sum of ones, by the sum of absolute differences against zero.)
              const __m128i n = _mm_sad_epu8(_mm_and_si128(nonspace, one), zero), m = _mm_sad_epu8(_mm_and_si128(letters, one), zero);
              const int nonspaces = _mm_cvtsi128_si32(n) + _mm_extract_epi16(n, 4);
              ink += nonspaces;
              glyphs += nonspaces;
              latin += _mm_cvtsi128_si32(m) + _mm_extract_epi16(m, 4);
              const __m128i low = _mm_unpacklo_epi8(v, zero), high = _mm_unpackhi_epi8(v, zero);
              _mm_storeu_si128(reinterpret_cast<__m128i*>(o), _mm_unpacklo_epi16(low, zero));
              _mm_storeu_si128(reinterpret_cast<__m128i*>(o + 4), _mm_unpackhi_epi16(low, zero));
              _mm_storeu_si128(reinterpret_cast<__m128i*>(o + 8), _mm_unpacklo_epi16(high, zero));
              _mm_storeu_si128(reinterpret_cast<__m128i*>(o + 12), _mm_unpackhi_epi16(high, zero));
              o += 16;
              if (nonspaces > 0) {
                space_since_prev = space_since_prev || k[0] == ' ';
                follows(char_class::latin);
              }
              k += 16;
              space_since_prev = space_since_prev || k[-1] == ' ';
            }
            if (k != from) continue;
          }
#endif
          std::uint64_t w;
          if (const std::size_t len = ascii_word(base, k, e, w); len != 0) {
            // Up to eight printable ASCII characters (most of a Latin line), counted together:
            // no ideograph, wide or ambiguous character among them, so of the pairs only the
            // first non-space one's with a CJK character before it can count. An ASCII
            // character's class matters to the pairs only in that it is no CJK class: the
            // line's last_class is read from its last character at the end.
            const std::uint64_t nonspace = (w + ones * (0x80 - 0x21)) & highs;  // (the bytes past ' ')
            const std::uint64_t folded = w | ones * 0x20;                        // (letters in lower case)
            const std::uint64_t letters = (folded + ones * (0x80 - 'a')) & ~(folded + ones * (0x80 - 'z' - 1)) & highs;
            // (Two spaces together, inside the bytes read or across from the last: at a line's
            // end the bytes before k, which ascii_word() made spaces, are shifted off.)
            const auto shift = static_cast<unsigned>(8 * (8 - len));
            const std::uint64_t spaces = ~nonspace & (highs << shift);
            bad |= spaces & ((spaces << 8) | (after_space << shift));
            after_space = spaces >> 56;
            {
              // The words opening here, and the marks, as sixteen at a time above (byte j of
              // w is k[j - (8 - len)]).
              const char* const w_at = k - (8 - len);
              const std::uint64_t opens = nonspace & ((spaces << 8) | (std::uint64_t{at_start} << (shift + 7)));
              // (A capital is a letter without the small letters' bit 0x20: shifted to the byte's top.)
              words += static_cast<std::uint32_t>(count_marked(opens & letters));
              capitalised += static_cast<std::uint32_t>(count_marked(opens & letters & ~(w << 2)));
              bool runs_on = false;
              for (std::uint64_t m = opens & ~letters; m != 0; m &= m - 1) runs_on = open_word(w_at + __builtin_ctzll(m) / 8, k + len);
              at_start = (spaces >> 63) != 0 || runs_on;
              const std::uint64_t digits = (w + ones * (0x80 - '0')) & ~(w + ones * (0x80 - '9' - 1)) & highs;
              for (std::uint64_t m = nonspace & ~letters & ~digits; m != 0; m &= m - 1) {
                const auto j = static_cast<std::size_t>(__builtin_ctzll(m)) / 8;
                mark(marks_of.ascii[static_cast<unsigned char>(w_at[j])], o + j - (8 - len));
              }
            }
            widen(k, len, o);
            o += len;
            const int n = count_marked(nonspace);
            ink += n;
            glyphs += n;
            latin += count_marked(letters);
            if (nonspace) {
              space_since_prev = space_since_prev || k[0] == ' ';
              follows(char_class::latin);
            }
            k += len;
            space_since_prev = space_since_prev || k[-1] == ' ';
            continue;
          }
        }
        ++k;
        *o++ = b;
        bad |= b == ' ' ? after_space : std::uint64_t{b - 0x21u >= 0x5Eu};
        after_space = b == ' ' ? 0x80 : 0;
        const char_class cls = ascii::classes.of[b];
        at_start = b == ' ' || (at_start && opening(b, cls));
        mark(marks_of.ascii[b], o - 1);
        if (cls == char_class::space) { space_since_prev = true; continue; }
        latin += cls == char_class::latin;
        ink += b >= 0x20;
        ++glyphs;
        follows(cls);
        continue;
      }
      bad = 1;
      if (ideograph_at(k)) {
        // A run of ideographs (most of a Chinese line): two cells each, never ambiguous,
        // and each after the first makes a pair with the one before it. A justified line's
        // ideographs one space apart ("伙 伴 关 系") go on with the run: each such space
        // makes the pair across it a spaced one, of two ideographs. (The line's bytes past
        // ASCII have made it no plain words already, and the space after an ideograph is
        // no first character: what the ASCII path would note of it counts for nothing.)
        follows(char_class::cjk);
        at_start = false;  // (no ideograph is a Latin letter, nor a bracket or quote; nor a mark)
        int run = 0, spaced = 0;
        // (A lead byte and two continuation bytes: their marker bits taken off by one
        // subtraction, not masked off each; the run counted from k when it ends.)
        const auto ideographs = [&] {
          const char* const from = k;
          do {
            const char32_t c = *o++ = (static_cast<char32_t>(static_cast<unsigned char>(k[0])) << 12) +
                                      (static_cast<char32_t>(static_cast<unsigned char>(k[1])) << 6) +
                                      static_cast<unsigned char>(k[2]) - ((0xE0u << 12) + (0x80u << 6) + 0x80u);
            if (notable.c[c & 63] == c) mark_flags |= notable.flags[c & 63];
            k += 3;
          } while (k < e && ideograph_at(k));
          run += static_cast<int>(k - from) / 3;
        };
        ideographs();
        while (e - k >= 4 && k[0] == ' ' && ideograph_at(k + 1)) {
          *o++ = U' ';
          ++k;
          ++spaced;
          ideographs();
        }
        cjk += run;
        ink += 2 * run;
        glyphs += run;
        cjk_pairs += run - 1;
        spaced_cjk_pairs += spaced;
        spaced_ideograph_pairs += spaced;
        if (spaced > 0) after_space = 0x80;
        continue;
      }
      // CJK punctuation (U+3001–U+3029 but the ideographs 々 and 〇, U+FF01–U+FF0F and
      // U+FF1A–U+FF20: "，。、：；！？（）《》"), most of a Chinese line's other characters:
      // two cells, never ambiguous, told from the bytes. (The text is valid UTF-8: a lead
      // byte of three has its two.)
      if (b == 0xE3 || b == 0xEF) {
        const auto b1 = static_cast<unsigned char>(k[1]), b2 = static_cast<unsigned char>(k[2]);
        if (b == 0xE3 ? b1 == 0x80 && b2 - 0x81u <= 0xA9u - 0x81u && b2 != 0x85 && b2 != 0x87
                      : b1 == 0xBC && (b2 - 0x81u <= 0x8Fu - 0x81u || b2 - 0x9Au <= 0xA0u - 0x9Au)) {
          *o = (char32_t{b} << 12) + (char32_t{b1} << 6) + b2 - ((0xE0u << 12) + (0x80u << 6) + 0x80u);  // (as an ideograph's)
          mark(marks_of.cjk[((b >> 3) & 1u) << 6 | (b2 & 0x3Fu)], o++);
          at_start = false;
          k += 3;
          ink += 2;
          ++glyphs;
          follows(char_class::cjk_punct);
          continue;
        }
      }
      const char32_t c = *o++ = next_char(k);
      const char_class cls = classify(c);
      at_start = at_start && opening(c, cls);
      if (c - 0x4E00 >= 0x5200) mark(mark_bits(c), o - 1);
      if (cls == char_class::space) { space_since_prev = true; continue; }
      if (cls == char_class::cjk) ++cjk;
      else if (cls == char_class::latin) ++latin;
      const int cells = cell_width(c, false);
      ink += cells;
      ambiguous_extra_ink += is_ambiguous_width(c) ? cell_width(c, true) - cells : 0;
      ++glyphs;
      follows(cls);
    }
    if (cjk > 0) {  // (the line had an ideograph: is_cjk() is classify() == cjk)
      ink += ambiguous_extra_ink;
    }
    // The trailing spaces dropped from the line's code points and from its bytes.
    const char* q = e;
    while (is_space(o[-1])) q -= utf8_length(*--o);  // (a non-space character comes first)
    l.end = static_cast<std::uint32_t>(q - base);
    const char32_t last = o[-1];
    l.ink = ink;
    l.glyphs = glyphs;
    l.cjk = cjk;
    l.latin = latin;
    l.cjk_pairs = cjk_pairs;
    l.spaced_cjk_pairs = spaced_cjk_pairs;
    l.spaced_ideograph_pairs = spaced_ideograph_pairs;
    l.first = first;
    l.last = last;
    l.first_class = classify(first);
    l.last_class = classify(last);
    // (A head ending in a bracket, "…（快评）", has ended no sentence.)
    const char32_t* at = o - 1;
    char32_t c = last;
    while (at > chars_begin && is_closing(c)) c = *--at;
    l.ends_sentence = !is_closing(c) && is_sentence_final(c);
    l.plain_words = bad == 0;
    // ('#' and '*' are a byte each: byte positions are character positions while they last.)
    std::size_t hashes = 0;
    while (p + hashes < q && p[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && p + hashes < q && is_space(chars_begin[hashes]))
      l.markdown_heading = static_cast<std::uint8_t>(hashes);
    l.markdown_bold = p[0] == '*' && q - p >= 5 && p[1] == '*' && q[-1] == '*' && q[-2] == '*' && o - chars_begin > 4;
    if (latin >= notice_word_letters) mark_flags |= line_chars::found::notice_opener;
    // (end_mark's and full_stop's bits stay in the flags: line_chars reads its own.)
    if (full_stops > std::uint32_t{last == U'。'}) mark_flags |= line_chars::found::inner_full_stop;
    line_found[i] = {end_mark_end, words, capitalised, mark_flags};
    traditional |= mark_flags;
  }
  chars.traditional_ = (traditional & line_chars::found::traditional_form) != 0;
  chars_at[count] = static_cast<std::uint32_t>(o - data);
  remove_margin(lines);
  return measured;
}

line_chars line_chars::simplified() const {
  line_chars out;
  const std::size_t count = at_.size() - 1, size = at_.back();
  out.data_.reset(new char32_t[std::max<std::size_t>(size, 1)]);
  out.at_ = at_;
  out.found_.reset(new found[std::max<std::size_t>(count, 1)]);
  std::copy(found_.get(), found_.get() + count, out.found_.get());
  out.traditional_ = traditional_;
  for (std::size_t i = 0; i < count; ++i) {
    for (std::uint32_t k = at_[i]; k < at_[i + 1]; ++k) {
      const char32_t c = out.data_[k] = simplified_form(data_[k]);
      if (c != data_[k] && notable.c[c & 63] == c) out.found_[i].flags |= notable.flags[c & 63];
    }
  }
  return out;
}

bool holds_said(std::string_view s) {
#if defined(__SSE2__)
  // Sixteen bytes at a time (SSE2, and the module's WebAssembly SIMD), where std::find ran
  // memchr from each 's', a call every word or two of a Latin line: "said" is compared only
  // where a 'd' follows an 'i' (rare), or opens the sixteen (the 'i' before it unread). The
  // last sixteen read end the line, over bytes already read. (Thirty-two at a time, two
  // sixteens' masks joined, took more: most Latin lines are under forty bytes.)
  if (s.size() >= 16) {
    std::uint32_t said;
    std::memcpy(&said, "said", 4);
    for (std::size_t k = 0;; k += 16) {
      k = std::min(k, s.size() - 16);
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + k));
      const auto ds = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('d')))),
                 is = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('i'))));
      for (unsigned m = ds & ((is << 1) | 1); m != 0; m &= m - 1) {
        const std::size_t d = k + static_cast<unsigned>(__builtin_ctz(m));
        std::uint32_t w;
        if (d >= 3 && (std::memcpy(&w, s.data() + d - 3, 4), w == said)) return true;
      }
      if (k + 16 == s.size()) return false;
    }
  }
#endif
  return s.find("said") != std::string_view::npos;
}

GALLEY_SMALL bool page_is_cjk(const std::vector<line>& lines) {
  long cjk = 0, latin = 0;
  for (const line& l : lines) { cjk += l.cjk; latin += l.latin; }
  return cjk * 2 >= latin && cjk > 0;
}

}  // namespace galley::detail
