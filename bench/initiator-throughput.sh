#!/usr/bin/env bash
# Our initiator (flexfabric iscsi read: whole 256 MiB LUN, 32 x 256 KiB READs in flight, like iscsi-perf) vs libiscsi (iscsi-perf, 32 in flight),
# both reading from the same tgtd, alternating. Prints MB/s for each and the ratio ours/libiscsi. Goal >= 1.0x.
source "$(dirname "$0")/iscsi-common.sh"
ROUNDS=${ROUNDS:-3}; SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-6}
build_cli
img="$OUT/bench-256m.img"; head -c $((256 << 20)) /dev/urandom >"$img"; cat "$img" >/dev/null
start_tgtd "$img" iqn.2026-11.lab.bench:tgtd
ours=(); lib=()
for r in $(seq 1 "$ROUNDS"); do
  line=$("${CLI[@]}" iscsi read --portal "127.0.0.1:$TGTD_PORT" --target iqn.2026-11.lab.bench:tgtd --lun 1 --queue-depth "${DEPTH:-32}")
  ours+=("$(sed -n 's/.*MBps=\([0-9.]*\).*/\1/p' <<<"$line")")
  lib+=("$(perf_mbps "iscsi://127.0.0.1:$TGTD_PORT/iqn.2026-11.lab.bench:tgtd/1" "$SECONDS_PER_ROUND")")
  echo "round $r: ours ${ours[-1]} MB/s, libiscsi ${lib[-1]} MB/s ($line)"
done
python3 - "${ours[*]}" "${lib[*]}" <<'PY'
import statistics, sys
o = [float(x) for x in sys.argv[1].split()]; l = [float(x) for x in sys.argv[2].split()]
print(f"our initiator: {statistics.median(o):.0f} MB/s (median of {len(o)})")
print(f"libiscsi:      {statistics.median(l):.0f} MB/s (median of {len(l)})")
print(f"ratio ours/libiscsi: {statistics.median(o) / statistics.median(l):.2f}x")
PY
