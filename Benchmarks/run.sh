#!/usr/bin/env bash
# Briefing vs Hugo on the same synthetic briefing, side by side. See Benchmarks/README.md.
#
#   Benchmarks/run.sh                 N = 1000 and 10000
#   Benchmarks/run.sh 1000 10000 50000
#   Benchmarks/run.sh --runs 5 1000   5 timed runs of each (default 3, after 1 warm-up)
#   Benchmarks/run.sh --smoke         N = 50, once each: both build, page counts as expected
#   Benchmarks/run.sh --graphviz      let briefing find Graphviz and Pagefind on PATH (actor
#                                     network SVGs and search, which the Hugo site has not)
#
# Environment: BRIEFING=path/to/briefing (default: build the release binary with
# --scratch-path .build-bench), HUGO=hugo, SEED=1, KEEP=1 keeps the outputs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

smoke=0
graphviz=0
runs=3
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) smoke=1 ;;
        --graphviz) graphviz=1 ;;
        --no-graphviz) graphviz=0 ;;
        --runs) runs="$2"; shift ;;
        --runs=*) runs="${1#--runs=}" ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        ''|*[!0-9]*) echo "run.sh: unknown argument: $1" >&2; exit 2 ;;
        *) sizes+=("$1") ;;
    esac
    shift
done
if [ "$smoke" -eq 1 ]; then
    sizes=(50)
elif [ "${#sizes[@]}" -eq 0 ]; then
    sizes=(1000 10000)
fi
seed="${SEED:-1}"
say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: FAIL: %s\n' "$*" >&2; exit 1; }

# --- Tools ----------------------------------------------------------------------------
need=()
command -v "${HUGO:-hugo}" >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
[ -f /usr/include/cmark.h ] || need+=(libcmark-dev)
[ -f /usr/include/mimalloc.h ] || need+=(libmimalloc-dev)
if [ "${#need[@]}" -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || die "missing ${need[*]}; install them (apt-get install ${need[*]})"
    say "installing ${need[*]}"
    apt-get -q -o DPkg::Lock::Timeout=900 update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=900 install -y --no-install-recommends "${need[@]}" >/dev/null
fi
hugo="${HUGO:-hugo}"
if [ -z "${BRIEFING:-}" ]; then
    command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
    say "building briefing (release, --scratch-path .build-bench)"
    swift build -c release --product briefing --scratch-path "$root/.build-bench" >&2
    BRIEFING="$root/.build-bench/release/briefing"
fi
briefing="$(cd "$(dirname "$BRIEFING")" && pwd)/$(basename "$BRIEFING")"
[ -x "$briefing" ] || die "no briefing binary at $briefing"
# Briefing runs Graphviz (dot) for its actor network and Pagefind for search when they are
# on PATH. The Hugo site has neither, so by default briefing runs with a PATH where neither
# is found (it needs no other program); --graphviz keeps the PATH.
if [ "$graphviz" -eq 1 ]; then
    briefing_env=(env)
    mode="briefing with the tools on PATH: dot $(command -v dot >/dev/null && echo yes || echo no), pagefind $(command -v pagefind >/dev/null && echo yes || echo no)"
else
    briefing_env=(env PATH=/nonexistent)
    mode="briefing without Graphviz and Pagefind (no actor network, no search: the Hugo site has neither; --graphviz adds them)"
fi

work="$here/.out"
mkdir -p "$work"
floor="$work/floor"
if [ ! -x "$floor" ] || [ "$here/floor.c" -nt "$floor" ]; then
    gcc -O2 -o "$floor" "$here/floor.c" -lcmark -lpthread || die "cannot compile floor.c"
fi

# --- Helpers ----------------------------------------------------------------------------

# corpus N: path of the cached corpus for N (made when missing or when generate.py changed)
corpus() {
    local n="$1" dir="$here/.corpus/$1-s$seed" stamp
    stamp="$(sha256sum "$here/generate.py" | cut -c1-16)"
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
        say "generating N=$n (seed $seed) in ${dir#"$root"/}"
        rm -rf "$dir"
        mkdir -p "$here/.corpus"
        python3 "$here/generate.py" "$n" "$dir" --seed "$seed" > "$dir.counts.tmp" || die "generate.py failed"
        mv "$dir.counts.tmp" "$dir/counts"
        echo "$stamp" > "$dir/.stamp"
    fi
    echo "$dir"
}

# measure LOG CMD...: runs CMD under /usr/bin/time -v; sets WALL (s) and RSS (MiB).
# Output of CMD goes to LOG; a failure shows it and stops the run.
measure() {
    local log="$1"; shift
    local t0 t1
    t0="$EPOCHREALTIME"
    if ! /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1; then
        tail -n 30 "$log" >&2
        die "failed: $*"
    fi
    t1="$EPOCHREALTIME"
    WALL="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
    RSS="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$log.time")"
}

