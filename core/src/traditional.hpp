// Pages in traditional characters (Hong Kong, Taiwan, Macau), read by lexicons that hold
// simplified ones: the lexicons' characters are folded to their simplified forms in the
// text the tests read, never in the text the reader gets back.
#ifndef GALLEY_TRADITIONAL_HPP
#define GALLEY_TRADITIONAL_HPP

#include <string_view>

namespace galley::detail {

/**
 * The simplified form of c when c is the traditional form of a character the lexicons' tests
 * hold ("報" -> "报", "記" -> "记", "臺" -> "台"); else c.
 */
char32_t simplified_form(char32_t c);

/**
 * The ideographs common in traditional text and absent from simplified text ("們", "這", "國",
 * "會", "記", "轉", ...) that measure_lines() notes as it reads a line: a page that holds one
 * is read with simplified_form().
 */
inline constexpr char32_t traditional_markers[] = {U'國', U'會', U'們', U'這', U'為', U'說', U'時', U'發', U'對', U'經',
                                                   U'過', U'後', U'與', U'學', U'現', U'實', U'進', U'關', U'長', U'東',
                                                   U'動', U'當', U'從', U'頭', U'兩', U'無', U'體', U'記', U'華', U'據',
                                                   U'轉', U'圖', U'攝', U'單', U'訊', U'責', U'廣'};

/**
 * s as the lexicons read it on a page in traditional characters: its characters'
 * simplified forms, written to room (s.size() code points at least) when one differs;
 * else s itself.
 */
std::u32string_view lexicon_text(std::u32string_view s, char32_t* room);

}  // namespace galley::detail

#endif
