#!/usr/bin/env python3
"""Quote sets with known truth for clustering benchmarks and calibration.

Statements come from the benchmark corpus (Benchmarks/corpus.sh): the quotation paragraph of each
article (`“…”, said NAME.`: fortunes, with the speaker the corpus gives) and sentences of its prose
paragraphs (6-35 words). Each statement gets a speaker (its own, or one from the corpus's speaker
names), a date (85%) and is printed by 1-6 outlets (mean ~2.2); each printing is a *rendering*
made by 0-3 random edits of the kinds outlets make:

  punctuation  curly/straight marks and apostrophes, final punctuation, a comma, case of the first letter
  partial      a contiguous part of at least half the words (at the start, the end or the middle),
               with an elision mark at a cut 30% of the time
  fragment     a short partial quote: 4-8 contiguous words of a statement of 12 words or more
               (10% of renderings), as in `"Furthermore, we do not agree" with any intervention`
  lead-in      "No, ", "Well, ", "Furthermore, ", "And " (per language) before it
  tail         the first words of the paragraph's next sentence after it (prose statements)
  word edits   English contractions both ways (will not/won't, it is/it's, do not/don't), that/this/it
               as subject, will/is going to, one function word dropped, one adverb inserted, one word
               replaced by another of the corpus (a translation difference)
  editorial    "(NAME)" after a pronoun, or "[…]" elision inside
When the pool of statements runs out, a statement's words are reused with another speaker and date:
a different statement with the same words (what speaker and date must keep apart).

Output: JSON Lines {"id", "text", "lang", "speaker"?, "date"?, "source", "statement"}, shuffled
(the input order carries no information). Deterministic for a given corpus, size and seed.

  python3 Benchmarks/cluster/gen_quotes.py --corpus DIR --count 100000 --out quotes-100k.jsonl
"""
import argparse, json, os, random, re, sys

LEAD_INS = {
    'en': ['No, ', 'Well, ', 'Furthermore, ', 'And ', 'But ', 'Look, '],
    'es': ['No, ', 'Bueno, ', 'Además, ', 'Y ', 'Pero '],
    'fr': ['Non, ', 'Eh bien, ', 'En outre, ', 'Et ', 'Mais '],
    'de': ['Nein, ', 'Nun, ', 'Außerdem ', 'Und ', 'Aber '],
}
ADVERBS = {'en': ['really', 'very', 'just', 'certainly'], 'es': ['muy', 'realmente'], 'fr': ['très', 'vraiment'],
           'de': ['sehr', 'wirklich']}
FUNCTION = {'en': {'the', 'a', 'an', 'that', 'of', 'to', 'very', 'just'}, 'es': {'el', 'la', 'los', 'las', 'de', 'que'},
            'fr': {'le', 'la', 'les', 'de', 'que'}, 'de': {'der', 'die', 'das', 'den', 'dem'}}
CONTRACTIONS = [('will not', "won't"), ('it is', "it's"), ('do not', "don't"), ('does not', "doesn't"),
                ('is not', "isn't"), ('cannot', "can't"), ('we are', "we're"), ('I am', "I'm")]
OUTLETS = ['AFP', 'Reuters', 'AP', 'Bloomberg', 'BBC', 'CNN', 'El País', 'Le Monde', 'Der Spiegel', 'NHK',
           'Al Jazeera', 'Latin Times', 'TRT World', 'bnl']
QUOTE_PARA = re.compile(r'^[„“«「"](.{8,})[“”»」"],?\s+(.+?)\.?$')
SENTENCE_SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÄÖÜÀÈÂÊÎÔÛÇ¿¡])')
DATELINE = re.compile(r'^(\d{4}-\d\d-\d\d) · ([a-z]{2})$')


def read_corpus(path):
    """(quotes, sentences, speakers): quotes as (text, lang, speaker); sentences as (text, lang, next)."""
    quotes, sentences, speakers = [], [], set()
    lang = None
    with open(path, encoding='utf-8') as f:
        paras = [p.strip() for p in f.read().split('\n\n')]
    for p in paras:
        m = DATELINE.match(p)
        if m:
            lang = m.group(2)
            continue
        if not lang or '\n' in p:
            continue
        q = QUOTE_PARA.match(p)
        if q:
            tail = q.group(2).split()
            k = len(tail)
            while k > 0 and tail[k - 1][:1].isupper():
                k -= 1
            name = ' '.join(tail[k:])
            if 2 <= len(name.split()) <= 4 and k >= 1:
                speakers.add(name)
                quotes.append((q.group(1).strip(), lang, name))
            continue
        if lang not in ('en', 'es', 'fr', 'de', 'it', 'pt', 'pl', 'ru', 'ca', 'nb', 'vi'):
            continue
        parts = SENTENCE_SPLIT.split(p)
        for k, s in enumerate(parts):
            n = len(s.split())
            if 6 <= n <= 35 and not re.search(r'[(){}\[\]<>/\\|=_$#@]', s):
                nxt = parts[k + 1] if k + 1 < len(parts) else ''
                sentences.append((s, lang, nxt))
    return quotes, sentences, sorted(speakers)


def key(s):
    return ' '.join(re.findall(r'\w+', s.lower()))


