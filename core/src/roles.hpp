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

/** Every line's role, and where body paragraphs start. */
struct line_roles {
  std::vector<role> of;
  /**
   * 1 on the first line of every body paragraph, else 0 (a byte a line, as layout::gap_before);
   * on a headline line, 1 where it goes on the head line over it (a stacked head's), 2 on a
   * deck's first line (a unit of its own, under its head), 3 on a deck's next lines.
   */
  std::vector<std::uint8_t> starts_paragraph;
};

/** Whether s ends in an abbreviation's period ("U.S.", "Corp.", "Mr."), which need not end a sentence. */
bool ends_in_abbreviation(std::u32string_view s);

/** Assigns every line a role; fills *explanation when it is not null. */
GALLEY_STAGE line_roles assign_roles(const page_text& text, const std::vector<line>& lines, const line_chars& chars,
                                     const layout& lay, const options& opts, std::vector<line_explanation>* explanation);

}  // namespace galley::detail

#endif
