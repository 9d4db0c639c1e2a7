// The JSON writer: numbers as printf would write them (it no longer uses printf, to keep the
// WASM module small), and control characters escaped.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <galley.h>

using namespace galley;

namespace {

// The JSON of a document whose only content is one explained line with these scores.
std::string scores_json(const std::vector<double>& values) {
  document d;
  line_explanation e;
  e.role = "paragraph";
  for (std::size_t i = 0; i < values.size(); ++i) e.scores.emplace_back(std::string(1, 's').append(std::to_string(i)), values[i]);
  d.explanation.push_back(e);
  json_options o;
  o.pretty = false;
  return to_json(d, o);
}

std::string expected_json(const std::vector<double>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.4g", values[i]);
    out.append(i ? ",\"s" : "\"s").append(std::to_string(i)).append("\":").append(buf);
  }
  return out;
}

}  // namespace

TEST_CASE("json: scores are written as printf's %.4g would write them", "[json]") {
  std::vector<double> values = {0.0, -0.0, 1.0, -99.0, 0.5, 1.0625, 2.0005, 2.0015, 9999.5, 9999.4, 99995.0, 1e-4,
                                9.9995e-5, 123456.0, 1e-300, 5e-324, 1e308, 0.000123456, -3.14159, 42.0,
                                std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  for (int i = -2000; i <= 2000; ++i) values.push_back(i / 16.0);  // exact ties at the fourth digit
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> near(-200, 200);
  for (int i = 0; i < 20000; ++i) values.push_back(near(rng));
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (std::isfinite(d)) values.push_back(d);
  }
  int mismatches = 0;
  for (double v : values) {
    const std::string got = scores_json({v});
    const std::string want = expected_json({v});
    if (got.find(want) == std::string::npos && ++mismatches <= 5) CHECK(got == want);
  }
  CHECK(mismatches == 0);
  CHECK(scores_json(values).find(expected_json(values)) != std::string::npos);
}

TEST_CASE("json: control characters are escaped as \\u00XX", "[json]") {
  document d;
  d.lang = std::string("a\x01z\x1f", 4);
  CHECK(to_json(d).find("\"a\\u0001z\\u001f\"") != std::string::npos);
}

TEST_CASE("json: ascii writes every character past ASCII as \\u escapes, pairs past the BMP", "[json]") {
  document d;
  d.lang = "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xE4\xB8\xAD \xF0\x9F\x98\x80 \x01\"";
  json_options o;
  o.ascii = true;
  const std::string ascii = to_json(d, o);
  for (const char c : ascii) CHECK(static_cast<unsigned char>(c) < 0x80);
  CHECK(ascii.find("\"caf\\u00e9 \\u201cq\\u201d \\u4e2d \\ud83d\\ude00 \\u0001\\\"\"") != std::string::npos);
  // Without it, the same JSON with the characters as they are.
  CHECK(to_json(d).find("\"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xE4\xB8\xAD \xF0\x9F\x98\x80 \\u0001\\\"\"") != std::string::npos);
}
