// Small helpers for tests that look at what reflow made of a page.
#ifndef GALLEY_TESTS_HELPERS_HPP
#define GALLEY_TESTS_HELPERS_HPP

#include <string>
#include <vector>

#include <galley.h>

namespace galley::test {

inline document reflow_ok(std::string_view text, const options& opts = {}) {
  result r = reflow(text, opts);
  if (!r) throw std::runtime_error(std::string(error_message(r.error)));
  return std::move(r.document);
}

/** Texts of all blocks of a given kind, in order, across articles. */
inline std::vector<std::string> blocks_of(const document& d, block_kind kind = block_kind::paragraph) {
  std::vector<std::string> out;
  for (const article& a : d.articles)
    for (const block& b : a.blocks)
      if (b.kind == kind) out.push_back(b.text);
  return out;
}

inline std::vector<std::string> headlines_of(const document& d) {
  std::vector<std::string> out;
  for (const article& a : d.articles) out.push_back(a.headline);
  return out;
}

/** A paragraph set in a column: lines of `width` characters (code points), each ending in a newline. */
inline std::string in_column(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t on_line = 0;
  for (std::size_t k = 0; k < text.size();) {
    const auto lead = static_cast<unsigned char>(text[k]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    out.append(text.substr(k, n));
    k += n;
    if (++on_line == width && k < text.size()) {
      out += '\n';
      on_line = 0;
    }
  }
  return out + '\n';
}

// A paragraph tesseract read a line a block, in another order, each set apart by blank lines,
// between a head and the next story (the OCR tests and the interleaved columns' counter-example).
inline constexpr const char* ocr_scrambled_paragraph =
    "Firm Acquires Health Food Chain\n\n"
    "<Harbour Investments Inc>, a publicly held\nit acquired the chain\n\n"
    "shell company, said\n\n"
    "Nutrition Stores Inc through a transaction in\n\n"
    "their shares.\n\n"
    "which the chain's shareholders received\n\n"
    "20 mln shares of Harbour stock in exchange for\n\n"
    "Grain Output Down In January\n\n"
    "Grain output was down 10.8 pct in January\nto 12.3 mln tonnes, the ministry said.\n";

}  // namespace galley::test

#endif
