#!/usr/bin/env bash
# Prints the time of every case of cmark's own pathological suite
# (test/pathological_tests.py in commonmark/cmark), generated at 256 KB: through
# Briefing (the guard, then cmark as an article is rendered), with all limits and
# without the block-size limit; then cmark alone on the same input, unguarded.
# The tests (PathologicalMarkdownTests) only fail on a hang (> 5 s); this shows the
# real numbers.
#
#   scripts/pathological.sh            # debug build
#   SWIFTPM_FLAGS="-c release --scratch-path .build-release" scripts/pathological.sh
set -euo pipefail

cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
read -r -a spm_flags <<< "${SWIFTPM_FLAGS:-}"

cases=$(mktemp -d)
trap 'rm -rf "$cases"' EXIT

echo "Briefing (guard + cmark), one case at a time:"
BRIEFING_PATHOLOGICAL_REPORT=1 BRIEFING_PATHOLOGICAL_DUMP="$cases" \
    swift test "${spm_flags[@]}" --no-parallel --filter PathologicalMarkdownTests 2>&1 \
    | grep '^pathological |' | sed 's/^pathological | //' | sort

if command -v cmark >/dev/null 2>&1; then
    echo
    echo "$(cmark --version | head -n 1) alone, no guard (killed after 10 s):"
    for file in "$cases"/*.md; do
        start=$(date +%s.%N)
        if timeout 10 cmark "$file" >/dev/null; then
            result=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%7.3f s", e - s }')
        else
            result="over 10 s"
        fi
        printf '%-52s %s\n' "$(basename "$file" .md)" "$result"
    done
fi
