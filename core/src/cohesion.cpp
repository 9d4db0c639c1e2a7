#include "cohesion.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include "stage.hpp"
#include "unicode.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif


namespace galley::detail {

namespace {

// Words every English text uses say nothing about which article a text belongs to. (Each
// is packed into an integer, seven bits a letter: a word is checked with integer compares.)
constexpr std::uint64_t pack(std::u32string_view w) {
  std::uint64_t v = 0;
  for (char32_t c : w) v = (v << 7) | (c & 0x7F);
  return v;
}
constexpr std::u32string_view stopwords[] = {
    U"the", U"and", U"for", U"that", U"this", U"with", U"from", U"was", U"were", U"are", U"has", U"have", U"had",
    U"its", U"his", U"her", U"their", U"they", U"but", U"not", U"will", U"would", U"said", U"says", U"which",
    U"who", U"also", U"after", U"than", U"been", U"into", U"over", U"about", U"there", U"more", U"other", U"some",
    U"one", U"two", U"new", U"year", U"last", U"our", U"can", U"may", U"all", U"out", U"what", U"when"};
// The packed stop words in a table where each has a slot of its own, the multiplier of the
// slot function searched for at compile time (0 = empty; no packed word is 0): a word is one
// when its slot holds it, one load and one compare, no branch on what a probe finds.
constexpr std::size_t stopword_slots = 256;
constexpr std::size_t stopword_slot(std::uint64_t v, std::uint64_t m) { return static_cast<std::size_t>((v * m) >> 56); }
constexpr std::uint64_t stopword_multiplier = [] {
  // (The multipliers tried are an LCG's odd values: neighbouring odd numbers would give the
  // packed words, small numbers, nearly the same top bits.)
  for (std::uint64_t m = 0x9E3779B97F4A7C15ull;; m = (m * 6364136223846793005ull + 1442695040888963407ull) | 1) {
    std::array<bool, stopword_slots> taken{};
    bool apart = true;
    for (std::u32string_view w : stopwords) {
      bool& t = taken[stopword_slot(pack(w), m)];
      apart = apart && !t;
      t = true;
    }
    if (apart) return m;
  }
}();
constexpr auto packed_stopwords = [] {
  std::array<std::uint64_t, stopword_slots> out{};
  for (std::u32string_view w : stopwords) out[stopword_slot(pack(w), stopword_multiplier)] = pack(w);
  return out;
}();
// Whether a word of ASCII letters, packed as pack() packs them, is a stop word, whatever its
// length: a word of one or two letters packs below any stop word (all of three letters or
// more), one of six or more at or above 2^35, its sixth letter from the end (no letter is 0)
// above what any stop word of five letters or fewer packs to. (A word with a letter past
// ASCII is none: seven bits of that letter could spell one.)
inline bool ascii_stopword(std::uint64_t packed) {
  return packed_stopwords[stopword_slot(packed, stopword_multiplier)] == packed;
}

// A letter as the word keys read it: an ASCII letter lower-cased by its 0x20 bit (A-Z and
// a-z are the only ASCII letters), any other as it is.
inline char32_t key_fold(char32_t l) { return l < 0x80 ? (l | 0x20) : l; }

// A crude stem, so that "rates" meets "rate" and "eased" meets "ease": how many letters it
// drops from a word of n letters whose last three are l1, l2 and l3 (the last first,
// lower-cased). (The suffixes "ing", "ed", "es", "s", "e", each kept off a stem shorter than
// three letters, told apart by the last letter.) Worked out without a branch, from a code by
// the last letter (what it drops, what more after an "e", what after "in"): a switch on the
// last letter mispredicted in about every other English word that reached it.
constexpr auto stem_codes = [] {
  std::array<std::uint8_t, 0x80> out{};
  out[U'e'] = 1;
  out[U's'] = 1 | 1 << 2;
  out[U'd'] = 2 << 2;
  out[U'g'] = 3 << 4;
  return out;
}();
inline std::size_t stem_drop(std::size_t n, char32_t l1, char32_t l2, char32_t l3) {
  const std::size_t code = stem_codes[l1 < 0x80 ? l1 : 0];
  const std::size_t es = (n >= 5) & (l2 == U'e');
  const std::size_t ing = (n >= 6) & (l2 == U'n') & (l3 == U'i');
  return (n >= 4) * ((code & 3) + (code >> 2 & 3) * es + (code >> 4) * ing);
}
// stem_drop() for a word of ASCII letters, from its letters packed as pack() packs them: by
// the last letter, what it drops alone and what more when the letters before it are those of
// a longer suffix ("e" of "es"/"ed", "in" of "ing"), told by one mask and compare of the
// packed letters (the three letters taken apart and compared one by one cost about twenty
// instructions a word of English). The word's length is in the packing too: every letter,
// lower-cased, has its 0x40 bit, so a word has n letters or more when the (n-1)-th letter
// from the end has it, bit 7 (n - 1) + 6 (the last nine letters stay whole in 64 bits): the
// tests of the length are bits of the same mask and compare, no compare of n.
constexpr std::uint64_t letters_at_least(std::size_t n) { return std::uint64_t{1} << (7 * (n - 1) + 6); }
struct stem_rule {
  std::uint64_t mask = 0, match = 1;  // (no packed letters match: 1 is not under mask 0)
  std::uint64_t drop = 0, more = 0;   // drop: 0 or ~0, what a word of four letters or more drops being 1
};
constexpr auto stem_rules = [] {
  std::array<stem_rule, 0x80> out{};
  constexpr std::uint64_t second = 0x7Fu << 7, second_third = 0x3FFFu << 7;
  out[U'e'] = {0, 1, ~std::uint64_t{0}, 0};
  out[U's'] = {second | letters_at_least(5), U'e' << 7 | letters_at_least(5), ~std::uint64_t{0}, 1};
  out[U'd'] = {second | letters_at_least(5), U'e' << 7 | letters_at_least(5), 0, 2};
  out[U'g'] = {second_third | letters_at_least(6), U'i' << 14 | U'n' << 7 | letters_at_least(6), 0, 3};
  return out;
}();
inline std::size_t packed_stem_drop(std::uint64_t packed) {
  const stem_rule& r = stem_rules[packed & 0x7F];
  const std::uint64_t alone = r.drop & (packed >> (7 * 3 + 6)) & 1;  // (four letters or more)
  // (By a product, not a ?: that g++ makes a branch on the letters: 2.5 M instructions fewer
  // on en-1MB, but 74,000 more mispredicted branches.)
  return static_cast<std::size_t>(alone + r.more * ((packed & r.mask) == r.match));
}

// FNV-1a over the characters.
constexpr std::uint64_t fnv_basis = 1469598103934665603ull;
constexpr std::uint64_t fnv_prime = 1099511628211ull;
constexpr std::uint64_t fnv1a(std::u32string_view w) {
  std::uint64_t h = fnv_basis;
  for (char32_t c : w) h = (h ^ c) * fnv_prime;
  return h;
}

// A word of ASCII letters is keyed by its letters packed as pack() packs them, nine to a
// 64-bit word, and mixed by one multiply per nine letters (FNV-1a a letter at a time was two
// of the reader's thirteen instructions a letter, and a stem's hash took three multiplies
// back): nine letters or fewer, most English words, are packed already as they are read, and
// a stem's packing is its word's shifted. The multiply is by an odd number, undone modulo
// 2^64: no two packings of nine letters or fewer mix alike, nor do they with the two bits
// word_key_of() sets (the differences of packings that would were checked: none is one of
// letters). Longer words are read again, nine letters at a time.
constexpr std::uint64_t mix(std::uint64_t x) { return x * 0x9E3779B97F4A7C15ull; }
constexpr std::size_t packed_letters = 9;

// Word keys live in the upper half of the key space, apart from character pairs (and never
// 0 or ~0, the empty marks of the hash tables): a word's key is the mix of its letters
// lower-cased (key_fold), so marked.
std::uint64_t word_key_of(std::uint64_t h) { return (h | (std::uint64_t{1} << 63)) & ~std::uint64_t{1}; }
// The key of a word the reader has not packed whole: of ten letters or more, or with a
// letter past ASCII (when maybe_wide: the reader keys a long word by its first letters, which
// may be ASCII alone). (Rare: a call, built for size in the WASM module, where inlined at
// each of the reader's calls it was 2.5 KB.)
[[gnu::noinline]] GALLEY_SMALL std::uint64_t word_key(const char32_t* w, std::size_t n, bool maybe_wide) {
  // (A wide word's letters are mixed in one at a time, from a start of its own: a letter past
  // ASCII takes more than a packed letter's seven bits.)
  const bool wide = maybe_wide && std::any_of(w, w + n, [](char32_t l) { return l >= 0x80; });
  const std::size_t step = wide ? 1 : packed_letters;
  std::uint64_t h = wide;
  for (std::size_t k = 0; k < n; k += step) {
    std::uint64_t packed = 0;
    for (std::size_t j = k; j < std::min(n, k + step); ++j) packed = packed << 7 | (wide ? key_fold(w[j]) : w[j] | 0x20);
    h = mix(h) ^ packed;
  }
  return word_key_of(mix(h));
}

// An ASCII character as a word's letter: lower-cased (key_fold) when it is one, else 0.
constexpr auto ascii_letters = [] {
  std::array<std::uint8_t, 0x80> out{};
  for (char32_t c = 0; c < 0x80; ++c)
    if (ascii::class_of(c) == char_class::latin) out[c] = static_cast<std::uint8_t>(c | 0x20);
  return out;
}();

// (A letter is never an ideograph: the class alone tells.)
bool alphabetic(char32_t c) { return c < 0x80 ? ascii::classes.of[c] == char_class::latin : classify(c) == char_class::latin; }

// How far each_bigram() read: the letters, digits and ideographs it counted, and whether it
// got to the end of the text.
struct read_extent {
  std::size_t seen = 0;
  bool whole = false;
  key_run* marks = nullptr;             // where to mark the reading's points (key_run::marks), if anywhere
  const std::uint64_t* first = nullptr;  // ... and where its keys start
};

// Marks where the reading stands (at k, seen characters read, the keys up to at written)
// in extent's run; the count of characters read at which the next mark is due.
GALLEY_SMALL std::size_t put_mark(read_extent& extent, std::size_t k, std::size_t seen, const std::uint64_t* at) {
  key_run& run = *extent.marks;
  if (run.mark_count == run.marks.size()) return static_cast<std::size_t>(-1);
  run.marks[run.mark_count++] = {static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(seen),
                                 static_cast<std::uint32_t>(at - extent.first)};
  return seen + key_run::mark_every;
}

// Calls emit(key) for every lexical key of s in order, repeats included: pairs of
// neighbouring ideographs and digits (Chinese has no spaces to find words by), and one key
// per alphabetic word, because letter pairs ("th", "in") are shared by any two English
// texts and would make every paragraph look like every other. max_chars counts letters,
// digits and ideographs.
// (Returns emit, with whatever it holds; and in *extent, when given, how far it read.)
// (Capped: whether max_chars may stop the reading before s's end. When s is no longer than
// max_chars it cannot, since no more characters are counted than read: the reading then
// tests no limit per word and per run of ideographs, which most texts, shorter than the
// profile's 800 letters, need not.)
template <bool Capped, class Emit>
Emit each_bigram_in(std::u32string_view s, std::size_t max_chars, Emit emit, read_extent* extent) {
  if constexpr (!Capped) max_chars = s.size();
  char32_t prev = 0;
  std::size_t seen = 0, k = 0;
  constexpr std::size_t max_word = 24;
  // (A mark is put where a word, a run or another character starts and nothing before it
  // pairs on: the reading of what follows starts there as the reading of a text would.)
  std::size_t next_mark = extent && extent->marks ? key_run::mark_every : static_cast<std::size_t>(-1);
  while (k < s.size() && (!Capped || seen < max_chars)) {
    if (seen >= next_mark && prev == 0) [[unlikely]] next_mark = put_mark(*extent, k, seen, emit.at);
    const char32_t c = s[k];
    const auto kind = classify(c);
    if (kind == char_class::latin) {
      prev = 0;
      // (Up to the end of s or of what may be read, whichever comes first.)
      const std::size_t start = k, end = Capped ? std::min(s.size(), k + (max_chars - seen)) : s.size();
      // The word is found and hashed lower-cased in one pass over its letters, where it
      // stands (a copy of it cost a third of the loop; a pass to find its end and another to
      // hash it, a third of what is left). An ASCII letter is told and lower-cased by one
      // lookup.
      // (The first letter, c, is known to be one: hashed before the loop's tests.)
      // (Its letters are packed as pack() packs them too, for the stop words: a word is one
      // of them when it is three to five ASCII letters and its slot holds them.)
      const char32_t first = c < 0x80 ? char32_t{ascii_letters[c]} : c;
      std::uint64_t packed = first;
      bool wide = c >= 0x80;
      ++k;
      while (k < end) {
        char32_t f = s[k];
        if (f < 0x80) {
          f = ascii_letters[f];
          if (f == 0) break;
        } else {
          if (classify(f) != char_class::latin) break;
          wide = true;
        }
        packed = (packed << 7) | f;
        ++k;
      }
      const std::size_t n = k - start;
      seen += n;
      const char32_t* const w = s.data() + start;
      // The stem's key: of the word's packed letters, the letters the stem leaves off shifted
      // out. Every word's is worked out and written, and kept when the word has three letters
      // or more and is no stop word: no branch on a word's length or letters, which the
      // processor cannot foresee (on en-1MB the reader's branches mispredicted 692,000 times,
      // two a word past the word's end; 299,000 then, 228,000 of them the ends).
      // (A word of ASCII letters, most of them, apart: its last three letters are the packed
      // ones, and nothing about a letter past ASCII is kept live through it.)
      std::size_t drop;
      bool keep;
      if (!wide) [[likely]] {
        drop = packed_stem_drop(packed);
        // (Both tests asked, no branch between them: bits, not a short-circuit.)
        keep = (static_cast<unsigned>((packed & letters_at_least(3)) != 0) & static_cast<unsigned>(!ascii_stopword(packed))) != 0;
      } else {
        // (Its last three letters read again, lower-cased: seven bits of one would not tell it.)
        const char32_t l1 = key_fold(w[n - 1]), l2 = key_fold(w[n >= 2 ? n - 2 : 0]), l3 = key_fold(w[n >= 3 ? n - 3 : 0]);
        drop = stem_drop(n, l1, l2, l3);
        keep = n >= 3;
      }
      if (!wide && n <= packed_letters) [[likely]] {
        emit.put(word_key_of(mix(packed >> (7 * drop))), keep);
      } else {
        // (A "word" longer than any word is kept whole by its first letters. One call for all
        // these: each call site is code in the module.)
        const bool whole = n <= max_word;
        emit.put(word_key(w, whole ? n - drop : max_word, wide), keep || !whole);
      }
      // (The space after a word passed here, not by the loop's tests of a character: the
      // loop would pass it the same way, and it stands after most words.)
      if (k < s.size()) k += (s[k] == U' ') & (!Capped || seen < max_chars);
      continue;
    }
    if (kind == char_class::cjk || kind == char_class::digit) {
      if (prev) emit((std::uint64_t{prev} << 32) | c);
      prev = c;
      ++seen;
      ++k;
      if (kind == char_class::digit) continue;
      // The CJK Unified Ideographs after an ideograph (most of a Chinese text) pair on with
      // one range test each, not classify()'s tests.
      const std::size_t start = k, end = Capped ? std::min(s.size(), k + (max_chars - seen)) : s.size();
#if defined(__SSE2__)
      // Four at a time by SSE2 (the module's SIMD too): the four tested in lanes (code
      // points fit signed 32-bit compares), their pairs made by interleaving them with the
      // four characters before them.
      for (; k + 4 <= end; k += 4) {
        const __m128i four = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + k));
        const __m128i in = _mm_and_si128(_mm_cmpgt_epi32(four, _mm_set1_epi32(0x4DFF)), _mm_cmplt_epi32(four, _mm_set1_epi32(0xA000)));
        if (_mm_movemask_epi8(in) != 0xFFFF) break;
        const __m128i before = _mm_or_si128(_mm_slli_si128(four, 4), _mm_cvtsi32_si128(static_cast<int>(prev)));
        emit.pairs(_mm_unpacklo_epi32(four, before), _mm_unpackhi_epi32(four, before));
        prev = s[k + 3];
      }
#endif
      for (; k < end && s[k] - char32_t{0x4E00} < char32_t{0x5200}; ++k) {
        emit((std::uint64_t{prev} << 32) | s[k]);
        prev = s[k];
      }
      seen += k - start;
      continue;
    }
    prev = 0;
    ++k;
  }
  if (extent) *extent = {seen, k >= s.size()};
  return emit;
}
template <class Emit>
Emit each_bigram(std::u32string_view s, std::size_t max_chars, Emit emit, read_extent* extent = nullptr) {
  return s.size() <= max_chars ? each_bigram_in<false>(s, max_chars, emit, extent) : each_bigram_in<true>(s, max_chars, emit, extent);
}

