// Renderers over a reflow result: Markdown, HTML (always escaped), plain text, JSON.
// Pasted text is data, never markup: every string goes through escapeHtml.
//
// A whole result renders exactly as the core's renderers (core/src/render_text.cpp: the
// CLI's --format) do, residue included, so the CLI, galley.render() and the component's
// copy and download give one format; an article alone renders as its part of the whole.
// (tests/node/cli-parity.test.mjs holds the two to the same bytes.)

/** Escapes &, <, >, " and ' for HTML text and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Text in Markdown: a "<" would open raw HTML, so it is written as an entity. */
const markdownText = (text) => text.replaceAll('<', '&lt;');

/**
 * A paragraph that Markdown would read as structure (a heading, quote, list item or setext
 * underline), escaped: CommonMark escapes ASCII punctuation only, so an ordered list keeps
 * its number and loses its "." or ")".
 */
function markdownParagraph(text) {
  const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${markdownText(text.slice(ordered[1].length))}`;
  return /^[#>*+=-]/.test(text) ? `\\${markdownText(text)}` : markdownText(text);
}

function markdownBlock(b) {
  switch (b.kind) {
    case 'heading': return `## ${markdownText(b.text)}`;
    case 'byline': return `**${markdownText(b.text)}**`;
    case 'caption': return `> ${markdownText(b.text)}`;
    case 'credit': return `<small>${escapeHtml(b.text)}</small>`;
    default: return markdownParagraph(b.text);
  }
}

function htmlBlock(b) {
  const t = escapeHtml(b.text);
  switch (b.kind) {
    case 'heading': return `<h3>${t}</h3>`;
    case 'byline': return `<p class="byline"><strong>${t}</strong></p>`;
    case 'caption': return `<figure><figcaption>${t}</figcaption></figure>`;
    case 'credit': return `<p><small>${t}</small></p>`;
    default: return `<p>${t}</p>`;
  }
}

// An article's parts in reading order, each rendered: the headline (when it has one), its
// deck lines, its blocks.
function parts(article, headline, deck, block) {
  return [...(article.headline ? [headline(article.headline)] : []), ...article.deck.map(deck), ...article.blocks.map(block)];
}

const markdownParts = (a) => parts(a, (h) => `# ${markdownText(h)}`, (d) => `*${markdownText(d)}*`, markdownBlock);
const htmlParts = (a) => parts(a, (h) => `<h2>${escapeHtml(h)}</h2>`, (d) => `<p class="deck"><em>${escapeHtml(d)}</em></p>`, htmlBlock);
const textParts = (a) => parts(a, (h) => h, (d) => d, (b) => b.text);

/** One article as Markdown. */
export function articleToMarkdown(article) {
  return markdownParts(article).map((p) => `${p}\n`).join('\n');
}

/** One article as clean HTML for an editor: h2, p, figcaption, small. */
export function articleToHtml(article) {
  return htmlParts(article).map((p) => `${p}\n`).join('');
}

/** One article as plain text. */
export function articleToText(article) {
  return `${textParts(article).join('\n\n')}\n`;
}

/** A whole result in one format: 'markdown' | 'html' | 'text' | 'json'. */
export function renderResult(result, format = 'markdown') {
  const residue = result.residue ?? [];
  let out = '';
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'markdown': {
      // (A blank line before every part; an article without a headline gets two.)
      const gap = () => { if (out) out += '\n'; };
      for (const a of result.articles) {
        gap();
        markdownParts(a).forEach((p, i) => {
          if (i > 0 || !a.headline) gap();
          out += `${p}\n`;
        });
      }
      if (residue.length) {
        gap();
        out += `---\n\n${residue.map((r) => `<!-- residue: ${escapeHtml(r.text)} -->\n`).join('')}`;
      }
      return out;
    }
    case 'html':
      for (const a of result.articles) out += `<article>\n${articleToHtml(a)}</article>\n`;
      if (residue.length) out += `<aside class="residue">\n${residue.map((r) => `<p>${escapeHtml(r.text)}</p>\n`).join('')}</aside>\n`;
      return out;
    case 'text':
      // Two blank lines between articles: a separator Galley itself reads back as one.
      out = result.articles.map((a) => textParts(a).map((p) => `${p}\n\n`).join('')).join('\n\n');
      if (residue.length) out += `\n\n${residue.map((r) => `${r.text}\n\n`).join('')}`;
      return out;
    default:
      throw new Error(`galley: format must be 'json', 'markdown', 'html' or 'text' (not '${format}')`);
  }
}
