"""Casefile's source holds nothing that would break it on Windows or macOS (issue 24), as the portability
lint (tests/helpers/portability.py) sees it; then the lint itself: each rule fires, each guard silences it
only where it keeps the code away from the systems that would break, and waivers need a reason."""

from __future__ import annotations

import re
import textwrap
import time
from pathlib import Path

import pytest

from .helpers.portability import lint_source, lint_tree, source_files

ROOT = Path(__file__).resolve().parents[1]


def lint(source: str) -> list[tuple[int, str]]:
    """(line, rule) of each finding in a snippet."""
    return [(finding.line, finding.rule) for finding in lint_source(textwrap.dedent(source))]


def test_casefile_source_is_portable():
    started = time.perf_counter()
    findings = lint_tree(ROOT)
    elapsed = time.perf_counter() - started
    if findings:
        pytest.fail("would break on Windows or macOS:\n" + "\n".join(map(str, findings)), pytrace=False)
    assert elapsed < 20, f"the portability lint took {elapsed:.1f} s over the tree (about 1 s expected)"


def test_every_package_and_the_spec_are_read():
    files = {path.relative_to(ROOT).as_posix() for path in source_files(ROOT)}
    assert {"archive/reader.py", "archive/portable.py", "viewer/app.py", "viewer/smoke.py",
            "packaging/make_usb.py", "packaging/casefile.spec"} <= files
    assert not any(name.startswith(("tests/", ".venv/", "build/")) for name in files)
    assert len(files) > 150


def test_a_finding_says_where_which_rule_and_what_to_do():
    [finding] = lint_source("import os\n\nos.fork()\n", "archive/spawn.py")
    assert re.fullmatch(r"archive/spawn\.py:3: platform-name: os\.fork exists on Linux and macOS only: use it "
                        r"under `if sys\.platform != \"win32\":` .*getattr\(os, \"fork\", None\)", str(finding))


