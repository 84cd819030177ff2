"""Turn one benchmark run's raw outputs into the ratio table and Benchmarks/results/latest.md.

Inputs are JSON lines, one measurement each, with at least "tool" and "mb_per_s" (rows without
"mb_per_s", one-off timings, are skipped):
  --swift FILE   from quotenorm-bench (and run.sh's CLI timings): quotenorm-repair,
                 quotenorm-display, quotenorm-match, icu-nfc, icu-nfkc-casefold, ...
  --peers FILE   from peers.py: ftfy, anyascii, py-nfc, py-nfkc, py-nfkc-casefold
"text" ("dirty" or "clean") says which file was measured; a line without it counts as "dirty".
A profile is compared with a peer measured on the same text; when the peer has no measurement on
that text, its other text is used and the ratio is marked with *.

  --quality FILE ...  JSON written by repair_quality.py --json (tables are copied in)
  --meta FILE         JSON object: date, machine, versions, corpus, command
  --out FILE          Markdown report (also printed)
"""

from __future__ import annotations

import argparse
import json
import sys

PROFILES = ("quotenorm-repair", "quotenorm-display", "quotenorm-match")
PEERS = (("icu-nfc", "ICU NFC"), ("icu-nfkc-casefold", "ICU NFKC_Casefold"),
         ("ftfy", "ftfy"), ("anyascii", "anyascii"))
TARGETS = (("quotenorm-match", "icu-nfkc-casefold", 0.4), ("quotenorm-match", "ftfy", 50.0))


def read_lines(path: str | None) -> list[dict]:
    if not path:
        return []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"report.py: {path}:{n}: not JSON: {e}")
            if "tool" not in row:
                raise SystemExit(f"report.py: {path}:{n}: needs \"tool\"")
            if not isinstance(row.get("mb_per_s"), (int, float)):
                # Not a throughput (the runner's one-off timings, e.g. "spelling-table-load").
                continue
            row.setdefault("text", "dirty")
            rows.append(row)
    return rows


def lookup(table: dict, tool: str, text: str) -> tuple[float | None, bool]:
    if (tool, text) in table:
        return table[(tool, text)], False
    other = [v for (t, _), v in table.items() if t == tool]
    return (other[0], True) if other else (None, False)


def fmt(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}" if x >= 10 else f"{x:,.2f}"


def ratio(a: float, b: float | None, other_text: bool) -> str:
    if b is None or b == 0:
        return "–"
    r = a / b
    s = f"{r:,.0f}×" if r >= 100 else f"{r:,.1f}×" if r >= 10 else f"{r:.2f}×"
    return s + ("*" if other_text else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--swift")
    ap.add_argument("--peers")
    ap.add_argument("--quality", nargs="*", default=[])
    ap.add_argument("--extra", nargs="*", default=[], help="Markdown sections to append")
    ap.add_argument("--meta")
    ap.add_argument("--out")
    args = ap.parse_args()

    rows = read_lines(args.swift) + read_lines(args.peers)
    table = {(r["tool"], r["text"]): float(r["mb_per_s"]) for r in rows}
    meta = json.load(open(args.meta, encoding="utf-8")) if args.meta else {}

    md = ["# QuoteNorm benchmark results", ""]
    if meta.get("command"):
        md += [f"Reproduce: `{meta['command']}`", ""]
    for key, label in (("date", "Run"), ("machine", "Machine"), ("versions", "Versions"),
                       ("corpus", "Corpus"), ("notes", "Notes")):
        if meta.get(key):
            md.append(f"- {label}: {meta[key]}")
    md += ["", "## Throughput", "",
           "MB/s of UTF-8 input (10^6 bytes per second), every number from the same run. "
           "Ratios > 1 mean QuoteNorm is faster. `*`: the peer was measured only on the other text.",
           ""]
    profiles = [r for r in rows if r["tool"] in PROFILES]
    if profiles:
        md.append("| profile | text | MB/s | " + " | ".join(f"× {name}" for _, name in PEERS) + " |")
        md.append("|---|---|--:|" + "--:|" * len(PEERS))
        for r in sorted(profiles, key=lambda r: (PROFILES.index(r["tool"]), r["text"])):
            cells = [ratio(r["mb_per_s"], *lookup(table, p, r["text"])) for p, _ in PEERS]
            md.append(f"| {r['tool'].removeprefix('quotenorm-')} | {r['text']} | "
                      f"{fmt(r['mb_per_s'])} | " + " | ".join(cells) + " |")
        md.append("")
        for prof, peer, want in TARGETS:
            for r in [r for r in profiles if r["tool"] == prof]:
                base, other = lookup(table, peer, r["text"])
                if base:
                    got = r["mb_per_s"] / base
                    md.append(f"- target: {prof} ≥ {want:g}× {peer} on {r['text']}: {got:.2f}× — "
                              f"{'met' if got >= want else 'MISSED'}" + (" (*)" if other else ""))
        md.append("")
    else:
        md += ["No QuoteNorm measurements in this run (the Swift runner was skipped or printed none).", ""]

    md += ["All measurements of this run:", "",
           "| tool | text | MB/s | median MB/s | MB timed | runs | version / note |",
           "|---|---|--:|--:|--:|--:|---|"]
    for r in rows:
        note = r.get("version") or r.get("note") or ""
        if r.get("limit_mb"):
            note = f"{note}; first {r['limit_mb']:g} MB ({r.get('articles', '?')} articles)".lstrip("; ")
        mb = f"{r['bytes'] / 1e6:,.1f}" if isinstance(r.get("bytes"), (int, float)) else ""
        med = fmt(r["mb_per_s_median"]) if isinstance(r.get("mb_per_s_median"), (int, float)) else ""
        md.append(f"| {r['tool']} | {r['text']} | {fmt(r['mb_per_s'])} | {med} | {mb} | "
                  f"{r.get('runs', '')} | {note} |")
    md.append("")

    if args.quality:
        md += ["## Repair quality", "",
               "For each paragraph the generator damaged in exactly one way: does "
               "repair(dirty) equal repair(clean)? For undamaged paragraphs: does repair change "
               "clean text? (`Benchmarks/repair_quality.py`; failing examples in `Benchmarks/.out/`.)",
               ""]
        for path in args.quality:
            q = json.load(open(path, encoding="utf-8"))
            md += [q["table_md"], ""]
            if q.get("version"):
                md += [f"({q['tool']} {q['version']})", ""]
    for path in args.extra:
        md += [open(path, encoding="utf-8").read().rstrip(), ""]
    text = "\n".join(md).rstrip() + "\n"
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