// Room for the distinct bigrams of up to max_table / 2 characters (see table_size).
constexpr std::size_t max_table = 2048;

// The smallest power-of-two table (at least 16 slots) that n keys fill at most two thirds.
// (n counts repeats, and texts repeat keys: the distinct ones fill less. Sized to fill at
// most half, a table for a profile of ideographs was twice as large, and clearing it cost
// zh-1MB 1.3 M instructions more than the longer probes at this load. Never a slot a key:
// n distinct keys would then fill the table, and a probe for a key not in it would find no
// group with room and never end.)
std::size_t table_size(std::size_t n) {
  std::size_t size = 16;
  while (2 * size < 3 * n) size *= 2;
  return size;
}

// The slot where x's probe sequence starts (Fibonacci hashing) in a table of `size` slots.
std::size_t home_slot(std::uint64_t x, std::size_t size) {
  return static_cast<std::size_t>((x * 0x9E3779B97F4A7C15ull) >> 40) & (size - 1);
}

// The tables are probed four slots at a time, from the group of four that holds x's home
// slot: one test of the four tells whether x is there, or absent (the group has room: keys
// fill a table from their group's first slot on, and none is ever taken out, so the keys
// of a group are the first of its slots and it has room when its last slot is empty), or
// else, less often the emptier the table, the next group is tried. A probe slot by slot branched on
// every slot on whether it was empty or x, which the processor could not foresee: on
// ideographs most of the time of the tests went to those branches.
constexpr std::size_t group = 4;  // (every table is a power of two of at least 16 slots)

