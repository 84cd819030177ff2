#!/usr/bin/env python3
"""Benchmarks/results/cluster.md from the JSON lines of Benchmarks/cluster/run.sh."""
import json, os, platform, subprocess, sys, time


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
    cpu = 'unknown'
    try:
        cpu = [l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')][0]
    except Exception:
        pass
    print('# Clustering benchmark\n')
    print('Reproduce: `bash Benchmarks/cluster/run.sh` (quote sets from `gen_quotes.py` over the corpus of `Benchmarks/corpus.sh`).\n')
    print('- Run: %s UTC; %s, %d cores; load average at the end %s' % (
        time.strftime('%Y-%m-%d %H:%M', time.gmtime()), cpu, os.cpu_count() or 0, open('/proc/loadavg').read().split()[0]))
    print('- Quote sets: renderings of corpus statements with known truth (partial, lead-in, tail, word edits, punctuation, editorial insertions; statements reused with other speakers and dates past the pool)\n')
    print('## QuoteNorm\n')
    print('| quotations | in-process analysis s | clustering s | total s | candidate pairs scored | links | peak MB | CLI end to end s | CLI peak MB | pair recall vs truth | pair precision vs truth |')
    print('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|')
    by = {}
    for r in rows:
        by.setdefault((r['tool'], r.get('quotes')), r)
    for (tool, n), r in sorted(by.items(), key=lambda kv: (kv[0][1] or 0)):
        if tool != 'quotenorm-cluster':
            continue
        cli = by.get(('quotenorm-cli-cluster', n), {})
        t = cli.get('truth', {})
        print('| {:,} | {} | {} | {} | {:,} | {:,} | {} | {} | {} | {} | {} |'.format(
            n, r['analysis_s'], r['cluster_s'], r['seconds'], r['scored_pairs'], r['links'], r['peak_rss_mb'],
            cli.get('seconds', '–'), cli.get('peak_rss_mb', '–'), t.get('recall', '–'), t.get('precision', '–')))
    ex = [r for r in rows if r['tool'] == 'quotenorm-cluster-exhaustive']
    if ex:
        print('\n## Candidate generation against exhaustive scoring\n')
        print('| quotations | exhaustive s | pairs scored | links | link recall | co-clustered pair recall | precision |')
        print('|--:|--:|--:|--:|--:|--:|--:|')
        for r in ex:
            print('| {:,} | {} | {:,} | {:,} | {} | {} | {} |'.format(
                r['quotes'], r['seconds'], r['scored_pairs'], r['links'], r['link_recall'], r['pair_recall'], r['pair_precision']))
    peers = [r for r in rows if r['tool'].startswith(('rapidfuzz', 'datasketch'))]
    if peers:
        print('\n## Peers, same run, same quotations\n')
        print('| tool | quotations | seconds | threshold | pair recall vs truth | pair precision vs truth | note |')
        print('|---|--:|--:|--:|--:|--:|---|')
        for r in peers:
            note = 'candidates only: %s pairs, none scored' % format(r['candidate_pairs'], ',') if 'candidate_pairs' in r else 'every pair scored'
            print('| {} | {:,} | {} | {} | {} | {} | {} |'.format(
                r['tool'], r['quotes'], r['seconds'], r.get('threshold', '0.5 (Jaccard)'), r['recall'], r['precision'], note))
        ours = {r['quotes']: r for r in rows if r['tool'] == 'quotenorm-cli-cluster'}
        print()
        for r in peers:
            o = ours.get(r['quotes'])
            if o:
                print('- %s: QuoteNorm (CLI, end to end) is %.1f× faster on the same %s quotations.' % (
                    r['tool'], r['seconds'] / max(o['seconds'], 1e-3), format(r['quotes'], ',')))


if __name__ == '__main__':
    main()
