#!/usr/bin/env python3
"""utf8proc's tables cut down to what Galley asks of utf8proc, written at build time.

Galley calls utf8proc for four things only: NFC (utf8proc_decompose and utf8proc_reencode
with UTF8PROC_COMPOSE | UTF8PROC_STABLE), a code point's general category, its character
width, and the properties NFC reads (combining class, canonical decomposition, composition
index and exclusion). utf8proc's property table also carries what other options read: case
mappings, compatibility decompositions, bidirectional classes, grapheme boundary classes,
"ignorable" and "control boundary". Those make most of its rows distinct, and the table is
most of the WebAssembly module's data.

This script reads the utf8proc_data.c of the utf8proc source tree given (Debian's source
package, unpacked by ./dev setup), blanks the fields Galley's calls never read, merges the
rows that become equal, keeps only the canonical decompositions in the sequence table,
folds the two-stage index again, and writes a utf8proc_data.c of the same shape for the
unchanged utf8proc.c to include. Before writing it checks, for every code point, that each
field those calls read decodes to the same value as in the original tables; any
difference stops the build.

    utf8proc_nfc_tables.py SOURCE_DIR/utf8proc_data.c OUT/utf8proc_data.c
"""

import re
import sys

# The fields of utf8proc_property_t, in order (utf8proc.h, 2.x).
FIELDS = ['category', 'combining_class', 'bidi_class', 'decomp_type', 'decomp_seqindex',
          'casefold_seqindex', 'uppercase_seqindex', 'lowercase_seqindex', 'titlecase_seqindex',
          'comb_index', 'bidi_mirrored', 'comp_exclusion', 'ignorable', 'control_boundary',
          'charwidth', 'pad', 'boundclass']
NONE = 'UINT16_MAX'
# What each field becomes when no call of Galley's reads it.
BLANK = {'bidi_class': '0', 'casefold_seqindex': NONE, 'uppercase_seqindex': NONE,
         'lowercase_seqindex': NONE, 'titlecase_seqindex': NONE, 'bidi_mirrored': 'false',
         'ignorable': 'false', 'control_boundary': 'false', 'pad': '0', 'boundclass': '0'}
# The fields those calls read (decomp_seqindex through the sequence it names).
KEPT = ['category', 'combining_class', 'comb_index', 'comp_exclusion', 'charwidth']


def array(source, name):
    """The body of `static const TYPE name[] = { ... };` (rows in braces, or numbers)."""
    m = re.search(r'static const \w+ ' + name + r'\[\] = \{((?:[^{}]|\{[^{}]*\})*)\};', source)
    if not m:
        sys.exit(f'utf8proc_nfc_tables: {name} not found')
    return m.group(1)


def numbers(body):
    return [int(x) for x in re.findall(r'\d+', body)]


def rows(body):
    out = []
    for row in re.findall(r'\{([^{}]*)\}', body):
        fields = [f.strip() for f in row.split(',')]
        if len(fields) != len(FIELDS):
            sys.exit(f'utf8proc_nfc_tables: a property row of {len(fields)} fields, not {len(FIELDS)}: '
                     'a utf8proc this script does not know')
        out.append(dict(zip(FIELDS, fields)))
    return out


def sequence(seqs, index):
    """The code points utf8proc_sequences holds at a decomposition index (see
    seqindex_write_char_decomposed in utf8proc.c): the count's two top bits, or a count
    stored first; UTF-16 units."""
    if index == NONE:
        return None
    index = int(index)
    at, count = index & 0x3FFF, index >> 14
    if count >= 3:
        count = seqs[at]
        at += 1
    units = []
    for _ in range(count + 1):
        u = seqs[at]
        units.append(u)
        at += 1
        if u & 0xF800 == 0xD800:
            units.append(seqs[at])
            at += 1
    return tuple(units)


