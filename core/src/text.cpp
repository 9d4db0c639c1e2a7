#include "text.hpp"

#include "unicode.hpp"
#include "utf8.hpp"

namespace galley::detail {

namespace {

bool is_zero_width(char32_t c) {
  // ZWJ and ZWNJ are kept: they join emoji sequences and shape Indic and Arabic text.
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

}  // namespace

page_text decode_page(std::string_view input, statistics& st, std::vector<warning>& warnings) {
  page_text t;
  // Room for one code point per lead byte (continuation bytes start none) and a line per
  // line break: exact for clean text. (Reserving a code point per byte took 4 bytes of
  // memory per input byte, 12 for Chinese text's 3 per character.)
  std::size_t lead_bytes = 1, breaks = 2;  // (a final '\n', the line it ends, the end mark)
  for (const char b : input) {
    lead_bytes += (static_cast<unsigned char>(b) & 0xC0) != 0x80;
    breaks += b == '\n' || b == '\r';
  }
  t.chars.reserve(lead_bytes);
  t.line_begin.reserve(breaks);
  t.line_begin.push_back(0);
  std::size_t i = 0;
  if (input.substr(0, 3) == "\xEF\xBB\xBF") { i = 3; ++st.byte_order_marks_removed; }
  auto push = [&](char32_t c) {
    t.chars.push_back(c);
    if (c == U'\n') t.line_begin.push_back(static_cast<std::uint32_t>(t.chars.size()));
  };
  while (i < input.size()) {
    // Printable ASCII stands for itself: most bytes of most pages take this path.
    if (const auto b = static_cast<unsigned char>(input[i]); b >= 0x20 && b < 0x7F) {
      t.chars.push_back(b);
      ++i;
      continue;
    }
    char32_t c = 0;
    // (An invalid byte is replaced by itself alone, as the WHATWG decoder does for most cases.)
    std::size_t len = decode_utf8(input, i, c);
    if (len == 0) {
      ++st.invalid_bytes_replaced;
      push(0xFFFD);
      ++i;
      continue;
    }
    i += len;
    if (c == U'\r') {
      if (i < input.size() && input[i] == '\n') ++i;
      push(U'\n');
    } else if (c == U'\n') {
      push(c);
    } else if (c == U'\t') {
      push(U' ');
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      ++st.control_chars_removed;
    } else if (is_zero_width(c)) {
      ++st.zero_width_removed;
    } else if (c == 0x00AD) {
      ++st.soft_hyphens_removed;
      // At a line's end it says where a word was split: the units stage joins it back.
      std::size_t j = i;
      while (j < input.size() && (input[j] == ' ' || input[j] == '\t')) ++j;
      const auto line_index = static_cast<std::uint32_t>(t.line_begin.size() - 1);
      if ((j == input.size() || input[j] == '\n' || input[j] == '\r') &&
          (t.soft_hyphen_lines.empty() || t.soft_hyphen_lines.back() != line_index))
        t.soft_hyphen_lines.push_back(line_index);
    } else if (const std::u32string_view mapped = stands_for(c); !mapped.empty()) {
      for (char32_t m : mapped) push(m);
      ++st.characters_mapped;
    } else {
      push(c);
    }
  }
  if (t.chars.empty() || t.chars.back() != U'\n') push(U'\n');
  st.input_bytes = input.size();
  st.input_lines = t.line_count();
  if (st.invalid_bytes_replaced)
    warnings.push_back({"invalid-utf8", std::to_string(st.invalid_bytes_replaced) +
                                            " invalid UTF-8 byte(s) were replaced with U+FFFD."});
  if (!is_nfc_stable(t.chars)) {
    // Normalise line by line, so that line numbers stay those of the input.
    page_text n;
    n.chars.reserve(t.chars.size());
    n.line_begin.reserve(t.line_begin.size());
    n.line_begin.push_back(0);
    std::u32string line;
    for (std::size_t l = 0; l < t.line_count(); ++l) {
      line = t.line(l);
      if (!is_nfc_stable(line)) normalize_nfc(line);
      n.chars += line;
      n.chars.push_back(U'\n');
      n.line_begin.push_back(static_cast<std::uint32_t>(n.chars.size()));
    }
    n.soft_hyphen_lines = std::move(t.soft_hyphen_lines);
    t = std::move(n);
  }
  return t;
}

}  // namespace galley::detail
