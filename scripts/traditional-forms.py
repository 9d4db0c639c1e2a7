#!/usr/bin/env python3
# Prints the fold table of core/src/traditional.cpp (python3 scripts/traditional-forms.py 60, from the
# repository's root, OpenCC installed): the traditional forms (OpenCC's s2t, s2hk and
# s2tw, a character at a time) of the ideographs in the core's lexicon literals, the
# surnames only among the first `top` of lexicon.cpp's common_surnames (most common first).
import re, glob, subprocess, sys
top = int(sys.argv[1])
src = open('core/src/lexicon.cpp', encoding='utf-8').read()
a = src.index('constexpr sv common_surnames'); b = src.index('bool starts_with_surname')
block = src[a:b]
sur = ''.join(re.findall(r'U"([^"]*)"', block[:block.index(';')]))
chars = set(sur[:top])
for c in re.findall(r'U"([^"]*)"', block[block.index(';'):]): chars |= set(c)
for f in glob.glob('core/src/*.cpp') + glob.glob('core/src/*.hpp'):
    if 'traditional' in f: continue
    text = open(f, encoding='utf-8').read()
    if f.endswith('lexicon.cpp'): text = text[:a] + text[b:]
    for line in text.split('\n'):
        code = line.split('//')[0]
        for lit in re.findall(r'U"((?:[^"\\]|\\.)*)"|U\'(.)\'', code):
            chars |= {c for c in lit[0] + lit[1] if 0x3400 <= ord(c) <= 0x9fff}
chars = sorted(c for c in chars if 0x3400 <= ord(c) <= 0x9fff)
pairs = {}
for cfg in ['s2t', 's2hk', 's2tw']:
    out = subprocess.run(['opencc', '-c', cfg + '.json'], input='\n'.join(chars) + '\n', capture_output=True, text=True).stdout.split('\n')
    for c, t in zip(chars, out):
        if len(t) == 1 and t != c: pairs[t] = c
ts = sorted(pairs)
def wrap(s, n=60): return '\n'.join('    u"%s"' % s[i:i + n] for i in range(0, len(s), n))
print(len(ts), file=sys.stderr)
print(wrap(''.join(ts)) + ';\n---\n' + wrap(''.join(pairs[t] for t in ts)) + ';')
