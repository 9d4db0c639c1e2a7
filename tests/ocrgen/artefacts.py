"""Counts what tesseract did to the pages of a run.py --keep directory, by mode (psmN).

    python3 tests/ocrgen/artefacts.py DIR [--examples N]

Texts are compared normalised (NFKC: full-width marks as their ASCII forms, "〈" as "(",
whitespace out), so that a misread mark does not hide a line's place in the gold.

  lines        non-blank lines
  blank-in     blank lines inside one gold text (a paragraph, a headline...): the line above
               and the one below it meet in that text (their 3 characters at the seam found)
  blank-out    blank lines between two gold texts
  dbl-runs     runs of 3 or more non-blank lines each parted by one blank line (the lines of a
               paragraph set as paragraphs of their own)
  noise        non-blank lines with no character pair of the gold (rules, photo boxes, specks)
  merged       lines whose first and last 4 characters are in two different gold texts and
               nowhere in one (two columns read as one line)
  cjk-gap      spaces between two CJK characters (gold: in bylines, captions and residue only)
  half-width   ASCII ( ) : ; , ! ? next to a CJK character, where the gold prints full-width marks
  heads        gold headlines found on one line / on 2-4 consecutive lines / not whole
  order        gold paragraphs found (their first 6 characters, once in the page) after a
               paragraph that comes later in the gold (out of reading order)
  hyph         English: lines ending in a hyphen after a letter; "-joined": gold has the word
               whole ("inter-" + "national"), "-kept": gold has the hyphen
"""
import argparse
import collections
import glob
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'pdfgen'))
import layout  # noqa: E402

CJK = r'\u3400-\u9fff\uf900-\ufaff'
CJK_ANY = CJK + r'\u3000-\u303f\uff00-\uffef\u2018-\u201f'


def norm(s):
    s = unicodedata.normalize('NFKC', s).replace('〈', '(').replace('〉', ')')
    s = s.replace('“', '"').replace('”', '"').replace('‘', "'").replace('’', "'")
    return re.sub(r'\s+', '', s)


def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)}


