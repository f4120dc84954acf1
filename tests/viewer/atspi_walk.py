"""Walk Casefile's accessible tree over the AT-SPI bus, from outside its process, as a screen reader does.

    /usr/bin/python3 tests/viewer/atspi_walk.py tree [SECONDS]
    /usr/bin/python3 tests/viewer/atspi_walk.py tabs COUNT

Run by tests/viewer/test_atspi.py with Debian's Python (pyatspi is a Debian package, not in the venv),
inside the test's private session bus. `tree` waits up to SECONDS for an application named "casefile"
to appear on the bus with a window, then prints one JSON object: `controls`, every showing node whose
role a reader can act on or that can take focus (role, name, description, states, extents on screen),
`texts`, the showing labels and status bar, and `window`, its main window. `tabs` presses Tab COUNT
times through the X server (as the keyboard would) and prints, after each press, the control the app
announced as focused. Standard library and pyatspi only.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

APP_NAME = "casefile"
# A screen reader names these to the user and lets them be operated: each must carry a name.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "slider", "page tab", "menu item", "check menu item",
    "radio menu item", "menu", "link", "list item", "table cell", "tree item",
}
STEP_MS = 400  # time for the app to move focus and its event to arrive
# What a reader hears when reviewing the window: where the trust state must be announced.
TEXT_ROLES = {"label", "status bar", "heading", "static", "tool tip"}
MAX_NODES = 20_000  # a large table exposes every cell; stop long before a walk could hang


def find_app(seconds: float):
    """Casefile's application node on the bus, once it shows a window (None after `seconds`)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and (app.name or "").lower() == APP_NAME and app.childCount:
                return app
        time.sleep(0.5)
    return None


def describe(node) -> dict:
    """What a screen reader learns about `node`: role, name, description, states and where it is."""
    states = node.getState()
    names = sorted(pyatspi.stateToString(state) for state in states.getStates())
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        extents = [box.x, box.y, box.width, box.height]
    except NotImplementedError:
        extents = None
    return {"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
            "states": names, "extents": extents}


def walk(app) -> dict:
    """The interactive or focusable nodes on screen, depth first (children of hidden nodes are skipped)."""
    controls, texts, window, stack, seen = [], [], None, [app], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if node is None:
            continue
        info = describe(node)
        if node is not app and "showing" not in info["states"]:
            continue
        if window is None and info["role"] in ("frame", "window"):
            window = info
        if info["role"] in INTERACTIVE_ROLES or "focusable" in info["states"]:
            controls.append(info)
        elif info["role"] in TEXT_ROLES:
            texts.append(info)
        stack.extend(reversed([node.getChildAtIndex(i) for i in range(node.childCount)]))
    return {"window": window, "controls": controls, "texts": texts, "nodes_seen": seen}


def press_tab(count: int) -> list:
    """Press Tab `count` times; after each press, the control a screen reader was told got focus.

    Focus is followed through the focus events the application sends, as a screen reader does: the
    `focused` state alone also marks the current item of a list that does not have focus.
    """
    from gi.repository import GLib

    tab = 23  # X keycode of Tab on the X server's default (evdev/xfree86) keymap
    events, stops = [], []

    def on_focus(event) -> None:
        if event.detail1:
            events.append(describe(event.source))

    def step() -> bool:
        if presses:  # what the previous press moved focus to
            stops.append(events[-1] if events else None)
        if len(presses) == count:
            pyatspi.Registry.stop()
            return False
        events.clear()
        presses.append(tab)
        pyatspi.Registry.generateKeyboardEvent(tab, None, pyatspi.KEY_PRESSRELEASE)
        return True

    presses: list[int] = []
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    GLib.timeout_add(STEP_MS, step)
    pyatspi.Registry.start()
    return stops


def main(argv: list[str]) -> int:
    command = argv[1]
    app = find_app(float(argv[2]) if command == "tree" and len(argv) > 2 else 60)
    if app is None:
        print(json.dumps({"error": f"no application named {APP_NAME!r} appeared on the AT-SPI bus"}))
        return 1
    if command == "tree":
        print(json.dumps(walk(app)))
    else:
        print(json.dumps({"stops": press_tab(int(argv[2]))}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
