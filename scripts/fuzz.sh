#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (a package of their own) with the fuzzer and
# address sanitizers, and runs each for SECONDS (default 60) with a 5 s per-input timeout
# (times BRIEFING_HANG_SCALE, as for the tests' hang detectors: a busy machine's slow input is no hang).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 3600 FuzzMarkdown
#
# Seeds come from Fuzz/Corpus/<target>/ (read only); inputs libFuzzer finds go to
# .build-fuzz/corpus/<target>/, so later runs start from them. A crash or hang leaves its
# input in .build-fuzz/findings/<target>/ and fails the script; make it a regression test
# in the normal suite (see docs/hostile-input.md), then fix it.
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontMatter FuzzMarkdown FuzzImport)
scratch="$PWD/.build-fuzz"

# libcmark-dev and pkg-config, as for any build.
scripts/setup.sh

swift build --package-path Fuzz --sanitize=fuzzer --sanitize=address --scratch-path "$scratch"
bin="$(swift build --package-path Fuzz --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" --show-bin-path | tail -n 1)"

# Swift's runtime keeps caches alive to the end, which LeakSanitizer would report.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export SWIFT_BACKTRACE=enable=no

timeout=$((5 * ${BRIEFING_HANG_SCALE:-1}))
failed=()
for target in "${targets[@]}"; do
    work="$scratch/corpus/$target"
    findings="$scratch/findings/$target"
    mkdir -p "$work" "$findings"
    echo "==> $target for ${seconds}s"
    if ! "$bin/$target" "$work" "Fuzz/Corpus/$target" \
        -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$findings/" -print_final_stats=1 2>"$scratch/$target.log"; then
        tail -n 40 "$scratch/$target.log" >&2
        echo "fuzz.sh: $target found a crash or hang; input in $findings/" >&2
        failed+=("$target")
    else
        grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "$scratch/$target.log" || true
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: no crash or hang in ${targets[*]} (${seconds}s each)"
