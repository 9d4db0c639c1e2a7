"""Writes the benchmark inputs into a folder (never committed): real pages, large
documents made of many pages, and worst cases of our own design.

    python3 bench/inputs.py SHARED OUT_DIR
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'pagegen'))
import compose  # noqa: E402
import sources  # noqa: E402


def grow(pages, size, between='\f'):
    """Pages one after another up to size bytes, each ended by a form feed as pdftotext
    prints a PDF of many pages (or `between`)."""
    out, i = [], 0
    total = 0
    while total < size:
        p = pages[i % len(pages)]
        out.append(p)
        total += len(p.encode('utf-8'))
        i += 1
    return between.join(out)


def main():
    shared, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    dev = os.path.join(shared, 'corpus', 'dev')

    def write(name, text):
        with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)

    write('page-seed000', open(os.path.join(dev, 'seed000.raw.txt'), encoding='utf-8').read())
    write('page-seed002', open(os.path.join(dev, 'seed002.raw.txt'), encoding='utf-8').read())
    pool = sources.articles(shared)
    rng = random.Random(5)
    zh = [compose.compose(pool, rng, 'b', lang='zh')[0] for _ in range(120)]
    en = [compose.compose(pool, rng, 'b', lang='en')[0] for _ in range(120)]
    write('zh-1MB', grow(zh, 1 << 20))
    write('zh-10MB', grow(zh, 10 << 20))
    write('en-1MB', grow(en, 1 << 20))
    write('en-10MB', grow(en, 10 << 20))
    body = ''.join(zh[:8]).replace('\n', '')
    write('worst-one-huge-line', (body * (1 + (2 << 20) // len(body.encode('utf-8')))))
    write('worst-tiny-lines', '字\n' * 1000000)
    write('worst-headline-lines', '标题样的一行字\n\n' * 200000)
    # Pages of many layouts run together with no form feed between them (text copied out of
    # a viewer a page at a time): read as one page of mixed spacing and column widths.
    write('worst-pages-run-together', grow(zh, 4 << 20, between='\n\n'))


if __name__ == '__main__':
    main()
