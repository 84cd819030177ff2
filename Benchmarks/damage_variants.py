#!/usr/bin/env python3
"""Repair quality on mojibake the corpus generator does not make, built here from the clean
corpus paragraphs with Python's codecs (not with QuoteNorm's tables):

  cp1251      UTF-8 read as Windows-1251 (Cyrillic)
  cp1250      UTF-8 read as Windows-1250 (Central European)
  iso8859_2   UTF-8 read as ISO 8859-2 (Central European)
  cp1254      UTF-8 read as Windows-1254 (Turkish); only paragraphs where that differs from
              Windows-1252 (Cyrillic and emoji: `Ğ¼` for `м`, `ğŸ˜€` for `😀`)
  nbsp_lost   UTF-8 read as Windows-1252, then every U+00A0 turned into a space (scrapers do)
  cp1251_nbsp_lost, cp1250_nbsp_lost
              the same through Windows-1251 and -1250 (`à` is C3 A0: `Г ` and `Ă `); only
              paragraphs where a space was lost
  c1_lost     UTF-8 read as sloppy Windows-1252, then the C1 controls of the five undefined bytes
              (0x81 0x8D 0x8F 0x90 0x9D) dropped
  macroman    UTF-8 read as Mac OS Roman (`‚Äô` for `’`, `√©` for `é`)
  triple      UTF-8 read as sloppy Windows-1252 three times over (the corpus makes two layers)

For each kind, the paragraphs the damage changes (up to --limit, in corpus order) are written
to one file, their clean versions to another, and `quotenorm normalize --profile repair` runs on
both: the share where repair(damaged) == repair(clean) is printed per kind. `c1_lost` loses
letters for good where a letter had an undefined byte (`Ł` is C5 81, `の` E3 81 AE), so only
paragraphs whose lost bytes all belonged to punctuation or symbols (`”` is E2 80 9D) are
counted as repairable.

  python3 Benchmarks/damage_variants.py [--corpus Benchmarks/.corpus] [--limit 3000]
      [--quotenorm .build/release/quotenorm] [--failures DIR] [--lang]

--lang gives `quotenorm normalize` each paragraph's language (from labels.tsv) with `--lang`,
as a caller who knows it would: it ranks the readings the Central European codepages share.

--failures DIR writes, per kind, DIR/<kind>.txt: each paragraph where the repairs differ, as
damaged, repaired, and repaired from clean.
"""
import argparse
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
UNDEFINED = '\x81\x8d\x8f\x90\x9d'


def sloppy1252(text):
    out = []
    for b in text.encode('utf-8'):
        try:
            out.append(bytes([b]).decode('cp1252'))
        except UnicodeDecodeError:
            out.append(chr(b))
    return ''.join(out)


def damage(kind, p):
    """The damaged paragraph, or None where the damage does not apply or changes nothing."""
    try:
        if kind == 'cp1251':
            d = p.encode('utf-8').decode('cp1251')
        elif kind == 'cp1250':
            d = p.encode('utf-8').decode('cp1250')
        elif kind == 'iso8859_2':
            d = p.encode('utf-8').decode('iso8859_2')
        elif kind == 'cp1254':
            # Only where Windows-1254 differs from Windows-1252 (`Ğ` for 0xD0, `ğ` for 0xF0…).
            d = p.encode('utf-8').decode('cp1254')
            if d == sloppy1252(p):
                return None
        elif kind in ('cp1251_nbsp_lost', 'cp1250_nbsp_lost'):
            m = p.encode('utf-8').decode(kind[:6])
            d = m.replace('\xa0', ' ') if '\xa0' in m else None
        elif kind == 'macroman':
            d = p.encode('utf-8').decode('mac_roman')
        elif kind == 'triple':
            d = sloppy1252(sloppy1252(sloppy1252(p)))
        elif kind == 'nbsp_lost':
            m = sloppy1252(p)
            d = m.replace('\xa0', ' ') if '\xa0' in m else None
        elif kind == 'c1_lost':
            m = sloppy1252(p)
            if not any(c in m for c in UNDEFINED):
                return None
            # Repairable only if every undefined byte belonged to punctuation or a symbol (a
            # letter's lost byte may be its last, `Ł` C5 81, or a middle one, `の` E3 81 AE).
            if any(ch.isalpha() and any(b in b'\x81\x8d\x8f\x90\x9d' for b in ch.encode('utf-8'))
                   for ch in p):
                return None
            d = ''.join(c for c in m if c not in UNDEFINED)
        else:
            return None
    except UnicodeDecodeError:
        return None
    return d if d != p else None


