#!/usr/bin/env bash
# Boot storm: N simulated adapters boot at once against one fake target in one process, on the lab's virtual clock.
# Prints the wall time and peak memory for N = 100 and 1,000 (each N in a fresh process, so the peaks are its own).
# Goal (issue 4): N = 1,000 in <= 2 s and <= 500 MB on the 2-core build machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out/boot-storm"
mkdir -p "$OUT"
dotnet build "$ROOT/bench/BootStorm/BootStorm.csproj" -c Release -nologo -v quiet -o "$OUT" >/dev/null
for n in ${BOOT_STORM_SIZES:-100 1000}; do
  dotnet "$OUT/BootStorm.dll" "$n"
done
