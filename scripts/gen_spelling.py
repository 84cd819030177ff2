#!/usr/bin/env python3
"""Regenerates Sources/QuoteNormalization/Variants/SpellingTable+Data.swift: the British,
Canadian and Australian spellings of English words (including the -ise/-ize "Oxford" ones) and
their American spelling, which is the canonical key of the `match` profile.

Source: the per-variety word lists of Debian's `scowl` package (/usr/share/dict/scowl, every size
10..95). A pair (british, american) is accepted only when
  - `british` is in a British, Canadian or Australian list (main or variant_1/2) and in no
    American list (`english-*` or `american-*` words): so no American word is ever rewritten and
    no two distinct American words can receive the same key;
  - `american` is in an American list (`english-*` or `american-*` words);
  - `american` is reached from `british` by the fewest morphological rewrites (below, total cost at most 4),
    and that lowest cost reaches one American word, or one that is listed at a smaller (more
    common) scowl size than the others (otherwise: ambiguous, rejected).
An entry marked `^` is the British spelling written for its American one when the target is
British (`--spelling uk`): only for American words that are not British words themselves.
A British word whose capitalized form is an American proper name or upper-case word (`Tyre` the
city, `Grey` the surname) is marked with a leading `!`: the library rewrites it only where the
original text wrote it in lower case.

The rules (British -> American, as substring rewrites anywhere in the word, inflections included):
  ise      is -> iz             organisations, categorised, authorising, civilise
  yse      ys -> yz             analyse, paralysed
  our      our -> or            colour, behaviours, honourable
  re       re -> er, red -> ered, ring -> ering   centre, centred, centring, metre, theatres
  ogue     ogue -> og, ogued -> oged, oguing -> oging   catalogue, catalogued
  ence     nc -> ns after e     defence, offence, licence, pretence, defenceless, licencing
  ll       ll -> l              signalled, travelling, counsellor, woollen
  l        l -> ll              enrol, fulfil, skilful, instalment
  ae/oe    ae -> e, oe -> e     anaemia, foetus, manoeuvre, paediatric
  ement    dgement -> dgment    judgement, acknowledgements
  eable    eable -> able, eing -> ing    likeable, sizeable, ageing
  ise/ice  is -> ic             practise, practised, practising
  mme      mme -> m             programme, programmes
  que      que -> ck            cheque, chequered, chequing
  ou       ou -> o, ou -> u     mould, smoulder, moustache
  ium      ium -> um            aluminium
  sc       sc -> sk             sceptic, sceptical, molluscs
  ph       ph -> f              sulphur, sulphate
  y        y -> i               tyre, tyres, syphon, cypher
  pp       ipp -> ip            worshipped, worshipper
  ough     ough -> ow           plough, ploughed
  aught    aught -> aft         draught, draughts
  s        s -> z               cosy, cosier
  iality   iality -> ialty      speciality
  ellery   ellery -> elry       jewellery
  ore      ore -> or            furore
The hand list (HAND, below) covers what the lists or the rules do not give: `whilst`, `amongst`,
`amidst`, the -t past tenses (`learnt`, `dreamt`, `spoilt`, `spilt`) and a few words no rule
reaches (`dependant`, `kerb`, `storey`, `gaol`, `grey`, `pyjamas`, `aeroplane`, `artefact`, `enquire`,
`yoghurt`, `liquorice`, `pedlar`, `titbit`, `waggon`, `aerofoil`, `manoeuvrable`, `rouble`, `axe`,
`adaptor`, `carburettor`, `arse`). Not merged, because American English keeps both as different words or products:
`whisky`/`whiskey`, `tonne`/`ton`, `racquet`/`racket`, `mum`/`mom`.
Left out on purpose: `spelt` (also the grain, an American word) and `smelt` (also the fish and the
verb of metallurgy).

Usage: python3 scripts/gen_spelling.py [--stats] > Sources/QuoteNormalization/Variants/SpellingTable+Data.swift
"""
import glob
import re
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SCOWL = os.environ.get('SCOWL_DIR', '/usr/share/dict/scowl')
AMERICAN = ['english', 'american']
OTHERS = ['british', 'british_z', 'canadian', 'australian', 'british_variant_1',
          'british_variant_2', 'canadian_variant_1', 'canadian_variant_2',
          'australian_variant_1', 'australian_variant_2']

