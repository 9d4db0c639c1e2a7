"""How an extractor orders a kept run's lines, measured against `pdftotext -raw`'s text of the
same pages (content-stream order, which is reading order on pdfgen's pages), and what its
order costs the CLI.

    python3 tests/pdfgen/order.py DIR [--mode pdfminer] [--cli CLI --shared SHARED]

DIR is a run.py --keep directory holding the mode and `raw`. Each extracted line is placed by
its text (whitespace aside, radicals and ligatures mapped, five characters or more, found once
in -raw's text) at the -raw line it starts in; a block is a run of lines between blank lines.

  in order     pairs of consecutive placed lines whose second is -raw's next line (or the same
               -raw line: a justified line the extractor printed a word at a time)
  next at k    where the block holding a block's next -raw line stands: k blocks later (1: the
               next block, as in reading order), k < 0 before it, none: not within 8 either
               way (a story's end, or a line not placed)
  junctions    consecutive placed lines in order ("true") and not ("false"): Chinese, whether
               the page prints the two characters that meet across them (ideographs) as a
               word elsewhere, and any three of them; Latin, whether the second opens in lower
               case after a line that ends no sentence, and after one that does

With --cli and --shared, the CLI's macro figures (article F1 / headline / paragraph F1 /
overall) on the text as extracted, with the blocks put in -raw's order (the first placed line
of each; a block with none keeps its place after the block before it), and with each block
followed at once by the block two to eight down that holds its next -raw line (the most a
rule that links a block forward to one a few down could gain). Standard library only.
"""
import argparse
import bisect
import collections
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import artefacts  # noqa: E402


def squeeze(s):
    return re.sub(r'\s+', '', artefacts.normal(s))


def ideograph(c):
    return '\u3400' <= c <= '\u9fff'


def place(raw_lines, lines):
    """For each line, the -raw line its text starts in (None: too short, not found, or twice)."""
    text, starts = '', []
    for line in raw_lines:
        starts.append(len(text))
        text += squeeze(line)
    out = []
    for line in lines:
        s = squeeze(line)
        k = text.find(s) if len(s) >= 5 else -1
        out.append(bisect.bisect_right(starts, k) - 1 if k >= 0 and text.find(s, k + 1) < 0 else None)
    return out


def blocks_of(lines):
    out, cur = [], []
    for i, line in enumerate(lines):
        if line.strip():
            cur.append(i)
        elif cur:
            out.append(cur)
            cur = []
    return out + ([cur] if cur else [])


def ends_sentence(s):
    s = s.rstrip('"\')\u201d\u2019')
    return s.endswith(('.', '?', '!'))


def measure(root, mode):
    st = collections.Counter()
    nexts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(root, mode, 'gold', '*.raw.txt'))):
        page = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        with open(os.path.join(root, 'raw', 'gold', page), encoding='utf-8') as f:
            raw = f.read().split('\n')
        at = place(raw, lines)
        text = [artefacts.normal(x).strip() for x in lines]
        words = collections.Counter()
        for x in text:
            words.update(a + b for a, b in zip(x, x[1:]) if ideograph(a) and ideograph(b))
            words.update(x[k:k + 3] for k in range(len(x) - 2))
        blocks = blocks_of(lines)
        st['pages'] += 1
        st['blocks'] += len(blocks)
        st['one-line blocks'] += sum(len(b) == 1 for b in blocks)
        for k, b in enumerate(blocks):
            last = at[b[-1]]
            if last is None:
                continue
            found = 'none'
            for step in list(range(1, 9)) + list(range(-1, -9, -1)):
                if 0 <= k + step < len(blocks) and at[blocks[k + step][0]] in (last, last + 1):
                    found = step if abs(step) <= 4 else '>4' if step > 0 else '<-4'
                    break
            nexts[found] += 1
        placed = [i for i, p in enumerate(at) if p is not None]
        for i, j in zip(placed, placed[1:]):
            if at[j] == at[i]:
                continue
            kind = 'true' if at[j] == at[i] + 1 else 'false'
            st['pairs ' + kind] += 1
            a, b = text[i], text[j]
            if ideograph(a[-1]) and ideograph(b[0]) and a[-1] not in '。！？':
                st['cjk ' + kind] += 1
                st['bigram elsewhere ' + kind] += bool(words[a[-1] + b[0]])
                st['trigram elsewhere ' + kind] += len(a) > 1 and len(b) > 1 and bool(words[a[-2:] + b[0]] or words[a[-1] + b[:2]])
            elif b[:1].isascii() and b[:1].isalpha():
                st['latin ' + kind] += 1
                low = b[:1].islower()
                st[('lower after an end ' if ends_sentence(a) else 'lower, no end ') + kind] += low
    return st, nexts


