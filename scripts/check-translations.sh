#!/usr/bin/env bash
# Fails when a translation file is stale or incomplete:
#   - running lupdate over the sources would add messages (new or changed tr()/translate() strings), or
#   - any message is unfinished, or lrelease reports an error.
# lupdate runs on a temporary copy; the files in the source tree are never touched.
# Usage: scripts/check-translations.sh [PROJECT_SOURCE_DIR]
set -euo pipefail

src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
lupdate=/usr/lib/qt6/bin/lupdate
lrelease=/usr/lib/qt6/bin/lrelease
[[ -x $lupdate ]] || lupdate=$(command -v lupdate || true)
[[ -x $lrelease ]] || lrelease=$(command -v lrelease || true)
if [[ -z $lupdate || -z $lrelease ]]; then
    echo "check-translations: lupdate/lrelease not found (Debian: apt-get install qt6-l10n-tools)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
shopt -s nullglob
files=("$src"/resources/translations/*.ts)
if ((${#files[@]} == 0)); then
    echo "check-translations: no .ts files under $src/resources/translations" >&2
    exit 1
fi

for ts in "${files[@]}"; do
    name=$(basename "$ts")
    copy="$tmp/$name"
    cp "$ts" "$copy"
    # Same sources and include path as qt_add_translations in app/CMakeLists.txt.
    if ! (cd "$src" && "$lupdate" app models views analysis -extensions cpp,h -I "$src" \
              -locations none -no-obsolete -ts "$copy") >"$tmp/lupdate.log" 2>&1; then
        cat "$tmp/lupdate.log" >&2
        echo "check-translations: $name: lupdate failed" >&2
        status=1
        continue
    fi
    # "Found 739 source text(s) (0 new and 739 already existing)"
    new=$(sed -n 's/.*(\([0-9][0-9]*\) new and [0-9]* already existing).*/\1/p' "$tmp/lupdate.log" | head -n1)
    if [[ -z $new ]]; then
        cat "$tmp/lupdate.log" >&2
        echo "check-translations: $name: cannot read lupdate's summary" >&2
        status=1
    elif ((new > 0)); then
        echo "check-translations: $name is stale: lupdate would add $new message(s). Run" >&2
        echo "  cmake --build build --target update_translations   (then translate them)" >&2
        status=1
    fi
    if grep -q 'obsolete entries' "$tmp/lupdate.log"; then
        echo "check-translations: $name: note: $(grep -o 'Removed [0-9]* obsolete entries' "$tmp/lupdate.log")" \
             "(messages no longer in the sources; harmless)"
    fi

    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if ((unfinished > 0)); then
        echo "check-translations: $name: $unfinished unfinished message(s) (after lupdate):" >&2
        grep -B3 'type="unfinished"' "$copy" | sed -n 's/.*<source>\(.*\)<\/source>.*/  \1/p' | head -n 20 >&2
        status=1
    fi

    if ! "$lrelease" "$copy" -qm "$tmp/out.qm" >"$tmp/lrelease.log" 2>&1; then
        cat "$tmp/lrelease.log" >&2
        echo "check-translations: $name: lrelease failed" >&2
        status=1
    elif grep -qiE 'error|warning' "$tmp/lrelease.log"; then
        cat "$tmp/lrelease.log" >&2
        echo "check-translations: $name: lrelease reported problems" >&2
        status=1
    fi
    ((status == 0)) && echo "check-translations: $name: $(grep -o 'Generated.*' "$tmp/lrelease.log")"
done
exit $status
