#!/usr/bin/env bash
# Builds the fuzz targets (libFuzzer + AddressSanitizer + LeakSanitizer) and runs each for a
# bounded time from the committed seed corpus, then prints executions per target and a summary.
#
#   bash Fuzz/run.sh                         every target, 60 s each
#   FUZZ_SECONDS=600 bash Fuzz/run.sh        longer
#   FUZZ_RUNS=10000000 bash Fuzz/run.sh fuzz-normalize-match    exactly that many executions
#   FUZZ_NICE=10                             niceness of the build and the runs (default 10)
#   FUZZ_MAX_LEN=4096                        longest input libFuzzer makes, in bytes
#   FUZZ_BIN=DIR                             run the targets built in DIR (no build): a long
#                                            campaign on a copy, immune to rebuilds
#   FUZZ_SUMMARY=FILE                        where the summary table goes (default
#                                            .build/fuzz-summary.md; one per concurrent run)
#   FUZZ_PARALLEL=2                          targets run at once (default 1); one per core for
#                                            a long unattended campaign
#
# Stop a campaign by ending it, never by pausing it (SIGSTOP): libFuzzer's -timeout counts
# wall-clock time, so a pause longer than 10 s is reported as a timeout of the input being run.
#
# Inputs the fuzzers add go to Fuzz/.build/corpus/<target>/ (not committed; Fuzz/corpus/ holds
# the seeds, rebuilt by make_corpus.py). A crash, leak, timeout or out-of-memory input is saved
# under Fuzz/.build/artifacts/<target>/; copy it to Fuzz/regressions/<target>/ and add it to
# Tests/QuoteNormalizationTests/FuzzRegressionTests.swift once fixed. Every input already in
# Fuzz/regressions/<target>/ is replayed first.
#
# Exit status: 0 when no target failed, 1 otherwise. Never part of `make test` (CI).
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
seconds="${FUZZ_SECONDS:-60}"
runs="${FUZZ_RUNS:--1}"
nice_level="${FUZZ_NICE:-10}"
max_len="${FUZZ_MAX_LEN:-4096}"
all_targets=(fuzz-normalize-repair fuzz-normalize-display fuzz-normalize-match
  fuzz-normalize-match-translit fuzz-normalize-forms fuzz-extract fuzz-match-pair)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

# Swift: every module instrumented for coverage and ASan; `-parse-as-library` because the
# targets have no top-level code. C (the ICU shim): ASan too. The entry point is explained in
# Sources/CFuzzDriver/include/CFuzzDriver.h.
if [ -n "${FUZZ_BIN:-}" ]; then
  bin="$FUZZ_BIN"
else
  echo "== building fuzz targets (release, -sanitize=fuzzer,address)"
  # SwiftPM does not always rebuild this package's modules when the library they depend on
  # (by path) changes, and a stale FuzzChecks lays out the library's structs as they were: ASan
  # then reports a stack-buffer-overflow in the checks. They are small: always rebuild them.
  # New files in the library are likewise missed until the build description is rewritten.
  scratch="$(swift build -c release --show-bin-path 2>/dev/null)"
  if [ -n "$scratch" ] && [ -d "$scratch" ]; then
    rm -rf "$scratch"/FuzzChecks.build "$scratch"/CFuzzDriver.build "$scratch"/fuzz_*.build \
      "$scratch"/fuzz-* "$scratch"/Modules/FuzzChecks.* "$scratch"/description.json
  fi
  nice -n "$nice_level" swift build -c release \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | grep -v "Cannot export local symbol" | tail -5
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz build failed"; exit 1; }
  bin="$(swift build -c release --show-bin-path)"
fi

corpus_of() {
  case "$1" in
    fuzz-normalize-*) echo normalize ;;
    fuzz-extract) echo extract ;;
    fuzz-match-pair) echo match-pair ;;
  esac
}

# The Swift runtime's own backtracer reads other threads' stacks, which ASan reports as an
# error of its own: libFuzzer prints the stack instead.
export SWIFT_BACKTRACE="enable=no"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
summary="${FUZZ_SUMMARY:-$here/.build/fuzz-summary.md}"
mkdir -p "$here/.build"
{
  echo "| target | executions | exec/s | corpus added | peak RSS (MB) | result |"
  echo "|---|---:|---:|---:|---:|---|"
} >"$summary"
parallel="${FUZZ_PARALLEL:-1}"
rows="$here/.build/rows.$$"
mkdir -p "$rows"

# One target: regressions, then the run; writes its summary row to $rows/<target> and returns 1
# when it failed.
fuzz_one() {
  local t="$1"
  local seeds work artifacts log regressions args status execs rate added rss result failure=0
  seeds="$here/corpus/$(corpus_of "$t")"
  work="$here/.build/corpus/$t"
  artifacts="$here/.build/artifacts/$t"
  log="$here/.build/logs/$t.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"

  # Regressions first: every saved input must pass.
  regressions=("$here/regressions/$t"/*)
  if [ -e "${regressions[0]}" ]; then
    if ! "$bin/$t" "${regressions[@]}" >"$log.regressions" 2>&1; then
      echo "| $t | – | – | – | – | **regression fails** (see $log.regressions) |" >"$rows/$t"
      echo "== $t: a saved regression input fails; see $log.regressions"
      return 1
    fi
  fi

  echo "== $t: $( [ "$runs" -ge 0 ] && echo "$runs runs" || echo "${seconds} s") from $(ls "$seeds" | wc -l) seeds"
  args=("$work" "$seeds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1
    -artifact_prefix="$artifacts/" -detect_leaks=1)
  if [ "$runs" -ge 0 ]; then args+=(-runs="$runs"); else args+=(-max_total_time="$seconds"); fi
  nice -n "$nice_level" "$bin/$t" "${args[@]}" >"$log" 2>&1
  status=$?

  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  added=$(grep -o 'stat::new_units_added: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if grep -q "libFuzzer: run interrupted" "$log" && ! grep -q "ERROR: " "$log"; then
    # Ended by SIGINT (exit 72): no failure, but not the requested run either.
    failure=1
    result="interrupted after ${execs:-0} executions: 0 crashes, 0 leaks, 0 timeouts until then"
  elif [ "$status" -eq 3 ] && grep -q "fuzz target skipped" "$log"; then
    result="skipped: $(grep -o 'fuzz target skipped: .*' "$log")"
  elif [ "$status" -eq 0 ]; then
    result="ok: 0 crashes, 0 leaks, 0 timeouts"
  else
    failure=1
    if grep -q "ERROR: libFuzzer: timeout" "$log"; then result="**timeout**"
    elif grep -q "ERROR: LeakSanitizer" "$log"; then result="**leak**"
    elif grep -q "out-of-memory" "$log"; then result="**out of memory**"
    else result="**crash**"; fi
    result="$result (exit $status): $(ls -t "$artifacts" | head -1); log $log"
  fi
  echo "| $t | ${execs:-0} | ${rate:-0} | ${added:-0} | ${rss:-?} | $result |" >"$rows/$t"
  echo "   executions ${execs:-0}, ${rate:-0}/s, peak RSS ${rss:-?} MB: $result"
  return "$failure"
}

failed=0
for t in "${targets[@]}"; do
  if [ "$parallel" -le 1 ]; then
    fuzz_one "$t" || failed=1
    continue
  fi
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || failed=1; done
  fuzz_one "$t" &
done
while [ "$(jobs -rp | wc -l)" -gt 0 ]; do wait -n || failed=1; done
for t in "${targets[@]}"; do cat "$rows/$t" >>"$summary" 2>/dev/null; done
rm -rf "$rows"

echo
cat "$summary"
exit "$failed"