def count(mode_dir, examples):
    st = collections.Counter()
    ex = collections.defaultdict(list)
    for g in sorted(glob.glob(os.path.join(mode_dir, 'gold', '*.gold.json'))):
        raw_path = g.replace('.gold.json', '.raw.txt')
        if not os.path.exists(raw_path):
            continue
        with open(g, encoding='utf-8') as f:
            gold = json.load(f)
        with open(raw_path, encoding='utf-8') as f:
            raw = f.read().replace('\f', '')
        en = gold['lang'] == 'en'
        texts = [norm(t) for t in layout.visible_text(gold)]
        joined = '\x00'.join(texts)
        gold_pairs = bigrams(joined)
        lines = raw.split('\n')
        normed = [norm(x) for x in lines]
        st['pages'] += 1
        nonblank = [i for i, n in enumerate(normed) if n]
        for i in nonblank:
            st['lines'] += 1
            n = normed[i]
            if not (bigrams(n) & gold_pairs) and not (len(n) == 1 and n in joined):
                st['noise'] += 1
                ex['noise'].append(lines[i].strip())
            elif len(n) >= 12 and n not in joined:
                head, tail = n[:4], n[-4:]
                homes_h = {k for k, t in enumerate(texts) if head in t}
                homes_t = {k for k, t in enumerate(texts) if tail in t}
                if homes_h and homes_t and not (homes_h & homes_t):
                    st['merged'] += 1
                    ex['merged'].append(lines[i].strip())
        # Blank lines between two non-blank lines.
        for a, b in zip(nonblank, nonblank[1:]):
            if b == a + 1:
                continue
            seam = normed[a][-3:] + normed[b][:3]
            inside = any(seam in t for t in texts)
            st['blank-in' if inside else 'blank-out'] += b - a - 1
            if inside:
                ex['blank-in'].append('%s / %s' % (lines[a].strip()[-8:], lines[b].strip()[:8]))
        # Runs of lines each parted by one blank line.
        run = 1
        for a, b in zip(nonblank, nonblank[1:] + [None]):
            if b is not None and b == a + 2:
                run += 1
                continue
            if run >= 3:
                st['dbl-runs'] += 1
                st['dbl-lines'] += run
            run = 1
        st['cjk-gap'] += len(re.findall(rf'[{CJK_ANY}] +(?=[{CJK_ANY}])', raw))
        st['cjk-gap-gold'] += sum(len(re.findall(rf'[{CJK_ANY}] +(?=[{CJK_ANY}])', t)) for t in layout.visible_text(gold))
        if not en:
            hw = re.findall(rf'(?<=[{CJK}])\s*[():;,!?]|[():;,!?]\s*(?=[{CJK}])', raw)
            st['half-width'] += len(hw)
            st['half-width-gold'] += sum(len(re.findall(rf'(?<=[{CJK}])[():;,!?]|[():;,!?](?=[{CJK}])', t))
                                         for t in layout.visible_text(gold))
            st['angle'] += raw.count('〈') + raw.count('〉')
        for a in gold['articles']:
            st['headlines'] += 1
            h = norm(a['headline'])
            if any(n == h for n in normed if n):
                st['head-1'] += 1
            elif any(''.join(normed[i:j]) == h for i in nonblank for j in range(i + 2, min(i + 8, len(normed) + 1))):
                st['head-n'] += 1
            else:
                st['head-not'] += 1
                ex['head-not'].append(a['headline'])
        # Reading order of paragraphs.
        flat = norm(raw)
        seen = []
        for a in gold['articles']:
            for bl in a['blocks']:
                key = norm(bl['text'])[:6]
                if len(key) == 6 and flat.count(key) == 1 and joined.count(key) == 1:
                    seen.append(flat.find(key))
        st['order-found'] += len(seen)
        st['order-out'] += sum(1 for k in range(1, len(seen)) if seen[k] < max(seen[:k]))
        if en:
            for i in nonblank:
                m = re.search(r'([A-Za-z]+)-$', lines[i].rstrip())
                nxt = next((j for j in nonblank if j > i), None)
                if not m or nxt is None:
                    continue
                st['hyph'] += 1
                w2 = re.match(r'[A-Za-z]+', lines[nxt].strip())
                if w2 and (m.group(1) + w2.group(0)) in joined:
                    st['hyph-joined'] += 1
                elif w2 and (m.group(1) + '-' + w2.group(0)) in joined:
                    st['hyph-kept'] += 1
    return st, ex


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dir')
    ap.add_argument('--examples', type=int, default=0)
    args = ap.parse_args()
    for mode in sorted(d for d in os.listdir(args.dir) if d.startswith('psm')):
        st, ex = count(os.path.join(args.dir, mode), args.examples)
        n = max(1, st['lines'])
        print('%s: %d pages, %d lines; blank lines inside a text %d, between texts %d; %d runs of 3+ lines '
              'parted by blank lines (%d lines, %.1f%%); noise %d (%.1f%%); merged %d (%.1f%%)' % (
                  mode, st['pages'], st['lines'], st['blank-in'], st['blank-out'], st['dbl-runs'], st['dbl-lines'],
                  100 * st['dbl-lines'] / n, st['noise'], 100 * st['noise'] / n, st['merged'], 100 * st['merged'] / n))
        print('  cjk-gap %d (gold %d); half-width marks by CJK %d (gold %d), "〈〉" %d; headlines %d: one line %d, '
              '2-7 lines %d, not whole %d; paragraphs out of order %d of %d; line-end hyphens %d (gold joined %d, kept %d)' % (
                  st['cjk-gap'], st['cjk-gap-gold'], st['half-width'], st['half-width-gold'], st['angle'], st['headlines'],
                  st['head-1'], st['head-n'], st['head-not'], st['order-out'], st['order-found'], st['hyph'],
                  st['hyph-joined'], st['hyph-kept']))
        for k, v in ex.items():
            if args.examples:
                print('  %s: %s' % (k, ' | '.join(v[:args.examples])))


if __name__ == '__main__':
    main()
