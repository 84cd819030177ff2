#!/usr/bin/env python3
"""Coverage of the spelling table on held-out British/American pairs, generated from scowl's
data by a method that shares nothing with scripts/gen_spelling.py's rules: at every scowl size,
the words listed only for American English are aligned with the words listed only for British,
Canadian or Australian English by edit distance (mutual nearest neighbours, distance <= 2, same
first letter). scowl lists the two spellings of one word at the same size, so the alignment
finds real pairs (`colour`/`color`, `tyre`/`tire`) without any rule. The list is written to
--out (default: a temporary file) and is not committed: it is a test set, not training data.

Coverage = pairs whose British word the table maps to exactly the aligned American word.
Usage: python3 scripts/eval_spelling_holdout.py [--out FILE] [--misses N]
"""
import glob
import os
import sys
import tempfile

SCOWL = os.environ.get('SCOWL_DIR', '/usr/share/dict/scowl')
HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, '..', 'Sources', 'QuoteNormalization', 'Variants', 'SpellingTable+Data.swift')
SIZES = [10, 20, 35, 40, 50, 55, 60, 70, 80, 95]
# Sizes 80 and 95 hold rare and obsolete words, where the alignment mostly pairs Latin plurals
# with other words (`patinae`/`patine`): the held-out list uses sizes up to 70.
HELD_SIZES = [s for s in SIZES if s <= 70]
OTHERS = ['british', 'british_z', 'canadian', 'australian']


def words(prefix, size=None):
    out = set()
    pattern = '%s-words.%s' % (prefix, size if size else '*')
    for f in glob.glob(os.path.join(SCOWL, pattern)):
        with open(f, encoding='utf-8') as fh:
            out.update(w.strip() for w in fh if w.strip() and "'" not in w and w.strip().islower())
    return out


def distance(a, b, limit=3):
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def table():
    """The committed table, decoded (`[!][^]british<TAB>P:L:MID`)."""
    pairs = {}
    with open(TABLE, encoding='utf-8') as fh:
        body = fh.read().split('"""')[1]
    for line in body.strip().split('\n'):
        b, edit = line.strip().split('\t')
        b = b.lstrip('!^')
        p, l, mid = edit.split(':', 2)
        pairs[b] = b[:int(p)] + mid + b[int(p) + int(l):]
    return pairs


def main():
    american_all = words('english') | words('american')
    others_all = set()
    for o in OTHERS + ['british_variant_1', 'british_variant_2', 'canadian_variant_1',
                       'canadian_variant_2', 'australian_variant_1', 'australian_variant_2']:
        others_all |= words(o)
    held = []
    for size in HELD_SIZES:
        a_only = words('american', size) - others_all
        b_only = set()
        for o in OTHERS:
            b_only |= words(o, size)
        b_only -= american_all
        by_first = {}
        for a in a_only:
            by_first.setdefault(a[0], []).append(a)
        best_b = {}
        for b in b_only:
            scored = sorted((distance(b, a), a) for a in by_first.get(b[0], []))
            if scored and scored[0][0] <= 2 and (len(scored) == 1 or scored[1][0] > scored[0][0]):
                best_b[b] = scored[0][1]
        best_a = {}
        for b, a in best_b.items():
            best_a.setdefault(a, []).append(b)
        for b, a in best_b.items():
            # Mutual: a's nearest British-only word is b (ties allowed: -ise and -ize British
            # spellings of one American word, `analyse` and `analyze` for `analyze`, all count).
            d = distance(b, a)
            if all(distance(o, a) >= d for o in best_a[a]):
                held.append((b, a, size))
    # Family support: keep a pair only when another aligned pair makes the same change at the same
    # place of the same stem (`colour`/`color` with `colours`/`colors`): a real spelling
    # difference runs through a word's inflections, a chance alignment (`patinae`/`patine`) does
    # not.
    def signature(b, a):
        p = 0
        while p < min(len(a), len(b)) and a[p] == b[p]:
            p += 1
        s = 0
        while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
            s += 1
        mid = b[p:len(b) - s]
        # The stem up to one letter past the change: `colo|u|r` for colour and colours, but
        # `pref` and `prev` for preformative and previousness.
        return (b[:p + len(mid) + 1], mid, a[p:len(a) - s])
    families = {}
    for b, a, size in held:
        families.setdefault(signature(b, a), []).append((b, a, size))
    held = [x for f in families.values() if len(f) >= 2 for x in f]
    out = None
    if '--out' in sys.argv:
        out = sys.argv[sys.argv.index('--out') + 1]
    else:
        out = os.path.join(tempfile.gettempdir(), 'spelling-holdout.tsv')
    with open(out, 'w', encoding='utf-8') as fh:
        for b, a, size in sorted(held):
            fh.write('%s\t%s\t%d\n' % (b, a, size))
    t = table()
    hits = [(b, a) for b, a, _ in held if t.get(b) == a]
    wrong = [(b, a, t[b]) for b, a, _ in held if b in t and t[b] != a]
    missing = [(b, a) for b, a, _ in held if b not in t]
    print('held-out pairs: %d (written to %s)' % (len(held), out))
    print('coverage: %d / %d = %.2f%%' % (len(hits), len(held), 100.0 * len(hits) / max(1, len(held))))
    print('mapped to another word: %d; not in the table: %d' % (len(wrong), len(missing)))
    n = int(sys.argv[sys.argv.index('--misses') + 1]) if '--misses' in sys.argv else 20
    for b, a, got in wrong[:n]:
        print('  other: %s -> %s (held-out says %s)' % (b, got, a))
    for b, a in missing[:n]:
        print('  missing: %s -> %s' % (b, a))


if __name__ == '__main__':
    main()