FIRES = {
    # platform-name
    "os attribute": ("import os\nos.fork()\n", "platform-name"),
    "os constant": ("import os\nflags = os.O_RDONLY | os.O_NOFOLLOW\n", "platform-name"),
    "Linux-only os name": ("import os\nos.sched_getaffinity(0)\n", "platform-name"),
    "fdatasync (not even macOS)": ("import os\nos.fdatasync(fd)\n", "platform-name"),
    "Windows-only os name": ("import os\nos.startfile(path)\n", "platform-name"),
    "aliased module": ("import os as _os\n_os.getuid()\n", "platform-name"),
    "from-import": ("from os import getuid\n", "platform-name"),
    "getattr without default": ('import os\nfork = getattr(os, "fork")\n', "platform-name"),
    "signal name": ("import signal\nsignal.signal(signal.SIGHUP, handler)\n", "platform-name"),
    "signal function": ("import signal\nsignal.alarm(5)\n", "platform-name"),
    "kill with SIGKILL": ("import os, signal\nos.kill(pid, signal.SIGKILL)\n", "platform-name"),
    "time clock": ("import time\ntime.clock_gettime(time.CLOCK_BOOTTIME)\n", "platform-name"),
    "preexec_fn": ("import subprocess\nsubprocess.Popen(cmd, preexec_fn=setup)\n", "platform-name"),
    # platform-module
    "fcntl": ("import fcntl\n", "platform-module"),
    "from pwd": ("from pwd import getpwuid\n", "platform-module"),
    "termios in a function": ("def f():\n    import termios\n", "platform-module"),
    "msvcrt": ("import msvcrt\n", "platform-module"),
    "winreg": ("import winreg\n", "platform-module"),
    # fsync-read-only
    "with open rb": ('import os\ndef f(p):\n    with open(p, "rb") as h:\n        os.fsync(h.fileno())\n',
                     "fsync-read-only"),
    "os.open O_RDONLY": ("import os\ndef f(p):\n    fd = os.open(p, os.O_RDONLY)\n    os.fsync(fd)\n",
                         "fsync-read-only"),
    "default mode, fd taken apart": ("import os\ndef f(p):\n    h = open(p, 'rb')\n    fd = h.fileno()\n"
                                     "    os.fsync(fd)\n", "fsync-read-only"),
    "Path.open, fsync helper": ("def f(p):\n    with p.open('rb') as h:\n        full_fsync(h.fileno())\n",
                                "fsync-read-only"),
    # text-encoding
    "open default mode": ("data = open(path).read()\n", "text-encoding"),
    "open w": ('open(path, "w")\n', "text-encoding"),
    "open mode keyword": ('open(path, mode="r+")\n', "text-encoding"),
    "encoding None": ('open(path, "w", encoding=None)\n', "text-encoding"),
    "io.open": ("import io\nio.open(path)\n", "text-encoding"),
    "os.fdopen text": ('import os\nos.fdopen(fd, "w")\n', "text-encoding"),
    "read_text": ("path.read_text()\n", "text-encoding"),
    "write_text": ("path.write_text(text)\n", "text-encoding"),
    "Path.open w": ('path.open("w")\n', "text-encoding"),
    "Path.open default": ("from pathlib import Path\nPath(name).open()\n", "text-encoding"),
    "subprocess text": ("import subprocess\nsubprocess.run(cmd, capture_output=True, text=True)\n", "text-encoding"),
    "check_output universal_newlines": ("import subprocess\nsubprocess.check_output(cmd, universal_newlines=True)\n",
                                        "text-encoding"),
    "from subprocess import Popen": ("from subprocess import Popen\nPopen(cmd, text=True)\n", "text-encoding"),
    "NamedTemporaryFile w": ('import tempfile\ntempfile.NamedTemporaryFile("w")\n', "text-encoding"),
    "TemporaryFile w+": ('import tempfile\ntempfile.TemporaryFile(mode="w+")\n', "text-encoding"),
    "SpooledTemporaryFile": ('import tempfile\ntempfile.SpooledTemporaryFile(1024, "w+")\n', "text-encoding"),
    "gzip rt": ('import gzip\ngzip.open(path, "rt")\n', "text-encoding"),
    "os.popen": ("import os\nos.popen(cmd)\n", "text-encoding"),
    "TextIOWrapper": ("import io\nio.TextIOWrapper(buffer)\n", "text-encoding"),
    # posix-path
    "/tmp in Path": ('from pathlib import Path\nPath("/tmp/casefile")\n', "posix-path"),
    "/tmp alone": ('TEMP = "/tmp"\n', "posix-path"),
    "/proc": ('open("/proc/self/stat", "rb")\n', "posix-path"),
    "/proc f-string": ('open(f"/proc/{pid}/stat", "rb")\n', "posix-path"),
    "/dev/null": ('open("/dev/null", "wb")\n', "posix-path"),
    "/usr/ program": ('import subprocess\nsubprocess.run(["/usr/bin/soffice", "--version"])\n', "posix-path"),
    "/etc/": ('import os\nos.path.exists("/etc/os-release")\n', "posix-path"),
    "/var/": ('LOGS = "/var/log/casefile"\n', "posix-path"),
    "/home/": ('HOME = "/home/reader"\n', "posix-path"),
    "~/.config": ('import os\nos.path.expanduser("~/.config/casefile")\n', "posix-path"),
    "~/.local": ('DATA = "~/.local/share/casefile"\n', "posix-path"),
    "/Library/": ('FONTS = "/Library/Fonts"\n', "posix-path"),
}


@pytest.mark.parametrize("source, rule", FIRES.values(), ids=FIRES.keys())
def test_rule_fires(source, rule):
    last_line = len(source.splitlines())
    found = lint(source)
    assert found and set(found) == {(last_line, rule)}


