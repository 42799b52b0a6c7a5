#!/usr/bin/env bash
# Licences, banned and duplicate crates, and crate sources, per deny.toml. These checks
# work offline; `cargo deny check advisories` needs the network and is left to a
# scheduled job elsewhere. Installs cargo-deny (about 2.5 minutes on 2 cores) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deny >/dev/null || cargo install --locked --quiet cargo-deny
cargo deny --log-level error check bans licenses sources
