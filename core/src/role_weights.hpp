// The one table of weights the roles stage decides with. Scores are log-odds-like: each
// feature adds its weight to the states it speaks for; the decoder picks the best path.
#ifndef GALLEY_ROLE_WEIGHTS_HPP
#define GALLEY_ROLE_WEIGHTS_HPP

namespace galley::detail::weights {

// Emissions: how much a line looks like a display line (headline, deck, heading).
inline constexpr double head_base = -2.0;            // display lines are rare: a prior against them
inline constexpr double head_markdown = 12.0;        // "# …" at the start
inline constexpr double head_unmarked_in_markdown = -6.0;  // the page marks its headings, this line is not marked
inline constexpr double head_bold_line = 4.0;        // "**…**" alone on a line
inline constexpr double head_no_end_punct = 1.5;     // ends in a letter, digit or ideograph
inline constexpr double head_end_comma = -6.0;       // ends in ，、；： — a sentence goes on
inline constexpr double head_end_final = -3.5;       // ends in 。！？. — a sentence ended
inline constexpr double head_inner_period = -8.0;    // a 。 inside: two sentences are body text
inline constexpr double head_clause_cut = -4.0;      // CJK, a clause of two characters at most at a comma, or two commas
inline constexpr double head_long_with_comma = -2.0;  // over 20 characters with a comma inside
inline constexpr double head_rubric = 4.0;           // CJK, ends in a column's rubric in brackets: "…（快评）"
inline constexpr double head_too_long = -0.25;       // per character beyond head_max_chars
inline constexpr int head_max_chars = 32;           // CJK
inline constexpr int head_max_chars_latin = 90;
inline constexpr double head_title_case = 2.0;        // "Most Words Capitalised" (Latin)
inline constexpr double head_sentence_fragment = -10.0; // sentence case ending in "to", "a"… or opening with "The":
                                                       // "He said there is a", "The department" (headlines drop articles)
inline constexpr double head_short_line = 1.5;       // clearly narrower than the column
inline constexpr double head_wide_line = 1.5;        // wider than the column (spans columns)
inline constexpr double head_full_line = -2.5;       // exactly as wide as the column
inline constexpr double head_page_top = 1.0;         // unpunctuated first line of the page
inline constexpr double head_isolated = 3.0;
inline constexpr double head_over_byline = 3.0;      // set apart right over a byline, a line of up to three
inline constexpr double head_over_news_item = 4.0;   // CJK, unpunctuated lines between finished text and a news item's opening
inline constexpr double head_apart_group = 3.0;      // Latin, two or three lines set apart together, unfinished, over a capital         // unpunctuated, with meaningful blank lines before and after
inline constexpr double head_apart_sentence_case = 3.0;  // one to three lines set apart after finished text, on a page
                                                         // that sets such heads in sentence case
inline constexpr double head_stacked = 4.0;          // Latin, in a stack of short capitalised lines under finished text, over a sentence
inline constexpr double head_stacked_goes_on = 2.0;  // ... the stack's line over it was the head's: so is this one
inline constexpr double head_deck = 3.0;            // Latin, under a stacked head, stops unfinished where the next word had room: a deck
inline constexpr double join_after_deck = -4.0;      // ... so no paragraph goes on from it
inline constexpr double head_after_stack = -3.0;     // the line under a stacked head opens its lead
inline constexpr double head_unwrapped_short = 2.5;  // a short line among unwrapped paragraphs
inline constexpr double head_lower_case_among_title_heads = -4.0;  // opens in lower case, on a page of title-case heads
inline constexpr double head_tiny = -2.0;            // a single character
inline constexpr double head_wide_subtitle = 4.0;   // led by a dash and wider than the column: a subtitle ("——记…")
inline constexpr double head_indented = -4.0;       // indented like a paragraph's first line (not centred: a few cells)
inline constexpr int head_indent_cells = 6;          // ... up to this many cells of leading space
inline constexpr double head_lexicon = -3.0;         // a byline, credit or caption the lexicons know ("By Jane Moss")

// Emissions: body lines.
inline constexpr double body_too_wide = -3.0;        // far wider than its column: a headline or deck spanning columns

inline constexpr double start_indented = 1.5;        // indented, or two characters short of full
inline constexpr double start_not_indented = -1.5;   // a full CJK line is rarely a paragraph's first
inline constexpr double start_dateline = 3.0;        // "本报讯", "新华社北京4月12日电", "LONDON, May 3 -" 

// Emissions: lexicon roles (byline, credit, caption, jump, furniture, standfirst).
inline constexpr double lexicon_match = 6.0;
inline constexpr double lexicon_runs_on = -6.0;      // a credit's words on a full line running on into the next

// Transitions from the previous non-blank line to this one.
inline constexpr double join_after_open = 4.0;        // previous ends mid-sentence: keep going
inline constexpr double join_after_full = 1.0;        // previous filled the column
inline constexpr double join_after_word = 2.0;        // previous ends in a letter or ideograph, no punctuation
inline constexpr double join_after_short_word = -3.0; // ... but stopped short of the column: a display line
inline constexpr double join_after_too_wide = -3.0;   // previous spans columns: a display line
inline constexpr double join_after_drop_cap = 6.0;    // "S" + "INGAPORE shares rose": one word
inline constexpr double join_after_short_final = -6.0;// previous short and sentence-final
inline constexpr double join_after_first_width_final = 0.0; // previous began a paragraph, indent-short, sentence-final
inline constexpr double join_after_full_final = 0.0;  // previous full but sentence-final: the next line decides
inline constexpr double join_indented = -2.0;         // this line looks like a first line
inline constexpr double join_title_case = -2.5;       // title case going on in title case: a two-line head
inline constexpr double join_across_gap = -8.0;       // a meaningful blank line between
inline constexpr double join_lower_case = 6.0;        // offsets it for a Latin line opened by a word in lower
                                                      // case, after an unfinished sentence ("be adequate to…")
inline constexpr double start_after_final = 1.0;      // previous line ended a sentence
inline constexpr double start_after_short = 1.5;      // previous line was short
inline constexpr double start_after_open = -5.0;      // previous line ends mid-sentence
inline constexpr double start_after_gap = 2.0;
inline constexpr double start_one_liner = -1.5;       // a finished line of half a column or less after a full
                                                      // one: the tail of its paragraph more often than a
                                                      // paragraph of its own
inline constexpr double start_without_gap = -2.5;     // the page separates paragraphs with blank lines, and none is here
inline constexpr double start_without_indent = -2.0;  // the page indents its paragraphs with spaces (Latin), and this
                                                      // line right under text has none
inline constexpr double start_after_unfinished = -2.5; // previous line stopped short mid-sentence
inline constexpr double start_after_unfinished_gap = -3.0; // ... and a blank line follows it: a display line
inline constexpr double break_after_open = -5.0;      // a display line right after an open sentence
inline constexpr double head_follows_head = 0.0;      // two-line headlines
inline constexpr double head_left_open = 2.0;         // the head line before left a quote open: it goes on here
inline constexpr double head_cut_goes_on = 3.0;      // the head line before ends in a capitalised "In", "Of": it goes on here
inline constexpr double head_after_wrap_tail = -3.0;  // the head line before is half as wide as the one over it: the head ended there
inline constexpr double head_run_after_punct = -2.0;  // a display line after one ending in punctuation
inline constexpr double start_under_head = -2.0;      // text right under a display line, no blank line between, on such a page
inline constexpr double start_lower_under_head = -3.0; // text opened in lower case right under a display line in sentence case
inline constexpr double head_after_byline = -5.0;    // a display line right under a byline: the text opens there
inline constexpr double head_closes_unopened = -6.0;  // set apart, closes a quote it did not open: "…墙”》）"
inline constexpr double head_sentence_case_among_title_heads = -2.0;  // under text, on a page of title-case heads
inline constexpr double head_lower_case_under_text = -3.0;  // opens in lower case under an unfinished sentence
inline constexpr double head_runs_on = -5.0;          // a display line right under text, no blank line between, on a page with blank lines

}  // namespace galley::detail::weights

#endif
