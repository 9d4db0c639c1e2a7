"""Generates pages, reflows them with the CLI, scores them with shared/eval/score.py.

    python3 tests/pagegen/run.py CLI SHARED [--pages N] [--seed S] [--kind reflow|segment] [--lang zh|en] [--keep DIR]
        [--side-by-side | --web-copy] [--traditional] [--curly]

Prints every figure against two lines: the target the issues set (#3, #4) and the floor
this suite holds the code to (pages of one language, --lang, have floors of their own). It exits non-zero when a figure falls below its floor: the
floors sit just under what the code measured when they were set, so a regression fails
the suite while the distance to the target stays visible.
  reflow  (one article a page): target paragraph F1 >= 0.98, CER <= 0.002
  segment (2-6 articles a page): target article F1, headline, paragraph F1 >= 0.95
Then the same pages in documents of 2 to 12 pages, each page ended by a form feed as
pdftotext prints them: every page of a document must read as it does alone. And for
segment, issues of 2 to 6 pages with stories carried from one page to a later one behind
"（下转第N版）" / "（上接第M版）" (compose.compose_issue), scored as whole documents.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compose  # noqa: E402
import sidebyside  # noqa: E402
import sources  # noqa: E402
import traditional  # noqa: E402
import typography  # noqa: E402
import webcopy  # noqa: E402

# name: (direction, target, floor)
# (The segment floors were 0.962 / 0.972 / 0.965 until a page could hold the end of a story
# begun on another page, behind its "上接" line (compose.py, 15% of pages): seed 11 then
# measured 0.9634 / 0.9698 / 0.9674, and the CLI from before such a story stopped running on
# from the one above it 0.9597 / 0.9682 / 0.9662.)
# (Raised in the fourteenth session, when seed 7 measured 0.9928 and seed 11 0.9668 / 0.9754 /
# 0.9777, from 0.98 and 0.960 / 0.967 / 0.965.)
BARS = {
    'reflow': {'paragraph_f1': ('>=', 0.98, 0.990), 'cer': ('<=', 0.002, 0.001)},
    'segment': {'article_f1': ('>=', 0.95, 0.964), 'headline_acc': ('>=', 0.95, 0.972),
                'paragraph_f1': ('>=', 0.95, 0.975)},
}

# Pages of one language (--lang), which the suite runs too: Chinese pages are what users send
# most, and a mixed set can hide a language's regression behind the other's gains. Their
# floors, set just under what the code measured when they were set (fourteenth session):
# name: floor, by (kind, lang); the targets are BARS'.
ONE_LANGUAGE_FLOORS = {
    ('reflow', 'zh'): {'paragraph_f1': 0.985, 'cer': 0.001},      # seed 13: 0.9884, 0.0001
    ('reflow', 'en'): {'paragraph_f1': 0.981, 'cer': 0.001},      # seed 13: 0.9844, 0.0001
    ('segment', 'zh'): {'article_f1': 0.965, 'headline_acc': 0.970, 'paragraph_f1': 0.974},  # seed 17: 0.9692, 0.9744, 0.9765 (19th session)
    ('segment', 'en'): {'article_f1': 0.946, 'headline_acc': 0.983, 'paragraph_f1': 0.972},  # seed 17: 0.9503, 0.9873, 0.9760 (19th session)
}

# Pages whose columns are printed side by side (--side-by-side, sidebyside.py), as
# `pdftotext -layout` prints them: read a column at a time by core/src/columns.cpp, far from
# the targets yet. Floors just under what seed 19 measured when they were set (fifteenth
# session; before the columns were read, 0.10-0.41 on every figure). Chinese raised in the
# twenty-first, when rows that a figure's line pushed right were read as their band's.
SIDE_BY_SIDE_FLOORS = {
    ('reflow', 'zh'): {'paragraph_f1': 0.825, 'cer': 0.045},      # seed 19: 0.8335, 0.0388 (21st session)
    ('reflow', 'en'): {'paragraph_f1': 0.73, 'cer': 0.12},        # seed 19: 0.7431, 0.1088 (21st session)
    ('segment', 'zh'): {'article_f1': 0.85, 'headline_acc': 0.845, 'paragraph_f1': 0.815},  # seed 19: 0.8575, 0.8548, 0.8249 (21st session)
    ('segment', 'en'): {'article_f1': 0.775, 'headline_acc': 0.82, 'paragraph_f1': 0.81},  # seed 19: 0.7794, 0.8233, 0.8138 (22nd session)
}


# Pages as copied from a web page, a block a line (--web-copy, webcopy.py). Floors just under
# what seed 23 measured when they were set (seventeenth session; before its two rules, the
# Latin pages' unwrapping and the Chinese heads stacked in unwrapped text: segment zh
# overall 0.931, headline 0.884; segment en headline 0.941; reflow en overall 0.989).
WEB_COPY_FLOORS = {
    ('reflow', 'zh'): {'paragraph_f1': 0.988, 'cer': 0.001},      # seed 23: 0.9925, 0.0001
    ('reflow', 'en'): {'paragraph_f1': 0.979, 'cer': 0.001},      # seed 23: 0.9833, 0.0001
    ('segment', 'zh'): {'article_f1': 0.977, 'headline_acc': 0.964, 'paragraph_f1': 0.993},  # seed 23: 0.9814, 0.9686, 0.9971
    ('segment', 'en'): {'article_f1': 0.957, 'headline_acc': 0.977, 'paragraph_f1': 0.989},  # seed 23: 0.9613, 0.9814, 0.9939
}


# English pages whose heads are set in sentence case (--sentence-case-heads), as most papers
# set them, not in the wire's title case: floors just under seed 17's when they were set
# (twenty-second session, 2026-12-03; before that session's rules, 0.8661, 0.8334, 0.9391).
# Raised in the twenty-third, with the roles stage's page-level sentence-case heads (seed
# 17: 0.9168, 0.9246, 0.9621 before).
SENTENCE_CASE_FLOORS = {
    ('segment', 'en'): {'article_f1': 0.942, 'headline_acc': 0.964, 'paragraph_f1': 0.971},  # seed 17: 0.9448, 0.9668, 0.9742
}


# Chinese pages in traditional characters (--traditional, traditional.py), printed plainly:
# floors just under what seed 27 measured when they were set (twenty-second session; before
# the lexicons read traditional characters, segment overall 0.80 on seeds 90 to 93, where
# the same pages in simplified characters measured 0.97).
TRADITIONAL_FLOORS = {
    ('reflow', 'zh'): {'paragraph_f1': 0.990, 'cer': 0.001},      # seed 27: 0.9944, 0.0000
    ('segment', 'zh'): {'article_f1': 0.965, 'headline_acc': 0.966, 'paragraph_f1': 0.973},  # seed 27: 0.9716, 0.9690, 0.9769
}


def bars(kind, lang, side_by_side=False, web_copy=False, sentence_case=False, traditional=False):
    """(direction, target, floor) by figure, for pages of `kind` in `lang` (None: mixed)."""
    if lang is None:
        return BARS[kind]
    floors = (SIDE_BY_SIDE_FLOORS if side_by_side else WEB_COPY_FLOORS if web_copy else
              SENTENCE_CASE_FLOORS if sentence_case else TRADITIONAL_FLOORS if traditional else
              ONE_LANGUAGE_FLOORS)[(kind, lang)]
    return {name: (op, target, floors[name]) for name, (op, target, _) in BARS[kind].items()}


# Issues of several pages with stories carried from page to page (check_issues): the
# article F1 of the whole documents, and the share of carried stories that may read as two
# articles. Seed 11 measured 0.9292 and 7 of 68 (10.3%) when they were set, 0.9310 and 6
# of 68 once lines paired on one page were parted by their answers on others; the CLI from
# before the pairing of jump lines by the number of the document's first page, 9 of 68.
# Raised in the fourteenth session (seed 11: 0.9396, 5 of 68) from 0.925 and 12%.
ISSUE_ARTICLE_FLOOR = 0.935
# ... of English issues whose heads are set in sentence case (seed 17: 0.9352, 0 of 31 split
# when set, twenty-second session; 0.9459 when raised, twenty-third).
ISSUE_ARTICLE_FLOOR_SENTENCE_CASE = 0.94
ISSUE_SPLIT_FLOOR = 0.10
# ... of Chinese issues in traditional characters (seed 27, in Chinese only since this session:
# 4 of 36 carried stories split, 11.1%, where the same issues in simplified characters split 3:
# a roundup whose credit became Taiwan's "據中央社" is read otherwise; left for a later round).
ISSUE_SPLIT_FLOOR_TRADITIONAL = 0.12


def shifted(doc, by):
    """The document's articles and residue with their line numbers moved up by `by`."""
    def ranges(rs):
        return [[a - by, b - by] for a, b in rs]
    arts = [dict(a, headline_lines=ranges(a['headline_lines']), deck_lines=[ranges(d) for d in a['deck_lines']],
                 blocks=[dict(b, lines=ranges(b['lines'])) for b in a['blocks']]) for a in doc['articles']]
    return arts, [dict(r, lines=ranges(r['lines'])) for r in doc['residue']]


