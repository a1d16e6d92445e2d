#!/usr/bin/env bash
# libiscsi (iscsi-perf) reading a 256 MiB LUN from our fake target and from tgtd, same file, same run, alternating.
# Prints MB/s for each and the ratio fake/tgtd. Goal >= 1.5x, at least >= 1.0x.
source "$(dirname "$0")/iscsi-common.sh"
ROUNDS=${ROUNDS:-3}; SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-6}
build_cli
img="$OUT/bench-256m.img"; head -c $((256 << 20)) /dev/urandom >"$img"; cat "$img" >/dev/null
start_tgtd "$img" iqn.2026-11.lab.bench:tgtd
start_fake "$img" iqn.2026-11.lab.bench:fake
fake=(); tgt=()
for r in $(seq 1 "$ROUNDS"); do
  fake+=("$(perf_mbps "iscsi://127.0.0.1:$FAKE_PORT/iqn.2026-11.lab.bench:fake/1" "$SECONDS_PER_ROUND")")
  tgt+=("$(perf_mbps "iscsi://127.0.0.1:$TGTD_PORT/iqn.2026-11.lab.bench:tgtd/1" "$SECONDS_PER_ROUND")")
  echo "round $r: fake ${fake[-1]} MB/s, tgtd ${tgt[-1]} MB/s"
done
python3 - "${fake[*]}" "${tgt[*]}" <<'PY'
import statistics, sys
f = [float(x) for x in sys.argv[1].split()]; t = [float(x) for x in sys.argv[2].split()]
print(f"fake target: {statistics.median(f):.0f} MB/s (median of {len(f)})")
print(f"tgtd:        {statistics.median(t):.0f} MB/s (median of {len(t)})")
print(f"ratio fake/tgtd: {statistics.median(f) / statistics.median(t):.2f}x")
PY
