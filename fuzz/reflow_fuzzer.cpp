// The whole pipeline on arbitrary bytes: no crash, no leak, and the invariants hold.
#include <cstdlib>
#include <cstdio>

#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const galley::result r = galley::reflow(input);
  if (!r) return 0;
  std::string broken = galley::test::check_conservation(input, r.document);
  if (broken.empty()) broken = galley::test::check_output_bounded(input, r.document);
  if (broken.empty() && galley::to_json(galley::reflow(input).document) != galley::to_json(r.document))
    broken = "not deterministic";
  if (!broken.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
    std::abort();
  }
  // The renderers must take whatever the pipeline made.
  (void)galley::to_markdown(r.document);
  (void)galley::to_html(r.document);
  (void)galley::to_text(r.document);
  return 0;
}
