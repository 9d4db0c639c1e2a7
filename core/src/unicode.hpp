// Galley's own character classes. unicode.cpp is the only file that talks to utf8proc;
// the rest of the core asks these functions.
#ifndef GALLEY_UNICODE_HPP
#define GALLEY_UNICODE_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace galley::detail {

/** Coarse classes the layout and reflow rules reason with. */
enum class char_class : std::uint8_t {
  space,        // any white space other than line feed (incl. U+3000, NBSP)
  cjk,          // Han ideographs, kana, Hangul syllables, bopomofo
  cjk_punct,    // full-width punctuation: ，。、；：？！“”‘’（）《》【】… and friends
  latin,        // letters of alphabetic scripts (Latin, Greek, Cyrillic, ...)
  digit,        // decimal digits (ASCII and full-width)
  punct,        // other punctuation and symbols (ASCII . , ; - ( ) etc.)
  other,        // everything else (marks, emoji, controls already removed)
};

/** classify() for characters past ASCII and outside the common ideographs (the slow path). */
char_class classify_rare(char32_t c);

namespace ascii {
// One table lookup per ASCII character: classify runs on every character of the page.
constexpr char_class class_of(char32_t c) {
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return char_class::space;
  if (c >= '0' && c <= '9') return char_class::digit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return char_class::latin;
  if (c < 0x20 || c == 0x7F) return char_class::other;
  return char_class::punct;
}
struct class_table {
  char_class of[0x80];
  constexpr class_table() : of{} {
    for (char32_t c = 0; c < 0x80; ++c) of[c] = class_of(c);
  }
};
inline constexpr class_table classes{};
}  // namespace ascii

// classify() and is_space() are always inlined: the files built for size in the WASM
// module (lexicon.cpp, layout.cpp: -Oz) called an out-of-line copy per character, on every
// trim() of every lexicon test of every line.
/**
 * The class of c; inline for what makes up most text: ASCII, the CJK Unified Ideographs,
 * CJK Symbols and Punctuation (、。《》「」), the full-width punctuation (，：；！？（）)
 * and curly quotes. classify_rare() gives the same answers for these.
 */
[[gnu::always_inline]] inline char_class classify(char32_t c) {
  if (c < 0x80) return ascii::classes.of[c];
  if (c >= 0x4E00 && c <= 0x9FFF) return char_class::cjk;
  if (c >= 0x3000 && c <= 0x303F) {
    if (c == 0x3000) return char_class::space;                         // ideographic space
    return c == 0x3005 || c == 0x3007 ? char_class::cjk : char_class::cjk_punct;  // 々 〇 are ideographs
  }
  if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0x2018 && c <= 0x201F))
    return char_class::cjk_punct;
  return classify_rare(c);
}

/**
 * East Asian "ambiguous" characters that CJK fonts print wide: quotes, ellipsis, dashes,
 * middle dot, geometric shapes. The only characters whose width depends on cjk_context.
 */
inline bool is_ambiguous_width(char32_t c) {
  return (c >= 0x2018 && c <= 0x201F) || c == 0x2026 || c == 0x2014 || c == 0x2015 || c == 0x00B7 ||
         (c >= 0x25A0 && c <= 0x25FF);
}

/**
 * Punctuation that Chinese and Latin text share: curly quotes, the ellipsis, the em dash
 * and the horizontal bar. classify() gives them cjk_punct; where a Latin word stands on
 * their other side they are that word's (units.cpp, mark_reads_latin()).
 */
inline bool is_shared_punct(char32_t c) { return (c >= 0x2018 && c <= 0x201F) || c == 0x2026 || c == 0x2014 || c == 0x2015; }

/** Whether c is of Latin text: a Latin letter, a digit, or ASCII punctuation. */
inline bool is_latin_text(char32_t c) {
  const auto k = classify(c);
  return k == char_class::latin || k == char_class::digit || (k == char_class::punct && c < 0x80);
}

/** cell_width() past ASCII and outside the CJK Unified Ideographs (the slow path). */
int cell_width_rare(char32_t c, bool cjk_context);

