#!/usr/bin/env bash
# run.sh — the one command that reproduces Benchmarks/results/latest.md:
#
#   bash Benchmarks/run.sh
#
# 1. corpus.sh: the ~50 MB corpus (cached in Benchmarks/.corpus/)
# 2. venv.sh: Benchmarks/.venv with the pinned ftfy and anyascii
# 3. swift build -c release of the `quotenorm` CLI (main package) and of `quotenorm-bench`
#    (the nested package in Benchmarks/, which depends on the main one by path)
# 4. throughput, all in this run: quotenorm-bench (QuoteNorm profiles, ICU NFC and
#    NFKC_Casefold alone), the CLI end to end, then peers.py (ftfy, anyascii, Python's unicodedata)
# 5. repair quality: `quotenorm normalize --profile repair` on dirty.txt and clean.txt, scored by
#    repair_quality.py; the same for ftfy (default and curly-quote-keeping configurations)
# 6. damage the corpus does not make: damage_variants.py (other codepages, Mac OS Roman, three
#    layers, lost no-break spaces…), without and with each paragraph's language, and ftfy's own
#    test cases (ftfy_cases.py)
# 7. report.py: ratio table and quality tables to stdout and Benchmarks/results/latest.md
# Raw outputs go to Benchmarks/.out/ (not committed).
#
# Knobs (environment):
#   QUOTENORM_CORPUS=DIR         corpus directory (default Benchmarks/.corpus)
#   QUOTENORM_ARTICLES=N         score repair quality on the first N articles only (default: all)
#   QUOTENORM_FTFY_LIMIT_MB=MB   ftfy's throughput on the first MB of each text (default 10; 0 = all)
#   QUOTENORM_REPEAT=N           runs per fast measurement, fastest reported (default 3)
#   QUOTENORM_BENCH_ARGS="..."   extra arguments for quotenorm-bench
#   QUOTENORM_SKIP_SWIFT=1       peers only (no Swift build or QuoteNorm numbers)
#   QUOTENORM_FTFY_QUALITY=0     skip scoring ftfy's repair quality (~80 s)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/.." && pwd))
out=$here/.out
mkdir -p "$out" "$here/results"
repeat=${QUOTENORM_REPEAT:-3}
ftfy_limit=${QUOTENORM_FTFY_LIMIT_MB:-10}
articles=${QUOTENORM_ARTICLES:-}
skip_swift=${QUOTENORM_SKIP_SWIFT:-0}
ftfy_quality=${QUOTENORM_FTFY_QUALITY:-1}

timings=()
step() { step_name=$1; step_start=$SECONDS; printf '\n== %s\n' "$1" >&2; }
step_done() {
  local s=$((SECONDS - step_start))
  timings+=("$step_name ${s}s")
  printf '   (%d s)\n' "$s" >&2
}

step "corpus"
corpus=$(bash "$here/corpus.sh")
echo "   $corpus" >&2
step_done

step "python venv"
py=$(bash "$here/venv.sh")
step_done

# Repair quality reads whole-file outputs; with QUOTENORM_ARTICLES the tools get a prefix instead.
inputs=$corpus
if [[ -n $articles ]]; then
  inputs=$out/prefix-$articles
  "$py" "$here/paragraphs.py" prefix "$corpus" "$articles" "$inputs"
fi
quality_args=(--corpus "$corpus" --out-dir "$out" ${articles:+--articles "$articles"})

