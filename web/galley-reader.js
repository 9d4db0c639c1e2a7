// <galley-reader>: shows a page's articles as cards, with copy, download and provenance.
//
//   import { GalleyReader } from './galley-reader.js';
//   GalleyReader.define();
//   document.querySelector('galley-reader').reflow(text);
//
// Attributes (reflected to properties): lang ('auto'|'zh'|'en'), spacing ('keep'|'remove'|'add'),
// format (default copy format: 'text'|'markdown'|'html'), readonly (no copy/download buttons).
// Events: 'galley-result' (detail: the result), 'galley-provenance' (detail: {lines}),
// 'galley-error' (detail: {message}). All bubble and cross shadow roots.

import { createGalley } from './galley.js';
import { articleToHtml, articleToMarkdown, articleToText, escapeHtml } from './render.js';

/** Blocks parsed into the page per task when an article is long. */
const RENDER_CHUNK = 500;

/** The event dispatched with every new result. */
export class GalleyResultEvent extends Event {
  constructor(result) {
    super('galley-result', { bubbles: true, composed: true });
    this.result = result;
    this.articles = result.articles;
  }
  get detail() { return this.result; }
}

const styles = `
:host { display: block; color: var(--galley-fg, CanvasText); background: var(--galley-bg, transparent);
  font-family: var(--galley-font, system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif);
  --_accent: var(--galley-accent, #1f5fbf); --_card: var(--galley-card-bg, Canvas); --_muted: var(--galley-muted, GrayText);
  --_border: var(--galley-border, color-mix(in srgb, CanvasText 15%, transparent)); }
.status { font-size: .9rem; color: var(--_muted); min-height: 1.4em; margin: 0 0 .75rem; }
.progress { height: 3px; background: var(--_accent); width: 0; transition: width .2s; border-radius: 2px; }
.progress[hidden] { display: none; }
.warnings { margin: 0 0 .75rem; padding: .5rem .75rem; border-left: 3px solid #c77d00; background: color-mix(in srgb, #c77d00 10%, transparent); font-size: .9rem; }
.warnings:empty { display: none; }
.error { color: #b00020; font-weight: 600; }
article { background: var(--_card); border: 1px solid var(--_border); border-radius: 10px; padding: 1.1rem 1.3rem 1rem;
  margin: 0 0 1rem; box-shadow: 0 1px 2px rgb(0 0 0 / 6%); }
h2 { font-size: 1.3rem; line-height: 1.35; margin: 0 0 .4rem; font-family: var(--galley-headline-font, inherit); }
.deck { font-size: 1rem; color: var(--_muted); margin: 0 0 .6rem; }
h3 { font-size: 1.02rem; margin: 1rem 0 .4rem; }
p { line-height: 1.75; margin: 0 0 .6rem; }
p[tabindex]:focus, p[tabindex]:hover, h3[tabindex]:focus, h3[tabindex]:hover, figcaption[tabindex]:hover, figcaption[tabindex]:focus {
  outline: 2px solid color-mix(in srgb, var(--_accent) 45%, transparent); outline-offset: 3px; border-radius: 3px; }
.byline { font-weight: 600; }
figure { margin: .6rem 0; padding: .5rem .75rem; border-left: 3px solid var(--_border); }
figcaption { font-size: .92rem; color: var(--_muted); }
.credit { font-size: .85rem; color: var(--_muted); }
.tools { display: flex; gap: .4rem; flex-wrap: wrap; margin-top: .6rem; border-top: 1px solid var(--_border); padding-top: .6rem; }
button { font: inherit; font-size: .85rem; padding: .3rem .7rem; border-radius: 6px; border: 1px solid var(--_border);
  background: transparent; color: inherit; cursor: pointer; }
button:hover { border-color: var(--_accent); color: var(--_accent); }
button:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
details.residue { font-size: .85rem; color: var(--_muted); }
details.residue li { margin: .2rem 0; }
.empty { color: var(--_muted); font-style: italic; }
`;

let sharedEngine = null;

export class GalleyReader extends HTMLElement {
  static observedAttributes = ['lang', 'spacing', 'format', 'readonly'];

