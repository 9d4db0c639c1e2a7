"""Finds text copied from ../shared into the repository's code and tests.

    python3 tests/support/copied_text.py SHARED [--list]

The pages and articles in ../shared (eval-sources, corpus) are read at test and build time;
none of their text belongs in the repository. This reads every string literal of 12
characters or more in the code, the tests and the demo, cuts it where a test joins lines
(" / ", "…"), and reports each piece of 20 characters or more that stands, whitespace and case aside
(a wire's headline in capitals comes back in title case), in one of ../shared's texts. Known pieces not yet recomposed are in copied_text.known, by
SHA-1 of the piece (no text), one a line, with the file they stand in; a known piece that is
gone is reported too, so that the list only shrinks. Exit status 1 on a new piece or a stale
known one. Standard library only.
"""
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KNOWN = os.path.join(HERE, 'copied_text.known')
# Code, tests and what the demo ships; not docs, whose analyses quote a few words of a page.
SCANNED = re.compile(r'^(core|cli|wasm|web|demo|bench|fuzz|tests)/.*\.(cpp|hpp|h|c|js|mjs|cjs|py|html|css)$')
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.){12,})"')
PIECE = re.compile(r'\s*/\s*|…|\.\.\.')


def squeeze(text):
    return re.sub(r'\s+', ' ', text)


def shared_text(shared):
    parts = []
    for sub in ('eval-sources', 'corpus'):
        for base, _, files in os.walk(os.path.join(shared, sub)):
            for name in files:
                with open(os.path.join(base, name), encoding='utf-8', errors='ignore') as f:
                    parts.append(f.read())
    return squeeze('\n'.join(parts)).lower()


def pieces(path):
    with open(os.path.join(ROOT, path), encoding='utf-8', errors='ignore') as f:
        text = f.read()
    for m in LITERAL.finditer(text):
        literal = squeeze(m.group(1).replace('\\n', ' ').replace('\\"', '"')).strip()
        for piece in PIECE.split(literal):
            piece = piece.strip()
            if len(piece) >= 20:
                yield text.count('\n', 0, m.start()) + 1, piece


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    source = shared_text(sys.argv[1])
    if not source.strip():
        print('copied_text: no texts under', sys.argv[1], '(nothing to check)')
        return 0
    files = subprocess.run(['git', 'ls-files'], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    known = {}
    if os.path.exists(KNOWN):
        with open(KNOWN, encoding='utf-8') as f:
            for line in f:
                if line.strip() and not line.startswith('#'):
                    digest, path = line.split()
                    known[(digest, path)] = False
    found = []
    for path in sorted(p for p in files if SCANNED.match(p)):
        for line, piece in pieces(path):
            if piece.lower() in source:
                digest = hashlib.sha1(piece.lower().encode()).hexdigest()[:16]
                if (digest, path) in known:
                    known[(digest, path)] = True
                else:
                    found.append((path, line, digest))
    if '--list' in sys.argv:
        for path, line, digest in found:
            print(digest, path)
        return 0
    stale = [k for k, seen in known.items() if not seen]
    for path, line, _ in found:
        print(f'{path}:{line}: a piece of a text in ../shared: recompose it (same shape, text of our own)')
    for digest, path in stale:
        print(f'{KNOWN}: {digest} no longer in {path}: take it off the list')
    print(f'copied_text: {len(found)} new, {len(known) - len(stale)} known left, {len(stale)} stale')
    return 1 if found or stale else 0


if __name__ == '__main__':
    sys.exit(main())
