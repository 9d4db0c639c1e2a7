#include "articles.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "cohesion.hpp"
#include "lexicon.hpp"

namespace galley::detail {

namespace {

// Thresholds of the articles stage, in one place.
namespace tune {
constexpr double heading_cohesion = 0.06;     // bigram Dice of the text around a display line
constexpr double rejoin_cohesion = 0.05;      // ... of two stories a blank line parted, to read as one again
constexpr double unclaimed_rejoin = 0.04;     // ... at the end, when no head claimed the text after the blank line
constexpr std::size_t unclaimed_chars = 60;   // ... which, this short, is no story of its own ("周宁、王明参加会谈。")
constexpr double kicker_second_names = 0.30; // a head's second line naming this much of the lead, its first nothing: a kicker
constexpr double kicker_first_names = 0.25;  // ... or its first line shorter and naming less than this and the second
constexpr double anchor_extend = 0.10;        // a paragraph before an anchor naming the head this much opens its story
constexpr double foreign_share = 0.05;        // ... or a run of paragraphs at its end sharing less than this with its head and lead
constexpr double weak_head = 0.35;            // ... or naming less than this, when it names another paragraph
constexpr double weak_head_margin = 0.40;     // ... better by this much
constexpr double topic_shift = 0.01;         // ... and below which two runs of paragraphs are two stories
constexpr double weak_seam = 0.08;            // ... or, further off, the least any article shares across a seam
constexpr std::size_t seam_keys = 12;         // ... with this many keys read on either side at least
constexpr double headline_after_body = 0.30;  // containment of a late headline in its body's lead
constexpr double headline_margin = 0.10;      // ... and by how much it must beat the next body
constexpr double cluster_match = 0.15;        // least containment to give a clustered head a body
constexpr std::size_t heading_max_chars = 30; // longer display lines are not in-article headings
constexpr std::size_t lead_chars = 300;       // how much of an article's start a headline is matched to
constexpr std::size_t kicker_max_chars = 8;   // a rubric over a headline is short
constexpr std::size_t kicker_over_chars = 12; // ... and a kicker over a far longer headline line not much longer
// Stitching: a continuation is scored against every open end (a paragraph cut off
// mid-sentence) still waiting: the bigram the junction would form, seen elsewhere on the
// page, plus the continuation's cohesion with the article the open end belongs to.
constexpr std::size_t stitch_window = 12;     // open ends a continuation is matched with (newest first)
constexpr std::size_t stitch_reach = 400;     // units after which an open end stops waiting
constexpr std::size_t lookahead = 48;         // units searched for a fragment that fits an open end better
constexpr std::size_t profile_chars = 800;    // how much of an article its cohesion profile reads
constexpr double w_pair = 1.0;                // per use of the junction bigram elsewhere (capped at 3)
constexpr double w_cohesion = 10.0;           // per unit of bigram Dice with the open end's article
constexpr double w_resume = 4.0;              // the open end's article was just resumed by a repeated head
constexpr double w_adjacent = 1.5;            // the open end is right before the continuation
constexpr double w_distance = 0.02;           // per open end passed over (nearer ends win ties)
constexpr double shift_min = 0.10;            // least cohesion with a far article to leave the current one
constexpr double orphan_min = 0.25;           // ... to continue it from outside any article (after a credit)
constexpr int word_pair_uses = 2;             // ... or the junction forms a word used this often elsewhere
constexpr double word_pair_margin = 0.05;     // ... and the unit reads nearly as much like that article
constexpr double shift_margin = 0.08;         // ... and by how much it must beat the current article
constexpr double gap_shift_margin = 0.03;     // ... when a blank line parts it from that article anyway
constexpr double moved_opening_margin = 0.05; // blocks move to another head when they contain it this much better
constexpr std::size_t cluster_window = 256;   // clustered heads and headless articles matched with each other
constexpr double anchor_match = 0.35;         // least containment of a bodiless head in a paragraph's lead
constexpr double loose_head = 0.10;           // a head naming this little of its article's lead may move
constexpr double loose_anchor_match = 0.50;   // ... when it names another paragraph this clearly
constexpr std::size_t anchor_reach = 100;     // units around a bodiless head searched for its story
constexpr std::size_t anchor_lead_chars = 60; // a paragraph shorter than this is read with the next
constexpr std::size_t anchor_keys_chars = 300;// how much of a paragraph's lead a head is matched to
constexpr std::size_t anchor_cache = 4096;    // paragraph leads kept for the heads that ask
constexpr std::size_t ideograph_runs = 4096;  // a page of ideographs of at most this many units keeps runs (see runs_)
constexpr double same_head_share = 0.50;      // a head over a "上接" line naming this much of the cut story's is its own
}  // namespace tune

bool is_display(const unit& u) { return u.kind == role::headline; }

// Whether display line x, right under head line `head`, is its subtitle: led by a dash
// ("——记…"), or two clauses under a head line without a comma ("林涛会见芬兰国家副议长" /
// "林涛表示，中芬两国是…"; the comma of a headline wrapped in two ends its first line).
bool subtitle_under(std::u32string_view head, std::u32string_view x) {
  if (dash_led(x)) return true;
  const auto comma = x.find(U'，');
  return comma != std::u32string_view::npos && comma + 1 < x.size() && !head.empty() && is_cjk(head.back()) &&
         head.find(U'，') == std::u32string_view::npos;
}

// Where the subtitle under a head read as one unit with it starts: the second of two lines
// ("上半年…稳定增长" / "——4台机器人协同工作"), or the dash-led third of three
// ("…专项" / "工作机制会议…讲话" / "——是加强…"); the text's size when there is none.
std::size_t subtitle_at(const unit& u) {
  const std::u32string_view text = u.text;
  if (u.line_count == 2 && u.second_at > 0 && u.second_at < text.size() &&
      subtitle_under(text.substr(0, u.second_at), text.substr(u.second_at)))
    return u.second_at;
  if (u.line_count == 3 && u.last_at > u.second_at && u.last_at < text.size() &&
      subtitle_under(text.substr(0, u.last_at), text.substr(u.last_at)))
    return u.last_at;
  return text.size();
}

// A head and a text it may belong to, scored. One type and one ordering for every matching
// pass, so the module carries one sort, not one per pass.
struct candidate {
  double score;
  std::size_t head;
  std::size_t text;
};
// Equal scores go to the earlier head, then the earlier text: a page printed twice pairs each
// copy's heads with that copy's texts, and the order is total, so the module (libc++'s sort)
// and the CLI (libstdc++'s) pair alike.
bool by_score(const candidate& x, const candidate& y) {
  if (x.score != y.score) return x.score > y.score;
  return x.head != y.head ? x.head < y.head : x.text < y.text;
}
// (A merge sort, runs of 1, 2, 4… merged in turn: std::sort's code for this one type was
// 4 KB of the module, std::merge's is a tenth of that; the order is total, so the result is
// the same.)
GALLEY_SMALL void sort_by_score(std::vector<candidate>& v) {
  std::vector<candidate> merged(v.size());
  for (std::size_t width = 1; width < v.size(); width *= 2) {
    for (std::size_t lo = 0; lo < v.size(); lo += 2 * width) {
      const auto at = [&](std::size_t k) { return v.begin() + static_cast<std::ptrdiff_t>(std::min(k, v.size())); };
      std::merge(at(lo), at(lo + width), at(lo + width), at(lo + 2 * width), merged.begin() + static_cast<std::ptrdiff_t>(lo), by_score);
    }
    v.swap(merged);
  }
}

block_kind block_kind_of(role r) {
  switch (r) {
    case role::heading: return block_kind::heading;
    case role::byline: return block_kind::byline;
    case role::caption: return block_kind::caption;
    case role::credit: return block_kind::credit;
    default: return block_kind::paragraph;
  }
}

std::uint64_t pair_key(char32_t a, char32_t b) { return (std::uint64_t{a} << 32) | b; }

// A Latin line in sentence case ("Details of the purchase were not made public"): a capital
// first, then words mostly in lower case. Heads are set in title case; a standfirst under one
// is a sentence of the story's.
bool sentence_case(std::u32string_view s) {
  if (s.empty() || s.front() < U'A' || s.front() > U'Z') return false;
  const title_words t = count_title_words(s);
  return t.words >= 4 && t.capitalised * 2 < t.words;
}

// Whether x, display text set apart by a blank line under the Latin head line `head`, is that
// head's deck: a sentence-case line under a title-case one. OCR prints a blank line under each
// block it reads, and between a head and its standfirst too; the standfirst, a sentence taken
// from the story, names the text under it as well as the head does.
bool deck_set_apart(std::u32string_view head, std::u32string_view x) {
  return title_case(head) && sentence_case(x);
}

bool open_punct(char32_t c) { return c == U'，' || c == U'、' || c == U','; }
bool ends_in_colon(std::u32string_view t) { return !t.empty() && (t.back() == U'：' || t.back() == U':'); }

struct draft {
  int headline = -1;           // unit index
  std::vector<int> deck;       // unit indices
  std::vector<int> blocks;     // unit indices, in order
  bool closed = false;
  bool has_text = false;       // a paragraph has been placed (bylines and credits do not count)
  std::vector<int> seams;      // units (a repeated head, a jump line) after which the article resumed
  int gap_from = -1;           // the article a blank line ended right before this one (see rejoin_gap_splits)
  bool has_body() const { return has_text; }
};

}  // namespace

// The last characters of the page's open ends are marked in a byte a code point of the
// BMP, from the page's lowest such character to its highest: a character's test is then a
// subtraction, a load and a compare, where a bit of a map of the whole BMP took a range
// test, a shift, a load and a shift (zh-1MB: 8 instructions a character, 2.5 M). The bytes
// are kept from page to page, each page marking with a number of its own (1 to 255, the
// bytes cleared when they come round again): no page clears its marks, and a map of the BMP
// cleared once cost a page alone (seed002) more than its test saved. (The text's bounds and
// the character before are kept in locals: a count written to the table could be the
// text's size for all the compiler knows, and both were loaded again a character.)
void count_opening_pairs(const std::vector<unit>& units, opening_marks& opening, bigram_counts& counts) {
  const auto opens_pairs = [](const unit& u) { return u.ends_mid_sentence && !u.text.empty() && is_cjk(u.text.back()); };
  char32_t lo = 0x10000, hi = 0;
  bool any = false;
  for (const unit& u : units) {
    if (!opens_pairs(u)) continue;
    any = true;
    const char32_t c = u.text.back();
    if (c < 0x10000) lo = std::min(lo, c), hi = std::max(hi, c);
  }
  if (!any) return;
  const std::size_t span = hi >= lo ? hi - lo + 1 : 0;
  std::vector<std::uint8_t>& marks = opening.marks;
  if (marks.size() < span) marks.resize(span);
  if (opening.page == 255) std::fill(marks.begin(), marks.end(), std::uint8_t{0}), opening.page = 0;
  const std::uint8_t mark = ++opening.page;
  for (const unit& u : units)
    if (opens_pairs(u) && u.text.back() < 0x10000) marks[u.text.back() - lo] = mark;
  const std::uint8_t* const opens = marks.data();
  for (const unit& u : units) {
    const char32_t* const t = u.text.data();
    const std::size_t n = u.text.size();
    char32_t a = n == 0 ? 0 : t[0];
    for (std::size_t k = 1; k < n; ++k) {
      const char32_t b = t[k];
      // (Below lo the difference wraps past span. Past the BMP every ideograph opens one.)
      const std::size_t at = a - lo;
      if ((at < span ? opens[at] == mark : a >= 0x10000 && is_cjk(a)) && is_cjk(b)) counts.add(pair_key(a, b));
      a = b;
    }
  }
}

namespace {

class assembler {
 public:
  assembler(std::vector<unit>& units, const layout& lay, std::size_t budget, document& doc, articles_scratch& scratch)
      : u_(units), doc_(doc), lay_(lay), budget_(budget), runs_(scratch.runs), opening_(scratch.opening), lead_pool_(scratch.lead_pool),
        pieces_(scratch.pieces), joined_(scratch.joined), units_(scratch.units), own_piece_(scratch.own_piece),
        stitch_keys_(scratch.stitch_keys), stitch_weights_(scratch.stitch_weights), lookup_(scratch.lookup),
        head_lookup_(scratch.head_lookup), own_lookup_(scratch.own_lookup), run_keys_(scratch.run_keys), text_keys_(scratch.text_keys),
        joined_text_(scratch.joined_text), owed_(scratch.owed) {
    owed_.clear();
    pieces_.clear();  // (a page before left none, unless it stopped early)
  }

  /** True when the work budget ran out and continuations were left where they stand. */
  bool over_budget() const { return over_budget_; }

  GALLEY_SMALL void run() {
    mark_notices_and_repeats();
    unit_draft_.assign(u_.size(), -1);
    joined_to_.assign(u_.size(), -1);
    unit_keys_.resize(u_.size());
    unit_keys_read_.resize(u_.size(), false);
    for (std::size_t i = 1; i < u_.size() && !runs_paragraphs_on_; ++i)
      runs_paragraphs_on_ = u_[i].kind == role::body && u_[i - 1].kind == role::body && !u_[i].gap_before;
    // Both tables sized once rather than grown and rehashed (the pairs' table for a sixteenth
    // of the page's characters: only pairs after an open end's last character are counted,
    // below; sized for half, as when every pair was, it cost more to clear). A Latin page has a
    // key a word, not a character: some 1 distinct key in 15 characters read (370 of 5.8 K
    // on en-1MB's pages), and a table sized as for ideographs (4-8 K slots of 16 B, where
    // 1 K do) cost more to clear and to scan than the counting. A page of ideographs has
    // about a key a character, four in five of them distinct: its unit frequencies are
    // reserved for as many keys as its units hold (reserved for half, the table grew and
    // was rehashed once on most pages: zh-1MB 1.0 M instructions more).
    std::size_t chars = 0, keys = 0;
    for (const unit& u : u_) chars += u.text.size(), keys += std::min(u.text.size(), tune::profile_chars);
    if (lay_.cjk) pair_count_.reserve(chars / 16);
    unit_freq_.reserve(keys >> (lay_.cjk ? 0 : 3));
    // (Only pairs of ideographs are asked for, pairs(): the others, a third of a page of
    // ideographs' and every pair of a Latin page, are not counted, and the table, probed at
    // random a character at a time, is that much smaller.)
    // And only pairs that open with the last character of a unit cut off mid-sentence:
    // pairs() is asked about the junction of an open end and a text that may continue it,
    // and an open end's last character stays one of those (a join appends the text that
    // continues it, and takes that text's own end and openness). A page with no such end
    // in an ideograph (most Latin pages) counts none. zh-1MB 6-7% faster (287 -> 281 M
    // instructions, fewer cache misses in a table a tenth the size), en-1MB 4% fewer
    // instructions; outputs identical.
    count_opening_pairs(u_, opening_, pair_count_);
    // (Runs are kept for Latin text, a key a word, a third of the text's size, and for a page
    // of ideographs. An ideograph has a key of its own, twice its size: on a document of many
    // pages copying them measured slower than reading the text again (zh-1MB 6-8% slower for
    // 5% fewer instructions), and they would add a fifth to its peak memory.)
    if (!lay_.cjk || u_.size() <= tune::ideograph_runs) {
      if (runs_.size() < u_.size()) runs_.resize(u_.size());  // (a page before may have left more)
      run_slots_ = u_.size();
      run_unit_.assign(run_slots_, -1);
    }
    // (The highest count kept as they are counted: a scan of the table for it cost as much
    // as the counting on a page of few keys. A unit's repeated keys are counted once by
    // add_once(), not dropped first: keep_distinct() here was 5% of zh-1MB's instructions.)
    // (A unit's run holds its keys up to profile_chars: they are counted from there, not
    // copied out first by joined_keys().)
    int most = 0;
    for (std::size_t k = 0; k < u_.size(); ++k) {
      const auto& read = run_slots_ == 0 ? (add_piece(static_cast<int>(k)), joined_keys(tune::profile_chars)) : run_of(static_cast<int>(k)).keys;
      most = std::max(most, unit_freq_.add_once(read, static_cast<int>(k) + 1));
    }
    weigh_frequencies(most);
    steps_ += u_.size();
    for (std::size_t i = 0; i < u_.size();) {
      const unit& x = u_[i];
      if (continues_[i] >= 0 && draft_of_unit(continues_[i]) < 0) {
        // Printed twice but not as an article's headline ("结语"): an ordinary display line.
        residue_[i] = false;
        continues_[i] = -1;
      }
      if (residue_[i]) { to_residue(i); ++i; continue; }
      if (is_display(x)) {
        std::size_t j = i;
        std::vector<int> group;
        while (j < u_.size() && is_display(u_[j]) && !residue_[j])
          group.push_back(static_cast<int>(j++));
        place_display_group(std::move(group), j);
        i = j;
        continue;
      }
      flush_kickers();
      switch (x.kind) {
        case role::credit:
          // A credit closes an article and never opens one: after a jump line or a
          // credit-less close it still belongs to the article just before.
          if (!current_open() && cur_ >= 0 && current().has_body()) {
            current().blocks.push_back(static_cast<int>(i));
            unit_draft_[i] = cur_;
            changed(cur_);
            break;
          }
          place(i);
          current().closed = true;
          break;
        case role::byline:
          if (current_open() && current().has_body()) current().closed = true;
          place(i);
          break;
        default:
          // (A sentence cut off elsewhere that this text reads on from comes first.)
          if (x.kind == role::body && stitched(i)) break;
          if (x.kind == role::body && column_break_before(i)) {
            const int e = current().blocks.back();
            absorb(i, e);
            if (u_[static_cast<std::size_t>(e)].ends_mid_sentence) open_ends_.push_back(e);
            break;
          }
          // On a page that runs a story's paragraphs on, a blank line between two finished
          // paragraphs ends a story, for now: a story run on across a column break rejoins
          // at the end, when no head claimed the text after the break.
          // (After a paragraph cut off mid-sentence too, when it stopped on a short line: its
          // sentence goes on elsewhere, not under the blank line. Not after a colon:
          // "央视网消息（新闻联播）：" leads into what follows.)
          const int gap_from = x.kind == role::body && x.gap_before && gaps_part_stories() && current_open() &&
                                       current().has_body() && i > 0 && u_[i - 1].kind == role::body &&
                                       (!u_[i - 1].ends_mid_sentence || !u_[i - 1].last_full) &&
                                       !ends_in_colon(u_[i - 1].text) &&
                                       !x.opens_mid_sentence && !reads_on(current(), i)
                                   ? cur_ : -1;
          if (gap_from >= 0) current().closed = true;
          // A dateline opens a news item: after body text it starts the next article.
          if (x.kind == role::body && current_open() && current().has_body() && looks_like_dateline(x.text, lay_.traditional))
            current().closed = true;
          place(i);
          if (gap_from >= 0) current().gap_from = gap_from;
          current().has_text = current().has_text || x.kind == role::body;
          if (x.kind == role::body) {
            resume_ = -1;
            if (x.ends_mid_sentence && !x.text.empty()) open_ends_.push_back(static_cast<int>(i));
          }
          break;
      }
      ++i;
    }
    flush_kickers();
    // Text joined to a sentence it finishes lives on in that sentence's unit; its own copy
    // is read by nothing after this loop (the passes below read the articles' units): freed.
    for (std::size_t i = 0; i < u_.size(); ++i)
      if (joined_to_[i] >= 0) std::u32string().swap(u_[i].text);
    assign_cluster();
    anchor_bodiless_heads();
    split_by_topic();
    split_kickers();
    rejoin_gap_splits();
  }

