#!/bin/sh
# Installs the STEM PUSH Toolkit for the current user, without root: the programs in
# ~/.local/bin, the menu entry, the icon, and the workspace file type (so a double-click on a
# workspace file opens it in the toolkit). Run it again to update; remove with --uninstall.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
BIN="$HOME/.local/bin"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$BIN/stempush" "$BIN/stempush-cli" "$SHARE/applications/stempush.desktop" \
        "$SHARE/icons/hicolor/scalable/apps/stempush.svg" "$SHARE/mime/packages/stempush-workspace.xml"
  echo "Removed. Your workspace stays in $SHARE/stempush-toolkit."
  exit 0
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/scalable/apps" "$SHARE/mime/packages"
cp "$HERE/stempush" "$HERE/stempush-cli" "$BIN/"
cp "$HERE/stempush.svg" "$SHARE/icons/hicolor/scalable/apps/stempush.svg"
cp "$HERE/stempush-workspace.xml" "$SHARE/mime/packages/"
# The menu entry names the program by its full path: ~/.local/bin is not on every PATH.
sed "s|^Exec=stempush |Exec=\"$BIN/stempush\" |" "$HERE/stempush.desktop" > "$SHARE/applications/stempush.desktop"
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$SHARE/mime"; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$SHARE/applications"; fi
echo "Installed: open \"STEM PUSH Toolkit\" from the applications menu, or run $BIN/stempush"
