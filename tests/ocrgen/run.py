"""Newspaper pages printed to PDF by Chromium, rasterised by pdftoppm, read back by tesseract
(OCR), reflowed by the CLI and scored with shared/eval/score.py: Galley on real OCR output.

    python3 tests/ocrgen/run.py CLI SHARED [--pages N] [--seed S] [--lang zh|en] [--dpi LO,HI]
                                [--psm 3[,6...]] [--jobs J] [--gutter LO,HI] [--keep DIR] [--worst N]
    python3 tests/ocrgen/run.py CLI SHARED --rescore DIR

The pages are tests/pdfgen's (layout.py composes them with their gold, print.mjs prints them:
the same seed gives the same pages as pdfgen's run.py). Each page is rasterised in grey at a
resolution drawn per page between --dpi LO and HI (default 150,300; a second random stream, so
that the pages do not change with it) and read by tesseract with chi_sim (Chinese pages) or eng,
once per page segmentation mode of --psm (default 3, tesseract's own default: automatic page
segmentation). Tesseract runs single-threaded (OMP_THREAD_LIMIT=1), --jobs pages at a time
(default 2).

--rescore DIR reads the OCR texts and golds a kept run left in DIR (OCR is slow) and only runs
the CLI on them again and scores it.

Writes DIR/html/ID.html, DIR/pdf/batchNNN.pdf, DIR/img/ID.png (the grey raster), DIR/pages.json
(each page's sheet, resolution and language), and for each mode psmN/gold/ID.raw.txt (what
tesseract printed) + ID.gold.json and psmN/pred/ID.json, and prints the macro figures.

The OCR check compares each page's gold with its OCR text as multisets of characters,
whitespace aside: "lost" is the share of the gold's characters the text lacks, "added" the
share of the text's characters the gold lacks (a misread character is one of each). Their mean
is the OCR's own character error, whatever the column order; it bounds what the CLI's CER can
reach. Needs tesseract (tesseract-ocr, -eng, -chi-sim), pdftoppm (poppler-utils),
/usr/bin/chromium and node with playwright-core, as tests/pdfgen does. Standard library only.
"""
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
PDFGEN = os.path.join(HERE, '..', 'pdfgen')
sys.path.insert(0, os.path.join(HERE, '..', 'pagegen'))
sys.path.insert(0, PDFGEN)
import importlib.util  # noqa: E402
import layout  # noqa: E402
import sources  # noqa: E402

# pdfgen's run.py (by its path: this file is run.py too) for what the two harnesses share:
# the figures, printing batches, node_modules, scoring a directory.
_spec = importlib.util.spec_from_file_location('pdfgen_run', os.path.join(PDFGEN, 'run.py'))
pdfgen_run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfgen_run)
BATCH, FIGURES, fmt, score_dir = pdfgen_run.BATCH, pdfgen_run.FIGURES, pdfgen_run.fmt, pdfgen_run.score_dir
TESS_LANG = {'zh': 'chi_sim', 'en': 'eng'}


def ocr_check(gold, raw):
    """(gold characters, characters of the gold the text lacks, characters of the text the gold lacks)."""
    want = collections.Counter(layout.squeeze(''.join(layout.visible_text(gold))))
    have = collections.Counter(layout.squeeze(raw))
    return sum(want.values()), want - have, have - want


def header():
    return '  %-6s %s' % ('mode', ' '.join('%-8s' % n.replace('_acc', '').replace('article_f1_strict', 'art_strict')
                                          for n in FIGURES))


def run_cli(cli, raw_path, pred_path, pid):
    with open(pred_path, 'wb') as f:
        subprocess.run([cli, '--format', 'json', '--compact', '--id', pid, raw_path], stdout=f, check=True)


def check_line(checks):
    """The OCR check's summary over pages: [(gold chars, lost Counter, added Counter), ...]."""
    n = sum(c[0] for c in checks)
    lost, added = collections.Counter(), collections.Counter()
    for _, lo, ad in checks:
        lost.update(lo)
        added.update(ad)
    nl, na = sum(lost.values()), sum(added.values())
    return 'OCR check: %d chars, lost %.2f%%, added %.2f%%, char error ~%.2f%% (lost most: %r; added most: %r)' % (
        n, 100.0 * nl / max(n, 1), 100.0 * na / max(n, 1), 50.0 * (nl + na) / max(n, 1),
        ''.join(c for c, _ in lost.most_common(12)), ''.join(c for c, _ in added.most_common(12)))


def report(args, out, modes, pids, t0):
    """Runs the CLI on every mode's OCR texts, scores them and prints the figures."""
    print(header())
    worst = {}
    for mode in modes:
        gold_dir, pred_dir = os.path.join(out, mode, 'gold'), os.path.join(out, mode, 'pred')
        if not os.path.isdir(gold_dir):
            continue
        os.makedirs(pred_dir, exist_ok=True)
        checks = []
        for pid in pids:
            raw_path = os.path.join(gold_dir, pid + '.raw.txt')
            if not os.path.exists(raw_path):
                continue
            with open(os.path.join(gold_dir, pid + '.gold.json'), encoding='utf-8') as f:
                gold = json.load(f)
            with open(raw_path, encoding='utf-8') as f:
                checks.append(ocr_check(gold, f.read()))
            run_cli(args.cli, raw_path, os.path.join(pred_dir, pid + '.json'), pid)
        macro, worst[mode] = score_dir(args.shared, gold_dir, pred_dir, args.worst)
        print('  %-6s %s' % (mode, ' '.join('%-8s' % fmt(macro.get(n)) for n in FIGURES)))
        print('         %s' % check_line(checks))
    for mode in modes:
        if worst.get(mode):
            print('  worst %s: %s' % (mode, ', '.join('%s %.3f' % (os.path.basename(str(p.get('page'))),
                                                                   p.get('overall', 0)) for p in worst[mode])))
    print('  total %.1fs' % (time.time() - t0))