// Whether x is in an open-addressing table (0 = empty).
inline bool find(const std::uint64_t* table, std::size_t size, std::uint64_t x) {
  for (std::size_t h = home_slot(x, size) & ~(group - 1);; h = (h + group) & (size - 1)) {
    const std::uint64_t* const g = table + h;
    const bool hit = (g[0] == x) | (g[1] == x) | (g[2] == x) | (g[3] == x);
    if (hit | (g[3] == 0)) return hit;
  }
}

// Inserts x into an open-addressing table (0 = empty); true when it was not there.
// (The group's four slots read once, into locals: written as tests of g[0]..g[3] and a
// store through a computed index on every group, g++ reloaded them and spilled the caller's
// loop to the stack, some 40 instructions a key.)
inline bool insert(std::uint64_t* table, std::size_t size, std::uint64_t x) {
  for (std::size_t h = home_slot(x, size) & ~(group - 1);; h = (h + group) & (size - 1)) {
    std::uint64_t* const g = table + h;
    const std::uint64_t a = g[0], b = g[1], c = g[2], d = g[3];
    if ((a == x) | (b == x) | (c == x) | (d == x)) return false;
    if (d == 0) {
      // (The group's first empty slot, after its keys.)
      g[std::size_t{a != 0} + std::size_t{b != 0} + std::size_t{c != 0}] = x;
      return true;
    }
  }
}

