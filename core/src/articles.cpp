#include "articles.hpp"

namespace galley::detail {

namespace {

block_kind block_kind_of(role r) {
  switch (r) {
    case role::heading: return block_kind::heading;
    case role::byline: return block_kind::byline;
    case role::caption: return block_kind::caption;
    case role::credit: return block_kind::credit;
    default: return block_kind::paragraph;
  }
}

}  // namespace

// Skeleton: a new article at every headline, in input order.
void assemble_articles(std::vector<unit> units, const options&, document& doc) {
  article* open = nullptr;
  for (unit& u : units) {
    std::string text = to_utf8(u.text);
    switch (u.kind) {
      case role::headline:
        doc.articles.emplace_back();
        open = &doc.articles.back();
        open->headline = std::move(text);
        open->headline_lines = std::move(u.lines);
        break;
      case role::deck:
        if (!open) { doc.articles.emplace_back(); open = &doc.articles.back(); }
        open->deck.push_back(std::move(text));
        open->deck_lines.push_back(std::move(u.lines));
        break;
      case role::furniture:
      case role::jump:
        doc.residue.push_back({"other", std::string(name_of(u.kind)), std::move(text), std::move(u.lines)});
        break;
      default:
        if (!open) { doc.articles.emplace_back(); open = &doc.articles.back(); }
        open->blocks.push_back({block_kind_of(u.kind), std::move(text), std::move(u.lines)});
        break;
    }
  }
}

}  // namespace galley::detail
