// Types for web/galley-reader.js.
import type { Galley, Result } from './galley';

/** Dispatched with every new result; bubbles and crosses shadow roots. */
export class GalleyResultEvent extends Event {
  constructor(result: Result);
  readonly result: Result;
  readonly articles: Result['articles'];
  readonly detail: Result;
}

export class GalleyReader extends HTMLElement {
  /** Registers the element under `tag`; harmless when already registered. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof GalleyReader;
  /** The engine every reader shares (created on first use); set it to configure createGalley(). */
  static engine: Promise<Galley> | Galley;

  /** Language hint: 'auto' | 'zh' | 'en' (attribute `lang`). */
  lang: string;
  /** CJK-Latin spacing: 'keep' | 'remove' | 'add' (attribute `spacing`). */
  spacing: 'keep' | 'remove' | 'add';
  /** Plain-text flavour the Copy button puts on the clipboard (attribute `format`). */
  format: 'text' | 'markdown' | 'html';
  /** No copy or download buttons (attribute `readonly`). */
  readonly: boolean;
  /** The last result, or null. */
  readonly result: Result | null;

  /** Reflows text and shows the articles; resolves to null when superseded or failed. */
  reflow(text: string): Promise<Result | null>;
  /** Removes the articles. */
  clear(): void;
  /** Copies article `index` as text/plain and text/html. */
  copyArticle(index: number): Promise<void>;
}

declare global {
  interface HTMLElementTagNameMap {
    'galley-reader': GalleyReader;
  }
  interface HTMLElementEventMap {
    'galley-result': GalleyResultEvent;
    'galley-provenance': CustomEvent<{ lines: [number, number][] }>;
    'galley-error': CustomEvent<{ message: string }>;
  }
}
