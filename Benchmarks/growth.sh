#!/usr/bin/env bash
# growth.sh — time and peak memory of `quotenorm` on hostile inputs of growing size, to show
# that time grows linearly and memory stays flat for the streaming commands. Writes
# Benchmarks/results/growth.md (and the raw rows to Benchmarks/.out/growth/results.tsv).
#
#   bash Benchmarks/growth.sh                         1, 10 and 100 MB of every shape
#   GROWTH_SIZES="1 10 100 1000" bash Benchmarks/growth.sh     up to 1 GB
#   GROWTH_SHAPES="text giant-line" GROWTH_COMMANDS="display extract" …   a subset
#   GROWTH_TIMEOUT=900                                seconds before a run is cut (reported ">")
#   QUOTENORM=path/to/quotenorm                       a binary already built (default: build
#                                                     the release binary of this checkout)
#   GROWTH_APPEND=1                                   keep earlier rows (a later run of the same
#                                                     command, shape and size replaces its row)
#
# Shapes (each N MB, generated once into Benchmarks/.out/growth/, not committed):
#   text             the seed articles, repeated
#   mojibake         the seed articles as UTF-8 read as Windows-1252, repeated
#   giant-line       the seed articles with every line break a space: one line of N MB
#   giant-paragraph  the seed articles hard-wrapped at 72 columns, no blank line: one paragraph
#   quote-marks      “word” ‘word’ «word» pairs, hard-wrapped, one paragraph (4 MB ≈ 1M marks)
#   nesting          paragraphs of quotations nested 10,000 deep (“‘“‘…x…’”’”)
#   unbalanced       opening marks never closed, hard-wrapped, one paragraph (8 MB ≈ 1M marks)
#   combining        U+0301 COMBINING ACUTE ACCENT only, no line break
#   lossy-mojibake   the seed articles as Windows-1252 mojibake whose no-break spaces became
#                    spaces and whose C1 controls were dropped, and lines of `「` then `インã€`
#                    repeated (a bracket left open and bytes lost in doubt on every run)
#
# Commands: normalize --profile repair | display | match | match --transliterate, and extract
# (JSON Lines), on the shapes above; cluster (--input, JSON Lines of quotations) on its own:
#   quotes           gen_quotes.py's realistic quote sets (needs the corpus, Benchmarks/corpus.sh)
#   same-quote       one quotation, repeated with distinct ids: one cluster of everything
#   common-words     quotations of 20 random function words: every pair shares its words
#   giant-quotes     quotations of 100 KB each (about 15,000 words), ten per MB
# Each run: /usr/bin/time -f '%e %M' (wall seconds, peak RSS), output discarded.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
out=$here/.out/growth
mkdir -p "$out" "$here/results"
sizes=${GROWTH_SIZES:-1 10 100}
shapes=${GROWTH_SHAPES:-text mojibake lossy-mojibake giant-line giant-paragraph quote-marks nesting unbalanced combining}
commands=${GROWTH_COMMANDS:-repair display match translit extract cluster}
cluster_shapes=${GROWTH_CLUSTER_SHAPES:-quotes same-quote common-words giant-quotes}
limit=${GROWTH_TIMEOUT:-900}

[ -x /usr/bin/time ] || {
  echo "growth.sh needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 1
}
if [ -z "${QUOTENORM:-}" ]; then
  (cd "$top" && swift build -c release --product quotenorm >&2) || exit 1
  QUOTENORM="$(cd "$top" && swift build -c release --show-bin-path)/quotenorm"
fi