  /** The articles made (run() first), taken. */
  std::vector<draft> take_drafts() { return std::move(drafts_); }

  // A kicker waits for the headline it stands over; when text comes first, it was a heading.
  GALLEY_SMALL void flush_kickers() {
    if (pending_kicker_.empty()) return;
    std::vector<int> waiting;
    waiting.swap(pending_kicker_);
    as_headings(waiting);
  }

 private:
  std::vector<unit>& u_;
  document& doc_;
  const layout& lay_;
  std::size_t budget_;
  std::size_t steps_ = 0;
  bool over_budget_ = false;
  bool runs_paragraphs_on_ = false;  // see gaps_part_stories
  std::vector<draft> drafts_;
  int cur_ = -1;
  std::vector<int> unit_draft_;          // the draft each placed unit is a block of (-1: none)
  std::vector<int> joined_to_;           // the unit each unit's text was joined to (-1: none)
  std::vector<int> open_ends_;           // body units cut off mid-sentence, in the order placed
  int resume_ = -1;                      // draft a repeated head or "上接" line just resumed
  int jumped_out_ = -1;                  // draft a "下转" line cut off
  std::size_t jump_out_residue_ = 0;     // ... that line's place in doc_.residue
  std::size_t jump_out_unit_ = 0;        // ... and its unit
  bigram_counts pair_count_;  // character bigrams of the whole page
  bigram_counts unit_freq_;   // how many units use each bigram
  std::vector<double> weight_of_freq_;  // a bigram's rarity weight, by its unit_freq_ (0: unseen)
  // A draft's cohesion profile, kept until the draft changes: a continuation is scored
  // against every open end, so the same article's profile is asked for again and again.
  // Only the articles with open ends near the current unit are asked for, so 128 slots
  // (by draft index modulo their number) hold them and memory stays bounded on long pages.
  struct cached_profile {
    int draft = -1;                      // whose profile this is (-1: none)
    std::size_t chars = 0;               // length of the text it was read from (for the budget)
    bigram_set bigrams;
  };
  static constexpr std::size_t profile_slots = 128;
  // stitched()'s working lists, kept between calls so that no call allocates them.
  struct scored { int e; double score; double cohesion; };
  std::vector<int> cands_;
  std::vector<scored> scored_;
  std::vector<std::pair<int, double>> cohesion_of_;
  std::array<cached_profile, profile_slots> profiles_;
  std::vector<bool> residue_;
  std::vector<const char*> residue_reason_;  // by unit: why it is residue (a literal, 8 bytes a unit)
  std::vector<int> continues_;  // for repeated headlines: the draft index they continue
  std::vector<std::vector<int>> cluster_;  // display groups with no body after them
  std::vector<int> pending_kicker_;
  std::vector<int> head_owner_;  // by unit: the draft that printed it as a head, or -1
  std::vector<int> foreign_cut_;  // by draft: where its foreign run starts (0: none), -1 unread
  // The sorted distinct keys of a unit's text (read up to default_bigram_chars), by unit, read when
  // first asked: a head's keys are asked for by every pass and every paragraph it is held
  // against. Dropped when the unit's text changes (absorb, split_kickers).
  std::vector<std::vector<std::uint64_t>> unit_keys_;
  std::vector<bool> unit_keys_read_;
  // The units' keys as profile() reads them, in order (read_run, up to profile_chars): the
  // texts the passes read are mostly units' texts joined (an article's last blocks, a lead,
  // the text under a head), and join_keys() puts their keys together from these rather than
  // reading each text again (an English letter costs some 15 instructions to read). A run
  // per unit (by slot, unit modulo their number: a kicker split off later shares one), read
  // again when the unit's text changes. None on a long page of ideographs (see run()). The
  // runs are the caller's (articles_scratch), kept from page to page with their keys'
  // room: the page's first run_slots_ are this page's, each read afresh before use.
  std::vector<key_run>& runs_;
  opening_marks& opening_;  // count_opening_pairs()'s
  std::size_t run_slots_ = 0;
  std::vector<std::uint64_t>& lead_pool_;  // anchor_bodiless_heads()' leads' keys (the caller's too)
  std::vector<int> run_unit_;  // by slot: the unit whose run it holds (-1: none)
  // Working lists and tables, the caller's too (articles_scratch: their room kept from page
  // to page), each filled afresh where it is used.
  std::vector<key_piece>& pieces_;      // the texts a joined text is made of (joined_keys)
  std::vector<std::uint64_t>& joined_;  // joined_keys()'s keys
  std::vector<int>& units_;             // tail_keys()'s body blocks
  std::vector<key_piece>& own_piece_;   // keys_of()'s unit
  std::vector<std::uint64_t>& stitch_keys_;  // stitched()'s unit's keys, distinct and sorted
  std::vector<double>& stitch_weights_;      // ... and their weights
  key_lookup& lookup_;                  // share_in()'s table
  key_lookup &head_lookup_, &own_lookup_;  // names_story_before()'s two heads
  std::vector<std::uint64_t>& run_keys_;  // ... and the run it tries
  bigram_set& text_keys_;               // read_as_one()'s text
  std::u32string& joined_text_;         // ... read as one when a word runs across two texts
  distinct_debt& owed_;                 // the budget's charges left for later (owe_distinct)
  // By draft: the last visit that saw it (the passes that walk the units near a head visit
  // each article once), so that no list of seen drafts is searched per unit.
  std::vector<std::size_t> visited_;
  std::size_t visit_ = 0;

  draft& current() { return drafts_[static_cast<std::size_t>(cur_)]; }

  // Unit k's sorted distinct keys, read once while the text stays as it is. The reference stays valid
  // until the next call.
  const std::vector<std::uint64_t>& keys_of(int k) {
    const auto n = static_cast<std::size_t>(k);
    if (n >= unit_keys_.size()) {
      unit_keys_.resize(u_.size());
      unit_keys_read_.resize(u_.size(), false);
    }
    if (!unit_keys_read_[n]) {
      // (Its run, read up to the default limit: not through pieces_ and joined_, whose keys a
      // caller may be holding; straight into its place, with the room it had, not copied.)
      own_piece_.assign(1, piece_of(k));
      std::vector<std::uint64_t>& keys = unit_keys_[n];
      keys.clear();
      join_keys(own_piece_, default_bigram_chars, keys);
      make_sorted_distinct(keys);
      unit_keys_read_[n] = true;
    }
    return unit_keys_[n];
  }
  // Unit k's text changed: its keys are read again when next asked.
  void text_changed(int k) {
    if (static_cast<std::size_t>(k) < unit_keys_read_.size()) unit_keys_read_[static_cast<std::size_t>(k)] = false;
    if (run_slots_ != 0 && run_unit_[run_slot(k)] == k) run_unit_[run_slot(k)] = -1;
  }

  std::size_t run_slot(int k) const { return static_cast<std::size_t>(k) % run_slots_; }
  // Unit k's keys in order, up to profile_chars (see runs_).
  const key_run& run_of(int k) {
    const std::size_t slot = run_slot(k);
    if (run_unit_[slot] != k) {
      read_run(u_[static_cast<std::size_t>(k)].text, tune::profile_chars, runs_[slot]);
      run_unit_[slot] = k;
    }
    return runs_[slot];
  }

  // Whether unit k's run slot holds another unit's run that a piece of pieces_ stands on.
  // (Past a few dozen pieces, a text that long, it is taken to: the text is then read.)
  bool slot_taken(int k) const {
    const std::size_t slot = run_slot(k);
    if (run_unit_[slot] == k) return false;
    if (pieces_.size() > 32) return true;
    return std::any_of(pieces_.begin(), pieces_.end(), [&](const key_piece& p) { return p.run == &runs_[slot]; });
  }
  // Unit k's text as a piece of a joined text, with its run when runs are kept and its slot
  // holds no other piece's.
  key_piece piece_of(int k) {
    const std::u32string_view text = u_[static_cast<std::size_t>(k)].text;
    if (run_slots_ == 0) return {text, nullptr};
    return {text, slot_taken(k) ? nullptr : &run_of(k)};
  }
  // Unit k's text as the next piece of a joined text (joined_keys); its length.
  std::size_t add_piece(int k) {
    pieces_.push_back(piece_of(k));
    return u_[static_cast<std::size_t>(k)].text.size();
  }

  // The keys of the pieces' texts joined (pieces_, emptied), read up to max_chars: as
  // reading the joined text would give them. Valid until the next call.
  const std::vector<std::uint64_t>& joined_keys(std::size_t max_chars) {
    joined_.clear();
    append_joined_keys(max_chars, joined_);
    return joined_;
  }
  // joined_keys(max_chars), appended to out (where the keys are kept: not copied there
  // from joined_).
  void append_joined_keys(std::size_t max_chars, std::vector<std::uint64_t>& out) {
    const std::size_t at = out.size();
    if (!join_keys(pieces_, max_chars, out)) {
      joined_text_.clear();
      for (const key_piece& p : pieces_) joined_text_ += p.text;
      pieces_.assign(1, {joined_text_, nullptr});
      out.resize(at);
      join_keys(pieces_, max_chars, out);
    }
    pieces_.clear();
  }
  // The distinct keys of text t, read up to default_bigram_chars.
  std::vector<std::uint64_t> text_keys(std::u32string_view t) {
    pieces_.push_back({t, nullptr});
    return distinct_joined_keys(default_bigram_chars);
  }
  // `set` = the keys of the pieces' texts joined (pieces_, emptied), read up to max_chars.
  // (Without runs the text is joined and its keys put in the set as they are read: a copy of
  // them first cost the documents of ideographs some 4% of the stage.)
  void assign_joined(bigram_set& set, std::size_t max_chars) {
    if (run_slots_ != 0) {
      set.assign(joined_keys(max_chars));
      return;
    }
    joined_text_.clear();
    for (const key_piece& p : pieces_) joined_text_ += p.text;
    pieces_.clear();
    set.assign(joined_text_, max_chars);
  }
  // share_in(keys, text_keys), in a table kept from call to call (none allocated).
  double share_in(const std::vector<std::uint64_t>& keys, std::span<const std::uint64_t> text_keys) {
    lookup_.assign(keys);
    return lookup_.share_in(text_keys);
  }
  // joined_keys(max_chars) without repeats.
  const std::vector<std::uint64_t>& distinct_joined_keys(std::size_t max_chars) {
    joined_keys(max_chars);
    keep_distinct(joined_);
    return joined_;
  }

  // Starts a walk that visits each draft once; first_visit(d) is true the first time d is met.
  void new_visit() {
    if (visited_.size() < drafts_.size()) visited_.resize(drafts_.size(), 0);
    ++visit_;
  }
  bool first_visit(int d) {
    std::size_t& v = visited_[static_cast<std::size_t>(d)];
    if (v == visit_) return false;
    v = visit_;
    return true;
  }
  bool current_open() const { return cur_ >= 0 && !drafts_[static_cast<std::size_t>(cur_)].closed; }
  draft& open_new() {
    drafts_.emplace_back();
    cur_ = static_cast<int>(drafts_.size()) - 1;
    return current();
  }
  draft& open_if_needed() { return current_open() ? current() : open_new(); }

  // Every unit that becomes a block goes through here, so the unit knows its article.
  void place(std::size_t k) {
    std::vector<int>& blocks = open_if_needed().blocks;
    if (blocks.empty()) blocks.reserve(8);  // (room for most articles' blocks at once, not grown from one)
    blocks.push_back(static_cast<int>(k));
    unit_draft_[k] = cur_;
    changed(cur_);
  }

  // Draft d's headline, blocks, or the text or kind of one of its blocks changed: what
  // profile() read from it is stale. Every such change calls this.
  void changed(int d) {
    if (d < 0) return;
    cached_profile& p = profiles_[static_cast<std::size_t>(d) % profile_slots];
    if (p.draft == d) p.draft = -1;
    if (static_cast<std::size_t>(d) < foreign_cut_.size()) foreign_cut_[static_cast<std::size_t>(d)] = -1;
  }

  // ---- Continuations -------------------------------------------------------------------

  // What an article is about: its heads and the last stretch of its body. The reference
  // stays valid until the next call. The budget is charged as if it were read afresh, so
  // that the cache changes no result.
  const bigram_set& profile(int d) {
    const auto k = static_cast<std::size_t>(d);
    cached_profile& p = profiles_[k % profile_slots];
    if (p.draft != d) {
      p.chars = add_profile_pieces(drafts_[k]);
      assign_joined(p.bigrams, tune::profile_chars);
      p.draft = d;
    }
    steps_ += p.chars + 1;
    return p.bigrams;
  }
  // The texts article a's profile is read from, put in pieces_; their length.
  std::size_t add_profile_pieces(const draft& a) {
    std::size_t chars = 0;  // (blocks are taken while the text is shorter than profile_chars)
    if (a.headline >= 0) chars += add_piece(a.headline);
    for (auto it = a.blocks.rbegin(); it != a.blocks.rend() && chars < tune::profile_chars; ++it) {
      const unit& b = u_[static_cast<std::size_t>(*it)];
      if (b.kind == role::body || b.kind == role::heading) chars += add_piece(*it);
    }
    return chars;
  }

  // A decision that does not turn on the texts' cohesion is made without working it out
  // (settled_without_cohesion), and the budget is charged all the same, so that a page runs
  // out of it exactly where it did. Part of such a charge is how many distinct keys the
  // pieces' joined text holds (pieces_, emptied): its keys are copied from the runs and
  // counted only when the budget's test could turn on them (distinct_debt).
  void owe_distinct(std::size_t max_chars, std::size_t times) {
    append_joined_keys(max_chars, owed_.keys());
    owed_.close(steps_, times);
  }

  // The rarity weight of every bigram count a unit can have, so that the logarithm is
  // taken once per count rather than once per bigram and comparison.
  GALLEY_STAGE void weigh_frequencies(int most) {
    const double units = static_cast<double>(u_.size()) + 1.0;
    weight_of_freq_.resize(static_cast<std::size_t>(most) + 1);
    for (std::size_t n = 0; n < weight_of_freq_.size(); ++n)
      weight_of_freq_[n] = std::log(units / (1.0 + static_cast<double>(n)));
  }

  // The rarity weights of v's bigrams, in v's order.
  void weights(const std::vector<std::uint64_t>& v, std::vector<double>& w) const {
    w.resize(v.size());
    for (std::size_t k = 0; k < v.size(); ++k) w[k] = weight_of_freq_[static_cast<std::size_t>(unit_freq_.count(v[k]))];
  }

  // How much of a continuation's vocabulary an article shares, rare words counting most.
  // (v_all: the sum of v_weights, the same for every article v is held against.)
  double cohesion(const std::vector<std::uint64_t>& v, const std::vector<double>& v_weights, double v_all,
                  const bigram_set& article) {
    steps_ += v.size() + article.size();
    return weighted_containment(v, v_weights, v_all, article);
  }

  // How often the page uses the pair a junction would form (capped): a word cut between
  // two ideographs. (Between two Latin words the junction is a space, not a pair of letters:
  // "…of its Delta" / "Orion computer-aided…" is no worse a junction than "Delta" / "subject".)
  int pairs(char32_t a, char32_t b) const {
    return is_cjk(a) && is_cjk(b) ? std::min(3, pair_count_.count(pair_key(a, b))) : 0;
  }

  bool still_open(int e) const {
    const unit& x = u_[static_cast<std::size_t>(e)];
    return unit_draft_[static_cast<std::size_t>(e)] >= 0 && x.ends_mid_sentence && !x.text.empty();
  }

