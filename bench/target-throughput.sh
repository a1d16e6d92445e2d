#!/usr/bin/env bash
# libiscsi (iscsi-perf) reading a 256 MiB LUN from our fake target and from tgtd, same file, same run, alternating.
# Prints MB/s for each and the ratio fake/tgtd. Goal >= 1.5x, at least >= 1.0x.
# BASELINE=<git rev> also serves the same file from the fake target as it was at that revision: before and after, same run.
source "$(dirname "$0")/iscsi-common.sh"
ROUNDS=${ROUNDS:-5}; SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-6}
build_cli
BASE_CLI=()
[ -n "${BASELINE:-}" ] && build_baseline_cli "$BASELINE"
img="$OUT/bench-256m.img"; head -c $((256 << 20)) /dev/urandom >"$img"; cat "$img" >/dev/null
start_tgtd "$img" iqn.2026-11.lab.bench:tgtd
start_fake "$img" iqn.2026-11.lab.bench:fake
if [ ${#BASE_CLI[@]} -gt 0 ]; then OURS_PORT=$FAKE_PORT; start_fake "$img" iqn.2026-11.lab.bench:fake "${BASE_CLI[@]}"; BASE_PORT=$FAKE_PORT; FAKE_PORT=$OURS_PORT; fi
fake=(); tgt=(); base=()
for r in $(seq 1 "$ROUNDS"); do
  fake+=("$(perf_mbps "iscsi://127.0.0.1:$FAKE_PORT/iqn.2026-11.lab.bench:fake/1" "$SECONDS_PER_ROUND")")
  tgt+=("$(perf_mbps "iscsi://127.0.0.1:$TGTD_PORT/iqn.2026-11.lab.bench:tgtd/1" "$SECONDS_PER_ROUND")")
  if [ ${#BASE_CLI[@]} -gt 0 ]; then base+=("$(perf_mbps "iscsi://127.0.0.1:$BASE_PORT/iqn.2026-11.lab.bench:fake/1" "$SECONDS_PER_ROUND")"); fi
  echo "round $r: fake ${fake[-1]} MB/s, tgtd ${tgt[-1]} MB/s${BASELINE:+, fake at $BASELINE ${base[-1]} MB/s}"
done
python3 - "${fake[*]}" "${tgt[*]}" "${base[*]:-}" "${BASELINE:-}" <<'PY'
import statistics, sys
med = lambda s: statistics.median(float(x) for x in s.split())
f, t = med(sys.argv[1]), med(sys.argv[2])
n = len(sys.argv[1].split())
print(f"fake target: {f:.0f} MB/s (median of {n})")
print(f"tgtd:        {t:.0f} MB/s (median of {n})")
if sys.argv[3].strip():
    b = med(sys.argv[3])
    print(f"fake target at {sys.argv[4]}: {b:.0f} MB/s (median of {n}), ratio {b / t:.2f}x")
print(f"ratio fake/tgtd: {f / t:.2f}x")
PY
