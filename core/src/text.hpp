// The text stage: bytes in, clean text out, line by line.
#ifndef GALLEY_TEXT_HPP
#define GALLEY_TEXT_HPP

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "galley/document.h"
#include "stage.hpp"

namespace galley::detail {

/**
 * The page after decoding and normalisation, as UTF-8. Most pages need no change at all:
 * then the text is the input itself, and the stage allocates only the line starts. (It
 * used to be a char32_t per character: 4 bytes per input byte of English, a 42 MB block
 * for 10 MB, which glibc maps afresh and the kernel faults in page by page on every call.)
 * The later stages decode a line at a time where they need code points.
 */
class page_text {
 public:
  /** The whole text: valid UTF-8, every line followed by '\n' (but perhaps the last). */
  std::string_view bytes() const { return borrowed_ ? input_ : std::string_view(own_); }
  std::size_t line_count() const { return line_begin.empty() ? 0 : line_begin.size() - 1; }
  /** Line i (0-based) without its '\n'. */
  std::string_view line(std::size_t i) const {
    return bytes().substr(line_begin[i], line_begin[i + 1] - line_begin[i] - 1);
  }

  /**
   * Byte offset where each input line starts, and one extra entry at the end: one past the
   * '\n' that ends the last line (which the text may lack: a '\n' is implied there).
   */
  std::vector<std::uint32_t> line_begin;
  /** Lines (0-based, ascending) that ended in a soft hyphen: a word was split there. */
  std::vector<std::uint32_t> soft_hyphen_lines;

  /**
   * Takes text that decode_page() wrote, changed only at its line breaks (rejoin.hpp), as it
   * is, with where its lines begin: not decoded again.
   */
  void adopt(std::string bytes, std::vector<std::uint32_t> begins) {
    own_ = std::move(bytes);
    borrowed_ = false;
    line_begin = std::move(begins);
  }

 private:
  friend page_text decode_page(std::string_view, statistics&);
  bool borrowed_ = true;
  std::string_view input_;  // (borrowed: the input after its byte order mark)
  std::string own_;         // (otherwise)
};

/**
 * Decodes UTF-8 (invalid bytes become U+FFFD), drops a BOM, turns CRLF and CR into LF,
 * removes control characters, zero-width characters and soft hyphens, maps radicals and
 * ligatures, and NFC-normalises. Every change is counted in st (added to its counts; its
 * input_bytes and input_lines are set). The result may refer to input, which must outlive it.
 */
GALLEY_STAGE page_text decode_page(std::string_view input, statistics& st);

/** The next code point of valid UTF-8 at p (the page's text is), p moved past it. */
[[gnu::always_inline]] inline char32_t next_char(const char*& p) {
  const auto b = static_cast<unsigned char>(*p++);
  if (b < 0x80) return b;
  auto more = [&p] { return static_cast<char32_t>(static_cast<unsigned char>(*p++) & 0x3Fu); };
  if (b < 0xE0) return ((b & 0x1Fu) << 6) | more();
  if (b < 0xF0) {
    const char32_t c = (b & 0x0Fu) << 12;
    const char32_t c1 = more();
    return c | (c1 << 6) | more();
  }
  const char32_t c = (b & 0x07u) << 18;
  const char32_t c1 = more();
  const char32_t c2 = more();
  return c | (c1 << 12) | (c2 << 6) | more();
}

/**
 * Whether valid UTF-8 at p starts a CJK Unified Ideograph (U+4E00–U+9FFF), most of a
 * Chinese text: told from the first byte (E5–E9 lead U+5000–U+9FFF), or for E4 from the
 * second (U+4E00 is E4 B8 80), with no code point decoded.
 */
[[gnu::always_inline]] inline bool ideograph_at(const char* p) {
  const auto b = static_cast<unsigned char>(*p);
  return (b >= 0xE5 && b <= 0xE9) || (b == 0xE4 && static_cast<unsigned char>(p[1]) >= 0xB8);
}

/**
 * Whether the eight bytes of w are all printable ASCII (none past ASCII, below ' ' or 0x7F),
 * tested together: the text stage passes over such runs, and the lines stage counts them.
 */
[[gnu::always_inline]] inline bool printable_ascii8(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
  return ((w | (w - ones * 0x20) | ((w ^ ones * 0x7F) - ones)) & highs) == 0;
}

/**
 * Room for code points that a stage writes before it reads them: it grows, and is not
 * cleared as a std::u32string would be (one serves every line of a page).
 */
class char32_buffer {
 public:
  char32_t* room(std::size_t n) {
    if (n > size_) {
      size_ = std::max(n, 2 * size_);
      data_.reset(new char32_t[size_]);
    }
    return data_.get();
  }

 private:
  std::unique_ptr<char32_t[]> data_;
  std::size_t size_ = 0;
};

/** Valid UTF-8 decoded into buf; returns the code points (valid until buf is used again). */
std::u32string_view decode_into(std::string_view s, char32_buffer& buf);
/** Valid UTF-8 decoded at o (room for a code point a byte); returns where they end. */
char32_t* decode_to(std::string_view s, char32_t* o);

}  // namespace galley::detail

#endif
