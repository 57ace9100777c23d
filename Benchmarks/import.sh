#!/usr/bin/env bash
# How long `briefing import` takes on a 1 MB text, in a release build. See Benchmarks/README.md.
#
#   Benchmarks/import.sh            a 1 MB text, 5 timed runs after 1 warm-up
#   Benchmarks/import.sh --runs 9   9 timed runs
#   Benchmarks/import.sh --smoke    a 100 KB text, once: the import succeeds and drafts items
#   Benchmarks/import.sh --dense    the text made of the development gold sets' articles instead
#
# The text is the real articles in Tests/Fixtures/articles/, one after another (blank lines
# between paragraphs) until it reaches the size, so every stage meets real news English.
# --dense: whole articles of the development gold sets (Tests/Fixtures/heldout-{b,c,d,g,q},
# the three of /work/shared/articles, which are in Tests/Fixtures/articles/, and
# Tests/Fixtures/heldout), a blank line between, repeated to the size: far denser in quotes
# and disputes. No check or unseen set is read.
# Environment: BRIEFING=path/to/briefing (default: build the release binary with
# --scratch-path .build-bench), SIZE=bytes (default 1000000).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

runs=5
size="${SIZE:-1000000}"
smoke=0
dense=0
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) smoke=1; runs=1; size=100000 ;;
        --runs) runs="$2"; shift ;;
        --dense) dense=1 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "import.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
say() { printf 'import-bench: %s\n' "$*" >&2; }
die() { printf 'import-bench: FAIL: %s\n' "$*" >&2; exit 1; }

if [ ! -x /usr/bin/time ]; then
    [ "$(id -u)" -eq 0 ] || die "missing /usr/bin/time; apt-get install time"
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=900 install -y --no-install-recommends time >/dev/null
fi
if [ -z "${BRIEFING:-}" ]; then
    command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
    "$root/scripts/setup.sh" >&2  # libcmark-dev, libmimalloc-dev: what any build needs
    say "building briefing (release, --scratch-path .build-bench)"
    swift build -c release --product briefing --scratch-path "$root/.build-bench" >&2
    BRIEFING="$root/.build-bench/release/briefing"
fi
[ -x "$BRIEFING" ] || die "no briefing binary at $BRIEFING"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
text="$work/long.txt"
# Pieces (the paragraphs of every article; with --dense, whole articles of the development gold
# sets), blank-line separated, repeated up to the size.
fixtures="$root/Tests/Fixtures"
if [ "$dense" -eq 1 ]; then
    unit=articles
    set -- "$fixtures"/heldout-{b,c,d,g,q}/articles/*.txt \
        "$fixtures"/articles/{australia-china-barley,china-us-sanctions,lavrov-pyongyang}.txt \
        "$fixtures"/heldout/articles/*.txt
else
    unit=paragraphs
    set -- "$fixtures"/articles/*.txt
fi
python3 - "$size" "$text" "$unit" "$@" <<'EOF'
import sys
size, out, unit, files = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
if unit == "articles":
    pieces = [open(f, encoding="utf-8").read().strip() for f in files]
else:
    pieces = [line.strip() for f in files for line in open(f, encoding="utf-8") if line.strip()]
chunks, total, i = [], 0, 0
while total < size:
    p = pieces[i % len(pieces)]
    chunks.append(p)
    total += len(p.encode()) + 2
    i += 1
open(out, "w", encoding="utf-8").write("\n\n".join(chunks) + "\n")
EOF
bytes="$(wc -c < "$text" | tr -d ' ')"
mkdir -p "$work/site/articles"

one_run() {   # sets WALL and CPU (user + system, s), RSS (MiB); leaves the summary line in $work/err
    local t0 t1
    t0="$EPOCHREALTIME"
    /usr/bin/time -v -o "$work/time" "$BRIEFING" import "$text" --site "$work/site" --published 2024-08-25 --dry-run \
        > "$work/out.md" 2> "$work/err" || { cat "$work/err" >&2; die "import failed"; }
    t1="$EPOCHREALTIME"
    WALL="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
    RSS="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time")"
    CPU="$(awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.3f", t }' "$work/time")"
}

[ "$smoke" -eq 1 ] || one_run   # warm-up
walls=()
cpus=()
rss=()
for _ in $(seq "$runs"); do
    one_run
    walls+=("$WALL")
    cpus+=("$CPU")
    rss+=("$RSS")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
grep -q '^actors:' "$work/out.md" || die "the draft has no actors"
say "$(grep -m1 'paragraphs; drafted' "$work/err" || true)"
# CPU time is shown beside the wall time because a busy machine stretches the wall time.
printf '%-10s %-6s %-12s %-10s %-12s %s\n' "text" "runs" "median (s)" "max (s)" "CPU (s)" "peak RSS (MiB)"
printf '%-10s %-6s %-12s %-10s %-12s %s\n' "$((bytes / 1000)) KB" "$runs" "$(median "${walls[@]}")" \
    "$(printf '%s\n' "${walls[@]}" | sort -g | tail -1)" "$(median "${cpus[@]}")" "$(median "${rss[@]}")"
say "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
