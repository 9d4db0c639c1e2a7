// One UTF-8 sequence decoded, strictly: the text stage reads the input with it.
#ifndef GALLEY_UTF8_HPP
#define GALLEY_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace galley::detail {

/**
 * Decodes the UTF-8 sequence at in[i] into out; returns its length, or 0 when the byte at
 * i starts no valid sequence (a stray continuation byte, a truncated, overlong or surrogate
 * sequence, or one past U+10FFFF).
 */
inline std::size_t decode_utf8(std::string_view in, std::size_t i, char32_t& out) {
  const auto b0 = static_cast<unsigned char>(in[i]);
  if (b0 < 0x80) { out = b0; return 1; }
  auto cont = [&](std::size_t k) {
    return i + k < in.size() && (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
  };
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(in[i + k]) & 0x3Fu; };
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) { out = ((b0 & 0x1Fu) << 6) | byte(1); return 2; }
  if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2)) {
    const char32_t c = ((b0 & 0x0Fu) << 12) | (byte(1) << 6) | byte(2);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return 0;  // overlong or surrogate
    out = c;
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    const char32_t c = ((b0 & 0x07u) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
    if (c < 0x10000 || c > 0x10FFFF) return 0;
    out = c;
    return 4;
  }
  return 0;
}

}  // namespace galley::detail

#endif
