// The roles stage: what every line is (headline, body, byline, ...).
#ifndef GALLEY_ROLES_HPP
#define GALLEY_ROLES_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "galley/document.h"
#include "galley/options.h"
#include "layout.hpp"
#include "lines.hpp"
#include "stage.hpp"
#include "text.hpp"

namespace galley::detail {

enum class role : std::uint8_t {
  blank,
  body,        // paragraph text
  headline,    // a display line: headline, deck, kicker or in-article heading (the articles stage tells them apart)
  deck,        // subtitle, kicker, rubric printed with the headline
  heading,     // an in-article section heading
  byline,      // "□ 傅清", "By X"
  dateline,    // "新华社北京4月12日电" opening a paragraph (stays in the paragraph)
  caption,     // a photo caption
  credit,      // "据新华社", "(作者单位:…)"
  standfirst,  // "■…" summary under a headline
  furniture,   // page number, section label, ads, notices
  jump,        // "下转第3版", "Continued on page 4"
};

std::string_view name_of(role r);

/**
 * What a line's start tells beyond its role: where paragraphs start, how display lines go on.
 * (Named constants over a byte a line, as layout::gap_before: a vector of a scoped enum would
 * be one more instantiation of std::vector's code in the module.)
 */
namespace line_start {
enum : std::uint8_t {
  none,          // a body line that goes on the paragraph over it; a display line on its own
  paragraph,     // a body paragraph's first line
  goes_on,       // a display line that goes on the one over it: a stacked head's, a wrapped caption's
  deck,          // a deck's first line, under its head: a unit of its own
  deck_goes_on,  // a deck's next lines
};
}  // namespace line_start

/** Every line's role, and how it starts (a line_start a line). */
struct line_roles {
  std::vector<role> of;
  std::vector<std::uint8_t> start;
};

/** Whether s ends in an abbreviation's period ("U.S.", "Corp.", "Mr."), which need not end a sentence. */
bool ends_in_abbreviation(std::u32string_view s);

/** Assigns every line a role; fills *explanation when it is not null. */
GALLEY_STAGE line_roles assign_roles(const page_text& text, const std::vector<line>& lines, const line_chars& chars,
                                     const layout& lay, const options& opts, std::vector<line_explanation>* explanation);

}  // namespace galley::detail

#endif
