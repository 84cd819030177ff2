"""Score a repair tool on the benchmark corpus, paragraph by paragraph, against labels.tsv.

A repair is judged by what it makes of the damage, not by how close it gets to clean.txt: for each
paragraph that the generator damaged in exactly one way, does repair(dirty) equal repair(clean)?
Paragraphs whose injection changed nothing (mojibake of an all-ASCII paragraph, a quote swap with
no quotes) are not damaged and are left out of the shares; the table counts them separately.
And for undamaged paragraphs, does repair leave clean text alone (repair(clean) == clean)?
Comparisons are of code points (Python str ==), after splitting on blank lines; CRLF and CR count
as LF for the split only (see paragraphs.py), so a tool that rewrites line ends is not penalised.

Two ways to run it:

  # a tool already run on the two whole files (what run.sh does for quotenorm)
  repair_quality.py --name quotenorm --dirty-out OUT_DIRTY --clean-out OUT_CLEAN
  # ftfy run here, once per paragraph; its outputs are saved to --out-dir for re-scoring
  repair_quality.py --tool ftfy            # ftfy.fix_text, default configuration
  repair_quality.py --tool ftfy-keep       # same, but keeping curly quotes, widths, ligatures

--articles N scores the first N articles only (outputs of the whole corpus are accepted then).
Prints a Markdown table, then one JSON line with the same numbers; --json FILE writes it (with the
table as "table_md") to a file too. The first --examples-per-kind failures of each kind go to --examples (default
Benchmarks/.out/repair-failures-NAME.txt) with a short diff around the first difference.
Exit status: 0 scored (whether or not targets are met), 65 outputs that do not align with labels.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import re
import time
import unicodedata
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paragraphs as P  # noqa: E402

# Damage kinds with a target in the issue: repair(dirty) == repair(clean) for >= 99.5% of them.
TARGET_SHARE = 0.995
TARGET_KINDS = ("mojibake_cp1252", "mojibake_latin1", "mojibake_double", "html_entities",
                "invisibles")
# Undamaged paragraphs that repair may change at most.
TARGET_CHANGED = 0.0005
# clean.txt is not spotless: a few paragraphs are not NFC (Arabic mark order) or carry controls,
# soft hyphens or zero-width characters from their sources. The table also reports the changed
# share among undamaged paragraphs free of those, to tell real over-repair from fixing the source.
_ODD = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u200b\u200d\u2060\ufeff]")


def plain(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text) and not _ODD.search(text)


def esc(s: str) -> str:
    """Show invisible and non-printing characters as escapes, keep everything else readable."""
    out = []
    for ch in s:
        if ch == " " or ch.isprintable():
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def diff_context(a: str, b: str, ctx: int = 30, width: int = 80) -> str:
    """`prefix[-only in a-][+only in b+]suffix` around the single differing stretch of a and b."""
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    da, db = a[i:len(a) - j], b[i:len(b) - j]
    if max(len(da), len(db)) <= 12 and any(unicodedata.combining(ch) for ch in da + db):
        # e.g. reordered combining marks: the two sides look identical, so show code points
        cp = lambda s: " ".join(f"U+{ord(ch):04X}" for ch in s)  # noqa: E731
        return f"@{i}: {esc(a[max(0, i - ctx):i])}[-{cp(da)}-][+{cp(db)}+]{esc(a[len(a) - j:][:ctx])}"
    cut = lambda s: s if len(s) <= width else s[:width] + "…"  # noqa: E731
    pre = ("…" if i > ctx else "") + a[max(0, i - ctx):i]
    post = a[len(a) - j:len(a) - j + ctx] + ("…" if j > ctx else "")
    return f"@{i}: {esc(pre)}[-{esc(cut(da))}-][+{esc(cut(db))}+]{esc(post)}"


def ftfy_fixer(name: str):
    import ftfy

    if name == "ftfy":
        return ftfy.fix_text
    if name == "ftfy-keep":
        config = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False,
                                      fix_latin_ligatures=False)
        return lambda p: ftfy.fix_text(p, config)
    raise SystemExit(f"repair_quality.py: unknown --tool {name} (ftfy, ftfy-keep)")


def write_like_corpus(path: str, labels: list[P.Label], paras: list[str]) -> None:
    """Paragraphs joined by a blank line, each article followed by one more, as in clean.txt."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        for k, (lab, p) in enumerate(zip(labels, paras)):
            f.write(p)
            last = k + 1 == len(labels) or labels[k + 1].article != lab.article
            f.write("\n\n\n" if last else "\n\n")


