#!/usr/bin/env bash
# Builds the briefing tool (release) and the example site in Site/ into
# Site/public/. Extra arguments go to `briefing build` (e.g. --drafts).
#
#   scripts/build-site.sh [briefing build options...]
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

scripts/setup.sh

echo "==> swift build -c release --product briefing"
swift build -c release --product briefing

echo "==> briefing build --site Site${*:+ $*}"
.build/release/briefing build --site Site "$@"

# Where the site went: Site/public unless --output was given.
out=Site/public
prev=""
for arg in "$@"; do
    case "$arg" in
        --output=*) out="${arg#--output=}" ;;
    esac
    [ "$prev" = --output ] && out="$arg"
    prev="$arg"
done
site="$(cd "$out" && pwd)"
echo
echo "Site written to: $site"
echo "Preview it with:"
echo "    python3 -m http.server -d $out 8000"
echo "then open http://127.0.0.1:8000/"
