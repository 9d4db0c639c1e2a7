#include "text.hpp"

#include "unicode.hpp"

namespace galley::detail {

namespace {

// Decodes one UTF-8 sequence at in[i]; returns its length, or 0 if the byte at i starts no
// valid sequence (then exactly that byte is replaced, as the WHATWG decoder does for most cases).
std::size_t decode_one(std::string_view in, std::size_t i, char32_t& out) {
  const auto b0 = static_cast<unsigned char>(in[i]);
  if (b0 < 0x80) { out = b0; return 1; }
  auto cont = [&](std::size_t k) {
    return i + k < in.size() && (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
  };
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(in[i + k]) & 0x3Fu; };
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) { out = ((b0 & 0x1Fu) << 6) | byte(1); return 2; }
  if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2)) {
    char32_t c = ((b0 & 0x0Fu) << 12) | (byte(1) << 6) | byte(2);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return 0;  // overlong or surrogate
    out = c;
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    char32_t c = ((b0 & 0x07u) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
    if (c < 0x10000 || c > 0x10FFFF) return 0;
    out = c;
    return 4;
  }
  return 0;
}

bool is_zero_width(char32_t c) {
  // ZWJ and ZWNJ are kept: they join emoji sequences and shape Indic and Arabic text.
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

}  // namespace

page_text decode_page(std::string_view input, statistics& st, std::vector<warning>& warnings) {
  page_text t;
  t.chars.reserve(input.size());
  t.byte_offset.reserve(input.size());
  t.line_begin.push_back(0);
  std::size_t i = 0;
  if (input.substr(0, 3) == "\xEF\xBB\xBF") { i = 3; ++st.byte_order_marks_removed; }
  auto push = [&](char32_t c, std::size_t at) {
    t.chars.push_back(c);
    t.byte_offset.push_back(static_cast<std::uint32_t>(at));
    if (c == U'\n') t.line_begin.push_back(static_cast<std::uint32_t>(t.chars.size()));
  };
  while (i < input.size()) {
    // Printable ASCII stands for itself: most bytes of most pages take this path.
    if (const auto b = static_cast<unsigned char>(input[i]); b >= 0x20 && b < 0x7F) {
      t.chars.push_back(b);
      t.byte_offset.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    char32_t c = 0;
    std::size_t len = decode_one(input, i, c);
    if (len == 0) {
      ++st.invalid_bytes_replaced;
      push(0xFFFD, i);
      ++i;
      continue;
    }
    const std::size_t at = i;
    i += len;
    if (c == U'\r') {
      if (i < input.size() && input[i] == '\n') ++i;
      push(U'\n', at);
    } else if (c == U'\n') {
      push(c, at);
    } else if (c == U'\t') {
      push(U' ', at);
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
      for (char32_t m : mapped) push(m, at);
      ++st.characters_mapped;
    } else {
      push(c, at);
    }
  }
  if (t.chars.empty() || t.chars.back() != U'\n') push(U'\n', input.size());
  st.input_bytes = input.size();
  st.input_lines = t.line_count();
  if (st.invalid_bytes_replaced)
    warnings.push_back({"invalid-utf8", std::to_string(st.invalid_bytes_replaced) +
                                            " invalid UTF-8 byte(s) were replaced with U+FFFD."});
  if (!is_nfc_stable(t.chars)) {
    // Normalise line by line so the offsets stay attached to their lines.
    page_text n;
    n.line_begin.push_back(0);
    for (std::size_t l = 0; l < t.line_count(); ++l) {
      std::u32string line(t.line(l));
      const std::uint32_t first_offset = t.byte_offset[t.line_begin[l]];
      if (!is_nfc_stable(line)) normalize_nfc(line);
      for (char32_t c : line) { n.chars.push_back(c); n.byte_offset.push_back(first_offset); }
      n.chars.push_back(U'\n');
      n.byte_offset.push_back(t.byte_offset[t.line_begin[l + 1] - 1]);
      n.line_begin.push_back(static_cast<std::uint32_t>(n.chars.size()));
    }
    n.soft_hyphen_lines = std::move(t.soft_hyphen_lines);
    t = std::move(n);
  }
  return t;
}

}  // namespace galley::detail
