// The text stage: bytes in, clean code points out, line by line.
#ifndef GALLEY_TEXT_HPP
#define GALLEY_TEXT_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "galley/document.h"

namespace galley::detail {

/** The page after decoding and normalisation. */
struct page_text {
  /** Every input line's code points, each line followed by '\n'. */
  std::u32string chars;
  /** Index in chars where each input line starts; one extra entry at the end (== chars.size()). */
  std::vector<std::uint32_t> line_begin;

  /** Lines (0-based, ascending) that ended in a soft hyphen: a word was split there. */
  std::vector<std::uint32_t> soft_hyphen_lines;

  std::size_t line_count() const { return line_begin.empty() ? 0 : line_begin.size() - 1; }
  /** Line i (0-based) without its '\n'. */
  std::u32string_view line(std::size_t i) const {
    return std::u32string_view(chars).substr(line_begin[i], line_begin[i + 1] - line_begin[i] - 1);
  }
};

/**
 * Decodes UTF-8 (invalid bytes become U+FFFD), drops a BOM, turns CRLF and CR into LF,
 * removes control characters, zero-width characters and soft hyphens, maps radicals and
 * ligatures, and NFC-normalises. Every change is counted in st; warnings say what users
 * should know.
 */
// (noinline: a stage of the pipeline; see reflow.cpp.)
[[gnu::noinline]] page_text decode_page(std::string_view input, statistics& st, std::vector<warning>& warnings);

}  // namespace galley::detail

#endif
