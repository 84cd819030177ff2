#!/usr/bin/env python3
"""Held-out coverage of the spelling table without leaking the learnt patterns, by k-fold.

Reference pairs, from scowl's data by two methods that share nothing with gen_spelling.py's rules:
  - `align`: scripts/eval_spelling_holdout.py's list (American-only and British-only words of
    one scowl size aligned by edit distance, mutual nearest, with a family of forms);
  - `cross`: pairs scowl cross-lists as one word's two spellings: a British-only word (British,
    Canadian or Australian main lists, no American main list) and its nearest American-only word
    (edit distance <= 2, unique, mutual, same first letter, size <= 70), kept when each is in
    the other variety's variant lists (the British word in an American variant list, the
    American word in a British, Canadian or Australian one: the VarCon structure).
The pairs are split into K folds by a hash of their stem (all forms of a word in one fold). For
each fold, the table is regenerated with the fold's British words left out of what the generator
learns (its attested edit patterns), and coverage is measured on the fold: the fold's British
word gets exactly its American word. Also reported: the table's false merges on American words
(two words of scowl's American main lists with one key, not related by a variant list).

Usage: python3 scripts/eval_spelling_kfold.py [--folds K] [--misses N] [--no-align]
(--no-align: the rules and hand list only, the table before the alignment stage.)
"""
import contextlib
import hashlib
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import eval_spelling_holdout as ho  # noqa: E402
import gen_spelling as gen  # noqa: E402
import spelling_align as al  # noqa: E402


def deletions(w):
    """`w` with up to two letters deleted anywhere: words within edit distance 2 share one."""
    out = {w}
    for _ in range(2):
        out |= {x[:i] + x[i + 1:] for x in out for i in range(len(x))}
    return out


def cross_listed():
    am_main = ho.words('english') | ho.words('american')
    am_var = set()
    for v in ('variant_1', 'variant_2', 'variant_3'):
        am_var |= ho.words(v)
    br_main = set()
    for o in ho.OTHERS:
        br_main |= ho.words(o)
    br_var = set()
    for o in ('british_variant_1', 'british_variant_2', 'canadian_variant_1',
              'canadian_variant_2', 'australian_variant_1', 'australian_variant_2'):
        br_var |= ho.words(o)
    level = {}
    for s in ho.SIZES:
        for p in ('english', 'american') + tuple(ho.OTHERS):
            for w in ho.words(p, s):
                level.setdefault(w, s)
    bs = [w for w in br_main - am_main if level.get(w, 99) <= 70]
    As = [w for w in am_main - br_main if level.get(w, 99) <= 70]
    index = {}
    for a in As:
        for key in deletions(a):
            index.setdefault(key, set()).add(a)
    best = {}
    for b in bs:
        near = set()
        for key in deletions(b):
            near |= index.get(key, set())
        scored = sorted((ho.distance(b, a), a) for a in near if a[0] == b[0])
        if scored and scored[0][0] <= 3 and (len(scored) == 1 or scored[1][0] > scored[0][0]):
            best[b] = scored[0]
    closest = {}
    for b, (d, a) in best.items():
        closest[a] = min(closest.get(a, 9), d)
    # Cross-listed: each spelling is a variant in the other's variety.
    return {b: a for b, (d, a) in best.items()
            if d == closest[a] and b in am_var and a in br_var}


def generate():
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ['gen_spelling.py', '--pairs'] + [a for a in argv if a == '--no-align']
    with contextlib.redirect_stdout(out):
        gen.main()
    sys.argv = argv
    return dict(line.split('\t') for line in out.getvalue().splitlines() if line)


def fold_of(b, a, k):
    stem = al.signature(b, a)[0]
    return int(hashlib.sha1(stem.encode()).hexdigest(), 16) % k


def main():
    k = int(sys.argv[sys.argv.index('--folds') + 1]) if '--folds' in sys.argv else 5
    n = int(sys.argv[sys.argv.index('--misses') + 1]) if '--misses' in sys.argv else 10
    path = os.path.join(ho.tempfile.gettempdir(), 'spelling-holdout.tsv')
    with contextlib.redirect_stdout(io.StringIO()):
        sys_argv, sys.argv = sys.argv, ['x', '--out', path]
        ho.main()
        sys.argv = sys_argv
    refs = {'align': {}, 'cross': cross_listed()}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            b, a, _ = line.rstrip('\n').split('\t')
            refs['align'][b] = a
    every = {**refs['align'], **refs['cross']}
    hits = {name: 0 for name in refs}
    misses = []
    for i in range(k):
        held = {b for b, a in every.items() if fold_of(b, a, k) == i}
        gen.HELD_OUT = held
        table = generate()
        for name, ref in refs.items():
            for b, a in ref.items():
                if b in held:
                    if table.get(b) == a:
                        hits[name] += 1
                    else:
                        misses.append((name, b, a, table.get(b)))
    for name, ref in refs.items():
        print('%s: %d reference pairs, %d-fold coverage %d / %d = %.2f%%' % (
            name, len(ref), k, hits[name], len(ref), 100.0 * hits[name] / max(1, len(ref))))
    for m in misses[:n]:
        print('  miss (%s): %s -> %s (table: %s)' % m)
    gen.HELD_OUT = set()
    table = generate()
    am_main = ho.words('english') | ho.words('american')
    variants = set()
    for v in ('variant_1', 'variant_2', 'variant_3'):
        variants |= ho.words(v)
    merged = sorted((b, a) for b, a in table.items() if b in am_main and a in am_main)
    false = [(b, a) for b, a in merged if b not in variants and a not in variants]
    print('table: %d pairs; American main-list words merged with another: %d (%d not related by '
          'a variant list, i.e. false merges)' % (len(table), len(merged), len(false)))
    for b, a in (false or merged)[:n]:
        print('  %s -> %s' % (b, a))


if __name__ == '__main__':
    main()
