#!/usr/bin/env bash
# 1,000 lab stacks on one lab switch each open a TCP connection to one server stack and exchange 64 KiB (sent, echoed back).
# Prints wall time and peak memory. Goal (the boot engine's 1,000-adapter boot storm builds on it): <= 2 s and <= 500 MB.
# Usage: bench/stack-storm.sh [CLIENTS] [BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/StackStorm -c Release -nologo -v quiet >/dev/null
exec dotnet bench/StackStorm/bin/Release/net10.0/StackStorm.dll "${1:-1000}" "${2:-65536}"