def main(src, dst):
    source = open(src, encoding='utf-8').read()
    seqs = numbers(array(source, 'utf8proc_sequences'))
    stage1 = numbers(array(source, 'utf8proc_stage1table'))
    stage2 = numbers(array(source, 'utf8proc_stage2table'))
    props = rows(array(source, 'utf8proc_properties'))
    combinations = array(source, 'utf8proc_combinations')

    # Each row cut down: the canonical decomposition kept (as its code units, placed anew
    # below), a compatibility one dropped with its type (read only under UTF8PROC_COMPAT).
    def cut(p):
        q = {f: BLANK.get(f, v) for f, v in p.items()}
        canonical = p['decomp_type'] == '0' and p['decomp_seqindex'] != NONE
        q['decomp_type'] = '0'
        q['decomp_seqindex'] = sequence(seqs, p['decomp_seqindex']) if canonical else None
        return tuple(q[f] for f in FIELDS)

    # Row 0 stays row 0: utf8proc_get_property returns it for code points out of range.
    new_rows, row_of = [], {}
    remap = []
    for p in props:
        key = cut(p)
        if key not in row_of:
            row_of[key] = len(new_rows)
            new_rows.append(key)
        remap.append(row_of[key])

    # The canonical decompositions, written once each.
    new_seqs, seq_at = [], {}
    def place(units):
        if units is None:
            return NONE
        if units not in seq_at:
            count = sum(1 for u in units if u & 0xFC00 != 0xDC00)
            at = len(new_seqs)
            if count > 3:
                new_seqs.append(count - 1)
                seq_at[units] = (3 << 14) | at
            else:
                seq_at[units] = ((count - 1) << 14) | at
            new_seqs.extend(units)
            if len(new_seqs) >= 0x4000:
                sys.exit('utf8proc_nfc_tables: the decompositions do not fit 14 bits of index')
        return str(seq_at[units])

    seq_field = FIELDS.index('decomp_seqindex')
    out_rows = []
    for key in new_rows:
        row = list(key)
        row[seq_field] = place(key[seq_field])
        out_rows.append(row)

    # The two stages again, blocks of 256 that became equal shared.
    blocks, block_at, new_stage1 = [], {}, []
    for start in stage1:
        block = tuple(remap[stage2[start + k]] for k in range(256))
        if block not in block_at:
            block_at[block] = 256 * len(blocks)
            blocks.append(block)
        new_stage1.append(block_at[block])
    new_stage2 = [x for b in blocks for x in b]
    # (Both stages hold 16-bit numbers: a row's, and where a block starts.)
    if len(out_rows) > 0x10000 or len(new_stage2) > 0x10000:
        sys.exit('utf8proc_nfc_tables: the tables do not fit 16-bit indexes')

    # The proof: every code point reads the same from the new tables as from the old.
    out_props = [dict(zip(FIELDS, r)) for r in out_rows]
    for cp in range(0x110000):
        old = props[stage2[stage1[cp >> 8] + (cp & 0xFF)]]
        new = out_props[new_stage2[new_stage1[cp >> 8] + (cp & 0xFF)]]
        for f in KEPT:
            if old[f] != new[f]:
                sys.exit(f'utf8proc_nfc_tables: U+{cp:04X} {f}: {old[f]} became {new[f]}')
        canonical = old['decomp_type'] == '0' and old['decomp_seqindex'] != NONE
        before = sequence(seqs, old['decomp_seqindex']) if canonical else None
        after = sequence(new_seqs, new['decomp_seqindex'])
        if before != after or (new['decomp_type'] != '0'):
            sys.exit(f'utf8proc_nfc_tables: U+{cp:04X}: canonical decomposition {before} became {after}')
    if remap[0] != 0:
        sys.exit('utf8proc_nfc_tables: row 0 moved')

    def c_array(kind, name, values, per_line=16):
        lines = [', '.join(str(v) for v in values[i:i + per_line]) for i in range(0, len(values), per_line)]
        return f'static const {kind} {name}[] = {{\n  ' + ',\n  '.join(lines) + ',\n};\n\n'

    text = ('/* Generated by Galley\'s cmake/utf8proc_nfc_tables.py from ' + src + ':\n'
            ' * utf8proc\'s tables cut down to NFC, category and width. Do not edit.\n'
            ' * utf8proc\'s copyright and licence: LICENSE.md of that source tree. */\n\n')
    text += c_array('utf8proc_uint16_t', 'utf8proc_sequences', new_seqs or [0])
    text += c_array('utf8proc_uint16_t', 'utf8proc_stage1table', new_stage1)
    text += c_array('utf8proc_uint16_t', 'utf8proc_stage2table', new_stage2)
    text += 'static const utf8proc_property_t utf8proc_properties[] = {\n'
    text += ''.join('  {' + ', '.join(r) + '},\n' for r in out_rows)
    text += '};\n\n'
    text += 'static const utf8proc_uint16_t utf8proc_combinations[] = {' + combinations + '\n};\n'
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'utf8proc tables for NFC: {len(props)} -> {len(out_rows)} property rows, '
          f'{len(seqs)} -> {len(new_seqs)} sequence units, {len(stage2)} -> {len(new_stage2)} index entries')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
