#!/usr/bin/env bash
# Runs every check: unit tests, a build of the example site, `briefing check`,
# HTML validation + link checking of the built site, and a check of the served
# site in headless Chromium (console, accessibility, phone width; screenshots
# in test-output/browser), and the benchmark's smoke test (Briefing and Hugo build the
# same small site).
# Arguments are passed to `swift test` (e.g. --filter BriefingModelTests).
#
#   scripts/test.sh [swift test options...]
#
# SWIFTPM_FLAGS (optional, space-separated) is added to every swift build/test,
# e.g. SWIFTPM_FLAGS="--scratch-path .build-ci".
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

read -r -a spm_flags <<< "${SWIFTPM_FLAGS:-}"

stage_no=0
stage() {
    # stage "description" command args...
    local name="$1"; shift
    stage_no=$((stage_no + 1))
    echo
    echo "==> [$stage_no] $name"
    local start=$SECONDS rc=0
    "$@" || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo
        echo "test.sh: FAILED at stage $stage_no ($name), exit status $rc" >&2
        exit "$rc"
    fi
    echo "--- [$stage_no] ok ($((SECONDS - start))s)"
}

out=test-output/site
# Pagefind (installed by setup.sh into .venv/bin) gives the example site its search page.
export PATH="$PWD/.venv/bin:$PATH"

build_example_site() {
    rm -rf "$out"
    mkdir -p "$(dirname "$out")"
    "$bin/briefing" build --site Site --output "$out"
}

stage "setup (scripts/setup.sh --test)" scripts/setup.sh --test
# Hang detectors in the tests (a few seconds where a hang takes minutes) get room for a
# slow or busy CI machine, and ten times more under a sanitizer.
export BRIEFING_HANG_SCALE="${BRIEFING_HANG_SCALE:-3}"
stage "unit tests (swift test${*:+ $*})" swift test "${spm_flags[@]}" "$@"
stage "build briefing (swift build --product briefing)" \
    swift build "${spm_flags[@]}" --product briefing
# Last line only, in case SwiftPM prints resolution progress first.
bin="$(swift build "${spm_flags[@]}" --show-bin-path | tail -n 1)"
if [ ! -x "$bin/briefing" ]; then
    echo "test.sh: briefing binary not found in '$bin'" >&2
    exit 1
fi
# Briefing and Hugo build the same small synthetic briefing; page counts must match
# (run.sh installs hugo, gcc and libcmark-dev when missing).
stage "benchmark smoke (Benchmarks/run.sh --smoke)" env BRIEFING="$bin/briefing" Benchmarks/run.sh --smoke
stage "build example site (briefing build --site Site --output $out)" build_example_site
stage "check example site (briefing check --site Site)" "$bin/briefing" check --site Site
stage "validate data exports against their schema (scripts/check-data.py $out)" .venv/bin/python scripts/check-data.py "$out"
stage "validate HTML, CSS and links (scripts/check-site.sh --css $out)" scripts/check-site.sh --css "$out"
stage "browser checks (scripts/browser-check.sh)" \
    scripts/browser-check.sh "$bin/briefing" Site test-output/browser
# The same over the hostile fixture: no console error, no injected script run, no CSP violation.
stage "browser checks of the hostile fixture site" \
    scripts/browser-check.sh "$bin/briefing" Tests/Fixtures/sites/hostile test-output/browser-hostile

# Faults, fuzzing, sanitizers (docs/hostile-input.md). FUZZ_SECONDS per libFuzzer target
# (0 skips); SANITIZERS lists the sanitizers to run the unit tests under, each in its own
# scratch folder ("address thread" for both; none by default, as each adds a 15-minute
# sanitized build). Killed-build rounds are few there: every process runs sanitized.
fuzz_seconds="${FUZZ_SECONDS:-60}"
if [ "$fuzz_seconds" != 0 ]; then
    stage "fuzz each target for ${fuzz_seconds}s (scripts/fuzz.sh $fuzz_seconds)" scripts/fuzz.sh "$fuzz_seconds"
fi
for sanitizer in ${SANITIZERS-}; do
    stage "unit tests under --sanitize=$sanitizer" env ASAN_OPTIONS=detect_leaks=0 BRIEFING_KILL_ROUNDS=5 BRIEFING_HANG_SCALE=30 \
        swift test --sanitize="$sanitizer" --scratch-path ".build-${sanitizer:0:1}san"
done

echo
echo "All checks passed."