# (name, pattern, replacement): regular-expression rewrites, British -> American, tried at every
# match position. Lookarounds keep a rule to the places where the spelling difference lives.
C = '[bcdfghjklmnpqrstvwxz]'
RULES = [
    ('ise', r'is(?=[aeiy]|$)', 'iz'), ('yse', r'ys(?=[aeiy]|$)', 'yz'), ('our', r'our', 'or'),
    ('re', r'(?<=[bcdfghjklmnpqstvwxz])re(?=s?$)', 'er'), ('re', r'(?<=[tbvgh])re(?=%s)' % C, 'er'), ('re', r'(?<=%s)red$' % C, 'ered'),
    ('re', r'(?<=%s)ring$' % C, 'ering'),
    ('ogue', r'ogue(?=s?$)', 'og'), ('ogue', r'ogu(?=ers?$)', 'og'), ('ogue', r'ogued$', 'oged'), ('ogue', r'oguing$', 'oging'),
    ('ence', r'(?<=e)nc(?=e|ing$)', 'ns'), ('ll', r'(?<=[aeiou])ll(?=[aeiouy])', 'l'),
    ('l', r'(?<=[aeiou])l(?=ment|ful|s?$)', 'll'),
    ('ae', r'(?<=.)ae(?!s?$)|^ae(?!r)', 'e'), ('oe', r'oe(?![sdy]?$)', 'e'), ('ement', r'dgement', 'dgment'),
    ('eable', r'eable', 'able'), ('eable', r'eing$', 'ing'), ('ice', r'is(?=e|ing$)', 'ic'),
    ('mme', r'mme', 'm'), ('que', r'que$', 'ck'), ('que', r'qu(?=e[drs]|ing$)', 'ck'), ('ou', r'ou(?=l[dt]|st)', 'o'),
    ('ou', r'ou(?=st)', 'u'), ('ium', r'ium', 'um'), ('sc', r'^sc|sc(?=s?$)', 'sk'), ('ph', r'ph', 'f'),
    ('y', r'(?<=^.)y(?=[rp])', 'i'), ('pp', r'(?<=i)pp(?=[ei])', 'p'), ('ough', r'ough', 'ow'), ('aught', r'aught', 'aft'),
    ('s', r's(?=[iy])', 'z'), ('iality', r'ialit(?=y$|ies$)', 'ialt'), ('ellery', r'ellery', 'elry'),
    ('ore', r'ore(?=s?$)', 'or'),
]
RULES = [(n, re.compile(p), r) for n, p, r in RULES]
# Pairs the rules produce that are two different words, found by reading the pairs whose two
# spellings scowl lists at different sizes (`hallo` is `hello`, not `halo`; `haem` is `heme`).
EXCLUDE = {'hallo', 'hallos', 'halloing', 'hallooed', 'halloed', 'haem', 'citrous', 'milage',
           'delly', 'dellies', 'bourn', 'bourns'}
MAX_COST = 4
# Rules that are regular spelling differences cost 1; those that also produce unrelated words
# (`ou` -> `o`, `s` -> `z`, `y` -> `i`...) cost 2, so that a regular rewrite wins a tie.
COST = {name: 2 for name in ('l', 'pp', 'ice', 'que', 'ou', 'ium', 'sc', 'ph', 'y', 'ough', 'aught', 's',
                             'iality', 'ellery', 'ore')}

