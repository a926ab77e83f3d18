#!/bin/sh
# Put an unpacked ThrustTimer bundle (the PyInstaller one-folder build) into the desktop's
# launcher for the current user: no root, nothing outside ~/.local (or $XDG_DATA_HOME).
#
#   ./install.sh              add the launcher entry, icons and a `thrusttimer` command
#   ./install.sh --uninstall  remove them again (the bundle folder itself is left alone)
#
# The entry points at this folder, so keep it where it is (e.g. ~/Applications/thrusttimer)
# or run the script again after moving it. The PyInstaller spec copies this script next to
# the executable.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ID=io.github.thrusttimer.ThrustTimer
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${XDG_BIN_HOME:-$HOME/.local/bin}
LINUX="$HERE/_internal/linux"
ICONS="$HERE/_internal/assets/icons/hicolor"

refresh() {
    # Launchers notice new entries on their own; these caches just make it immediate.
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
    rm -f "$DATA"/icons/hicolor/*/apps/"$ID".png "$DATA/icons/hicolor/scalable/apps/$ID.svg"
    if [ -L "$BIN/thrusttimer" ] && [ "$(readlink "$BIN/thrusttimer")" = "$HERE/thrusttimer" ]; then
        rm -f "$BIN/thrusttimer"
    fi
    refresh
    echo "ThrustTimer removed from the launcher."
    exit 0
fi

if [ ! -x "$HERE/thrusttimer" ] || [ ! -f "$LINUX/$ID.desktop" ]; then
    echo "install.sh: run me from the unpacked ThrustTimer bundle folder" >&2
    exit 1
fi

mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo"
ln -sfn "$HERE/thrusttimer" "$BIN/thrusttimer"
# Exec names the bundle by its full path, so the entry works even if ~/.local/bin is not
# on the launcher's PATH. Quoted, as the Desktop Entry spec asks for paths with spaces.
sed "s|^Exec=thrusttimer\$|Exec=\"$HERE/thrusttimer\"|" "$LINUX/$ID.desktop" >"$DATA/applications/$ID.desktop"
cp "$LINUX/$ID.metainfo.xml" "$DATA/metainfo/"
for icon in "$ICONS"/*/apps/"$ID".*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    cp "$icon" "$DATA/icons/hicolor/$size/apps/"
done
refresh
echo "ThrustTimer is in your launcher; \`thrusttimer\` runs it from $BIN."
