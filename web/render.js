// Renderers over a reflow result: Markdown, HTML (always escaped), plain text, JSON.
// Pasted text is data, never markup: every string goes through escapeHtml.

/** Escapes &, <, >, " and ' for HTML text and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const markdownStart = /^([#>*+=-]|\d+\.)/;

/** One article as Markdown. */
export function articleToMarkdown(article) {
  const out = [];
  if (article.headline) out.push(`# ${article.headline}`);
  for (const d of article.deck) out.push(`*${d}*`);
  for (const b of article.blocks) {
    if (b.kind === 'heading') out.push(`## ${b.text}`);
    else if (b.kind === 'byline') out.push(`**${b.text}**`);
    else if (b.kind === 'caption') out.push(`> ${b.text}`);
    else if (b.kind === 'credit') out.push(`<small>${escapeHtml(b.text)}</small>`);
    else out.push(markdownStart.test(b.text) ? `\\${b.text}` : b.text);
  }
  return out.join('\n\n') + '\n';
}

/** One article as clean HTML for an editor: h2, p, figcaption, small. */
export function articleToHtml(article) {
  const out = [];
  if (article.headline) out.push(`<h2>${escapeHtml(article.headline)}</h2>`);
  for (const d of article.deck) out.push(`<p class="deck"><em>${escapeHtml(d)}</em></p>`);
  for (const b of article.blocks) {
    const t = escapeHtml(b.text);
    if (b.kind === 'heading') out.push(`<h3>${t}</h3>`);
    else if (b.kind === 'byline') out.push(`<p class="byline"><strong>${t}</strong></p>`);
    else if (b.kind === 'caption') out.push(`<figure><figcaption>${t}</figcaption></figure>`);
    else if (b.kind === 'credit') out.push(`<p><small>${t}</small></p>`);
    else out.push(`<p>${t}</p>`);
  }
  return out.join('\n') + '\n';
}

/** One article as plain text. */
export function articleToText(article) {
  return [article.headline, ...article.deck, ...article.blocks.map((b) => b.text)].filter(Boolean).join('\n\n') + '\n';
}

/** A whole result in one format: 'markdown' | 'html' | 'text' | 'json'. */
export function renderResult(result, format = 'markdown') {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  const one = { markdown: articleToMarkdown, html: articleToHtml, text: articleToText }[format];
  if (!one) throw new Error(`galley: unknown format '${format}'`);
  const sep = { markdown: '\n---\n\n', html: '\n', text: '\n* * *\n\n' }[format];
  const body = result.articles.map((a) => (format === 'html' ? `<article>\n${one(a)}</article>\n` : one(a))).join(sep);
  return body;
}