swift_jsonl=$out/swift.jsonl
: >"$swift_jsonl"
qualities=()
if [[ $skip_swift != 1 ]]; then
  step "swift build -c release: quotenorm"
  swift build -c release --package-path "$top" --product quotenorm >&2
  cli=$(swift build -c release --package-path "$top" --show-bin-path)/quotenorm
  step_done

  step "swift build -c release: quotenorm-bench"
  swift build -c release --package-path "$here" --product quotenorm-bench >&2
  bench=$(swift build -c release --package-path "$here" --show-bin-path)/quotenorm-bench
  step_done

  step "quotenorm-bench (QuoteNorm profiles, ICU alone)"
  # shellcheck disable=SC2086  # QUOTENORM_BENCH_ARGS is a list of words on purpose
  "$bench" --corpus "$corpus" --repeat "$repeat" ${QUOTENORM_BENCH_ARGS:-} | tee "$swift_jsonl"
  if ! grep -q '"tool": *"quotenorm-' "$swift_jsonl"; then
    echo "run.sh: quotenorm-bench printed no quotenorm-* measurement (see README: JSON lines)" >&2
    exit 1
  fi
  step_done

  step "quotenorm normalize (CLI, end to end: repair; match on one thread and on every core; display and match as JSON)"
  cores=$(nproc)
  # tool, profile, --jobs (empty: the default, every core), --format, note
  cli_runs=(
    "quotenorm-cli-repair|repair||text|whole CLI process: start, read, repair, write; $cores threads"
    "quotenorm-cli-match-1-thread|match|1|text|whole CLI process, --jobs 1"
    "quotenorm-cli-match|match||text|whole CLI process; $cores threads (--jobs default)"
    "quotenorm-cli-display-json|display||json|whole CLI process, --format json (text and every edit); $cores threads"
    "quotenorm-cli-match-json|match||json|whole CLI process, --format json (text and every edit); $cores threads"
  )
  for side in dirty clean; do
    for run in "${cli_runs[@]}"; do
      IFS='|' read -r tool profile jobs format note <<<"$run"
      jobs_args=()
      [ -n "$jobs" ] && jobs_args=(--jobs "$jobs")
      suffix=txt
      [ "$format" = json ] && suffix=json
      t0=$(date +%s.%N)
      "$cli" normalize --profile "$profile" --format "$format" "${jobs_args[@]}" "$inputs/$side.txt" >"$out/$profile-quotenorm-$side.$suffix"
      t1=$(date +%s.%N)
      "$py" - "$inputs/$side.txt" "$t0" "$t1" "$side" "$tool" "$note" >>"$swift_jsonl" <<'PY'
import json, os, sys
path, t0, t1, side, tool, note = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
n = os.path.getsize(path)
print(json.dumps({"tool": tool, "text": side, "mb_per_s": round(n / 1e6 / (t1 - t0), 3),
                  "bytes": n, "seconds": round(t1 - t0, 3), "runs": 1, "note": note}))
PY
    done
  done
  tail -n 10 "$swift_jsonl"
  step_done

  step "quotenorm extract --input-format jsonl (CLI, end to end: one thread and every core)"
  # The corpus as articles of twelve paragraphs, one JSON Lines record each.
  for side in dirty clean; do
    "$py" - "$inputs/$side.txt" "$out/articles-$side.jsonl" <<'PY'
import json, sys
paras = open(sys.argv[1], encoding="utf-8").read().split("\n\n")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(0, len(paras), 12):
        f.write(json.dumps({"id": f"a{i // 12}", "text": "\n\n".join(paras[i:i + 12])}, ensure_ascii=False) + "\n")
PY
    for jobs in 1 ""; do
      jobs_args=()
      tool=quotenorm-cli-extract
      note="whole CLI process, JSON Lines articles in and out; $cores threads (--jobs default)"
      if [ -n "$jobs" ]; then
        jobs_args=(--jobs "$jobs")
        tool=quotenorm-cli-extract-1-thread
        note="whole CLI process, JSON Lines articles in and out, --jobs 1"
      fi
      t0=$(date +%s.%N)
      quotes=$("$cli" extract --input-format jsonl "${jobs_args[@]}" "$out/articles-$side.jsonl" | wc -l)
      t1=$(date +%s.%N)
      "$py" - "$out/articles-$side.jsonl" "$t0" "$t1" "$side" "$tool" "$note" "$quotes" >>"$swift_jsonl" <<'PY'
import json, os, sys
path, t0, t1, side, tool, note, quotes = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], int(sys.argv[7])
n = os.path.getsize(path)
print(json.dumps({"tool": tool, "text": side, "mb_per_s": round(n / 1e6 / (t1 - t0), 3),
                  "bytes": n, "seconds": round(t1 - t0, 3), "runs": 1,
                  "note": f"{note}; {quotes} quotations, {round(quotes / (t1 - t0))}/s"}))
PY
    done
  done
  tail -n 4 "$swift_jsonl"
  step_done
fi

step "peers.py (ftfy on the first ${ftfy_limit} MB, anyascii, unicodedata)"
"$py" "$here/peers.py" --corpus "$corpus" --limit-mb "$ftfy_limit" --repeat "$repeat" | tee "$out/peers.jsonl"
step_done

if [[ $skip_swift != 1 ]]; then
  step "repair quality: quotenorm"
  "$py" "$here/repair_quality.py" "${quality_args[@]}" --name quotenorm \
    --dirty-out "$out/repair-quotenorm-dirty.txt" --clean-out "$out/repair-quotenorm-clean.txt" \
    --json "$out/quality-quotenorm.json"
  qualities+=("$out/quality-quotenorm.json")
  step_done
