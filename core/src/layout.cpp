#include "layout.hpp"

#include <algorithm>

namespace galley::detail {

layout analyse_layout(const std::vector<line>& lines) {
  layout lay;
  lay.cjk = page_is_cjk(lines);
  std::size_t nonblank = 0, followed_by_blank = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    ++nonblank;
    if (i + 1 < lines.size() && lines[i + 1].blank) ++followed_by_blank;
  }
  lay.double_spaced = nonblank >= 4 && followed_by_blank * 10 >= nonblank * 8;
  // Skeleton estimate: the most common width among non-blank lines in a window.
  lay.column.assign(lines.size(), 0);
  std::vector<int> widths;
  for (const line& l : lines)
    if (!l.blank) widths.push_back(l.width);
  int global = 0;
  if (!widths.empty()) {
    std::sort(widths.begin(), widths.end());
    global = widths[widths.size() * 3 / 4];
  }
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].blank) lay.column[i] = global;
  return lay;
}

}  // namespace galley::detail
