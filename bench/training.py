"""Writes the pages the native build's profile is trained on (never committed): generated
pages of both languages in the layouts the test suites read (columns in turn, side by side,
web copy, traditional characters), a document of each language with a form feed after each
page, and the dev pages. Not the benchmark's inputs: other pages (another seed), so that the
benchmark does not time the text the build was tuned on.

    python3 bench/training.py SHARED OUT_DIR
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'pagegen'))
import compose  # noqa: E402
import sidebyside  # noqa: E402
import sources  # noqa: E402
import traditional  # noqa: E402
import webcopy  # noqa: E402

PAGES = 160  # a language: about 2 MB of Chinese and 1.5 MB of English


def page(pool, rng, i, lang):
    raw, gold = compose.compose(pool, rng, 't%d' % i, lang=lang)[:2]
    way = i % 8
    if way == 1:
        return sidebyside.fold(raw, random.Random(i), lang)
    if way == 2:
        return webcopy.unwrap(gold, random.Random(i))
    if way == 3 and lang == 'zh':
        return traditional.convert(raw, gold, random.Random(i))[0]
    return raw


def main():
    shared, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    pool = sources.articles(shared)
    rng = random.Random(2026)
    for lang in ('zh', 'en'):
        with open(os.path.join(out, lang + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\f'.join(page(pool, rng, i, lang) for i in range(PAGES)))
    dev = os.path.join(shared, 'corpus', 'dev')
    with open(os.path.join(out, 'dev.txt'), 'w', encoding='utf-8') as f:
        f.write('\f'.join(open(os.path.join(dev, n), encoding='utf-8').read()
                          for n in sorted(os.listdir(dev)) if n.endswith('.raw.txt')))


if __name__ == '__main__':
    main()
