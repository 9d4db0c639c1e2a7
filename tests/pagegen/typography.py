"""Punctuation and heads as English papers print them: curly quotes and apostrophes, em
dashes; heads in sentence case.

    curly(article) -> Article                the same article, its straight quotes and '--' set so
    sentence_case_head(article) -> Article   the same article, its head in sentence case

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


def sentence_case_head(article):
    """The head as most papers now set it: "Port board appoints Maria Lopez as chair", not
    "Port Board Appoints Maria Lopez As Chair" (the wire's title case). The first word keeps its
    capital; so do names (words the story itself capitalises inside a sentence), initialisms
    and tickers ("U.S.", "<Namg>"); every other word is set in lower case."""
    if article.lang != 'en' or not article.headline:
        return article
    names = set()
    for p in article.paragraphs:
        words = p.split()
        for before, word in zip(words, words[1:]):
            bare = re.sub(r'\W', '', word)
            if bare[:1].isupper() and not re.search(r'[.!?][\'"”’]?$', before):
                names.add(bare.lower())

    def kept(word):
        bare = re.sub(r'\W', '', word)
        return word.startswith('<') or (len(bare) > 1 and bare.isupper()) or bare.lower() in names

    first, *rest = article.headline.split(' ')
    return replace(article, headline=' '.join([first] + [w if kept(w) else w.lower() for w in rest]))
