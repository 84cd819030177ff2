#!/usr/bin/env python3
"""Generate Sources/QuoteMatching/Lexicon+Data.swift: the word tables of quote matching.

Sources (Debian bookworm packages; only this script needs them, the output is committed):
  wordnet-base 1:3.0-37   /usr/share/wordnet: index.*, data.*, *.exc, cntlist.rev
  scowl 2020.12.07-2      /usr/share/dict/scowl: english-words.* and american-words.* up to size 60
                          (the common English vocabulary the tables are restricted to)
  postgresql-15           /usr/share/postgresql/15/tsearch_data/*.stop: the Snowball project's
                          stop-word lists (BSD), the prior for function words

Tables:
  1. inflections  "form lemma": every word of the vocabulary whose WordNet base form differs,
     found the way WordNet's morphy does (exception lists, then the detachment rules checked
     against the index), choosing among candidates the base form with the most sense-tagged
     occurrences (cntlist), the word itself when it is a lemma used at least as often.
  2. synonyms "lemma class": two lemmas are synonyms when their *dominant* sense is the same
     synset. A lemma's dominant sense is its most frequent tagged sense over all parts of speech,
     kept only when it has at least MIN_TAGS tagged occurrences and at least DOMINANCE of all the
     lemma's tagged occurrences (so `happen`/`occur` share a class, `pass` does not join them:
     its main sense is another). A class needs two members of the vocabulary; its name is its
     alphabetically first member. Lemmas with no dominant sense in common also join when at
     least DOMINANCE of each one's tagged occurrences are in senses whose synset holds the other
     (`allow`/`permit`, `country`/`nation`; figures' synsets left out), classes merging only when
     every pair across them qualifies. One class per word: the relation is an equivalence, so
     clustering cannot chain through it.
  3. stopwords: the Snowball lists per language, minus negations (meaning-bearing for quotes),
     plus the English modal auxiliaries the English list leaves out (it has `can`, `will`,
     `should`, not `must`, `would`, `could`, `might`, `shall`, `ought`; `may` is a month too).
  5. acronyms "acronym flag word word…": a WordNet noun synset holding a phrase of two to six
     words and a lemma of two to six letters (dots dropped) spelling the phrase's initials, with
     or without its little words (`united_states` / `US`, `federal_bureau_of_investigation` /
     `FBI`, `world_health_organization` / `WHO`). flag `w` when the acronym is also a word of
     the vocabulary (`us`, `who`, `it`): matching then reads it as the acronym only when it is
     written as one (capitals or dots). Acronyms spelling phrases of one synset that is the
     first sense of each (`us`, `usa`) are one term, written as the shortest (then
     alphabetically first); they are listed as "acronym flag same" (acronymVariantData).
  6. antonyms "word word": WordNet's direct antonyms (the `!` pointers between two words of
     the vocabulary) where each word's sense is one of its ANTONYM_SENSES most frequent ones
     (`win`/`lose`, `increase`/`decrease`, `legal`/`illegal`, `accept`/`reject`): matching
     reads the two words in the same place of otherwise equal quotations as opposite
     statements, like a negation added or dropped.
  7. negated "negated base": of the antonym pairs, the adjectives that are the other with a
     negative prefix (`unacceptable acceptable`, `illegal legal`): matching reads them as `not`
     and the base, as a translator may write either (`unacceptable` / `not acceptable`). Also
     the verbs of stance (WordNet's cognition, communication, emotion, social and stative
     files) that are the other with `dis-` or `mis-`, each in its first sense and the other in
     one of its first two, with their forms (`disagree agree`, `disagreed agreed`, `distrust
     trust`); `dis-` verbs of other files undo an action (`disconnect`, `disarm`).
  4. compounds "closed first second": a word of the vocabulary that WordNet also lists as two
     words, open or hyphenated (`healthcare`/`health_care`, `email`/`e-mail`, `website`/
     `web_site`), and the forms of the first table made on it (`emails` -> `e mails`): matching
     reads the closed word as its two parts, as it reads the open and hyphenated ones, so house
     styles agree. Parts are letters only; a part of one letter only when hyphenated (`e-mail`).

Run:  python3 scripts/gen_matching_lexicon.py   (writes the Swift file; prints counts)
"""
import collections, glob, os, re, sys

