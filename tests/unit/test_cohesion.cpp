// The lexical keys of joined texts: join_keys() builds them from the pieces' runs, and must
// give exactly what reading the joined text gives (the articles stage's outputs rest on it).
#include <catch2/catch.hpp>

#include <random>

#include "cohesion.hpp"

using namespace galley::detail;

namespace {
// The keys of text read as one piece, with no run: each_bigram() over the whole text.
std::vector<std::uint64_t> read_whole(std::u32string_view text, std::size_t max_chars) {
  std::vector<std::uint64_t> keys;
  join_keys({{text, nullptr}}, max_chars, keys);
  return keys;
}
}  // namespace

TEST_CASE("cohesion: keys joined from runs are the joined text's, at every limit", "[cohesion]") {
  // Pieces cut anywhere: inside words (which then run on into the next piece), between two
  // ideographs or digits (whose pair spans the cut), past the word length kept, with some
  // pieces read as text (no run) as an article's cut tail is.
  std::mt19937 rng(7);
  const std::u32string letters = U"abcdeghilnorstuTHE";
  const std::u32string mixed = U"abcdeTHEthe s,.。，、中国经济发展12３４Ａ-'é日本一二三　\n";
  int joined = 0, compared = 0;
  for (int round = 0; round < 20000; ++round) {
    std::vector<std::u32string> texts(1 + rng() % 6);
    for (std::u32string& t : texts) {
      for (int n = static_cast<int>(rng() % 40); n-- > 0;)
        t += rng() % 3 ? letters[rng() % letters.size()] : mixed[rng() % mixed.size()];
      if (rng() % 5 == 0) t += U"longwordlongwordlongwordlongword";
    }
    std::vector<key_run> runs(texts.size());
    std::u32string whole;
    for (std::size_t k = 0; k < texts.size(); ++k) {
      read_run(texts[k], 800, runs[k]);
      whole += texts[k];
    }
    for (const std::size_t max_chars : {3, 10, 25, 60, 400}) {
      std::vector<key_piece> pieces;
      for (std::size_t k = 0; k < texts.size(); ++k) pieces.push_back({texts[k], rng() % 4 ? &runs[k] : nullptr});
      std::vector<std::uint64_t> keys;
      ++joined;
      // (False: a piece all one word, read on from the one before; the caller reads the whole.)
      if (!join_keys(pieces, max_chars, keys)) continue;
      ++compared;
      REQUIRE(keys == read_whole(whole, max_chars));
    }
  }
  CHECK(compared > joined * 9 / 10);
}

TEST_CASE("cohesion: a word cut between two pieces is one word, an ideograph pair across them one pair", "[cohesion]") {
  key_run a, b;
  read_run(U"Marriott To Sell Hotel", 800, a);
  read_run(U"Marriott Corp said", 800, b);
  std::vector<std::uint64_t> keys;
  REQUIRE(join_keys({{U"Marriott To Sell Hotel", &a}, {U"Marriott Corp said", &b}}, 800, keys));
  CHECK(keys == read_whole(U"Marriott To Sell HotelMarriott Corp said", 800));
  keys.clear();
  read_run(U"经济发", 800, a);
  read_run(U"展很快", 800, b);
  REQUIRE(join_keys({{U"经济发", &a}, {U"展很快", &b}}, 800, keys));
  CHECK(keys == read_whole(U"经济发展很快", 800));
}