# Hand list: British -> American where no list or rule gives the pair. Each pair is still
# checked like the generated ones, except `whilst`, which scowl lists as common to every variety
# (and which the American no-collision test lists as its one allowed exception).
HAND = {
    'whilst': 'while', 'amongst': 'among', 'amidst': 'amid',
    'learnt': 'learned', 'unlearnt': 'unlearned', 'dreamt': 'dreamed', 'spoilt': 'spoiled',
    'spilt': 'spilled',
    'kerb': 'curb', 'kerbs': 'curbs', 'kerbside': 'curbside', 'kerbstone': 'curbstone',
    'kerbstones': 'curbstones',
    'storey': 'story', 'storeys': 'stories', 'storeyed': 'storied',
    'gaol': 'jail', 'gaols': 'jails', 'gaoled': 'jailed', 'gaoler': 'jailer', 'gaolers': 'jailers',
    'gaoling': 'jailing',
    'grey': 'gray', 'greys': 'grays', 'greyed': 'grayed', 'greyer': 'grayer',
    'greyest': 'grayest', 'greying': 'graying', 'greyish': 'grayish', 'greyness': 'grayness',
    'greyhound': 'greyhound',
    'pyjamas': 'pajamas', 'pyjama': 'pajama',
    'aeroplane': 'airplane', 'aeroplanes': 'airplanes',
    'artefact': 'artifact', 'artefacts': 'artifacts',
    'enquire': 'inquire', 'enquired': 'inquired', 'enquires': 'inquires', 'enquiring': 'inquiring',
    'enquiry': 'inquiry', 'enquiries': 'inquiries', 'enquirer': 'inquirer',
    'enquirers': 'inquirers',
    'dependant': 'dependent', 'dependants': 'dependents',
    'kerbed': 'curbed', 'kerbing': 'curbing', 'unspoilt': 'unspoiled', 'daydreamt': 'daydreamed',
    'yoghurt': 'yogurt', 'yoghurts': 'yogurts', 'liquorice': 'licorice', 'pedlar': 'peddler',
    'pedlars': 'peddlers', 'titbit': 'tidbit', 'titbits': 'tidbits', 'waggon': 'wagon',
    'waggons': 'wagons', 'waggoner': 'wagoner', 'waggoners': 'wagoners', 'aerofoil': 'airfoil',
    'aerofoils': 'airfoils', 'manoeuvrable': 'maneuverable', 'manoeuvrability': 'maneuverability',
    'rouble': 'ruble', 'roubles': 'rubles', 'axe': 'ax', 'adaptor': 'adapter', 'adaptors': 'adapters',
    'carburettor': 'carburetor', 'carburettors': 'carburetors', 'arse': 'ass', 'arses': 'asses',
    'arsehole': 'asshole', 'arseholes': 'assholes', 'ochreous': 'ocherous', 'ochrey': 'ochery', 'slyer': 'slier', 'slyest': 'sliest',
}
HAND_UNCHECKED = {'whilst'}


def levels(prefixes, cats=('words',)):
    """Smallest scowl size (10 = most common .. 95) at which each word is listed."""
    out = {}
    for p in prefixes:
        for c in cats:
            for f in glob.glob(os.path.join(SCOWL, '%s-%s.*' % (p, c))):
                size = int(f.rsplit('.', 1)[1])
                with open(f, encoding='utf-8') as fh:
                    for line in fh:
                        w = line.strip()
                        if w and out.get(w, 99) > size:
                            out[w] = size
    return out


def load(prefixes, cats=('words',)):
    out = set()
    for p in prefixes:
        for c in cats:
            for f in glob.glob(os.path.join(SCOWL, '%s-%s.*' % (p, c))):
                with open(f, encoding='utf-8') as fh:
                    for line in fh:
                        w = line.strip()
                        if w:
                            out.add(w)
    return out


SIZES = [10, 20, 35, 40, 50, 55, 60, 70, 80, 95]


def rarest_allowed(level):
    """The American spelling may be listed at most one scowl size rarer than the British one:
    scowl lists both spellings of a word at the same size, and a much rarer "match" is another
    word (`tyre` 20 -> `tyer` 80, `caviare` 35 -> `cavier` 95, `nought` 35 -> `nowt` 55)."""
    i = SIZES.index(level) if level in SIZES else len(SIZES) - 1
    return SIZES[min(i + 1, len(SIZES) - 1)]


