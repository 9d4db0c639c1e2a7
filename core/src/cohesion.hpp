// Lexical similarity of short texts by ideograph pairs and words: the evidence for matching
// headlines to leads and for telling an in-article heading from a new article.
#ifndef GALLEY_COHESION_HPP
#define GALLEY_COHESION_HPP

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace galley::detail {

/** How much of a text (in letters, digits and ideographs) its bigrams are read from, unless told. */
constexpr std::size_t default_bigram_chars = 400;

/**
 * The lexical keys of a text ("bigrams" for short): pairs of neighbouring ideographs and
 * digits, and one key per alphabetic word (lower-cased, crudely stemmed, stop words left
 * out), read from its first max_chars letters, digits and ideographs. They are read once per
 * text into a key_run, and the keys of texts made of others joined from those (join_keys).
 */

/** Keys read (repeats included), distinct and sorted. */
std::vector<std::uint64_t> sorted_distinct(std::vector<std::uint64_t> keys);
/** The same, in place. */
void make_sorted_distinct(std::vector<std::uint64_t>& keys);

/** Drops repeated keys, in place (the order of what is left is unspecified). */
void keep_distinct(std::vector<std::uint64_t>& keys);

/**
 * The keys of one text, in order, repeats included: kept so that a text made of several
 * such texts is not read again (join_keys).
 */
struct key_run {
  std::vector<std::uint64_t> keys;
  std::size_t seen = 0;  // letters, digits and ideographs read
  bool whole = false;    // read to its end (max_chars did not stop the reading)
  // Where the reading stood at a few points between words and runs of ideographs, some
  // mark_every letters, digits and ideographs apart: the text read up to fewer characters
  // than the run is the run's keys up to a mark and the text read on from there (join_keys),
  // not the whole read again. (A lead is read up to 300 characters, a head's text up to
  // 400, and a unit's run up to 800: en-1MB read some 1,000 texts again so, 4.5 M
  // instructions.)
  struct mark {
    std::uint32_t at = 0;    // where in the text
    std::uint32_t seen = 0;  // characters read before it
    std::uint32_t keys = 0;  // keys read before it
  };
  static constexpr std::size_t mark_every = 48;
  std::array<mark, 16> marks;
  std::size_t mark_count = 0;
};
void read_run(std::u32string_view s, std::size_t max_chars, key_run& out);

/** A text that a longer one is made of, with its run when it has one. */
struct key_piece {
  std::u32string_view text;
  const key_run* run = nullptr;
};

/**
 * Appends to out the keys that reading the pieces' texts joined (up to max_chars) would
 * give, in order, from the pieces' runs where they stand for their texts. False when a word
 * runs on from one piece into the next: the joined text must then be read as one.
 */
bool join_keys(const std::vector<key_piece>& pieces, std::size_t max_chars, std::vector<std::uint64_t>& out);

/**
 * Sorts keys ascending: 64 to 1024 keys by their bytes (a radix sort), others by std::sort
 * with a comparator of its own, so that the WASM module does not use libc++'s precompiled
 * std::sort for std::less<uint64_t>, which calls a function for every comparison (8% of a
 * page in Node). Every sort of 64-bit keys in the core goes through here, so the module
 * carries one instantiation.
 */
void sort_keys(std::vector<std::uint64_t>& keys);

/**
 * Counts of distinct keys owed to a work budget: texts' keys kept (repeats included, one
 * text after another) in place of how many distinct ones each holds, which only a set or a
 * sort tells. They are counted when the budget's test could turn on them (over()): each
 * text's keys are at least its distinct ones, so until the charges made and the keys kept
 * pass the budget together, the charges with the counts cannot pass it either.
 */
class distinct_debt {
 public:
  /** Where a text's keys are appended; close() ends the text. */
  std::vector<std::uint64_t>& keys() { return keys_; }
  /** Ends the text whose keys were appended since the last close(), its count owed `times`
   *  over; counts the debt when it holds more than max_kept keys, so that its memory stays
   *  bounded. */
  void close(std::size_t& steps, std::size_t times = 1);
  /** Whether steps, with the debt, passed budget: the debt is counted into steps first
   *  when it could decide it (when steps and the keys kept, each as often as its text is
   *  owed, pass the budget together). */
  bool over(std::size_t& steps, std::size_t budget);
  /** Adds each text's count of distinct keys to steps, as often as it is owed; the debt is
   *  then cleared. */
  void settle(std::size_t& steps);
  void clear() { keys_.clear(), ends_.clear(), times_.clear(), bound_ = 0; }
  static constexpr std::size_t max_kept = std::size_t{1} << 15;

 private:
  std::vector<std::uint64_t> keys_, text_;
  std::vector<std::size_t> ends_, times_;  // where each text's keys end in keys_; how often it is owed
  std::size_t bound_ = 0;  // keys_'s keys, each counted as often as its text is owed
};

/** Dice coefficient of two sorted bigram sets (0..1). */
double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/**
 * containment(keys, the distinct text_keys) without building a set of the text's keys:
 * keys (distinct, few: a headline's) are looked up as text_keys (repeats included) are passed.
 */
double share_in(const std::vector<std::uint64_t>& keys, std::span<const std::uint64_t> text_keys);

/**
 * share_in() of a few distinct keys (a head's) against many texts: their table is built
 * once, not once a text. A text key is looked up in a probe or two, and most of them, not
 * the head's, after one test: a filter of 256 marks, one set per key.
 */
class key_lookup {
 public:
  void assign(const std::vector<std::uint64_t>& keys);
  /** share_in(the keys, text_keys). */
  double share_in(std::span<const std::uint64_t> text_keys);

 private:
  std::vector<std::uint64_t> table_, work_;  // work_: table_ as a text's keys mark it
  std::array<bool, 256> filter_{};
  std::size_t keys_ = 0;
};

/** Share of a's bigrams that occur in b (0..1): how much of a headline its lead contains. */
double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/**
 * The distinct keys of a text in a hash set: for membership tests, where sorting would be
 * wasted. assign() reuses the storage.
 */
class bigram_set {
 public:
  /** The set of keys read (repeats included). */
  void assign(const std::vector<std::uint64_t>& keys);
  /** The set of s's keys, read up to max_chars (a key a character, for ideographs). */
  void assign(std::u32string_view s, std::size_t max_chars);
  bool contains(std::uint64_t x) const;
  std::size_t size() const { return size_; }

 private:
  void assign(const std::uint64_t* keys, std::size_t n);
  std::vector<std::uint64_t> slots_;  // open addressing, a power of two, at most two thirds full; 0 = empty
  std::size_t size_ = 0;
};

/**
 * A count per key (bigrams, character pairs: any key but 0) in one flat open-addressing
 * table: the articles stage counts every character pair of the page, and a node-based map
 * spent more on allocating, hashing and freeing than on counting.
 */
class bigram_counts {
 public:
  bigram_counts() = default;
  /** A table that starts at first_slots (a power of two) when the first key comes. */
  explicit bigram_counts(std::size_t first_slots) : first_slots_(first_slots) {}
  // add() and count() are inline, always (the articles stage, which calls them, is built
  // for size in the WASM module, where a call per character of the page cost 19% of a page).

  /** Room for n keys without growing; at most max_reserved: past that the table grows
   *  with the keys it meets (a long text repeats most of its pairs). */
  void reserve(std::size_t n);
  static constexpr std::size_t max_reserved = std::size_t{1} << 15;

  /** Adds one to key's count. */
  [[gnu::always_inline]] void add(std::uint64_t key) { ++at(key); }
  /** key's count, as a place to write any int (0 when the key is new). */
  [[gnu::always_inline]] int& at(std::uint64_t key) { return entry(key).count; }
  /** Adds one to key's count unless the last call for key gave the same `once` (any int
   *  but 0: a text's number, so that a key counts once per text, repeats or not); the
   *  count. Not with at() or add() on one table. */
  [[gnu::always_inline]] int add_once(std::uint64_t key, int once) {
    slot& s = entry(key);
    s.count += s.once != once;
    s.once = once;
    return s.count;
  }
  /** add_once(key, once) for each of keys in turn; the highest count it gave (0 for none).
   *  (The table is grown first to hold them all, and then probed through locals: no test
   *  of its load and no reload of its members per key. The articles stage counts every key
   *  of the page so.) */
  int add_once(std::span<const std::uint64_t> keys, int once);
  /** key's count; 0 when it was never added. */
  [[gnu::always_inline]] int count(std::uint64_t key) const { return slots_.empty() ? 0 : slots_[find_slot(key)].count; }  // empty slots count 0

 private:
  // (0 marks an empty slot, not ~0: comparisons with 0 and a table of zeros are less code
  // in the WASM module, 367 B less by gzip -9.)
  static constexpr std::uint64_t empty = 0;
  // A key and its count side by side: the page's tables are megabytes, probed at random (a
  // key per character of the page), and apart they cost two cache misses a probe, not one.
  // (once, add_once()'s mark, lives in what would be the slot's padding.)
  struct slot {
    std::uint64_t key = empty;
    int count = 0;
    int once = 0;
  };
  // key's slot, or the empty slot where it would go (Fibonacci hashing, linear probing).
  [[gnu::always_inline]] std::size_t find_slot(std::uint64_t key) const {
    std::size_t h = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 40) & mask_;
    while (slots_[h].key != empty && slots_[h].key != key) h = (h + 1) & mask_;
    return h;
  }
  [[gnu::always_inline]] slot& entry(std::uint64_t key) {
    if (size_ >= full_) grow();
    slot& s = slots_[find_slot(key)];
    if (s.key == empty) {
      s.key = key;
      ++size_;
    }
    return s;
  }
  void grow() { rehash(slots_.empty() ? first_slots_ : 2 * slots_.size()); }
  void rehash(std::size_t slots);
  std::vector<slot> slots_;  // a power of two (or none), at most three quarters full
  // slots_.size() - 1, and the size_ at which a new key grows the table (three quarters of
  // the slots; 0 when there are none): kept by rehash() rather than worked out from the
  // vector at every key (the articles stage adds a key per character of the page).
  std::size_t mask_ = 0;
  std::size_t full_ = 0;
  std::size_t size_ = 0;
  std::size_t first_slots_ = 1024;
};

