"""Spelling pairs that no morphological rule of scripts/gen_spelling.py reaches (`omelette`,
`behove`, `nought`, `baulk`, `flautist`), found in the structure of scowl's lists themselves, and
the American variant pairs (`dialogue`/`dialog`, `doughnut`/`donut`, `annexe`/`annex`).

scowl keeps one spelling of a word per variety's main list and lists the two spellings of one
word at the same size; where a spelling is accepted but not preferred, it goes to that variety's
variant lists (`variant_1..3` for American English, `british_variant_1..2`...). So a real
British/American pair is two words that
  - differ by one small edit (one contiguous block of at most 2 letters replaced by at most 2),
    same first letter;
  - are listed at the same scowl size, at most size 70 (the rare and obsolete 80/95 lists align
    Latin plurals with other words: `patinae`/`patine`);
  - are in complementary distribution: the British word is in a variety's main list that lacks the
    American word;
  - are each other's nearest such word (no other candidate at a smaller edit);
  - have evidence of being one word: scowl cross-lists them (the British word in an American
    variant list, or the American word in a British/Canadian/Australian variant list), or every
    variety's main list holds exactly one of the two;
  - are a family: the same edit at the same place of the same stem holds for another form
    (`behove`/`behoove`, `behoved`/`behooved`), or the pair is cross-listed on both sides. One
    chance alignment (`mantoes`/`mantes`, `preformative`/`performative`) has no family.
Accepted edits then propagate to every other form of their stem, at any size (`noughts`,
`omelettes`), when the rewritten form is an American word.

American variant pairs: both spellings are American words, one of them in an American variant
list (scowl's own mark that it is another spelling of a main-list word), with the same edit,
size, family and nearest-word conditions. The key is the spelling scowl lists only for American
English: its american list, then its variant_1, variant_2 lists, then the english list (shared by
every variety), then variant_3 ("seldom used"): `dialogue` -> `dialog`, `doughnut` -> `donut`,
`annexe` -> `annex`.
"""
import bisect

MAX_SIZE = 70


def edit(b, a):
    """(p, removed, inserted): a = b[:p] + inserted + b[p + len(removed):], shortest."""
    p = 0
    n = min(len(a), len(b))
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, b[p:len(b) - s], a[p:len(a) - s]


def signature(b, a):
    """The edit with its stem up to one letter past it: `colo|u|r` for colour and colours."""
    p, rem, ins = edit(b, a)
    return b[:p + len(rem) + 1], rem, ins


def pattern(b, a):
    """The edit with one letter of context each side (`^`, `$` at the ends): learnt patterns."""
    p, rem, ins = edit(b, a)
    return (b[p - 1] if p else '^'), rem, ins, (b[p + len(rem)] if p + len(rem) < len(b) else '$')


def _keys(w):
    """`w` with one contiguous block of 0..2 letters deleted (two words one small edit apart
    share a key)."""
    out = {w}
    for k in (1, 2):
        for i in range(len(w) - k + 1):
            out.add(w[:i] + w[i + k:])
    return out


def _nearest(sources, targets, accept):
    """source -> target at the smallest edit, when unique and mutual. `accept(s, t)` filters."""
    index = {}
    for t in targets:
        for k in _keys(t):
            index.setdefault(k, []).append(t)
    best = {}
    for s in sources:
        found = {}
        for k in _keys(s):
            for t in index.get(k, ()):
                if t[0] != s[0] or t in found or t == s:
                    continue
                p, rem, ins = edit(s, t)
                if len(rem) <= 2 and len(ins) <= 2 and accept(s, t):
                    found[t] = len(rem) + len(ins)
        if found:
            cost = min(found.values())
            top = [t for t, c in found.items() if c == cost]
            if len(top) == 1:
                best[s] = (top[0], cost)
    closest = {}
    for s, (t, c) in best.items():
        closest[t] = min(closest.get(t, 9), c)
    return {s: t for s, (t, c) in best.items() if c == closest[t]}