NOT_PROBLEMS = {
    "binary open": 'open(path, "rb").read()',
    "encoding given": 'open(path, "w", encoding="utf-8")',
    "encoding positional": 'open(path, "w", -1, "utf-8")',
    "keywords passed on": "open(path, **options)",
    "read_text with encoding": 'path.read_text("utf-8")',
    "write_text with encoding": 'path.write_text(text, "utf-8")',
    "subprocess bytes": "import subprocess\nsubprocess.run(cmd, capture_output=True)",
    "subprocess encoding": 'import subprocess\nsubprocess.run(cmd, text=True, encoding="utf-8")',
    "binary temporary file": "import tempfile\ntempfile.NamedTemporaryFile()",
    "text temporary file with encoding": 'import tempfile\ntempfile.NamedTemporaryFile("w", encoding="utf-8")',
    "gzip binary": "import gzip\ngzip.open(path)",
    "zip member": 'archive.open("word/document.xml")',
    "a store's open": "UserStore.open()",
    "an image": "from PIL import Image\nImage.open(path)",
    "os.open": "import os\nos.open(path, os.O_RDONLY)",
    "fsync of a writable handle": 'import os\nwith open(p, "rb+") as h:\n    os.fsync(h.fileno())',
    "fsync of O_RDWR": "import os\nfd = os.open(p, os.O_RDWR)\nos.fsync(fd)",
    "fd rebound writable": "import os\nfd = os.open(p, os.O_RDONLY)\nfd = os.open(q, os.O_RDWR)\nos.fsync(fd)",
    "names everywhere": "import os, signal\nos.getpid(); os.kill(pid, signal.SIGTERM); signal.SIGINT; os.replace(a, b)",
    "getattr with default": 'import os\npread = getattr(os, "pread", None)',
    "module docstring": '"""~/.config/casefile is not where settings go: archive.paths says where."""',
    "function docstring": 'def f():\n    """/proc/self/stat, read on Linux only."""',
    "comment": "x = 1  # not /tmp/x",
    "path inside an f-string": 'f"{root}/tmp/{name}"',
    "not a root": '"https://example.org/usr/"',
    "prefix of a longer word": '"/tmpfiles"',
    "bytes": 'b"/proc/self"',
    "portable in a string": '"# portable:"',
}


@pytest.mark.parametrize("source", NOT_PROBLEMS.values(), ids=NOT_PROBLEMS.keys())
def test_no_finding_without_a_problem(source):
    assert lint(source) == []