  // The open end right before the continuation in the current article, stepping over up
  // to two captions or standfirsts printed inside the cut sentence; -1 when there is none.
  int adjacent_open_end() const {
    if (!current_open()) return -1;
    const auto& b = drafts_[static_cast<std::size_t>(cur_)].blocks;
    int skipped = 0;
    for (auto it = b.rbegin(); it != b.rend(); ++it) {
      const unit& x = u_[static_cast<std::size_t>(*it)];
      if ((x.kind == role::caption || x.kind == role::standfirst) && skipped < 2) { ++skipped; continue; }
      return x.kind == role::body && still_open(*it) ? *it : -1;
    }
    return -1;
  }

  // A fragment further on ("念。…") that would continue open end e with a junction the page
  // uses more often than v's: e waits for it.
  bool better_fragment_ahead(std::size_t i, int e) const {
    const unit& end = u_[static_cast<std::size_t>(e)];
    const int mine = pairs(end.text.back(), u_[i].text.front());
    for (std::size_t j = i + 1; j < u_.size() && j <= i + tune::lookahead; ++j) {
      const unit& f = u_[j];
      if (f.kind == role::body && f.opens_mid_sentence && !f.text.empty() && pairs(end.text.back(), f.text.front()) > mine)
        return true;
    }
    return false;
  }

  // stitched(i) when what follows does not turn on how unit i reads (the open ends in
  // cands_). With a single candidate it is the best one, whatever its score, and the text
  // joins it when it is a fragment, when the end is right before it and goes on whatever the
  // text says, or when the end's article was just resumed; otherwise it stays in the current
  // article when the end is that article's own, or when the current article keeps it
  // whatever it reads like. With several, when none joins on those grounds and the current
  // article keeps the text whichever is best. The budget is charged as scoring the
  // candidates would have been (each article's profile, and both texts' distinct keys).
  // 1: joined, 0: not, -1: the cohesion is needed (scored as usual).
  // (On seed002 most continuations ask this: each profile read after the paragraph placed
  // before it made it stale, for a decision it could not change.)
  int settled_without_cohesion(std::size_t i, int adj, bool resuming, bool fragment) {
    if (run_slots_ == 0) return -1;
    const unit& v = u_[i];
    bool adjacent_ok = false;
    if (adj >= 0) {
      const unit& end = u_[static_cast<std::size_t>(adj)];
      adjacent_ok = lay_.unwrapped || !v.gap_before || open_punct(end.text.back()) ||
                    (end.last_full && !v.indented && (v.first_full || v.line_count == 1));
      if (!adjacent_ok) return -1;  // (unless the text reads like the current article)
    }
    if (cands_.size() > 1) {
      if (resuming || fragment || adjacent_ok || !stays_whatever_it_reads(i, -1)) return -1;
      std::size_t drafts = 0;  // (each article scored once, as stitched() scores them)
      for (std::size_t r = 0; r < cands_.size(); ++r) {
        const int d = unit_draft_[static_cast<std::size_t>(cands_[r])];
        bool seen = false;
        for (std::size_t q = 0; q < r; ++q) seen = seen || unit_draft_[static_cast<std::size_t>(cands_[q])] == d;
        if (!seen) charge_profile(d), ++drafts;
      }
      owe_own_keys(i, drafts);
      return 0;
    }
    const int e = cands_.front();
    const int d = unit_draft_[static_cast<std::size_t>(e)];
    const bool join = (resuming && d == resume_) || fragment || adjacent_ok;
    if (!join && d != cur_ && !stays_whatever_it_reads(i, e)) return -1;
    charge_profile(d);
    owe_own_keys(i, 1);
    if (!join) return 0;
    absorb(i, e);
    return 1;
  }
  // What profile(d) and the size of its set charge the budget.
  void charge_profile(int d) {
    const auto k = static_cast<std::size_t>(d);
    const cached_profile& p = profiles_[k % profile_slots];
    if (p.draft == d) {
      steps_ += p.chars + 1 + p.bigrams.size();
    } else {
      steps_ += add_profile_pieces(drafts_[k]) + 1;
      owe_distinct(tune::profile_chars, 1);
    }
  }
  // What unit i's distinct keys charge the budget, times over.
  void owe_own_keys(std::size_t i, std::size_t times) {
    add_piece(static_cast<int>(i));
    owe_distinct(tune::profile_chars, times);
  }

  // Whether body unit i, not joined to open end e of another article on other grounds,
  // stays where it is however much it reads like e's article (stitched()'s topic shift):
  // under a head that has no text yet, when the junction is no word cut between two
  // ideographs (e < 0: whichever end it would be, so not known); under a head, after its
  // text, run on with no blank line.
  bool stays_whatever_it_reads(std::size_t i, int e) {
    if (!current_open()) return false;
    const unit& v = u_[i];
    if (!current().has_body() && current().headline >= 0)
      return e >= 0 && pairs(u_[static_cast<std::size_t>(e)].text.back(), v.text.front()) < tune::word_pair_uses;
    return !(current().has_body() && (v.gap_before || (current().headline < 0 && !opens_with_dateline(current()))));
  }

  // Decides whether body unit i continues a sentence cut off earlier; joins it there and
  // returns true if so. Evidence: the unit opens mid-sentence ("念。…"), a repeated head or
  // "上接" line just resumed an article with an open end, the open end stands right before
  // it, or it reads like another article that was cut off rather than like the current one.
  GALLEY_SMALL bool stitched(std::size_t i) {
    const unit& v = u_[i];
    if (v.text.empty() || open_ends_.empty() || over_budget_) return false;
    // A dateline opens a story ("央视网消息（新闻联播）：", "LONDON, May 3 -"): never a continuation.
    if (looks_like_dateline(v.text, lay_.traditional)) return false;
    if (owed_.over(steps_, budget_)) { over_budget_ = true; return false; }
    // Forget open ends that were continued or waited too long.
    std::vector<int>& cands = cands_;
    cands.clear();
    for (std::size_t k = open_ends_.size(); k-- > 0 && cands.size() < tune::stitch_window;) {
      const int e = open_ends_[k];
      if (i - static_cast<std::size_t>(e) > tune::stitch_reach) break;
      if (still_open(e)) cands.push_back(e);
    }
    if (cands.size() < open_ends_.size()) {
      open_ends_.assign(cands.rbegin(), cands.rend());
    }
    if (cands.empty()) return false;

    int adj = adjacent_open_end();
    const bool resuming = resume_ >= 0;
    const bool fragment = v.opens_mid_sentence;
    if (adj >= 0 && !fragment && better_fragment_ahead(i, adj)) {
      // The open end waits for its fragment; this unit may still continue another one.
      cands.erase(std::remove(cands.begin(), cands.end(), adj), cands.end());
      adj = -1;
      if (cands.empty()) return false;
    }
    if (const int settled = settled_without_cohesion(i, adj, resuming, fragment); settled >= 0) return settled == 1;
    // (v's keys and their weights in lists kept from call to call, and from page to page:
    // read straight into them, not copied out of joined_ and into new lists each.)
    add_piece(static_cast<int>(i));
    std::vector<std::uint64_t>& vb = stitch_keys_;
    vb.clear();
    append_joined_keys(tune::profile_chars, vb);
    make_sorted_distinct(vb);
    std::vector<double>& vw = stitch_weights_;
    weights(vb, vw);
    double v_all = 0;  // (summed in vb's order, as weighted_containment() sums)
    for (const double w : vw) v_all += w;
    // Across a blank line the open end goes on when it stopped at a comma, or at a full line
    // and the text goes on in one (or ends in its one line), or when the text reads like its
    // article: a column break the extractor marked with a blank line.
    const bool adjacent_ok =
        adj >= 0 && (lay_.unwrapped || !v.gap_before || open_punct(u_[static_cast<std::size_t>(adj)].text.back()) ||
                     (u_[static_cast<std::size_t>(adj)].last_full && !v.indented && (v.first_full || v.line_count == 1)) ||
                     cohesion(vb, vw, v_all, profile(cur_)) >= tune::shift_min);

    std::vector<scored>& ss = scored_;
    ss.clear();
    std::vector<std::pair<int, double>>& cohesion_of = cohesion_of_;  // by draft; a few entries at most
    cohesion_of.clear();
    for (std::size_t r = 0; r < cands.size(); ++r) {
      const int e = cands[r];
      const int d = unit_draft_[static_cast<std::size_t>(e)];
      auto it = std::find_if(cohesion_of.begin(), cohesion_of.end(), [d](const auto& c) { return c.first == d; });
      if (it == cohesion_of.end()) it = cohesion_of.insert(it, {d, cohesion(vb, vw, v_all, profile(d))});
      double s = tune::w_pair * pairs(u_[static_cast<std::size_t>(e)].text.back(), v.text.front()) +
                 tune::w_cohesion * it->second - tune::w_distance * static_cast<double>(r);
      if (resuming && d == resume_) s += tune::w_resume;
      if (e == adj && adjacent_ok) s += tune::w_adjacent;
      ss.push_back({e, s, it->second});
    }
    auto best = std::max_element(ss.begin(), ss.end(), [](const scored& a, const scored& b) { return a.score < b.score; });
    if (resuming) {
      // The resumed article's open end takes the first text after its repeated head.
      for (auto it = ss.begin(); it != ss.end(); ++it)
        if (unit_draft_[static_cast<std::size_t>(it->e)] == resume_ && (best == ss.end() || unit_draft_[static_cast<std::size_t>(best->e)] != resume_ || it->score > best->score))
          best = it;
      if (unit_draft_[static_cast<std::size_t>(best->e)] == resume_) { absorb(i, best->e); return true; }
    }
    const int best_draft = unit_draft_[static_cast<std::size_t>(best->e)];
    bool join = fragment || adjacent_ok;
    if (!join && best_draft != cur_) {
      // A topic shift: the unit reads like a far article that was cut off mid-sentence,
      // clearly more than like the article it stands in. The first text under a head is
      // that article's lead, not a continuation of another, unless it completes a word cut
      // off there (below).
      // (Nor is text run on under a headed article's paragraph, no blank line between: a
      // story's rest printed elsewhere is set apart from the story it lands in, in a block
      // of its own, unless it opens mid-sentence. Run on, it is that article's next
      // paragraph, however much more it reads like another one whose lead is longer. Under
      // a run of text no head stands over, the rest of a cut story itself, it may be that
      // rest's next paragraph; not under a story a dateline opens, whose head is elsewhere.)
      // A word cut between two ideographs ("塔吉" / "克斯坦…") joins on less: a pair the
      // page uses elsewhere, and the unit reads like the cut-off article.
      const unit& cut = u_[static_cast<std::size_t>(best->e)];
      const auto word_cut = [&] { return pairs(cut.text.back(), v.text.front()) >= tune::word_pair_uses; };
      if (!current_open()) {
        join = best->cohesion >= tune::orphan_min || (best->cohesion >= tune::shift_min && word_cut());
      } else if (!current().has_body() && current().headline >= 0) {
        // The first text under a head that reads like the cut-off article clearly more than
        // like the head: a head printed after its own story, over the rest of another.
        join = word_cut() && best->cohesion >= cohesion(vb, vw, v_all, profile(cur_)) + tune::shift_margin;
      } else if (current().has_body() && (v.gap_before || (current().headline < 0 && !opens_with_dateline(current())))) {
        const double here = cohesion(vb, vw, v_all, profile(cur_));
        join = best->cohesion >= tune::shift_min && best->cohesion >= here + tune::shift_margin;
        // (Set apart by a blank line on a page where blank lines part stories, the unit
        // leaves the current article anyway: reading a little more like the cut-off one is
        // enough to go on there rather than open a story of its own.)
        if (!join && v.gap_before && gaps_part_stories())
          join = best->cohesion >= tune::rejoin_cohesion && best->cohesion >= here + tune::gap_shift_margin;
        // Or a word cut between two ideographs ("柔性制" / "造工厂，…"): the junction is a
        // pair the page uses elsewhere, and the unit reads nearly as much like that article.
        const unit& end = u_[static_cast<std::size_t>(best->e)];
        if (!join && is_cjk(end.text.back()) && is_cjk(v.text.front()) &&
            pairs(end.text.back(), v.text.front()) >= tune::word_pair_uses && best->cohesion + tune::word_pair_margin >= here)
          join = true;
      }
    }
    if (!join) return false;
    absorb(i, best->e);
    return true;
  }

  // Whether article a's first body text opens with a dateline ("央视网消息（新闻联播）：").
  bool opens_with_dateline(const draft& a) const {
    for (int k : a.blocks)
      if (u_[static_cast<std::size_t>(k)].kind == role::body) return looks_like_dateline(u_[static_cast<std::size_t>(k)].text, lay_.traditional);
    return false;
  }

  GALLEY_SMALL void absorb(std::size_t i, int e) {
    const int here = cur_;
    const bool first_text = here >= 0 && !drafts_[static_cast<std::size_t>(here)].has_text;
    join_units(u_[static_cast<std::size_t>(e)], u_[i]);
    text_changed(e);
    unit_draft_[i] = -1;
    joined_to_[i] = e;
    resume_ = -1;
    const int d = unit_draft_[static_cast<std::size_t>(e)];
    changed(d);
    if (current_open() && cur_ != d) current().closed = true;
    cur_ = d;
    current().closed = false;
    if (first_text && here != d) {
      move_opening(d, e, here);
      if (!drafts_[static_cast<std::size_t>(here)].has_text) move_inset(d, e, here);
    } else if (here == d) {
      split_off_inset(d, e);
    }
  }

  // The text after e in article `from`, when a sentence e left open is finished by a unit
  // further on: what came between cannot be from's own (its sentence goes on after it),
  // but another story printed inside from's cut. Its blocks, from `start` on, when they can
  // be (none after unit `before`); an empty span when not.
  std::span<const int> inset_after(const draft& a, int e, int before, bool latin_lead) const {
    const auto at = std::find(a.blocks.begin(), a.blocks.end(), e);
    if (at == a.blocks.end() || at + 1 == a.blocks.end()) return {};
    // (It opens with its lead or byline: a section heading there is more likely the cut story's own.)
    if (const role first = u_[static_cast<std::size_t>(at[1])].kind; first != role::body && first != role::byline) return {};
    // (Not over a seam: after a repeated head or jump line the article's own story resumed.)
    for (int s : a.seams)
      if (s > e) return {};
    bool body = false;
    for (auto it = at + 1; it != a.blocks.end(); ++it) {
      const unit& x = u_[static_cast<std::size_t>(*it)];
      if (*it > before) return {};
      // (Its first paragraph opens a story: one that goes on from somewhere is no lead.)
      if (x.kind == role::body && !body && (x.opens_mid_sentence || (latin_lead && !opens_like_lead(x.text)))) return {};
      body = body || x.kind == role::body;
    }
    if (!body) return {};
    return {&*(at + 1), static_cast<std::size_t>(a.blocks.end() - (at + 1))};
  }

  // A Latin story's lead opens with a capital letter, a quote or a bracket ("<Carlton
  // Communications Plc> said…"), not with a figure or a mark that a table's or a broken
  // line's piece opens with ("500,000, or 20 cts").
  static bool opens_like_lead(std::u32string_view text) {
    if (text.empty()) return false;
    const char32_t c = text.front();
    return classify(c) == char_class::latin || c == U'"' || c == U'\u201C' || c == U'\'' || c == U'\u2018' || c == U'<' || c == U'(';
  }

  // Article from's blocks after its open end e go to article `to`.
  GALLEY_SMALL void move_after(int from_draft, int e, int to_draft) {
    draft& a = drafts_[static_cast<std::size_t>(from_draft)];
    const auto at = std::find(a.blocks.begin(), a.blocks.end(), e) + 1;
    for (auto it = at; it != a.blocks.end(); ++it) {
      drafts_[static_cast<std::size_t>(to_draft)].blocks.push_back(*it);
      unit_draft_[static_cast<std::size_t>(*it)] = to_draft;
    }
    a.blocks.erase(at, a.blocks.end());
    changed(from_draft);
    changed(to_draft);
    drafts_[static_cast<std::size_t>(to_draft)].has_text = true;
  }

  // The story inside the cut, its head printed after it ("…backed the growth of its
  // equity-" / "Kelso Foundries <KFD> - Offering of…" / "New Offerings Filed This Week" /
  // "linked bond issues and…"): it is that head's, however few words the two share.
  GALLEY_SMALL void move_inset(int from_draft, int e, int to_draft) {
    const int head = drafts_[static_cast<std::size_t>(to_draft)].headline;
    if (head >= 0 && !inset_after(drafts_[static_cast<std::size_t>(from_draft)], e, head, false).empty())
      move_after(from_draft, e, to_draft);
  }

  // With no head after it, the story inside the cut is one of its own, headless, whose head
  // (printed with others, or after it) the passes after the loop find ("…Contract talks
  // broke off in February and a" / "Harlow/Stenmark Corp…" / "mediator has been
  // named…"). Only on a Latin page, where a lead shows by its capital: a Chinese
  // paragraph gives no sign that it opens a story rather than goes on from elsewhere.
  GALLEY_SMALL void split_off_inset(int d, int e) {
    if (lay_.cjk || inset_after(drafts_[static_cast<std::size_t>(d)], e, std::numeric_limits<int>::max(), true).empty()) return;
    draft x;
    x.closed = true;
    drafts_.push_back(std::move(x));
    move_after(d, e, static_cast<int>(drafts_.size()) - 1);
  }