class Tally:
    def __init__(self) -> None:
        self.n = 0
        self.hits = 0

    def add(self, hit: bool) -> None:
        self.n += 1
        self.hits += hit

    def share(self) -> float | None:
        return self.hits / self.n if self.n else None

    def json(self, hit_name: str) -> dict:
        s = self.share()
        return {"n": self.n, hit_name: self.hits, "share": None if s is None else round(s, 6)}


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.2f}%"


def score(name: str, labels, clean, dirty, out_clean, out_dirty, examples_path: str,
          per_kind: int, extra: dict) -> dict:
    kinds = sorted({k for lab in labels for k in lab.injections})
    alone = {k: Tally() for k in kinds}
    multi = Tally()
    noop: Counter = Counter()  # injections that left the paragraph as it was (e.g. all ASCII)
    consistent = Tally()      # undamaged: repair(dirty) == repair(clean)
    unchanged = Tally()       # undamaged: repair(clean) == clean
    plain_unchanged = Tally() # undamaged and plain(clean): repair(clean) == clean
    all_unchanged = Tally()   # every clean paragraph: repair(clean) == clean
    failures: dict[str, list[str]] = defaultdict(list)
    failed_langs: dict[str, Counter] = defaultdict(Counter)

    def note(kind: str, lab: P.Label, text: str) -> None:
        failed_langs[kind][lab.lang] += 1
        if len(failures[kind]) < per_kind:
            head = (f"article {lab.article} paragraph {lab.paragraph} lang={lab.lang} "
                    f"crlf={int(lab.crlf)} injections={','.join(lab.injections) or '-'}")
            failures[kind].append(head + "\n" + text)

    for lab, c, d, oc, od in zip(labels, clean, dirty, out_clean, out_dirty):
        all_unchanged.add(oc == c)
        equal = od == oc
        if not lab.injections:
            consistent.add(equal)
            unchanged.add(oc == c)
            if plain(c):
                plain_unchanged.add(oc == c)
            if oc != c:
                note("undamaged: repair(clean) != clean", lab,
                     f"  clean -> repair(clean)  {diff_context(c, oc)}")
            if not equal:
                note("undamaged: repair(dirty) != repair(clean)", lab,
                     f"  repair(clean) -> repair(dirty)  {diff_context(oc, od)}")
            continue
        kind = lab.injections[0] if len(lab.injections) == 1 else "two or more kinds"
        if d == c:
            noop[kind] += 1
            continue
        (alone[kind] if len(lab.injections) == 1 else multi).add(equal)
        if not equal:
            note(kind, lab,
                 f"  clean -> dirty                  {diff_context(c, d)}\n"
                 f"  repair(clean) -> repair(dirty)  {diff_context(oc, od)}")

    met = all((alone[k].share() or 0) >= TARGET_SHARE for k in TARGET_KINDS if k in alone)
    met = met and (1 - (unchanged.share() or 1)) <= TARGET_CHANGED
    summary = {
        "tool": name,
        "articles": labels[-1].article + 1 if labels else 0,
        "paragraphs": len(labels),
        "share_of": "paragraphs the injection changed; noop_excluded counts the others",
        "kinds": {k: {**alone[k].json("equal"), "noop_excluded": noop[k]} for k in kinds},
        "two_or_more_kinds": {**multi.json("equal"), "noop_excluded": noop["two or more kinds"]},
        "undamaged_consistent": consistent.json("equal"),
        "undamaged_changed": {"n": unchanged.n, "changed": unchanged.n - unchanged.hits,
                              "share": round(1 - unchanged.share(), 6) if unchanged.n else None},
        "undamaged_plain_changed": {
            "n": plain_unchanged.n, "changed": plain_unchanged.n - plain_unchanged.hits,
            "share": round(1 - plain_unchanged.share(), 6) if plain_unchanged.n else None},
        "clean_changed_all": {"n": all_unchanged.n, "changed": all_unchanged.n - all_unchanged.hits,
                              "share": round(1 - all_unchanged.share(), 6) if all_unchanged.n else None},
        "targets": {"kinds": list(TARGET_KINDS), "share_at_least": TARGET_SHARE,
                    "undamaged_changed_at_most": TARGET_CHANGED, "met": met},
        **extra,
    }

    os.makedirs(os.path.dirname(os.path.abspath(examples_path)), exist_ok=True)
    with open(examples_path, "w", encoding="utf-8") as f:
        f.write(f"# repair failures of {name}: first {per_kind} per kind; invisibles escaped\n"
                f"# diff: @index: context[-only in left-][+only in right+]context\n")
        for kind in sorted(failed_langs):
            langs = ", ".join(f"{l}={n}" for l, n in failed_langs[kind].most_common())
            f.write(f"\n## {kind}: {sum(failed_langs[kind].values())} failing; by language: {langs}\n\n")
            f.write("\n\n".join(failures[kind]) + "\n")

    def target(kind: str, share: float | None) -> str:
        if kind not in TARGET_KINDS:
            return ""
        return f"≥ {100 * TARGET_SHARE:g}% " + ("met" if (share or 0) >= TARGET_SHARE else "MISSED")

    rows = [f"Repair quality of **{name}** on {summary['articles']:,} articles, "
            f"{len(labels):,} paragraphs",
            "",
            "| damage (alone in the paragraph) | paragraphs damaged | repair(dirty) = repair(clean) "
            "| share | target | no-op injections | share counting no-ops |",
            "|---|--:|--:|--:|---|--:|--:|"]

    def with_noop(t: Tally, k: str) -> str:
        n = t.n + noop[k]
        return pct((t.hits + noop[k]) / n if n else None)

    for k in kinds:
        t = alone[k]
        rows.append(f"| {k} | {t.n:,} | {t.hits:,} | {pct(t.share())} | {target(k, t.share())} | "
                    f"{noop[k]:,} | {with_noop(t, k)} |")
    m = "two or more kinds"
    rows.append(f"| ({m}) | {multi.n:,} | {multi.hits:,} | {pct(multi.share())} | | "
                f"{noop[m]:,} | {with_noop(multi, m)} |")
    rows.append(f"| (none: undamaged) | {consistent.n:,} | {consistent.hits:,} | "
                f"{pct(consistent.share())} | | | |")
    ch = summary["undamaged_changed"]
    ok = ch["share"] is not None and ch["share"] <= TARGET_CHANGED
    rows += ["",
             "| clean text changed by repair | paragraphs | changed | share | target |",
             "|---|--:|--:|--:|---|",
             f"| undamaged paragraphs (no injection) | {ch['n']:,} | {ch['changed']:,} | "
             f"{pct(ch['share'])} | ≤ {100 * TARGET_CHANGED:g}% {'met' if ok else 'MISSED'} |"]
    pl = summary["undamaged_plain_changed"]
    rows.append(f"| undamaged, and clean text NFC without controls, soft hyphens, zero-widths | "
                f"{pl['n']:,} | {pl['changed']:,} | {pct(pl['share'])} | |")
    al = summary["clean_changed_all"]
    rows.append(f"| every paragraph of clean.txt | {al['n']:,} | {al['changed']:,} | "
                f"{pct(al['share'])} | |")
    summary["table_md"] = "\n".join(rows)
    return summary


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("QUOTENORM_CORPUS", os.path.join(here, ".corpus")))
    ap.add_argument("--dirty-out", help="the tool's output for dirty.txt")
    ap.add_argument("--clean-out", help="the tool's output for clean.txt")
    ap.add_argument("--tool", help="run this Python repair per paragraph: ftfy or ftfy-keep")
    ap.add_argument("--name", help="name in the report (default: --tool, or 'tool')")
    ap.add_argument("--articles", type=int, help="score only the first N articles")
    ap.add_argument("--out-dir", default=os.path.join(here, ".out"))
    ap.add_argument("--examples", help="failure examples file (default OUT_DIR/repair-failures-NAME.txt)")
    ap.add_argument("--examples-per-kind", type=int, default=20)
    ap.add_argument("--json", help="also write the JSON summary line to this file")
    args = ap.parse_args()
    if bool(args.tool) == bool(args.dirty_out or args.clean_out) or \
            (not args.tool and not (args.dirty_out and args.clean_out)):
        ap.error("give either --tool, or both --dirty-out and --clean-out")
    name = args.name or args.tool or "tool"

    labels = P.read_labels(os.path.join(args.corpus, "labels.tsv"), args.articles)
    if not labels:
        ap.error("no labels for the articles asked for")
    clean = P.aligned_paragraphs(P.read_text(os.path.join(args.corpus, "clean.txt")), labels,
                                 "clean.txt", allow_longer=True)
    dirty = P.aligned_paragraphs(P.read_text(os.path.join(args.corpus, "dirty.txt")), labels,
                                 "dirty.txt", allow_longer=True)
    extra: dict = {}
    if args.tool:
        fix = ftfy_fixer(args.tool)
        from importlib import metadata

        extra["version"] = metadata.version("ftfy")
        outs = {}
        for side, paras in (("dirty", dirty), ("clean", clean)):
            t0 = time.perf_counter()
            outs[side] = [fix(p) for p in paras]
            secs = time.perf_counter() - t0
            mb = sum(len(p.encode("utf-8")) for p in paras) / 1e6
            extra[f"{side}_mb_per_s"] = round(mb / secs, 3)
            print(f"repair_quality.py: {name} on {side}: {mb:.1f} MB in {secs:.1f} s", file=sys.stderr)
            os.makedirs(args.out_dir, exist_ok=True)
            write_like_corpus(os.path.join(args.out_dir, f"repair-{name}-{side}.txt"), labels, outs[side])
        out_dirty, out_clean = outs["dirty"], outs["clean"]
    else:
        out_dirty = P.aligned_paragraphs(P.read_text(args.dirty_out), labels,
                                         f"{name} output for dirty.txt ({args.dirty_out})",
                                         allow_longer=args.articles is not None)
        out_clean = P.aligned_paragraphs(P.read_text(args.clean_out), labels,
                                         f"{name} output for clean.txt ({args.clean_out})",
                                         allow_longer=args.articles is not None)
        cr = sum(P.read_text(f).count("\r") for f in (args.dirty_out, args.clean_out))
        extra["cr_left_in_output"] = cr

    examples = args.examples or os.path.join(args.out_dir, f"repair-failures-{name}.txt")
    summary = score(name, labels, clean, dirty, out_clean, out_dirty, examples,
                    args.examples_per_kind, extra)
    print(summary["table_md"])
    print(f"\nfailure examples: {examples}")
    line = json.dumps({k: v for k, v in summary.items() if k != "table_md"}, ensure_ascii=False)
    print(line)
    if args.json:  # the file keeps the Markdown table too, for run.sh's report
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(json.dumps(summary, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except P.AlignmentError as e:
        print(f"repair_quality.py: error: {e}", file=sys.stderr)
        sys.exit(65)
