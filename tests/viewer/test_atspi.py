"""A screen reader's view of the real app: its accessible tree walked over the AT-SPI bus, from outside.

Qt's in-process accessibility interface can say a control has a name while nothing reaches an
assistive technology. So this test runs what a Linux desktop runs: an X server (Xvfb), a private D-Bus
session bus with the AT-SPI accessibility bus on it, and the real viewer (`casefile view` on the
sample) with Qt's AT-SPI bridge on. A separate client, tests/viewer/atspi_walk.py run by Debian's
Python with pyatspi (as Orca uses it), walks the tree and presses Tab. Every socket is a Unix socket:
Xvfb listens on no TCP port and the buses have unix: addresses.

Needs the Debian packages xvfb, at-spi2-core, python3-pyatspi and xdotool (`./test` installs them);
without them the test is skipped and says which is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest


WALKER = Path(__file__).with_name("atspi_walk.py")
CASEFILE = Path(sys.executable).with_name("casefile")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
STARTUP_SECONDS = 90
MAIN_AREA = "Views and open documents"  # the tab widget right of the library: the second pane


def _missing() -> list[str]:
    tools = {"Xvfb": shutil.which("Xvfb"), "dbus-daemon": shutil.which("dbus-daemon"),
             "xdotool": shutil.which("xdotool"), BUS_LAUNCHER: os.access(BUS_LAUNCHER, os.X_OK)}
    missing = [name for name, found in tools.items() if not found]
    pyatspi = os.access(SYSTEM_PYTHON, os.X_OK) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30).returncode == 0
    return missing + ([] if pyatspi else ["python3-pyatspi"])


pytestmark = pytest.mark.skipif(bool(_missing()), reason=f"AT-SPI tools not installed: {_missing()} "
                                "(Debian: apt-get install xvfb at-spi2-core python3-pyatspi xdotool)")


def _start(stack: ExitStack, command: list[str], env: dict, **kwargs) -> subprocess.Popen:
    """Start `command`; it is ended (then killed) when `stack` closes, whatever happened in between."""
    process = subprocess.Popen(command, env=env, **kwargs)

    def end() -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
    stack.callback(end)
    return process


def _first_line(process: subprocess.Popen, what: str) -> str:
    """The first line `process` writes on its standard output (it prints its address there)."""
    line = process.stdout.readline().strip()
    assert line, f"{what} did not start: exit status {process.poll()}"
    return line


@pytest.fixture
def desktop(tmp_path):
    """An X server and a D-Bus session with the AT-SPI bus, all private to this test: their environment."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "share"), "LANG": "C.UTF-8"}
    with ExitStack() as stack:
        xvfb = _start(stack, ["Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1440x900x24"],
                      env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        env["DISPLAY"] = f":{_first_line(xvfb, 'Xvfb')}"
        bus = _start(stack, ["dbus-daemon", "--session", "--nofork", "--print-address=1",
                             f"--address=unix:path={runtime / 'bus'}"],
                     env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        env["DBUS_SESSION_BUS_ADDRESS"] = _first_line(bus, "dbus-daemon")
        _start(stack, [BUS_LAUNCHER, "--launch-immediately"], env, stderr=subprocess.DEVNULL)
        yield env


def _walk(env: dict, *args: str) -> dict:
    result = subprocess.run([SYSTEM_PYTHON, str(WALKER), *args], env=env, capture_output=True, text=True,
                            timeout=STARTUP_SECONDS + 60)
    assert result.returncode == 0, f"walker failed: {result.stdout[-2000:]} {result.stderr[-2000:]}"
    return json.loads(result.stdout)


def _verified_tree(env: dict) -> dict:
    """The window's tree once the full verification has finished (the badge then says so)."""
    for _ in range(30):
        tree = _walk(env, "tree", str(STARTUP_SECONDS))
        if any(_badge(tree)) and "Verifying" not in " ".join(_badge(tree)):
            return tree
        time.sleep(1)
    return tree


def _badge(tree: dict) -> list[str]:
    return [text["description"] for text in tree["texts"] if text["name"] == "Verification state"]


def _reads_before(a: list[int], b: list[int]) -> bool:
    """Whether box `a` comes before box `b` reading an English window: rows down, then left to right."""
    a_middle, b_middle = a[1] + a[3] / 2, b[1] + b[3] / 2
    if abs(a_middle - b_middle) < min(a[3], b[3]) / 2:  # the same row
        return a[0] < b[0]
    return a_middle < b_middle


def _focus_ring(stops: list) -> list:
    """One turn of the Tab ring, from the first stop until focus came back to it."""
    keys = [(stop["role"], stop["name"], stop["extents"]) for stop in stops]
    assert keys[0] in keys[1:], f"Tab never came back to where it started: {keys}"
    return stops[:keys.index(keys[0], 1)]


def test_a_screen_reader_finds_named_controls_a_logical_tab_order_and_the_trust_state(desktop, tmp_path):
    env = dict(desktop, CASEFILE_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    with ExitStack() as stack:
        _start(stack, [str(CASEFILE), "view"], env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree = _verified_tree(env)
        # No window manager runs: give the window the keyboard as clicking on it would.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Casefile$",
                        "windowfocus", "--sync"], env=env, check=True, timeout=60, capture_output=True)
        focusable = [control for control in tree["controls"] if "focusable" in control["states"]]
        stops = _walk(env, "tabs", str(len(focusable) + 2))["stops"]

    assert tree["window"]["name"] == "Casefile" and len(focusable) > 10
    unnamed = [control for control in tree["controls"] if not control["name"].strip()]
    assert unnamed == []
    assert all(control["role"] not in ("unknown", "invalid", "") for control in tree["controls"])

    # The headline's accessible name says what it is ("Verification state"), its description the state.
    assert any("Verified" in state for state in _badge(tree))
    assert any(text["role"] == "status bar" and "Verified" in text["name"] for text in tree["texts"])

    assert None not in stops, f"a Tab press moved focus to nothing a screen reader was told of: {stops}"
    ring = _focus_ring(stops)
    main_area = next(control for control in tree["controls"] if control["name"] == MAIN_AREA)["extents"]
    pane = [int(stop["extents"][0] >= main_area[0]) for stop in ring]  # 0: the library, 1: the main area
    start = next((i for i in range(len(pane)) if pane[i] == 0 and pane[i - 1] == 1), None)
    assert start is not None, f"Tab does not reach both panes: {ring}"  # start where it enters the library
    ring, pane = ring[start:] + ring[:start], pane[start:] + pane[:start]
    assert pane == sorted(pane), "Tab goes through the library, then the main area, each once"
    order = [(stop["name"], stop["extents"]) for stop in ring]
    for (_, a), (b_name, b), left, right in zip(order, order[1:], pane, pane[1:]):
        assert left != right or _reads_before(a, b), f"Tab went back up or left to {b_name!r}: {order}"
