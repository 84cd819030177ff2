#!/usr/bin/env bash
# corpus.sh — make sure the benchmark corpus exists and print its directory.
#
# The corpus (clean.txt, dirty.txt, labels.tsv, MANIFEST; ~100 MB) is never committed: it is
# rebuilt from pinned Debian packages by shared/scripts/make_corpus.sh, which lives beside the repo
# ($(git rev-parse --show-toplevel)/../shared). It is cached in Benchmarks/.corpus/, or in
# $QUOTENORM_CORPUS, and regenerated only when a file is missing or when the generator, SEED or
# TARGET_BYTES changed since it was made (recorded in GENERATOR). A directory made elsewhere
# without a GENERATOR file is used as it is.
#
#   corpus=$(bash Benchmarks/corpus.sh)     # ~3 min on 2 cores the first time, then instant
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/.." && pwd))
gen=${QUOTENORM_CORPUS_SCRIPT:-$top/../shared/scripts/make_corpus.sh}
dir=${QUOTENORM_CORPUS:-$here/.corpus}
export SEED=${SEED:-20251121} TARGET_BYTES=${TARGET_BYTES:-50000000}

complete() {
  local f
  for f in clean.txt dirty.txt labels.tsv MANIFEST; do [[ -s $1/$f ]] || return 1; done
}
want_stamp() {
  printf 'make_corpus.sh sha256=%s\nSEED=%s\nTARGET_BYTES=%s\n' \
    "$(sha256sum "$gen" | cut -d' ' -f1)" "$SEED" "$TARGET_BYTES"
}

if complete "$dir"; then
  if [[ ! -f $dir/GENERATOR ]]; then
    echo "corpus.sh: using $dir as it is (no GENERATOR record)" >&2
    echo "$dir"; exit 0
  fi
  if [[ -f $gen && $(<"$dir/GENERATOR") == "$(want_stamp)" ]]; then
    echo "$dir"; exit 0
  fi
  [[ -f $gen ]] || { echo "$dir"; exit 0; }   # cannot tell; keep what is there
  echo "corpus.sh: generator, SEED or TARGET_BYTES changed; regenerating $dir" >&2
fi

[[ -f $gen ]] || { echo "corpus.sh: $gen not found (shared/ must sit beside the repo)" >&2; exit 1; }
for tool in apt-get dpkg-deb python3 sha256sum; do
  command -v "$tool" >/dev/null || { echo "corpus.sh: $tool is required" >&2; exit 1; }
done
# make_corpus.sh fetches with `apt-get download`, which needs package lists.
if [[ $(id -u) == 0 ]] && ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  echo "corpus.sh: apt lists are empty; running apt-get update" >&2
  apt-get update -q >&2
fi

# Build inside the cache directory and move the files into place, MANIFEST last, so that an
# interrupted run never looks complete. Only the corpus's own files are replaced.
mkdir -p "$dir"
tmp=$(mktemp -d "$dir/.partial.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "corpus.sh: generating the corpus with $gen (SEED=$SEED, TARGET_BYTES=$TARGET_BYTES)" >&2
start=$SECONDS
bash "$gen" "$tmp" >&2
want_stamp >"$tmp/GENERATOR"
rm -f "$dir/MANIFEST"
for f in clean.txt dirty.txt labels.tsv GENERATOR MANIFEST; do mv -f "$tmp/$f" "$dir/$f"; done
echo "corpus.sh: corpus ready in $dir ($((SECONDS - start)) s)" >&2
echo "$dir"
