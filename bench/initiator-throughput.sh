#!/usr/bin/env bash
# Our initiator (flexfabric iscsi read: whole 256 MiB LUN, 32 x 256 KiB READs in flight, like iscsi-perf) vs libiscsi (iscsi-perf, 32 in flight),
# both reading from the same tgtd, alternating. Goal: ours/libiscsi >= 1.0x. Prints medians over ROUNDS of MB/s for
#   ours cold: the first pass of a fresh process (JIT start-up included, what a one-shot CLI user sees);
#   ours warm: the best of the next PASSES-1 passes in the same session (steady state, as iscsi-perf's running average is);
#   libiscsi:  iscsi-perf's average after SECONDS_PER_ROUND.
# BASELINE=<git rev> also runs the initiator as it was at that revision (one cold pass per round): before and after, same run.
source "$(dirname "$0")/iscsi-common.sh"
ROUNDS=${ROUNDS:-5}; SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-6}; PASSES=${PASSES:-3}
build_cli
BASE_CLI=()
[ -n "${BASELINE:-}" ] && build_baseline_cli "$BASELINE"
img="$OUT/bench-256m.img"; head -c $((256 << 20)) /dev/urandom >"$img"; cat "$img" >/dev/null
start_tgtd "$img" iqn.2026-11.lab.bench:tgtd
READ=(iscsi read --portal "127.0.0.1:$TGTD_PORT" --target iqn.2026-11.lab.bench:tgtd --lun 1 --queue-depth "${DEPTH:-32}")
mbps() { sed -n 's/.*MBps=\([0-9.]*\).*/\1/p'; }

cold=(); warm=(); lib=(); base=()
for r in $(seq 1 "$ROUNDS"); do
  if [ ${#BASE_CLI[@]} -gt 0 ]; then base+=("$("${BASE_CLI[@]}" "${READ[@]}" | mbps)"); fi
  lines=$("${CLI[@]}" "${READ[@]}" --passes "$PASSES")
  cold+=("$(head -1 <<<"$lines" | mbps)")
  warm+=("$(tail -n +2 <<<"$lines" | mbps | sort -g | tail -1)")
  lib+=("$(perf_mbps "iscsi://127.0.0.1:$TGTD_PORT/iqn.2026-11.lab.bench:tgtd/1" "$SECONDS_PER_ROUND")")
  echo "round $r: ours cold ${cold[-1]} MB/s, ours warm ${warm[-1]} MB/s, libiscsi ${lib[-1]} MB/s${BASELINE:+, ours at $BASELINE (cold) ${base[-1]} MB/s}"
done
python3 - "${cold[*]}" "${warm[*]}" "${lib[*]}" "${base[*]:-}" "${BASELINE:-}" <<'PY'
import statistics, sys
med = lambda s: statistics.median(float(x) for x in s.split())
c, w, l = med(sys.argv[1]), med(sys.argv[2]), med(sys.argv[3])
n = len(sys.argv[1].split())
print(f"our initiator, cold: {c:.0f} MB/s (median of {n})")
print(f"our initiator, warm: {w:.0f} MB/s (median of {n})")
print(f"libiscsi:            {l:.0f} MB/s (median of {n})")
if sys.argv[4].strip():
    b = med(sys.argv[4])
    print(f"ours at {sys.argv[5]}, cold: {b:.0f} MB/s (median of {n}), ratio {b / l:.2f}x")
print(f"ratio ours/libiscsi: cold {c / l:.2f}x, warm {w / l:.2f}x")
PY
