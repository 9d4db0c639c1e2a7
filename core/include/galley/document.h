#ifndef GALLEY_DOCUMENT_H
#define GALLEY_DOCUMENT_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

/** The kind of one block of an article (the contract in shared/eval/FORMAT.md). */
enum class block_kind {
  /** A printed paragraph of body text. */
  paragraph,
  /** An in-article section heading. */
  heading,
  /** The author line ("□ 傅清", "本报记者 X", "By X"). */
  byline,
  /** A photo caption. */
  caption,
  /** A credit ("据新华社", "(作者单位:…)", a closing dateline). */
  credit,
};

/** The contract's name of a block kind ("paragraph", "heading", ...). */
std::string_view name_of(block_kind kind);

/** An inclusive range of input lines, numbered from 1. */
struct line_range {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  friend bool operator==(const line_range&, const line_range&) = default;
};

/** One block of text with the input lines it came from. */
struct block {
  block_kind kind = block_kind::paragraph;
  std::string text;
  /** Input lines, in output order; several ranges when joined from separate places. */
  std::vector<line_range> lines;
};

/** One article: its headline, deck lines and blocks in reading order. */
struct article {
  std::string headline;
  std::vector<std::string> deck;
  std::vector<block> blocks;
  /** Input lines of the headline (empty when the article has no headline). */
  std::vector<line_range> headline_lines;
  /** Input lines of each deck entry, parallel to deck. */
  std::vector<std::vector<line_range>> deck_lines;
};

/** Text that belongs to no article: page furniture, repeated heads, jump lines, ads. */
struct residue_item {
  /** "other" (the contract's only kind), or a finer reason: "furniture", "jump", "repeated-headline", "ad". */
  std::string kind = "other";
  /** Why it is residue, for people ("page number", "jump line", ...). */
  std::string reason;
  std::string text;
  std::vector<line_range> lines;
};

/** Counts of everything the pipeline changed or removed, so nothing disappears silently. */
struct statistics {
  std::size_t input_bytes = 0;
  std::size_t input_lines = 0;
  std::size_t pages = 1;                    // the input's pages: form feeds (pdftotext's page breaks) + 1
  std::size_t invalid_bytes_replaced = 0;   // each became U+FFFD
  std::size_t control_chars_removed = 0;    // NUL and other C0/C1 controls other than tab/LF
  std::size_t byte_order_marks_removed = 0;
  std::size_t layout_spaces_removed = 0;    // spaces removed by despacing (not counting line breaks)
  std::size_t line_end_hyphens_removed = 0;
  std::size_t soft_hyphens_removed = 0;
  std::size_t zero_width_removed = 0;
  std::size_t characters_mapped = 0;        // Kangxi/radical/ligature/compatibility mappings
  std::size_t markup_removed = 0;           // Markdown marks (#, **) consumed as structure
  std::size_t side_by_side_lines = 0;       // lines of columns printed side by side (pdftotext -layout), read column by column
  bool double_spaced = false;               // blank line after nearly every line
  std::size_t articles = 0;
  std::size_t blocks = 0;
  std::size_t residue_items = 0;
};

/** Something the user should know about the result. */
struct warning {
  /** Stable machine-readable code, e.g. "invalid-utf8", "budget-exceeded". */
  std::string code;
  /** One sentence for people. */
  std::string message;
};

/** Why one input line got its role (only with options::explain). */
struct line_explanation {
  std::uint32_t line = 0;
  std::string role;
  /** (role name, score) for every role considered. */
  std::vector<std::pair<std::string, double>> scores;
};

/** The result of reflowing one page. */
struct document {
  /** "zh", "en" or "mixed". */
  std::string lang;
  std::vector<article> articles;
  std::vector<residue_item> residue;
  statistics stats;
  std::vector<warning> warnings;
  std::vector<line_explanation> explanation;
};

}  // namespace galley

#endif