def candidates(word):
    """American words reachable at the lowest total rule cost (at most MAX_COST):
    (cost, {american: rules})."""
    import heapq
    limit = rarest_allowed(OTHER_LEVEL.get(word, 95))
    heap = [(0, word, ())]
    best = {word: 0}
    hits = {}
    found = None
    while heap:
        cost, w, path = heapq.heappop(heap)
        if found is not None and cost > found:
            break
        if cost > best.get(w, 99):
            continue
        if w != word and w in AMERICAN_WORDS and AMERICAN_LEVEL[w] <= limit:
            found = cost
            hits[w] = path
            continue
        for name, pattern, dst in RULES:
            c2 = cost + COST.get(name, 1)
            if c2 > MAX_COST:
                continue
            for m in pattern.finditer(w):
                c = w[:m.start()] + dst + w[m.end():]
                if c2 < best.get(c, 99):
                    best[c] = c2
                    heapq.heappush(heap, (c2, c, path + (name,)))
    return found, hits


def compact(b, a):
    """`a` as an edit of `b`: P:L:MID means a = b[:P] + MID + b[P+L:]."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return '%d:%d:%s' % (p, len(b) - p - s, a[p:len(a) - s])


# Pairs that scowl's structure would give but that American English keeps as different words
# or products (the documented decisions): never merged, whichever way they are found.
DISTINCT = {'whisky', 'whiskies', 'whiskey', 'whiskeys', 'tonne', 'tonnes', 'racquet',
            'racquets', 'mum', 'mums', 'spelt', 'smelt'}


HELD_OUT = set()


def aligned_pairs(sources, pairs, other_level):
    """British -> American pairs found by aligning scowl's lists, not by the rules: British-only
    words the rules leave unmatched, then American variant pairs (both spellings American)."""
    import spelling_align as al
    mains = {'american': load(AMERICAN)}
    for v in ('british', 'canadian', 'australian'):
        mains[v] = load(['english', v] + (['british_z'] if v == 'british' else []))
    lists = {'american': AMERICAN_LEVEL, 'other': other_level, 'mains': mains,
             'american_variant': levels(['variant_1', 'variant_2', 'variant_3']),
             'other_variant': levels([o for o in OTHERS if 'variant' in o])}
    unmatched = [b for b in sources if b not in pairs and b not in DISTINCT]
    found = al.british_pairs(unmatched, lists)
    found.update(al.propagate(found, unmatched, AMERICAN_WORDS))
    # The patterns are learnt from every British pair but the held-out ones (the k-fold
    # evaluation, scripts/eval_spelling_kfold.py, sets HELD_OUT).
    attested = al.attested_edits({b: a for b, a in {**pairs, **found}.items() if b not in HELD_OUT})
    both = al.american_variant_pairs({n: levels([n]) for n in al.RANK}, attested)
    both = {x: y for x, y in both.items() if x not in DISTINCT and y not in DISTINCT}
    found.update({x: y for x, y in both.items() if x not in pairs and x not in found})
    # The hand list's identity entries (`greyhound`) say a word keeps its spelling.
    return {b: a for b, a in found.items() if b not in DISTINCT and a not in DISTINCT
            and HAND.get(b) != b and not inflection_apart(b, a)}


def inflection_apart(x, y):
    """Whether one word is the other plus an inflectional ending (`oversize`/`oversized`,
    `sweepstake`/`sweepstakes`): two forms of a word, which the alignment must not merge."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short) and long[len(short):] in ('s', 'es', 'd', 'ed')