WN = '/usr/share/wordnet'
SCOWL = '/usr/share/dict/scowl'
STOP_DIR = sorted(glob.glob('/usr/share/postgresql/*/tsearch_data'))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources', 'QuoteMatching', 'Lexicon+Data.swift')
MIN_TAGS = 5
ANTONYM_SENSES = 2
# WordNet's verb files of stance, where `dis-` negates (`disagree` is `not agree`): cognition,
# communication, emotion, social, stative. Contact, change and the rest hold reversatives.
NEGATED_VERB_LEXFILES = {31, 32, 37, 41, 42}
NEGATIVE_PREFIXES = ('un', 'in', 'im', 'il', 'ir', 'dis', 'non')
DOMINANCE = 0.6
POS = {'noun': 'n', 'verb': 'v', 'adj': 'a', 'adv': 'r'}
RULES = {
    'n': [('s', ''), ('ses', 's'), ('xes', 'x'), ('zes', 'z'), ('ches', 'ch'), ('shes', 'sh'), ('men', 'man'), ('ies', 'y')],
    'v': [('s', ''), ('ies', 'y'), ('es', 'e'), ('es', ''), ('ed', 'e'), ('ed', ''), ('ing', 'e'), ('ing', '')],
    'a': [('er', ''), ('est', ''), ('er', 'e'), ('est', 'e')],
    'r': [],
}
NEGATIONS = {
    'english': 'no nor not never none nothing nobody neither cannot',
    'spanish': 'no ni nunca nada nadie ninguno ninguna tampoco jamas',
    'french': 'ne pas non jamais rien personne aucun aucune ni',
    'german': 'nicht kein keine keinen keinem keiner keines nie niemals nichts weder',
    'italian': 'non mai niente nulla nessuno nessuna ne',
    'portuguese': 'nao nunca nada nenhum nenhuma nem jamais',
    'russian': 'не нет ни никогда ничего никто',
    'dutch': 'niet geen nooit niets niemand',
    'swedish': 'inte ej ingen inget inga aldrig',
    'danish': 'ikke ingen intet aldrig',
    'norwegian': 'ikke ingen inkje aldri',
    'finnish': 'ei en et emme ette eivat',
    'hungarian': 'nem sem soha semmi',
    'turkish': 'degil hic',
}
# Function words a Snowball list leaves out: the English modals (`can`, `will` and `should` are
# in). Not `may`: it is also a month, and a month in the place of another is a conflict of facts,
# which the scorer does not look for among function words.
EXTRA_FUNCTION = {'english': 'must would could might shall ought'}

LANG_CODE = {'english': 'en', 'spanish': 'es', 'french': 'fr', 'german': 'de', 'italian': 'it',
             'portuguese': 'pt', 'russian': 'ru', 'dutch': 'nl', 'swedish': 'sv', 'danish': 'da',
             'norwegian': 'nb', 'finnish': 'fi', 'hungarian': 'hu', 'turkish': 'tr'}


def vocabulary():
    words = set()
    for f in glob.glob(os.path.join(SCOWL, '*-words.*')):
        base, size = f.rsplit('.', 1)
        if not size.isdigit() or int(size) > 60:
            continue
        if os.path.basename(base) not in ('english-words', 'american-words'):
            continue
        for w in open(f, encoding='utf-8', errors='replace'):
            w = w.strip()
            if re.fullmatch(r'[a-z]+', w):
                words.add(w)
    return words


