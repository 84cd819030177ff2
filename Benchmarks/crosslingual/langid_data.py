#!/usr/bin/env python3
"""Write the language-identification evaluation set (TSV: source, lang, text) that
`crosslingual-bench --langid` scores. Nothing here was used for training: the held-out third
of the sources of scripts/gen_language_profiles.py (same CRC32 rule), the NTREX dev sentences
(en, es), and the news fixtures of the other modules (Fixtures/<lang>/news.txt).

  python3 Benchmarks/crosslingual/langid_data.py CORPUS_DIR NTREX_TSV > Benchmarks/.out/crosslingual/langid.tsv

Rows are sentences of 5+ words (any length for ja, zh), at most 1,000 per source and language,
in a fixed pseudo-random order.
"""
import csv, glob, os, random, re, sys, unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../scripts"))
import gen_language_profiles as g  # noqa: E402

REQUIRED = "en es fr de it pt ca nl pl ru ja zh".split()


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?。！？])\s+", text) if s.strip()]


def enough(s, lang):
    return lang in ("ja", "zh") or len(g.words(s)) >= 5


def main():
    corpus, ntrex = sys.argv[1], sys.argv[2]
    rng = random.Random(6)
    rows = []
    held = {}
    for lang, text in g.sources(corpus, "test"):
        held.setdefault(lang, []).extend(s for s in sentences(text) if enough(s, lang))
    # Japanese and Chinese (identified by script, so not in the profiles): the same rule.
    for lang, loc in (("ja", "ja"), ("zh", "zh_CN")):
        for path in sorted(glob.glob(f"/usr/share/locale/{loc}/LC_MESSAGES/*.mo")):
            if g.held_out(path.rsplit("/", 1)[-1]):
                for _, mstr in g.read_mo(path):
                    s = g.clean(mstr.decode("utf-8", "replace"))
                    if len(s) >= 8:
                        held.setdefault(lang, []).append(s)
    for lang in sorted(held):
        ss = sorted(set(held[lang]))
        rng.shuffle(ss)
        rows += [("heldout", lang, s) for s in ss[:1000]]
    with open(ntrex, encoding="utf-8") as f:
        r = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in r:
            for lang in ("en", "es"):
                s = " ".join(row[lang].split())
                if enough(s, lang):
                    rows.append(("ntrex", lang, s))
    root = os.path.join(os.path.dirname(__file__), "../../Fixtures")
    for path in sorted(glob.glob(f"{root}/*/news.txt")):
        lang = path.split("/")[-2]
        text = " ".join(open(path, encoding="utf-8").read().split())
        rows += [("fixtures", lang, s) for s in sentences(text) if enough(s, lang)]
    for source, lang, s in rows:
        print(f"{source}\t{lang}\t{s}")


if __name__ == "__main__":
    main()