  // Blocks under the wrong head: article `to` printed its head (and byline) and then
  // continues a sentence from article `from`, whose first blocks, up to that open end e,
  // read like `to`'s head rather than its own. Those blocks are to's opening, printed under
  // the other head: they move, and the rest of `from` keeps its head.
  GALLEY_SMALL void move_opening(int from_draft, int e, int to_draft) {
    draft& a = drafts_[static_cast<std::size_t>(from_draft)];
    draft& b = drafts_[static_cast<std::size_t>(to_draft)];
    if (a.headline < 0 || b.headline < 0) return;
    std::size_t first = 0;
    while (first < a.blocks.size() && u_[static_cast<std::size_t>(a.blocks[first])].kind == role::byline) ++first;
    const auto at = std::find(a.blocks.begin(), a.blocks.end(), e);
    if (at == a.blocks.end()) return;
    const std::size_t last = static_cast<std::size_t>(at - a.blocks.begin());
    bool body_after = false;
    for (std::size_t k = last + 1; k < a.blocks.size(); ++k) body_after = body_after || u_[static_cast<std::size_t>(a.blocks[k])].kind == role::body;
    if (first > last || !body_after) return;
    for (std::size_t k = first; k <= last; ++k) add_piece(a.blocks[k]);
    const auto rb = sorted_distinct(joined_keys(tune::profile_chars));
    const double own = containment(keys_of(a.headline), rb);
    const double other = containment(keys_of(b.headline), rb);
    if (other < own + tune::moved_opening_margin) return;
    for (std::size_t k = first; k <= last; ++k) {
      b.blocks.push_back(a.blocks[k]);
      unit_draft_[static_cast<std::size_t>(a.blocks[k])] = to_draft;
    }
    a.blocks.erase(a.blocks.begin() + static_cast<std::ptrdiff_t>(first), a.blocks.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    changed(from_draft);
    changed(to_draft);
    b.has_text = true;
    if (current_open() && cur_ != to_draft) current().closed = true;
    cur_ = to_draft;
    current().closed = false;
  }

  GALLEY_STAGE GALLEY_SMALL void mark_notices_and_repeats() {
    residue_ = std::vector<bool>(u_.size(), false);
    residue_reason_.assign(u_.size(), "");
    continues_.assign(u_.size(), -1);
    bool in_notices = false;
    string_set seen_display;                  // display texts met so far
    std::vector<std::size_t> first_display;   // ... and the unit each was met in first
    for (std::size_t i = 0; i < u_.size(); ++i) {
      unit& x = u_[i];
      if (looks_like_notice(x.text, lay_.traditional)) in_notices = true;
      else if (is_display(x) && x.markdown_level && x.markdown_level <= 2) in_notices = false;
      if (in_notices) { residue_[i] = true; residue_reason_[i] = "notice"; continue; }
      if (x.kind == role::furniture) { residue_[i] = true; residue_reason_[i] = "furniture"; continue; }
      if (x.kind == role::jump) { residue_[i] = true; residue_reason_[i] = "jump"; continue; }
      if (is_display(x)) {
        bool fresh;
        const int k = seen_display.insert(x.text, fresh);
        if (fresh) first_display.push_back(i);
        else { residue_[i] = true; residue_reason_[i] = "repeated-headline"; continues_[i] = static_cast<int>(first_display[static_cast<std::size_t>(k)]); }
        // A head reprinted over its story's rest leaves out the kicker it was printed under
        // ("新理念引领新发展" / "城乡两头齐发力" / "激活市场新活力", then "城乡两头齐发力激活
        // 市场新活力"): the lines under a first line shorter than they are are remembered as
        // this head too.
        if (fresh && x.line_count >= 2 && x.second_at > 0 && x.second_at < x.text.size() - x.second_at) {
          seen_display.insert(std::u32string_view(x.text).substr(x.second_at), fresh);
          if (fresh) first_display.push_back(i);
        }
      }
    }
  }

  GALLEY_SMALL void to_residue(std::size_t i) {
    unit& x = u_[i];
    if (continues_[i] >= 0) {
      // A repeated headline: what follows continues the article that printed it first.
      const int target = draft_of_unit(continues_[i]);
      if (target >= 0) resume(target, static_cast<int>(i));
    } else if (x.kind == role::jump) {
      // "下转第3版" cuts the current article off; "(上接第1版)" further down the same page
      // resumes the article that was cut.
      // A jump line that nothing on this page answers is left open ("jump-open") for the
      // pages after it (stories_across_pages.cpp), which set every reason back to "jump".
      residue_reason_[i] = "jump-open";
      if (!jump_resumes(x.text, lay_.traditional)) {
        if (current_open()) {
          jumped_out_ = cur_;
          current().closed = true;
          jump_out_residue_ = doc_.residue.size();
          jump_out_unit_ = i;
        }
      } else if (jumped_out_ >= 0 && !heads_another_story() && pages_run_on(u_[jump_out_unit_].text, x.text)) {
        resume(jumped_out_, static_cast<int>(i));
        jumped_out_ = -1;
        doc_.residue[jump_out_residue_].reason = residue_reason_[i] = "jump";
      } else if (current_open() && !current().blocks.empty()) {
        // The end of a story begun on another page (nothing was cut off here): not the rest
        // of the story above, which it would otherwise run on from. Its head reprinted over
        // the jump line heads it, not a section of the story above (a head that opened an
        // article of its own has no blocks yet, and keeps it open).
        draft& above = current();
        above.closed = true;
        const int last = above.blocks.back();
        if (above.blocks.size() > 1 && u_[static_cast<std::size_t>(last)].kind == role::heading) {
          above.blocks.pop_back();
          changed(cur_);
          unit_draft_[static_cast<std::size_t>(last)] = -1;
          u_[static_cast<std::size_t>(last)].kind = role::headline;
          set_heads(open_new(), {last});
        }
      }
    }
    doc_.residue.push_back({"other", residue_reason_[i], to_utf8(x.text), x.lines});
  }

  // Whether a "下转第N版" line and a "上接第M版" line below it on one text can be the two ends
  // of one story: the text ran from page M on to page N (pages run together), so M < N when
  // both are named. ("（下转第3版）" over "（上接第4版）" are two stories' jump lines.)
  static bool pages_run_on(std::u32string_view out, std::u32string_view in) {
    const int n = jump_page(out), m = jump_page(in);
    return n < 0 || m < 0 || m < n;
  }

  // A head printed right under a "下转" line and over a "上接" line that is not the cut
  // story's own (a story cut off for a later page, then the end of another begun on an
  // earlier one): the "上接" line resumes the story of that head, not the one cut off above
  // it. (With text between the two, the head may be that text's, printed after it.)
  GALLEY_SMALL bool heads_another_story() {
    if (!current_open() || cur_ == jumped_out_ || !current().blocks.empty() || current().headline < 0) return false;
    for (auto k = jump_out_unit_ + 1; k < static_cast<std::size_t>(current().headline); ++k)
      if (!residue_[k] && !is_display(u_[k])) return false;
    const int own = drafts_[static_cast<std::size_t>(jumped_out_)].headline;
    if (own < 0) return true;
    const auto& printed = keys_of(current().headline);
    return containment(printed, keys_of(own)) < tune::same_head_share;
  }

  GALLEY_SMALL void resume(int target, int seam) {
    drafts_[static_cast<std::size_t>(target)].seams.push_back(seam);
    if (current_open()) current().closed = true;
    cur_ = target;
    resume_ = target;
    drafts_[static_cast<std::size_t>(target)].closed = false;
  }

  // Which article printed this headline or deck line (-1: none); kept as heads are placed,
  // so a page of many repeated heads stays linear.
  int draft_of_unit(int unit_index) const {
    const auto k = static_cast<std::size_t>(unit_index);
    return k < head_owner_.size() ? head_owner_[k] : -1;
  }
  GALLEY_SMALL void note_heads(const draft& a) {
    if (&a < drafts_.data() || &a >= drafts_.data() + drafts_.size()) return;
    const int index = static_cast<int>(&a - drafts_.data());
    changed(index);
    auto own = [&](int k) {
      if (static_cast<std::size_t>(k) >= head_owner_.size()) head_owner_.resize(static_cast<std::size_t>(k) + 1, -1);
      head_owner_[static_cast<std::size_t>(k)] = index;
    };
    if (a.headline >= 0) own(a.headline);
    for (int k : a.deck) own(k);
  }

  std::u32string lead_of(const draft& a) const {
    std::u32string s;
    for (int b : a.blocks) {
      if (u_[static_cast<std::size_t>(b)].kind != role::body) continue;
      s += u_[static_cast<std::size_t>(b)].text;
      if (s.size() >= tune::lead_chars) break;
    }
    return s;
  }

  // lead_of(a) as pieces (pieces_); its length.
  GALLEY_SMALL std::size_t lead_pieces(const draft& a) {
    std::size_t size = 0;
    for (int b : a.blocks) {
      if (u_[static_cast<std::size_t>(b)].kind != role::body) continue;
      size += add_piece(b);
      if (size >= tune::lead_chars) break;
    }
    return size;
  }
  // The keys of lead_of(a), read up to max_chars.
  const std::vector<std::uint64_t>& lead_keys(const draft& a, std::size_t max_chars = default_bigram_chars) {
    lead_pieces(a);
    return joined_keys(max_chars);
  }

  // The last lead_chars of the texts of units ks[0, end) (in page order) joined, as pieces
  // (pieces_): the first one cut when they are longer.
  GALLEY_SMALL void tail_pieces(const std::vector<int>& ks, std::size_t end) {
    std::size_t size = 0;
    std::size_t first = end;
    while (first > 0 && size < tune::lead_chars) size += u_[static_cast<std::size_t>(ks[--first])].text.size();
    for (std::size_t n = first; n < end; ++n) {
      if (n == first && size > tune::lead_chars)
        pieces_.push_back({std::u32string_view(u_[static_cast<std::size_t>(ks[n])].text).substr(size - tune::lead_chars), nullptr});
      else
        add_piece(ks[n]);
    }
  }
  // The distinct keys of the last lead_chars of a's body text (what a story ends on).
  const std::vector<std::uint64_t>& tail_keys(const draft& a) {
    std::vector<int>& body = units_;  // (the last body blocks, as many as the tail reads)
    body.clear();
    std::size_t size = 0;
    for (auto it = a.blocks.rbegin(); it != a.blocks.rend() && size < tune::lead_chars; ++it)
      if (u_[static_cast<std::size_t>(*it)].kind == role::body) {
        body.push_back(*it);
        size += u_[static_cast<std::size_t>(*it)].text.size();
      }
    std::reverse(body.begin(), body.end());
    tail_pieces(body, body.size());
    return distinct_joined_keys(default_bigram_chars);
  }

  // The body units that follow unit j, up to the next display line, credit or byline (a
  // byline between the heads and the text is passed over), as far as a lead is read: put
  // in `out`; the length of their text.
  std::size_t next_body(std::size_t j, std::vector<int>& out) const {
    std::size_t size = 0;
    for (; j < u_.size() && size < tune::lead_chars; ++j) {
      if (residue_[j] || (size == 0 && u_[j].kind == role::byline)) continue;
      if (u_[j].kind != role::body && u_[j].kind != role::caption && u_[j].kind != role::standfirst) break;
      if (u_[j].kind == role::body) {
        out.push_back(static_cast<int>(j));
        size += u_[j].text.size();
      }
    }
    return size;
  }

  // The sorted distinct keys of g's texts joined: a one-line group's are its unit's, read once (keys_of).
  std::vector<std::uint64_t> group_keys(const std::vector<int>& g) {
    if (g.size() == 1) return keys_of(g.front());
    for (int k : g) add_piece(k);
    return sorted_distinct(joined_keys(default_bigram_chars));
  }

  // A short rubric ("文化中国行") over a line at least half as long again.
  static bool is_rubric_over(const unit& x, const unit& below) {
    return x.text.size() <= tune::kicker_max_chars && !x.markdown_level && 2 * below.text.size() >= 3 * x.text.size();
  }

  // Headline first (a kicker ending in a colon goes to the deck), the rest deck.
  // Whether line n of display group g is a kicker set over the headline under it.
  GALLEY_SMALL bool kicker_of(const std::vector<int>& g, std::size_t n) const {
    const unit& x = u_[static_cast<std::size_t>(g[n])];
    // A kicker stands over the headline: it ends in a colon ("特朗普："), or it is a rubric.
    // (Never over a subtitle: "国际联播快讯" / "——美联储21日宣布…"; "我的春耕合伙人" /
    // "芦苇荡除了造纸、观鸟，还能干啥？").
    const bool colon = ends_in_colon(x.text);
    const unit* below = n == 0 && g.size() >= 2 ? &u_[static_cast<std::size_t>(g[1])] : nullptr;
    if (below && subtitle_under(x.text, below->text)) below = nullptr;
    const bool rubric = below && is_rubric_over(x, *below);
    // A column rubric "栏目·专题" is a kicker whatever its length.
    const bool dotted = below && x.text.find(U'·') != std::u32string::npos && below->text.find(U'·') == std::u32string::npos;
    // Two Chinese lines, the first the shorter, the second no subtitle of clauses: the
    // first is set over the headline ("新理念引领新发展" / "品牌建设助力县域新发展"); a
    // subtitle under a headline is the longer line, with its comma ("两省会商结束，未签署协议" /
    // "尽管形成了若干共识，但在三四个关键环节上仍有分歧").
    // (No longer than a headline wrapped in two under it, it is set over that one too:
    // "推动城乡融合发展系列主题新闻发布" / "湖滨：奋力书写城" / "乡融合发展新篇章".)
    const bool set_over = below && g.size() == 2 && !below->gap_before &&
                          (x.text.size() < below->text.size() ||
                           (x.line_count == 1 && below->line_count == 2 && x.text.size() == below->text.size())) &&
                          !x.text.empty() && is_cjk(x.text.back()) && !below->text.empty() && is_cjk(below->text.back()) &&
                          below->text.find(U'，') == std::u32string::npos;
    // So is a slogan of two phrases set apart by a space over a line of one.
    const bool slogan = below && g.size() == 2 && two_phrases(x.text) && below->text.find(U' ') == std::u32string::npos;
    // A subtitle led by a dash stands under the headline: a Chinese line over the line it
    // stands under is set over that headline, whatever its length ("在希望的田野上" /
    // "稻谷飘香各地秋收忙" / "——在黑龙江垦区…"): 引题, 主题, 副题.
    // (Or a subtitle of clauses with its comma, under a headline with none and a shorter
    // line over it: "在希望的田野上" / "稻谷飘香各地秋收忙" / "金秋时节，稻谷飘香".)
    const unit* third = g.size() >= 3 ? &u_[static_cast<std::size_t>(g[2])] : nullptr;
    const bool clause_under = below && third && third->text.find(U'，') != std::u32string::npos &&
                              below->text.find(U'，') == std::u32string::npos && x.text.find(U'，') == std::u32string::npos &&
                              x.text.size() < below->text.size();
    const bool over_subtitled = below && third && !below->gap_before && !x.text.empty() && is_cjk(x.text.back()) &&
                                !third->gap_before && (dash_led(third->text) || clause_under);
    // So is a line over one opened by a topic and its colon, which starts a headline
    // ("推动城乡融合发展系列主题新闻发布" / "湖滨：奋力书写城乡融合发展新篇章"), however wide.
    const bool over_topic = below && g.size() == 2 && !below->gap_before && !x.text.empty() && is_cjk(x.text.back()) &&
                            x.text.find(U'：') == std::u32string::npos && opens_with_topic(below->text);
    return colon || rubric || dotted || set_over || slogan || over_subtitled || over_topic;
  }

  GALLEY_SMALL void set_heads(draft& a, const std::vector<int>& g) {
    std::vector<int> deck = pending_kicker_;
    pending_kicker_.clear();
    for (std::size_t n = 0; n < g.size(); ++n) {
      const int k = g[n];
      const unit& x = u_[static_cast<std::size_t>(k)];
      const bool kicker = kicker_of(g, n) && a.headline < 0 && k != g.back();
      const bool markdown_deck = x.markdown_level >= 3;
      if (a.headline < 0 && !kicker && !(markdown_deck && k != g.front() )) a.headline = k;
      else deck.push_back(k);
    }
    if (a.headline < 0 && !deck.empty()) { a.headline = deck.front(); deck.erase(deck.begin()); }
    a.deck.insert(a.deck.end(), deck.begin(), deck.end());
    note_heads(a);
  }

  GALLEY_SMALL void as_headings(const std::vector<int>& g) {
    draft& a = open_if_needed();
    for (int k : g) {
      u_[static_cast<std::size_t>(k)].kind = role::heading;
      a.blocks.push_back(k);
      unit_draft_[static_cast<std::size_t>(k)] = cur_;
      changed(cur_);
      a.has_text = true;
    }
  }

  GALLEY_STAGE GALLEY_SMALL void place_display_group(std::vector<int> g, std::size_t after) {
    const unit& first = u_[static_cast<std::size_t>(g.front())];
    std::size_t next = after;
    while (next < u_.size() && residue_[next]) ++next;
    const bool byline_next = next < u_.size() && u_[next].kind == role::byline;
    std::vector<int> following;  // the body text under the group
    const bool text_follows = next_body(after, following) > 0;
    // following's keys, read when first asked and then asked again by the tests below.
    bigram_set following_keys;
    bool following_read = false;
    auto next_keys = [&]() -> const bigram_set& {
      if (!following_read) {
        for (int k : following) add_piece(k);
        assign_joined(following_keys, default_bigram_chars);
      }
      following_read = true;
      return following_keys;
    };

    // Display lines set apart by a blank line are separate heads (one printed after its
    // body, or clustered) when the last of them names the text that follows at least as
    // well as the ones before it: those are handled first, on their own.
    if (!first.markdown_level && g.size() > 1) {
      std::size_t split = 0;
      for (std::size_t n = 1; n < g.size(); ++n)
        if (u_[static_cast<std::size_t>(g[n])].gap_before &&
            (lay_.cjk || !deck_set_apart(u_[static_cast<std::size_t>(g[n - 1])].text, u_[static_cast<std::size_t>(g[n])].text)))
          split = n;
      if (split > 0 && text_follows) {
        const std::vector<int> before(g.begin(), g.begin() + static_cast<std::ptrdiff_t>(split));
        const std::vector<int> last(g.begin() + static_cast<std::ptrdiff_t>(split), g.end());
        const bigram_set& lead = next_keys();
        if (containment(group_keys(last), lead) >= containment(group_keys(before), lead)) {
          place_display_group(before, static_cast<std::size_t>(last.front()));
          place_display_group(last, after);
          return;
        }
      }
    }

    if (first.markdown_level) {
      // Markdown says the level: #/## headline, ### deck or kicker, #### and deeper heading.
      std::vector<int> rest;
      for (int k : g) {
        const int level = u_[static_cast<std::size_t>(k)].markdown_level;
        if (level >= 4 || (level == 3 && !(current_open() && !current().has_body() && current().headline >= 0) &&
                           !(k != g.back()) && !(next < u_.size() && is_display(u_[next])))) {
          as_headings({k});
        } else if (level == 3 && current_open() && !current().has_body() && current().headline >= 0) {
          current().deck.push_back(k);
        } else if (level == 3) {
          pending_kicker_.push_back(k);
        } else {
          if (current_open()) current().closed = true;
          set_heads(open_new(), {k});
        }
      }
      return;
    }

    // The article just before, open or closed by its credit, may be waiting for its head.
    const bool waiting = cur_ >= 0 && current().headline < 0 && current().has_body();
    // (Not when the first line is a kicker set over the second: the two are one head.)
    if (g.size() > 1 && waiting && !kicker_of(g, 0)) {
      draft& p = current();
      // A run of display lines may close one article and open the next: the first line the
      // previous body's headline (printed after it), the rest the next article's.
      // (A subtitle right under that line goes with it: "——记…", "林涛表示，中芬两国…".)
      std::vector<int> lead_line{g.front()};
      const auto head = group_keys(lead_line);
      const double prev = share_in(head, lead_keys(p));
      if (prev >= tune::headline_after_body && prev > containment(head, next_keys()) + tune::headline_margin) {
        while (lead_line.size() < g.size()) {
          const unit& x = u_[static_cast<std::size_t>(g[lead_line.size()])];
          if (x.gap_before || !subtitle_under(u_[static_cast<std::size_t>(g.front())].text, x.text)) break;
          lead_line.push_back(g[lead_line.size()]);
        }
        set_heads(p, lead_line);
        p.closed = true;
        if (lead_line.size() < g.size())
          place_display_group(std::vector<int>(g.begin() + static_cast<std::ptrdiff_t>(lead_line.size()), g.end()), after);
        return;
      }
    }
    // (A byline under it says it heads what follows.)
    if (g.size() == 1 && text_follows && !byline_next && names_story_before(g.front(), next_keys)) {
      current().closed = true;
      cluster_.push_back(g);
      return;
    }
    // Several heads with no text after them are a cluster: each line finds its own body
    // (a closed body waiting for a head takes only the lines that name it).
    if (g.size() > 1 && !text_follows && !byline_next) { cluster_.push_back(g); return; }
    // (So is a head with another head right under it, when it names the text just before:
    // printed after its body, set apart from the next story's head by a blank line.)
    if (waiting && (!current_open() || !text_follows)) {
      draft& p = current();
      const auto head = group_keys(g);
      const double prev = share_in(head, lead_keys(p));
      if (prev >= tune::headline_after_body && prev > containment(head, next_keys()) + tune::headline_margin) {
        set_heads(p, g);  // printed after its body (and credit)
        p.closed = true;
        return;
      }
    }
    if (!text_follows && !byline_next) {
      // A head with no text under it, printed after a story's text, ends that story: the
      // next head opens another ("…nine mln dlrs in loans." / "Harlow's Stores … Files" /
      // "Kestrel To Sell Hotel" / "Lakeside Inns Ltd said…").
      if (current_open() && current().has_body()) current().closed = true;
      cluster_.push_back(g);
      return;
    }
    if (byline_next || !current_open()) {
      if (current_open()) current().closed = true;
      set_heads(open_new(), g);
      return;
    }
    draft& p = current();
    if (p.headline >= 0 && !p.has_body()) {
      // Under a headline and byline, before any text: the article's first section heading.
      as_headings(g);
      return;
    }
    // (Only an article without a head takes one printed after its body: the heads are held
    // against its lead, whose keys share_in() looks up as it reads them, no set built.)
    if (p.headline < 0 && p.has_body()) {
      const auto head = group_keys(g);
      const double sim_prev = share_in(head, lead_keys(p));
      if (sim_prev >= tune::headline_after_body && sim_prev > containment(head, next_keys()) + tune::headline_margin) {
        set_heads(p, g);  // printed after its body
        p.closed = true;
        return;
      }
    }
    std::size_t longest = 0;
    for (int k : g) longest = std::max(longest, u_[static_cast<std::size_t>(k)].text.size());
    // Text that opens with a dateline ("央视网消息（新闻联播）：", "LONDON, May 3 -") is a
    // story's lead: the line over it is a headline, not a section heading.
    const bool lead_opens = next < u_.size() && u_[next].kind == role::body && looks_like_dateline(u_[next].text, lay_.traditional);
    // Nor is the head of a roundup or a sidebar ("国际联播快讯", "相关链接"), whatever its text
    // shares with the story before.
    const bool roundup = g.size() == 1 && looks_like_box_head(u_[static_cast<std::size_t>(g.front())].text, lay_.traditional);
    // (The texts before and after the group compared last, when the cheap tests pass.)
    // (Not a Latin head that names the text under it more than the headed story above: "Dunmore
    // Corp <Dun> 4Th Qtr Net" / "NOTE: Net from operations leaves out Dunmore Optics Inc…" after
    // another company's story, however alike two companies' results read. A Chinese line read as
    // display may be a paragraph's opening, "我们坚持开放合作，构", and name what follows.)
    auto story_goes_on = [&] {
      const bigram_set& under = next_keys();
      if (dice(tail_keys(p), under) < tune::heading_cohesion) return false;
      if (lay_.cjk || p.headline < 0) return true;
      const auto head = group_keys(g);
      return containment(head, under) <= share_in(head, tail_keys(p)) + tune::headline_margin;
    };
    if (p.has_body() && !lead_opens && !roundup && longest <= tune::heading_max_chars && story_goes_on()) {
      as_headings(g);
      return;
    }
    p.closed = true;
    set_heads(open_new(), g);
  }

  // A head printed after its story, where the story ran on from the article before with no
  // head between ("Piedmont…" / "Northfield TeleData Inc said…" / "(Reuters)" /
  // "Northfield Teledata <Ntd> In Sale/Leaseback Deal"): it names the run from one of the
  // article's paragraphs on as a head names its lead, far better than the text under it and
  // than the article's own head does (which, without a credit closing the run, must name
  // next to nothing of it). Such a head is no head over the text that follows; where its
  // story begins is for the anchors to find, later.
  // (following() gives the keys of the text under the head: read only if a run is named.)
  template <class Keys>
  GALLEY_SMALL bool names_story_before(int k, Keys&& following) {
    if (cur_ < 0 || current().headline < 0 || !current().has_body()) return false;
    std::size_t j = static_cast<std::size_t>(k);
    while (j-- > 0 && residue_[j]) {}
    const bool after_credit = j < u_.size() && u_[j].kind == role::credit;
    const draft& p = current();
    const auto paras = paragraphs_of(p);
    const auto& head = keys_of(k);
    const auto& own = keys_of(p.headline);
    double next = -1;  // how much the head names the text under it, when first needed
    std::vector<std::uint64_t>& run = run_keys_;  // the keys of the run of paragraphs tried
    // (The two heads' tables built once, not once a run: a run is tried per paragraph.)
    head_lookup_.assign(head);
    bool own_assigned = false;
    const std::size_t first = paras.size() > tune::anchor_reach ? paras.size() - tune::anchor_reach : 1;
    for (std::size_t n = paras.size(); n-- > first;) {
      const unit& last = u_[static_cast<std::size_t>(p.blocks[paras[n - 1]])];
      const unit& x = u_[static_cast<std::size_t>(p.blocks[paras[n]])];
      if (last.ends_mid_sentence || x.opens_mid_sentence) continue;
      std::size_t size = 0;
      for (std::size_t b = n; b < paras.size() && size < tune::lead_chars; ++b) size += add_piece(p.blocks[paras[b]]);
      steps_ += size;
      // (Kept apart from joined_, which following() reads into: swapped out, not copied.)
      joined_keys(tune::lead_chars);
      run.swap(joined_);
      // (share_in: the run's keys looked up in the head's, no set of them built; how much
      // the article's own head names it only when this one names it.)
      const double named = head_lookup_.share_in(run);
      if (named < tune::headline_after_body) continue;
      if (next < 0) next = containment(head, following());
      if (named <= next + tune::headline_margin) continue;
      if (!own_assigned) own_lookup_.assign(own);
      own_assigned = true;
      const double mine = own_lookup_.share_in(run);
      if (named > mine + tune::headline_margin && (after_credit || mine <= tune::loose_head)) return true;
    }
    return false;
  }

  // Heads printed together with no body after them go to the headless articles they
  // match best, one each; a wider line right after a head is its deck.
  GALLEY_STAGE GALLEY_SMALL void assign_cluster() {
    std::vector<int> headless;
    for (std::size_t d = 0; d < drafts_.size(); ++d)
      if (drafts_[d].headline < 0 && drafts_[d].has_body()) headless.push_back(static_cast<int>(d));
    // Bound the matching on pathological pages: the nearest headless articles only.
    if (headless.size() > tune::cluster_window) headless.erase(headless.begin(), headless.end() - tune::cluster_window);
    // Every head is held against every lead: the leads' keys are indexed once (key: the
    // leads that hold it, chained through `entries`) and a head's keys counted in the leads
    // that hold them, rather than each key looked up in each lead. containment() of a head
    // in lead a is then shared[a] / the head's key count, the same figure.
    bigram_counts first_entry;  // key: its first entry, plus one
    struct entry { int lead, next; };
    std::vector<entry> entries;
    for (std::size_t a = 0; a < headless.size(); ++a)
      for (std::uint64_t x : (lead_pieces(drafts_[static_cast<std::size_t>(headless[a])]), distinct_joined_keys(default_bigram_chars))) {
        int& first = first_entry.at(x);
        entries.push_back({static_cast<int>(a), first - 1});
        first = static_cast<int>(entries.size());
      }
    std::vector<int> shared(headless.size());
    // How much of `keys` (distinct) each lead holds: containment(keys, lead a) is share(a).
    auto count_shared = [&](const std::vector<std::uint64_t>& keys) {
      std::fill(shared.begin(), shared.end(), 0);
      for (std::uint64_t x : keys)
        for (int e = first_entry.count(x) - 1; e >= 0; e = entries[static_cast<std::size_t>(e)].next)
          ++shared[static_cast<std::size_t>(entries[static_cast<std::size_t>(e)].lead)];
      return [&keys, &shared](std::size_t a) {
        return keys.empty() ? 0.0 : static_cast<double>(shared[a]) / static_cast<double>(keys.size());
      };
    };
    // The headless article a single line names best (-1: none clearly).
    auto best_for = [&](int k) {
      const auto& hb = keys_of(k);  // (sorted: containment counts, order aside)
      const auto share = count_shared(hb);
      int best = -1;
      double top = tune::cluster_match;
      for (std::size_t a = 0; a < headless.size(); ++a) {
        const double sc = share(a);
        if (sc >= top) { top = sc; best = static_cast<int>(a); }
      }
      steps_ += headless.size();
      return best;
    };

    std::vector<std::vector<int>> heads;
    for (const auto& g : cluster_) {
      for (std::size_t n = 0; n < g.size(); ++n) {
        const int k = g[n];
        const unit& x = u_[static_cast<std::size_t>(k)];
        // A kicker set right over the next line goes with that head (set_heads tells it).
        if (n + 1 < g.size() && kicker_of({k, g[n + 1]}, 0) &&
            !u_[static_cast<std::size_t>(g[n + 1])].gap_before && heads.size() < tune::cluster_window) {
          heads.push_back({k, g[n + 1]});
          ++n;
          continue;
        }
        // A subtitle right under a head is its own ("——记…"), whatever it names.
        if (!heads.empty() && !x.gap_before && subtitle_under(u_[static_cast<std::size_t>(heads.back().back())].text, x.text)) {
          heads.back().push_back(k);
          continue;
        }
        if (!heads.empty() && heads.back().size() == 1 && heads.size() < tune::cluster_window) {
          const unit& prev = u_[static_cast<std::size_t>(heads.back().front())];
          // A wider line under a head is its deck, unless it names a story of its own (or the
          // head is a roundup's or a box's, "国内联播快讯", which takes no deck).
          // (Nor in Latin text when both are in title case: a deck is set in sentence case.)
          if (x.width_ratio > prev.width_ratio * 1.4 && x.text.size() > prev.text.size() && !looks_like_box_head(prev.text, lay_.traditional) &&
              !(title_case(x.text) && title_case(prev.text, 2))) {
            const int mine = best_for(k);
            if (mine < 0 || mine == best_for(heads.back().front())) {
              heads.back().push_back(k);
              continue;
            }
          }
        }
        heads.push_back({k});
      }
    }

    std::vector<candidate> cands;
    // (Heads past the window are not matched; they still become articles of their own.)
    for (std::size_t h = 0; h < std::min(heads.size(), tune::cluster_window); ++h) {
      const auto hb = group_keys(heads[h]);
      const auto share = count_shared(hb);
      for (std::size_t a = 0; a < headless.size(); ++a) {
        const double s = share(a);
        if (s >= tune::cluster_match) cands.push_back({s, h, a});
      }
    }
    sort_by_score(cands);
    std::vector<bool> head_used(heads.size(), false), art_used(headless.size(), false);
    for (const candidate& c : cands) {
      if (head_used[c.head] || art_used[c.text]) continue;
      head_used[c.head] = art_used[c.text] = true;
      set_heads(drafts_[static_cast<std::size_t>(headless[c.text])], heads[c.head]);
    }
    for (std::size_t h = 0; h < heads.size(); ++h) {
      if (head_used[h]) continue;
      draft d;
      set_heads(d, heads[h]);
      d.closed = true;
      drafts_.push_back(std::move(d));
    }
  }

  // A head left without a body (clustered at the end, or printed after a body that ran on
  // into the next story) finds the paragraph whose lead it names, inside a longer article:
  // the article is cut there and the rest is the head's. Two stories set one after the other
  // with no head between them are told apart this way.
  GALLEY_STAGE GALLEY_SMALL void anchor_bodiless_heads() {
    std::vector<int> bodiless;
    for (std::size_t d = 0; d < drafts_.size(); ++d)
      if (drafts_[d].headline >= 0 && !drafts_[d].has_body()) bodiless.push_back(static_cast<int>(d));
    // Heads that sit over a body they do not name at all are candidates too: when one of
    // them names a paragraph nearby clearly, it moves there and its body stays headless.
    // (So are heads that name their body only weakly, when another paragraph far better.)
    std::vector<int> loose;
    std::vector<double> own;  // how much each loose head names its own lead
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      const draft& a = drafts_[d];
      if (a.headline < 0 || !a.has_body()) continue;
      steps_ += tune::lead_chars;
      const double share = share_in(keys_of(a.headline), lead_keys(a));
      if (share < tune::weak_head) {
        loose.push_back(static_cast<int>(d));
        own.push_back(share);
      }
    }
    if (bodiless.empty() && loose.empty()) return;

    // Paragraphs that could open a story, in page order: every body block but the first of
    // a headed article (a story without a head may take one that names its lead: OCR prints
    // a head over the text of the story printed before the head's own). A head only looks at
    // paragraphs within anchor_reach units of itself, so the pass stays linear on a document
    // of many pages.
    std::vector<int> position(u_.size(), -1);
    std::vector<int> anchors;
    std::vector<bool> is_anchor(u_.size(), false);
    for (const draft& a : drafts_) {
      bool first_body = true;
      for (std::size_t m = 0; m < a.blocks.size(); ++m) {
        const int k = a.blocks[m];
        // A story may open with its photo captions as well as with its lead.
        const role kind = u_[static_cast<std::size_t>(k)].kind;
        if (kind != role::body && kind != role::caption) continue;
        position[static_cast<std::size_t>(k)] = static_cast<int>(m);
        if (first_body && a.headline >= 0) { first_body = kind != role::body; continue; }
        is_anchor[static_cast<std::size_t>(k)] = true;
      }
    }
    // (In page order by construction: no sort, and one sort less in the module.)
    for (std::size_t k = 0; k < is_anchor.size(); ++k)
      if (is_anchor[k]) anchors.push_back(static_cast<int>(k));
    // Each paragraph's lead, as its keys, read when a head nearby first asks and kept while
    // others may ask. The paragraph itself names its story (a short one is read with the
    // next): reading further would let every paragraph before a story's lead claim it too.
    // A lead is asked about by a head or two: its keys are looked up in the head's (a few
    // dozen, in a table built once a head) as they are passed, not put in a set of their own
    // (a table to clear and fill for every paragraph near a head cost more than the lookups).
    // (Slots by unit rather than a hash map: one container type less in the module.)
    std::vector<int> lead_slot(u_.size(), -1);
    std::vector<std::uint64_t>& lead_pool = lead_pool_;  // the leads' keys, one after another
    lead_pool.clear();
    std::vector<std::size_t> lead_end;     // by slot: where its keys end in lead_pool
    key_lookup head;                       // the keys of the head last asked about, and its unit
    int head_unit = -1;
    // How much of head h's keys the lead of paragraph k holds.
    auto named = [&](int h, int k) {
      int slot = lead_slot[static_cast<std::size_t>(k)];
      if (slot < 0) {
        if (lead_end.size() >= tune::anchor_cache) {
          std::fill(lead_slot.begin(), lead_slot.end(), -1);
          lead_end.clear();
          lead_pool.clear();
        }
        const draft& a = drafts_[static_cast<std::size_t>(unit_draft_[static_cast<std::size_t>(k)])];
        std::size_t size = 0;
        for (std::size_t j = static_cast<std::size_t>(position[static_cast<std::size_t>(k)]);
             j < a.blocks.size() && size < tune::anchor_lead_chars; ++j)
          if (a.blocks[j] == k || u_[static_cast<std::size_t>(a.blocks[j])].kind == role::body) size += add_piece(a.blocks[j]);
        steps_ += std::min(size, tune::anchor_keys_chars);
        append_joined_keys(tune::anchor_keys_chars, lead_pool);
        slot = static_cast<int>(lead_end.size());
        lead_end.push_back(lead_pool.size());
        lead_slot[static_cast<std::size_t>(k)] = slot;
      }
      const auto& hb = keys_of(h);
      if (head_unit != h) {
        head.assign(hb);
        head_unit = h;
      }
      steps_ += hb.size();
      const auto n = static_cast<std::size_t>(slot);
      const std::size_t begin = n == 0 ? 0 : lead_end[n - 1];
      return head.share_in(std::span(lead_pool).subspan(begin, lead_end[n] - begin));
    };
    // The anchors within reach of unit u, as a range of indices into `anchors`.
    auto near = [&](int u) {
      const auto lo = std::lower_bound(anchors.begin(), anchors.end(), u - static_cast<int>(tune::anchor_reach));
      const auto hi = std::upper_bound(anchors.begin(), anchors.end(), u + static_cast<int>(tune::anchor_reach));
      return std::pair{static_cast<std::size_t>(lo - anchors.begin()), static_cast<std::size_t>(hi - anchors.begin())};
    };

    for (std::size_t n = 0; n < loose.size(); ++n) {
      const int d = loose[n];
      const draft& a = drafts_[static_cast<std::size_t>(d)];
      double best = 0;
      const auto [lo, hi] = near(a.headline);
      for (std::size_t x = lo; x < hi; ++x) {
        const int at = unit_draft_[static_cast<std::size_t>(anchors[x])];
        if (at == d) continue;
        const double s = named(a.headline, anchors[x]);
        if (s > best && !rest_across_gap(d, at)) best = s;
      }
      if (best < tune::loose_anchor_match || (own[n] >= tune::loose_head && best < own[n] + tune::weak_head_margin)) continue;
      // The head leaves its body (headless now) for the paragraph it names.
      draft moved;
      moved.headline = a.headline;
      moved.deck = a.deck;
      drafts_[static_cast<std::size_t>(d)].headline = -1;
      drafts_[static_cast<std::size_t>(d)].deck.clear();
      drafts_.push_back(std::move(moved));
      note_heads(drafts_.back());
      bodiless.push_back(static_cast<int>(drafts_.size()) - 1);
    }
    std::vector<candidate> cands;
    for (std::size_t h = 0; h < bodiless.size(); ++h) {
      const draft& a = drafts_[static_cast<std::size_t>(bodiless[h])];
      const auto [lo, hi] = near(a.headline);
      for (std::size_t x = lo; x < hi; ++x) {
        const double s = named(a.headline, anchors[x]);
        if (s >= tune::anchor_match) cands.push_back({s, h, x});
      }
    }
    sort_by_score(cands);
    std::vector<bool> head_used(bodiless.size(), false), anchor_used(anchors.size(), false);
    for (const candidate& c : cands) {
      if (head_used[c.head] || anchor_used[c.text]) continue;
      const int k = anchors[c.text];
      const int from = unit_draft_[static_cast<std::size_t>(k)];
      if (from < 0) continue;
      draft& src = drafts_[static_cast<std::size_t>(from)];
      // Not a paragraph that speaks of its own article's head as much.
      if (src.headline >= 0 &&
          named(src.headline, k) + tune::headline_margin > c.score)
        continue;
      // Nor a paragraph inside a headless story whose lead the head names about as well:
      // the story is the head's whole (the leftovers pass pairs them).
      if (src.headline < 0) {
        steps_ += tune::lead_chars;
        const draft& b = drafts_[static_cast<std::size_t>(bodiless[c.head])];
        if (share_in(keys_of(b.headline), lead_keys(src)) + tune::headline_margin > c.score)
          continue;
      }
      auto at = std::find(src.blocks.begin(), src.blocks.end(), k);
      if (at == src.blocks.end()) continue;
      // The story may begin a paragraph or more earlier, in words the head shares less
      // plainly ("Velden Corp agreed to buy…" before "Velden said that under the purchase…"):
      // the cut moves back over paragraphs that still name the head, more than their
      // article's own head does.
      const int hb = drafts_[static_cast<std::size_t>(bodiless[c.head])].headline;
      // (One paragraph between that names nothing is passed over.)
      auto names_head = [&](int prev) {
        if (u_[static_cast<std::size_t>(prev)].kind != role::body || position[static_cast<std::size_t>(prev)] < 0) return false;
        const double mine = named(hb, prev);
        return mine >= tune::anchor_extend &&
               !(src.headline >= 0 && named(src.headline, prev) >= mine);
      };
      // (Not back over a blank line on a page where blank lines part stories.)
      while (at - src.blocks.begin() >= 2 && !(gaps_part_stories() && u_[static_cast<std::size_t>(*at)].gap_before)) {
        if (names_head(*(at - 1))) { --at; continue; }
        if (at - src.blocks.begin() >= 3 && u_[static_cast<std::size_t>(*(at - 1))].kind == role::body && names_head(*(at - 2))) {
          at -= 2;
          continue;
        }
        break;
      }
      // The anchor must not be the first text left in its article (an earlier cut may have made it so).
      bool body_before = false;
      for (auto it = src.blocks.begin(); it != at; ++it) body_before = body_before || u_[static_cast<std::size_t>(*it)].kind == role::body;
      if (!body_before) continue;
      head_used[c.head] = anchor_used[c.text] = true;
      const int to = bodiless[c.head];
      draft& dst = drafts_[static_cast<std::size_t>(to)];
      const auto end = story_end(src, at);
      for (auto it = at; it != end; ++it) {
        dst.blocks.push_back(*it);
        unit_draft_[static_cast<std::size_t>(*it)] = to;
      }
      steps_ += static_cast<std::size_t>(src.blocks.end() - src.blocks.begin());
      src.blocks.erase(at, end);
      dst.has_text = true;
    }
    pair_leftovers();
  }

