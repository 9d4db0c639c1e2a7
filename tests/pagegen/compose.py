"""Composes whole pages of several articles, with the furniture and disorder of real pages.

    compose(articles, rng, page_id) -> (raw_text, gold_dict)

Headlines before their bodies, after them, or clustered at the end of the page; kickers
and decks; photo captions; sidebars; bylines and credits; page furniture; continuations
behind a jump line, a repeated headline, or none (a paragraph cut mid-sentence and
finished after another story); the end of a story begun on another page, behind its
"上接" line.  The gold follows shared/eval/FORMAT.md. Bylines, credits,
caption credits, sidebar labels and furniture are made-up conventions, not copied text;
decks and captions reuse a clause of their own story, as printed ones do.
"""
import random
import re

from typeset import Style, display_lines, typeset

NAMES_ZH = ['王明', '李华', '张晓雯', '陈立', '赵一鸣', '刘晨光', '周宁']
NAMES_EN = ['Jane Moss', 'Peter Hale', 'Anna Ruiz', 'Tom Becker']
UNITS_ZH = ['江南大学文学院', '市发展研究中心', '省社会科学院', '北方工业大学']
SIDEBARS_ZH = ['相关链接', '背景资料', '延伸阅读']
SIDEBARS_EN = ['Background', 'Related Story', 'Fact Box']


# A source's own closing note of where the piece came from is a credit, as in the dev gold.
_SOURCE_CREDIT = re.compile(r'[（(](摘编自|摘自|来源[：:]|原载|作者单位|作者系).*[）)]')


def _block(text):
    return {'kind': 'credit' if _SOURCE_CREDIT.fullmatch(text) else 'paragraph', 'text': text}


def _clause(paragraph, lang, lo, hi):
    """A clause of a paragraph, lo..hi characters long, for a deck or a caption; None if none fits."""
    if lang == 'zh':
        text = re.sub(r'^[^：]{0,24}：', '', paragraph)  # not the dateline
        parts = re.split(r'[，。；：！？]', text)
    else:
        parts = re.split(r'(?<=[a-z]{2})[,.;] ', paragraph)
    for part in parts:
        part = part.strip().strip('“”"')
        if lo <= len(part) <= hi and not re.search(r'[“”"（）()《》]', part):
            return part
    return None


def _deck(art, rng):
    """A subtitle under the headline: a clause from the story's second paragraph (in
    Chinese a dash-led line, or two clauses with their comma, as 副题 are printed)."""
    if len(art.paragraphs) < 2:
        return None
    if art.lang == 'zh':
        if rng.random() < 0.5:
            c = _clause(art.paragraphs[1], 'zh', 8, 22)
            return c and '——' + c
        text = re.sub(r'^[^：]{0,24}：', '', art.paragraphs[1])
        m = re.match(r'([^，。；：“”（）《》]{4,14}，[^，。；：“”（）《》]{4,14})[，。；]', text)
        return m and m.group(1)
    return None  # (wire copy prints no decks: the English sources have none to imitate)


def _caption(art, rng):
    """A photo caption: a clause of the story and a photographer's credit."""
    c = _clause(rng.choice(art.paragraphs), art.lang, 8, 18 if art.lang == 'zh' else 60)
    if not c:
        return None
    if art.lang == 'zh':
        return c + '。' + rng.choice(['新华社记者 %s 摄', '本报记者 %s摄', '%s 摄（新华社发）']) % rng.choice(NAMES_ZH)
    return c[0].upper() + c[1:].rstrip('.,;') + '. ' + rng.choice(['REUTERS/%s', '(Photo: %s)']) % rng.choice(NAMES_EN)


def _cut_mid_sentence(paragraph, rng):
    """Splits a paragraph inside a sentence (not at a mark of punctuation); None if too short."""
    spots = [k for k in range(6, len(paragraph) - 6)
             if paragraph[k - 1].isalnum() and paragraph[k].isalnum() and
             (paragraph[k - 1] != ' ' and paragraph[k] != ' ')]
    if paragraph.isascii():
        spots = [k for k in range(6, len(paragraph) - 6) if paragraph[k] == ' ' and paragraph[k - 1].isalpha()]
    if not spots:
        return None
    k = rng.choice(spots)
    return paragraph[:k].rstrip(), paragraph[k:].lstrip()