html_count() { find "$1" -name '*.html' -type f | wc -l | tr -d ' '; }

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
fraction() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.4f", a / b; else print 0 }'; }

# One full Briefing build: no cache, fresh output folder.
briefing_full() {   # site out log
    rm -rf "$1/.briefing-cache"
    rm -rf "$2"
    measure "$3" "${briefing_env[@]}" "$briefing" build --site "$1" --output "$2" --quiet
}
hugo_full() {       # site out log
    rm -rf "$2"
    measure "$3" "$hugo" --source "$1" --destination "$2" --quiet
}

# --- Smoke -------------------------------------------------------------------------------
if [ "$smoke" -eq 1 ]; then
    n=50
    dir="$(corpus $n)"
    out="$work/smoke"
    rm -rf "$out"; mkdir -p "$out"
    # shellcheck disable=SC2046
    eval "$(tr ' ' '\n' < "$dir/counts" | sed 's/^/c_/')"
    "${briefing_env[@]}" "$briefing" check --site "$dir/briefing" > "$out/check.log" 2>&1 || { cat "$out/check.log" >&2; die "briefing check found problems"; }
    briefing_full "$dir/briefing" "$out/briefing" "$out/briefing.log"; bw="$WALL"
    hugo_full "$dir/hugo" "$out/hugo" "$out/hugo.log"; hw="$WALL"
    bp="$(html_count "$out/briefing")"; hp="$(html_count "$out/hugo")"
    "$floor" "$dir/briefing/articles" "$out/floor" "$bp" > "$out/floor.log" || die "floor failed"
    items=$((c_articles + c_actors + c_events + c_disputes))
    say "N=$n: briefing $bp pages in ${bw}s, hugo $hp pages in ${hw}s; $(cat "$out/floor.log")"
    [ "$bp" -gt "$n" ] || die "briefing wrote $bp pages for $n articles"
    [ "$hp" -gt "$n" ] || die "hugo wrote $hp pages for $n articles"
    # Hugo: a page per article, actor, event and dispute, the home, the articles list and 3 taxonomy lists.
    [ "$hp" -eq $((items + 5)) ] || die "hugo wrote $hp pages, expected $((items + 5))"
    # Briefing: the same items, a page per place, the home and its 6 lists.
    [ "$bp" -ge $((items + c_places + 7)) ] || die "briefing wrote $bp pages, expected at least $((items + c_places + 7))"
    [ "$(ls "$out/floor" | wc -l)" -eq "$bp" ] || die "floor wrote the wrong number of files"
    # The same items on both sides: one page per article, actor, event and dispute, by id.
    for kind in articles actors events disputes; do
        b_ids="$(cd "$out/briefing/$kind" && ls | sed -n 's/\.html$//p' | sort)"
        h_ids="$(cd "$out/hugo/$kind" && ls -d */ | sed 's|/$||' | sort)"
        [ "$b_ids" = "$h_ids" ] || die "the $kind pages differ between briefing and hugo"
        [ "$(printf '%s\n' "$b_ids" | grep -c .)" -eq "$(eval echo "\$c_$kind")" ] || die "wrong number of $kind pages"
    done
    # Hugo's term pages list the articles of the term, as Briefing's pages do.
    grep -q 'href="[^"]*/articles/' "$(ls -d "$out/hugo/actors"/*/ | head -n 1)index.html" || die "hugo's actor pages list no articles"
    [ "${KEEP:-0}" = 1 ] || rm -rf "$out"
    say "smoke passed"
    exit 0
fi

