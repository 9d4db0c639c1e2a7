#include "lines.hpp"

namespace galley::detail {

std::vector<line> measure_lines(const page_text& text) {
  std::vector<line> lines(text.line_count());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    line& l = lines[i];
    l.number = static_cast<std::uint32_t>(i + 1);
    const std::uint32_t b = text.line_begin[i];
    const std::uint32_t e = text.line_begin[i + 1] - 1;  // the '\n'
    std::uint32_t p = b;
    while (p < e && is_space(text.chars[p])) { l.indent += text.chars[p] == 0x3000 ? 2 : 1; ++p; }
    std::uint32_t q = e;
    while (q > p && is_space(text.chars[q - 1])) --q;
    l.begin = p;
    l.end = q;
    l.blank = p == q;
    if (l.blank) continue;
    // East Asian ambiguous characters are wide on a line with an ideograph (cjk_context).
    // Rather than search the line for one first, the widths are taken as if there were
    // none, and what the ambiguous characters would add is kept aside: l.cjk says at the
    // end whether the line had an ideograph.
    int ambiguous_extra = 0, ambiguous_extra_ink = 0;
    char32_t prev_nonspace = 0;
    char_class prev_class = char_class::other;  // classify(prev_nonspace) when there is one
    bool space_since_prev = false;
    for (std::uint32_t k = p; k < q; ++k) {
      const char32_t c = text.chars[k];
      const char_class cls = classify(c);
      const int cells = cls == char_class::space ? (c == 0x3000 ? 2 : 1) : cell_width(c, false);
      const int extra = cls != char_class::space && is_ambiguous_width(c) ? cell_width(c, true) - cells : 0;
      l.width += cells;
      ambiguous_extra += extra;
      switch (cls) {
        case char_class::cjk: ++l.cjk; break;
        case char_class::latin: ++l.latin; break;
        case char_class::digit: ++l.digits; break;
        case char_class::cjk_punct: case char_class::punct: ++l.punct; break;
        default: break;
      }
      if (cls == char_class::space) { space_since_prev = true; continue; }
      l.ink += cells;
      ambiguous_extra_ink += extra;
      ++l.glyphs;
      // Justification spreads every gap of a CJK line, around punctuation too.
      const bool cjk_like = cls == char_class::cjk || cls == char_class::cjk_punct;
      const auto pc = prev_class;
      const bool prev_cjk_like = pc == char_class::cjk || pc == char_class::cjk_punct;
      if (prev_nonspace && (cjk_like || prev_cjk_like) && (cls == char_class::cjk || pc == char_class::cjk)) {
        ++l.cjk_pairs;
        if (space_since_prev) ++l.spaced_cjk_pairs;
        if (space_since_prev && cls == char_class::cjk && pc == char_class::cjk) ++l.spaced_ideograph_pairs;
      }
      prev_nonspace = c;
      prev_class = cls;
      space_since_prev = false;
    }
    if (l.cjk > 0) {  // (the line had an ideograph: is_cjk() is classify() == cjk)
      l.width += ambiguous_extra;
      l.ink += ambiguous_extra_ink;
    }
    l.first = text.chars[p];
    l.last = text.chars[q - 1];
    // (A head ending in a bracket, "…（快评）", has ended no sentence.)
    std::uint32_t k = q;
    while (k > p && is_closing(text.chars[k - 1])) --k;
    l.ends_sentence = k > p && is_sentence_final(text.chars[k - 1]);
    l.first_class = classify(l.first);
    l.last_class = classify(l.last);
    int hashes = 0;
    while (p + hashes < q && text.chars[p + hashes] == U'#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && p + hashes < q && is_space(text.chars[p + hashes]))
      l.markdown_heading = static_cast<std::uint8_t>(hashes);
    l.markdown_bold = q - p > 4 && text.chars[p] == U'*' && text.chars[p + 1] == U'*' &&
                      text.chars[q - 1] == U'*' && text.chars[q - 2] == U'*';
  }
  return lines;
}

bool page_is_cjk(const std::vector<line>& lines) {
  long cjk = 0, latin = 0;
  for (const line& l : lines) { cjk += l.cjk; latin += l.latin; }
  return cjk * 2 >= latin && cjk > 0;
}

}  // namespace galley::detail
