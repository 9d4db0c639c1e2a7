"""Newspaper pages printed to PDF by Chromium and extracted by a PDF text extractor, reflowed
by the CLI and scored with shared/eval/score.py: Galley on a real extractor's output.

    python3 tests/pdfgen/run.py CLI SHARED [--pages N] [--seed S] [--lang zh|en]
                                [--mode MODE[,MODE...]] [--gutter LO,HI] [--keep DIR]
    python3 tests/pdfgen/run.py CLI SHARED --rescore DIR [--mode ...]

Modes (MODES below): poppler's pdftotext in its three ways (default, layout: -layout, raw:
-raw), mupdf's `mutool draw -F txt` (mutool), pdfminer.six's pdf2txt (pdfminer), pdf.js's
text layer as a browser's viewer copies it (pdfjs, pdfjs.mjs); the groups `pdftotext` (its
three) and `all` (every mode).

--rescore DIR reads the extracted texts and golds a kept run left in DIR (printing Chinese
pages is slow) and only runs the CLI on them again and scores it.

Writes DIR/html/ID.html (layout.py) and DIR/pdf/ID.pdf (print.mjs, one Chromium for all
pages), then for each mode DIR/MODE/gold/ID.raw.txt (the extractor's text; pdftotext's form
feed kept) + ID.gold.json and DIR/MODE/pred/ID.json, and prints the macro figures (and
writes them to DIR/figures.json, by mode). The
extraction check compares every page's gold with its extracted text, character by
character (whitespace aside): what the extractor prints otherwise than the gold says.
Needs /usr/bin/chromium, pdftotext (poppler-utils), mutool (mupdf-tools), pdf2txt
(python3-pdfminer) for the modes that use them, and node with playwright-core and pdfjs-dist
(found in the repository's node_modules, else in GALLEY_NODE_MODULES, else /work/main's).
"""
import argparse
import collections
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'pagegen'))
sys.path.insert(0, HERE)
import layout  # noqa: E402
import sources  # noqa: E402

# mode: the extractor's command line, PDF and TXT standing for the files ('pdfjs': pdfjs.mjs, all
# the pages in one node process)
MODES = {
    'default': ['pdftotext', '-enc', 'UTF-8', 'PDF', 'TXT'],            # poppler: reading order
    'layout': ['pdftotext', '-enc', 'UTF-8', '-layout', 'PDF', 'TXT'],  # poppler: columns side by side
    'raw': ['pdftotext', '-enc', 'UTF-8', '-raw', 'PDF', 'TXT'],        # poppler: content-stream order
    'mutool': ['mutool', 'draw', '-q', '-F', 'txt', '-o', 'TXT', 'PDF'],  # mupdf: its blocks and lines
    'pdfminer': ['pdf2txt', '-o', 'TXT', 'PDF'],                        # pdfminer.six: default analysis
    'pdfjs': None,                                                      # pdf.js: a browser's copy
}
GROUPS = {'all': list(MODES), 'pdftotext': ['default', 'layout', 'raw']}
PACKAGES = {'pdftotext': 'poppler-utils', 'mutool': 'mupdf-tools', 'pdf2txt': 'python3-pdfminer', 'node': 'nodejs'}
BATCH = 20  # pages printed in one document
FIGURES = ['article_f1', 'article_f1_strict', 'headline_acc', 'paragraph_f1', 'block_kind_acc', 'cer',
           'conservation', 'overall']


def node_modules(package='playwright-core'):
    for d in [os.environ.get('GALLEY_NODE_MODULES'), os.path.join(HERE, '..', '..', 'node_modules'),
              '/work/main/node_modules']:
        if d and os.path.isdir(os.path.join(d, package)):
            return os.path.abspath(d)
    sys.exit('pdfgen: %s not found (./dev setup installs it; or set GALLEY_NODE_MODULES)' % package)


def parse_modes(spec):
    """'all', 'pdftotext' or a comma-separated list of modes."""
    modes = []
    for m in spec.split(','):
        if m not in MODES and m not in GROUPS:
            sys.exit('pdfgen: unknown mode %r (modes: %s; groups: %s)' % (m, ', '.join(MODES), ', '.join(GROUPS)))
        modes += [x for x in GROUPS.get(m, [m]) if x not in modes]
    return modes


def extract(mode, jobs, out):
    """Extracts every [pdf_path, txt_path] of jobs the way mode says."""
    if MODES[mode] is None:
        jobs_path = os.path.join(out, 'extract-%s.json' % mode)
        with open(jobs_path, 'w') as f:
            json.dump(jobs, f)
        subprocess.run(['node', os.path.join(HERE, 'pdfjs.mjs'), jobs_path], check=True,
                       env=dict(os.environ, GALLEY_NODE_MODULES=node_modules('pdfjs-dist')))
        os.remove(jobs_path)
        return
    for pdf_path, txt_path in jobs:
        cmd = [{'PDF': pdf_path, 'TXT': txt_path}.get(a, a) for a in MODES[mode]]
        res = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if res.returncode:  # (mutool warns of ICC support on every page: only a failure's stderr is shown)
            sys.exit('pdfgen: %s failed on %s:\n%s' % (cmd[0], pdf_path, res.stderr))


