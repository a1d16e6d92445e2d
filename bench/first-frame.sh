#!/usr/bin/env bash
# Time from launch to the first frame of `flexfabric menu` (median of 10), for each way of publishing the CLI:
#   jit            framework-dependent, IL only (what `dotnet build` gives)
#   r2r            framework-dependent, ReadyToRun (precompiled) application assemblies
#   r2r-composite  self-contained, ReadyToRun composite of the application and the framework
#   aot            NativeAOT
# Usage: bench/first-frame.sh [--no-publish] [--runs N] [variant...]   (outputs in bench/out/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/.."

publish=1
runs=10
variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-publish) publish=0 ;;
    --runs) runs="$2"; shift ;;
    *) variants+=("$1") ;;
  esac
  shift
done
[ ${#variants[@]} -gt 0 ] || variants=(jit r2r r2r-composite aot)

project=src/FlexFabricSim.Cli
rid=linux-x64
declare -A flags=(
  [jit]=""
  [r2r]="-r $rid --self-contained false -p:PublishReadyToRun=true"
  [r2r-composite]="-r $rid --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true"
  # Trim/AOT analysis warnings (MessagePack 2.x) must not fail the benchmark build; they are reported, not hidden.
  [aot]="-r $rid -p:PublishAot=true -p:TreatWarningsAsErrors=false"
)

for variant in "${variants[@]}"; do
  [ -n "${flags[$variant]+x}" ] || { echo "unknown variant '$variant' (jit, r2r, r2r-composite, aot)" >&2; exit 2; }
  out="bench/out/$variant"
  if [ "$publish" = 1 ]; then
    # ... and leave no such image behind for a user's own publish after the benchmark.
    trap 'rm -rf "$project/obj/Release/net10.0/$rid"' EXIT
    echo "== publishing $variant" >&2
    # The RID-specific variants share obj/Release/net10.0/$rid; ReadyToRun images cached there by one variant (a
    # composite) are reused as "up to date" by the next and crash at start-up. Start each variant from a clean slate.
    rm -rf "$project/obj/Release/net10.0/$rid" "$out"
    # shellcheck disable=SC2086
    dotnet publish "$project" -c Release ${flags[$variant]} -o "$out" -nologo -v quiet >"bench/out/$variant.publish.log" 2>&1 \
      || { echo "publish of $variant failed, see bench/out/$variant.publish.log" >&2; exit 1; }
    grep -oE "warning IL[0-9]+: [^[]*" "bench/out/$variant.publish.log" | sort -u >&2 || true
  fi
  echo "== $variant ($(du -sh "$out" | cut -f1) on disk)"
  python3 bench/first_frame.py --runs "$runs" "$out/flexfabric" menu | tail -1
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
