# Haven as a container: built with the Rust toolchain, run on a minimal Debian base as a
# non-root user. Haven writes nothing at run time, so the root filesystem can be read-only.
# The shipped content is baked in under /srv/haven; mount a volume there to replace it
# (with `--watch`, changes to the mounted files reload themselves).
#
#   docker build -t haven .
#   docker run --rm -p 8080:8080 --read-only haven

FROM rust:1-slim-bookworm AS build
WORKDIR /build
# Dependencies first, so a content or code change does not rebuild them.
COPY Cargo.toml Cargo.lock ./
# (The manifest names a test target too; an empty one stands in for it.)
RUN mkdir -p src tests/api && echo 'fn main() {}' > src/main.rs && touch src/lib.rs tests/api/main.rs \
    && cargo build --release --locked \
    && rm -rf src
COPY src ./src
RUN touch src/main.rs src/lib.rs && cargo build --release --locked

FROM debian:bookworm-slim
# ca-certificates: `haven verify` checks operators' pages over HTTPS.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /build/target/release/haven /usr/local/bin/haven
COPY data /srv/haven/data
COPY locales /srv/haven/locales
# The numeric id of a user that owns nothing in the image.
USER 65532:65532
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
    CMD ["/usr/local/bin/haven", "probe", "--address", "127.0.0.1:8080", "--path", "/health/live"]
ENTRYPOINT ["/usr/local/bin/haven"]
CMD ["serve", "--bind", "0.0.0.0:8080", "--content-dir", "/srv/haven", "--log-format", "json"]