def _blank(style):
    # In double-spaced text one blank line is only spacing: two separate units.
    return ['', ''] if style.double_spaced else ['']


def compose(pool, rng, page_id, lang=None, min_articles=2, max_articles=6, jump_out=None, jump_in=None):
    """A page and its gold. For a page of an issue (compose_issue): jump_out = {'to': N}
    cuts one of its stories short behind "（下转第N版）" / "Continued on Page N" and sets
    jump_out['story'] = (its gold article, the paragraphs left out); jump_in = {'from': M,
    'head': ..., 'rest': [...]} prints such a rest behind "（上接第M版）" in place of the
    page's own piece from another page. (Their draws come from the page's second stream,
    so a page composed without them is as it always was.)"""
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
    made = set()  # which of the page's devices were used (written to the gold, ignored by score.py)

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
        """The rest of a cut article, behind its repeated headline, a 上接 jump line, or
        nothing when the cut fell inside a sentence (repeated == '')."""
        cont_gold, rest, repeated = cont
        if repeated == '':
            emit(typeset(rest, style, rng))
            # The first piece finishes a paragraph already in the gold.
            cont_gold['blocks'].extend(_block(p) for p in rest[1:])
            return
        marker = repeated if repeated else '（上接第1版）'
        emit([marker])
        residue.append({'kind': 'other', 'text': marker})
        emit(typeset(rest, style, rng))
        cont_gold['blocks'].extend(_block(p) for p in rest)

    # The end of a story begun on another page ("（上接第1版）", "Continued from Page 1"), at the
    # top of the page or after its first story, its head reprinted over it or not: an article
    # of its own here. (Drawn from a stream of its own, seeded from the page's without drawing
    # from it, so that the rest of every page is as it was before such pieces were printed.)
    own = random.Random(hash(rng.getstate()[1]))  # (a tuple of ints: the same hash every run)
    others = [a for a in candidates if a not in picked and len(a.paragraphs) >= 2]
    foreign = own.choice(others) if others and own.random() < 0.15 else None
    foreign_at = own.choice([0, 1])
    if jump_in:
        foreign = jump_in

    def print_foreign():
        if foreign is jump_in:
            rest, page, head = jump_in['rest'], jump_in['from'], jump_in['head']
        else:
            rest = foreign.paragraphs[-own.randint(1, min(3, len(foreign.paragraphs) - 1)):]
            page = own.randint(1, 4)
            head = foreign.headline if own.random() < 0.5 else ''
        marker = '（上接第%d版）' % page if lang == 'zh' else 'Continued from Page %d' % page
        made.add('from-another-page')
        if head:
            emit(display_lines(head, style, own))
            emit([marker])
        else:
            emit([marker])
        residue.append({'kind': 'other', 'text': marker})
        emit(typeset(rest, style, own))
        gold_articles.append({'headline': head, 'deck': [], 'blocks': [_block(p) for p in rest]})

    # The story cut short for another page: the first printed headline-first story long
    # enough to leave a paragraph here and one or more there.
    cut_for_later = own.randint(0, len(picked) - 1) if jump_out else None

    continuation = None
    for n, art in enumerate(picked):
        if foreign and n == foreign_at:
            print_foreign()
            foreign = None
        placement = rng.choices(['before', 'after', 'cluster'], [0.7, 0.15, 0.15])[0] if n else 'before'
        gold = {'headline': art.headline, 'deck': [], 'blocks': []}
        head_lines = []
        if art.kicker and rng.random() < 0.5:
            head_lines.append(art.kicker)
            gold['deck'].append(art.kicker)
        head_lines.extend(display_lines(art.headline, style, rng))
        deck = _deck(art, rng) if rng.random() < 0.2 else None
        if deck:
            made.add('deck')
            head_lines.append(deck)
            gold['deck'].append(deck)
        if placement == 'before':
            emit(head_lines)
        byline = None
        if rng.random() < 0.4 and placement == 'before':
            byline = ('本报记者 ' if rng.random() < 0.5 else '□ ') + rng.choice(NAMES_ZH) if lang == 'zh' \
                else 'By ' + rng.choice(NAMES_EN)
            emit([byline])
            gold['blocks'].append({'kind': 'byline', 'text': byline})
        paras = list(art.paragraphs)
        jumped = []
        if cut_for_later is not None and n >= cut_for_later and placement == 'before' and len(paras) >= 2 \
                and 'story' not in jump_out:
            jumped = paras[-own.randint(1, min(3, len(paras) - 1)):]
            paras = paras[:len(paras) - len(jumped)]
            jump_out['story'] = (gold, jumped)
            made.add('to-another-page')
        later = []
        silent = None  # (head of the cut paragraph, its tail): the tail is printed later, unmarked
        if not jumped and continuation is None and len(paras) >= 4 and placement == 'before' and rng.random() < 0.3:
            cut = rng.randint(2, len(paras) - 1)
            paras, later = paras[:cut], paras[cut:]
            if rng.random() < 0.35:
                silent = _cut_mid_sentence(later[0], rng)
                made.add('silent-cut' if silent else 'cut')
            else:
                made.add('cut')
        printed = paras + ([silent[0]] if silent else [])
        caption = _caption(art, rng) if rng.random() < 0.2 else None
        at = rng.randint(1, len(paras)) if caption else None  # printed after `at` paragraphs
        block_lines = typeset(printed[:at] if caption else printed, style, rng)
        if caption:
            made.add('caption')
            # (Set under its photo at the photo's width: one line, unlike the column's text.)
            block_lines += _blank(style) + [caption] + _blank(style) + \
                (typeset(printed[at:], style, rng) if printed[at:] else [])
            while block_lines and block_lines[-1] == '':
                block_lines.pop()
        emit(block_lines)
        for k, p in enumerate(paras):
            if caption and k == at:
                gold['blocks'].append({'kind': 'caption', 'text': caption})
            gold['blocks'].append(_block(p))
        if caption and at >= len(paras):
            gold['blocks'].append({'kind': 'caption', 'text': caption})
        if silent:
            gold['blocks'].append(_block(later[0]))
            later = [silent[1]] + later[1:]
        if later:
            if silent:
                continuation = (gold, later, '')
            elif lang == 'zh' and rng.random() < 0.5:
                jump = '（下转第%d版）' % rng.randint(2, 9)
                emit([jump])
                residue.append({'kind': 'other', 'text': jump})
                continuation = (gold, later, None)
            else:
                continuation = (gold, later, art.headline)
        # The rest of a story cut earlier is printed once this one is complete (its credit,
        # its box, its head when printed after it): pages run a continuation after a story.
        if jumped:
            jump = '（下转第%d版）' % jump_out['to'] if lang == 'zh' else 'Continued on Page %d' % jump_out['to']
            emit([jump])
            residue.append({'kind': 'other', 'text': jump})
        continue_here = not later and continuation and continuation[0] is not gold
        if not jumped and rng.random() < 0.3 and not later:  # (a credit closes an article: not before its continuation)
            credit = (rng.choice(['据新华社', '（作者单位：%s）' % rng.choice(UNITS_ZH)]) if lang == 'zh'
                      else '(Reuters)')
            emit([credit])
            gold['blocks'].append({'kind': 'credit', 'text': credit})
        if placement == 'before' and not later and rng.random() < 0.08:
            others = [a for a in candidates if a not in picked]
            if others:
                side = rng.choice(others)
                made.add('sidebar')
                # A box's label ("相关链接") or a headline of its own.
                label = rng.choice(SIDEBARS_ZH if lang == 'zh' else SIDEBARS_EN) if rng.random() < 0.5 else side.headline
                side_paras = side.paragraphs[:rng.randint(1, 2)]
                emit([label])
                emit(typeset(side_paras, style, rng))
                gold_articles.append(gold)
                gold = {'headline': label, 'deck': [], 'blocks': [_block(p) for p in side_paras]}
        if placement == 'after':
            emit(head_lines)
        elif placement == 'cluster':
            cluster.append(head_lines)
        gold_articles.append(gold)
        if continue_here:
            print_continuation(continuation)
            continuation = False
    if continuation:
        print_continuation(continuation)  # it never found a place: the end of the page
    if foreign:
        print_foreign()
    for head_lines in cluster:
        emit(head_lines)
    raw = '\n'.join(lines) + '\n'
    return raw, {'id': page_id, 'lang': lang, 'articles': gold_articles, 'residue': residue,
                 'generated_with': sorted(made)}