def extraction_check(gold, raw):
    """(characters of the gold missing from the text, characters of the text not in the gold)."""
    want = collections.Counter(layout.squeeze(''.join(layout.visible_text(gold))))
    have = collections.Counter(layout.squeeze(raw))
    return want - have, have - want


def fmt(v):
    return 'n/a' if v is None or isinstance(v, str) else '%.4f' % v


def score_mode(args, mode, pred_dir, gold_dir):
    """The macro figures of pred_dir against gold_dir, and the worst pages."""
    return score_dir(args.shared, gold_dir, pred_dir, args.worst)


def score_dir(shared, gold_dir, pred_dir, worst):
    """The macro figures of pred_dir against gold_dir (shared's score.py), and the `worst` worst pages."""
    score = os.path.join(shared, 'eval', 'score.py')
    res = subprocess.run([sys.executable, score, '--gold', gold_dir, '--pred', pred_dir, '--json'],
                         capture_output=True, text=True, check=True)
    figures = json.loads(res.stdout)
    macro = figures.get('macro', figures)
    per_page = figures.get('pages') or figures.get('per_page') or []
    if isinstance(per_page, dict):
        per_page = [dict(v, id=k) for k, v in per_page.items()]
    return macro, sorted(per_page, key=lambda p: p.get('overall', 0))[:worst]


def rescore(args):
    modes = parse_modes(args.mode)
    print('  %-8s %s' % ('mode', ' '.join('%-8s' % n.replace('_acc', '').replace('article_f1_strict', 'art_strict')
                                          for n in FIGURES)))
    for mode in modes:
        gold_dir, pred_dir = os.path.join(args.rescore, mode, 'gold'), os.path.join(args.rescore, mode, 'pred')
        if not os.path.isdir(gold_dir):
            continue
        os.makedirs(pred_dir, exist_ok=True)
        for name in sorted(os.listdir(gold_dir)):
            if name.endswith('.raw.txt'):
                with open(os.path.join(pred_dir, name[:-len('.raw.txt')] + '.json'), 'wb') as f:
                    subprocess.run([args.cli, '--format', 'json', '--compact', os.path.join(gold_dir, name)],
                                   stdout=f, check=True)
        macro, worst = score_mode(args, mode, pred_dir, gold_dir)
        print('  %-8s %s' % (mode, ' '.join('%-8s' % fmt(macro.get(n)) for n in FIGURES)))
        print('  worst %s: %s' % (mode, ', '.join('%s %.3f' % (os.path.basename(str(p.get('page'))), p.get('overall', 0))
                                                for p in worst)))
    return 0


