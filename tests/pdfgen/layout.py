"""Composes newspaper pages as HTML, for Chromium to print to PDF, and their gold.

    page(pool, rng, page_id, lang[, gutter]) -> (html_fragment, gold_dict)
    document([html_fragment, ...]) -> html_text       the pages, one a sheet

A page: a masthead (paper, date, folio), then sections stacked down the page, each one of
  lead     a headline over all the columns (a kicker, a deck, a byline), its body flowed
           through 2-4 columns (CSS column-count), a photo and its caption among them;
  row      2-3 stories side by side, each a box with its headline over its own column(s);
  briefs   short stories flowed one after another through 2-4 columns, each headline over
           one column;
and a footer (editors' names, page number). Paragraphs have a first-line indent (Chinese:
2em, justified), fonts, sizes and widths vary by seed.

The gold (shared/eval/FORMAT.md) is what was composed: articles in the order a reader meets
them (sections top to bottom, boxes left to right), headline lines joined, a kicker and a
deck in deck[], the byline, paragraphs, captions and credits as blocks in print order, the
masthead and footer as residue. Texts come from tests/pagegen (sources.py, compose.py's
decks, captions, bylines, credits); nothing is copied into the repository.
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'pagegen'))
import compose  # noqa: E402

PAPERS_ZH = ['江城日报', '北方晨报', '滨海时报', '南岭日报']
PAPERS_EN = ['The Morning Ledger', 'Harbour Times', 'The Daily Courier', 'Valley Herald']
DESKS_ZH = ['要闻', '综合', '国内', '经济', '社会']
DESKS_EN = ['News', 'Business', 'World', 'Markets']
WEEKDAYS_ZH = '一二三四五六日'
WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

GLOBAL_CSS = """
@page { margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; color: #111; }
.page { break-after: page; overflow: hidden; }
"""

# One page's rules (each selector is scoped to the page's id by _scoped).
CSS = """
.page { box-sizing: border-box; padding: %(pad)dpx; width: %(width)dpx; font-family: %(body_font)s;
        font-size: %(size)dpx; line-height: %(leading).2f; }
.masthead { display: flex; justify-content: space-between; align-items: baseline;
            border-bottom: 3px double #111; margin-bottom: 12px; padding-bottom: 4px; }
.masthead .name { font-family: %(head_font)s; font-size: %(mast)dpx; font-weight: 900; }
.masthead .meta { font-size: %(small)dpx; }
footer { display: flex; justify-content: space-between; border-top: 1px solid #111; margin-top: 10px;
         padding-top: 4px; font-size: %(small)dpx; }
section { margin: 0 0 %(gap)dpx 0; padding-bottom: %(gap)dpx; border-bottom: 1px solid #999; }
h1, h2, h3 { font-family: %(head_font)s; margin: 0 0 6px 0; line-height: 1.25; font-weight: 800; }
h1 { font-size: %(h1)dpx; text-align: %(h1_align)s; }
h2 { font-size: %(h2)dpx; }
h3 { font-size: %(h3)dpx; }
.kicker { font-size: %(small)dpx; font-weight: 700; margin: 0 0 4px 0; }
.deck { font-family: %(head_font)s; font-size: %(deck)dpx; margin: 0 0 8px 0; text-align: %(h1_align)s; }
.cols { column-gap: %(colgap)dpx; %(rule)s }
p { margin: 0 0 %(parsep)s 0; text-indent: %(indent)s; text-align: %(align)s; }
p.byline, p.credit { text-indent: 0; font-weight: 700; font-size: %(small)dpx; }
p.credit { text-align: right; font-weight: 400; }
figure { margin: 4px 0 10px 0; break-inside: avoid; }
figure .photo { height: %(photo)dpx; background: #bbb; }
figcaption { font-size: %(small)dpx; line-height: 1.35; margin-top: 3px; font-family: %(head_font)s; }
.row { display: flex; gap: %(colgap)dpx; }
.row > article { min-width: 0; }
.briefs article { break-inside: %(brief_break)s; margin-bottom: 10px; }
"""


def _scoped(css, page_id):
    out = []
    for rule in css.strip().split('}'):
        if not rule.strip():
            continue
        sel, _, body = rule.partition('{')
        sels = ['#%s' % page_id if x.strip() == '.page' else '#%s %s' % (page_id, x.strip()) for x in sel.split(',')]
        out.append('%s {%s}' % (', '.join(sels), body))
    return '\n'.join(out)


def _esc(text):
    return html.escape(text, quote=False)


def _style(rng, lang, gutter):
    zh = lang == 'zh'
    size = rng.randint(13, 16) if zh else rng.randint(12, 15)
    serif = rng.random() < 0.7
    if zh:
        body = "'Noto Serif CJK SC'" if serif else "'Noto Sans CJK SC'"
        head = rng.choice(["'Noto Sans CJK SC'", "'Noto Serif CJK SC'"])
    else:
        body = rng.choice(["'DejaVu Serif'", "'DejaVu Serif Condensed'"]) if serif else "'DejaVu Sans'"
        head = rng.choice(["'DejaVu Serif'", "'DejaVu Sans'", "'DejaVu Sans Condensed'"])
    return {
        'width': rng.randrange(820, 1240, 20), 'pad': rng.randint(24, 48), 'body_font': body, 'head_font': head,
        'size': size, 'leading': rng.uniform(1.45, 1.75), 'small': size - 2, 'mast': rng.randint(34, 48),
        'gap': rng.randint(8, 16), 'h1': rng.randint(28, 40), 'h2': rng.randint(19, 25), 'h3': rng.randint(15, 18),
        'deck': rng.randint(16, 20), 'h1_align': rng.choice(['left', 'center']),
        'colgap': round(size * rng.uniform(*gutter)), 'rule': 'column-rule: 1px solid #aaa;' if rng.random() < 0.4 else '',
        'parsep': '0' if zh or rng.random() < 0.6 else '0.5em',
        'indent': '2em' if zh else rng.choice(['1em', '1.5em', '0']),
        'align': 'justify' if zh or rng.random() < 0.7 else 'left',
        'photo': rng.randint(90, 180), 'brief_break': rng.choice(['auto', 'avoid']),
    }


def _en_deck(art):
    if len(art.paragraphs) < 2:
        return None
    c = compose._clause(art.paragraphs[1], 'en', 30, 90)
    return c and c[0].upper() + c[1:]


class _Page:
    def __init__(self, pool, rng, lang):
        self.rng, self.lang = rng, lang
        self.zh = lang == 'zh'
        self.candidates = [a for a in pool if a.lang == lang]
        self.used = set()
        self.articles = []

    def pick(self, min_paras=1):
        for _ in range(200):
            a = self.rng.choice(self.candidates)
            if a.headline not in self.used and len(a.paragraphs) >= min_paras:
                self.used.add(a.headline)
                return a
        raise RuntimeError('no article left')

    def story(self, art, head_tag, max_paras, deck=True, photo=True, byline=True, credit=True):
        """The HTML of a story's head and its body's elements, and its gold article."""
        rng = self.rng
        gold = {'headline': art.headline, 'deck': [], 'blocks': []}
        head = []
        if art.kicker and rng.random() < 0.5:
            head.append('<p class="kicker">%s</p>' % _esc(art.kicker))
            gold['deck'].append(art.kicker)
        head.append('<%s>%s</%s>' % (head_tag, _esc(art.headline), head_tag))
        d = None
        if deck and rng.random() < 0.35:
            d = compose._deck(art, rng) if self.zh else _en_deck(art)
        if d:
            head.append('<p class="deck">%s</p>' % _esc(d))
            gold['deck'].append(d)
        body = []
        if byline and rng.random() < 0.4:
            b = (('本报记者 ' if rng.random() < 0.5 else '□ ') + rng.choice(compose.NAMES_ZH)) if self.zh \
                else 'By ' + rng.choice(compose.NAMES_EN)
            body.append('<p class="byline">%s</p>' % _esc(b))
            gold['blocks'].append({'kind': 'byline', 'text': b})
        paras = art.paragraphs[:rng.randint(min(2, len(art.paragraphs)), max_paras)]
        caption = compose._caption(art, rng) if photo and rng.random() < 0.35 else None
        at = rng.randint(1, len(paras)) if caption else None
        for k, p in enumerate(paras):
            if caption and k == at:
                body.append(self.figure(caption))
                gold['blocks'].append({'kind': 'caption', 'text': caption})
            body.append('<p>%s</p>' % _esc(p))
            gold['blocks'].append(compose._block(p))
        if caption and at >= len(paras):
            body.append(self.figure(caption))
            gold['blocks'].append({'kind': 'caption', 'text': caption})
        if credit and rng.random() < 0.3:
            c = rng.choice(['据新华社', '（作者单位：%s）' % rng.choice(compose.UNITS_ZH)]) if self.zh else '(Reuters)'
            body.append('<p class="credit">%s</p>' % _esc(c))
            gold['blocks'].append({'kind': 'credit', 'text': c})
        self.articles.append(gold)
        return '\n'.join(head), '\n'.join(body)

    @staticmethod
    def figure(caption):
        return '<figure><div class="photo"></div><figcaption>%s</figcaption></figure>' % _esc(caption)

    def lead(self, columns):
        head, body = self.story(self.pick(3), 'h1', self.rng.randint(4, 8))
        return '<section class="lead">%s\n<div class="cols" style="column-count:%d">%s</div></section>' % (
            head, columns, body)

    def row(self, columns):
        n = self.rng.choice([2, 2, 3]) if columns >= 3 else 2
        # Each box: one column or more of the page's grid.
        spans = [1] * n
        for _ in range(max(0, columns - n)):
            spans[self.rng.randrange(n)] += 1
        boxes = []
        for span in spans:
            head, body = self.story(self.pick(2), 'h2', self.rng.randint(2, 4 + span))
            inner = self.rng.choice([1, span]) if span > 1 else 1
            boxes.append('<article style="flex:%d">%s\n<div class="cols" style="column-count:%d">%s</div></article>' % (
                span, head, inner, body))
        return '<section class="row">%s</section>' % '\n'.join(boxes)

    def briefs(self, columns):
        items = []
        for _ in range(self.rng.randint(columns, columns + 2)):
            head, body = self.story(self.pick(1), 'h3', 2, deck=False, photo=False, byline=False)
            items.append('<article>%s\n%s</article>' % (head, body))
        return '<section class="briefs cols" style="column-count:%d">%s</section>' % (columns, '\n'.join(items))


def page(pool, rng, page_id, lang, gutter=(1.0, 3.0)):
    """An HTML page of 2-9 stories and its gold (FORMAT.md); the gap between columns is
    gutter[0]..gutter[1] times the body's font size (pdftotext reads columns closer than about
    1.5 em as one)."""
    st = _style(rng, lang, gutter)
    pg = _Page(pool, rng, lang)
    zh = lang == 'zh'
    day, weekday, folio = rng.randint(1, 28), rng.randrange(7), rng.randint(2, 16)
    residue = []
    if zh:
        mast = [rng.choice(PAPERS_ZH), '2026年3月%d日 星期%s' % (day, WEEKDAYS_ZH[weekday]),
                '第%d版 %s' % (folio, rng.choice(DESKS_ZH))]
        foot = ['责任编辑：%s' % rng.choice(compose.NAMES_ZH), '版式设计：%s' % rng.choice(compose.NAMES_ZH)]
    else:
        mast = [rng.choice(PAPERS_EN), '%s, March %d, 2026' % (WEEKDAYS_EN[weekday], day),
                'Page A%d %s' % (folio, rng.choice(DESKS_EN))]
        foot = ['Editor: %s' % rng.choice(compose.NAMES_EN), 'A%d' % folio]
    rng.shuffle(mast[1:])  # (date and folio: either on the right or in the middle)
    parts = ['<header class="masthead"><div class="name">%s</div>%s</header>' % (
        _esc(mast[0]), ''.join('<div class="meta">%s</div>' % _esc(m) for m in mast[1:]))]
    residue.extend({'kind': 'other', 'text': m} for m in mast)
    sections = []
    if rng.random() < 0.85:
        sections.append('lead')
    sections += [rng.choice(['row', 'row', 'briefs']) for _ in range(rng.randint(1, 2))]
    for kind in sections:
        columns = rng.randint(2, 4)
        parts.append(getattr(pg, kind)(columns))
    parts.append('<footer>%s</footer>' % ''.join('<div>%s</div>' % _esc(f) for f in foot))
    residue.extend({'kind': 'other', 'text': f} for f in foot)
    doc = '<style>%s</style>\n<div class="page" id="%s" lang="%s">\n%s\n</div>' % (
        _scoped(CSS % st, page_id), page_id, 'zh-CN' if zh else 'en', '\n'.join(parts))
    gold = {'id': page_id, 'lang': lang, 'articles': pg.articles, 'residue': residue,
            'generated_with': sorted(set(sections))}
    return doc, gold


def document(pages):
    """An HTML document of page() texts, each page printed on a sheet of its own."""
    return '<!doctype html>\n<html><head><meta charset="utf-8"><style>%s</style></head>\n<body>\n%s\n</body></html>\n' % (
        GLOBAL_CSS, '\n'.join(pages))


def visible_text(gold):
    """Every text of the gold (articles and residue), for the extraction check."""
    out = []
    for a in gold['articles']:
        out += [a['headline']] + a['deck'] + [b['text'] for b in a['blocks']]
    out += [r['text'] for r in gold['residue']]
    return out


def squeeze(text):
    return re.sub(r'\s+', '', text)
