#!/usr/bin/env bash
# Shared helpers of the iSCSI benchmarks: a Release build of the CLI, a private tgtd, iscsi-perf averages. Loopback only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
PIDS=()
# Stop what we started by PID: SIGTERM first (our target flushes and exits), then SIGKILL for what is left (tgtd ignores SIGTERM).
cleanup() {
  local p alive
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    alive=0
    for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && return 0
    sleep 0.1
  done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -KILL "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

build_cli() {
  dotnet build "$ROOT/src/FlexFabricSim.Cli" -c Release -nologo -v quiet -o "$OUT/cli" >/dev/null
  CLI=(dotnet "$OUT/cli/flexfabric.dll")
}

# build_baseline_cli REV -> BASE_CLI: the CLI as it was at git revision REV (exported with git archive, not checked out), so one
# run can measure before and after a change, alternating.
build_baseline_cli() {
  local src="$OUT/baseline-src"
  rm -rf "$src" && mkdir -p "$src"
  git -C "$ROOT" archive "$1" | tar -x -C "$src"
  dotnet build "$src/src/FlexFabricSim.Cli" -c Release -nologo -v quiet -o "$OUT/baseline-cli" >/dev/null
  BASE_CLI=(dotnet "$OUT/baseline-cli/flexfabric.dll")
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_port() { for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "port $1 never opened" >&2; return 1; }

# start_tgtd FILE IQN -> sets TGTD_PORT; LUN 1 is FILE.
start_tgtd() {
  TGTD_PORT=$(free_port); local ctl=$((1000 + RANDOM % 30000))
  tgtd -f -C "$ctl" --iscsi "portal=127.0.0.1:$TGTD_PORT" >"$OUT/tgtd.log" 2>&1 & PIDS+=($!)
  wait_port "$TGTD_PORT"; sleep 0.5
  tgtadm -C "$ctl" --lld iscsi --mode target --op new --tid 1 -T "$2"
  tgtadm -C "$ctl" --lld iscsi --mode logicalunit --op new --tid 1 --lun 1 -b "$1"
  tgtadm -C "$ctl" --lld iscsi --mode target --op bind --tid 1 -I ALL
}

# start_fake FILE IQN [CLI...] -> sets FAKE_PORT; LUN 1 is FILE; the CLI is ours unless another (a baseline) is given.
start_fake() {
  local file=$1 iqn=$2; shift 2
  local cli=("$@"); [ ${#cli[@]} -gt 0 ] || cli=("${CLI[@]}")
  FAKE_PORT=$(free_port)
  "${cli[@]}" target serve --quiet --portal "127.0.0.1:$FAKE_PORT" --target "$iqn" --lun "1=$file" >>"$OUT/fake.log" 2>&1 & PIDS+=($!)
  wait_port "$FAKE_PORT"
}

# perf_mbps URL SECONDS: libiscsi's iscsi-perf (32 x 256 KiB READs in flight, sequential), its average after SECONDS in MB/s
# (10^6 bytes, as our initiator prints). iscsi-perf's own "MB/s" is MiB/s (utils/iscsi-perf.c shifts by 20), so it is
# recomputed from its average IOPS: each I/O is 512 blocks of 512 bytes (-b 512; tgtd's and our LUNs here have 512-byte blocks).
perf_mbps() {
  local iops
  iops=$({ timeout -s INT "$2" iscsi-perf -b 512 "$1" 2>&1 || true; } | tr '\r' '\n' | grep -o 'iops average [0-9]*' | tail -1 | sed 's/.* //')
  [ -n "$iops" ] || { echo "iscsi-perf gave no average for $1" >&2; return 1; }
  python3 -c "print(f'{$iops * 512 * 512 / 1e6:.0f}')"
}
