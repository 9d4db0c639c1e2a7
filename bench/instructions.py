"""Counts the instructions of a reflow, stage by stage, next to one utf8proc NFC pass.

    python3 bench/instructions.py GALLEY_BENCH INPUT...

Runs `galley_bench --once INPUT` under valgrind's callgrind (one reflow, its JSON and one
NFC pass over the same bytes) and prints each stage's inclusive count, per input byte.
Wall-clock figures on this shared machine move by 2x within a minute; an instruction count
is the same whatever the other processes do, so a change to the core can be weighed by it
alone (it does not see cache misses or branch mispredictions: the timed benchmark does).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# The pipeline's stages as functions, in order: (label, a pattern matching the function's
# name in callgrind_annotate's output). A stage the compiler inlined into its caller is
# counted with the caller and shown as such.
STAGES = [
    ('text (decode, NFC where needed)', r'galley::detail::decode_page\('),
    ('lines (measured and decoded)', r'galley::detail::measure_lines\('),
    ('layout', r'galley::detail::analyse_layout\('),
    ('roles', r'galley::detail::assign_roles\('),
    ('units', r'galley::detail::build_units\('),
    ('articles', r'galley::detail::assemble_articles\('),
    ('the whole reflow', r'galley::reflow\(std::basic_string_view'),
    ('JSON rendering (to_json)', r'galley::to_json(\[abi:cxx11\])?\('),
    ('one utf8proc NFC pass', r'(?<![\w:])utf8proc_map\b'),
]


def inclusive_counts(bench, path):
    """Each function's inclusive instruction count (summed over its name's entries)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'callgrind.out')
        env = dict(os.environ, GALLEY_HUGE_PAGES='0')  # (no restart of the process under valgrind)
        run = subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=' + out, bench, '--once', path],
                             env=env, capture_output=True, text=True, check=True)
        sizes = json.loads(run.stdout)
        text = subprocess.run(['callgrind_annotate', '--inclusive=yes', '--threshold=100', out],
                              capture_output=True, text=True, check=True).stdout
    counts = {}
    for line in text.splitlines():
        m = re.match(r'\s*([\d,]+)\s+\([\s\d.]+%\)\s+\S*?:(.*)$', line)
        if m:
            counts[m.group(2)] = counts.get(m.group(2), 0) + int(m.group(1).replace(',', ''))
    return sizes, counts


def stage_count(counts, pattern):
    # (Not a function's cold part, which g++ splits off by the profile: callgrind reads the
    # jumps between the two parts as calls, and its cycles then count the caller's work too.)
    found = [n for name, n in counts.items() if re.search(pattern, name) and '[clone .cold]' not in name]
    return max(found) if found else None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    bench, inputs = sys.argv[1], sys.argv[2:]
    table = {}
    for path in inputs:
        sizes, counts = inclusive_counts(bench, path)
        table[os.path.basename(path).removesuffix('.txt')] = (sizes['bytes'], {label: stage_count(counts, p) for label, p in STAGES})
    names = list(table)
    print('| instructions (callgrind) | ' + ' | '.join('%s: count | per byte | share' % n for n in names) + ' |')
    print('|---|' + '---|---|---|' * len(names))
    for label, _ in STAGES:
        cells = []
        for name in names:
            size, stages = table[name]
            n, whole = stages[label], stages['the whole reflow']
            if n is None:
                cells.append('(inlined) | | ')
            else:
                share = '%.1f%%' % (100 * n / whole) if whole and label != 'one utf8proc NFC pass' else ''
                cells.append('{:,} | {:.0f} | {}'.format(n, n / size, share))
        print('| %s | %s |' % (label, ' | '.join(cells)))


if __name__ == '__main__':
    main()