# Each pair: the guarded code, and the same code without the guard that makes it safe.
GUARDS = {
    "!= win32": ('import os, sys\nif sys.platform != "win32":\n    os.fork()\n',
                 'import os, sys\nif sys.maxsize > 2:\n    os.fork()\n'),
    "else of == win32": ('import sys\nif sys.platform == "win32":\n    import msvcrt\nelse:\n    import fcntl\n',
                         'import sys\nif sys.platform == "darwin":\n    import msvcrt\nelse:\n    import fcntl\n'),
    "reversed comparison": ('import os, sys\nif "win32" != sys.platform:\n    os.getuid()\n',
                            'import os, sys\nif "win32" != sys.executable:\n    os.getuid()\n'),
    "startswith linux": ('import sys\nif sys.platform.startswith("linux"):\n    open("/proc/self/stat", "rb")\n',
                         'import sys\nif sys.platform.startswith("lin"[:0]):\n    open("/proc/self/stat", "rb")\n'),
    "== darwin": ('import sys\nif sys.platform == "darwin":\n    FONTS = "/Library/Fonts"\n',
                  'import sys\nif sys.platform != "linux":\n    FONTS = "/Library/Fonts"\n'),
    "in a tuple": ('import os, sys\nif sys.platform in ("linux", "darwin"):\n    os.setsid()\n',
                   'import os, sys\nif sys.platform in ("linux", "win32"):\n    os.setsid()\n'),
    "not in": ('import os, sys\nif sys.platform not in ("win32", "cygwin"):\n    os.setsid()\n',
               'import os, sys\nif sys.platform not in ("darwin", "cygwin"):\n    os.setsid()\n'),
    "os.name posix": ('import os\nif os.name == "posix":\n    os.sync()\n',
                      'import os\nif os.sep == "/":\n    os.sync()\n'),
    "os.name nt": ('import os\nif os.name == "nt":\n    import winreg\n',
                   'import os\nif os.name != "nt":\n    import winreg\n'),
    "platform.system()": ('import os, platform\nif platform.system() != "Windows":\n    os.nice(5)\n',
                          'import os, platform\nif platform.machine() != "Windows":\n    os.nice(5)\n'),
    "module-level flag": ('import os, sys\nWINDOWS = sys.platform == "win32"\nif not WINDOWS:\n    os.getuid()\n',
                          'import os, sys\nWINDOWS = sys.byteorder == "win32"\nif not WINDOWS:\n    os.getuid()\n'),
    "flag made of a flag": ('import os, sys\nWINDOWS = os.name == "nt"\nPOSIX = not WINDOWS\nif POSIX:\n'
                            '    os.getuid()\n',
                            'import os, sys\nWINDOWS = os.name == "nt" and ready\nPOSIX = not WINDOWS\nif POSIX:\n'
                            '    os.getuid()\n'),
    "not ==": ('import os, sys\nif not sys.platform == "win32":\n    os.getuid()\n',
               'import os, sys\nif not sys.platform == "linux":\n    os.getuid()\n'),
    "and": ('import os, sys\nif sys.platform != "win32" and ready:\n    os.getuid()\n',
            'import os, sys\nif sys.platform != "win32" or ready:\n    os.getuid()\n'),
    "or in an early return": ('import os, sys\ndef f():\n    if ready or sys.platform == "win32":\n        return\n'
                              '    os.getuid()\n',
                              'import os, sys\ndef f():\n    if ready and sys.platform == "win32":\n        return\n'
                              '    os.getuid()\n'),
    "early return": ('import os, sys\ndef f():\n    if sys.platform == "win32":\n        return None\n'
                     '    return os.getuid()\n',
                     'import os, sys\ndef f():\n    if sys.platform == "win32":\n        print()\n'
                     '    return os.getuid()\n'),
    "early raise at module level": ('import sys\nif sys.platform == "win32":\n    raise ImportError("POSIX only")\n'
                                    'import fcntl\n',
                                    'import sys\nif sys.platform == "win32":\n    print("POSIX only")\n'
                                    'import fcntl\n'),
    "continue in a loop": ('import os, sys\nfor p in ps:\n    if sys.platform == "win32":\n        continue\n'
                           '    os.chown(p, 0, 0)\n',
                           'import os, sys\nfor p in ps:\n    if sys.platform == "win32":\n        pass\n'
                           '    os.chown(p, 0, 0)\n'),
    "elif chain that always returns": ('import os, sys\ndef f():\n    if sys.platform == "win32":\n        return 1\n'
                                       '    elif ready:\n        return 2\n    else:\n        return os.getuid()\n',
                                       'import os, sys\ndef f():\n    if sys.platform == "linux":\n        return 1\n'
                                       '    elif ready:\n        return 2\n    else:\n        return os.getuid()\n'),
    "sys.exit": ('import os, sys\nif os.name == "nt":\n    sys.exit("POSIX only")\nos.setsid()\n',
                 'import os, sys\nif os.name == "nt":\n    print("POSIX only")\nos.setsid()\n'),
    "assert": ('import os, sys\nassert sys.platform != "win32"\nos.setsid()\n',
               'import os, sys\nassert sys.platform != "linux"\nos.setsid()\n'),
    "hasattr": ('import os\nif hasattr(os, "pread"):\n    os.pread(fd, 10, 0)\n',
                'import os\nif hasattr(os, "pwrite"):\n    os.pread(fd, 10, 0)\n'),
    "not hasattr, return": ('import os\ndef f():\n    if not hasattr(os, "pread"):\n        return None\n'
                            '    return os.pread(fd, 10, 0)\n',
                            'import os\ndef f():\n    if hasattr(os, "pread"):\n        return None\n'
                            '    return os.pread(fd, 10, 0)\n'),
    "getattr in the test": ('import os\nif getattr(os, "sync", None):\n    os.sync()\n',
                            'import os\nif getattr(os, "fsync", None):\n    os.sync()\n'),
    "and short-circuit": ('import os\nroot = hasattr(os, "geteuid") and os.geteuid() == 0\n',
                          'import os\nroot = hasattr(os, "getuid") and os.geteuid() == 0\n'),
    "conditional expression": ('import os, sys\nuid = os.getuid() if sys.platform != "win32" else 0\n',
                               'import os, sys\nuid = os.getuid() if sys.platform != "linux" else 0\n'),
    "else of a conditional expression": ('import os, sys\nuid = 0 if sys.platform == "win32" else os.getuid()\n',
                                         'import os, sys\nuid = 0 if sys.platform == "linux" else os.getuid()\n'),
    "try import": ("try:\n    import fcntl\nexcept ImportError:  # Windows\n    fcntl = None\n",
                   "try:\n    import fcntl\nexcept OSError:\n    fcntl = None\n"),
    "try attribute": ("import os\ntry:\n    NOFOLLOW = os.O_NOFOLLOW\nexcept AttributeError:\n    NOFOLLOW = 0\n",
                      "import os\ntry:\n    NOFOLLOW = os.O_NOFOLLOW\nexcept KeyError:\n    NOFOLLOW = 0\n"),
    "fsync of a folder on POSIX": ('import os\ndef f(p):\n    if os.name == "posix":\n'
                                   '        fd = os.open(p, os.O_RDONLY)\n        os.fsync(fd)\n',
                                   'import os\ndef f(p):\n    if os.name != "java":\n'
                                   '        fd = os.open(p, os.O_RDONLY)\n        os.fsync(fd)\n'),
    "encoding on Linux only": ('import sys\nif sys.platform.startswith("linux"):\n    text = path.read_text()\n',
                               'import sys\nif sys.platform.startswith("win"):\n    text = path.read_text()\n'),
}


