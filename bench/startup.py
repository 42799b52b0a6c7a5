#!/usr/bin/env python3
"""Measure Haven's start-up time and memory.

    python3 bench/startup.py --binary PATH --content-dir DIR [--runs 10] [--timeout 120]
                             [--budget SECONDS] [--label TEXT] [-- extra serve args]

Each run starts `haven serve` on a free loopback port, takes the time from just before
the process is spawned until `GET /health` answers 200, reads VmHWM (peak resident set)
and VmRSS from /proc/<pid>/status, then stops the process (SIGTERM, then SIGKILL).

Prints one line per run on stderr and, on stdout, one tab-separated summary line:
label, runs, median start-up ms, min ms, max ms, median VmHWM MiB, max VmHWM MiB,
median VmRSS MiB (all read as soon as /health answers).
`--budget` stops starting new runs once that many seconds have gone by (at least one
run is always made), so a slow catalogue cannot blow the benchmark's time limit.
"""

import argparse
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def health_ok(port):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", "/health")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except (OSError, http.client.HTTPException):
        return False


def memory_kib(pid):
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0])
    return values


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def one_run(args, extra):
    """(start-up seconds, {VmHWM, VmRSS}) or None if the port was taken (retry)."""
    port = free_port()
    cmd = [args.binary, "serve", "--bind", f"127.0.0.1:{port}", "--content-dir", args.content_dir, *extra]
    started = time.perf_counter()
    # stderr is kept for an error message; start-up logs only a few lines, so the pipe
    # cannot fill up while we wait.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace")
                if "in use" in err:
                    return None  # someone else took the port between our probe and the bind
                sys.exit(f"haven exited with {proc.returncode} before answering:\n{err[-2000:]}")
            if health_ok(port):
                elapsed = time.perf_counter() - started
                # Still alive after answering: the port is ours (a failed bind exits).
                if proc.poll() is not None:
                    return None
                return elapsed, memory_kib(proc.pid)
            if time.perf_counter() - started > args.timeout:
                sys.exit(f"haven did not answer /health within {args.timeout} s")
            time.sleep(0.001)
    finally:
        stop(proc)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--content-dir", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--budget", type=float, default=0, help="seconds; 0 = no limit")
    parser.add_argument("--label", default="")
    args, extra = parser.parse_known_args()
    extra = [a for a in extra if a != "--"]
    args.content_dir = os.path.abspath(args.content_dir)

    began = time.perf_counter()
    times, hwm, rss, attempts = [], [], [], 0
    while len(times) < args.runs and attempts < args.runs + 5:
        if times and args.budget and time.perf_counter() - began > args.budget:
            print(f"  [{args.label}] time budget of {args.budget:.0f} s used: stopping after {len(times)} run(s)",
                  file=sys.stderr)
            break
        attempts += 1
        result = one_run(args, extra)
        if result is None:
            continue
        elapsed, memory = result
        times.append(elapsed * 1000)
        hwm.append(memory.get("VmHWM", 0) / 1024)
        rss.append(memory.get("VmRSS", 0) / 1024)
        print(f"  [{args.label}] run {len(times)}: start-up {elapsed * 1000:.1f} ms, "
              f"VmHWM {memory.get('VmHWM', 0) / 1024:.1f} MiB, VmRSS {memory.get('VmRSS', 0) / 1024:.1f} MiB",
              file=sys.stderr)
    if not times:
        sys.exit("no successful run")
    print("\t".join([args.label, str(len(times)), f"{statistics.median(times):.1f}", f"{min(times):.1f}",
                     f"{max(times):.1f}", f"{statistics.median(hwm):.1f}", f"{max(hwm):.1f}",
                     f"{statistics.median(rss):.1f}"]))


if __name__ == "__main__":
    main()
