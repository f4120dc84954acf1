# Shared set-up for ./run and ./test (sourced, not executed): a project venv in .venv, reinstalled
# only when pyproject.toml changes, and on Debian/Ubuntu as root the system libraries Qt needs.

PYTHON=${PYTHON:-python3}
QT_DEBIAN_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"

ensure_system_packages() {
    local wanted="$QT_DEBIAN_PACKAGES $*" missing=""
    command -v dpkg-query >/dev/null 2>&1 || return 0
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing system packages:$missing" >&2
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
    else
        echo "Note: these system packages may be needed and are missing:$missing" >&2
        echo "      install them with: sudo apt-get install$missing" >&2
    fi
}

ensure_venv() {  # ensure_venv [extra]: .venv with the project installed (editable), plus extras
    local extra=${1:-} spec="." stamp
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "Casefile needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)." >&2; exit 1; }
    [ -n "$extra" ] && spec=".[$extra]"
    [ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
    stamp=".venv/.installed-$(cat pyproject.toml | "$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest()[:16])')-${extra:-base}"
    if [ ! -e "$stamp" ]; then
        echo "Installing Casefile and its dependencies into .venv (first run only) ..." >&2
        .venv/bin/python -m pip install --quiet --upgrade pip >&2
        .venv/bin/python -m pip install --quiet -e "$spec" >&2
        touch "$stamp"
    fi
}
