#!/usr/bin/env bash
# Installs nginx for `cargo xtask bench`, which serves its fixtures with it
# (bench/src/nginx.rs); without nginx the bench falls back to `oz-bench serve`
# and says so. Debian and Ubuntu: the `nginx-light` package (or `nginx`)
# through apt-get; elsewhere, install nginx with the system's package manager
# or set OZ_BENCH_NGINX to its path. The package's own service is not needed
# (the bench starts nginx itself, in the foreground, on a free loopback port).
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    echo "nginx is installed: $(command -v nginx || echo /usr/sbin/nginx)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "no apt-get here: install nginx with the system's package manager, or set OZ_BENCH_NGINX" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
fi
$sudo apt-get update -qq
# nginx-light where the release still has it (Debian 12), nginx otherwise.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends nginx-light \
    || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends nginx
echo "nginx installed: $(command -v nginx || echo /usr/sbin/nginx)"