  /** Registers the element; a second call (or an existing registration) is harmless. */
  static define(tag = 'galley-reader', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  /** The engine all readers share; set it to use a custom createGalley() configuration. */
  static get engine() { return (sharedEngine ??= createGalley()); }
  static set engine(value) { sharedEngine = Promise.resolve(value); }

  #result = null;
  #controller = null;
  #shadow;
  #rendering = 0;  // bumped by every render and clear: blocks still queued for an older one are dropped

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.innerHTML = `<style>${styles}</style>
      <div class="progress" hidden part="progress"></div>
      <p class="status" role="status" aria-live="polite" part="status"></p>
      <div class="warnings" role="note" part="warnings"></div>
      <div class="articles" part="articles"></div>`;
  }

  get lang() { return this.getAttribute('lang') ?? 'auto'; }
  set lang(v) { this.setAttribute('lang', v); }
  get spacing() { return this.getAttribute('spacing') ?? 'keep'; }
  set spacing(v) { this.setAttribute('spacing', v); }
  get format() { return this.getAttribute('format') ?? 'text'; }
  set format(v) { this.setAttribute('format', v); }
  get readonly() { return this.hasAttribute('readonly'); }
  set readonly(v) { this.toggleAttribute('readonly', Boolean(v)); }
  /** The last result, or null. */
  get result() { return this.#result; }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'readonly' && this.#result) this.#render(this.#result);
  }

  /**
   * Reflows text and shows the articles. A newer call cancels an older one still running.
   * @param {string} text
   * @returns {Promise<object|null>} the result, or null when superseded or failed
   */
  async reflow(text) {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    const language = ['zh', 'en'].includes(this.lang) ? this.lang : 'auto';
    const options = { spacing: this.spacing, language };
    this.#setBusy(true, text.length);
    try {
      const engine = await GalleyReader.engine;
      const result = await engine.reflow(text, options, {
        signal: controller.signal,
        onProgress: (p) => this.#progress(p),
      });
      if (controller.signal.aborted) return null;
      this.#result = result;
      this.#render(result);
      this.dispatchEvent(new GalleyResultEvent(result));
      return result;
    } catch (e) {
      if (e?.name === 'AbortError' || controller.signal.aborted) return null;
      this.#showError(e?.message ?? String(e));
      return null;
    } finally {
      if (this.#controller === controller) this.#setBusy(false);
    }
  }

  /** Removes the articles. */
  clear() {
    this.#controller?.abort();
    this.#result = null;
    this.#rendering++;
    this.#$('.articles').replaceChildren();
    this.#$('.warnings').replaceChildren();
    this.#$('.status').textContent = '';
  }

  #$(selector) { return this.#shadow.querySelector(selector); }

  #setBusy(busy, size = 0) {
    const bar = this.#$('.progress');
    bar.hidden = !busy;
    bar.style.width = busy ? '15%' : '0';
    this.setAttribute('aria-busy', String(busy));
    if (busy && size > 200_000) this.#$('.status').textContent = `Working on ${(size / 1e6).toFixed(1)} million characters…`;
  }

