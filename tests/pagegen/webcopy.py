"""A page as a web page or an e-paper's text view gives it: a paragraph a line.

compose.py prints a page as an extractor reads a printed column, every paragraph wrapped at
the column's width. Copied from a newspaper's website, its e-paper's article view, or a tool
that already unwrapped the column, the same page has no wrapping left: each headline, deck,
byline, paragraph, caption and credit is one line, however long, and only the line breaks
and perhaps blank lines or an indent set them apart. English wire copy, whose paragraphs
are a sentence or two, then has lines of every length, and no column to measure them by.

The page is written from its gold, which stays the gold: the text is the same, in the gold's
order (folios and other furniture first), so every block of it is on a line of its own.
"""

_INDENTS = {'zh': ['', '', '\u3000\u3000', '    '], 'en': ['', '', '    ']}


def unwrap(gold, rng):
    """The page of gold (compose.py's) as a web copy gives it, in a style drawn from rng."""
    lang = gold['lang']
    blank = rng.random() < 0.5        # a blank line after every block, as most pages' HTML copies
    indent = rng.choice(_INDENTS[lang])  # paragraphs' first-line indent (none, 　　, spaces)
    lines = [item['text'] for item in gold.get('residue', [])]
    if lines and blank:
        lines.append('')
    for art in gold['articles']:
        # A kicker over the headline; a dash-led subtitle, or a deck of two clauses, under it.
        over = [d for d in art['deck'] if not d.startswith('——') and '，' not in d]
        under = [d for d in art['deck'] if d not in over]
        lines.extend(over)
        lines.append(art['headline'])
        lines.extend(under)
        if blank:
            lines.append('')
        for b in art['blocks']:
            lines.append((indent if b['kind'] == 'paragraph' else '') + b['text'])
            if blank:
                lines.append('')
    while lines and lines[-1] == '':
        lines.pop()
    return '\n'.join(lines) + '\n'