def compose_single(pool, rng, page_id, lang=None):
    """One article, headline first: the reflow test's page."""
    lang = lang or rng.choice(['zh', 'zh', 'en'])
    art = rng.choice([a for a in pool if a.lang == lang])
    style = Style.random(rng, lang)
    lines = display_lines(art.headline, style, rng) + _blank(style) + typeset(art.paragraphs, style, rng)
    gold = {'id': page_id, 'lang': lang, 'residue': [],
            'articles': [{'headline': art.headline, 'deck': [], 'blocks': [_block(p) for p in art.paragraphs]}]}
    return '\n'.join(lines) + '\n', gold


def compose_issue(pool, rng, issue_id, pages, lang=None):
    """Pages of one issue, each ended by a form feed, with stories carried from one page to a
    later one: cut short behind "（下转第N版）" and ended behind "（上接第M版）", their head
    reprinted over the rest or not. Returns the text, the gold of the whole document (each
    carried story one article, at its first part's place; the jump lines and a reprinted
    head in the residue) and how many stories were carried."""
    lang = lang or rng.choice(['zh', 'zh', 'en'])
    # Which pages send a story on, and to which later page (at most one each way a page).
    jumps = {}
    for at in range(pages - 1):
        if rng.random() < 0.6:
            to = rng.randint(at + 1, pages - 1)
            if to not in jumps.values():
                jumps[at] = to
    raws, golds, outs = [], [], {}
    arriving = {}
    for k in range(pages):
        out = {'to': jumps[k] + 1} if k in jumps else None
        raw, gold = compose(pool, rng, '%s-p%d' % (issue_id, k + 1), lang=lang, jump_out=out, jump_in=arriving.get(k))
        if out and 'story' in out:
            outs[k] = out
            story, rest = out['story']
            arriving[jumps[k]] = {'from': k + 1, 'rest': rest, 'head': story['headline'] if rng.random() < 0.5 else '',
                                  'story': story}
        raws.append(raw)
        golds.append(gold)
    articles, residue, carried = [], [], []
    for k, gold in enumerate(golds):
        piece = arriving.get(k)
        for art in gold['articles']:
            if piece and art['blocks'] and art['blocks'][0]['text'] == piece['rest'][0] and \
                    art['headline'] == piece['head'] and len(art['blocks']) == len(piece['rest']):
                # The rest joins its story; a reprinted head is furniture here.
                piece['story']['blocks'].extend(art['blocks'])
                if piece['head']:
                    residue.append({'kind': 'other', 'text': piece['head']})
                first = next(b['text'] for b in piece['story']['blocks'] if b['kind'] == 'paragraph')
                carried.append((first, piece['rest'][-1]))
                piece = None
                continue
            articles.append(art)
        residue.extend(gold['residue'])
    # (A story's rest that found no page of the issue to be printed on: its jump line stays,
    # and the story ends where it was cut.)
    raw = ''.join(r + '\f' for r in raws)
    return raw, {'id': issue_id, 'lang': lang, 'articles': articles, 'residue': residue}, carried