def main():
    global AMERICAN_WORDS, AMERICAN_LEVEL, OTHER_LEVEL
    OTHER_LEVEL = levels(OTHERS)
    AMERICAN_LEVEL = levels(AMERICAN)
    AMERICAN_WORDS = {w for w in AMERICAN_LEVEL if "'" not in w}
    american_upper = {w.lower() for w in load(AMERICAN, ('upper', 'proper-names', 'abbreviations'))}
    others = {w for w in load(OTHERS) if re.fullmatch('[a-z]+', w)}
    sources = sorted(others - AMERICAN_WORDS - EXCLUDE)
    pairs = {}
    rule_counts = {}
    ambiguous = []
    unmatched = 0
    for b in sources:
        depth, hits = candidates(b)
        if not hits:
            unmatched += 1
            continue
        if len(hits) > 1:
            ranked = sorted(hits, key=lambda h: AMERICAN_LEVEL.get(h, 99))
            if AMERICAN_LEVEL.get(ranked[0], 99) == AMERICAN_LEVEL.get(ranked[1], 99):
                ambiguous.append((b, sorted(hits)))
                continue
            hits = {ranked[0]: hits[ranked[0]]}
        (a, path), = hits.items()
        pairs[b] = a
        for r in set(path):
            rule_counts[r] = rule_counts.get(r, 0) + 1
    # Pairs no rule reaches, from the structure of scowl's lists (scripts/spelling_align.py).
    aligned = {}
    if '--no-align' not in sys.argv:
        aligned = aligned_pairs(sources, pairs, OTHER_LEVEL)
        pairs.update(aligned)
    hand_added = 0
    hand_rejected = []
    for b, a in HAND.items():
        if b == a:
            continue
        if b not in HAND_UNCHECKED and (b in AMERICAN_WORDS or a not in AMERICAN_WORDS):
            hand_rejected.append(b)
            continue
        if pairs.get(b) != a:
            hand_added += 1
        pairs[b] = a
    # A word that is also an American proper name keeps only pairs with a common American word
    # (`tyre` -> `tire`, `centre` -> `center`), not `caesar` -> `cesar` or `bren` -> `bern`.
    for b in [b for b in pairs if b in american_upper and b not in HAND]:
        if AMERICAN_LEVEL.get(pairs[b], 99) > 50:
            del pairs[b]
    flagged = sorted(b for b in pairs if b in american_upper)
    if '--stats' in sys.argv:
        st = sys.stderr
        print('American words (english+american, all sizes): %d' % len(AMERICAN_WORDS), file=st)
        print('British/Canadian/Australian-only lower-case words: %d' % len(sources), file=st)
        print('pairs: %d (rules %d, aligned %d, hand list %d)' % (len(pairs), len(pairs) - len(aligned) - hand_added, len(aligned), hand_added), file=st)
        print('no American spelling found: %d; ambiguous (rejected): %d' % (unmatched, len(ambiguous)), file=st)
        print('rewritten only in lower case (American proper names): %d %s' % (len(flagged), flagged[:30]), file=st)
        print('hand list entries failing the list check (left out): %s' % hand_rejected, file=st)
        print('pairs per rule: %s' % sorted(rule_counts.items(), key=lambda x: -x[1]), file=st)
        for b, hs in ambiguous[:40]:
            print('  ambiguous: %s -> %s' % (b, hs), file=st)
    if '--pairs' in sys.argv:
        for b in sorted(pairs):
            print('%s\t%s' % (b, pairs[b]))
        return
    # For a British target (`--spelling uk`): per American word that is not itself a British word
    # (english + british lists), the British spelling to write, marked `^`: the one in the main
    # British lists at the smallest size (`color` -> `colour`; `license`, a British verb, stays).
    british_level = levels(['english', 'british'])
    preferred = {}
    for b, a in pairs.items():
        if a in british_level or b not in british_level:
            continue
        if a not in preferred or (british_level[b], b) < (british_level[preferred[a]], preferred[a]):
            preferred[a] = b
    reversible = set(preferred.values())
    lines = []
    for b in sorted(pairs):
        marks = ('!' if b in american_upper else '') + ('^' if b in reversible else '')
        lines.append('%s%s\t%s' % (marks, b, compact(b, pairs[b])))
    print('// Generated by scripts/gen_spelling.py from the word lists of Debian\'s scowl package')
    print('// (/usr/share/dict/scowl). Do not edit by hand.')
    print()
    print('extension SpellingTable {')
    print('  /// "[!][^]british<TAB>P:L:MID" per line, %d entries: the American spelling is' % len(lines))
    print('  /// british[..<P] + MID + british[(P+L)...]; "!" marks a word rewritten only when written in')
    print('  /// lower case (its capitalized form is an American proper name); "^" marks the British')
    print('  /// spelling written for its American one under a British target (%d entries).' % len(reversible))
    print('  static let data: String = """')
    for l in lines:
        print('    ' + l)
    print('    """')
    print('}')


if __name__ == '__main__':
    main()