  // Where a story cut out of src from `at` ends: at the end of the article, or where the
  // article resumed after a repeated head or jump line (what follows continues src's own
  // story, not the one cut out).
  static std::vector<int>::iterator story_end(draft& src, std::vector<int>::iterator at) {
    int seam = std::numeric_limits<int>::max();
    for (int s : src.seams)
      if (s > *at) seam = std::min(seam, s);
    return std::find_if(at, src.blocks.end(), [&](int k) { return k > seam; });
  }

  // Head h's headline and deck become headless body b's.
  GALLEY_SMALL void give_head(draft& h, draft& b) {
    b.headline = h.headline;
    b.deck = std::move(h.deck);
    h.headline = -1;
    h.deck.clear();
    note_heads(b);
  }

  // Whether headless draft b is the rest of draft a's text: a blank line alone parted them
  // and it reads on from a's text (a column break, which rejoin_gap_splits() joins back).
  GALLEY_SMALL bool rest_across_gap(int a, int b) {
    const draft& x = drafts_[static_cast<std::size_t>(b)];
    return x.headline < 0 && x.gap_from == a &&
           (lead_pieces(x), read_as_one(drafts_[static_cast<std::size_t>(a)], tune::unclaimed_rejoin));
  }

  // Heads still without a body and bodies left without a head meet by what the head names.
  GALLEY_STAGE GALLEY_SMALL void pair_leftovers() {
    std::vector<int> heads, bodies;
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      const draft& a = drafts_[d];
      if (a.headline >= 0 && !a.has_body() && a.blocks.empty()) heads.push_back(static_cast<int>(d));
      if (a.headline < 0 && a.has_body()) bodies.push_back(static_cast<int>(d));
    }
    if (heads.empty() || bodies.empty() || heads.size() > tune::cluster_window || bodies.size() > tune::cluster_window) return;
    std::vector<candidate> cands;
    // Every head is held against every lead: the heads' keys (a few dozen a head) are indexed
    // once (key: the heads that hold it, chained through `entries`), and a lead's keys are
    // passed through the index as they are read, rather than each lead put in a set of its
    // own (a table to clear and fill per lead, for a few heads' keys to look up in it).
    // containment() of head n in a lead is then shared[n] / head n's key count, the same figure.
    bigram_counts first_entry(256);  // key: its first entry, plus one
    struct entry { int head, next; };
    std::vector<entry> entries;
    std::vector<std::size_t> head_size;
    for (std::size_t n = 0; n < heads.size(); ++n) {
      const auto& hk = keys_of(drafts_[static_cast<std::size_t>(heads[n])].headline);
      head_size.push_back(hk.size());
      for (std::uint64_t x : hk) {
        int& first = first_entry.at(x);
        entries.push_back({static_cast<int>(n), first - 1});
        first = static_cast<int>(entries.size());
      }
    }
    std::vector<int> met_in(entries.size(), -1);  // by a key's first entry: the last lead it was met in
    std::vector<int> shared(heads.size());
    for (std::size_t m = 0; m < bodies.size(); ++m) {
      lead_pieces(drafts_[static_cast<std::size_t>(bodies[m])]);
      std::fill(shared.begin(), shared.end(), 0);
      for (std::uint64_t x : joined_keys(default_bigram_chars)) {
        const int first = first_entry.count(x) - 1;
        if (first < 0 || met_in[static_cast<std::size_t>(first)] == static_cast<int>(m)) continue;  // (a key counts once a lead)
        met_in[static_cast<std::size_t>(first)] = static_cast<int>(m);
        for (int e = first; e >= 0; e = entries[static_cast<std::size_t>(e)].next)
          ++shared[static_cast<std::size_t>(entries[static_cast<std::size_t>(e)].head)];
      }
      for (std::size_t n = 0; n < heads.size(); ++n) {
        const double sc = head_size[n] == 0 ? 0.0 : static_cast<double>(shared[n]) / static_cast<double>(head_size[n]);
        if (sc >= tune::cluster_match) cands.push_back({sc, static_cast<std::size_t>(heads[n]), static_cast<std::size_t>(bodies[m])});
      }
    }
    steps_ += heads.size() * bodies.size();
    sort_by_score(cands);
    for (const candidate& c : cands) {
      draft& h = drafts_[c.head];
      draft& b = drafts_[c.text];
      if (h.headline < 0 || b.headline >= 0) continue;
      give_head(h, b);
    }
    // The headless body printed right before head hd, with at most a credit or page
    // furniture between them (-1: none).
    auto body_right_before = [&](int hd) {
      const draft& h = drafts_[static_cast<std::size_t>(hd)];
      std::size_t j = static_cast<std::size_t>(h.headline);
      while (j-- > 0 && (residue_[j] || u_[j].kind == role::credit || u_[j].kind == role::caption)) {}
      // (Text joined to a sentence it finishes lives on in that sentence's unit.)
      while (j < u_.size() && unit_draft_[j] < 0 && joined_to_[j] >= 0) j = static_cast<std::size_t>(joined_to_[j]);
      if (j >= u_.size() || unit_draft_[j] < 0) return -1;
      const draft& b = drafts_[static_cast<std::size_t>(unit_draft_[j])];
      // (The body's own credit may close it: "…又舒心。" / "（作者单位：…）" / "来论".)
      auto last = b.blocks.rbegin();
      while (last != b.blocks.rend() && u_[static_cast<std::size_t>(*last)].kind == role::credit) ++last;
      if (b.headline >= 0 || !b.has_body() || last == b.blocks.rend() || *last != static_cast<int>(j)) return -1;
      return unit_draft_[j];
    };
    std::vector<int> heads_left, bodies_left;
    auto left = [&]() {
      heads_left.clear();
      bodies_left.clear();
      for (int hd : heads)
        if (drafts_[static_cast<std::size_t>(hd)].headline >= 0) heads_left.push_back(hd);
      for (int bd : bodies)
        if (drafts_[static_cast<std::size_t>(bd)].headline < 0) bodies_left.push_back(bd);
    };
    left();
    if (!heads_left.empty() && heads_left.size() == bodies_left.size()) {
      // A head printed right after a headless body and before the next story (not among
      // heads clustered together, which keep the order of their stories) is that body's:
      // "…一件非常温暖的事。" / "化身“暖心乘务”传递旅途温情" / "王市长会见加纳客人" / text.
      // The units of the heads left (their headlines and decks), sorted. (Unsigned: the
      // columns' std::sort, no second one for ints in the module.)
      std::vector<std::uint32_t> in_run;
      for (int hd : heads_left) {
        const draft& h = drafts_[static_cast<std::size_t>(hd)];
        in_run.push_back(static_cast<std::uint32_t>(h.headline));
        for (const int d : h.deck) in_run.push_back(static_cast<std::uint32_t>(d));
      }
      std::sort(in_run.begin(), in_run.end());
      for (int hd : heads_left) {
        draft& h = drafts_[static_cast<std::size_t>(hd)];
        std::size_t j = static_cast<std::size_t>(h.headline) + 1;
        while (j < u_.size() && (residue_[j] || std::find(h.deck.begin(), h.deck.end(), static_cast<int>(j)) != h.deck.end())) ++j;
        if (j >= u_.size() || std::binary_search(in_run.begin(), in_run.end(), static_cast<std::uint32_t>(j))) continue;
        const int b = body_right_before(hd);
        if (b >= 0) give_head(h, drafts_[static_cast<std::size_t>(b)]);
      }
      left();
    }
    // Heads that name nothing ("本地新闻速览", "Economic Spotlight") follow the order of
    // their stories: when as many heads as headless bodies are left, they pair in order.
    if (!heads_left.empty() && heads_left.size() == bodies_left.size()) {
      // (Ordered by position on the page, through the one sort the matching passes share.)
      std::vector<candidate> order;
      for (std::size_t n = 0; n < heads_left.size(); ++n)
        order.push_back({-static_cast<double>(drafts_[static_cast<std::size_t>(heads_left[n])].headline), n, 0});
      sort_by_score(order);
      std::vector<int> sorted_heads;
      for (const candidate& c : order) sorted_heads.push_back(heads_left[c.head]);
      order.clear();
      for (std::size_t n = 0; n < bodies_left.size(); ++n)
        order.push_back({-static_cast<double>(drafts_[static_cast<std::size_t>(bodies_left[n])].blocks.front()), n, 0});
      sort_by_score(order);
      std::vector<int> sorted_bodies;
      for (const candidate& c : order) sorted_bodies.push_back(bodies_left[c.head]);
      heads_left.swap(sorted_heads);
      bodies_left.swap(sorted_bodies);
      for (std::size_t n = 0; n < heads_left.size(); ++n) {
        draft& h = drafts_[static_cast<std::size_t>(heads_left[n])];
        draft& b = drafts_[static_cast<std::size_t>(bodies_left[n])];
        give_head(h, b);
      }
      return;
    }
    // A head that names nothing printed right after a headless body, with at most a
    // credit or page furniture between them, is that body's head.
    for (int hd : heads) {
      draft& h = drafts_[static_cast<std::size_t>(hd)];
      if (h.headline < 0) continue;
      const int b = body_right_before(hd);
      if (b < 0) continue;
      give_head(h, drafts_[static_cast<std::size_t>(b)]);
    }
  }

