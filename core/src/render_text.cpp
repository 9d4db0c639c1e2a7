// Markdown, HTML and plain-text renderings of a document.
#include "galley/render.h"

namespace galley {

namespace {

void escape_html(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

// Text in Markdown: a "<" would open raw HTML (a pasted "<script>" would reach the page that
// renders the Markdown), so it is written as an entity, which every Markdown reads as "<".
void markdown_text(std::string& out, std::string_view s) {
  for (std::size_t at = s.find('<'); at != std::string_view::npos; at = s.find('<')) {
    out.append(s.substr(0, at));
    out += "&lt;";
    s.remove_prefix(at + 1);
  }
  out.append(s);
}

// Markdown would read a paragraph that starts like structure as structure: a heading ("#"),
// a quote (">"), a list item ("-", "+", "*", "1." or "1)"), a setext underline ("="). A
// backslash before the marker keeps it text (CommonMark escapes ASCII punctuation only, so
// an ordered list's number stays and its "." or ")" is escaped).
void escape_markdown_start(std::string& out, std::string_view s) {
  std::size_t digits = 0;
  while (digits < s.size() && digits < 10 && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits >= 1 && digits <= 9 && digits < s.size() && (s[digits] == '.' || s[digits] == ')') &&
      (digits + 1 == s.size() || s[digits + 1] == ' ' || s[digits + 1] == '\t')) {
    out.append(s.substr(0, digits));
    out += '\\';
    markdown_text(out, s.substr(digits));
    return;
  }
  if (!s.empty() && (s[0] == '#' || s[0] == '>' || s[0] == '-' || s[0] == '+' || s[0] == '*' ||
                     s[0] == '='))
    out += '\\';
  markdown_text(out, s);
}

}  // namespace

std::string to_markdown(const document& doc) {
  std::string out;
  auto gap = [&] { if (!out.empty()) out += "\n"; };
  for (const article& a : doc.articles) {
    gap();
    if (!a.headline.empty()) { out += "# "; markdown_text(out, a.headline); out += "\n"; }
    for (const std::string& d : a.deck) { gap(); out += "*"; markdown_text(out, d); out += "*\n"; }
    for (const block& b : a.blocks) {
      gap();
      switch (b.kind) {
        case block_kind::heading: out += "## "; markdown_text(out, b.text); break;
        case block_kind::byline: out += "**"; markdown_text(out, b.text); out += "**"; break;
        case block_kind::caption: out += "> "; markdown_text(out, b.text); break;
        case block_kind::credit: out += "<small>"; escape_html(out, b.text); out += "</small>"; break;
        case block_kind::paragraph: escape_markdown_start(out, b.text); break;
      }
      out += "\n";
    }
  }
  if (!doc.residue.empty()) {
    gap();
    out += "---\n\n";
    for (const residue_item& r : doc.residue) { out += "<!-- residue: "; escape_html(out, r.text); out += " -->\n"; }
  }
  return out;
}

std::string to_html(const document& doc) {
  std::string out;
  for (const article& a : doc.articles) {
    out += "<article>\n";
    if (!a.headline.empty()) { out += "<h2>"; escape_html(out, a.headline); out += "</h2>\n"; }
    for (const std::string& d : a.deck) { out += "<p class=\"deck\"><em>"; escape_html(out, d); out += "</em></p>\n"; }
    for (const block& b : a.blocks) {
      switch (b.kind) {
        case block_kind::heading: out += "<h3>"; escape_html(out, b.text); out += "</h3>\n"; break;
        case block_kind::byline: out += "<p class=\"byline\"><strong>"; escape_html(out, b.text); out += "</strong></p>\n"; break;
        case block_kind::caption: out += "<figure><figcaption>"; escape_html(out, b.text); out += "</figcaption></figure>\n"; break;
        case block_kind::credit: out += "<p><small>"; escape_html(out, b.text); out += "</small></p>\n"; break;
        case block_kind::paragraph: out += "<p>"; escape_html(out, b.text); out += "</p>\n"; break;
      }
    }
    out += "</article>\n";
  }
  if (!doc.residue.empty()) {
    out += "<aside class=\"residue\">\n";
    for (const residue_item& r : doc.residue) { out += "<p>"; escape_html(out, r.text); out += "</p>\n"; }
    out += "</aside>\n";
  }
  return out;
}

std::string to_text(const document& doc) {
  std::string out;
  bool first_article = true;
  for (const article& a : doc.articles) {
    // Two blank lines between articles: a separator Galley itself reads back as one.
    if (!first_article) out += "\n\n";
    first_article = false;
    if (!a.headline.empty()) { out += a.headline; out += "\n\n"; }
    for (const std::string& d : a.deck) { out += d; out += "\n\n"; }
    for (const block& b : a.blocks) { out += b.text; out += "\n\n"; }
  }
  if (!doc.residue.empty()) {
    out += "\n\n";
    for (const residue_item& r : doc.residue) { out += r.text; out += "\n\n"; }
  }
  return out;
}

}  // namespace galley