class Renderer:
    def __init__(self, rng, vocab):
        self.r = rng
        self.vocab = vocab

    def render(self, text, lang, nxt, speakers):
        r = self.r
        ops = r.sample(['punct', 'partial', 'lead', 'tail', 'edit', 'edit', 'editorial'], r.choice([0, 1, 1, 2, 2, 3]))
        words = text.split()
        if len(words) >= 12 and r.random() < 0.1:
            k = r.randint(4, 8)
            s = r.randint(0, len(words) - k)
            words = words[s:s + k]
            ops = [o for o in ops if o in ('punct', 'lead')]
        if 'partial' in ops and len(words) >= 6:
            k = r.randint((len(words) + 1) // 2, len(words) - 1)
            where = r.choice(['start', 'end', 'middle'])
            s = 0 if where == 'start' else len(words) - k if where == 'end' else r.randint(0, len(words) - k)
            part = words[s:s + k]
            if r.random() < 0.3:
                part = (['…'] if s > 0 else []) + part + (['…'] if s + k < len(words) else [])
            words = part
        if 'edit' in ops:
            words = self.edit(words, lang)
        if 'editorial' in ops and len(words) >= 5:
            if r.random() < 0.5:
                for i, w in enumerate(words):
                    if w.lower().strip(',.') in ('he', 'she', 'they', 'him', 'her', 'them', 'er', 'sie', 'él', 'ella', 'il', 'elle'):
                        words = words[:i + 1] + ['(' + r.choice(speakers) + ')'] + words[i + 1:]
                        break
            else:
                i = r.randint(1, len(words) - 3)
                words = words[:i] + ['[…]'] + words[i + r.randint(1, 3):]
        text = ' '.join(words)
        if 'lead' in ops and lang in LEAD_INS:
            lead = r.choice(LEAD_INS[lang])
            text = lead + (text[0].lower() + text[1:] if text[:1].isupper() and not text[:2].isupper() else text)
        if 'tail' in ops and nxt:
            extra = nxt.split()[:r.randint(3, 8)]
            text = text.rstrip('.!?') + ', ' + ' '.join(extra)
        if 'punct' in ops:
            text = self.punct(text)
        return text

    def edit(self, words, lang):
        r = self.r
        w = list(words)
        choice = r.choice(['contract', 'subject', 'drop', 'insert', 'replace'])
        if lang == 'en' and choice in ('contract', 'subject'):
            s = ' '.join(w)
            if choice == 'contract':
                for a, b in r.sample(CONTRACTIONS, len(CONTRACTIONS)):
                    if a in s:
                        return s.replace(a, b, 1).split()
                    if b in s:
                        return s.replace(b, a, 1).split()
            for a, b in [('That will', 'It will'), ('This will', 'It will'), ('It will', 'That will'),
                         ('It is going to', 'It will'), ('will', 'is going to')]:
                if a in s:
                    return s.replace(a, b, 1).split()
        if choice == 'drop':
            idx = [i for i, x in enumerate(w) if x.lower() in FUNCTION.get(lang, ())]
            if idx:
                del w[r.choice(idx)]
                return w
        if choice == 'insert' and lang in ADVERBS and len(w) > 3:
            w.insert(r.randint(1, len(w) - 1), r.choice(ADVERBS[lang]))
            return w
        if choice == 'replace' and len(w) >= 8:
            i = r.randrange(len(w))
            w[i] = r.choice(self.vocab.get(lang) or [w[i]])
        return w

    def punct(self, text):
        r = self.r
        c = r.choice(['apos', 'final', 'comma', 'case'])
        if c == 'apos':
            return text.replace("'", '’') if "'" in text else text.replace('’', "'")
        if c == 'final':
            return text.rstrip('.!?,') + r.choice(['', '.', ',', '!'])
        if c == 'comma':
            return text.replace(', ', ' ', 1) if ', ' in text else text
        return text[0].swapcase() + text[1:] if text else text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', required=True, help='directory with clean.txt')
    ap.add_argument('--count', type=int, required=True, help='number of quotes')
    ap.add_argument('--seed', type=int, default=5)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    quotes, sentences, speakers = read_corpus(os.path.join(a.corpus, 'clean.txt'))
    seen, pool = set(), []
    for text, lang, name in quotes:
        k = key(text)
        if k not in seen:
            seen.add(k)
            pool.append((text, lang, name, ''))
    for text, lang, nxt in sentences:
        k = key(text)
        if k not in seen:
            seen.add(k)
            pool.append((text, lang, None, nxt))
    rng.shuffle(pool)
    vocab = {}
    for t, lang, *_ in pool[:40000]:
        vocab.setdefault(lang, set()).update(w for w in t.split() if w.isalpha() and len(w) > 3)
    rend = Renderer(rng, {k: sorted(v) for k, v in vocab.items()})
    out = []
    statement = 0
    while len(out) < a.count:
        text, lang, name, nxt = pool[statement % len(pool)]
        reuse = statement // len(pool)
        speaker = name if name and reuse == 0 else rng.choice(speakers)
        if rng.random() < 0.1:
            speaker = None
        date = None if rng.random() < 0.15 else '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28))
        n = rng.choices([1, 2, 3, 4, 5, 6], [45, 25, 15, 7, 5, 3])[0]
        for j in range(min(n, a.count - len(out))):
            rec = {'id': 'q%d' % len(out), 'text': text if j == 0 and rng.random() < 0.5 else rend.render(text, lang, nxt, speakers),
                   'lang': lang, 'source': rng.choice(OUTLETS), 'statement': 's%d' % statement}
            if speaker:
                rec['speaker'] = speaker
            if date:
                rec['date'] = date
            out.append(rec)
        statement += 1
    rng.shuffle(out)
    for i, rec in enumerate(out):
        rec['id'] = 'q%d' % i
    with open(a.out, 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('gen_quotes: %d quotes of %d statements (pool %d: %d quotations, %d sentences) -> %s' % (
        len(out), statement, len(pool), len(quotes), len(sentences), a.out), file=sys.stderr)


if __name__ == '__main__':
    main()