fi

if [[ $ftfy_quality != 0 ]]; then
  for tool in ftfy ftfy-keep; do
    step "repair quality: $tool (once per paragraph)"
    "$py" "$here/repair_quality.py" "${quality_args[@]}" --tool "$tool" --json "$out/quality-$tool.json"
    qualities+=("$out/quality-$tool.json")
    step_done
  done
fi

extras=()
if [[ $skip_swift != 1 ]]; then
  step "repair on damage the corpus does not make: damage_variants.py, without and with --lang"
  {
    echo "## Repair of damage the corpus does not make"
    echo
    echo "\`python3 Benchmarks/damage_variants.py --limit 2000 [--lang]\`: corpus paragraphs damaged"
    echo "here with Python's codecs; the share where repair(damaged) equals repair(clean). With"
    echo "\`--lang\` each paragraph's language (from \`labels.tsv\`) is passed to \`quotenorm\`."
    echo
    "$py" "$here/damage_variants.py" --corpus "$corpus" --limit 2000 --quotenorm "$cli"
    echo
    echo "With \`--lang\`:"
    echo
    "$py" "$here/damage_variants.py" --corpus "$corpus" --limit 2000 --quotenorm "$cli" --lang
    echo
    echo "ftfy's own test cases (\`python3 Benchmarks/ftfy_cases.py\`): does repair give ftfy's"
    echo "expected text?"
    echo
    # The cases come from ftfy's sdist on PyPI: without the network, say so and go on.
    "$py" "$here/ftfy_cases.py" --quotenorm "$cli" | grep '^|' \
      || echo "(ftfy's test cases could not be read: see \`python3 Benchmarks/ftfy_cases.py\`)"
  } > "$out/damage-variants.md"
  extras+=("$out/damage-variants.md")
  step_done
fi

step "report"
command="bash Benchmarks/run.sh"
for var in QUOTENORM_ARTICLES QUOTENORM_FTFY_LIMIT_MB QUOTENORM_REPEAT QUOTENORM_BENCH_ARGS \
  QUOTENORM_SKIP_SWIFT QUOTENORM_FTFY_QUALITY; do
  [[ -n ${!var:-} ]] && command="$var=${!var} $command"
done
swift_version=$(swift --version 2>/dev/null | head -n 1 || true)
cli_version=""
[[ $skip_swift != 1 ]] && cli_version=$("$cli" --version 2>/dev/null | tr '\n' ' ' || true)
"$py" - "$out/meta.json" "$corpus" "$command" "$swift_version" "$cli_version" "${timings[*]/%/,}" <<'PY'
import json, os, platform, sys, time
from importlib import metadata
path, corpus, command, swift, cli, timings = sys.argv[1:]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
osname = next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release")
               if l.startswith("PRETTY_NAME")), platform.system())
manifest = dict(l.rstrip("\n").split("\t", 1) for l in open(os.path.join(corpus, "MANIFEST")) if "\t" in l)
sha = lambda f: manifest.get(f, "").rsplit("sha256=", 1)[-1][:12]
meta = {
    "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    "machine": f"{cpu}, {os.cpu_count()} cores, {mem / 2**20:.0f} GiB, {osname}; "
               f"load average at the end {os.getloadavg()[0]:.2f}",
    "versions": "; ".join(x for x in (swift, cli.strip() and f"quotenorm --version: {cli.strip()}",
                                      f"Python {platform.python_version()}",
                                      f"ftfy {metadata.version('ftfy')}",
                                      f"anyascii {metadata.version('anyascii')}") if x),
    "corpus": f"shared/scripts/make_corpus.sh, seed {manifest.get('seed', '?')}, "
              f"{int(manifest.get('articles', '0')):,} articles; clean.txt sha256 {sha('clean.txt')}…, "
              f"dirty.txt sha256 {sha('dirty.txt')}…",
    "command": command,
    "notes": "step times: " + timings.rstrip(","),
}
json.dump(meta, open(path, "w"), ensure_ascii=False, indent=1)
PY
"$py" "$here/report.py" --swift "$swift_jsonl" --peers "$out/peers.jsonl" \
  --quality "${qualities[@]}" --extra "${extras[@]}" --meta "$out/meta.json" \
  --out "$here/results/latest.md"
step_done
echo "run.sh: wrote $here/results/latest.md; raw outputs in $out" >&2
