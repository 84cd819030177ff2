#!/usr/bin/env python3
"""A real cross-rendering quote set from NTREX-128 dev (../shared/data/ntrex-en-es-dev.tsv): each
English news sentence has independent human Spanish translations (es, es_mx, and es_ref2 where it
differs from es); each translation is one rendering, the sentence is the statement. The second
half of the documents (the half calibrate.py holds out) by default; --half 0 for the first.
--english adds the English original as one more rendering (a cross-language set).

  python3 Benchmarks/cluster/ntrex_quotes.py > ntrex.jsonl
  quotenorm cluster --input ntrex.jsonl > clusters.jsonl
  python3 Benchmarks/cluster/evaluate.py ntrex.jsonl clusters.jsonl
The data is not copied into the project (see ../shared/data/README.md); this reads it in place.
"""
import argparse, csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ntrex', default=os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'ntrex-en-es-dev.tsv'))
    ap.add_argument('--half', type=int, default=1)
    ap.add_argument('--english', action='store_true', help='add the English original of each sentence')
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.ntrex, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    docs = []
    for r in rows:
        if r['doc_id'] not in docs:
            docs.append(r['doc_id'])
    keep = set(docs[:len(docs) // 2] if a.half == 0 else docs[len(docs) // 2:])
    for r in rows:
        if r['doc_id'] not in keep:
            continue
        versions = [('es', r['es'].strip()), ('mx', r['es_mx'].strip())]
        if a.english:
            versions.insert(0, ('en', r['en'].strip()))
        if r['es_ref2'].strip() != r['es'].strip():
            versions.append(('ref2', r['es_ref2'].strip()))
        for name, text in versions:
            print(json.dumps({'id': '%s-%s' % (r['line'], name), 'text': text, 'lang': 'en' if name == 'en' else 'es', 'source': name,
                              'statement': r['line']}, ensure_ascii=False))


if __name__ == '__main__':
    main()
