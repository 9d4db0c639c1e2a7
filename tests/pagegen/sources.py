"""Real article texts to lay out as test pages, read from ../shared at test time.

    articles(shared_dir) -> list[Article]

Each Article has lang ('zh' | 'en'), headline, kicker ('' or a rubric such as the
【…】 tag of a broadcast item) and paragraphs (clean text, as a copy editor would
publish it). Nothing here is copied into the repository; only paths are.
"""
import html
import os
import re
from dataclasses import dataclass, field

CJK = r'\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026'


@dataclass
class Article:
    lang: str
    headline: str
    paragraphs: list
    kicker: str = ''
    source: str = ''
    extra: dict = field(default_factory=dict)


def _clean_zh(text):
    text = html.unescape(re.sub(r'<[^>]+>', '', text)).strip()
    # Spaces between ideographs in the sources are typesetting ("李  蕊"), not text.
    text = re.sub(rf'(?<=[{CJK}])\s+(?=[{CJK}])', '', text)
    return re.sub(r'\s+', ' ', text)


def _ends_sentence(p):
    return bool(re.search(r'[。！？!?.…”」』）)]$', p))


def _keep(paragraphs, lo=2):
    ps = [p for p in paragraphs if len(p) >= 8 and _ends_sentence(p)]
    return ps if len(ps) >= lo else None


def _xinwenlianbo(path):
    text = open(path, encoding='utf-8').read()
    for block in re.split(r'^### ', text, flags=re.M)[1:]:
        head, _, body = block.partition('\n')
        head = head.strip()
        kicker = ''
        m = re.match(r'^【([^】]+)】\s*(.+)$', head)
        if m:
            kicker, head = m.group(1), m.group(2)
        paras = [_clean_zh(p) for p in re.findall(r'<p>(.*?)</p>', body, flags=re.S)]
        paras = [p for p in paras if not re.fullmatch(r'[^。]{0,30}', p)]
        ps = _keep(paras)
        if ps and 4 <= len(head) <= 40:
            yield Article('zh', _clean_zh(head), ps[:8], kicker=kicker, source=path)


def _peopledaily(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    title, paras, in_front = '', [], False
    for i, line in enumerate(lines):
        s = line.strip()
        if i == 0 and s == '---':
            in_front = True
            continue
        if in_front:
            in_front = s != '---'
            continue
        if s.startswith('# '):
            title = _clean_zh(s[2:])
            continue
        if not s or s[0] in '>[#' or s.startswith('图') or s.endswith('摄') or s.startswith('——'):
            continue
        paras.append(_clean_zh(s))
    ps = _keep(paras)
    if ps and title:
        yield Article('zh', title, ps[:10], source=path)


def _reuters(path):
    text = open(path, encoding='latin-1').read()
    for m in re.finditer(r'<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>', text, flags=re.S):
        title = html.unescape(m.group(1)).strip()
        body = html.unescape(m.group(2)).replace('\x03', '')
        body = re.sub(r'\s*Reuter\s*$', '', body.strip())
        paras = [re.sub(r'\s+', ' ', p).strip() for p in re.split(r'\n {2,}', body)]
        ps = _keep(paras)
        if ps and 3 <= len(title.split()) <= 14:
            yield Article('en', title.title() if title.isupper() else title, ps[:8], source=path)


def articles(shared_dir):
    """All usable articles under shared_dir/eval-sources, sorted by source for determinism."""
    root = os.path.join(shared_dir, 'eval-sources')
    out = []
    for dirpath, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            if 'xinwenlianbo' in dirpath and f.endswith('.md'):
                out.extend(_xinwenlianbo(p))
            elif 'peopledaily' in dirpath and f.endswith('.md'):
                out.extend(_peopledaily(p))
            elif f.endswith('.sgm'):
                out.extend(_reuters(p))
    return out
