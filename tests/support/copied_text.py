"""Finds text copied from ../shared into the repository.

    python3 tests/support/copied_text.py SHARED [--list]

The pages and articles in ../shared (eval-sources, corpus) are read at test and build time;
none of their text belongs in the repository. This reads every text file git tracks (code and
its comments, tests, docs, READMEs, scripts) and takes each quoted span in it: string literals
("...", and '...' in scripts), the quotes of comments and docs ("...", “...”, ‘...’, `...`,
「...」, 『...』, 《...》). It cuts a span where a test or a doc joins lines (" / ", "…", "..."),
and takes each piece whole and each sentence of it (a literal may hold one copied sentence
among composed ones). It reports each that stands, whitespace and case aside (a wire's
headline in capitals comes back in title case; a wrapped Chinese line joins the next), in one
of ../shared's texts and is a copy rather than a phrase any paper prints:
  - a piece mostly of ideographs needs 8 ideographs between two numbers (or the piece's ends):
    a credit formula, a dateline or a date form ("本报北京3月5日电", "今天（3月8日）上午")
    is parted by its figures into runs too short to count, while a head or a sentence of
    eight characters is caught; any other piece needs 20 characters;
  - fewer than four of ../shared's documents (wire stories, articles, a day's broadcast, a dev
    page with its gold) print it: what four print is a formula (an agency's or a company's
    name, a standing column's title, a slogan, "in the first quarter"), not a copy of one.
Known pieces not yet recomposed are in copied_text.known, by SHA-1 of the piece (no text), one
a line, with the file they stand in; a known piece that is gone is reported too, so that the
list only shrinks. Exit status 1 on a new piece or a stale known one. Standard library only.
"""
import bisect
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KNOWN = os.path.join(HERE, 'copied_text.known')
# A script's single-quoted strings; elsewhere an apostrophe is prose's, not a quote.
SCRIPT = re.compile(r'\.(py|js|mjs|cjs|ts|sh)$|^(dev|ci/run|bench/run)$')
# A quote in a comment or a doc may wrap: one line break inside it (not a blank line), with the
# next line's comment marks, counts as a space.
WRAPPED = r'(?:[^{close}\n]|\n(?![ \t]*\n)){{8,400}}'
SPANS = [re.compile(f'{o}({WRAPPED.format(close=c)}){c}') for o, c in
         (('"', '"'), ('“', '”'), ('‘', '’'), ('`', '`'), ('「', '」'), ('『', '』'), ('《', '》'))]
CONTINUED = re.compile(r'\n[ \t]*(?://+|#+|\*|--)?[ \t]*(?=\S)')
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.){8,})"')
SINGLE = re.compile(r"'((?:[^'\\\n]|\\.){8,})'")
PIECE = re.compile(r'\s*/\s*|…|\.\.\.')
# A test's literal may hold a copied sentence among composed ones: each sentence counts too.
SENTENCE = re.compile(r'(?<=[。！？])|(?<=[a-z][a-z][.!?]) (?=[A-Z"“])')  # (not after "U.S.")
IDEOGRAPH = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]')
NUMBER = re.compile(r'[0-9０-９]+')


WIDE = r'[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]'
WRAP = re.compile(f'(?<={WIDE}) (?={WIDE})')


def squeeze(text):
    """Whitespace as one space, and none where a line of Chinese was wrapped."""
    return WRAP.sub('', re.sub(r'\s+', ' ', text))