@pytest.mark.parametrize("guarded, unguarded", GUARDS.values(), ids=GUARDS.keys())
def test_guard_silences_only_what_it_protects(guarded, unguarded):
    assert lint(unguarded), "the snippet without its guard should be flagged"
    assert lint(guarded) == []


def test_guard_ends_with_its_branch():
    source = 'import os, sys\nif sys.platform != "win32":\n    os.getuid()\nos.getgid()\n'
    assert lint(source) == [(4, "platform-name")]


def test_a_posix_guard_does_not_cover_what_only_linux_has():
    source = 'import os\nif os.name == "posix":\n    open("/proc/self/stat", "rb")\n    os.sched_getaffinity(0)\n'
    assert lint(source) == [(3, "posix-path"), (4, "platform-name")]


def test_a_guard_for_the_wrong_system_flags_the_import():
    assert lint('import sys\nif sys.platform == "win32":\n    import fcntl\n') == [(3, "platform-module")]


def test_a_guard_reaches_into_functions_defined_under_it():
    source = ('import os, sys\nif sys.platform != "win32":\n    def owner(p):\n'
              '        return os.stat(p).st_uid, os.getuid()\n')
    assert lint(source) == []


def test_portable_and_files_idioms_pass():
    """archive/portable.py locks with msvcrt or fcntl by platform; archive/files.py imports fcntl in a try
    and asks it for F_FULLFSYNC with getattr."""
    portable = '''
        import sys
        def lock(handle):
            if sys.platform == "win32":
                import msvcrt
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        '''
    files = '''
        import os
        try:
            import fcntl
        except ImportError:  # Windows
            fcntl = None
        def full_fsync(fd):
            full = getattr(fcntl, "F_FULLFSYNC", None) if fcntl is not None else None
            if full is not None:
                fcntl.fcntl(fd, full)
            os.fsync(fd)
        '''
    assert lint(portable) == []
    assert lint(files) == []


def test_waiver_with_a_reason_silences_its_line():
    assert lint("import os\nos.fork()  # portable: the Linux build host only\n") == []
    assert lint("import os\nos.fork()\nos.setsid()  # portable: the Linux build host only\n") == [(2, "platform-name")]


def test_waiver_on_a_continuation_line_of_the_call():
    source = "import subprocess\nsubprocess.run(\n    cmd,\n    text=True,  # portable: output is ASCII digits\n)\n"
    assert lint(source) == []


def test_waiver_without_a_reason_is_refused():
    findings = lint_source("import os\nos.fork()  # portable:\n", "a.py")
    assert [(f.line, f.rule) for f in findings] == [(2, "platform-name"), (2, "waiver")]
    assert "needs a reason" in str(findings[1])
    assert lint("import os\nos.fork()  # portable:   \n") == [(2, "platform-name"), (2, "waiver")]


def test_waiver_that_waives_nothing_is_flagged():
    findings = lint_source("import os\nos.getpid()  # portable: just in case\n", "a.py")
    assert [(f.line, f.rule) for f in findings] == [(2, "waiver")]
    assert "waives nothing" in str(findings[0])


def test_the_spec_is_read_as_python(tmp_path):
    (tmp_path / "packaging").mkdir()
    (tmp_path / "packaging" / "casefile.spec").write_text('a = Analysis(["/tmp/x.py"])\n', encoding="utf-8")
    assert [str(f).split(": ")[:2] for f in lint_tree(tmp_path)] == [["packaging/casefile.spec:1", "posix-path"]]
