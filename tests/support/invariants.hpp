// Invariants every reflow must keep, shared by the property tests and the fuzzers.
// Each check returns an empty string when the invariant holds, else what broke.
#ifndef GALLEY_TESTS_INVARIANTS_HPP
#define GALLEY_TESTS_INVARIANTS_HPP

#include <map>
#include <string>
#include <string_view>

#include <galley.h>

#include "text.hpp"
#include "unicode.hpp"

namespace galley::test {

/** Non-space characters of s with their counts. */
inline std::map<char32_t, long> ink_of(std::u32string_view s) {
  std::map<char32_t, long> m;
  for (char32_t c : s)
    if (c != U'\n' && !detail::is_space(c)) ++m[c];
  return m;
}

inline std::u32string decode(std::string_view utf8) {
  statistics st;
  const detail::page_text t = detail::decode_page(utf8, st);
  std::u32string chars;
  detail::char32_buffer buf;
  for (std::size_t i = 0; i < t.line_count(); ++i) {
    chars += detail::decode_into(t.line(i), buf);
    chars.push_back(U'\n');
  }
  return chars;
}

/**
 * The code points of text the pipeline wrote (valid UTF-8), as they are: not normalised
 * again. (Normalising would compose across what the pipeline joined — "y" at a line's end
 * and a combining mark alone on the next — and make canonically equal outputs differ.)
 */
inline std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n && i + k < utf8.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out.push_back(c);
    i += n;
  }
  return out;
}

/** Everything the document shows: headlines, decks, blocks and residue. */
inline std::u32string output_text(const document& doc) {
  std::string all;
  for (const article& a : doc.articles) {
    all += a.headline + "\n";
    for (const std::string& d : a.deck) all += d + "\n";
    for (const block& b : a.blocks) all += b.text + "\n";
  }
  for (const residue_item& r : doc.residue) all += r.text + "\n";
  return code_points(all);
}

/**
 * Conservation: every non-space character of the (decoded, mapped) input appears exactly
 * once in the output, except the documented removals counted in stats: Markdown marks
 * ('#', '*') and line-end hyphens ('-', U+2010, U+2011, and OCR's '¬').
 */
inline std::string check_conservation(std::string_view input, const document& doc) {
  auto in = ink_of(decode(input));
  auto out = ink_of(output_text(doc));
  long markup = 0, hyphens = 0;
  std::string problems;
  for (auto& [c, n] : in) {
    const long m = out.count(c) ? out[c] : 0;
    if (c == U'#' || c == U'*') { markup += n - m; continue; }
    if (c == U'-' || c == 0x2010 || c == 0x2011 || c == U'¬') { hyphens += n - m; continue; }
    if (m != n && problems.size() < 300)
      problems += "U+" + std::to_string(static_cast<unsigned long>(c)) + " in " + std::to_string(n) + " out " + std::to_string(m) + "; ";
  }
  for (auto& [c, m] : out)
    if (!in.count(c) && problems.size() < 300) problems += "invented U+" + std::to_string(static_cast<unsigned long>(c)) + "; ";
  if (markup != static_cast<long>(doc.stats.markup_removed))
    problems += "markup removed " + std::to_string(markup) + " but counted " + std::to_string(doc.stats.markup_removed) + "; ";
  if (hyphens != static_cast<long>(doc.stats.line_end_hyphens_removed))
    problems += "hyphens removed " + std::to_string(hyphens) + " but counted " + std::to_string(doc.stats.line_end_hyphens_removed) + "; ";
  return problems;
}

/** Output size stays within a small multiple of the input. */
inline std::string check_output_bounded(std::string_view input, const document& doc) {
  std::size_t text = 0;
  for (const article& a : doc.articles) {
    text += a.headline.size();
    for (const std::string& d : a.deck) text += d.size();
    for (const block& b : a.blocks) text += b.text.size();
  }
  for (const residue_item& r : doc.residue) text += r.text.size();
  // Mapping can grow a character (a ligature into two letters, U+FFFD for one byte).
  return text <= 3 * input.size() + 16 ? "" : "output text " + std::to_string(text) + " bytes for " + std::to_string(input.size()) + " input bytes";
}

}  // namespace galley::test

#endif