def repair(quotenorm, texts, langs=None):
    """Repairs each text; with `langs` (one BCP 47 tag per text), each language's texts in one
    run with `--lang`."""
    if langs is not None:
        out = [None] * len(texts)
        for lang in sorted(set(langs)):
            idx = [i for i, l in enumerate(langs) if l == lang]
            for i, r in zip(idx, repair_run(quotenorm, [texts[i] for i in idx], lang)):
                out[i] = r
        return out
    return repair_run(quotenorm, texts, None)


def repair_run(quotenorm, texts, lang):
    with tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.txt', delete=False) as f:
        f.write('\n\n'.join(texts) + '\n')
        name = f.name
    try:
        cmd = [quotenorm, 'normalize', '--profile', 'repair'] + (['--lang', lang] if lang else [])
        out = subprocess.run(cmd + [name], capture_output=True, check=True).stdout.decode('utf-8')
    finally:
        os.unlink(name)
    return out.rstrip('\n').split('\n\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=os.path.join(HERE, '.corpus'))
    ap.add_argument('--limit', type=int, default=3000)
    ap.add_argument('--quotenorm', default=os.path.join(HERE, '..', '.build', 'release', 'quotenorm'))
    ap.add_argument('--failures', help='directory for the paragraphs whose repairs differ')
    ap.add_argument('--lang', action='store_true',
                    help="give each paragraph's language (labels.tsv) with --lang")
    a = ap.parse_args()
    text = open(os.path.join(a.corpus, 'clean.txt'), encoding='utf-8').read()
    # labels.tsv has one row per paragraph of clean.txt, in order: its language is column 3.
    rows = open(os.path.join(a.corpus, 'labels.tsv'), encoding='utf-8').read().split('\n')[1:]
    blocks = text.split('\n\n')
    langs = [r.split('\t')[2] if r.count('\t') >= 2 else '' for r in rows]
    kept = [(p.strip('\n'), langs[i] if i < len(langs) else '') for i, p in enumerate(blocks)
            if p.strip() and '\n' not in p.strip('\n')]
    paragraphs = [p for p, _ in kept]
    language_of = dict(kept)
    print('| damage | paragraphs | repair(damaged) = repair(clean) | share |')
    print('|---|--:|--:|--:|')
    kinds = ['cp1251', 'cp1250', 'nbsp_lost', 'c1_lost', 'cp1251_nbsp_lost', 'cp1250_nbsp_lost',
             'iso8859_2', 'cp1254', 'macroman', 'triple']
    for kind in kinds:
        pairs = []
        for p in paragraphs:
            d = damage(kind, p)
            # Paragraphs whose own text would split differently (blank lines) are skipped.
            if d is not None and '\n' not in d:
                pairs.append((p, d))
            if len(pairs) >= a.limit:
                break
        if not pairs:
            continue
        langs = [language_of.get(p, '') for p, _ in pairs] if a.lang else None
        clean = repair(a.quotenorm, [p for p, _ in pairs], langs)
        dirty = repair(a.quotenorm, [d for _, d in pairs], langs)
        if len(clean) != len(pairs) or len(dirty) != len(pairs):
            print(f'| {kind} | {len(pairs)} | outputs do not align | |')
            continue
        equal = sum(1 for x, y in zip(clean, dirty) if x == y)
        if a.failures:
            os.makedirs(a.failures, exist_ok=True)
            with open(os.path.join(a.failures, kind + '.txt'), 'w', encoding='utf-8') as f:
                for (_, d), x, y in zip(pairs, clean, dirty):
                    if x != y:
                        f.write('damaged:  %s\nrepaired: %s\nclean:    %s\n\n' % (d, y, x))
        print(f'| {kind} | {len(pairs):,} | {equal:,} | {100 * equal / len(pairs):.2f}% |')


if __name__ == '__main__':
    main()