# A jump line and the page it names: "（下转第3版）" / "Continued on Page 3" (onward), "（上接第1版）" /
# "Continued from Page 1" (back).
JUMP = re.compile(r'^[（(]?(?:(下转|上接)第(\d+)版|Continued (on|from) Page (\d+))[)）]?$')


def jumps_pair_across(pages):
    """Whether two pages' jump lines name each other as the CLI pairs them in a document (a
    "下转第N版" on page p and a "上接第M版" on page q > p with N - q = M - p, counted from
    0: both count the pages from one first page, the paper's N - q): drawn independently, the pages of a document may agree so by
    chance, and then two of their stories are rightly read as one."""
    lines = []
    for k, page in enumerate(pages):
        for line in page.split('\n'):
            m = JUMP.match(line.strip())
            if m:
                onward = m.group(1) == '下转' or m.group(3) == 'on'
                lines.append((k, onward, int(m.group(2) or m.group(4))))
    return any(p < q and n - q == m - p and n > q for p, onward, n in lines if onward
               for q, back, m in lines if not back)


def check_documents(cli, raws, preds, rng, out):
    """Joins consecutive pages into documents and checks that each page of a document reads
    as it does alone (unless their jump lines pair across pages: jumps_pair_across); returns
    (documents, pages that read otherwise, documents not compared)."""
    docs = wrong = paired = 0
    i = 0
    while i < len(raws):
        n = rng.randint(2, 12)
        group = list(range(i, min(i + n, len(raws))))
        i += n
        text = '\f'.join(raws[k] for k in group) + ('\f' if rng.random() < 0.5 else '')
        path = os.path.join(out, 'document%04d.raw.txt' % docs)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        whole = json.loads(subprocess.run([cli, '--format', 'json', '--compact', path],
                                          capture_output=True, check=True).stdout)
        docs += 1
        if jumps_pair_across([raws[k] for k in group]):
            paired += 1
            continue
        articles, residue = [], []
        before = 0
        for k in group:
            arts, res = shifted(preds[k], -before)
            articles += arts
            residue += res
            before += raws[k].count('\n')
        if (whole['articles'], whole['residue']) != (articles, residue):
            # (Which page went wrong: the first whose part differs.)
            wrong += 1
            print('  document %d (pages %d-%d) does not read as its pages: %s' % (docs - 1, group[0], group[-1], path))
    return docs, wrong, paired


