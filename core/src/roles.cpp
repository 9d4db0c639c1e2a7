#include "roles.hpp"

namespace galley::detail {

std::string_view name_of(role r) {
  switch (r) {
    case role::blank: return "blank";
    case role::body: return "body";
    case role::headline: return "headline";
    case role::deck: return "deck";
    case role::heading: return "heading";
    case role::byline: return "byline";
    case role::dateline: return "dateline";
    case role::caption: return "caption";
    case role::credit: return "credit";
    case role::standfirst: return "standfirst";
    case role::furniture: return "furniture";
    case role::jump: return "jump";
  }
  return "body";
}

namespace {

bool looks_like_headline(const line& l, int column) {
  if (l.markdown_heading) return true;
  if (is_sentence_final(l.last) || l.last == U'，' || l.last == U',' || l.last == U'、') return false;
  if (l.cjk < 4 || l.cjk > 40) return false;
  return l.width > column + 2 || l.width * 10 < column * 9;
}

}  // namespace

// Skeleton rules; the scored, globally decoded version replaces this.
std::vector<role> assign_roles(const page_text&, const std::vector<line>& lines,
                               const layout& lay, const options&,
                               std::vector<line_explanation>* explanation) {
  std::vector<role> roles(lines.size(), role::body);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) { roles[i] = role::blank; continue; }
    std::size_t prev = i;
    while (prev > 0 && lines[prev - 1].blank) --prev;
    const bool after_end = prev == 0 || is_sentence_final(lines[prev - 1].last) ||
                           is_closing(lines[prev - 1].last) || roles[prev - 1] == role::headline;
    if (after_end && looks_like_headline(lines[i], lay.column[i])) roles[i] = role::headline;
    if (lines[i].markdown_heading >= 3) roles[i] = role::heading;
  }
  if (explanation)
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (!lines[i].blank) explanation->push_back({lines[i].number, std::string(name_of(roles[i])), {}});
  return roles;
}

}  // namespace galley::detail