# --- Benchmark -----------------------------------------------------------------------------
rows=()
notes=()
for n in "${sizes[@]}"; do
    dir="$(corpus "$n")"
    site="$dir/briefing"
    out="$work/$n"
    rm -rf "$out"; mkdir -p "$out"
    say "N=$n: $(cat "$dir/counts")"

    say "N=$n: warm-up"
    briefing_full "$site" "$out/b-warm" "$out/b-warm.log"
    hugo_full "$dir/hugo" "$out/h-warm" "$out/h-warm.log"
    bp="$(html_count "$out/b-warm")"; hp="$(html_count "$out/h-warm")"
    rm -rf "$out/b-warm" "$out/h-warm"

    bw=(); br=(); hw=(); hr=()
    for r in $(seq 1 "$runs"); do
        briefing_full "$site" "$out/b-$r" "$out/b-$r.log"; bw+=("$WALL"); br+=("$RSS")
        hugo_full "$dir/hugo" "$out/h-$r" "$out/h-$r.log"; hw+=("$WALL"); hr+=("$RSS")
        say "N=$n run $r: briefing ${bw[-1]} s ${br[-1]} MiB, hugo ${hw[-1]} s ${hr[-1]} MiB"
        # The previous run's output goes now, so every run pays for one tree's deletion.
        [ "$r" -gt 1 ] && rm -rf "$out/b-$((r - 1))" "$out/h-$((r - 1))"
    done
    [ "$(html_count "$out/b-$runs")" -eq "$bp" ] || die "briefing page count changed between runs"

    # Rebuilds on the last full build's output (its cache is in place).
    last="$out/b-$runs"
    nw=(); ew=()
    for r in $(seq 1 "$runs"); do
        measure "$out/noop-$r.log" "${briefing_env[@]}" "$briefing" build --site "$site" --output "$last" --quiet; nw+=("$WALL")
    done
    victim="$(ls "$site/articles" | sort | sed -n "$(( (n + 1) / 2 ))p")"
    cp "$site/articles/$victim" "$out/victim.md"
    tw=()
    for r in $(seq 1 "$runs"); do
        touch "$site/articles/$victim"
        measure "$out/touch-$r.log" "${briefing_env[@]}" "$briefing" build --site "$site" --output "$last" --quiet; tw+=("$WALL")
    done
    for r in $(seq 1 "$runs"); do
        { cat "$out/victim.md"; printf '\nA correction was added to this article in benchmark run %s.\n' "$r"; } > "$site/articles/$victim"
        measure "$out/edit-$r.log" "${briefing_env[@]}" "$briefing" build --site "$site" --output "$last" --quiet; ew+=("$WALL")
    done
    cp "$out/victim.md" "$site/articles/$victim"
    rm -rf "$site/.briefing-cache"

    fw=()
    for r in $(seq 1 "$runs"); do
        rm -rf "$out/floor"
        "$floor" "$site/articles" "$out/floor" "$bp" > "$out/floor-$r.log" || die "floor failed"
        fw+=("$(sed -n 's/.* wall=\([0-9.]*\) s/\1/p' "$out/floor-$r.log")")
    done
    rm -rf "$out/floor"

    b="$(median "${bw[@]}")"; h="$(median "${hw[@]}")"; f="$(median "${fw[@]}")"
    bm="$(median "${br[@]}")"; hm="$(median "${hr[@]}")"
    nm="$(median "${nw[@]}")"; em="$(median "${ew[@]}")"; tm="$(median "${tw[@]}")"
    rows+=("briefing $n $b $bp $bm")
    rows+=("hugo $n $h $hp $hm")
    rows+=("floor $n $f $bp -")
    notes+=("$n $(ratio "$b" "$h") $(ratio "$bm" "$hm") $(ratio "$b" "$f") $nm $(fraction "$nm" "$b") $em $(fraction "$em" "$b") $b $h $tm $(fraction "$tm" "$b")")
    [ "${KEEP:-0}" = 1 ] || rm -rf "$out"
done

# --- Report --------------------------------------------------------------------------------
echo
echo "Briefing vs Hugo ($(nproc) cores; median of $runs runs after a warm-up; $(date -u +%Y-%m-%d))"
echo "briefing $("$briefing" --version 2>/dev/null || echo "$briefing"), hugo $("$hugo" version | awk '{ print $2 }'); $mode"
echo
printf '| %-8s | %6s | %8s | %7s | %9s | %13s |\n' tool N "wall s" pages "pages/s" "peak RSS MiB"
printf '| %-8s | %6s | %8s | %7s | %9s | %13s |\n' --- ---: ---: ---: ---: ---:
for row in "${rows[@]}"; do
    read -r tool n wall pages rss <<< "$row"
    pps="$(awk -v p="$pages" -v w="$wall" 'BEGIN { if (w > 0) printf "%.0f", p / w; else print "-" }')"
    printf '| %-8s | %6s | %8s | %7s | %9s | %13s |\n' "$tool" "$n" "$wall" "$pages" "$pps" "$rss"
done
echo
printf '| %6s | %11s | %10s | %12s | %18s | %18s | %18s |\n' N "time B/Hugo" "RSS B/Hugo" "time B/floor" "no-change rebuild" "1 article touched" "1 article edited"
printf '| %6s | %11s | %10s | %12s | %18s | %18s | %18s |\n' ---: ---: ---: ---: ---: ---: ---:
pct() { awk -v x="$1" 'BEGIN { printf "%.1f%%", x * 100 }'; }
for note in "${notes[@]}"; do
    read -r n tr mr fr nm nf em ef _ _ tm tf <<< "$note"
    printf '| %6s | %11s | %10s | %12s | %18s | %18s | %18s |\n' "$n" "$tr" "$mr" "$fr" "$nm s ($(pct "$nf"))" "$tm s ($(pct "$tf"))" "$em s ($(pct "$ef"))"
done
if [ "${#notes[@]}" -gt 1 ]; then
    echo
    echo "Growth (ms per article):"
    for note in "${notes[@]}"; do
        read -r n _ _ _ _ _ _ _ b h _ _ <<< "$note"
        awk -v n="$n" -v b="$b" -v h="$h" 'BEGIN { printf "  N=%-6s briefing %.2f  hugo %.2f\n", n, b * 1000 / n, h * 1000 / n }'
    done
fi
