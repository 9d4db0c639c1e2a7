// Differential: options change presentation, never content. Keeping line breaks or
// changing CJK-Latin spacing must leave the same non-space characters in the output.
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
  if (galley::test::ink_of(galley::test::output_text(a.document)) !=
      galley::test::ink_of(galley::test::output_text(b.document))) {
    std::fprintf(stderr, "options changed the text content\n");
    std::abort();
  }
  return 0;
}