  #progress({ phase, done, total }) {
    const bar = this.#$('.progress');
    bar.style.width = phase === 'done' ? '100%' : `${Math.max(15, Math.round((done / Math.max(total, 1)) * 100))}%`;
  }

  #showError(message) {
    const status = this.#$('.status');
    status.replaceChildren();
    const span = document.createElement('span');
    span.className = 'error';
    span.textContent = `Could not reflow this text: ${message}. Your text is unchanged.`;
    status.append(span);
    this.dispatchEvent(new CustomEvent('galley-error', { bubbles: true, composed: true, detail: { message } }));
  }

  #render(result) {
    this.#rendering++;
    const n = result.articles.length;
    this.#$('.status').textContent = n === 1 ? '1 article' : `${n} articles`;
    const warnings = this.#$('.warnings');
    warnings.replaceChildren(...result.warnings.map((w) => Object.assign(document.createElement('div'), { textContent: w.message })));
    const list = this.#$('.articles');
    list.replaceChildren(...result.articles.map((a, i) => this.#card(a, i)));
    if (result.residue.length) list.append(this.#residue(result.residue));
    if (!n) list.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No articles found in this text.' }));
  }

  #card(article, index) {
    const el = document.createElement('article');
    el.setAttribute('aria-labelledby', `h-${index}`);
    const parts = [];
    if (article.headline) parts.push(`<h2 id="h-${index}" tabindex="0" data-lines="${escapeHtml(JSON.stringify(article.headline_lines))}">${escapeHtml(article.headline)}</h2>`);
    article.deck.forEach((d, k) => parts.push(`<p class="deck" tabindex="0" data-lines="${escapeHtml(JSON.stringify(article.deck_lines[k] ?? []))}">${escapeHtml(d)}</p>`));
    // A long article (a 5 MB paste is one article of 35,000 paragraphs) is written out, parsed
    // and laid out a chunk per task, so the page stays responsive; the first chunk shows at once.
    const blocksHtml = (from) => article.blocks.slice(from, from + RENDER_CHUNK).map((b) => {
      const lines = `tabindex="0" data-lines="${escapeHtml(JSON.stringify(b.lines))}"`;
      const t = escapeHtml(b.text);
      if (b.kind === 'heading') return `<h3 ${lines}>${t}</h3>`;
      if (b.kind === 'byline') return `<p class="byline" ${lines}>${t}</p>`;
      if (b.kind === 'caption') return `<figure><figcaption ${lines}>${t}</figcaption></figure>`;
      if (b.kind === 'credit') return `<p class="credit" ${lines}>${t}</p>`;
      return `<p ${lines}>${t}</p>`;
    }).join('');
    el.innerHTML = parts.join('') + blocksHtml(0);
    const title = article.headline || `Article ${index + 1}`;
    if (!this.readonly) {
      const tools = document.createElement('div');
      tools.className = 'tools';
      tools.append(
        this.#button('Copy', `Copy “${title}”`, () => this.copyArticle(index)),
        this.#button('Markdown', `Download “${title}” as Markdown`, () => this.#download(index, 'markdown')),
        this.#button('HTML', `Download “${title}” as HTML`, () => this.#download(index, 'html')),
        this.#button('JSON', `Download “${title}” as JSON`, () => this.#download(index, 'json')),
      );
      el.append(tools);
    }
    const announce = (event) => {
      const target = event.target.closest('[data-lines]');
      if (!target) return;
      this.dispatchEvent(new CustomEvent('galley-provenance', { bubbles: true, composed: true, detail: { lines: JSON.parse(target.dataset.lines) } }));
    };
    el.addEventListener('focusin', announce);
    el.addEventListener('mouseover', announce);
    const rendering = this.#rendering;
    const tools = el.querySelector('.tools');
    const more = (from) => {
      if (from >= article.blocks.length || rendering !== this.#rendering) return;
      const chunk = document.createElement('template');
      chunk.innerHTML = blocksHtml(from);
      el.insertBefore(chunk.content, tools);
      setTimeout(more, 0, from + RENDER_CHUNK);
    };
    setTimeout(more, 0, RENDER_CHUNK);
    return el;
  }

  #residue(items) {
    const d = document.createElement('details');
    d.className = 'residue';
    const s = document.createElement('summary');
    s.textContent = `Not in any article (${items.length}): page furniture, repeated headlines, jump lines`;
    const ul = document.createElement('ul');
    ul.append(...items.map((r) => Object.assign(document.createElement('li'), { textContent: r.text })));
    d.append(s, ul);
    return d;
  }

  #button(label, aria, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('aria-label', aria);
    b.addEventListener('click', onClick);
    return b;
  }

  /** Copies article `index` to the clipboard as text/plain (in this.format) and text/html. */
  async copyArticle(index) {
    const a = this.#result?.articles[index];
    if (!a) return;
    const plain = this.format === 'markdown' ? articleToMarkdown(a) : this.format === 'html' ? articleToHtml(a) : articleToText(a);
    const html = articleToHtml(a);
    try {
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      })]);
      this.#$('.status').textContent = `Copied “${a.headline || 'article'}”.`;
    } catch (e) {
      this.#$('.status').textContent = `Copy failed: ${e?.message ?? e}`;
    }
  }

  #download(index, format) {
    const a = this.#result.articles[index];
    const body = format === 'json' ? JSON.stringify(a, null, 2) + '\n' : format === 'html' ? articleToHtml(a) : articleToMarkdown(a);
    const type = { json: 'application/json', html: 'text/html', markdown: 'text/markdown' }[format];
    const ext = { json: 'json', html: 'html', markdown: 'md' }[format];
    const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${(a.headline || 'article').slice(0, 40)}.${ext}` });
    this.#shadow.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
