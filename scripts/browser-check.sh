#!/usr/bin/env bash
# Serves a site with `briefing serve` and checks it in headless Chromium;
# exits non-zero on any finding.
#
#   scripts/browser-check.sh BRIEFING_BINARY SITE_DIR OUT_DIR
#
# Copies SITE_DIR to a temporary folder (SITE_DIR itself is never touched),
# starts `BRIEFING_BINARY serve` for the copy on a free 127.0.0.1 port (output
# in the temporary folder too), waits until it answers, runs
# scripts/browser_check.py against it (console errors, axe-core accessibility,
# phone-width overflow, link previews: hover and keyboard focus on an actor
# link show a tooltip naming the actor, Escape hides it; live reload by
# editing the copy; screenshots into OUT_DIR), then stops the server with
# SIGINT (Ctrl-C) and checks that it exits cleanly.
#
# Needs: scripts/setup.sh --test (chromium, chromium-driver, .venv with selenium
# and axe-selenium-python).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }

case "${1:-}" in -h|--help) usage; exit 0 ;; esac
[ $# -eq 3 ] || { usage >&2; exit 2; }
briefing="$1" site="$2" out="$3"

[ -x "$briefing" ] || { echo "browser-check.sh: not an executable: $briefing" >&2; exit 2; }
[ -d "$site" ] || { echo "browser-check.sh: not a directory: $site" >&2; exit 2; }
python="$root/.venv/bin/python"
if ! "$python" -c 'import selenium, axe_selenium_python' >/dev/null 2>&1 \
    || ! command -v chromedriver >/dev/null 2>&1 \
    || ! command -v chromium >/dev/null 2>&1; then
    echo "browser-check.sh: chromium, chromedriver or .venv's selenium/axe-selenium-python missing;" \
        "run scripts/setup.sh --test" >&2
    exit 2
fi
mkdir -p "$out"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/browser-check.XXXXXX")"
server_pid=""

# Stops the server: SIGINT (what Ctrl-C sends), then SIGTERM and SIGKILL if it
# does not exit in time. Returns 1 unless it exited on SIGINT with status 0.
stop_server() {
    [ -n "$server_pid" ] || return 0
    local pid="$server_pid" rc=0 i
    server_pid=""
    kill -INT "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "browser-check: the server did not stop within 10 s of SIGINT; sending SIGTERM" >&2
        kill -TERM "$pid" 2>/dev/null || true
        sleep 3
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return 1
    fi
    wait "$pid" 2>/dev/null || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "browser-check: the server exited with status $rc after SIGINT" >&2
        return 1
    fi
    return 0
}
cleanup() {
    stop_server || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

answers() {
    python3 -c 'import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
' "$1" 2>/dev/null
}

# The copy: browser_check.py edits it to see the open page reload.
# Not its default output (public/) nor its build cache.
mkdir "$tmp/site"
find "$site" -mindepth 1 -maxdepth 1 ! -name public ! -name .briefing-cache \
    -exec cp -R {} "$tmp/site/" \;

start=$SECONDS
port=""
# The port is free when chosen but could be taken before the server binds it:
# then choose again (a few times).
for attempt in 1 2 3; do
    port="$(free_port)"
    echo "browser-check: starting $briefing serve --site (a copy of $site) on port $port"
    "$briefing" serve --site "$tmp/site" --output "$tmp/public" --port "$port" \
        >"$tmp/serve.log" 2>&1 &
    server_pid=$!
    up=0
    for _ in $(seq 1 600); do          # up to 2 minutes: the first build comes first
        if answers "http://127.0.0.1:$port/"; then
            up=1
            break
        fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.2
    done
    [ "$up" -eq 1 ] && break
    if kill -0 "$server_pid" 2>/dev/null; then
        echo "browser-check: the server did not answer on port $port within 2 minutes:" >&2
        cat "$tmp/serve.log" >&2
        exit 1
    fi
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
    if grep -q 'in use' "$tmp/serve.log" && [ "$attempt" -lt 3 ]; then
        echo "browser-check: port $port was taken; choosing another"
        continue
    fi
    echo "browser-check: the server exited before answering:" >&2
    cat "$tmp/serve.log" >&2
    exit 1
done
echo "browser-check: serving after $((SECONDS - start))s: $(grep -m 1 '^Serving' "$tmp/serve.log" || echo '(no Serving line)')"

if ! grep -q '^Serving .* at http://127\.0\.0\.1:'"$port"'/' "$tmp/serve.log"; then
    echo "browser-check: the server answered but printed no 'Serving ... at http://127.0.0.1:$port/' line:" >&2
    cat "$tmp/serve.log" >&2
    exit 1
fi

rc=0
"$python" "$root/scripts/browser_check.py" --site-copy "$tmp/site" "http://127.0.0.1:$port" "$out" || rc=$?

server_rc=0
stop_server || server_rc=$?
if ! grep -q '^Stopped\.' "$tmp/serve.log"; then
    echo "browser-check: the server printed no 'Stopped.' after SIGINT" >&2
    server_rc=1
fi
if [ "$server_rc" -ne 0 ]; then
    echo "browser-check: server log:" >&2
    cat "$tmp/serve.log" >&2
fi
echo "browser-check: server stopped cleanly: $([ "$server_rc" -eq 0 ] && echo yes || echo no);" \
    "total $((SECONDS - start))s"

if [ "$rc" -ne 0 ] || [ "$server_rc" -ne 0 ]; then
    echo "browser-check: FAILED"
    exit 1
fi
echo "browser-check: OK"