  // A head still without a body, printed right after an article whose text changes story
  // part-way with no head between (and whose second story it does not name, or the
  // anchors would have found it): the article is cut where neighbouring paragraphs share
  // least, if that is as little as two stories share, and the head takes the rest. That
  // article's own head may stand before its text or after it, in a cluster with this one.
  // Where the run of paragraphs at the end of an article that share next to nothing with
  // its headline and lead begins (0: none). A roundup's items share little with each other
  // too, so neighbouring paragraphs cannot tell where it starts; the story above can.
  GALLEY_SMALL std::size_t foreign_tail(const draft& src, const std::vector<std::size_t>& paras, std::size_t first) {
    const std::size_t story = add_piece(src.headline) + lead_pieces(src);
    steps_ += story;
    bigram_set known;
    assign_joined(known, tune::lead_chars);
    std::size_t cut = 0;
    for (std::size_t n = paras.size(); n-- > std::max<std::size_t>(first, 1);) {
      const unit& p = u_[static_cast<std::size_t>(src.blocks[paras[n]])];
      steps_ += std::min(p.text.size(), tune::anchor_keys_chars);
      add_piece(src.blocks[paras[n]]);
      if (containment(distinct_joined_keys(tune::anchor_keys_chars), known) >= tune::foreign_share) break;
      if (!p.opens_mid_sentence && !u_[static_cast<std::size_t>(src.blocks[paras[n - 1]])].ends_mid_sentence) cut = paras[n];
    }
    return cut;
  }