def report(root, mode):
    st, nexts = measure(root, mode)
    pairs = st['pairs true'] + st['pairs false']
    print('%s %s: %d pages, %d blocks (%d of one line)' % (root, mode, st['pages'], st['blocks'], st['one-line blocks']))
    print('  in order: %d of %d placed pairs (%.3f)' % (st['pairs true'], pairs, st['pairs true'] / max(1, pairs)))
    total = sum(nexts.values())
    print('  next at k: ' + ', '.join('%s %.3f' % (k, v / total) for k, v in sorted(nexts.items(), key=lambda kv: str(kv[0]))))
    for kind in ('true', 'false'):
        if st['cjk ' + kind]:
            n = st['cjk ' + kind]
            print('  %s junctions (Chinese, %d): bigram printed elsewhere %.3f, trigram %.3f' % (
                kind, n, st['bigram elsewhere ' + kind] / n, st['trigram elsewhere ' + kind] / n))
        if st['latin ' + kind]:
            n = st['latin ' + kind]
            print('  %s junctions (Latin, %d): lower case after no end %.3f, after an end %.3f' % (
                kind, n, st['lower, no end ' + kind] / n, st['lower after an end ' + kind] / n))


def reordered(root, mode, page, forward_only):
    with open(os.path.join(root, mode, 'gold', page), encoding='utf-8') as f:
        lines = f.read().split('\n')
    with open(os.path.join(root, 'raw', 'gold', page), encoding='utf-8') as f:
        at = place(f.read().split('\n'), lines)
    blocks = blocks_of(lines)
    if forward_only:
        after, nxt = {}, {}
        for k, b in enumerate(blocks):
            last = at[b[-1]]
            if last is None or (k + 1 < len(blocks) and at[blocks[k + 1][0]] == last + 1):
                continue
            for j in range(k + 2, min(len(blocks), k + 9)):
                if at[blocks[j][0]] == last + 1 and j not in after:
                    after[j], nxt[k] = k, j
                    break
        order, seen = [], set()
        for start in range(len(blocks)):
            k = None if start in after else start
            while k is not None and k not in seen:
                seen.add(k)
                order.append(k)
                k = nxt.get(k)
    else:
        keyed, key = [], -1.0
        for k, b in enumerate(blocks):
            placed = [at[i] for i in b if at[i] is not None]
            key = min(placed) if placed else key + 1e-3
            keyed.append((key, k))
        order = [k for _, k in sorted(keyed)]
    return '\n\n'.join('\n'.join(lines[i] for i in blocks[k]) for k in order) + '\n'


def figures(root, mode, cli, shared, how):
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = os.path.join(tmp, 'gold'), os.path.join(tmp, 'pred')
        os.makedirs(gold)
        os.makedirs(pred)
        for path in sorted(glob.glob(os.path.join(root, mode, 'gold', '*.raw.txt'))):
            page = os.path.basename(path)
            stem = page[:-len('.raw.txt')]
            text = path if how == 'as extracted' else os.path.join(gold, page)
            if how != 'as extracted':
                with open(text, 'w', encoding='utf-8') as f:
                    f.write(reordered(root, mode, page, how != 'blocks in -raw order'))
            with open(os.path.join(pred, stem + '.json'), 'wb') as f:
                subprocess.run([cli, '--format', 'json', '--compact', text], stdout=f, check=True)
            shutil.copy(path.replace('.raw.txt', '.gold.json'), gold)
        res = subprocess.run([sys.executable, os.path.join(shared, 'eval', 'score.py'), '--gold', gold, '--pred', pred, '--json'],
                             capture_output=True, text=True, check=True)
    m = json.loads(res.stdout)
    m = m.get('macro', m)
    return ' / '.join('%.3f' % m[k] for k in ('article_f1', 'headline_acc', 'paragraph_f1', 'overall'))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('dir')
    ap.add_argument('--mode', default='pdfminer')
    ap.add_argument('--cli')
    ap.add_argument('--shared')
    args = ap.parse_args()
    report(args.dir, args.mode)
    if args.cli and args.shared:
        for how in ('as extracted', 'blocks in -raw order', 'linked forward'):
            print('  CLI, %s: %s' % (how, figures(args.dir, args.mode, args.cli, args.shared, how)))


if __name__ == '__main__':
    main()
