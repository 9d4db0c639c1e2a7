// NFC held to the Unicode Character Database's own conformance test (NormalizationTest.txt,
// Debian's unicode-data), through the utf8proc tables the build cuts down
// (cmake/utf8proc_nfc_tables.py): the fast path's is_nfc_stable() too, which must never call
// a text stable that NFC would change.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <utf8proc.h>

#include "unicode.hpp"

using namespace galley;

namespace {

std::string nfc(const std::string& s) {
  std::string out;
  if (!detail::normalize_nfc(s, out)) return "<refused>";
  return out;
}

std::string utf8_of(const std::u32string& s) { return detail::to_utf8(s); }

// "1E0A 0323" -> U"\u1E0A\u0323".
std::u32string code_points(const std::string& field) {
  std::u32string out;
  std::istringstream in(field);
  std::string hex;
  while (in >> hex) out.push_back(static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
  return out;
}

bool is_scalar(char32_t c) { return c < 0xD800 || (c > 0xDFFF && c < 0x110000); }

}  // namespace

TEST_CASE("unicode: NFC conforms to the Unicode Character Database's NormalizationTest.txt", "[text][unicode]") {
  std::ifstream in(GALLEY_NORMALIZATION_TEST);
  REQUIRE(in.good());
  std::string line;
  REQUIRE(std::getline(in, line));
  // The conformance lines are of one Unicode version: utf8proc's must be the same.
  const std::string version = utf8proc_unicode_version();
  INFO("test file: " << line << "; utf8proc: Unicode " << version);
  REQUIRE(line.find("NormalizationTest-" + version + ".txt") != std::string::npos);

  std::size_t cases = 0, failures = 0, stable_wrong = 0;
  std::string first_failure;
  std::vector<bool> in_part1(0x110000, false);
  bool part1 = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '@') {
      part1 = line.rfind("@Part1", 0) == 0;
      continue;
    }
    std::vector<std::u32string> c;
    std::istringstream fields(line);
    for (std::string f; c.size() < 5 && std::getline(fields, f, ';');) c.push_back(code_points(f));
    REQUIRE(c.size() == 5);
    if (part1 && c[0].size() == 1) in_part1[c[0][0]] = true;
    // NFC: c2 == toNFC(c1) == toNFC(c2) == toNFC(c3); c4 == toNFC(c4) == toNFC(c5).
    const std::pair<int, int> checks[] = {{0, 1}, {1, 1}, {2, 1}, {3, 3}, {4, 3}};
    for (auto [from, to] : checks) {
      ++cases;
      if (nfc(utf8_of(c[static_cast<std::size_t>(from)])) != utf8_of(c[static_cast<std::size_t>(to)])) {
        if (!failures++) first_failure = line;
      }
    }
    for (const std::u32string& s : c)
      if (detail::is_nfc_stable(s) && nfc(utf8_of(s)) != utf8_of(s)) ++stable_wrong;
  }
  INFO("first failing line: " << first_failure);
  CHECK(cases > 90000);
  CHECK(failures == 0);
  CHECK(stable_wrong == 0);

  // Every code point not listed in part 1 is its own NFC.
  std::size_t unchanged_wrong = 0;
  for (char32_t cp = 1; cp < 0x110000; ++cp) {
    if (!is_scalar(cp) || in_part1[cp]) continue;
    const std::string s = utf8_of(std::u32string(1, cp));
    if (nfc(s) != s) ++unchanged_wrong;
  }
  CHECK(unchanged_wrong == 0);
}
