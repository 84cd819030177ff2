#!/usr/bin/env bash
# venv.sh — make Benchmarks/.venv hold exactly the pinned Python peers (requirements.txt) and print
# the path of its python. Reinstalls only when requirements.txt changes. Never touches the system
# interpreter's packages.
#
#   py=$(bash Benchmarks/venv.sh)        # QUOTENORM_VENV=DIR to put the venv elsewhere
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
venv=${QUOTENORM_VENV:-$here/.venv}
req=$here/requirements.txt
want=$(sha256sum "$req" | cut -d' ' -f1)
stamp=$venv/.requirements.sha256

if [[ -x $venv/bin/python && -f $stamp && $(<"$stamp") == "$want" ]]; then
  echo "$venv/bin/python"
  exit 0
fi

if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then
  # Debian's python3 keeps venv/ensurepip in a separate package.
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "venv.sh: installing python3-venv" >&2
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then apt-get update -q >&2; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv >&2
  else
    echo "venv.sh: python3 has no working venv module; install python3-venv" >&2
    exit 1
  fi
fi

echo "venv.sh: creating $venv" >&2
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$req" >&2
echo "$want" >"$stamp"
echo "$venv/bin/python"
