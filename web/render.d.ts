// Types for web/render.js.
import type { Article, Format, Result } from './galley';

/** Escapes &, <, >, " and ' for HTML. */
export function escapeHtml(text: string): string;
export function articleToMarkdown(article: Article): string;
/** Clean HTML for an editor: h2, p, figcaption, small; every string escaped. */
export function articleToHtml(article: Article): string;
export function articleToText(article: Article): string;
export function renderResult(result: Result, format?: Format): string;
