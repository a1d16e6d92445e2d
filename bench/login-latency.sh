#!/usr/bin/env bash
# 1,000 sequential login/logout round trips of our initiator against our fake target (loopback); prints p50 and p99.
source "$(dirname "$0")/iscsi-common.sh"
build_cli
start_fake_mem() {
  FAKE_PORT=$(free_port)
  "${CLI[@]}" target serve --quiet --portal "127.0.0.1:$FAKE_PORT" --target iqn.2026-11.lab.bench:fake --lun 0=mem:16M \
    ${CHAP:+--chap initchap:initsecret1234} >"$OUT/fake.log" 2>&1 & PIDS+=($!)
  wait_port "$FAKE_PORT"
}
start_fake_mem
"${CLI[@]}" iscsi logins --portal "127.0.0.1:$FAKE_PORT" --target iqn.2026-11.lab.bench:fake --count "${COUNT:-1000}" \
  ${CHAP:+--chap initchap:initsecret1234}
