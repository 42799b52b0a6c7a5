#!/usr/bin/env python3
"""Connection churn: Haven's resident memory while many idle connections are opened,
cut off by the server and reopened, on loopback only, for a bounded time.

    bench/churn.py HAVEN_BINARY CONTENT_DIR [CONNECTIONS] [SECONDS] [EXTRA SERVE FLAGS...]

Prints RSS (MB) before, the peak during the churn, and 10 s after every connection has
closed. Connections send nothing, so the server closes each after --request-timeout-seconds
(1 s here) and this script reopens it: the pattern that once grew RSS from 25 to 199 MB.
"""
import os
import selectors
import socket
import subprocess
import sys
import time


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    binary, content = sys.argv[1], sys.argv[2]
    connections = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 30
    extra = sys.argv[5:]
    port = free_port()
    server = subprocess.Popen(
        [binary, "serve", "--bind", f"127.0.0.1:{port}", "--content-dir", content,
         "--request-timeout-seconds", "1", "--rate-limit", "0", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        time.sleep(1)
        before = rss_mb(server.pid)
        selector = selectors.DefaultSelector()
        opened = 0

        def open_one():
            nonlocal opened
            s = socket.socket()
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", port))
            selector.register(s, selectors.EVENT_READ)
            opened += 1

        for _ in range(connections):
            open_one()
        peak = before
        end = time.monotonic() + seconds
        next_sample = 0.0
        while time.monotonic() < end:
            for key, _ in selector.select(timeout=0.2):
                s = key.fileobj
                try:
                    data = s.recv(4096)
                except OSError:
                    data = b""
                if not data:  # closed by the server (or refused): reopen
                    selector.unregister(s)
                    s.close()
                    open_one()
            if time.monotonic() >= next_sample:
                peak = max(peak, rss_mb(server.pid))
                next_sample = time.monotonic() + 0.5
        for key in list(selector.get_map().values()):
            key.fileobj.close()
        time.sleep(10)
        after = rss_mb(server.pid)
        print(f"connections={connections} seconds={seconds:.0f} flags={' '.join(extra) or 'none'} "
              f"opened={opened} rss_before_mb={before:.0f} rss_peak_mb={peak:.0f} "
              f"rss_10s_after_mb={after:.0f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
