#!/usr/bin/env python3
"""QuoteNorm's repair on ftfy's own test cases: real-world mojibake that ftfy's author collected
from Twitter and the Common Crawl (Windows-1250/1251/1257, Mac Roman, codepage 437, CESU-8,
bytes lost to U+FFFD or '?', no-break spaces turned into spaces…), plus synthetic and negative
cases (text that must not change).

The cases are read from ftfy's source distribution on PyPI, at the version pinned in
requirements.txt (tests/test_cases.json); nothing is copied into the project. Each case's
`original` goes through `quotenorm normalize --profile repair --format json`; a case agrees
when the output equals ftfy's `fixed-encoding` (the encoding fix alone) or its `fixed`.
The expected strings are ftfy's outputs, so this measures agreement with ftfy, not
correctness: where ftfy marks a lost byte with U+FFFD, guessing the character (`с` in
`Русский`) counts as a disagreement. ftfy itself agrees on the cases it marks `pass` and
not on the ones it marks `fail`.

  python3 Benchmarks/ftfy_cases.py [--quotenorm .build/release/quotenorm] [--failures]
      [--cases PATH/test_cases.json]
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, '.cache', 'ftfy')


def pinned_version():
    for line in open(os.path.join(HERE, 'requirements.txt'), encoding='utf-8'):
        if line.startswith('ftfy=='):
            return line.split('==', 1)[1].strip()
    sys.exit('ftfy_cases.py: no ftfy pin in Benchmarks/requirements.txt')


def fetch_cases():
    """tests/test_cases.json from ftfy's sdist (downloaded once into Benchmarks/.cache)."""
    version = pinned_version()
    target = os.path.join(CACHE, version, 'test_cases.json')
    if os.path.exists(target):
        return target, version
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, '-m', 'pip', 'download', '--no-deps', '--no-binary', ':all:',
               '-d', tmp, 'ftfy==%s' % version]
        r = subprocess.run(cmd, capture_output=True, text=True)
        archives = glob.glob(os.path.join(tmp, 'ftfy-*.tar.gz'))
        if r.returncode != 0 or not archives:
            sys.exit('ftfy_cases.py: could not download the ftfy %s sdist from PyPI:\n%s'
                     % (version, r.stderr[-2000:]))
        with tarfile.open(archives[0]) as t:
            member = next((m for m in t.getmembers() if m.name.endswith('tests/test_cases.json')),
                          None)
            if member is None:
                sys.exit('ftfy_cases.py: the ftfy %s sdist has no tests/test_cases.json' % version)
            data = t.extractfile(member).read()
    with open(target, 'wb') as f:
        f.write(data)
    return target, version


def repair(binary, text):
    r = subprocess.run([binary, 'normalize', '--profile', 'repair', '--format', 'json'],
                       input=text.encode('utf-8'), capture_output=True)
    if r.returncode != 0:
        return None, 'exit %d: %s' % (r.returncode, r.stderr.decode('utf-8', 'replace')[:200])
    return json.loads(r.stdout)['text'], None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--quotenorm', default=os.path.join(HERE, '..', '.build', 'release', 'quotenorm'))
    ap.add_argument('--cases', help='a test_cases.json to use instead of the pinned sdist')
    ap.add_argument('--failures', action='store_true', help='print every disagreement')
    a = ap.parse_args()
    path, version = (a.cases, 'given') if a.cases else fetch_cases()
    cases = json.load(open(path, encoding='utf-8'))
    totals = collections.Counter()
    agree = collections.Counter()
    failures = []
    for case in cases:
        expected = case.get('fixed-encoding', case['fixed'])
        out, error = repair(a.quotenorm, case['original'])
        ok = out is not None and out in (expected, case['fixed'])
        kind = case['expect']
        totals[kind] += 1
        agree[kind] += ok
        if not ok:
            failures.append((kind, case['label'], case['original'], expected, error or out))
    print('ftfy %s test_cases.json: %d cases' % (version, len(cases)))
    print('| ftfy marks the case | cases | QuoteNorm repair agrees with ftfy\'s expected text | share |')
    print('|---|--:|--:|--:|')
    for kind in ('pass', 'fail'):
        if totals[kind]:
            print('| %s | %d | %d | %.1f%% |' % (kind, totals[kind], agree[kind],
                                                100.0 * agree[kind] / totals[kind]))
    n = sum(totals.values())
    print('| all | %d | %d | %.1f%% |' % (n, sum(agree.values()), 100.0 * sum(agree.values()) / n))
    if a.failures:
        for kind, label, original, expected, got in failures:
            print('\n[%s] %s\n  original: %r\n  expected: %r\n  got:      %r'
                  % (kind, label, original, expected, got))


if __name__ == '__main__':
    main()
