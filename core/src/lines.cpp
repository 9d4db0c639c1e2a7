#include "lines.hpp"

#include <algorithm>

namespace galley::detail {

std::vector<line> measure_lines(const page_text& text) {
  std::vector<line> lines(text.line_count());
  const char* const base = text.bytes().data();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    line& l = lines[i];
    const char* p = base + text.line_begin[i];
    const char* const e = base + text.line_begin[i + 1] - 1;  // (the '\n')
    // The first and last non-space characters are read on the way in from either end.
    int indent = 0;
    char32_t first = 0, last = 0;
    for (const char* n = p; p < e; p = n) {
      const char32_t c = next_char(n);
      if (!is_space(c)) { first = c; break; }
      indent += c == 0x3000 ? 2 : 1;
    }
    l.indent = indent;
    const char* q = e;
    for (const char* n = q; q > p; q = n) {
      const char32_t c = prev_char(n);
      if (!is_space(c)) { last = c; break; }
    }
    l.begin = static_cast<std::uint32_t>(p - base);
    l.end = static_cast<std::uint32_t>(q - base);
    l.blank = p == q;
    if (l.blank) continue;
    // East Asian ambiguous characters are wide on a line with an ideograph (cjk_context).
    // Rather than search the line for one first, the widths are taken as if there were
    // none, and what the ambiguous characters would add is kept aside: l.cjk says at the
    // end whether the line had an ideograph.
    // (Counted in locals: the line's members may alias the text's bytes for the compiler,
    // which then stored them at every character.)
    int ink = 0, glyphs = 0, cjk = 0, latin = 0;
    int cjk_pairs = 0, spaced_cjk_pairs = 0, spaced_ideograph_pairs = 0;
    int ambiguous_extra_ink = 0;
    char32_t prev_nonspace = 0;
    char_class prev_class = char_class::other;  // classify(prev_nonspace) when there is one
    bool space_since_prev = false;
    std::size_t chars = 0;
    for (const char* k = p; k < q;) {
      const char32_t c = next_char(k);
      ++chars;
      if (c < 0x80) {
        // ASCII (most of a Latin line): never an ideograph, wide or ambiguous, so of the pair
        // counts only a CJK character before it can make one.
        const char_class cls = ascii::classes.of[c];
        if (cls == char_class::space) { space_since_prev = true; continue; }
        latin += cls == char_class::latin;
        ink += c >= 0x20;
        ++glyphs;
        if (prev_class == char_class::cjk) {
          ++cjk_pairs;
          spaced_cjk_pairs += space_since_prev;
        }
        prev_nonspace = c;
        prev_class = cls;
        space_since_prev = false;
        continue;
      }
      const char_class cls = classify(c);
      if (cls == char_class::space) { space_since_prev = true; continue; }
      if (cls == char_class::cjk) ++cjk;
      else if (cls == char_class::latin) ++latin;
      const int cells = cell_width(c, false);
      ink += cells;
      ambiguous_extra_ink += is_ambiguous_width(c) ? cell_width(c, true) - cells : 0;
      ++glyphs;
      // Justification spreads every gap of a CJK line, around punctuation too.
      const bool cjk_like = cls == char_class::cjk || cls == char_class::cjk_punct;
      const auto pc = prev_class;
      const bool prev_cjk_like = pc == char_class::cjk || pc == char_class::cjk_punct;
      if (prev_nonspace && (cjk_like || prev_cjk_like) && (cls == char_class::cjk || pc == char_class::cjk)) {
        ++cjk_pairs;
        if (space_since_prev) ++spaced_cjk_pairs;
        if (space_since_prev && cls == char_class::cjk && pc == char_class::cjk) ++spaced_ideograph_pairs;
      }
      prev_nonspace = c;
      prev_class = cls;
      space_since_prev = false;
    }
    if (cjk > 0) {  // (the line had an ideograph: is_cjk() is classify() == cjk)
      ink += ambiguous_extra_ink;
    }
    l.ink = ink;
    l.glyphs = glyphs;
    l.cjk = cjk;
    l.latin = latin;
    l.cjk_pairs = cjk_pairs;
    l.spaced_cjk_pairs = spaced_cjk_pairs;
    l.spaced_ideograph_pairs = spaced_ideograph_pairs;
    l.first = first;
    l.last = last;
    l.last_class = prev_class;  // (of the last non-space character)
    // (A head ending in a bracket, "…（快评）", has ended no sentence.)
    const char* k = q;
    char32_t c = 0;
    do c = prev_char(k); while (k > p && is_closing(c));
    l.ends_sentence = !is_closing(c) && is_sentence_final(c);
    l.first_class = classify(l.first);
    // ('#' and '*' are a byte each: byte positions are character positions while they last.)
    std::size_t hashes = 0;
    while (p + hashes < q && p[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && p + hashes < q) {
      const char* h = p + hashes;
      if (is_space(next_char(h))) l.markdown_heading = static_cast<std::uint8_t>(hashes);
    }
    l.markdown_bold = chars > 4 && p[0] == '*' && p[1] == '*' && q[-1] == '*' && q[-2] == '*';
  }
  return lines;
}

line_chars::line_chars(const page_text& text, const std::vector<line>& lines) : at_(lines.size() + 1) {
  std::size_t bytes = 0;
  for (const line& l : lines) bytes += l.end - l.begin;
  data_.reset(new char32_t[std::max<std::size_t>(bytes, 1)]);  // (at most a code point a byte)
  char32_t* o = data_.get();
  const std::string_view page = text.bytes();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    at_[i] = static_cast<std::uint32_t>(o - data_.get());
    if (!lines[i].blank) o = decode_to(page.substr(lines[i].begin, lines[i].end - lines[i].begin), o);
  }
  at_[lines.size()] = static_cast<std::uint32_t>(o - data_.get());
}

bool page_is_cjk(const std::vector<line>& lines) {
  long cjk = 0, latin = 0;
  for (const line& l : lines) { cjk += l.cjk; latin += l.latin; }
  return cjk * 2 >= latin && cjk > 0;
}

}  // namespace galley::detail
