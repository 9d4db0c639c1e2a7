// The lexical keys of joined texts: join_keys() builds them from the pieces' runs, and must
// give exactly what reading the joined text gives (the articles stage's outputs rest on it);
// and the hash sets and counts that hold them, which must answer as the standard containers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "articles.hpp"
#include "cohesion.hpp"
#include "unicode.hpp"

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

TEST_CASE("cohesion: a long text read up to fewer characters than its run is read on from the run's marks", "[cohesion]") {
  // Texts of hundreds of characters, words, ideographs, digits and marks mixed (a mark
  // falls only where nothing before it pairs on), read up to every limit short of their
  // runs': the keys of the run up to a mark and of the text read on from there are the
  // text's own, read afresh.
  std::mt19937 rng(23);
  const std::u32string letters = U"abcdeghilnorstuTHE ";
  const std::u32string mixed = U"abcdeTHEthe s,.。，、中国经济发展12３４Ａ-'é日本一二三　\n";
  std::size_t marked = 0;
  for (int round = 0; round < 300; ++round) {
    std::u32string text;
    const bool ideographs = round % 3 == 0;
    for (int n = 100 + static_cast<int>(rng() % 900); n-- > 0;)
      text += ideographs ? (rng() % 4 ? mixed[10 + rng() % 14] : mixed[rng() % mixed.size()])
                         : (rng() % 4 ? letters[rng() % letters.size()] : mixed[rng() % mixed.size()]);
    key_run run;
    read_run(text, 800, run);
    marked += run.mark_count;
    for (std::size_t max_chars = 1; max_chars < std::min<std::size_t>(run.seen, 800); max_chars += 1 + rng() % 7) {
      std::vector<std::uint64_t> keys;
      REQUIRE(join_keys({{text, &run}}, max_chars, keys));
      REQUIRE(keys == read_whole(text, max_chars));
    }
  }
  CHECK(marked > 300);
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

namespace {
// A word's key as the articles stage defines it, written plainly: lower-cased (ASCII
// letters only), stemmed ("ing", "ed", "es", "s", "e" off, each leaving three letters at
// least), hashed into the upper half of the key space (ASCII letters packed seven bits each,
// nine at a time from the first, each nine xor'ed onto the hash so far times the golden
// ratio's odd 64-bit number, and the whole times it again; a word with a letter past ASCII
// one letter at a time, from 1); none for a word of one or two letters or a stop word; a
// word longer than 24 letters kept by its first 24, unstemmed.
std::optional<std::uint64_t> reference_word_key(std::u32string w) {
  static const std::set<std::u32string> stop = {
      U"the", U"and", U"for", U"that", U"this", U"with", U"from", U"was", U"were", U"are", U"has", U"have", U"had",
      U"its", U"his", U"her", U"their", U"they", U"but", U"not", U"will", U"would", U"said", U"says", U"which",
      U"who", U"also", U"after", U"than", U"been", U"into", U"over", U"about", U"there", U"more", U"other", U"some",
      U"one", U"two", U"new", U"year", U"last", U"our", U"can", U"may", U"all", U"out", U"what", U"when"};
  for (char32_t& c : w)
    if (c < 0x80) c |= 0x20;
  const auto hash = [](std::u32string_view v) {
    constexpr std::uint64_t golden = 0x9E3779B97F4A7C15ull;
    const bool ascii = std::all_of(v.begin(), v.end(), [](char32_t c) { return c < 0x80; });
    const std::size_t step = ascii ? 9 : 1;
    std::uint64_t h = ascii ? 0 : 1;
    for (std::size_t k = 0; k < v.size(); k += step) {
      std::uint64_t packed = 0;
      for (char32_t c : v.substr(k, step)) packed = packed << 7 | c;
      h = h * golden ^ packed;
    }
    h *= golden;
    return (h | (std::uint64_t{1} << 63)) & ~std::uint64_t{1};
  };
  if (w.size() > 24) return hash(std::u32string_view(w).substr(0, 24));
  if (w.size() < 3 || stop.count(w)) return std::nullopt;
  const auto ends = [&w](std::u32string_view s, std::size_t min) { return w.size() >= min && w.ends_with(s); };
  std::size_t drop = 0;
  if (ends(U"ing", 6)) drop = 3;
  else if (ends(U"ed", 5) || ends(U"es", 5)) drop = 2;
  else if (ends(U"s", 4) || ends(U"e", 4)) drop = 1;
  return hash(std::u32string_view(w).substr(0, w.size() - drop));
}
}  // namespace

TEST_CASE("cohesion: a word's key is its stem's, as the plain definition makes it", "[cohesion]") {
  // Words of the suffixes' and some stop words' letters and others (capitals, accented and
  // Cyrillic letters, which are read apart from the ASCII ones: "á" packs as "a" does), of
  // every length from one letter to past the longest kept, between spaces and marks.
  std::mt19937 rng(23);
  const std::u32string letters = U"eeeddssginnnitaohrwcEDSGINTHxyzéá\u00c9жЖ";
  const std::u32string between = U"  ,.-'1";
  std::size_t words = 0;
  for (int round = 0; round < 20000; ++round) {
    std::u32string text;
    std::vector<std::uint64_t> expected;
    for (int n = 1 + static_cast<int>(rng() % 6); n-- > 0;) {
      std::u32string w;
      for (std::size_t len = 1 + rng() % (rng() % 8 ? 9 : 30); w.size() < len;) w += letters[rng() % letters.size()];
      text += w;
      text += between[rng() % between.size()];
      if (const auto key = reference_word_key(w)) expected.push_back(*key);
      ++words;
    }
    key_run run;
    read_run(text, 800, run);
    std::vector<std::uint64_t> got;
    for (const std::uint64_t k : run.keys)
      if (k >> 63) got.push_back(k);
    REQUIRE(got == expected);
  }
  CHECK(words > 60000);
}

namespace {
// Keys as the articles stage makes them, drawn from a small pool so that texts share and
// repeat them: ideograph pairs (two code points, the first shifted by 32 bits) and word
// keys (the upper half of the key space), never 0 or ~0 (the tables' marks).
std::uint64_t random_key(std::mt19937_64& rng, std::uint64_t pool) {
  const std::uint64_t k = rng() % pool;
  if (k % 3 == 0) return (std::uint64_t{1} << 63) | (k * 0x9E3779B97F4A7C15ull >> 2 << 1);
  return (std::uint64_t{0x4E00 + k % 97} << 32) | (0x4E00 + k / 97);
}
}  // namespace

TEST_CASE("cohesion: the hash sets and counts answer as std::unordered_set and std::unordered_map", "[cohesion]") {
  // Sets of every size from empty to past the largest table a text gets, many of them small
  // and near half full, where keys spill from their group of slots into the next; each set
  // assigned over the last one's storage, as the articles stage reuses its sets.
  std::mt19937_64 rng(11);
  bigram_set set;
  for (int round = 0; round < 4000; ++round) {
    const std::size_t n = round % 10 == 0 ? rng() % 3000 : rng() % 80;
    const std::uint64_t pool = 1 + rng() % (2 * n + 8);
    std::vector<std::uint64_t> keys(n);
    for (std::uint64_t& k : keys) k = random_key(rng, pool);
    const std::unordered_set<std::uint64_t> ref(keys.begin(), keys.end());

    set.assign(keys);
    REQUIRE(set.size() == ref.size());
    for (const std::uint64_t k : keys) REQUIRE(set.contains(k));
    std::vector<std::uint64_t> probe(1 + rng() % 100);
    for (std::uint64_t& k : probe) k = random_key(rng, 2 * pool);
    for (const std::uint64_t k : probe) REQUIRE(set.contains(k) == (ref.count(k) > 0));

    // keep_distinct(): each key once, whatever the order.
    std::vector<std::uint64_t> distinct = keys;
    keep_distinct(distinct);
    REQUIRE(distinct.size() == ref.size());
    REQUIRE(std::unordered_set<std::uint64_t>(distinct.begin(), distinct.end()) == ref);

    // The figures over the set, against the same sums over std::unordered_set, in the same
    // order (so that the floating-point sums are the same to the last bit).
    std::vector<std::uint64_t> a = probe;
    keep_distinct(a);
    std::vector<double> weight(a.size());
    for (double& w : weight) w = static_cast<double>(rng() % 1000) / 7.0;
    std::size_t common = 0;
    double shared = 0, all = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      all += weight[i];
      if (ref.count(a[i])) {
        ++common;
        shared += weight[i];
      }
    }
    REQUIRE(containment(a, set) == (a.empty() ? 0.0 : static_cast<double>(common) / static_cast<double>(a.size())));
    REQUIRE(dice(a, set) == (a.empty() || ref.empty() ? 0.0
                                                     : 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + ref.size())));
    REQUIRE(weighted_containment(a, weight, all, set) == (all > 0 ? shared / all : 0.0));

    // share_in(): the share of a's keys that the text (repeats and all) holds.
    std::size_t held = 0;
    for (const std::uint64_t k : a) held += ref.count(k);
    REQUIRE(share_in(a, keys) == (a.empty() ? 0.0 : static_cast<double>(held) / static_cast<double>(a.size())));
    // ... and a key_lookup of a's keys, held against the text twice (the second time finds
    // what the first found: its marks are not kept) and against the keys of a's set.
    key_lookup lookup;
    lookup.assign(a);
    REQUIRE(lookup.share_in(keys) == share_in(a, keys));
    REQUIRE(lookup.share_in(keys) == share_in(a, keys));
    REQUIRE(lookup.share_in(probe) == share_in(a, probe));

    // bigram_counts: a count per key, grown from a small table.
    bigram_counts counts(16);
    std::unordered_map<std::uint64_t, int> ref_counts;
    for (const std::uint64_t k : keys) {
      counts.add(k);
      ++ref_counts[k];
    }
    for (const std::uint64_t k : probe) REQUIRE(counts.count(k) == (ref_counts.count(k) ? ref_counts[k] : 0));
    for (const auto& [k, c] : ref_counts) REQUIRE(counts.count(k) == c);

    // add_once(): the number of texts that hold each key, repeats in a text counted once
    // (the keys cut into texts at random; each text numbered from 1).
    bigram_counts texts_with(16);
    std::unordered_map<std::uint64_t, int> ref_texts, ref_texts_at_once;
    std::unordered_set<std::uint64_t> in_text;
    int text = 1;
    for (const std::uint64_t k : keys) {
      if (rng() % 8 == 0) {
        ++text;
        in_text.clear();
      }
      if (in_text.insert(k).second) ++ref_texts[k];
      REQUIRE(texts_with.add_once(k, text) == ref_texts[k]);
    }
    for (const auto& [k, c] : ref_texts) REQUIRE(texts_with.count(k) == c);

    // add_once(keys, once): a text's keys at once, the same counts, and the highest count
    // any of them reached (the keys cut into texts at random again; a table grown from 16).
    bigram_counts by_text(16);
    std::size_t from = 0;
    int number = 0;
    while (from < keys.size()) {
      const std::size_t len = std::min<std::size_t>(keys.size() - from, rng() % 40);
      ++number;
      int most = 0;
      std::unordered_set<std::uint64_t> seen_here;
      for (std::size_t k = from; k < from + len; ++k)
        if (seen_here.insert(keys[k]).second) most = std::max(most, ++ref_texts_at_once[keys[k]]);
      REQUIRE(by_text.add_once(std::span(keys).subspan(from, len), number) == most);
      from += len;
    }
    for (const auto& [k, c] : ref_texts_at_once) REQUIRE(by_text.count(k) == c);
    ref_texts_at_once.clear();
  }
}

