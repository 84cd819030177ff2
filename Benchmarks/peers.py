"""Throughput of the Python peers on the benchmark corpus, one JSON line per (tool, text).

Each tool is called once per paragraph (paragraphs as split by paragraphs.py), in this process:

    ftfy              ftfy.fix_text(p), default configuration
    anyascii          anyascii.anyascii(p)
    py-nfc            unicodedata.normalize("NFC", p)           reference only
    py-nfkc           unicodedata.normalize("NFKC", p)          reference only
    py-nfkc-casefold  unicodedata.normalize("NFKC", p).casefold()
                      (an approximation of ICU's NFKC_Casefold, which also drops default
                      ignorables; reference only, the ratio table uses ICU's from the Swift run)

MB/s = UTF-8 bytes of the paragraphs handed to the tool (separators not counted) / 1e6 / seconds
of the timed loop. Reading, splitting and encoding are outside the timed loop. Each measurement is
repeated --repeat times and the fastest run is reported (mb_per_s), with the median alongside.

ftfy runs at a few MB/s, so by default it gets only the first --limit-mb MB of each text (whole
articles; "limit_mb" in its line says so). The other tools get the whole text unless --all-limit-mb.

    Benchmarks/.venv/bin/python Benchmarks/peers.py --corpus Benchmarks/.corpus [--limit-mb 10]

Output line: {"tool": "ftfy", "text": "dirty", "mb_per_s": 2.1, "mb_per_s_median": 2.0,
"bytes": 10000123, "paragraphs": 45000, "articles": 900, "seconds": 4.7, "runs": 1,
"limit_mb": 10, "version": "6.3.1"}; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import unicodedata
from importlib import metadata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paragraphs as P  # noqa: E402


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def tools() -> dict[str, tuple[object, str]]:
    """name -> (function of one paragraph, version string)."""
    pyver = "python " + platform.python_version() + ", Unicode " + unicodedata.unidata_version
    table: dict[str, tuple[object, str]] = {}
    try:
        import ftfy

        table["ftfy"] = (ftfy.fix_text, _version("ftfy"))
    except ImportError:
        print("peers.py: ftfy is not installed (run Benchmarks/venv.sh)", file=sys.stderr)
    try:
        from anyascii import anyascii

        table["anyascii"] = (anyascii, _version("anyascii"))
    except ImportError:
        print("peers.py: anyascii is not installed (run Benchmarks/venv.sh)", file=sys.stderr)
    norm = unicodedata.normalize
    table["py-nfc"] = (lambda p: norm("NFC", p), pyver)
    table["py-nfkc"] = (lambda p: norm("NFKC", p), pyver)
    table["py-nfkc-casefold"] = (lambda p: norm("NFKC", p).casefold(), pyver)
    return table


def time_once(fn, paras: list[str]) -> float:
    start = time.perf_counter()
    for p in paras:
        fn(p)
    return time.perf_counter() - start


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("QUOTENORM_CORPUS", os.path.join(here, ".corpus")))
    ap.add_argument("--texts", default="dirty,clean", help="comma-separated: dirty, clean")
    ap.add_argument("--tools", default="ftfy,anyascii,py-nfc,py-nfkc,py-nfkc-casefold")
    ap.add_argument("--limit-mb", type=float, default=10.0,
                    help="ftfy only: time it on the first N MB of whole articles (0 = whole text)")
    ap.add_argument("--all-limit-mb", type=float, default=0.0,
                    help="the other tools: first N MB (0 = whole text, the default)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per fast tool; fastest reported")
    ap.add_argument("--ftfy-repeat", type=int, default=1, help="runs for ftfy")
    args = ap.parse_args()

    table = tools()
    wanted = [t for t in args.tools.split(",") if t]
    unknown = [t for t in wanted if t not in table]
    if unknown:
        print(f"peers.py: unknown or unavailable tools: {', '.join(unknown)}", file=sys.stderr)
        return 64
    labels = P.read_labels(os.path.join(args.corpus, "labels.tsv"))
    for text in [t for t in args.texts.split(",") if t]:
        paras = P.aligned_paragraphs(P.read_text(os.path.join(args.corpus, f"{text}.txt")),
                                     labels, f"{text}.txt")
        sizes = [len(p.encode("utf-8")) for p in paras]
        for name in wanted:
            fn, version = table[name]
            limit = args.limit_mb if name == "ftfy" else args.all_limit_mb
            n = P.article_prefix_bytes(labels, paras, int(limit * 1e6)) if limit > 0 else len(paras)
            sub = paras[:n]
            nbytes = sum(sizes[:n])
            fn(sub[0]) if sub else None  # load lazy tables outside the timed loop
            runs = args.ftfy_repeat if name == "ftfy" else args.repeat
            secs = []
            for r in range(runs):
                secs.append(time_once(fn, sub))
                print(f"peers.py: {name} on {text}: {nbytes / 1e6:.1f} MB in {secs[-1]:.2f} s "
                      f"(run {r + 1}/{runs})", file=sys.stderr)
            best = min(secs)
            line = {
                "tool": name, "text": text,
                "mb_per_s": round(nbytes / 1e6 / best, 3),
                "mb_per_s_median": round(nbytes / 1e6 / statistics.median(secs), 3),
                "bytes": nbytes, "paragraphs": n,
                "articles": labels[n - 1].article + 1 if n else 0,
                "seconds": round(best, 3), "runs": runs,
                "limit_mb": limit if limit > 0 and n < len(paras) else None,
                "version": version,
            }
            print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except P.AlignmentError as e:
        print(f"peers.py: error: {e}", file=sys.stderr)
        sys.exit(65)