def rescore(args):
    t0 = time.time()
    modes = sorted(d for d in os.listdir(args.rescore) if d.startswith('psm'))
    pids = set()
    for mode in modes:
        pids.update(n[:-len('.raw.txt')] for n in os.listdir(os.path.join(args.rescore, mode, 'gold'))
                    if n.endswith('.raw.txt'))
    if args.lang:
        pids = {p for p in pids if p.startswith('ocr' + args.lang)}
    print('ocrgen: rescoring %d pages in %s' % (len(pids), args.rescore))
    report(args, args.rescore, modes, sorted(pids), t0)
    return 0


def ocr(page, out, psms):
    """Rasterises one page and reads it with tesseract in each mode; returns the seconds spent."""
    t = time.time()
    img = os.path.join(out, 'img', page['id'])
    subprocess.run(['pdftoppm', '-f', str(page['sheet']), '-l', str(page['sheet']), '-r', str(page['dpi']),
                    '-gray', '-png', '-singlefile', os.path.join(out, 'pdf', page['pdf']), img],
                   check=True, stderr=subprocess.DEVNULL)  # (poppler warns of Chromium's Type 3 glyphs' boxes)
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    for psm in psms:
        raw_path = os.path.join(out, 'psm%d' % psm, 'gold', page['id'] + '.raw.txt')
        with open(raw_path, 'wb') as f:
            subprocess.run(['tesseract', img + '.png', 'stdout', '-l', TESS_LANG[page['lang']], '--psm', str(psm)],
                           stdout=f, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.time() - t


def main():
    ap = pdfgen_run.harness_arguments(__doc__, pages=20, kept='images, OCR texts')
    ap.add_argument('--dpi', default='150,300', help='LO,HI: the raster resolution, drawn per page (default 150,300)')
    ap.add_argument('--psm', default='3', help='tesseract page segmentation modes, comma-separated (default 3)')
    ap.add_argument('--jobs', type=int, default=2, help='pages read at a time (default 2)')
    args = ap.parse_args()
    if args.rescore:
        return rescore(args)
    if not pdfgen_run.have_sources(args.shared, 'ocrgen'):
        return 0
    for tool in ['tesseract', 'pdftoppm', 'node']:
        if not shutil.which(tool):
            sys.exit('ocrgen: %s not found (./dev setup installs tesseract-ocr and poppler-utils)' % tool)
    psms = [int(x) for x in args.psm.split(',')]
    dpi_lo, dpi_hi = (int(x) for x in args.dpi.split(','))
    gutter = tuple(float(x) for x in args.gutter.split(','))
    t0 = time.time()
    pool = sources.articles(args.shared)
    rng = random.Random(args.seed)
    dpi_rng = random.Random('ocrgen-dpi-%d' % args.seed)
    out = os.path.abspath(args.keep or tempfile.mkdtemp(prefix='galley-ocrgen-'))
    for d in ['html', 'pdf', 'img'] + ['psm%d/gold' % p for p in psms] + ['psm%d/pred' % p for p in psms]:
        os.makedirs(os.path.join(out, d), exist_ok=True)
    pages, fragments = [], []
    for i in range(args.pages):
        lang = args.lang or rng.choice(['zh', 'zh', 'en'])
        pid = 'ocr%s%04d' % (lang, i)
        fragment, gold = layout.page(pool, rng, pid, lang, gutter)
        gold['id'] = pid
        with open(os.path.join(out, 'html', pid + '.html'), 'w', encoding='utf-8') as f:
            f.write(layout.document([fragment]))  # (to look at; the PDFs are printed by batch)
        for p in psms:
            with open(os.path.join(out, 'psm%d' % p, 'gold', pid + '.gold.json'), 'w', encoding='utf-8') as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
        pages.append({'id': pid, 'lang': lang, 'pdf': 'batch%03d.pdf' % (i - i % BATCH), 'sheet': i % BATCH + 1,
                      'dpi': dpi_rng.randint(dpi_lo, dpi_hi)})
        fragments.append(fragment)
    with open(os.path.join(out, 'pages.json'), 'w') as f:
        json.dump(pages, f, indent=1)
    jobs = []
    for b in range(0, len(pages), BATCH):
        html_path = os.path.join(out, 'html', 'batch%03d.html' % b)
        with open(html_path, 'w', encoding='utf-8') as f:
            f.write(layout.document(fragments[b:b + BATCH]))
        jobs.append([html_path, os.path.join(out, 'pdf', 'batch%03d.pdf' % b)])
    jobs_path = os.path.join(out, 'jobs.json')
    with open(jobs_path, 'w') as f:
        json.dump(jobs, f)
    subprocess.run(['node', os.path.join(PDFGEN, 'print.mjs'), jobs_path], check=True,
                   env=dict(os.environ, GALLEY_NODE_MODULES=pdfgen_run.node_modules()))
    t1 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        spent = list(ex.map(lambda p: ocr(p, out, psms), pages))
    t2 = time.time()
    print('ocrgen: %d pages (seed %d, %s, %s dpi, psm %s) in %s; composed and printed in %.1fs, '
          'rasterised and read in %.1fs (%.1fs a page and mode)' % (
              args.pages, args.seed, args.lang or 'zh+en', args.dpi, args.psm, out, t1 - t0, t2 - t1,
              sum(spent) / max(1, len(spent) * len(psms))))
    report(args, out, ['psm%d' % p for p in psms], [p['id'] for p in pages], t0)
    if not args.keep:
        shutil.rmtree(out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