def check_issues(cli, pool, rng, count, out, score, lang=None, traditional_seed=None):
    """Issues of 2 to 6 pages with stories carried from one page to a later one (compose_issue),
    in `lang` (None: each issue's drawn), in traditional characters when traditional_seed is given:
    scored against their gold as whole documents, and each carried story checked to be one
    article from its first paragraph to its last; returns (figures, stories, not joined)."""
    gold_dir, pred_dir = os.path.join(out, 'gold'), os.path.join(out, 'pred')
    os.makedirs(gold_dir, exist_ok=True)
    os.makedirs(pred_dir, exist_ok=True)
    stories = split = 0

    def squeeze(text):
        return ''.join(text.split())

    for i in range(count):
        iid = 'issue%04d' % i
        raw, gold, carried = compose.compose_issue(pool, rng, iid, rng.randint(2, 6), lang=lang)
        if traditional_seed is not None:
            raw, gold, config = traditional.convert(raw, gold, random.Random('%d-issue-%d' % (traditional_seed, i)))
            carried = [(traditional.characters(a, config), traditional.characters(b, config)) for a, b in carried]
        raw_path = os.path.join(gold_dir, iid + '.raw.txt')
        with open(raw_path, 'w', encoding='utf-8') as f:
            f.write(raw)
        with open(os.path.join(gold_dir, iid + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False)
        pred_json = subprocess.run([cli, '--format', 'json', '--compact', raw_path], capture_output=True, check=True).stdout
        with open(os.path.join(pred_dir, iid + '.json'), 'wb') as f:
            f.write(pred_json)
        pred = json.loads(pred_json)
        texts = [squeeze(''.join(b['text'] for b in a['blocks'])) for a in pred['articles']]
        for first, last in carried:
            stories += 1
            # (A stretch of each end: the reflow of a paragraph's text is scored elsewhere.)
            head, tail = squeeze(first)[:16], squeeze(last)[-16:]
            if not any(head in t and tail in t for t in texts):
                split += 1
                print('  %s: a story carried across pages is not one article (%s… …%s)' % (raw_path, head, tail))
    res = subprocess.run([sys.executable, score, '--gold', gold_dir, '--pred', pred_dir, '--json'],
                         capture_output=True, text=True, check=True)
    figures = json.loads(res.stdout)
    return figures.get('macro', figures), stories, split


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('cli')
    ap.add_argument('shared')
    ap.add_argument('--pages', type=int, default=300)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--kind', choices=BARS, default='reflow')
    ap.add_argument('--keep', help='write the pages and predictions here')
    ap.add_argument('--lang', choices=['zh', 'en'])
    ap.add_argument('--side-by-side', action='store_true',
                    help="print each page's columns side by side, as pdftotext -layout does (sidebyside.py)")
    ap.add_argument('--web-copy', action='store_true',
                    help='each block on a line of its own, as copied from a web page (webcopy.py)')
    ap.add_argument('--traditional', action='store_true',
                    help="Chinese pages in traditional characters, as Hong Kong and Taiwan print them (traditional.py)")
    ap.add_argument('--curly', action='store_true',
                    help="English set with curly quotes, apostrophes and em dashes, as papers print it (typography.py)")
    ap.add_argument('--sentence-case-heads', action='store_true',
                    help="English heads in sentence case, as most papers set them, not the wire's title case (typography.py)")
    args = ap.parse_args()
    if (args.side_by_side or args.web_copy) and not args.lang:
        ap.error('--side-by-side and --web-copy need --lang (their floors are by language)')
    if args.sentence_case_heads and (args.lang != 'en' or args.kind != 'segment' or args.side_by_side or args.web_copy):
        ap.error('--sentence-case-heads is for English segment pages (--lang en --kind segment), printed plainly')
    if args.side_by_side and args.web_copy:
        ap.error('--side-by-side and --web-copy are two ways to print a page: one at a time')
    if not os.path.isdir(os.path.join(args.shared, 'eval-sources')):
        print('pagegen: no eval-sources in %s: skipped' % args.shared)
        return 0
    pool = sources.articles(args.shared)
    if args.curly:
        # (The same pages as without it: no random draw changes.)
        pool = [typography.curly(a) for a in pool]
    if args.sentence_case_heads:
        # (The same pages: only the heads' letters change.)
        pool = [typography.sentence_case_head(a) for a in pool]
    if args.traditional:
        if args.lang != 'zh':
            ap.error('--traditional is for Chinese pages: --lang zh')
    rng = random.Random(args.seed)
    out = args.keep or tempfile.mkdtemp(prefix='galley-pagegen-')
    gold_dir, pred_dir = os.path.join(out, 'gold'), os.path.join(out, 'pred')
    os.makedirs(gold_dir, exist_ok=True)
    os.makedirs(pred_dir, exist_ok=True)
    raws, preds = [], []
    for i in range(args.pages):
        pid = '%s%04d' % (args.kind, i)
        make = compose.compose_single if args.kind == 'reflow' else compose.compose
        raw, gold = make(pool, rng, pid, lang=args.lang)
        if args.side_by_side:
            # (From a stream of its own: the pages are those of the same seed without it.)
            raw = sidebyside.fold(raw, random.Random('%d-%d' % (args.seed, i)), gold['lang'])
        if args.web_copy:
            raw = webcopy.unwrap(gold, random.Random('%d-%d' % (args.seed, i)))
        if args.traditional:
            # (After the printing, from a stream of its own: the same pages as without it.)
            raw, gold, _ = traditional.convert(raw, gold, random.Random('%d-%d-traditional' % (args.seed, i)))
        raws.append(raw)
        raw_path = os.path.join(gold_dir, pid + '.raw.txt')
        with open(raw_path, 'w', encoding='utf-8') as f:
            f.write(raw)
        with open(os.path.join(gold_dir, pid + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False)
        with open(os.path.join(pred_dir, pid + '.json'), 'wb') as f:
            subprocess.run([args.cli, '--format', 'json', '--compact', raw_path], stdout=f, check=True)
        with open(os.path.join(pred_dir, pid + '.json'), encoding='utf-8') as f:
            preds.append(json.load(f))
    score = os.path.join(args.shared, 'eval', 'score.py')
    res = subprocess.run([sys.executable, score, '--gold', gold_dir, '--pred', pred_dir, '--json'],
                         capture_output=True, text=True, check=True)
    figures = json.loads(res.stdout)
    macro = figures.get('macro', figures)
    failed = 0
    print('pagegen %s: %d pages (seed %d) in %s' % (args.kind, args.pages, args.seed, out))
    for name, (op, target, floor) in bars(args.kind, args.lang, args.side_by_side, args.web_copy, args.sentence_case_heads,
                                          args.traditional).items():
        value = macro[name]
        meets = (lambda bar: value >= bar) if op == '>=' else (lambda bar: value <= bar)
        failed += not meets(floor)
        print('  %-14s %.4f  target %s %.3f: %-7s floor %.3f: %s' % (
            name, value, op, target, 'met' if meets(target) else 'not met', floor, 'ok' if meets(floor) else 'BELOW'))
    print('  overall        %.4f' % macro.get('overall', float('nan')))
    doc_dir = os.path.join(out, 'documents')
    os.makedirs(doc_dir, exist_ok=True)
    docs, wrong, paired = check_documents(args.cli, raws, preds, random.Random(args.seed), doc_dir)
    print('  documents      %d of %d pages ended by form feeds, %d not reading as their pages '
          '(%d not compared: jump lines of two pages name each other): %s' % (
              docs, len(raws), wrong, paired, 'ok' if wrong == 0 else 'BELOW'))
    failed += wrong > 0
    checks = len(BARS[args.kind]) + 1
    # (Issues are composed and printed as compose.py prints them, whatever the pages' own
    # printing: a web-copy run would check the same issues as a plain run of its seed.)
    if args.kind == 'segment' and not args.web_copy:
        issues, stories, split = check_issues(args.cli, pool, random.Random(args.seed), max(1, args.pages // 5),
                                              os.path.join(out, 'issues'), score, args.lang,
                                              args.seed if args.traditional else None)
        issue_floor = ISSUE_ARTICLE_FLOOR_SENTENCE_CASE if args.sentence_case_heads else ISSUE_ARTICLE_FLOOR
        split_floor = ISSUE_SPLIT_FLOOR_TRADITIONAL if args.traditional else ISSUE_SPLIT_FLOOR
        meets = split <= split_floor * stories and issues['article_f1'] >= issue_floor
        print('  issues         %d of 2-6 pages: article F1 %.4f (floor %.3f), headline %.4f, paragraph F1 %.4f; '
              '%d stories carried across pages, %d not read as one article (floor %d%%): %s' % (
                  max(1, args.pages // 5), issues['article_f1'], issue_floor, issues['headline_acc'],
                  issues['paragraph_f1'], stories, split, split_floor * 100, 'ok' if meets else 'BELOW'))
        failed += not meets
        checks += 1
    print('%d passed, %d failed' % (checks - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
