# Shared set-up for ./run and ./test (sourced, not executed): a project venv in .venv, reinstalled
# only when pyproject.toml changes, and on Debian/Ubuntu as root the system packages they need, named
# with the reason before anything is installed (CASEFILE_SKIP_SYSTEM_PACKAGES=1 installs nothing).

PYTHON=${PYTHON:-python3}
QT_DEBIAN_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"
QT_WHY="the system libraries Qt (PySide6) needs to draw windows"

missing_packages() {  # missing_packages PACKAGE...: those of PACKAGE... dpkg does not have installed
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || printf ' %s' "$pkg"
    done
}

ensure_system_packages() {  # ensure_system_packages WHY PACKAGE...: Qt's libraries, plus PACKAGE... for WHY
    local why=$1 qt extra answer
    shift
    command -v dpkg-query >/dev/null 2>&1 || return 0
    qt=$(missing_packages $QT_DEBIAN_PACKAGES) extra=$(missing_packages "$@")
    [ -z "$qt$extra" ] && return 0
    echo "Missing system packages:" >&2
    [ -n "$qt" ] && echo "  $QT_WHY:$qt" >&2
    [ -n "$extra" ] && echo "  $why:$extra" >&2
    if [ -n "${CASEFILE_SKIP_SYSTEM_PACKAGES:-}" ] || [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "Not installing them here; to install them: sudo apt-get install$qt$extra" >&2
        return 0
    fi
    if [ -t 0 ]; then
        read -r -p "Install them now with apt-get (as root)? [Y/n] " answer
        case "$answer" in [nN]*)
            echo "Skipped (later: apt-get install$qt$extra); CASEFILE_SKIP_SYSTEM_PACKAGES=1 skips without asking." >&2
            return 0 ;;
        esac
    else
        echo "Installing them with apt-get (as root); CASEFILE_SKIP_SYSTEM_PACKAGES=1 skips this." >&2
    fi
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $qt $extra >&2
}

ensure_venv() {  # ensure_venv [extra]: .venv with the project installed (editable), plus extras
    local extra=${1:-} spec="." hash stamp
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "Casefile needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)." >&2; exit 1; }
    [ -n "$extra" ] && spec=".[$extra]"
    hash=$("$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest()[:16])' <pyproject.toml)
    stamp=".venv/.installed-$hash-${extra:-base}"
    # Any install of this pyproject.toml includes the base one: ./run after ./test installs nothing.
    if [ -e "$stamp" ] || { [ -z "$extra" ] && compgen -G ".venv/.installed-$hash-*" >/dev/null; }; then
        return 0
    fi
    if [ ! -x .venv/bin/python ]; then
        echo "Creating .venv and installing Casefile and its dependencies into it (first run only) ..." >&2
        "$PYTHON" -m venv .venv
    else
        echo "Updating .venv (pyproject.toml changed, or ${extra:-the base install} is new here) ..." >&2
    fi
    .venv/bin/python -m pip install --quiet --upgrade pip >&2
    .venv/bin/python -m pip install --quiet -e "$spec" >&2
    rm -f .venv/.installed-*
    touch "$stamp"
}
