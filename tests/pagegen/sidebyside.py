"""A page's columns printed side by side, as `pdftotext -layout` prints a PDF page.

compose.py writes a page the way a plain extraction reads it: one column's lines after the
other's. Here the same lines are set in 2-4 columns next to each other: the page is cut into
bands (at blank lines between blocks, and around a line too wide for a column, which spans
them as a head does), each band's lines are dealt into columns of equal height, cut wherever
a column fills (mid-paragraph, mid-sentence), and each row is padded with spaces to the next
column's character position, as pdftotext pads to a position counted in characters. The
gold is the page's own: read column by column, the text is the same.
"""

import re

_SPREAD = re.compile(r'(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])')


def _cells(line):
    return len(line)  # (pdftotext pads by characters, not by display cells)


def _rows(band, columns):
    """The band's lines dealt into `columns` columns of equal height: a list of rows."""
    height = -(-len(band) // columns)
    cols = [band[k * height:(k + 1) * height] for k in range(columns)]
    return [[c[r] if r < len(c) else '' for c in cols] for r in range(height)]


def fold(raw, rng, lang):
    """raw (a page as compose.py prints it) with its columns side by side."""
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if lang == 'zh':
        # A layout extraction places characters by their position: the spaces that a copy of
        # a justified Chinese line shows between its characters are not printed.
        lines = [_SPREAD.sub('', l) for l in lines]
    # Blank lines after every line (some extractors' double spacing) are not what a layout
    # extraction prints: one blank line stands for a gap.
    double = sum(1 for l in lines if l.strip() == '') * 5 >= len(lines) * 2
    squeezed = []
    for k, line in enumerate(lines):
        if line.strip() == '':
            if squeezed and squeezed[-1].strip() == '':
                continue
            if double and k + 1 < len(lines) and lines[k + 1].strip() != '':
                continue  # (one blank line of a double-spaced page: no gap)
        squeezed.append(line)
    text_widths = sorted(_cells(l) for l in squeezed if l.strip())
    if not text_widths:
        return raw
    # The column's width: what most lines fill (a head or caption may be wider: it spans).
    width = text_widths[int(len(text_widths) * 0.8)]
    columns = rng.choice([2, 2, 3, 3, 4])
    gutter = rng.choice([2, 3, 4] if lang == 'zh' else [2, 3, 4, 5])
    margin = ' ' * rng.choice([0, 0, 2, 4])
    out = []

    def flush(band):
        while band and band[-1].strip() == '':
            band.pop()
        while band and band[0].strip() == '':
            band.pop(0)
        if not band:
            return
        # (Columns of five lines or more: a grid of shorter columns is set as one column.
        # The reader needs four lines that show a gutter to take it for one.)
        cols = max(1, min(columns, len(band) // 5))
        for row in _rows(band, cols):
            cells = [c.rstrip() for c in row]
            line = ''
            for k, c in enumerate(cells):
                if k:
                    line = line.ljust(k * (width + gutter))
                    # (A column's text that runs past its edge pushes the next one right.)
                    if line.strip() and not line.endswith(' '):
                        line += ' '
                line += c
            out.append((margin + line).rstrip())
        out.append('')

    band = []
    for line in squeezed:
        if _cells(line) > width * 1.25 + 2:
            # Too wide for a column: it spans them, between bands.
            flush(band)
            band = []
            out.append(margin + line)
            out.append('')
            continue
        # A band ends at a blank line now and then (a story's end, a box).
        if line.strip() == '' and len(band) >= 4 * columns and rng.random() < 0.5:
            flush(band)
            band = []
            continue
        band.append(line)
    flush(band)
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n'