/** Display width in terminal cells: 2 for wide/full-width (and East Asian ambiguous in CJK context), else 1 or 0. */
inline int cell_width(char32_t c, bool cjk_context) {
  if (c < 0x80) return c < 0x20 ? 0 : 1;
  if (c >= 0x4E00 && c <= 0x9FFF) return 2;  // utf8proc gives every one of them width 2
  // CJK punctuation (up to the tone marks) and the full-width forms: width 2 by utf8proc too.
  if ((c >= 0x3000 && c <= 0x3029) || (c >= 0xFF01 && c <= 0xFF60)) return 2;
  return cell_width_rare(c, cjk_context);
}

inline bool is_cjk(char32_t c) { return classify(c) == char_class::cjk; }
[[gnu::always_inline]] inline bool is_space(char32_t c) { return c != U'\n' && classify(c) == char_class::space; }
bool is_hangul(char32_t c);

// The punctuation tests below are inline: the lexicons and the line measurements call
// them on every character of a line.

/** Sentence-final punctuation (。！？!?.… and the closing quotes that may follow them). */
constexpr bool is_sentence_final(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'!': case U'?': case U'.': case U'…':
    case U'．': case U'｡': return true;
    default: return false;
  }
}

/** Marks that end a clause but not a sentence: ，、；： and , ; : */
constexpr bool is_clause_mark(char32_t c) {
  switch (c) {
    case U'，': case U'、': case U'；': case U'：': case U',': case U';': case U':': return true;
    default: return false;
  }
}

/** Closing quotes and brackets that may follow sentence-final punctuation. */
constexpr bool is_closing(char32_t c) {
  switch (c) {
    case U'”': case U'’': case U'」': case U'』': case U'）': case U')': case U'》':
    case U'】': case U'〕': case U'"': case U'\'': case U'］': case U']': return true;
    default: return false;
  }
}

/** Opening quotes and brackets. */
constexpr bool is_opening(char32_t c) {
  switch (c) {
    case U'“': case U'‘': case U'「': case U'『': case U'（': case U'(': case U'《':
    case U'【': case U'〔': case U'［': case U'[': return true;
    default: return false;
  }
}

/** The quote and title marks that open a quoted span or a title: “ 《 「 『 (not brackets). */
constexpr bool opens_quote(char32_t c) { return c == U'“' || c == U'《' || c == U'「' || c == U'『'; }

/** The marks that close what opens_quote() opened: ” 》 」 』. */
constexpr bool closes_quote(char32_t c) { return c == U'”' || c == U'》' || c == U'」' || c == U'』'; }

/**
 * What a character extracted from a PDF stands for: a Kangxi or supplementary radical
 * becomes its unified ideograph ("⽉" → "月", "⻓" → "长", "⼾" → "户"), a Latin ligature its
 * letters ("ﬁ" → "fi"), a horizontal bar the em dash ("――" → "——": fonts for Chinese draw
 * the two with one glyph, and the PDF's text gives the bar). Returns an empty view when c
 * stands for itself.
 */
std::u32string_view stands_for_rare(char32_t c);
inline std::u32string_view stands_for(char32_t c) {
  // Radicals (U+2E80–U+2FDF), ligatures (U+FB00–U+FB06) and the bar (U+2015) only: most
  // characters stop here.
  if (c < 0x2E80) return c == 0x2015 ? std::u32string_view(U"\u2014") : std::u32string_view();
  if ((c > 0x2FDF && c < 0xFB00) || c > 0xFB06) return {};
  return stands_for_rare(c);
}

/** Appends c to out as UTF-8. */
void append_utf8(std::string& out, char32_t c);
std::string to_utf8(std::u32string_view s);

/**
 * Appends s (valid UTF-8) NFC-normalised (utf8proc COMPOSE|STABLE) to out; returns false,
 * appending nothing, if utf8proc refused it.
 */
bool normalize_nfc(std::string_view s, std::string& out);
/** True when no character of s can change under NFC (the fast path skips normalisation). */
bool is_nfc_stable(std::u32string_view s);

}  // namespace galley::detail

#endif
