"""Lays paragraphs out in a printed column and 'extracts' them as a PDF viewer or OCR would.

    Style.random(rng, lang) -> Style          a page's layout conventions
    typeset(paragraphs, style, rng) -> list   raw lines (strings, no newlines)
    display_lines(text, style, rng) -> list   a headline or deck: one line, or wrapped

The gold text of a paragraph is its source text; everything typeset() adds (hard breaks,
justification spaces, dropped indents, line-end hyphens in four spellings, radical
look-alikes) is what the reflow must undo.
"""
import re
from dataclasses import dataclass

HYPHEN_MARKS = ('-', '-', '-', '\u00ad', '\u2010', '\u00ac')
CLOSING = set('，。、；：？！”’）》」』】…,.;:?!)')
# Kangxi radicals that PDF extractors emit for the ideographs they look like.
KANGXI = {'一': '⼀', '人': '⼈', '大': '⼤', '月': '⽉', '日': '⽇', '水': '⽔', '山': '⼭', '心': '⼼',
          '工': '⼯', '子': '⼦', '女': '⼥', '力': '⼒', '长': '⻓', '门': '⻔', '见': '⻅'}


def cells(ch):
    o = ord(ch)
    if o < 0x1100:
        return 1
    if 0x2018 <= o <= 0x201F or o == 0x2026 or o == 0x2014:
        return 2
    return 2


@dataclass
class Style:
    lang: str
    width: int              # column width: cells (zh) or characters (en)
    double_spaced: bool
    indent: str             # 'drop' (first line two characters short) | 'spaces' | 'blank' (blank line between)
    justify: float          # share of full lines printed with spaces between all characters (zh)
    digit_spaces: float     # chance of a space between an ideograph and a digit run (zh)
    kangxi: float           # chance a mappable ideograph comes out as its radical (zh)
    hyphenate: bool         # split long words at line ends (en)

    @property
    def hyphen_mark(self):
        # How the extractor prints the hyphen of a split word: mostly '-', else a soft
        # hyphen, U+2010, or ABBYY's '¬'. Derived from the width, so that the random stream,
        # and with it every page, stays as it was.
        return HYPHEN_MARKS[self.width % len(HYPHEN_MARKS)]

    @property
    def column_height(self):
        # Some extractors (pdftotext among them) print a blank line where a column ends, in
        # the middle of a story as anywhere else: on a third of the pages, a column of
        # 24-63 lines. Derived from the width, like hyphen_mark, so that the random stream
        # stays as it was.
        return 0 if (self.width // 2) % 3 else 24 + (self.width * 7) % 40

    @staticmethod
    def random(rng, lang):
        if lang == 'zh':
            return Style('zh', rng.randint(6, 20) * 2, rng.random() < 0.4, rng.choice(['drop', 'drop', 'spaces']),
                         rng.choice([0.0, 0.2, 0.6]), rng.choice([0.0, 0.5, 1.0]), rng.choice([0.0, 0.0, 0.2]), False)
        return Style('en', rng.randint(28, 80), rng.random() < 0.3, rng.choice(['spaces', 'blank']),
                     0.0, 0.0, 0.0, rng.random() < 0.7)


def _zh_noise(line, style, rng, full):
    if style.kangxi:
        line = ''.join(KANGXI[c] if c in KANGXI and rng.random() < style.kangxi else c for c in line)
    if style.digit_spaces:
        line = re.sub(r'(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])',
                      lambda m: ' ' if rng.random() < style.digit_spaces else '', line)
    if full and style.justify and rng.random() < style.justify:
        # Justification spreads the glyphs of a full line; digit and Latin runs stay whole
        # ("保 障 局 2026 年 党 建").
        line = ' '.join(re.findall(r'[0-9A-Za-z.%]+|\S', line))
    return line


def _zh_lines(text, style, rng):
    lines, cur, used = [], '', 0
    cap = style.width - (4 if style.indent in ('drop', 'spaces') else 0)
    for ch in text:
        w = cells(ch)
        if used + w > cap and cur and (ch not in CLOSING or not lines and style.indent == 'drop'):
            if ch in CLOSING and len(cur) > 1:
                # Kinsoku on an indented first line: push the last character down rather
                # than hang the mark past the indent's evidence.
                lines.append(cur[:-1])
                cur, used, cap = cur[-1], cells(cur[-1]), style.width
            else:
                lines.append(cur)
                cur, used, cap = '', 0, style.width
        cur += ch
        used += w
    if cur:
        lines.append(cur)
    out = []
    for i, line in enumerate(lines):
        out.append(_zh_noise(line, style, rng, full=i < len(lines) - 1))
    if style.indent == 'spaces':
        out[0] = '\u3000\u3000' + out[0]
    return out


def _split_word(word, room, rng, mark='-'):
    """Splits word so that the first part plus a hyphen fits in room; None when it cannot."""
    if '-' in word[1:-1]:
        k = word.index('-', 1)
        if k + 1 <= room:
            return word[:k + 1], word[k + 1:]   # a compound breaks after its own hyphen
    if len(word) < 7 or not word.isalpha():
        return None
    k = min(room - 1, len(word) - 3)
    if k < 3:
        return None
    return word[:k] + mark, word[k:]


def _en_lines(text, style, rng):
    words = text.split(' ')
    lines, cur = [], ('    ' if style.indent == 'spaces' else '')
    for w in words:
        sep = '' if cur.strip() == '' else ' '
        if len(cur) + len(sep) + len(w) <= style.width:
            cur += sep + w
            continue
        if style.hyphenate:
            parts = _split_word(w, style.width - len(cur) - len(sep), rng, style.hyphen_mark)
            if parts:
                lines.append(cur + sep + parts[0])
                cur = parts[1]
                continue
        lines.append(cur)
        cur = w
    lines.append(cur)
    return lines


def typeset(paragraphs, style, rng):
    out = []
    for k, p in enumerate(paragraphs):
        if k and style.indent == 'blank':
            out.append('')
        out.extend(_zh_lines(p, style, rng) if style.lang == 'zh' else _en_lines(p, style, rng))
    if style.column_height and paragraphs:
        # Where this block starts in its column: any line (derived from its text, not drawn).
        h = style.column_height
        at = len(paragraphs[0]) % h
        broken = []
        for k, line in enumerate(out):
            broken.append(line)
            if (at + k) % h == h - 1 and k + 1 < len(out) and line and out[k + 1]:
                broken.append('')
        out = broken
    if style.double_spaced:
        spaced = []
        for line in out:
            spaced.extend([line, ''])
        out = spaced[:-1]
    return out


def display_lines(text, style, rng):
    """A headline, deck or kicker: one line, or (long ones, sometimes) two."""
    limit = style.width // 2 if style.lang == 'zh' else style.width
    if len(text) > limit and rng.random() < 0.5 and ' ' not in text[:3]:
        if style.lang == 'zh':
            half = (len(text) + 1) // 2
            return [text[:half], text[half:]]
        words = text.split(' ')
        half = (len(words) + 1) // 2
        return [' '.join(words[:half]), ' '.join(words[half:])]
    return [text]