def wordnet():
    index = {}          # (lemma, pos) -> [synset offsets in frequency order]
    for name, p in POS.items():
        for line in open(os.path.join(WN, 'index.' + name), encoding='latin-1'):
            if line.startswith(' '):
                continue
            f = line.split()
            lemma, n_syn, n_ptr = f[0], int(f[2]), int(f[3])
            offsets = f[6 + n_ptr:6 + n_ptr + n_syn]
            index[(lemma, p)] = offsets
    counts = {}         # (lemma, pos, sense number) -> tagged count
    pos_of = {'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}
    for line in open(os.path.join(WN, 'cntlist.rev'), encoding='latin-1'):
        key, sense, cnt = line.split()
        lemma, rest = key.split('%', 1)
        counts[(lemma, pos_of[rest[0]], int(sense))] = int(cnt)
    exc = collections.defaultdict(set)
    for name, p in POS.items():
        for line in open(os.path.join(WN, name + '.exc'), encoding='latin-1'):
            f = line.split()
            for base in f[1:]:
                exc[f[0]].add((base, p))
    return index, counts, exc


def main():
    missing = [p for p in (WN, SCOWL) if not os.path.isdir(p)] + ([] if STOP_DIR else ['postgresql tsearch_data'])
    if missing:
        sys.exit('gen_matching_lexicon.py: missing %s; apt-get install wordnet-base scowl postgresql-15' % ', '.join(missing))
    vocab = vocabulary()
    index, counts, exc = wordnet()

    tag_total = collections.Counter()
    for (l, q, _), c in counts.items():
        tag_total[l] += c
        tag_total[(l, q)] += c

    # 1. inflections
    inflections = {}
    irregular = {b for forms in exc.values() for b, p in forms if p == 'v'}
    for w in sorted(vocab):
        cands = set()
        for base, p in exc.get(w, ()):
            if (base, p) in index:
                cands.add(base)
        for p, rules in RULES.items():
            for suf, rep in rules:
                if w.endswith(suf) and len(w) > len(suf):
                    base = w[:len(w) - len(suf)] + rep
                    if (base, p) not in index or len(base) < 2:
                        continue
                    # An irregular verb (be, go, see) has no regular past: bed is not be + d.
                    if p == 'v' and suf == 'ed' and base in irregular:
                        continue
                    cands.add(base)
        cands.discard(w)
        if any((w, p) in index for p in POS.values()):
            # A word that is a lemma itself (bed, goer, agreed as an adjective, happening as a
            # noun) keeps its own class unless its base is a much more frequent lemma
            # (agreed -> agree, left -> leave, saw -> see).
            cands = {b for b in cands if tag_total.get(b, 0) > 3 * tag_total.get(w, 0)}
        if not cands:
            continue
        best = max(sorted(cands), key=lambda b: tag_total.get(b, 0))
        if tag_total.get(best, 0) == 0 and not exc.get(w):
            # Rule-derived base never seen in the tagged corpus: accept only when the base is
            # itself a common word (planes -> plane, cartels -> cartel).
            if best not in vocab:
                continue
        inflections[w] = best

    # 2. synonyms by dominant sense
    dominant = {}
    english_stop = set(open(os.path.join(STOP_DIR[-1], 'english.stop'), encoding='utf-8').read().split())
    lemmas = {l for (l, _) in index if re.fullmatch(r'[a-z]{3,}', l)}
    for l in lemmas:
        if l not in vocab or l in english_stop:
            continue
        total = tag_total.get(l, 0)
        if total < MIN_TAGS:
            continue
        best = None
        for p in POS.values():
            offs = index.get((l, p))
            if not offs:
                continue
            for k, off in enumerate(offs, 1):
                c = counts.get((l, p, k), 0)
                if best is None or c > best[0]:
                    best = (c, p + off)
        if best and best[0] >= MIN_TAGS and best[0] >= DOMINANCE * total:
            dominant[l] = best[1]
    classes = collections.defaultdict(list)
    for l, s in dominant.items():
        classes[s].append(l)
    # 2b. synonyms by shared senses: two lemmas without one dominant sense in common are
    # synonyms when at least DOMINANCE of each one's tagged occurrences are in senses whose
    # synset holds the other (`allow`/`permit`, `country`/`nation`: their uses spread over two or
    # three senses that all hold both). Classes merge only when every pair across them is such
    # a pair or was in one class already, strongest pairs first: still one class per word.
    # Synsets of figures (`twelve, 12, XII, dozen`) are left to the number rules.
    members_of = collections.defaultdict(set)
    for (l, p), offs in index.items():
        for off in offs:
            members_of[p + off].add(l)
    for key in [k for k, m in members_of.items() if any(re.search(r'[0-9]', l) for l in m)]:
        del members_of[key]
    eligible = {l for l in lemmas if l in vocab and l not in english_stop and tag_total.get(l, 0) >= MIN_TAGS}

    def shared(a, b):
        return sum(counts.get((a, p, k), 0) for p in POS.values()
                   for k, off in enumerate(index.get((a, p), []), 1) if b in members_of.get(p + off, ()))

    mutual = {}
    for a in sorted(eligible):
        partners = set()
        for p in POS.values():
            for off in index.get((a, p), []):
                partners |= members_of.get(p + off, set())
        for b in sorted(partners):
            if b <= a or b not in eligible:
                continue
            sa, sb = shared(a, b) / tag_total[a], shared(b, a) / tag_total[b]
            if sa >= DOMINANCE and sb >= DOMINANCE:
                mutual[(a, b)] = min(sa, sb)
    group = {}
    for s_, members in classes.items():
        if len(members) >= 2:
            for m in members:
                group[m] = frozenset(members)
    for (a, b), _ in sorted(mutual.items(), key=lambda e: (-e[1], e[0])):
        ga, gb = group.get(a, frozenset([a])), group.get(b, frozenset([b]))
        if ga == gb:
            continue
        if all(tuple(sorted((x, y))) in mutual for x in ga for y in gb):
            merged = ga | gb
            for m in merged:
                group[m] = merged
    synonyms = {}
    for members in set(group.values()):
        members = sorted(members)
        for m in members[1:]:
            synonyms[m] = members[0]

    # 3. stopwords
    stop = {}
    for f in sorted(glob.glob(os.path.join(STOP_DIR[-1], '*.stop'))):
        name = os.path.basename(f)[:-5]
        if name not in LANG_CODE:
            continue
        neg = set(NEGATIONS.get(name, '').split())
        words = []
        for w in [l.strip() for l in open(f, encoding='utf-8')] + EXTRA_FUNCTION.get(name, '').split():
            if w and w not in neg and w not in words:
                words.append(w)
        stop[LANG_CODE[name]] = words

    # 4. compounds
    compounds = {}
    for (l, _) in index:
        parts = re.split(r'[_-]', l)
        if len(parts) != 2 or not all(re.fullmatch(r'[a-z]+', x) for x in parts):
            continue
        a, b = parts
        if len(b) < 2 or (len(a) < 2 and '-' not in l):
            continue
        closed = a + b
        if closed in vocab and closed not in english_stop:
            compounds[closed] = (a, b)
    for form, lemma in inflections.items():
        if lemma in compounds and form not in compounds:
            a, b = compounds[lemma]
            if form.startswith(a) and len(form) - len(a) >= 2:
                compounds[form] = (a, form[len(a):])

    # 5. acronyms
    little = {'of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'by'}
    # The first (most frequent) noun sense of each lemma; of its dotted spelling when only that
    # is a lemma (`u.s.a.`).
    first_sense, dotted_first = {}, {}
    for line in open(os.path.join(WN, 'index.noun'), encoding='latin-1'):
        if line.startswith(' '):
            continue
        f = line.split()
        (first_sense if '.' not in f[0] else dotted_first).setdefault(f[0].replace('.', ''), f[-int(f[2])])
    for a, synset in dotted_first.items():
        first_sense.setdefault(a, synset)
    acronyms = {}
    phrase_synset = {}
    spelled_in = []  # (synset, acronyms spelling one of its phrases)
    for line in open(os.path.join(WN, 'data.noun'), encoding='latin-1'):
        if line.startswith(' '):
            continue
        f = line.split()
        n = int(f[3], 16)
        members = [f[4 + 2 * i].lower() for i in range(n)]
        phrases = [m.split('_') for m in members
                   if 2 <= len(m.split('_')) <= 6 and all(re.fullmatch(r'[a-z]+', x) for x in m.split('_'))]
        shorts = {m.replace('.', '') for m in members if re.fullmatch(r'[a-z](\.?[a-z]){1,5}\.?', m)}
        spelled = set()
        for words in phrases:
            full = ''.join(w[0] for w in words)
            content = ''.join(w[0] for w in words if w not in little)
            for a in sorted(shorts):
                if 2 <= len(a) <= 6 and a in (full, content):
                    key = ' '.join(words)
                    if key not in acronyms:
                        acronyms[key] = a
                        phrase_synset[key] = f[0]
                    spelled.add(a)
        if spelled:
            spelled_in.append((f[0], spelled))
    # Acronyms of one synset that is the first sense of each are one term (`US`, `USA`): each
    # is written as the shortest, then alphabetically first, of them. A phrase takes that form
    # only in its acronym's first sense (`united states army` keeps `usa`, which is not `us`).
    canonical = {}
    for synset, spelled in spelled_in:
        own = sorted((a for a in spelled if first_sense.get(a) == synset), key=lambda a: (len(a), a))
        for a in own[1:]:
            canonical[a] = own[0]
    for key, a in acronyms.items():
        if a in canonical and first_sense.get(a) == phrase_synset[key]:
            acronyms[key] = canonical[a]

    # 6. antonyms
    words_of, antonym_pointers, lexfile_of = {}, {}, {}
    for name, p in POS.items():
        for line in open(os.path.join(WN, 'data.' + name), encoding='latin-1'):
            if line.startswith(' '):
                continue
            f = line.split(' | ')[0].split()
            key = p + f[0]
            n = int(f[3], 16)
            words_of[key] = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]).lower() for i in range(n)]
            lexfile_of[key] = int(f[1])
            k = 5 + 2 * n
            found = []
            for _ in range(int(f[k - 1])):
                symbol, offset, target_pos, source_target = f[k:k + 4]
                k += 4
                if symbol == '!':
                    found.append((int(source_target[:2], 16), ('a' if target_pos == 's' else target_pos) + offset,
                                  int(source_target[2:], 16)))
            antonym_pointers[key] = found

    def sense_rank(lemma, key):
        offsets = index.get((lemma, key[0]), [])
        return offsets.index(key[1:]) + 1 if key[1:] in offsets else len(offsets) + 1

    antonyms = set()
    negated = {}
    for key, found in antonym_pointers.items():
        for source, target, target_word in found:
            x, y = words_of[key][source - 1], words_of[target][target_word - 1]
            if x in vocab and y in vocab and sense_rank(x, key) <= ANTONYM_SENSES \
                    and sense_rank(y, target) <= ANTONYM_SENSES:
                antonyms.add(tuple(sorted((x, y))))
                # 7. an adjective that is its antonym with a negative prefix (`unacceptable`,
                # `illegal`, `disloyal`): read as `not` and that antonym.
                if key[0] == 'a' and target[0] == 'a':
                    for neg, base in ((x, y), (y, x)):
                        if any(neg == p + base for p in NEGATIVE_PREFIXES):
                            negated[neg] = base
                # A verb of stance with `dis-` or `mis-` in its first sense (`disagree`,
                # `dislike`, `distrust`, `disobey`), and its forms (`disagreed` → not `agreed`).
                # Other `dis-` verbs undo an action (`disconnect`, `disarm`): they are not `not`.
                if key[0] == 'v' and target[0] == 'v':
                    for neg, base, nk, bk in ((x, y, key, target), (y, x, target, key)):
                        prefix = next((p for p in ('dis', 'mis') if neg == p + base), None)
                        if prefix and lexfile_of[nk] in NEGATED_VERB_LEXFILES \
                                and sense_rank(neg, nk) == 1 and sense_rank(base, bk) <= 2:
                            negated[neg] = base
                            # The table's forms, and the regular ones it leaves to the
                            # adjectives (`liked`, `pleased`).
                            forms = {f for f, lemma in inflections.items() if lemma == base}
                            forms |= {base + e for e in ('s', 'd', 'ed', 'ing')}
                            forms |= {base[:-1] + e for e in ('ing', 'ied', 'ies')}
                            for form in forms:
                                if form in vocab and prefix + form in vocab:
                                    negated[prefix + form] = form

    def lines(d):
        return ''.join('    %s %s\n' % (k, d[k]) for k in sorted(d))

    def inflection_lines(d):
        # "lemma code code ...": a code is the form's suffix after the lemma, or "-k" then the
        # suffix when the form drops the lemma's last k letters (happy -1ier, go -2went).
        by_lemma = collections.defaultdict(list)
        for form, lemma in d.items():
            by_lemma[lemma].append(form)
        out = []
        for lemma in sorted(by_lemma):
            codes = []
            for form in sorted(by_lemma[lemma]):
                k = 0
                while k < min(len(form), len(lemma)) and form[k] == lemma[k]:
                    k += 1
                drop = len(lemma) - k
                codes.append(('-%d' % drop if drop else '') + form[k:])
            out.append('    %s %s\n' % (lemma, ' '.join(codes)))
        return ''.join(out)

    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('// Generated by scripts/gen_matching_lexicon.py from Debian\'s wordnet-base (WordNet 3.0),\n')
        out.write('// scowl (vocabulary up to size 60) and the Snowball stop-word lists shipped by postgresql-15.\n')
        out.write('// Do not edit by hand. WordNet 3.0 license: Princeton University, see /usr/share/doc/wordnet-base.\n\n')
        out.write('extension Lexicon {\n')
        out.write('  /// English inflected forms and their WordNet base form, %d forms: "lemma code code…" per\n' % len(inflections))
        out.write('  /// line, a code being the form\'s ending after the lemma, or "-k" and the ending when the form\n')
        out.write('  /// drops the lemma\'s last k letters (`happy -1ier` is happier, `go -2went` is went).\n')
        out.write('  static let inflectionData: String = """\n' + inflection_lines(inflections) + '    """\n\n')
        out.write('  /// "lemma class" per line, %d entries: lemmas whose dominant WordNet sense is the same synset,\n' % len(synonyms))
        out.write('  /// or most of whose uses are in senses that hold the other (`allow`/`permit`), each mapped\n')
        out.write('  /// to the alphabetically first member of its class.\n')
        out.write('  static let synonymData: String = """\n' + lines(synonyms) + '    """\n\n')
        out.write('  /// "closed first second" per line, %d entries: closed English compounds that WordNet also\n' % len(compounds))
        out.write('  /// lists as two words (open or hyphenated), and their inflected forms.\n')
        out.write('  static let compoundData: String = """\n' + ''.join(
            '    %s %s %s\n' % (k, compounds[k][0], compounds[k][1]) for k in sorted(compounds)) + '    """\n\n')
        out.write('  /// "acronym flag word word…" per line, %d entries: WordNet phrases and the acronym of the same\n' % len(acronyms))
        out.write('  /// synset; flag `w` when the acronym is also a common word (read as one only when written\n')
        out.write('  /// in capitals or with dots), `-` otherwise.\n')
        out.write('  static let acronymData: String = """\n' + ''.join(
            '    %s %s %s\n' % (acronyms[k], 'w' if acronyms[k] in vocab or acronyms[k] in english_stop else '-', k)
            for k in sorted(acronyms, key=lambda k: (acronyms[k], k))) + '    """\n\n')
        out.write('  /// "acronym flag same" per line, %d entries: an acronym of the same first sense as `same`, read as\n' % len(canonical))
        out.write('  /// `same` (`usa - us`); flag as in ``acronymData``.\n')
        out.write('  static let acronymVariantData: String = """\n' + ''.join(
            '    %s %s %s\n' % (a, 'w' if a in vocab or a in english_stop else '-', canonical[a])
            for a in sorted(canonical)) + '    """\n\n')
        out.write('  /// "word word" per line, %d entries: WordNet direct antonyms, each word in one of its two\n' % len(antonyms))
        out.write('  /// most frequent senses.\n')
        out.write('  static let antonymData: String = """\n' + ''.join(
            '    %s %s\n' % pair for pair in sorted(antonyms)) + '    """\n\n')
        out.write('  /// "negated base" per line, %d entries: WordNet adjectives that are the direct antonym of\n' % len(negated))
        out.write('  /// the adjective they add a negative prefix to (un-, in-, im-, il-, ir-, dis-, non-), each in\n')
        out.write('  /// one of its two most frequent senses: `unacceptable acceptable`; and WordNet verbs of stance\n')
        out.write('  /// that add dis- or mis- to their antonym, with their forms: `disagreed agreed`.\n')
        out.write('  static let negatedData: String = """\n' + lines(negated) + '    """\n\n')
        out.write('  /// Snowball stop words by language (BCP 47 primary subtag), negations removed.\n')
        out.write('  static let stopwordData: [String: String] = [\n')
        for code in sorted(stop):
            out.write('    "%s": "%s",\n' % (code, ' '.join(stop[code])))
        out.write('  ]\n}\n')
    print('inflections %d, synonyms %d in %d classes, compounds %d, acronyms %d, antonyms %d, negated %d, '
          'stopword languages %d' % (
              len(inflections), len(synonyms), len({v for v in synonyms.values()}), len(compounds), len(acronyms),
              len(antonyms), len(negated), len(stop)),
        file=sys.stderr)


if __name__ == '__main__':
    main()