def harness_arguments(doc, pages, kept):
    """The arguments this harness and tests/ocrgen share; `kept` names what a kept run holds besides pages."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('cli')
    ap.add_argument('shared')
    ap.add_argument('--pages', type=int, default=pages)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--lang', choices=['zh', 'en'])
    ap.add_argument('--keep', help='write pages, PDFs, %s and predictions here' % kept)
    ap.add_argument('--gutter', default='1.0,3.0',
                    help='LO,HI: the gap between columns, in body font sizes (default 1.0,3.0)')
    ap.add_argument('--worst', type=int, default=5, help='list the N worst pages of each mode')
    ap.add_argument('--rescore', metavar='DIR',
                    help='only run the CLI again on the texts a kept run left in DIR, and score it')
    return ap


def have_sources(shared, harness):
    """Whether shared holds the article texts the pages are made of (a clone without ../shared skips)."""
    if os.path.isdir(os.path.join(shared, 'eval-sources')):
        return True
    print('%s: no eval-sources in %s: skipped' % (harness, shared))
    return False


def main():
    ap = harness_arguments(__doc__, pages=40, kept='texts')
    ap.add_argument('--mode', default='default',
                    help='a mode (%s), a group (%s: every mode; pdftotext: its three) or a comma list' % (
                        ', '.join(MODES), ', '.join(GROUPS)))
    args = ap.parse_args()
    if args.rescore:
        return rescore(args)
    if not have_sources(args.shared, 'pdfgen'):
        return 0
    modes = parse_modes(args.mode)
    for tool in ['pdftotext', 'node'] + [MODES[m][0] for m in modes if MODES[m]]:
        if not shutil.which(tool):
            sys.exit('pdfgen: %s not found (./dev setup installs %s)' % (tool, PACKAGES.get(tool, tool)))
    gutter = tuple(float(x) for x in args.gutter.split(','))
    t0 = time.time()
    pool = sources.articles(args.shared)
    rng = random.Random(args.seed)
    out = os.path.abspath(args.keep or tempfile.mkdtemp(prefix='galley-pdfgen-'))
    for d in ['html', 'pdf']:
        os.makedirs(os.path.join(out, d), exist_ok=True)
    pages, fragments = [], []
    for i in range(args.pages):
        lang = args.lang or rng.choice(['zh', 'zh', 'en'])
        pid = 'pdf%s%04d' % (lang, i)
        fragment, gold = layout.page(pool, rng, pid, lang, gutter)
        with open(os.path.join(out, 'html', pid + '.html'), 'w', encoding='utf-8') as f:
            f.write(layout.document([fragment]))  # (to look at; the PDFs are printed by batch)
        pages.append((pid, gold, os.path.join(out, 'pdf', pid + '.pdf')))
        fragments.append(fragment)
    jobs = []
    for b in range(0, len(pages), BATCH):
        html_path, pdf_path = os.path.join(out, 'html', 'batch%03d.html' % b), os.path.join(out, 'pdf', 'batch%03d.pdf' % b)
        with open(html_path, 'w', encoding='utf-8') as f:
            f.write(layout.document(fragments[b:b + BATCH]))
        jobs.append([html_path, pdf_path])
    jobs_path = os.path.join(out, 'jobs.json')
    with open(jobs_path, 'w') as f:
        json.dump(jobs, f)
    subprocess.run(['node', os.path.join(HERE, 'print.mjs'), jobs_path], check=True,
                   env=dict(os.environ, GALLEY_NODE_MODULES=node_modules()))
    for b, (_, batch_pdf) in zip(range(0, len(pages), BATCH), jobs):
        for k, (pid, _, pdf_path) in enumerate(pages[b:b + BATCH]):
            subprocess.run(['pdfseparate', '-f', str(k + 1), '-l', str(k + 1), batch_pdf, pdf_path], check=True)
        os.remove(batch_pdf)
    t1 = time.time()
    score = os.path.join(args.shared, 'eval', 'score.py')
    print('pdfgen: %d pages (seed %d, %s, gutter %s em) in %s; composed and printed in %.1fs' % (
        args.pages, args.seed, args.lang or 'zh+en', args.gutter, out, t1 - t0))
    print('  %-8s %s' % ('mode', ' '.join('%-8s' % n.replace('_acc', '').replace('article_f1_strict', 'art_strict')
                                          for n in FIGURES)) + '  extraction check')
    worst, macros = {}, {}
    # The extractors run two at a time (mutool, pdfminer and pdf.js take a second or so a
    # Chinese page: their glyphs are Type 3 programs), the CLI and the scoring after them.
    for mode in modes:
        os.makedirs(os.path.join(out, mode, 'gold'), exist_ok=True)
        os.makedirs(os.path.join(out, mode, 'pred'), exist_ok=True)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for done in [pool.submit(extract, mode, [[pdf_path, os.path.join(out, mode, 'gold', pid + '.raw.txt')]
                                                 for pid, _, pdf_path in pages], out) for mode in modes]:
            done.result()
    for mode in modes:
        gold_dir, pred_dir = os.path.join(out, mode, 'gold'), os.path.join(out, mode, 'pred')
        differing, missing, extra = 0, collections.Counter(), collections.Counter()
        for pid, gold, pdf_path in pages:
            raw_path = os.path.join(gold_dir, pid + '.raw.txt')
            with open(os.path.join(gold_dir, pid + '.gold.json'), 'w', encoding='utf-8') as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
            with open(raw_path, encoding='utf-8') as f:
                raw = f.read()
            lost, added = extraction_check(gold, raw)
            if lost or added:
                differing += 1
                missing.update(lost)
                extra.update(added)
            with open(os.path.join(pred_dir, pid + '.json'), 'wb') as f:
                subprocess.run([args.cli, '--format', 'json', '--compact', raw_path], stdout=f, check=True)
        res = subprocess.run([sys.executable, score, '--gold', gold_dir, '--pred', pred_dir, '--json'],
                             capture_output=True, text=True, check=True)
        figures = json.loads(res.stdout)
        macro = figures.get('macro', figures)
        macros[mode] = macro
        check = '%d of %d pages differ' % (differing, len(pages))
        if differing:
            check += ' (gold only: %r; text only: %r)' % (
                ''.join(c for c, _ in missing.most_common(12)), ''.join(c for c, _ in extra.most_common(12)))
        print('  %-8s %s  %s' % (mode, ' '.join('%-8s' % fmt(macro.get(n)) for n in FIGURES), check))
        per_page = figures.get('pages') or figures.get('per_page') or []
        if isinstance(per_page, dict):
            per_page = [dict(v, id=k) for k, v in per_page.items()]
        worst[mode] = sorted(per_page, key=lambda p: p.get('overall', 0))[:args.worst]
    for mode in modes:
        if worst[mode]:
            print('  worst %s: %s' % (mode, ', '.join('%s %.3f' % (os.path.basename(str(p.get('page'))),
                                                                   p.get('overall', 0)) for p in worst[mode])))
    with open(os.path.join(out, 'figures.json'), 'w') as f:  # (run.sh reads the figures here)
        json.dump(macros, f, indent=1)
    print('  total %.1fs' % (time.time() - t0))
    return 0


if __name__ == '__main__':
    sys.exit(main())
