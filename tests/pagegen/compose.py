"""Composes whole pages of several articles, with the furniture and disorder of real pages.

    compose(articles, rng, page_id) -> (raw_text, gold_dict)

Headlines before their bodies, after them, or clustered at the end of the page; kickers;
bylines and credits; page furniture; continuations behind a jump line or a repeated
headline. The gold follows shared/eval/FORMAT.md. Bylines, credits and furniture are
made-up conventions, not copied text.
"""
import re

from typeset import Style, display_lines, typeset

NAMES_ZH = ['王明', '李华', '张晓雯', '陈立', '赵一鸣', '刘晨光', '周宁']
NAMES_EN = ['Jane Moss', 'Peter Hale', 'Anna Ruiz', 'Tom Becker']
UNITS_ZH = ['江南大学文学院', '市发展研究中心', '省社会科学院', '北方工业大学']


# A source's own closing note of where the piece came from is a credit, as in the dev gold.
_SOURCE_CREDIT = re.compile(r'[（(](摘编自|摘自|来源[：:]|原载|作者单位|作者系).*[）)]')


def _block(text):
    return {'kind': 'credit' if _SOURCE_CREDIT.fullmatch(text) else 'paragraph', 'text': text}


def _blank(style):
    # In double-spaced text one blank line is only spacing: two separate units.
    return ['', ''] if style.double_spaced else ['']


def compose(pool, rng, page_id, lang=None, min_articles=2, max_articles=6):
    lang = lang or rng.choice(['zh', 'zh', 'en'])
    candidates = [a for a in pool if a.lang == lang]
    picked, heads = [], set()
    for a in rng.sample(candidates, min(len(candidates), 4 * max_articles)):
        # A page prints a headline once; a second print marks a continuation.
        if a.headline not in heads and len(picked) < rng.randint(min_articles, max_articles):
            picked.append(a)
            heads.add(a.headline)
    style = Style.random(rng, lang)
    lines, gold_articles, residue, cluster = [], [], [], []

    def emit(block_lines):
        if lines:
            lines.extend(_blank(style))
        lines.extend(block_lines)

    if rng.random() < 0.4:
        folio = rng.choice(['第%d版' % rng.randint(2, 16), '2026年3月%d日 星期二' % rng.randint(1, 28)]) if lang == 'zh' \
            else 'Page %d' % rng.randint(2, 40)
        emit([folio])
        residue.append({'kind': 'other', 'text': folio})

    def print_continuation(cont):
        """The rest of a cut article, behind its repeated headline or a 上接 jump line."""
        cont_gold, rest, repeated = cont
        marker = repeated if repeated else '（上接第1版）'
        emit([marker])
        residue.append({'kind': 'other', 'text': marker})
        emit(typeset(rest, style, rng))
        cont_gold['blocks'].extend(_block(p) for p in rest)

    continuation = None
    for n, art in enumerate(picked):
        placement = rng.choices(['before', 'after', 'cluster'], [0.7, 0.15, 0.15])[0] if n else 'before'
        gold = {'headline': art.headline, 'deck': [], 'blocks': []}
        head_lines = []
        if art.kicker and rng.random() < 0.5:
            head_lines.append(art.kicker)
            gold['deck'].append(art.kicker)
        head_lines.extend(display_lines(art.headline, style, rng))
        if placement == 'before':
            emit(head_lines)
        byline = None
        if rng.random() < 0.4 and placement == 'before':
            byline = ('本报记者 ' if rng.random() < 0.5 else '□ ') + rng.choice(NAMES_ZH) if lang == 'zh' \
                else 'By ' + rng.choice(NAMES_EN)
            emit([byline])
            gold['blocks'].append({'kind': 'byline', 'text': byline})
        paras = list(art.paragraphs)
        later = []
        if continuation is None and len(paras) >= 4 and placement == 'before' and rng.random() < 0.3:
            cut = rng.randint(2, len(paras) - 1)
            paras, later = paras[:cut], paras[cut:]
        emit(typeset(paras, style, rng))
        gold['blocks'].extend(_block(p) for p in paras)
        if later:
            if lang == 'zh' and rng.random() < 0.5:
                jump = '（下转第%d版）' % rng.randint(2, 9)
                emit([jump])
                residue.append({'kind': 'other', 'text': jump})
                continuation = (gold, later, None)
            else:
                continuation = (gold, later, art.headline)
        elif continuation and continuation[0] is not gold:
            print_continuation(continuation)
            continuation = False
        if rng.random() < 0.3:
            credit = (rng.choice(['据新华社', '（作者单位：%s）' % rng.choice(UNITS_ZH)]) if lang == 'zh'
                      else '(Reuters)')
            emit([credit])
            gold['blocks'].append({'kind': 'credit', 'text': credit})
        if placement == 'after':
            emit(head_lines)
        elif placement == 'cluster':
            cluster.append(head_lines)
        gold_articles.append(gold)
    if continuation:
        print_continuation(continuation)  # it never found a place: the end of the page
    for head_lines in cluster:
        emit(head_lines)
    raw = '\n'.join(lines) + '\n'
    return raw, {'id': page_id, 'lang': lang, 'articles': gold_articles, 'residue': residue}


def compose_single(pool, rng, page_id, lang=None):
    """One article, headline first: the reflow test's page."""
    lang = lang or rng.choice(['zh', 'zh', 'en'])
    art = rng.choice([a for a in pool if a.lang == lang])
    style = Style.random(rng, lang)
    lines = display_lines(art.headline, style, rng) + _blank(style) + typeset(art.paragraphs, style, rng)
    gold = {'id': page_id, 'lang': lang, 'residue': [],
            'articles': [{'headline': art.headline, 'deck': [], 'blocks': [_block(p) for p in art.paragraphs]}]}
    return '\n'.join(lines) + '\n', gold
