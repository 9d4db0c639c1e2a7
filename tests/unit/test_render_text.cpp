// The Markdown, HTML and text renderings: structure from the block kinds, and pasted text kept
// as text (web/render.js renders the same bytes; tests/node/cli-parity.test.mjs holds them so).
#include <catch2/catch.hpp>

#include <string>

#include <galley.h>

using namespace galley;

namespace {

document one_article(std::vector<block> blocks, std::string headline = "Headline") {
  document d;
  article a;
  a.headline = std::move(headline);
  a.blocks = std::move(blocks);
  d.articles.push_back(std::move(a));
  return d;
}

std::string markdown_of_paragraph(const std::string& text) {
  return to_markdown(one_article({{block_kind::paragraph, text, {}}}, ""));
}

}  // namespace

TEST_CASE("a paragraph that Markdown would read as structure is escaped", "[render]") {
  // Headings, quotes, bullets and setext underlines: a backslash before the mark.
  for (const std::string mark : {"#", ">", "-", "+", "*", "="}) {
    CHECK(markdown_of_paragraph(mark + " text") == "\\" + mark + " text\n");
  }
  // An ordered list (1 to 9 digits, then "." or ")", then a space or the end): CommonMark
  // escapes punctuation only, so the number stays and its mark is escaped.
  CHECK(markdown_of_paragraph("1. First") == "1\\. First\n");
  CHECK(markdown_of_paragraph("2024) year") == "2024\\) year\n");
  CHECK(markdown_of_paragraph("7.") == "7\\.\n");
  // Not a list: a decimal, ten digits, a letter first, no mark.
  CHECK(markdown_of_paragraph("3.5 million") == "3.5 million\n");
  CHECK(markdown_of_paragraph("1234567890. ten digits") == "1234567890. ten digits\n");
  CHECK(markdown_of_paragraph("A. Writer") == "A. Writer\n");
  CHECK(markdown_of_paragraph("12 May") == "12 May\n");
}

TEST_CASE("Markdown writes a pasted \"<\" as an entity: text never becomes raw HTML", "[render]") {
  CHECK(markdown_of_paragraph("a <script>x</script> b") == "a &lt;script>x&lt;/script> b\n");
  CHECK(markdown_of_paragraph("1. <i>") == "1\\. &lt;i>\n");
  document d = one_article({{block_kind::heading, "<h1>", {}}, {block_kind::byline, "By <b>", {}}, {block_kind::caption, "<img>", {}}}, "<a href=x>");
  d.articles[0].deck = {"<em>"};
  CHECK(to_markdown(d) == "# &lt;a href=x>\n\n*&lt;em>*\n\n## &lt;h1>\n\n**By &lt;b>**\n\n> &lt;img>\n");
}

TEST_CASE("HTML escapes every string and marks decks, bylines and captions", "[render]") {
  document d = one_article({{block_kind::byline, "By <A> & B", {}}, {block_kind::caption, "\"Quote\" 'x'", {}}}, "<script>");
  d.articles[0].deck = {"Deck & more"};
  residue_item r;
  r.text = "Ad <here>";
  d.residue.push_back(r);
  CHECK(to_html(d) ==
        "<article>\n<h2>&lt;script&gt;</h2>\n<p class=\"deck\"><em>Deck &amp; more</em></p>\n"
        "<p class=\"byline\"><strong>By &lt;A&gt; &amp; B</strong></p>\n"
        "<figure><figcaption>&quot;Quote&quot; &#39;x&#39;</figcaption></figure>\n</article>\n"
        "<aside class=\"residue\">\n<p>Ad &lt;here&gt;</p>\n</aside>\n");
}

TEST_CASE("Markdown and text keep every article, block and residue item", "[render]") {
  document d = one_article({{block_kind::heading, "Sub", {}}, {block_kind::credit, "(Photo <x>)", {}}});
  d.articles.push_back(one_article({{block_kind::paragraph, "Headless.", {}}}, "").articles[0]);
  residue_item r;
  r.text = "Page 3";
  d.residue.push_back(r);
  CHECK(to_markdown(d) ==
        "# Headline\n\n## Sub\n\n<small>(Photo &lt;x&gt;)</small>\n\n\nHeadless.\n\n---\n\n<!-- residue: Page 3 -->\n");
  CHECK(to_text(d) == "Headline\n\nSub\n\n(Photo <x>)\n\n\n\nHeadless.\n\n\n\nPage 3\n\n");
}
