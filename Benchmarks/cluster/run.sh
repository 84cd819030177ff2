#!/usr/bin/env bash
# Benchmarks/cluster/run.sh — clustering at scale, against exhaustive scoring and the Python peers,
# every number from the same run on the same quote sets. Writes Benchmarks/results/cluster.md.
#
#   bash Benchmarks/cluster/run.sh                 # 10k, 100k and 1M quotations
#   SIZES="10000 100000" bash Benchmarks/cluster/run.sh
#
# Steps: the corpus (Benchmarks/corpus.sh) → quote sets with known truth (gen_quotes.py, cached in
# Benchmarks/cluster/.out) → release builds of quotenorm and quotenorm-bench → for each size the
# in-process clustering (quotenorm-bench --cluster: analysis and clustering seconds, peak memory)
# and the CLI end to end (quotenorm cluster --translate-with none --input, /usr/bin/time), scored against the truth
# (evaluate.py) → on the 10k set, exhaustive scoring of every pair (quotenorm-bench --exhaustive)
# → the peers (peers.py: rapidfuzz cdist on 10k, datasketch LSH on 100k) in the venv.
# Close other work first: on 2 cores any other load shows in the times.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$here/.out
mkdir -p "$out"
SIZES=${SIZES:-"10000 100000 1000000"}
corpus=$(bash "$root/Benchmarks/corpus.sh")
py=$(bash "$root/Benchmarks/venv.sh")

for n in $SIZES; do
  f=$out/quotes-$n.jsonl
  [[ -s $f ]] || python3 "$here/gen_quotes.py" --corpus "$corpus" --count "$n" --out "$f"
done

echo "run.sh: building release binaries" >&2
(cd "$root" && swift build -c release --product quotenorm >&2)
(cd "$root/Benchmarks" && swift build -c release >&2)
qn=$root/.build/release/quotenorm
bench=$root/Benchmarks/.build/release/quotenorm-bench

results=$out/cluster.jsonl
: >"$results"
for n in $SIZES; do
  f=$out/quotes-$n.jsonl
  extra=()
  [[ $n -le 10000 ]] && extra=(--exhaustive)
  echo "run.sh: in-process clustering of $n quotations ${extra[*]}" >&2
  "$bench" --cluster "$f" "${extra[@]}" | tee -a "$results"
  echo "run.sh: quotenorm cluster --input ($n)" >&2
  # --translate-with none: the truth is same-language renderings, and the sets' quotations carry
  # the language of their corpus article, not their own; cross-language clustering (Apertium
  # translation of every foreign quotation) is measured in Benchmarks/crosslingual.
  /usr/bin/time -f '%e %M' -o "$out/time-$n.txt" "$qn" cluster --translate-with none --input "$f" >"$out/clusters-$n.jsonl"
  read -r secs kb <"$out/time-$n.txt"
  q=$(python3 "$here/evaluate.py" "$f" "$out/clusters-$n.jsonl")
  echo "{\"tool\": \"quotenorm-cli-cluster\", \"quotes\": $n, \"seconds\": $secs, \"peak_rss_mb\": $((kb / 1024)), \"truth\": $q}" | tee -a "$results"
done
small=$out/quotes-10000.jsonl
large=$out/quotes-100000.jsonl
peer_args=()
[[ -s $small ]] && peer_args+=(--rapidfuzz "$small")
[[ -s $large ]] && peer_args+=(--lsh "$large")
if [[ ${#peer_args[@]} -gt 0 ]]; then
  echo "run.sh: peers ${peer_args[*]}" >&2
  "$py" "$here/peers.py" "${peer_args[@]}" | tee -a "$results"
fi
python3 "$here/report.py" "$results" >"$root/Benchmarks/results/cluster.md"
echo "run.sh: wrote Benchmarks/results/cluster.md" >&2
