"""Punctuation as English papers print it: curly quotes and apostrophes, em dashes.

    curly(article) -> Article    the same article, its straight quotes and '--' set so

The sources (Reuters' wire copy) type straight quotes and '--'; a newspaper's page prints
“…”, ‘…’, ’ and —, which Chinese text shares: the reflow must read them as the Latin
text's they stand against (no space lost beside them, none added).
"""
import re
from dataclasses import replace

_OPENS_AFTER = r'(^|[\s(\[{—])'


def _curly_text(s):
    s = re.sub(r' ?--+ ?', ' — ', s)
    s = re.sub(_OPENS_AFTER + '"', r'\1“', s).replace('"', '”')
    # An apostrophe before a digit elides ("’90s"); elsewhere a quote opens after a space.
    s = re.sub(r"'(?=\d)", '’', s)
    s = re.sub(_OPENS_AFTER + "'", r'\1‘', s).replace("'", '’')
    return s


def curly(article):
    if article.lang != 'en':
        return article
    return replace(article, headline=_curly_text(article.headline), kicker=_curly_text(article.kicker),
                   paragraphs=[_curly_text(p) for p in article.paragraphs])
