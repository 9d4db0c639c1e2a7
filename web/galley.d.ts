// Types for web/galley.js (hand-written; the contract is shared/eval/FORMAT.md).

/** Inclusive input line range, numbered from 1: [first, last]. */
export type LineRange = [number, number];

export type BlockKind = 'paragraph' | 'heading' | 'byline' | 'caption' | 'credit';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Input lines this block came from (several ranges when joined across a jump). */
  lines: LineRange[];
}

export interface Article {
  headline: string;
  deck: string[];
  blocks: Block[];
  headline_lines: LineRange[];
  deck_lines: LineRange[][];
}

export interface ResidueItem {
  kind: 'other' | string;
  /** Why it is not in an article: "furniture", "jump", "repeated-headline", ... */
  reason: string;
  text: string;
  lines: LineRange[];
}

export interface Stats {
  input_bytes: number;
  input_lines: number;
  /** Pages the input was read as, one by one: its form feeds (pdftotext's page breaks) + 1. */
  pages: number;
  invalid_bytes_replaced: number;
  control_chars_removed: number;
  byte_order_marks_removed: number;
  layout_spaces_removed: number;
  line_end_hyphens_removed: number;
  soft_hyphens_removed: number;
  zero_width_removed: number;
  characters_mapped: number;
  markup_removed: number;
  /** Lines of columns printed side by side (`pdftotext -layout`), read column by column. */
  side_by_side_lines: number;
  articles: number;
  blocks: number;
  residue_items: number;
  double_spaced: boolean;
}

export interface Warning {
  code: string;
  message: string;
}

export interface LineExplanation {
  line: number;
  role: string;
  scores: Record<string, number>;
}

export interface Result {
  lang: 'zh' | 'en' | 'mixed' | string;
  articles: Article[];
  residue: ResidueItem[];
  stats: Stats;
  warnings: Warning[];
  explanation?: LineExplanation[];
}

export interface ReflowOptions {
  /** CJK–Latin spacing: keep what the page printed, remove it, or add it (pangu). Default 'keep'. */
  spacing?: 'keep' | 'remove' | 'add';
  /** Language hint. Default 'auto'. */
  language?: 'auto' | 'zh' | 'en';
  /** Keep the input's line breaks inside paragraphs. Default false. */
  keepLineBreaks?: boolean;
  /** Return per-line role scores in result.explanation. Default false. */
  explain?: boolean;
  /** Refuse larger inputs (bytes of UTF-8). Default 64 MiB. */
  maxInputBytes?: number;
}

export interface Progress {
  phase: 'reflow' | 'done';
  done: number;
  total: number;
}

export interface CallControl {
  /** Abort the call (e.g. when newer input supersedes it); the promise rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export type Format = 'markdown' | 'html' | 'text' | 'json';

export interface Galley {
  readonly version: string;
  reflow(text: string, options?: ReflowOptions, control?: CallControl): Promise<Result>;
  /** The page as the CLI's `--format` writes it (default 'markdown'): the same bytes. */
  render(text: string, format?: Format, options?: ReflowOptions, control?: CallControl): Promise<string>;
  terminate(): void;
}

export interface GalleyInit {
  /**
   * Run long texts in a Web Worker, so that they never hold the page (default: true in
   * browsers, false under Node).
   */
  worker?: boolean;
  /**
   * With worker: true, texts of at most this many UTF-16 code units run on the calling
   * thread (a page takes a few milliseconds, and needs no worker to start); longer ones in
   * the worker, started on the first. Default 16384; 0 sends every text to the worker.
   */
  inlineLimit?: number;
  /** Maps a file name ('galley-module.cjs', 'galley-module.wasm', 'galley-worker.js') to its URL. */
  locateFile?: (file: string) => string;
}

export function createGalley(init?: GalleyInit): Promise<Galley>;

/** Replaces lone UTF-16 surrogates with U+FFFD. */
export function wellFormed(text: string): string;