/**
 * A set of strings, each numbered in the order it came (0, 1, ...): the page's words, its
 * display lines. The strings are kept one after another in one buffer, and found by a
 * 64-bit hash in a bigram_counts table (its count: the number of the first string of that
 * hash, plus one; strings of one hash are chained, so a collision costs a compare, never a
 * wrong answer). Smaller in the WASM module than a node-based std::unordered_set and faster.
 */
class string_set {
 public:
  /** s's number; -1 when it was never inserted. */
  int find(std::u32string_view s) const;
  /** s's number, s inserted when new (fresh then set). */
  int insert(std::u32string_view s, bool& fresh);
  std::size_t size() const { return entries_.size(); }

 private:
  int find(std::u32string_view s, int first) const;
  struct entry {
    std::size_t end;  // where the string ends in chars_
    int next;         // the next string of the same hash, or -1
  };
  bigram_counts index_{64};      // hash: first number + 1 (a page has few display lines)
  std::u32string chars_;         // the strings, one after another
  std::vector<entry> entries_;
};

/** containment(a, b) and dice(a, b) for b held as a hash set: the same figures, without
 *  walking b; a needs distinct keys but no order (keep_distinct() will do). */
double containment(const std::vector<std::uint64_t>& a, const bigram_set& b);
double dice(const std::vector<std::uint64_t>& a, const bigram_set& b);

/**
 * How many pages' worth of rarity the shared bigrams carry: the share of a's weight that
 * b also holds, weight_of_a[k] being the weight of a[k] (an inverse document frequency, so
 * that words every article on the page uses say little). 0..1. The weights come in
 * precomputed because one text is weighed against many others, and so does their sum, all
 * (added up in a's order).
 */
double weighted_containment(const std::vector<std::uint64_t>& a, const std::vector<double>& weight_of_a,
                            double all, const bigram_set& b);

}  // namespace galley::detail

#endif