def _families(pairs, strong):
    """The pairs whose signature another pair shares, plus the `strong` ones."""
    count = {}
    for b, a in pairs.items():
        sig = signature(b, a)
        count[sig] = count.get(sig, 0) + 1
    return {b: a for b, a in pairs.items() if count[signature(b, a)] >= 2 or strong(b, a)}


def british_pairs(unmatched, lists):
    """Pairs for British-only words the rules left unmatched. `lists` holds levels per category:
    american (english + american), american_variant, other_variant, other (all non-American),
    and mains: {variety: set of main-list words} for american, british, canadian, australian."""
    am, am_var, ot_var, ot = (lists['american'], lists['american_variant'],
                              lists['other_variant'], lists['other'])
    mains = lists['mains']
    varieties = [v for v in mains if v != 'american']
    sources = [b for b in unmatched if ot.get(b, 99) <= MAX_SIZE
               and any(b in mains[v] for v in varieties)]
    targets = [a for a, l in am.items() if l <= MAX_SIZE]

    def complementary(b, a):
        return any(b in mains[v] and a not in mains[v] for v in varieties)

    def everywhere_one(b, a):
        # Only in scowl's curated sizes: at 70 its lists leave many words to one variety.
        return ot[b] <= 60 and all((b in mains[v]) != (a in mains[v]) for v in mains)

    def accept(b, a):
        return am[a] == ot[b] and complementary(b, a) and \
            (b in am_var or a in ot_var or everywhere_one(b, a))

    found = _nearest(sources, targets, accept)
    return _families(found, lambda b, a: b in am_var and a in ot_var)


def attested_edits(pairs, minimum=1):
    """The edits in context (``pattern``) that at least `minimum` distinct stems of `pairs`
    show: the spelling-variant patterns learnt from the British-only pairs."""
    stems = {}
    for b, a in pairs.items():
        stem, rem, ins = signature(b, a)
        if len(rem) <= 2 and len(ins) <= 2:
            stems.setdefault(pattern(b, a), set()).add(stem)
    return {e for e, s in stems.items() if len(s) >= minimum}


def propagate(pairs, candidates, american):
    """Every form of an accepted pair's stem: the same edit applied to other `candidates`
    (`nought` -> `noughts`, `noughtly`...), kept when the result is in `american`."""
    words = sorted(candidates)
    out = {}
    sigs = {}
    for b, a in pairs.items():
        p, rem, ins = edit(b, a)
        # The stem: up to one letter past the edit and all but the last two letters
        # (`nough` for nought, noughts), so a short stem does not reach other words.
        sigs[(b[:max(p + len(rem) + 1, len(b) - 2)], rem, ins)] = p
    for (stem, rem, ins), p in sigs.items():
        i = bisect.bisect_left(words, stem)
        while i < len(words) and words[i].startswith(stem):
            w = words[i]
            a = w[:p] + ins + w[p + len(rem):]
            if w not in pairs and a in american:
                out[w] = a
            i += 1
    return out


RANK = ('american', 'english', 'variant_1', 'variant_2', 'variant_3')


def american_variant_pairs(levels, attested):
    """Pairs of two American words that scowl marks as spellings of one word, by an edit
    (removed, inserted) of `attested`. `levels` holds levels per list name of RANK."""
    level = {}
    rank = {}
    for r, name in enumerate(RANK):
        for w, l in levels[name].items():
            if w not in rank:
                rank[w] = r
            level[w] = min(level.get(w, 99), l)
    variants = {w for n in ('variant_1', 'variant_2', 'variant_3') for w in levels[n]}
    mains = set(levels['american']) | set(levels['english'])
    words = [w for w, l in level.items() if l <= MAX_SIZE and w.isalpha()]
    # Sources: the spelling of lower rank; targets: of higher rank. One of the two is a variant.
    def accept(x, y):
        if not (rank[y] < rank[x] and level[x] == level[y] and (x in variants or y in variants)
                and (x in mains or y in mains)):
            return False
        return pattern(x, y) in attested
    found = _nearest(words, words, accept)
    return _families(found, lambda x, y: False)
