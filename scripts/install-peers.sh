#!/usr/bin/env bash
# Installs the real protocol peers the test suite runs against (Debian packages), if any is missing.
# tgt (tgtd), libiscsi-bin (iscsi-ls, iscsi-inq, ...), dnsmasq, Kea (DHCPv4/v6), tshark, radvd, tmux, socat.
set -uo pipefail
declare -A need=(
  [tgtd]=tgt [tgtadm]=tgt [iscsi-ls]=libiscsi-bin [iscsi-inq]=libiscsi-bin [dnsmasq]=dnsmasq-base
  [kea-dhcp4]=kea-dhcp4-server [kea-dhcp6]=kea-dhcp6-server [tshark]=tshark [radvd]=radvd
  [tmux]=tmux [socat]=socat [ip]=iproute2 [ping]=iputils-ping
)
missing=()
for cmd in "${!need[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || missing+=("${need[$cmd]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t pkgs < <(printf '%s\n' "${missing[@]}" | sort -u)
if [ "$(id -u)" -ne 0 ]; then
  echo "install-peers: missing ${pkgs[*]} and not root; install them with apt-get" >&2
  exit 1
fi
echo "install-peers: installing ${pkgs[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq "${pkgs[@]}" >/dev/null