TEST_CASE("cohesion: a set read from a text holds the keys read from it", "[cohesion]") {
  std::mt19937 rng(5);
  const std::u32string chars = U"中国经济发展日本一二三四五六七八九十12３４，。、 abcdeTHE'-";
  bigram_set from_text, from_keys;
  for (int round = 0; round < 2000; ++round) {
    std::u32string text;
    for (int n = static_cast<int>(rng() % 1200); n-- > 0;) text += chars[rng() % chars.size()];
    const std::size_t max_chars = rng() % 2 ? 800 : 1 + rng() % 300;
    from_text.assign(text, max_chars);
    const std::vector<std::uint64_t> keys = read_whole(text, max_chars);
    from_keys.assign(keys);
    const std::unordered_set<std::uint64_t> ref(keys.begin(), keys.end());
    REQUIRE(from_text.size() == ref.size());
    REQUIRE(from_keys.size() == ref.size());
    for (const std::uint64_t k : keys) REQUIRE(from_text.contains(k));
  }
}

TEST_CASE("cohesion: a distinct-key debt decides a budget as the counts made at once would", "[cohesion]") {
  // Texts' keys owed one after another, some more than once, with charges of their own
  // between them and the budget's test asked at random: every answer, and the charges once the debt is counted,
  // are those of counting each text's distinct keys as it came. The debt is counted only
  // when the test could turn on it, and when it holds more than max_kept keys.
  std::mt19937_64 rng(21);
  distinct_debt debt;
  int counted = 0, owing = 0;
  for (int round = 0; round < 3000; ++round) {
    debt.clear();
    std::size_t steps = 0, exact = 0;
    const std::size_t budget = rng() % 4 == 0 ? rng() % 200 : rng() % 20000;
    for (int text = static_cast<int>(rng() % 40); text-- > 0;) {
      const std::size_t n = rng() % 10 == 0 ? rng() % 3000 : rng() % 120;
      const std::uint64_t pool = 1 + rng() % (2 * n + 8);
      std::unordered_set<std::uint64_t> distinct;
      for (std::size_t k = 0; k < n; ++k) {
        const std::uint64_t key = random_key(rng, pool);
        debt.keys().push_back(key);
        distinct.insert(key);
      }
      const std::size_t own = rng() % 50;  // a charge made at once
      const std::size_t times = 1 + rng() % 3;  // (a text's count charged once per article it is held against)
      steps += own;
      exact += own + distinct.size() * times;
      debt.close(steps, times);
      REQUIRE(debt.keys().size() <= distinct_debt::max_kept + 3000);
      REQUIRE(steps <= exact);
      if (rng() % 3 == 0) {
        const bool over = debt.over(steps, budget);
        REQUIRE(over == (exact > budget));
        if (over) REQUIRE(steps == exact);
        (debt.keys().empty() ? counted : owing) += 1;
      }
    }
    debt.settle(steps);
    REQUIRE(steps == exact);
    REQUIRE(debt.keys().empty());
  }
  // (Both ways were taken: the test answered with the debt left standing, and counted.)
  REQUIRE(counted > 100);
  REQUIRE(owing > 100);
}