class Shared:
    """../shared's texts, squeezed and lower-cased, and whether a piece is copied from them.

    A document is a wire story, an article, a day's broadcast, or a dev page with its gold. A
    phrase that four documents or more print is a formula (a desk's credit, an agency's name,
    a standing column's title, a slogan), not a copy of one of them. The wire's files are most
    of the bytes and all ASCII: a piece of other characters is looked for only in the rest, and
    an ASCII piece is looked for in the wire's text only when each pair of whole words it holds
    follows one another there; in the rest, a piece is looked for only when its three-character
    grams stand there."""

    FORMULA = 4

    def __init__(self, shared):
        groups = {}
        for sub in ('eval-sources', 'corpus'):
            for base, _, files in os.walk(os.path.join(shared, sub)):
                for name in sorted(files):
                    with open(os.path.join(base, name), encoding='utf-8', errors='ignore') as f:
                        groups.setdefault((base, name.split('.')[0]), []).append(f.read())
        self.docs = []
        for texts in groups.values():
            for text in re.split(r'(?=<REUTERS )', '\n'.join(texts)):
                self.docs.append(squeeze(text).lower())
        self.ascii = ' '.join(d for d in self.docs if d.isascii())
        self.other = ' '.join(d for d in self.docs if not d.isascii())
        words = self.ascii.split(' ')
        self.pairs = set(zip(words, words[1:]))
        self.grams = {self.other[i:i + 3] for i in range(len(self.other) - 2)}

    def empty(self):
        return not (self.ascii.strip() or self.other.strip())

    def holds(self, piece):
        piece = squeeze(piece).lower()
        if all(piece[i:i + 3] in self.grams for i in range(0, len(piece) - 2, 2)) and piece in self.other:
            return True
        if not piece.isascii():
            return False
        inner = piece.split(' ')[1:-1]  # the first and last words may be cut
        if any(pair not in self.pairs for pair in zip(inner, inner[1:])):
            return False
        return piece in self.ascii

    def copied(self, piece):
        if not self.holds(piece):
            return False
        piece = squeeze(piece).lower()
        return sum(1 for doc in self.docs if piece in doc) < self.FORMULA


def long_enough(piece):
    ideographs = len(IDEOGRAPH.findall(piece))
    if ideographs * 2 >= len(piece.replace(' ', '')):
        return any(len(IDEOGRAPH.findall(run)) >= 8 for run in NUMBER.split(piece))
    return len(piece) >= 20


def text_of(path):
    """The file's text, or None for a file that is not UTF-8 text."""
    try:
        with open(os.path.join(ROOT, path), 'rb') as f:
            data = f.read()
    except OSError:
        return None
    if b'\0' in data:
        return None
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return None


def pieces(path, text):
    prose = CONTINUED.sub('\n', text)  # (as many lines as the text: line numbers hold)
    breaks = {id(t): [m.start() for m in re.finditer('\n', t)] for t in (text, prose)}
    found = [(text, LITERAL)] + [(prose, p) for p in SPANS] + ([(text, SINGLE)] if SCRIPT.search(path) else [])
    for where, pattern in found:
        for m in pattern.finditer(where):
            span = m.group(1).replace('\\n', ' ').replace('\\"', '"').replace("\\'", "'")
            line = bisect.bisect(breaks[id(where)], m.start()) + 1
            for piece in PIECE.split(squeeze(span)):
                piece = piece.strip().strip('"“”')
                sentences = [s.strip() for s in SENTENCE.split(piece)]
                for part in [piece] + (sentences if len(sentences) > 1 else []):
                    if long_enough(part):
                        yield line, part


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    source = Shared(sys.argv[1])
    if source.empty():
        print('copied_text: no texts under', sys.argv[1], '(nothing to check)')
        return 0
    files = subprocess.run(['git', 'ls-files'], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split('\n')
    known = {}
    if os.path.exists(KNOWN):
        with open(KNOWN, encoding='utf-8') as f:
            for line in f:
                if line.strip() and not line.startswith('#'):
                    digest, path = line.split()
                    known[(digest, path)] = False
    found = []
    seen = set()
    for path in sorted(p for p in files if p):
        text = text_of(path)
        if text is None:
            continue
        for line, piece in pieces(path, text):
            lowered = piece.lower()
            if (path, line, lowered) in seen:
                continue
            seen.add((path, line, lowered))
            if source.copied(piece):
                digest = hashlib.sha1(lowered.encode()).hexdigest()[:16]
                if (digest, path) in known:
                    known[(digest, path)] = True
                else:
                    found.append((path, line, digest))
    if '--list' in sys.argv:
        for path, line, digest in found:
            print(digest, path)
        return 0
    stale = [k for k, hit in known.items() if not hit]
    for path, line, _ in found:
        print(f'{path}:{line}: a piece of a text in ../shared: recompose it (same shape, text of our own)')
    for digest, path in stale:
        print(f'{KNOWN}: {digest} no longer in {path}: take it off the list')
    print(f'copied_text: {len(found)} new, {len(known) - len(stale)} known left, {len(stale)} stale')
    return 1 if found or stale else 0


if __name__ == '__main__':
    sys.exit(main())