# Inputs: written in large blocks, so that generating 1 GB takes seconds.
python3 - "$top" "$out" $sizes <<'PY' || exit 1
import pathlib, sys, textwrap
top, out, sizes = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), [int(s) for s in sys.argv[3:]]
seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((top / "seeds").glob("*.txt")))
wrapped = "\n".join(textwrap.wrap(seeds.replace("\n", " "), 72)) + "\n"
marks = ("“word” ‘word’ «word» " * 4)
deep = 10_000
opens, closes = "“‘" * (deep // 2), "’”" * (deep // 2)
blocks = {
    "text": seeds + "\n\n",
    "mojibake": (seeds + "\n\n").encode("utf-8").decode("cp1252", errors="replace"),
    "giant-line": seeds.replace("\n", " ") + " ",
    "giant-paragraph": wrapped,
    "quote-marks": "\n".join(textwrap.wrap(marks * 200, 72)) + "\n",
    "nesting": opens + "x" + closes + "\n\n",
    "unbalanced": "\n".join(textwrap.wrap("“word " * 2000, 72)) + "\n",
    "combining": "\u0301" * 4096,
    "lossy-mojibake": "".join(
        c for c in (seeds + "\n\n").encode("utf-8").decode("cp1252", errors="replace")
        if not 0x80 <= ord(c) <= 0x9F).replace("\u00a0", " ")
        + ("章「" + "インã€" * 20 + "\n") * 50,
}
for name, block in blocks.items():
    data = block.encode("utf-8")
    for mb in sizes:
        path = out / f"{name}-{mb}MB.txt"
        target = mb * 1_000_000
        if path.exists() and path.stat().st_size == target:
            continue
        with open(path, "wb") as f:
            written = 0
            chunk = data * max(1, (1 << 22) // len(data))
            while written + len(chunk) <= target:
                f.write(chunk)
                written += len(chunk)
            rest = target - written
            tail = (data * (rest // len(data) + 1))[:rest]
            # Never end inside a UTF-8 sequence: cut before the last lead byte, pad with spaces.
            cut = len(tail)
            while cut and (tail[cut - 1] & 0xC0) == 0x80:
                cut -= 1
            if cut and tail[cut - 1] >= 0xC0:
                cut -= 1
            f.write(tail[:cut] + b" " * (rest - cut))

# Quote sets for cluster: JSON Lines of about N MB.
import json, random, subprocess
rng = random.Random(5)
function = "the of and to in a is that it for on with as was he she said we not be".split()
words = seeds.split()
corpus = top / "Benchmarks" / ".corpus"
def quote_set(name, mb, make):
    path = out / f"{name}-{mb}MB.jsonl"
    if path.exists():
        return
    with open(path, "w", encoding="utf-8") as f:
        written, i = 0, 0
        while written < mb * 1_000_000:
            line = json.dumps({"id": f"q{i}", "text": make(i), "speaker": "Ana Díaz",
                               "date": "2025-11-04"}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode())
            i += 1
same = "We do not agree with any process of interference or interventionism in our country."
giant = " ".join(words[k % len(words)] for k in range(17_000))
for mb in sizes:
    quote_set("same-quote", mb, lambda i: same)
    quote_set("common-words", mb, lambda i: " ".join(rng.choice(function) for _ in range(20)))
    quote_set("giant-quotes", mb, lambda i: f"{i} " + giant[: 100_000 - 8])
    path = out / f"quotes-{mb}MB.jsonl"
    if (corpus / "clean.txt").exists() and not path.exists():
        # About 230 bytes a quotation.
        subprocess.run([sys.executable, str(top / "Benchmarks" / "cluster" / "gen_quotes.py"),
                        "--corpus", str(corpus), "--count", str(mb * 4300), "--out", str(path)],
                       check=True, stdout=subprocess.DEVNULL)
PY

args_for() {
  case "$1" in
    repair | display | match) echo "normalize --profile $1" ;;
    translit) echo "normalize --profile match --transliterate" ;;
    extract) echo "extract --format jsonl" ;;
    cluster) echo "cluster --translate-with none --format jsonl --input" ;;
  esac
}

tsv=$out/results.tsv
[ "${GROWTH_APPEND:-0}" = 1 ] && [ -s "$tsv" ] ||
  printf 'command\tshape\tMB\tseconds\tpeak_MB\tstatus\n' >"$tsv"