TEST_CASE("articles: the pairs after open ends are counted as a plain scan counts them, page after page", "[cohesion]") {
  // Pages of units whose texts mix ideographs of several blocks (kana, the unified block and
  // its extension, Hangul, compatibility ideographs, one past the BMP), marks and letters,
  // some units cut off mid-sentence: every pair of neighbouring ideographs whose first ends
  // such a unit (or lies past the BMP) counted, and no other, through one opening_marks kept
  // over 600 pages (its page numbers come round twice), as a plain scan counts them.
  std::mt19937 rng(41);
  const std::u32string chars = U"中国经济发展的了在是和一人有这日本\u3042\u30a2\u3400\u9fa5\uac00\ud7a3\uf900\U00020000，。a1 ";
  opening_marks marks;
  std::size_t counted = 0;
  for (int page = 0; page < 600; ++page) {
    std::vector<unit> units(static_cast<std::size_t>(1 + rng() % 12));
    for (unit& u : units) {
      for (int n = static_cast<int>(rng() % 30); n-- > 0;) u.text += chars[rng() % chars.size()];
      u.ends_mid_sentence = rng() % 3 == 0;
    }
    std::set<char32_t> opening;
    for (const unit& u : units)
      if (u.ends_mid_sentence && !u.text.empty() && is_cjk(u.text.back())) opening.insert(u.text.back());
    std::map<std::uint64_t, int> expected;
    for (const unit& u : units)
      for (std::size_t k = 1; k < u.text.size(); ++k) {
        const char32_t a = u.text[k - 1], b = u.text[k];
        if (!opening.empty() && (opening.count(a) || a >= 0x10000) && is_cjk(a) && is_cjk(b)) ++expected[(std::uint64_t{a} << 32) | b];
      }
    bigram_counts counts;
    count_opening_pairs(units, marks, counts);
    for (const unit& u : units)
      for (std::size_t k = 1; k < u.text.size(); ++k) {
        const std::uint64_t key = (std::uint64_t{u.text[k - 1]} << 32) | u.text[k];
        const auto it = expected.find(key);
        REQUIRE(counts.count(key) == (it == expected.end() ? 0 : it->second));
      }
    counted += expected.size();
  }
  CHECK(counted > 1000);
}