// The keys of s as each_bigram() emits them, written to out (room for
// min(s.size(), max_chars) of them: no more keys than characters read); how many. (One
// instantiation of the reader serves every set built here: the module carries it once.)
struct key_writer {
  std::uint64_t* at;
  void operator()(std::uint64_t x) { *at++ = x; }
  // x written, and kept when keep is: no branch on it. (There is room for it: fewer keys
  // have been kept than characters read before the word x is read from.)
  void put(std::uint64_t x, bool keep) {
    *at = x;
    at += keep;
  }
#if defined(__SSE2__)
  // Four keys, two in each.
  void pairs(__m128i first, __m128i second) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(at), first);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(at + 2), second);
    at += 4;
  }
#endif
};
std::size_t gather(std::u32string_view s, std::size_t max_chars, std::uint64_t* out, read_extent* extent = nullptr) {
  if (extent) extent->first = out;
  return static_cast<std::size_t>(each_bigram(s, max_chars, key_writer{out}, extent).at - out);
}

// Appends the keys of s (up to max_chars) to out.
void append_keys(std::u32string_view s, std::size_t max_chars, std::vector<std::uint64_t>& out, read_extent* extent = nullptr) {
  std::array<std::uint64_t, max_table / 2> keys;  // (on the stack: out is not filled with zeros first)
  if (std::min(s.size(), max_chars) <= keys.size()) {
    out.insert(out.end(), keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(gather(s, max_chars, keys.data(), extent)));
    return;
  }
  const std::size_t at = out.size();
  out.resize(at + std::min(s.size(), max_chars));
  out.resize(at + gather(s, max_chars, out.data() + at, extent));
}