  // On a page that runs a story's paragraphs on without blank lines, a blank line between
  // two of them is where one story ends and the next begins (a roundup's items, printed
  // away from their head, share nothing to cut them by).
  // (Seen on the page: a paragraph set right under another, with no blank line between.)
  bool gaps_part_stories() const { return runs_paragraphs_on_ && !lay_.gap_paragraphs && !lay_.unwrapped && !lay_.markdown; }

  // A paragraph that ended a sentence on a full line, with a blank line and then a full,
  // unindented line of text under it, goes on there: on a page that runs paragraphs on
  // and marks their starts, that line starts none. The blank line is where the extractor
  // marked the end of a column. (Mid-sentence, stitching decides: the text may go on
  // elsewhere. Ragged-right Latin lines are too often about full to tell.)
  bool column_break_before(std::size_t i) {
    const unit& x = u_[i];
    if (!lay_.cjk || !x.gap_before || !x.first_full || x.opens_mid_sentence || !gaps_part_stories() || !current_open())
      return false;
    const draft& d = drafts_[static_cast<std::size_t>(cur_)];
    if (d.blocks.empty() || d.blocks.back() + 1 != static_cast<int>(i)) return false;
    const unit& p = u_[static_cast<std::size_t>(d.blocks.back())];
    // (A justified line is full whatever its measure, a short caption's too: then the text
    // must read on from the paragraph.)
    return p.kind == role::body && p.last_full && !p.ends_mid_sentence && (!x.first_justified || reads_on(d, i));
  }

  // Positions in d.blocks of its body paragraphs.
  std::vector<std::size_t> paragraphs_of(const draft& d) const {
    std::vector<std::size_t> paras;
    for (std::size_t m = 0; m < d.blocks.size(); ++m)
      if (u_[static_cast<std::size_t>(d.blocks[m])].kind == role::body) paras.push_back(m);
    return paras;
  }

  // Hands article `from`'s blocks from position `cut` to the end of that story to head h.
  GALLEY_SMALL void hand_run(std::size_t h, int from, std::size_t cut) {
    draft& src = drafts_[static_cast<std::size_t>(from)];
    draft& dst = drafts_[h];
    const auto at = src.blocks.begin() + static_cast<std::ptrdiff_t>(cut);
    const auto end = story_end(src, at);
    for (auto it = at; it != end; ++it) {
      dst.blocks.push_back(*it);
      unit_draft_[static_cast<std::size_t>(*it)] = static_cast<int>(h);
    }
    src.blocks.erase(at, end);
    dst.has_text = true;
    changed(from);
    changed(static_cast<int>(h));
  }

  // Where article src's paragraphs (positions paras, from the first-th on) change story:
  // the seam whose two sides share least, below `least` (which it lowers), and the seam at a
  // blank line whose sides share least, on a page where blank lines part stories (0: none).
  struct seam_choice {
    std::size_t cut = 0, gap_cut = 0;
    double least = 1;
  };
  GALLEY_SMALL seam_choice weakest_seam(const draft& src, const std::vector<std::size_t>& paras, std::size_t first, double least,
                           std::size_t min_keys = 0) {
    seam_choice best;
    best.least = least;
    double gap_least = 1;
    std::vector<int> ks;  // the paragraphs' units
    for (const std::size_t m : paras) ks.push_back(src.blocks[m]);
    bigram_set after_keys;
    for (std::size_t n = std::max<std::size_t>(first, 1); n < paras.size(); ++n) {
      const unit& last = u_[static_cast<std::size_t>(ks[n - 1])];
      const unit& next = u_[static_cast<std::size_t>(ks[n])];
      if (last.ends_mid_sentence || next.opens_mid_sentence) continue;
      // (The text before the seam, its last lead_chars read; the text after it, as much.)
      std::size_t before = 0, after = 0;
      for (std::size_t b = n; b-- > 0 && before < tune::lead_chars;) before += u_[static_cast<std::size_t>(ks[b])].text.size();
      for (std::size_t b = n; b < ks.size() && after < tune::lead_chars; ++b) after += add_piece(ks[b]);
      steps_ += before + after;
      assign_joined(after_keys, tune::lead_chars);
      tail_pieces(ks, n);
      const auto& before_keys = distinct_joined_keys(default_bigram_chars);
      if (before_keys.size() < min_keys || after_keys.size() < min_keys) continue;
      const double c = dice(before_keys, after_keys);
      if (c < best.least) { best.least = c; best.cut = paras[n]; }
      if (gaps_part_stories() && next.gap_before && c < gap_least) { gap_least = c; best.gap_cut = paras[n]; }
    }
    return best;
  }

  // The article printed right before head h, cut where its text changes story (0: none).
  GALLEY_SMALL std::size_t topic_cut_before(std::size_t h, int& from) {
    std::size_t j = static_cast<std::size_t>(drafts_[h].headline);
    while (j-- > 0 && (residue_[j] || u_[j].kind == role::credit || u_[j].kind == role::caption || is_display(u_[j]))) {}
    if (j >= u_.size() || u_[j].kind != role::body || unit_draft_[j] < 0 || unit_draft_[j] == static_cast<int>(h)) return 0;
    from = unit_draft_[j];
    const draft& src = drafts_[static_cast<std::size_t>(from)];
    if (src.headline < 0) return 0;
    const auto paras = paragraphs_of(src);
    if (paras.size() < 2 || src.blocks[paras.back()] != static_cast<int>(j)) return 0;
    const std::size_t first = paras.size() > tune::anchor_reach ? paras.size() - tune::anchor_reach : 1;
    const seam_choice seam = weakest_seam(src, paras, first, tune::topic_shift);
    if (seam.gap_cut) return seam.gap_cut;
    return seam.cut ? seam.cut : foreign_tail(src, paras, first);
  }

  // Of the articles within reach of head h that end in a run foreign to their own head and
  // lead, the one whose run h names best, at least cluster_match: a head printed away from
  // its story names it weakly ("Geonex Sees Sales Slow By Contractor Delay" over "Geonex
  // Corp said BellSouth's decision … could affect its revenues").
  GALLEY_SMALL bool claim_foreign_run(std::size_t h) {
    const auto head = static_cast<std::size_t>(drafts_[h].headline);
    const auto& hb = keys_of(static_cast<int>(head));
    if (hb.empty()) return false;
    const std::size_t lo = head > tune::anchor_reach ? head - tune::anchor_reach : 0;
    const std::size_t hi = std::min(u_.size(), head + tune::anchor_reach);
    new_visit();
    double best = tune::cluster_match;
    int best_from = -1;
    std::size_t best_cut = 0;
    for (std::size_t k = lo; k < hi; ++k) {
      const int d = unit_draft_[k];
      if (d < 0 || d == static_cast<int>(h) || !first_visit(d)) continue;
      const draft& src = drafts_[static_cast<std::size_t>(d)];
      if (src.headline < 0) continue;
      // (Each article's foreign run is read once, not once per head that looks at it.)
      if (foreign_cut_.size() < drafts_.size()) foreign_cut_.resize(drafts_.size(), -1);
      int& known = foreign_cut_[static_cast<std::size_t>(d)];
      if (known < 0) {
        const auto paras = paragraphs_of(src);
        known = paras.size() < 2 ? 0
                                 : static_cast<int>(foreign_tail(src, paras, paras.size() > tune::anchor_reach ? paras.size() - tune::anchor_reach : 1));
      }
      const auto cut = static_cast<std::size_t>(known);
      if (cut == 0) continue;
      std::size_t run = 0;
      for (std::size_t m = cut; m < src.blocks.size() && run < tune::lead_chars; ++m)
        if (u_[static_cast<std::size_t>(src.blocks[m])].kind == role::body) run += add_piece(src.blocks[m]);
      steps_ += run;
      const double named = share_in(hb, joined_keys(tune::lead_chars));
      if (named > best) { best = named; best_from = d; best_cut = cut; }
    }
    if (best_from < 0) return false;
    hand_run(h, best_from, best_cut);
    return true;
  }

  // A head printed after the articles before it, still without a body, whose story neither
  // the article right before it nor a foreign run was: of the articles printed before it
  // (within reach), the one whose paragraphs change story most sharply is cut there, and
  // the head takes the rest. (A head a page prints away from its story may name nothing of
  // it: "Kestrel Corp Defense Unit Gets…" over "Retail sales of household goods rose…".)
  GALLEY_SMALL void cut_weakest_story(std::size_t h) {
    const auto head = static_cast<std::size_t>(drafts_[h].headline);
    const std::size_t lo = head > tune::anchor_reach ? head - tune::anchor_reach : 0;
    const std::size_t hi = std::min(u_.size(), head + tune::anchor_reach);
    // (A headless story within reach is more likely this head's than a cut through another.)
    for (std::size_t k = lo; k < hi; ++k) {
      const int d = unit_draft_[k];
      if (d >= 0 && drafts_[static_cast<std::size_t>(d)].headline < 0 && drafts_[static_cast<std::size_t>(d)].has_body()) return;
    }
    new_visit();
    seam_choice best;
    best.least = tune::weak_seam;
    int best_from = -1;
    for (std::size_t k = head; k-- > lo;) {
      const int d = unit_draft_[k];
      if (d < 0 || d == static_cast<int>(h) || !first_visit(d)) continue;
      const draft& src = drafts_[static_cast<std::size_t>(d)];
      if (src.headline < 0 || src.headline > static_cast<int>(head)) continue;
      const auto paras = paragraphs_of(src);
      if (paras.size() < 2) continue;
      // (The last anchor_reach paragraphs only: a long article asked by many heads stays linear.)
      const std::size_t first = paras.size() > tune::anchor_reach ? paras.size() - tune::anchor_reach : 1;
      const seam_choice seam = weakest_seam(src, paras, first, best.least, tune::seam_keys);
      if (seam.cut) { best = seam; best_from = d; }
    }
    if (best_from < 0) return;
    // (The head names something of the text it takes: else it is more likely some other
    // story's, or no headline at all.)
    const draft& src = drafts_[static_cast<std::size_t>(best_from)];
    const auto& hb = keys_of(static_cast<int>(head));
    std::size_t after = 0;
    for (std::size_t m = best.cut; m < src.blocks.size() && after < tune::lead_chars; ++m)
      if (u_[static_cast<std::size_t>(src.blocks[m])].kind == role::body) after += add_piece(src.blocks[m]);
    steps_ += after;
    if (share_in(hb, joined_keys(default_bigram_chars)) <= 0) return;
    hand_run(h, best_from, best.cut);
  }

  GALLEY_STAGE GALLEY_SMALL void split_by_topic() {
    for (std::size_t h = 0; h < drafts_.size(); ++h) {
      if (drafts_[h].headline < 0 || drafts_[h].has_body() || !drafts_[h].blocks.empty()) continue;
      int from = -1;
      if (const std::size_t cut = topic_cut_before(h, from)) hand_run(h, from, cut);
      else if (!claim_foreign_run(h)) cut_weakest_story(h);
    }
  }

  // A two-line Chinese head whose first line names nothing of the story while its second
  // does ("在希望的田野上" / "稻谷飘香各地秋收忙") is a kicker over a one-line headline:
  // a headline wrapped in two speaks of its story in both lines ("媒体称两市会商" /
  // "存在三个主要分歧"). The kicker becomes a unit of its own, first in the deck.
  GALLEY_STAGE GALLEY_SMALL void split_kickers() {
    const std::size_t count = u_.size();
    for (draft& d : drafts_) {
      if (d.headline < 0 || !d.has_body()) continue;
      const std::size_t h = static_cast<std::size_t>(d.headline);
      if (h >= count) continue;
      if (u_[h].second_at == 0 || u_[h].markdown_level) continue;
      const std::u32string_view text = u_[h].text;
      const std::u32string_view first = text.substr(0, u_[h].second_at);
      // A line over one opened by a topic and its colon, which starts a headline, is set
      // over it ("推动城乡融合发展系列主题新闻发布" / "湖滨：奋力书写…"; "新型城镇化调研行" /
      // "湖滨：从一“重”" / "一“轻”看转型"): no wrap leaves a short name and its colon at a
      // line's head.
      const bool over_topic = opens_with_topic(text.substr(first.size())) && first.find(U'：') == std::u32string_view::npos;
      // (A head read as text may be three lines: a line set over a headline wrapped in two.
      // Three lines of one measure may be that too, or one headline wrapped in three: only
      // what the first names tells them apart.)
      const bool two = u_[h].line_count == 2 || (u_[h].line_count == 3 && (u_[h].first_line_apart || over_topic));
      const bool three = u_[h].line_count == 3 && !two;
      if (!two && !three) continue;
      if (first.empty() || !is_cjk(first.back())) continue;
      // A first line opened by a topic and its colon opens the headline ("湖滨区：奋力谱" /
      // "写春耕生产新篇章"): nothing is set over it.
      if (opens_with_topic(first)) continue;
      // A column rubric "栏目·专题" is a kicker whatever it names.
      const bool dotted = first.find(U'·') != std::u32string_view::npos &&
                          text.find(U'·', first.size()) == std::u32string_view::npos;
      // So is a line two thirds or less as long as the one under it, which no wrap leaves
      // ("一线调研" / "小农机上山岗"; "练好本领守护一方平安" / "真抓实干推进城乡融合发展新目标").
      const std::size_t second = text.size() - first.size();
      const bool rubric = !three && first.size() <= tune::kicker_over_chars && 2 * second >= 3 * first.size();
      // So is a slogan of two phrases set apart by a space over a line of one ("践行新发展
      // 理念 推动港口建设" / "港口航线布局优化提速"), however much of the lead it names.
      const bool slogan = two && two_phrases(first) && text.find(U' ', first.size()) == std::u32string_view::npos;
      // So is a line over one opened by a topic (above).
      if (!dotted && !rubric && !over_topic && !slogan) {
        const auto k1 = text_keys(first);
        const auto k2 = text_keys(text.substr(u_[h].second_at));
        if (k1.size() < 2 || k2.size() < 2) continue;
        // Two lines of one length are one headline filling its width.
        if (first.size() == second) continue;
        steps_ += tune::lead_chars;
        // (The dateline names the outlet, not the story: "央视网消息（新闻联播）：" does not
        // make "新闻特写" name anything.)
        std::u32string text_of_lead = lead_of(d);
        if (looks_like_dateline(text_of_lead, lay_.traditional)) {
          const auto colon = text_of_lead.substr(0, 30).find_first_of(U"：:");
          if (colon != std::u32string::npos) text_of_lead.erase(0, colon + 1);
        }
        pieces_.push_back({text_of_lead, nullptr});
        const auto& lead = joined_keys(default_bigram_chars);
        const double c1 = share_in(k1, lead), c2 = share_in(k2, lead);
        // A headline wrapped in two fills its first line; a first line shorter than the
        // one under it that names the story less is set over the headline, not wrapped
        // ("权威访谈" / "我省全年蔬菜产量…"; "“新三年”开好局起好步" / "锚定新目标…").
        const bool set_over = first.size() < second && c1 < tune::kicker_first_names && c1 <= c2;
        if (!set_over && (c1 > 0 || c2 < tune::kicker_second_names)) continue;
      }
      unit kicker = u_[h];
      kicker.text.resize(first.size());
      kicker.lines = {{u_[h].lines.front().first, u_[h].second_line - 1}};
      kicker.line_count = 1;
      kicker.second_line = kicker.second_at = 0;
      u_[h].text.erase(0, first.size());
      text_changed(static_cast<int>(h));
      u_[h].lines.front().first = u_[h].second_line;
      --u_[h].line_count;
      u_[h].second_line = u_[h].second_at = 0;
      d.deck.insert(d.deck.begin(), static_cast<int>(u_.size()));
      u_.push_back(std::move(kicker));
    }
  }

  // Whether the text from unit i on reads as the same story as draft a's end (no dateline
  // opens it): a column break, not the next story.
  GALLEY_SMALL bool reads_on(const draft& a, std::size_t i) {
    return !looks_like_dateline(u_[i].text, lay_.traditional) && (add_piece(static_cast<int>(i)), read_as_one(a));
  }

  // Whether the text in pieces_ goes on from the end of draft a: one story, not two.
  bool read_as_one(const draft& a, double least = tune::rejoin_cohesion) {
    steps_ += 2 * tune::lead_chars;
    assign_joined(text_keys_, tune::lead_chars);
    return dice(tail_keys(a), text_keys_) >= least;
  }

