#!/usr/bin/env python3
"""Launch-to-first-frame timer for `flexfabric menu` (bench/README.md).

Starts the command on a fresh 80x25 pseudo-terminal, answers the terminal queries Terminal.Gui sends at start-up as a
real terminal would (cursor position, device attributes, window size), and measures the wall time from fork/exec to
the first byte of the first frame on the terminal. Prints one line per run and the median.
"""
import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

ROWS, COLS = 25, 80
FIRST_FRAME = b"simulated server power-on"
BANNER = b"Enter Configuration Menu"
# Queries Terminal.Gui's ANSI driver may send, and what a real terminal answers.
ANSWERS = {
    b"\x1b[6n": b"\x1b[1;1R",
    b"\x1b[0c": b"\x1b[?62;22c",
    b"\x1b[c": b"\x1b[?62;22c",
    b"\x1b[18t": b"\x1b[8;%d;%dt" % (ROWS, COLS),
    b"\x1b[?u": b"",
}


def run_once(command, wait_for_banner, timeout):
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(sys.stdin.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execvp(command[0], command)
    seen = b""
    first = banner = None
    answered = set()
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            seen += data
            for query, answer in ANSWERS.items():
                if query in seen and query not in answered and answer:
                    os.write(fd, answer)
                    answered.add(query)
            if first is None and FIRST_FRAME in seen:
                first = time.perf_counter() - started
                if not wait_for_banner:
                    break
            if banner is None and BANNER in seen:
                banner = time.perf_counter() - started
                break
    finally:
        try:
            os.write(fd, b"\x11")  # Ctrl-Q: quit, restoring the terminal
            deadline = time.perf_counter() + 3
            while time.perf_counter() < deadline:
                finished, _ = os.waitpid(pid, os.WNOHANG)
                if finished:
                    break
                try:
                    os.read(fd, 65536)
                except OSError:
                    pass
                time.sleep(0.02)
            else:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        except (OSError, ChildProcessError):
            pass
        os.close(fd)
    return first, banner


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--banner", action="store_true", help="also time the banner prompt (after the simulated power-on)")
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if not args.command:
        parser.error("give the command to run, e.g. bench/out/r2r/flexfabric menu")
    firsts, banners = [], []
    for i in range(args.runs):
        first, banner = run_once(args.command, args.banner, args.timeout)
        if first is None:
            print(f"run {i + 1}: no first frame within {args.timeout} s", file=sys.stderr)
            return 1
        firsts.append(first)
        line = f"run {i + 1}: first frame {first * 1000:.0f} ms"
        if args.banner and banner is not None:
            banners.append(banner)
            line += f", banner prompt {banner * 1000:.0f} ms"
        print(line)
    print(f"median first frame: {statistics.median(firsts) * 1000:.0f} ms (of {len(firsts)})")
    if banners:
        print(f"median banner prompt: {statistics.median(banners) * 1000:.0f} ms (of {len(banners)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