bool pairs_on(char_class c) { return c == char_class::cjk || c == char_class::digit; }
}  // namespace

// (Once per text or joined text, not per key: built for size in the WASM module.)
GALLEY_SMALL void read_run(std::u32string_view s, std::size_t max_chars, key_run& out) {
  out.keys.clear();
  out.mark_count = 0;
  read_extent extent;
  extent.marks = &out;
  append_keys(s, max_chars, out.keys, &extent);
  out.seen = extent.seen;
  out.whole = extent.whole;
}

// A run stands for its text when the text was read to its end within what is left to
// read, or when what is left to read is what the run was read up to. What each_bigram() carries from one piece into the next: the last character, when it
// pairs with the next one, and a word that runs on into the next piece, which is then read
// again from that word's first letter.
GALLEY_SMALL bool join_keys(const std::vector<key_piece>& pieces, std::size_t max_chars, std::vector<std::uint64_t>& out) {
  std::size_t seen = 0;
  char32_t prev = 0;       // the last character read, when an ideograph or digit
  bool in_word = false;    // the last character read was a letter
  std::u32string_view before;  // the last piece read
  std::u32string word_on;  // a word that runs on, and the piece it runs into
  for (const key_piece& p : pieces) {
    if (p.text.empty()) continue;
    if (seen >= max_chars) break;
    std::u32string_view text = p.text;
    const key_run* run = p.run;
    const char_class first = classify(text.front());
    if (first == char_class::latin && in_word) {
      std::size_t letters = 0;
      while (letters < before.size() && alphabetic(before[before.size() - 1 - letters])) ++letters;
      if (letters == before.size()) return false;  // (a piece all one word: read the whole)
      const std::u32string_view start = before.substr(before.size() - letters);
      std::uint64_t its_key[1];
      if (gather(start, start.size(), its_key) == 1) out.pop_back();
      seen -= letters;
      std::size_t rest = 0;  // the word's letters in this piece
      while (rest < text.size() && alphabetic(text[rest])) ++rest;
      if (run && run->whole && rest < text.size() && letters + run->seen <= max_chars - seen) {
        // The word read whole, then the run without the key of the word's part in this piece.
        word_on.assign(start).append(text.substr(0, rest));
        if (gather(word_on, word_on.size(), its_key) == 1) out.push_back(its_key[0]);
        const std::size_t skip = gather(text.substr(0, rest), rest, its_key);
        out.insert(out.end(), run->keys.begin() + static_cast<std::ptrdiff_t>(skip), run->keys.end());
        seen += letters + run->seen;
        run = nullptr;
        text = {};
      } else {
        word_on.assign(start).append(text);
        text = word_on;
        run = nullptr;
      }
    } else if (prev && pairs_on(first)) {
      out.push_back((std::uint64_t{prev} << 32) | text.front());
    }
    const std::size_t left = max_chars - seen;
    if (text.empty()) {
      // (read already, above)
    } else if (run && run->seen <= left && (run->whole || run->seen == left)) {
      // (A run that its own max_chars stopped is the text read up to as many characters.)
      out.insert(out.end(), run->keys.begin(), run->keys.end());
      seen += run->seen;
    } else {
      // (From the run's last mark within what is left, when it has one.)
      key_run::mark from;
      if (run)
        for (std::size_t m = 0; m < run->mark_count && run->marks[m].seen <= left; ++m) from = run->marks[m];
      if (run) out.insert(out.end(), run->keys.begin(), run->keys.begin() + from.keys);
      read_extent extent;
      append_keys(text.substr(from.at), left - from.seen, out, &extent);
      seen += from.seen + extent.seen;
    }
    const char_class last = classify(p.text.back());
    prev = pairs_on(last) ? p.text.back() : 0;
    in_word = last == char_class::latin;
    before = p.text;
  }
  return true;
}

