// Differential: options change presentation, never content. Keeping line breaks, CJK-Latin
// spacing or the language hint must leave the same non-space characters in the output
// (counting the line-end hyphens each side removed).
#include <cstdio>
#include <cstdlib>

#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  galley::options other;
  other.keep_line_breaks = data[0] & 1;
  other.spacing = static_cast<galley::latin_spacing>((data[0] >> 1) % 3);
  other.language = static_cast<galley::language_hint>((data[0] >> 3) % 3);
  const galley::result a = galley::reflow(input);
  const galley::result b = galley::reflow(input, other);
  if (!a || !b) return 0;
  // Line-end hyphens are the one content change an option may make (keep_line_breaks keeps
  // them with their breaks); both sides count them, so add them back before comparing.
  auto ink = [](const galley::document& d) {
    auto m = galley::test::ink_of(galley::test::output_text(d));
    m[U'-'] += static_cast<long>(d.stats.line_end_hyphens_removed);
    if (m[U'-'] == 0) m.erase(U'-');
    return m;
  };
  if (ink(a.document) != ink(b.document)) {
    std::fprintf(stderr, "options changed the text content\n");
    std::abort();
  }
  return 0;
}