  // An article a blank line began that no head claimed goes back to the one the blank line
  // ended, when the two read as one story (a column break that fell between paragraphs);
  // else on to the one the next blank line began, when that one's head is printed after
  // its text (a roundup's items, parted by a column break, under the head printed last).
  GALLEY_STAGE GALLEY_SMALL void rejoin_gap_splits() {
    std::vector<int> parted_next(drafts_.size(), -1);  // by draft: the one a blank line parted from it
    for (std::size_t d = 0; d < drafts_.size(); ++d)
      if (drafts_[d].gap_from >= 0) parted_next[static_cast<std::size_t>(drafts_[d].gap_from)] = static_cast<int>(d);
    auto move_blocks = [&](draft& from, int to, bool before) {
      draft& t = drafts_[static_cast<std::size_t>(to)];
      for (int k : from.blocks) unit_draft_[static_cast<std::size_t>(k)] = to;
      t.blocks.insert(before ? t.blocks.begin() : t.blocks.end(), from.blocks.begin(), from.blocks.end());
      t.has_text = true;
      from.blocks.clear();
      from.has_text = false;
    };
    // The last head printed on the page (a headline or a deck line): text printed after it
    // has no head left to wait for.
    int last_head = -1;
    for (const draft& d : drafts_) {
      last_head = std::max(last_head, d.headline);
      for (int k : d.deck) last_head = std::max(last_head, k);
    }
    for (std::size_t d = drafts_.size(); d-- > 0;) {
      draft& b = drafts_[d];
      if (b.headline >= 0 || !b.deck.empty() || b.blocks.empty()) continue;
      // (Never a story a dateline opens: "央视网消息（新闻联播）：…".)
      const bool dateline = looks_like_dateline(u_[static_cast<std::size_t>(b.blocks.front())].text, lay_.traditional);
      const bool back = b.gap_from >= 0 && !dateline && drafts_[static_cast<std::size_t>(b.gap_from)].has_body() &&
                        !drafts_[static_cast<std::size_t>(b.gap_from)].blocks.empty() &&
                        drafts_[static_cast<std::size_t>(b.gap_from)].blocks.back() < b.blocks.front();
      // (Asked once no head claimed it, the text needs less to go back than while the page
      // was read, when a head printed after it might still come: a column break leaves the
      // paragraphs of a roundup, or a story's last one, sharing few words with those above.)
      // A headless run under a column break with no head printed after it anywhere on the
      // page waits for none: a story whose head is printed after its text, or in a cluster of
      // heads at the end, has it below. Then the blank line is where the extractor ended a
      // column, and the story above goes on there however far its topic moved (a roundup's
      // next item, a story's last short paragraph). (Not when the run opens with text that
      // stops short of a sentence's end, or with a line a blank line sets apart from the text
      // under it, on a page that runs its paragraphs on: a head read as text, its story's head
      // then printed over it after all.)
      const unit& opening = u_[static_cast<std::size_t>(b.blocks.front())];
      const bool set_apart = opening.line_count == 1 && b.blocks.size() > 1 && u_[static_cast<std::size_t>(b.blocks[1])].gap_before;
      const bool no_head = last_head < b.blocks.front() && !opening.ends_mid_sentence && !set_apart;
      if (back && (no_head ||
                   (lead_pieces(b), read_as_one(drafts_[static_cast<std::size_t>(b.gap_from)], tune::unclaimed_rejoin)))) {
        move_blocks(b, b.gap_from, false);
        continue;
      }
      // A line or two of text ("周宁、王明参加会谈。") is a story's end, never a story of its
      // own: back to the story the blank line ended, unless a head printed after the text
      // under the next blank line takes it along (below).
      std::size_t chars = 0;
      for (int k : b.blocks) chars += u_[static_cast<std::size_t>(k)].text.size();
      const bool short_end = back && chars <= tune::unclaimed_chars;
      const int c = parted_next[d];
      draft* n = c < 0 ? nullptr : &drafts_[static_cast<std::size_t>(c)];
      if (!n || n->headline < 0 || n->blocks.empty() || n->headline < n->blocks.back() || n->blocks.front() < b.blocks.back() ||
          // (A story a dateline opens goes on only into text that reads on from it.)
          (dateline && !(lead_pieces(*n), read_as_one(b)))) {
        if (short_end) move_blocks(b, b.gap_from, false);
        continue;
      }
      move_blocks(b, c, true);
      n->gap_from = b.gap_from;
      if (b.gap_from >= 0) parted_next[static_cast<std::size_t>(b.gap_from)] = c;
    }
  }

};

// The drafts' articles into doc, their text in UTF-8. (Called once the assembler is gone:
// its tables, a key a word of English and more, are freed by then and the articles reuse
// their memory.) The units' line ranges move into the document: a unit is in one draft,
// once, and its lines are not read after this (a copy was a vector allocated a block).
GALLEY_STAGE GALLEY_SMALL void emit(std::vector<unit>& units, const std::vector<draft>& drafts, document& doc) {
  // Articles in reading order: where their text starts on the page (a head moved to the
  // story it names, or cut out of another, was made last).
  // (Packed as first unit << 32 | draft: the module's one sort of 64-bit keys serves.)
  std::vector<std::uint64_t> order;
  for (std::size_t n = 0; n < drafts.size(); ++n) {
    int at = drafts[n].headline >= 0 ? drafts[n].headline : std::numeric_limits<int>::max();
    for (int k : drafts[n].blocks) at = std::min(at, k);
    order.push_back((static_cast<std::uint64_t>(static_cast<std::uint32_t>(at)) << 32) | n);
  }
  sort_keys(order);
  // A Chinese head with nothing of its own, right over the head of the next story, is that
  // head's kicker: OCR sets its blocks apart with blank lines, "新思路引领新发展" / "" /
  // "城乡两端齐发力…" / "——…", which no stage read as one display group. (Built for size:
  // the kicker is carried to the next draft, asked once.)
  const auto cjk_head = [&](int k) { const std::u32string& t = units[static_cast<std::size_t>(k)].text; return !t.empty() && is_cjk(t.back()); };
  int kicker = -1;
  for (std::size_t p = 0; p < order.size(); ++p) {
    const draft& d = drafts[static_cast<std::size_t>(order[p] & 0xFFFFFFFFu)];
    if (d.headline < 0 && d.blocks.empty() && d.deck.empty()) continue;
    if (p + 1 < order.size() && d.deck.empty() && d.blocks.empty()) {
      const draft& e = drafts[static_cast<std::size_t>(order[p + 1] & 0xFFFFFFFFu)];
      if (e.headline == d.headline + 1 && !e.blocks.empty() && cjk_head(d.headline) && cjk_head(e.headline)) {
        kicker = d.headline;
        continue;
      }
    }
    article a;
    if (d.headline >= 0) {
      unit& h = units[static_cast<std::size_t>(d.headline)];
      a.headline = to_utf8(h.text);
      a.headline_lines = std::move(h.lines);
    }
    // The deck: n = 0 is the kicker carried over, where there is one (so n starts at 1
    // where there is none), then n = 1… the deck's own units. (One loop: 22 B less in the
    // module than the kicker pushed on its own.)
    for (std::size_t n = kicker < 0 ? 1 : 0; n <= d.deck.size(); ++n) {
      unit& x = units[static_cast<std::size_t>(n ? d.deck[n - 1] : kicker)];
      a.deck.push_back(to_utf8(x.text));
      a.deck_lines.push_back(std::move(x.lines));
    }
    kicker = -1;
    // A standfirst is printed under the headline: it leads the article's blocks. (Two
    // passes rather than std::stable_partition: 1.2 KB less in the WASM module.)
    a.blocks.reserve(d.blocks.size());
    for (const bool standfirst : {true, false}) {
      for (int k : d.blocks) {
        unit& x = units[static_cast<std::size_t>(k)];
        if ((x.kind == role::standfirst) == standfirst) a.blocks.push_back({block_kind_of(x.kind), to_utf8(x.text), std::move(x.lines)});
      }
    }
    doc.articles.push_back(std::move(a));
  }
}

}  // namespace

// A short unpunctuated "paragraph" that stands where a headline stands — at the top of
// the page before a gap, or right before a paragraph that opens with a dateline — is a
// headline the line evidence could not see (a two-line head in a narrow column looks like
// two full body lines).
GALLEY_STAGE GALLEY_SMALL void recover_headlines(std::vector<unit>& units, const layout& lay) {
  // On a page that sets its units apart with blank lines, a unit with none over it runs on
  // from the text before it (a paragraph cut off: "…均未派代表参会。" / "市港务管理局发言人
  // 周卫东13日称，围绕"), never a head over the next story.
  bool gaps = false;
  for (std::size_t i = 1; i < units.size() && !gaps; ++i) gaps = units[i].gap_before;
  for (std::size_t i = 0; i < units.size(); ++i) {
    unit& u = units[i];
    // Between a Latin headline and its byline, right under the one and over the other, a
    // line or three of text is the head's standfirst, its deck, however it ends ("U.K. Gas
    // Industry Said Not Irreparably Wounded" / "Pipelaying and survey ship crews had been
    // hit the hardest" / "By Peter Hale"): set as display, it goes under the head.
    // (OCR sets blank lines around it: then it is a sentence under a title-case head.)
    if (!lay.cjk && u.kind == role::body && i > 0 && i + 1 < units.size() &&
        units[i - 1].kind == role::headline && units[i + 1].kind == role::byline &&
        ((!u.gap_before && !units[i + 1].gap_before) || deck_set_apart(units[i - 1].text, u.text)) &&
        u.line_count <= 3 && !u.text.empty() && !looks_like_dateline(u.text, lay.traditional)) {
      u.kind = role::headline;
      continue;
    }
    // (The cheap tests first, and no text longer than the longest head below is scanned for
    // punctuation and title case.)
    if (u.kind != role::body || u.text.empty() || u.text.size() > 90 || !u.ends_mid_sentence || u.indented) continue;
    const bool runs_on = gaps && i > 0 && !u.gap_before && units[i - 1].kind == role::body;
    // (A title-case Latin head may be longer than a Chinese one, and a Chinese head wrapped
    // in two lines without a mark of punctuation too: body text of that length has some.)
    // (A head over its subtitle is measured without it: the two are split below.)
    // (Two head lines over a dash-led subtitle, all three read as one paragraph, too.)
    const std::u32string_view whole = u.text;
    const std::size_t deck_at = subtitle_at(u);
    const std::u32string_view head = whole.substr(0, deck_at);
    const bool no_marks = head.find_first_of(U"，。、；！？,;!?") == std::u32string_view::npos;
    const bool unpunctuated = u.line_count - (deck_at < whole.size() ? 1 : 0) <= 2 && no_marks;
    // (Three lines with no mark at all, set apart over another head, may be a kicker and a
    // head wrapped in two: see over_head below.)
    const bool three_bare = lay.cjk && no_marks && u.line_count == 3 && deck_at == whole.size();
    const std::size_t longest = !lay.cjk && title_case(u.text) ? 90 : lay.cjk && (unpunctuated || three_bare) ? 2 * 32 : 30;
    // (An indented first line opens a paragraph: "　　奥利表示，…好伙" is a cut paragraph.)
    if (u.kind != role::body || u.text.empty() || head.size() > longest || !u.ends_mid_sentence || u.indented) continue;
    if (!lay.cjk && sentence_fragment(u.text)) continue;
    const char32_t last = u.text.back();
    if (last == U'，' || last == U'、' || last == U',' || last == U'：' || last == U':') continue;
    // (Nor the rest of a title or an aside cut off elsewhere: "推倒小区间的“隔心墙”》）".)
    if (lay.cjk && closes_unopened(u.text)) continue;
    // (The end of the page is a gap after the last unit.)
    const unit* next = i + 1 < units.size() ? &units[i + 1] : nullptr;
    const bool gap_after = !next || next->gap_before;
    const bool top_of_page = i == 0 && next && next->gap_before;
    // Set apart by blank lines on both sides, on a page whose blank lines mean something.
    // (Not a paragraph's rest, a mark inside it, under text a column break cut off: "…两市双方
    // 要继续深化和" / "" / "拓展各自优势的合作领域，在涉及彼此共" / "同利益和重大民生问题上携".)
    // (Never over a byline, where heads stand: "…南湖作出同北湖恢复" / "" / "周宁会见港务集团" /
    // "董事长、党委书记" / "" / "本报记者 张晓雯".)
    const bool rest_of_cut = !no_marks && i > 0 && units[i - 1].kind == role::body &&
                             units[i - 1].ends_mid_sentence && !(next && next->kind == role::byline);
    const bool isolated = !lay.markdown && !lay.unwrapped && u.gap_before && gap_after && u.lines.size() == 1 &&
                          u.lines.front().last - u.lines.front().first <= 3 && !rest_of_cut;
    const bool before_dateline = next && next->kind == role::body && looks_like_dateline(next->text, lay.traditional) && !runs_on &&
                                 (i == 0 || units[i - 1].kind != role::body || !units[i - 1].ends_mid_sentence);
    // Over a byline: where a headline stands.
    const bool before_byline = next && next->kind == role::byline && !runs_on &&
                               (i == 0 || units[i - 1].kind != role::body || !units[i - 1].ends_mid_sentence);
    // Over a subtitle led by a dash ("王市长向友城当选市" / "长安德烈斯致贺电" / "——两市关系…").
    const bool over_subtitle = next && next->kind == role::headline && !next->gap_before && dash_led(next->text);
    // A head and its dash-led subtitle read as one paragraph, set apart by blank lines.
    const bool with_subtitle = deck_at < whole.size() && dash_led(whole.substr(deck_at)) && u.gap_before && gap_after;
    // Lines with no mark of punctuation, set apart by blank lines right over another head,
    // after a story's end: a head printed over the next one, its story elsewhere ("强本领
    // 优作风 重实干 创佳绩" / "以学促干各地扎实开" / "展岗位技能大比武" over "《好记者讲好
    // 故事》…"). The end of a paragraph cut off over a head has its commas.
    const bool over_head = (unpunctuated || three_bare) && next && next->kind == role::headline && u.gap_before &&
                           gap_after && i > 0 && units[i - 1].kind != role::body;
    // (Never text that opens with a dateline: "央视网消息（新闻联播）：习近平总" / "书记指出，…",
    // a lead's first lines set apart by a column break.)
    if ((top_of_page || before_dateline || before_byline || isolated || over_subtitle || with_subtitle || over_head) &&
        !looks_like_dateline(u.text, lay.traditional))
      u.kind = role::headline;
  }
  // A head read as text whose second line is its subtitle is a headline and a deck
  // ("上半年…较快增长" / "——4台机器人协同工作"; "我省全年蔬菜产量…新高" / "周卫东介绍说，今年以来").
  // The decks are made room for in the same vector, its units moved back from its end (a
  // second vector of every unit, as there was, took and touched as much memory again).
  const auto deck_at = [](const unit& u) {
    return u.kind == role::headline && u.lines.size() == 1 ? subtitle_at(u) : u.text.size();
  };
  std::size_t decks = 0;
  for (const unit& u : units) decks += deck_at(u) < u.text.size();
  if (decks == 0) return;
  std::size_t from = units.size(), to = units.size() + decks;
  units.reserve(to);
  units.resize(to);
  while (from > 0) {  // (units[from, to) are free: moved from, or new)
    unit& u = units[--from];
    const std::size_t at = deck_at(u);
    if (at < u.text.size()) {
      unit deck = u;
      deck.text.erase(0, at);
      deck.lines = {{u.last_line, u.lines.front().last}};
      deck.line_count = 1;
      deck.second_line = deck.second_at = deck.last_line = deck.last_at = 0;
      deck.gap_before = false;
      u.text.resize(at);
      u.lines.front().last = u.last_line - 1;
      u.next_line = u.last_line;
      if (--u.line_count == 1) u.second_line = u.second_at = 0;
      u.last_line = u.line_count == 1 ? 0 : u.second_line;
      u.last_at = u.line_count == 1 ? 0 : u.second_at;
      units[--to] = std::move(deck);
    }
    if (--to != from) units[to] = std::move(u);
  }
}

// A paragraph's first line left alone over a column break reads as a head ("As reported
// March 12, the Kelso Holdings" / "board meeting to vote…"): when the text under
// the blank line opens in lower case, the line goes on there. (Not a title-case line: a
// headline may stand over text that opens so, "eBay said…". Nor on a Chinese page, where
// text that opens mid-sentence under a head printed after its story is another story's
// continuation: "《…》出版发行" / "中，便利店零售增长…".)
GALLEY_STAGE GALLEY_SMALL void rejoin_cut_openings(std::vector<unit>& units, const layout& lay) {
  if (lay.unwrapped || lay.markdown) return;
  // (On a Chinese page, a line that leaves a bracket or quote open, "央视网消息（新闻联" /
  // "播）：…", or a number cut in two, "早上8时4" / "0分，…".)
  const auto cut = [&](const unit& u, const unit& v) {
    if (!lay.cjk) return (v.opens_mid_sentence || ends_in_function_word(u.text)) && !title_case(u.text);
    int depth = 0;
    for (const char32_t c : u.text) depth += (c == U'（' || c == U'(') - ((c == U'）' || c == U')') && depth > 0);
    return depth > 0 || leaves_quote_open(u.text) ||
           (!v.text.empty() && classify(u.text.back()) == char_class::digit && classify(v.text.front()) == char_class::digit);
  };
  std::size_t out = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (out > 0) {
      unit& u = units[out - 1];
      const unit& v = units[i];
      if (u.kind == role::headline && u.line_count == 1 && !u.markdown_level && u.ends_mid_sentence && !u.text.empty() &&
          v.kind == role::body && v.gap_before && cut(u, v)) {
        u.kind = role::body;
        join_units(u, v);
        continue;
      }
    }
    if (out != i) units[out] = std::move(units[i]);
    ++out;
  }
  units.resize(out);
}

// Built small: the assembler's run and its once-a-page steps are inlined here, where -O2
// undid their GALLEY_SMALL (1.2 KB gzipped of the module; its calls 0.3-0.4% more
// instructions, the per-character counting being out of line).
GALLEY_SMALL bool assemble_articles(std::vector<unit> units, const layout& lay, const options& opts, document& doc, articles_scratch& scratch) {
  recover_headlines(units, lay);
  rejoin_cut_openings(units, lay);
  const std::size_t budget = opts.work_budget_per_byte * std::max<std::size_t>(doc.stats.input_bytes, 1);
  std::vector<draft> drafts;
  bool over_budget = false;
  {
    assembler a(units, lay, budget, doc, scratch);
    a.run();
    over_budget = a.over_budget();
    drafts = a.take_drafts();
  }
  emit(units, drafts, doc);
  return !over_budget;
}

}  // namespace galley::detail