namespace {
// Each count replaced by the sum of the counts before it. (Four at a time by SSE2, the
// module's SIMD too: the texts sorted are short, some 150 keys a pass on page-seed002, and
// the 256 sums a pass, one by one, were a third of the sort's instructions.)
void exclusive_prefix_sums(std::array<std::uint32_t, 256>& at) {
#if defined(__SSE2__)
  __m128i carry = _mm_setzero_si128();  // the sum so far, in every lane
  for (std::size_t b = 0; b < at.size(); b += 4) {
    __m128i* const four = reinterpret_cast<__m128i*>(at.data() + b);
    const __m128i counts = _mm_loadu_si128(four);
    __m128i sums = _mm_add_epi32(counts, _mm_slli_si128(counts, 4));
    sums = _mm_add_epi32(sums, _mm_slli_si128(sums, 8));
    sums = _mm_add_epi32(sums, carry);  // (the sums up to and with each count)
    _mm_storeu_si128(four, _mm_sub_epi32(sums, counts));
    carry = _mm_shuffle_epi32(sums, 0xFF);
  }
#else
  std::uint32_t sum = 0;
  for (std::uint32_t& a : at) {
    const std::uint32_t c = a;
    a = sum;
    sum += c;
  }
#endif
}
}  // namespace

void sort_keys(std::vector<std::uint64_t>& keys) {
  // A text's keys, 64 to 1024 of them (most sorts of a page of ideographs), are sorted by
  // their bytes, least significant first, passing over the bytes every key shares (an
  // ideograph pair's keys differ in four of eight): no comparison to mispredict, where
  // std::sort mispredicted two or three times a key (100 K times on zh-1MB).
  // Fewer keys, the table and prefix sums a byte cost more than they save; more, the
  // buffer would not fit on the stack.
  const std::size_t n = keys.size();
  if (n < 64 || n > 1024) {
    std::sort(keys.begin(), keys.end(), [](std::uint64_t a, std::uint64_t b) { return a < b; });
    return;
  }
  std::uint64_t any = 0, all = ~std::uint64_t{0};
  for (const std::uint64_t k : keys) any |= k, all &= k;
  const std::uint64_t varies = any ^ all;
  std::array<std::uint64_t, 1024> buffer;
  std::uint64_t* from = keys.data();
  std::uint64_t* to = buffer.data();
  for (unsigned shift = 0; shift < 64; shift += 8) {
    if ((varies >> shift & 0xFF) == 0) continue;
    std::array<std::uint32_t, 256> at{};
    for (std::size_t i = 0; i < n; ++i) ++at[from[i] >> shift & 0xFF];
    exclusive_prefix_sums(at);
    for (std::size_t i = 0; i < n; ++i) to[at[from[i] >> shift & 0xFF]++] = from[i];
    std::swap(from, to);
  }
  if (from != keys.data()) std::copy(from, from + n, keys.data());
}

void keep_distinct(std::vector<std::uint64_t>& out) {
  if (2 * out.size() > max_table) {
    sort_keys(out);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return;
  }
  // Repeats are dropped through a small open-addressing table sized to the text: texts
  // repeat many of their bigrams (English most), and sorting only the distinct ones is
  // much cheaper. 0 marks an empty slot (no bigram is 0: its first character is not).
  std::array<std::uint64_t, max_table> table;
  const std::size_t size = table_size(out.size());
  std::fill_n(table.begin(), size, 0);
  std::size_t kept = 0;
  for (const std::uint64_t x : out) {
    out[kept] = x;  // (kept when new: no branch on it)
    kept += insert(table.data(), size, x);
  }
  out.resize(kept);
}

