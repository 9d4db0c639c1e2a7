"""Pages as Hong Kong and Taiwanese papers print them: in traditional characters.

    convert(raw, gold, rng) -> (raw, gold, config)   the page and its gold in traditional characters
    characters(text, config) -> str    a text in the traditional characters of config (s2hk.json, s2tw.json)

The characters are converted one at a time (OpenCC's s2hk or s2tw table, a page's choice),
not by phrase: a phrase converted one way in a paragraph of the gold and another where a
line break parts it in the page would no longer match. On a Taiwanese page (s2tw) some of
the composer's furniture is printed as Taiwan's papers print it: the byline
"【記者王明／台北報導】", the agency 中央社 in captions, credits and datelines ("（中央社台北17日電）"
for the broadcast's "央視網消息（新聞聯播）："). (After the page is composed:
its pages are those of the same seed without --traditional, the same draws made.)
"""
import re
import subprocess

CONFIGS = ['s2hk.json', 's2tw.json']
CITIES_TW = ['台北', '台中', '高雄', '台南', '新竹']

_tables = {config: {} for config in CONFIGS}


def _table(config, text):
    """The character table of `config`, holding every character of text (OpenCC asked once
    for those it lacks, a character a line: each is converted alone)."""
    table = _tables[config]
    missing = sorted({c for c in text if c not in table and c != '\n'})
    if missing:
        out = subprocess.run(['opencc', '-c', config], input='\n'.join(missing) + '\n',
                             capture_output=True, text=True, check=True).stdout.split('\n')
        for c, t in zip(missing, out):
            table[c] = RADICALS.get(c, t if len(t) == 1 else c)
    return table


# Simplified forms' radicals that typeset.py prints for a PDF's glyphs (KANGXI): their
# traditional characters' radicals, as a traditional PDF prints them ("⻅" 见: "⾒" 見).
RADICALS = {'⻓': '⾧', '⻔': '⾨', '⻅': '⾒'}

# The composer's stories open with the source's dateline "央视网消息（新闻联播）："; Taiwan's wire
# opens with "（中央社台北17日电）" (or "（中央社记者王小明台北17日电）").
_BROADCAST = '央視網消息（新聞聯播）：'


def _dateline(lines, text, rng):
    """A Taiwanese dateline in place of the broadcast's at the start of a paragraph (text),
    in its first printed line too; the paragraph's new text, or None when its first line is
    not found whole."""
    rest = text[len(_BROADCAST):]
    for k, line in enumerate(lines):
        flat = ''.join(line.split())
        # (Not a line that holds the dateline alone: the longer one would not fit the column.)
        if not flat.startswith(_BROADCAST) or flat == _BROADCAST or not rest.startswith(flat[len(_BROADCAST):]):
            continue
        # (Without the reporter's name: the line is no longer than it was, its indent or
        # width as typeset. Taiwan's wire prints both.)
        new = '（中央社%s%d日電）' % (rng.choice(CITIES_TW), rng.randint(1, 28))
        body = line.lstrip()
        at = seen = 0
        while seen < len(_BROADCAST):  # (past the dateline's characters, justified or not)
            seen += not body[at].isspace()
            at += 1
        # (A justified line's spaces between ideographs go with the dateline they spread.)
        rest_of_line = re.sub(r'(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])', '', body[at:].lstrip(' '))
        lines[k] = line[:len(line) - len(body)] + new + rest_of_line
        return new + rest
    return None


def _taiwanese(text, kind, rng):
    """A byline, credit or caption of the composer's as a Taiwanese paper prints it, or None."""
    if kind == 'byline':
        m = re.fullmatch(r'(?:本報記者 |□ )(\w+)', text)
        return m and '【記者%s／%s報導】' % (m.group(1), rng.choice(CITIES_TW))
    if kind == 'credit' and text == '據新華社':
        return rng.choice(['（中央社）', '據中央社'])
    if kind == 'caption':
        m = re.fullmatch(r'(.*。)(?:新華社記者 (\w+) 攝|本報記者 (\w+)攝|(\w+) 攝（新華社發）)', text)
        return m and '%s（中央社記者%s攝）' % (m.group(1), m.group(2) or m.group(3) or m.group(4))
    return None


def characters(text, config):
    return text.translate(str.maketrans(_table(config, text)))


def convert(raw, gold, rng):
    """The page and its gold in traditional characters (Hong Kong's or Taiwan's, by rng), and
    the OpenCC configuration of those."""
    config = rng.choice(CONFIGS)
    trans = str.maketrans(_table(config, raw))
    raw = raw.translate(trans)
    lines = raw.split('\n')

    def put(text):
        return text.translate(trans)

    taiwanese = config == 's2tw.json'
    for art in gold['articles']:
        art['headline'] = put(art['headline'])
        art['deck'] = [put(d) for d in art['deck']]
        for b in art['blocks']:
            b['text'] = put(b['text'])
            if not taiwanese or rng.random() >= 0.7:
                continue
            if b['kind'] == 'paragraph' and b['text'].startswith(_BROADCAST):
                b['text'] = _dateline(lines, b['text'], rng) or b['text']
                continue
            # (Printed on a line of their own by the composer: that line is the block.)
            new = _taiwanese(b['text'], b['kind'], rng)
            if new and b['text'] in lines:
                lines[lines.index(b['text'])] = new
                b['text'] = new
    for r in gold['residue']:
        r['text'] = put(r['text'])
    gold['generated_with'] = sorted(set(gold.get('generated_with', [])) | {'traditional-' + config[:-5]})
    return '\n'.join(lines), gold, config
