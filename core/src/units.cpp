#include "units.hpp"

namespace galley::detail {

namespace {

bool ends_paragraph(const line& l, int column) {
  const bool final = is_sentence_final(l.last) ||
                     (is_closing(l.last) && l.end - l.begin >= 2);
  return final && l.width + 2 <= column;
}

// Appends line text to out, dropping spaces next to CJK characters.
void append_line(std::u32string& out, std::u32string_view s, bool cjk_page, statistics& st) {
  if (!out.empty() && !s.empty()) {
    const char32_t a = out.back(), b = s.front();
    const bool glue = classify(a) == char_class::cjk || classify(a) == char_class::cjk_punct ||
                      classify(b) == char_class::cjk || classify(b) == char_class::cjk_punct;
    if (!glue) out.push_back(U' ');
  }
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char32_t c = s[k];
    if (is_space(c)) {
      const char32_t prev = out.empty() ? 0 : out.back();
      std::size_t n = k;
      while (n < s.size() && is_space(s[n])) ++n;
      const char32_t next = n < s.size() ? s[n] : 0;
      const auto cp = classify(prev), cn = classify(next);
      const bool cjk_side = cp == char_class::cjk || cp == char_class::cjk_punct ||
                            cn == char_class::cjk || cn == char_class::cjk_punct;
      if ((cjk_page && cjk_side) || prev == U' ') { st.layout_spaces_removed += n - k; k = n - 1; continue; }
      out.push_back(U' ');
      st.layout_spaces_removed += n - k - 1;
      k = n - 1;
      continue;
    }
    out.push_back(c);
  }
}

}  // namespace

// Skeleton joiner; the evidence-weighted version replaces this.
std::vector<unit> build_units(const page_text& text, const std::vector<line>& lines,
                              const layout& lay, const std::vector<role>& roles,
                              const options&, statistics& st) {
  std::vector<unit> units;
  unit cur;
  auto flush = [&] {
    if (cur.lines.empty()) return;
    cur.ends_mid_sentence = cur.text.empty() || !(is_sentence_final(cur.text.back()) || is_closing(cur.text.back()));
    units.push_back(std::move(cur));
    cur = unit{};
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank) {
      if (!lay.double_spaced) flush();
      continue;
    }
    const role r = roles[i];
    if (!cur.lines.empty() && (cur.kind != r || r != role::body)) flush();
    if (cur.lines.empty()) {
      cur.kind = r;
      cur.opens_mid_sentence = false;
    }
    std::u32string_view s = std::u32string_view(text.chars).substr(l.begin, l.end - l.begin);
    if (l.markdown_heading) {
      s.remove_prefix(static_cast<std::size_t>(l.markdown_heading));
      while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
      st.markup_removed += static_cast<std::size_t>(l.markdown_heading);
    }
    append_line(cur.text, s, lay.cjk, st);
    if (!cur.lines.empty() && cur.lines.back().last + 1 >= l.number)
      cur.lines.back().last = l.number;
    else
      cur.lines.push_back({l.number, l.number});
    if (r != role::body || ends_paragraph(l, lay.column[i])) flush();
  }
  flush();
  return units;
}

}  // namespace galley::detail