// (Sorted first and the repeats then dropped as neighbours: a table to drop them first,
// keep_distinct(), cost more than sorting the few repeats along, a unit's keys being mostly
// distinct.)
GALLEY_SMALL void make_sorted_distinct(std::vector<std::uint64_t>& keys) {
  sort_keys(keys);
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}
std::vector<std::uint64_t> sorted_distinct(std::vector<std::uint64_t> keys) {
  make_sorted_distinct(keys);
  return keys;
}

void distinct_debt::close(std::size_t& steps, std::size_t times) {
  bound_ += (keys_.size() - (ends_.empty() ? 0 : ends_.back())) * times;
  ends_.push_back(keys_.size());
  times_.push_back(times);
  if (keys_.size() > max_kept) settle(steps);
}

bool distinct_debt::over(std::size_t& steps, std::size_t budget) {
  if (steps + bound_ > budget) settle(steps);
  return steps > budget;
}

// (Only when a budget comes near, or the debt grows large: built for size in the module.)
GALLEY_SMALL void distinct_debt::settle(std::size_t& steps) {
  std::size_t begin = 0;
  for (std::size_t t = 0; t < ends_.size(); ++t) {
    const std::size_t end = ends_[t];
    text_.assign(keys_.begin() + static_cast<std::ptrdiff_t>(begin), keys_.begin() + static_cast<std::ptrdiff_t>(end));
    keep_distinct(text_);
    steps += text_.size() * times_[t];
    begin = end;
  }
  clear();
}

namespace {
std::size_t common(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}
}  // namespace

double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  return 2.0 * static_cast<double>(common(a, b)) / static_cast<double>(a.size() + b.size());
}

double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty()) return 0;
  return static_cast<double>(common(a, b)) / static_cast<double>(a.size());
}

void bigram_set::assign(std::u32string_view s, std::size_t max_chars) {
  // The keys gathered first (on the stack when they fit, as they do for every text the
  // articles stage reads), then put in: the module carries one instantiation of the reader,
  // key_writer's, not a second one that inserts (an extra store and load a key).
  std::array<std::uint64_t, max_table / 2> stack;
  std::vector<std::uint64_t> heap(std::min(s.size(), max_chars) > stack.size() ? std::min(s.size(), max_chars) : 0);
  std::uint64_t* const keys = heap.empty() ? stack.data() : heap.data();
  assign(keys, gather(s, max_chars, keys));
}

void bigram_set::assign(const std::vector<std::uint64_t>& keys) { assign(keys.data(), keys.size()); }

void bigram_set::assign(const std::uint64_t* keys, std::size_t n) {
  slots_.assign(table_size(n), 0);
  // (The table and the count in locals: a store to the count cannot then be taken to move
  // the table, and nothing is loaded again per key.)
  std::uint64_t* const table = slots_.data();
  const std::size_t size = slots_.size();
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i) count += insert(table, size, keys[i]);
  size_ = count;
}

double share_in(const std::vector<std::uint64_t>& keys, std::span<const std::uint64_t> text_keys) {
  key_lookup table;
  table.assign(keys);
  return table.share_in(text_keys);
}

namespace {
// A key's mark in key_lookup's filter: the top byte of the product whose lower bits
// home_slot() takes.
std::size_t mark(std::uint64_t x) { return static_cast<std::size_t>((x * 0x9E3779B97F4A7C15ull) >> 56); }
}  // namespace

void key_lookup::assign(const std::vector<std::uint64_t>& keys) {
  table_.assign(table_size(keys.size()), 0);
  filter_ = {};
  for (const std::uint64_t x : keys) {
    insert(table_.data(), table_.size(), x);
    filter_[mark(x)] = true;
  }
  keys_ = keys.size();
}

namespace {
// A key found is overwritten with ~0 (in key_lookup's copy of its table), which no key is:
// the probe sequences through its slot still go on, and it is not counted twice. Whether x
// was there and so marked.
inline bool mark_found(std::uint64_t* table, std::size_t size, std::uint64_t x) {
  constexpr std::uint64_t found = ~std::uint64_t{0};
  for (std::size_t h = home_slot(x, size) & ~(group - 1);; h = (h + group) & (size - 1)) {
    std::uint64_t* const g = table + h;
    const unsigned hit = unsigned{g[0] == x} | unsigned{g[1] == x} << 1 | unsigned{g[2] == x} << 2 | unsigned{g[3] == x} << 3;
    if (hit) {
      g[std::countr_zero(hit)] = found;
      return true;
    }
    if (g[3] == 0) return false;
  }
}
}  // namespace

