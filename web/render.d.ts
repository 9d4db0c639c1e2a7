// Types for web/render.js.
import type { Article, Format, Result } from './galley';

/** Escapes &, <, >, " and ' for HTML. */
export function escapeHtml(text: string): string;
/** One article as Markdown: its part of renderResult(result, 'markdown'). */
export function articleToMarkdown(article: Article): string;
/** Clean HTML for an editor (h2, p, em, strong, figcaption, small; every string escaped): what renderResult puts inside each <article>. */
export function articleToHtml(article: Article): string;
export function articleToText(article: Article): string;
/**
 * A whole result as the CLI's --format writes it, residue included (byte for byte for
 * 'markdown', 'html' and 'text'; 'json' is JSON.stringify's, indented by two).
 */
export function renderResult(result: Result, format?: Format): string;
