"""Counts what the extractors did to the pages of a run.py --keep directory, by mode.

    python3 tests/pdfgen/artefacts.py DIR

  merged      non-blank lines that are no stretch of any one gold text: lines of two columns
              (or boxes) printed as one line
  one-word    lines of one word (English: justified lines cut at their wide spaces, one word
              a block)
  punct-led   lines that begin with closing CJK punctuation (-raw: Chromium sets a trimmed
              "）" "”" "：" as a run of its own, and pdftotext breaks the line before it)
  blank       blank lines (default mode: between every block; -raw: none at all)
  heads       gold headlines found whole on 1-4 consecutive lines
  cjk-gap     spaces between two CJK characters (a printed space, or two columns' seam)
  spaced      runs of 4+ CJK characters each parted by a space ("央 视 网 消 息": a justified
              line's letter spacing read as spaces)
  hyphen-lost line-end hyphens of compounds pdftotext dropped ("over-the-" + "counter")
  trail-sp    lines that end with a space (mutool, pdfminer: a word of a justified line whose
              next word the extractor put on a line of its own)
  cut-blocks  gold blocks (paragraphs, bylines, captions) not in the extracted text in one
              piece, whitespace aside: another column's lines between their lines, or their
              lines out of order (of the gold blocks)
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layout  # noqa: E402

def radicals(path='/usr/share/unicode/EquivalentUnifiedIdeograph.txt'):
    """Radicals to their unified ideographs (Debian's unicode-data): NFKC leaves most of the
    CJK Radicals Supplement ("⻩", "⻓") as they are."""
    table = {}
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.split('#')[0].strip()
                if ';' in line:
                    cps, ideo = (x.strip() for x in line.split(';'))
                    lo, _, hi = cps.partition('..')
                    for c in range(int(lo, 16), int(hi or lo, 16) + 1):
                        table[c] = chr(int(ideo, 16))
    return table


RADICALS = radicals()


def normal(s):
    return unicodedata.normalize('NFKC', s.translate(RADICALS))


CJK = r'\u3400-\u9fff\uff00-\uffef\u3000-\u303f\u2018-\u201f'


def count(mode_dir):
    st = collections.Counter()
    for g in sorted(glob.glob(os.path.join(mode_dir, 'gold', '*.gold.json'))):
        with open(g, encoding='utf-8') as f:
            gold = json.load(f)
        with open(g.replace('.gold.json', '.raw.txt'), encoding='utf-8') as f:
            raw = f.read()
        # (Radicals mapped and NFKC on both sides: a radical an extractor printed for its
        # ideograph, "⼈" for "人", "⻩" for "黄", or a ligature, "ﬁ" for "fi", is the same text.)
        raw = normal(raw)
        gold = json.loads(normal(json.dumps(gold, ensure_ascii=False)))
        texts = '\x00'.join(layout.squeeze(t) for t in layout.visible_text(gold))
        lines = raw.split('\n')
        squeezed = [layout.squeeze(x) for x in lines]
        st['pages'] += 1
        for line, sq in zip(lines, squeezed):
            if not sq:
                st['blank'] += 1
                continue
            st['lines'] += 1
            st['merged'] += sq not in texts
            st['one-word'] += len(line.split()) == 1 and gold['lang'] == 'en'
            st['punct-led'] += bool(re.match(r'\s*[）」』”’：；，。、):;,]', line))
        flat = layout.squeeze(raw)
        for a in gold['articles']:
            for b in a['blocks']:
                st['blocks'] += 1
                st['cut-blocks'] += layout.squeeze(b['text']) not in flat
        st['trail-sp'] += sum(1 for x in lines if x.strip() and x != x.rstrip(' '))
        st['cjk-gap'] += len(re.findall(rf'[{CJK}] +[{CJK}]', raw))
        st['spaced'] += len(re.findall(rf'(?:[{CJK}] ){{3,}}[{CJK}]', raw))
        want = collections.Counter(layout.squeeze(''.join(layout.visible_text(gold))))
        st['hyphen-lost'] += (want - collections.Counter(layout.squeeze(raw))).get('-', 0)
        for a in gold['articles']:
            st['headlines'] += 1
            h = layout.squeeze(a['headline'])
            st['heads'] += any(''.join(squeezed[i:j]) == h for i in range(len(squeezed)) if squeezed[i]
                               for j in range(i + 1, min(i + 5, len(squeezed) + 1)))
    return st


def main():
    root = sys.argv[1]
    print('%-8s %6s %6s %14s %14s %14s %6s %12s %7s %6s %11s %14s %12s' % (
        'mode', 'pages', 'lines', 'merged', 'one-word', 'punct-led', 'blank', 'heads', 'cjk-gap', 'spaced', 'hyphen-lost', 'trail-sp', 'cut-blocks'))
    for mode in ['default', 'layout', 'raw', 'mutool', 'pdfminer', 'pdfjs']:
        if not os.path.isdir(os.path.join(root, mode)):
            continue
        st = count(os.path.join(root, mode))
        n = max(1, st['lines'])

        def share(k):
            return '%d (%.1f%%)' % (st[k], 100 * st[k] / n)
        print('%-8s %6d %6d %14s %14s %14s %6d %12s %7d %6d %11d %14s %12s' % (
            mode, st['pages'], st['lines'], share('merged'), share('one-word'), share('punct-led'), st['blank'],
            '%d/%d' % (st['heads'], st['headlines']), st['cjk-gap'], st['spaced'], st['hyphen-lost'], share('trail-sp'), '%d/%d' % (st['cut-blocks'], st['blocks'])))


if __name__ == '__main__':
    main()