double key_lookup::share_in(std::span<const std::uint64_t> text_keys) {
  if (keys_ == 0) return 0;
  work_ = table_;
  std::uint64_t* const table = work_.data();
  const std::size_t size = work_.size();
  std::size_t n = 0;
  // (Two keys a round: most leave after the filter's test, and the loop's own steps were a
  // third of the instructions.)
  std::size_t i = 0;
  for (; i + 2 <= text_keys.size(); i += 2) {
    if (filter_[mark(text_keys[i])]) n += mark_found(table, size, text_keys[i]);
    if (filter_[mark(text_keys[i + 1])]) n += mark_found(table, size, text_keys[i + 1]);
  }
  if (i < text_keys.size() && filter_[mark(text_keys[i])]) n += mark_found(table, size, text_keys[i]);
  return static_cast<double>(n) / static_cast<double>(keys_);
}

bool bigram_set::contains(std::uint64_t x) const { return !slots_.empty() && find(slots_.data(), slots_.size(), x); }

void bigram_counts::reserve(std::size_t n) {
  n = std::min(n, max_reserved);
  std::size_t slots = slots_.empty() ? 1024 : slots_.size();
  while (4 * n > 3 * slots) slots *= 2;  // (the load add() grows at)
  if (slots > slots_.size()) rehash(slots);
}

int bigram_counts::add_once(std::span<const std::uint64_t> keys, int once) {
  // (The size at which the table grows is what add() keeps to: the grown table is the one
  // those adds would have made, and a count does not depend on the table's size anyway.)
  while (size_ + keys.size() > full_) grow();
  slot* const table = slots_.data();
  const std::size_t mask = mask_;
  std::size_t size = size_;
  int most = 0;
  for (const std::uint64_t key : keys) {
    std::size_t h = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 40) & mask;
    while (table[h].key != empty && table[h].key != key) h = (h + 1) & mask;
    slot& s = table[h];
    size += s.key == empty;
    s.key = key;
    s.count += s.once != once;
    s.once = once;
    most = std::max(most, s.count);
  }
  size_ = size;
  return most;
}

void bigram_counts::rehash(std::size_t slots) {
  std::vector<slot> old(slots);
  old.swap(slots_);
  mask_ = slots - 1;
  full_ = slots / 4 * 3;
  for (const slot& s : old)
    if (s.key != empty) slots_[find_slot(s.key)] = s;
}

namespace {
std::uint64_t string_hash(std::u32string_view s) {
  return fnv1a(s) | 1;  // (never 0, bigram_counts' empty mark)
}
}  // namespace

// (Once per word or display line, not per character: built for size in the WASM module.)
GALLEY_SMALL int string_set::find(std::u32string_view s, int k) const {
  for (; k >= 0; k = entries_[static_cast<std::size_t>(k)].next) {
    const std::size_t begin = k == 0 ? 0 : entries_[static_cast<std::size_t>(k) - 1].end;
    if (entries_[static_cast<std::size_t>(k)].end - begin == s.size() && std::equal(s.begin(), s.end(), chars_.begin() + static_cast<std::ptrdiff_t>(begin)))
      return k;
  }
  return -1;
}

GALLEY_SMALL int string_set::find(std::u32string_view s) const { return find(s, index_.count(string_hash(s)) - 1); }

GALLEY_SMALL int string_set::insert(std::u32string_view s, bool& fresh) {
  int& first = index_.at(string_hash(s));
  const int k = first == 0 ? -1 : find(s, first - 1);  // (most new strings are a new hash)
  fresh = k < 0;
  if (!fresh) return k;
  chars_.append(s);
  entries_.push_back({chars_.size(), first - 1});
  first = static_cast<int>(entries_.size());
  return first - 1;
}

namespace {
std::size_t common(const std::vector<std::uint64_t>& a, const bigram_set& b) {
  std::size_t n = 0;
  for (std::uint64_t x : a) n += b.contains(x);
  return n;
}
}  // namespace

double containment(const std::vector<std::uint64_t>& a, const bigram_set& b) {
  if (a.empty()) return 0;
  return static_cast<double>(common(a, b)) / static_cast<double>(a.size());
}

double dice(const std::vector<std::uint64_t>& a, const bigram_set& b) {
  if (a.empty() || b.size() == 0) return 0;
  return 2.0 * static_cast<double>(common(a, b)) / static_cast<double>(a.size() + b.size());
}

double weighted_containment(const std::vector<std::uint64_t>& a, const std::vector<double>& weight_of_a,
                            double all, const bigram_set& b) {
  // Summed in a's order, so that the result does not depend on how b is stored. (A key b
  // does not hold adds its weight times 0, which leaves the sum as it is, the weights being
  // finite: no branch on whether b holds it, which g++ makes of a conditional add.)
  double shared = 0;
  for (std::size_t i = 0; i < a.size(); ++i) shared += weight_of_a[i] * static_cast<double>(b.contains(a[i]));
  return all > 0 ? shared / all : 0.0;
}

}  // namespace galley::detail