for c in $commands; do
  if [ "$c" = cluster ]; then these=$cluster_shapes; ext=jsonl; else these=$shapes; ext=txt; fi
  for s in $these; do
    for mb in $sizes; do
      input=$out/$s-${mb}MB.$ext
      [ -e "$input" ] || continue
      # shellcheck disable=SC2046
      /usr/bin/time -f '%e %M' -o "$out/time.txt" timeout "$limit" \
        "$QUOTENORM" $(args_for "$c") "$input" >/dev/null 2>"$out/stderr.txt"
      status=$?
      read -r secs kb <"$out/time.txt" 2>/dev/null || { secs=?; kb=0; }
      case "$secs" in Command*) read -r secs kb < <(tail -1 "$out/time.txt") ;; esac
      [ "$status" -eq 124 ] && secs=">$limit"
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$c" "$s" "$mb" "$secs" "$((kb / 1024))" "$status" >>"$tsv"
      printf '%-9s %-16s %5s MB  %8s s  %6s MB  exit %s\n' "$c" "$s" "$mb" "$secs" "$((kb / 1024))" "$status" >&2
      # A run past the limit: larger sizes of this shape would only be slower.
      [ "$status" -eq 124 ] && break
    done
  done
done

python3 - "$tsv" "$here/results/growth.md" "$QUOTENORM" <<'PY'
import subprocess, sys
tsv, md, binary = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [l.rstrip("\n").split("\t") for l in open(tsv, encoding="utf-8")][1:]
cell = {(c, s, mb): (t, m, st) for c, s, mb, t, m, st in rows}
sizes = sorted({r[2] for r in rows}, key=int)
commands = list(dict.fromkeys(r[0] for r in rows))
shapes = list(dict.fromkeys(r[1] for r in rows))
names = {"repair": "normalize --profile repair", "display": "normalize --profile display",
         "match": "normalize --profile match", "translit": "normalize --profile match --transliterate",
         "extract": "extract --format jsonl", "cluster": "cluster --translate-with none --format jsonl --input"}
version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
lines = [
    "# Growth: time and peak memory on hostile inputs",
    "",
    f"`bash Benchmarks/growth.sh` (sizes {' '.join(sizes)} MB), {version}, {cpu}.",
    "Each cell: wall time in seconds / peak resident memory in MB, output discarded; `>N` is a run",
    "cut after N seconds; `exit` a status other than 0. The last column is time(largest) /",
    "time(10×smaller): 10 is linear. Shapes are described at the top of growth.sh. The machine",
    "(2 cores) was shared with other jobs: times are upper bounds. `exit 143`: stopped by hand",
    "(a run that was replaced by a later one of a newer build, or stopped to spare the machine).",
    "",
]
def ratio(c, s):
    ts = []
    for mb in sizes:
        t, _, st = cell.get((c, s, mb), ("?", "", ""))
        if st != "0": continue
        try: ts.append((int(mb), float(t)))
        except ValueError: pass
    if len(ts) >= 2 and ts[-2][1] >= 0.1 and ts[-1][0] == 10 * ts[-2][0]:
        return f"{ts[-1][1] / ts[-2][1]:.1f}"
    return "–"
for c in commands:
    lines += [f"## `quotenorm {names.get(c, c)}`", "",
              "| shape | " + " | ".join(f"{mb} MB" for mb in sizes) + " | growth ×10 |",
              "|---|" + "---:|" * len(sizes) + "---:|"]
    for s in shapes:
        if not any((c, s, mb) in cell for mb in sizes):
            continue
        cells = []
        for mb in sizes:
            t, m, st = cell.get((c, s, mb), ("", "", ""))
            if not t: cells.append("")
            elif st not in ("0", "124"): cells.append(f"exit {st}")
            else: cells.append(f"{t} s / {m} MB")
        lines.append(f"| {s} | " + " | ".join(cells) + f" | {ratio(c, s)} |")
    lines.append("")
open(md, "w", encoding="utf-8").write("\n".join(lines))
print("\n".join(lines))
PY
