"""A portability lint (issue 24): what Linux forgives and Windows or macOS would not, found in the source.

Rules, each named in a finding as `path:line: rule: what to do`:

platform-name    a name of os, signal, time, select, shutil or subprocess that some systems lack (os.fork,
                 signal.SIGKILL, time.CLOCK_BOOTTIME, subprocess.CREATE_NO_WINDOW), or a subprocess argument
                 Windows refuses (preexec_fn, pass_fds)
platform-module  an import of a POSIX-only module (fcntl, pwd, termios...) or a Windows-only one (msvcrt, winreg...)
fsync-read-only  os.fsync (or an fsync helper) of a handle opened read-only: Windows' FlushFileBuffers refuses it
text-encoding    text-mode I/O without encoding=: Windows reads and writes its ANSI code page (cp1252, cp936)
posix-path       a string literal starting with a path some systems lack (/tmp, /proc, /dev/, ~/.config...)
waiver           a `# portable:` comment without a reason, or one that waives nothing

Code a platform guard keeps away from the systems where it would break is not flagged: the branches of
`if sys.platform == / != / in / .startswith(...)`, `os.name ==`, `platform.system() ==` (also through a
module-level name such as `WINDOWS = sys.platform == "win32"`, and combined with not/and/or), the rest of a
block after such an `if` whose branch returns or raises, `assert sys.platform ...`, `if hasattr(os, "pread")`,
`getattr(os, "pread", None)`, imports in `try` blocks that catch ImportError, and names used in `try` blocks
that catch AttributeError. Where no guard can say it, `# portable: <reason>` on the flagged line waives it.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass, field
from functools import reduce
from pathlib import Path

LINUX, DARWIN, WINDOWS = frozenset({"linux"}), frozenset({"darwin"}), frozenset({"win32"})
POSIX = LINUX | DARWIN
EVERYWHERE = POSIX | WINDOWS
SOURCE_FOLDERS = ("archive", "viewer", "packaging")
EXTRA_SOURCES = ("packaging/casefile.spec",)


def _names(module: str, systems: frozenset[str], names: str) -> dict[str, frozenset[str]]:
    return {f"{module}.{name}": systems for name in names.split()}


# From the CPython docs' "Availability" notes, checked against typeshed's stubs. Casefile supports
# Python 3.11, so a name Windows gained later (os.fchmod in 3.13, os.set_blocking in 3.12) still counts.
PLATFORM_NAMES: dict[str, frozenset[str]] = {
    **_names("os", POSIX, """
        chown chroot confstr confstr_names ctermid environb fchdir fchmod fchown fork forkpty fpathconf
        fstatvfs fwalk get_blocking getegid getenvb geteuid getgid getgrouplist getgroups getloadavg
        getpgid getpgrp getpriority getsid getuid grantpt initgroups killpg lchown lockf login_tty major
        makedev minor mkfifo mknod nice openpty pathconf pathconf_names posix_openpt posix_spawn
        posix_spawnp pread preadv ptsname pwrite pwritev readv register_at_fork sched_get_priority_max
        sched_get_priority_min sched_param sched_yield sendfile set_blocking setegid seteuid setgid
        setgroups setpgid setpgrp setpriority setregid setreuid setsid setuid spawnlp spawnlpe spawnvp
        spawnvpe statvfs struct_rusage sync sysconf sysconf_names tcgetpgrp tcsetpgrp ttyname uname
        unlockpt wait wait3 wait4 writev
        CLD_CONTINUED CLD_DUMPED CLD_EXITED CLD_KILLED CLD_STOPPED CLD_TRAPPED EX_CANTCREAT EX_CONFIG
        EX_DATAERR EX_IOERR EX_NOHOST EX_NOINPUT EX_NOPERM EX_NOUSER EX_OSERR EX_OSFILE EX_PROTOCOL
        EX_SOFTWARE EX_TEMPFAIL EX_UNAVAILABLE EX_USAGE F_LOCK F_TEST F_TLOCK F_ULOCK NGROUPS_MAX
        O_ACCMODE O_ASYNC O_CLOEXEC O_DIRECTORY O_DSYNC O_FSYNC O_NDELAY O_NOCTTY O_NOFOLLOW O_NONBLOCK
        O_SYNC POSIX_SPAWN_CLOSE POSIX_SPAWN_DUP2 POSIX_SPAWN_OPEN PRIO_PGRP PRIO_PROCESS PRIO_USER P_ALL
        P_PGID P_PID RTLD_GLOBAL RTLD_LAZY RTLD_LOCAL RTLD_NODELETE RTLD_NOLOAD RTLD_NOW SCHED_FIFO
        SCHED_OTHER SCHED_RR SEEK_DATA SEEK_HOLE ST_NOSUID ST_RDONLY WCONTINUED WCOREDUMP WEXITED
        WEXITSTATUS WIFCONTINUED WIFEXITED WIFSIGNALED WIFSTOPPED WNOHANG WNOWAIT WSTOPPED WSTOPSIG
        WTERMSIG WUNTRACED"""),
    **_names("os", LINUX, """
        copy_file_range eventfd eventfd_read eventfd_write fdatasync getrandom getresgid getresuid
        getxattr listxattr memfd_create pidfd_open pipe2 posix_fadvise posix_fallocate removexattr
        sched_getaffinity sched_getparam sched_getscheduler sched_rr_get_interval sched_setaffinity
        sched_setparam sched_setscheduler setns setresgid setresuid setxattr splice timerfd_create
        timerfd_gettime timerfd_gettime_ns timerfd_settime timerfd_settime_ns unshare waitid waitid_result
        EFD_CLOEXEC EFD_NONBLOCK EFD_SEMAPHORE GRND_NONBLOCK GRND_RANDOM MFD_ALLOW_SEALING MFD_CLOEXEC
        MFD_HUGETLB O_DIRECT O_LARGEFILE O_NOATIME O_PATH O_RSYNC O_TMPFILE POSIX_FADV_DONTNEED
        POSIX_FADV_NOREUSE POSIX_FADV_NORMAL POSIX_FADV_RANDOM POSIX_FADV_SEQUENTIAL POSIX_FADV_WILLNEED
        P_PIDFD RTLD_DEEPBIND RWF_APPEND RWF_DSYNC RWF_HIPRI RWF_NOWAIT RWF_SYNC SCHED_BATCH SCHED_IDLE
        SCHED_RESET_ON_FORK SPLICE_F_MORE SPLICE_F_MOVE SPLICE_F_NONBLOCK ST_APPEND ST_MANDLOCK
        ST_NOATIME ST_NODEV ST_NODIRATIME ST_NOEXEC ST_RELATIME ST_SYNCHRONOUS ST_WRITE XATTR_CREATE
        XATTR_REPLACE XATTR_SIZE_MAX"""),
    **_names("os", DARWIN, """
        chflags lchflags lchmod O_EVTONLY O_EXEC O_EXLOCK O_NOFOLLOW_ANY O_SEARCH O_SHLOCK O_SYMLINK"""),
    **_names("os", WINDOWS, """
        add_dll_directory get_handle_inheritable listdrives listmounts listvolumes set_handle_inheritable
        startfile O_BINARY O_NOINHERIT O_RANDOM O_SEQUENTIAL O_SHORT_LIVED O_TEMPORARY O_TEXT P_DETACH
        P_OVERLAY"""),
    **_names("signal", POSIX, """
        alarm getitimer pause pthread_kill pthread_sigmask setitimer siginterrupt sigpending sigwait
        ItimerError ITIMER_PROF ITIMER_REAL ITIMER_VIRTUAL SIG_BLOCK SIG_SETMASK SIG_UNBLOCK SIGALRM
        SIGBUS SIGCHLD SIGCONT SIGHUP SIGIO SIGIOT SIGKILL SIGPIPE SIGPROF SIGQUIT SIGSTOP SIGSYS SIGTRAP
        SIGTSTP SIGTTIN SIGTTOU SIGURG SIGUSR1 SIGUSR2 SIGVTALRM SIGWINCH SIGXCPU SIGXFSZ"""),
    **_names("signal", LINUX, """
        pidfd_send_signal sigtimedwait sigwaitinfo struct_siginfo SIGCLD SIGPOLL SIGPWR SIGRTMAX SIGRTMIN
        SIGSTKFLT"""),
    **_names("signal", DARWIN, "SIGEMT SIGINFO"),
    **_names("signal", WINDOWS, "CTRL_BREAK_EVENT CTRL_C_EVENT SIGBREAK"),
    **_names("time", POSIX, """
        clock_getres clock_gettime clock_gettime_ns clock_settime clock_settime_ns tzset CLOCK_MONOTONIC
        CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_THREAD_CPUTIME_ID"""),
    **_names("time", LINUX, "pthread_getcpuclockid CLOCK_BOOTTIME CLOCK_TAI"),
    **_names("time", DARWIN, "CLOCK_UPTIME_RAW"),
    **_names("select", POSIX, "poll PIPE_BUF POLLERR POLLHUP POLLIN POLLNVAL POLLOUT POLLPRI"),
    **_names("select", LINUX, "epoll"),
    **_names("select", DARWIN, "kqueue kevent"),
    **_names("shutil", POSIX, "chown"),
    **_names("subprocess", WINDOWS, """
        STARTUPINFO STARTF_USESHOWWINDOW STARTF_USESTDHANDLES SW_HIDE STD_INPUT_HANDLE STD_OUTPUT_HANDLE
        STD_ERROR_HANDLE CREATE_NEW_CONSOLE CREATE_NEW_PROCESS_GROUP CREATE_NO_WINDOW DETACHED_PROCESS
        CREATE_DEFAULT_ERROR_MODE CREATE_BREAKAWAY_FROM_JOB ABOVE_NORMAL_PRIORITY_CLASS
        BELOW_NORMAL_PRIORITY_CLASS HIGH_PRIORITY_CLASS IDLE_PRIORITY_CLASS NORMAL_PRIORITY_CLASS
        REALTIME_PRIORITY_CLASS"""),
}
PLATFORM_MODULES: dict[str, frozenset[str]] = {
    **dict.fromkeys("fcntl pwd grp termios tty pty resource posix crypt syslog readline curses nis".split(), POSIX),
    **dict.fromkeys("spwd ossaudiodev".split(), LINUX),
    **dict.fromkeys("msvcrt winreg _winapi winsound nt msilib _overlapped".split(), WINDOWS),
}
# subprocess arguments Windows refuses with an error (start_new_session and process_group it ignores).
POSIX_ONLY_ARGUMENTS = ("preexec_fn", "pass_fds")
POSIX_PATHS: tuple[tuple[str, frozenset[str], str], ...] = (
    ("/tmp", POSIX, "use tempfile.gettempdir() or tempfile.mkdtemp()"),
    ("/proc", LINUX, 'read it under `if sys.platform.startswith("linux"):` with a fallback elsewhere'),
    ("/dev/null", POSIX, "use os.devnull (or subprocess.DEVNULL)"),
    ("/dev/", POSIX, 'guard it with `if sys.platform != "win32":`'),
    ("/etc/", POSIX, 'guard it with `if sys.platform != "win32":`'),
    ("/usr/", POSIX, 'guard it with `if sys.platform != "win32":`, or find the program with shutil.which'),
    ("/var/", POSIX, 'guard it with `if sys.platform != "win32":`'),
    ("/home/", LINUX, "use Path.home(), or archive.paths for Casefile's own folders"),
    ("~/.config", LINUX, "use archive.paths (config_dir, data_dir): it knows each system's folders"),
    ("~/.local", LINUX, "use archive.paths (config_dir, data_dir): it knows each system's folders"),
    ("/Library/", DARWIN, 'guard it with `if sys.platform == "darwin":`'),
    ("~/Library/", DARWIN, 'guard it with `if sys.platform == "darwin":`'),
)
SUBPROCESS_TEXT = {f"subprocess.{name}" for name in ("run", "call", "check_call", "check_output", "Popen")}
# Calls that always decode with the locale's encoding and take none.
LOCALE_ONLY = {"os.popen": "subprocess.run(..., capture_output=True, encoding=\"utf-8\")",
               "subprocess.getoutput": "subprocess.run(..., capture_output=True, encoding=\"utf-8\")",
               "subprocess.getstatusoutput": "subprocess.run(..., capture_output=True, encoding=\"utf-8\")"}
FILE_OPENERS = {"open", "io.open", "os.fdopen"}  # mode second, encoding fourth; also a path's .open()
# Other openers: name -> (index of the mode, default mode, index of the encoding; None: keyword only).
OPENERS = {"codecs.open": (1, "r", 2), "tempfile.NamedTemporaryFile": (0, "w+b", 2),
           "tempfile.TemporaryFile": (0, "w+b", 2), "tempfile.SpooledTemporaryFile": (1, "w+b", 3),
           "gzip.open": (1, "rb", 3), "bz2.open": (1, "rb", 3),
           "lzma.open": (1, "rb", None)}
COMPRESSED = {"gzip.open", "bz2.open", "lzma.open"}  # binary unless "t" is in the mode
# Modules whose own open() is not Path.open (module functions, resolved through the imports).
MODULE_OPENERS = {"os.open", "io.open", "tarfile.open", "webbrowser.open", "gzip.open", "bz2.open", "lzma.open",
                  "wave.open", "dbm.open", "shelve.open", "codecs.open", "zipfile.open", "aifc.open", "sunau.open"}
EXITS = {"sys.exit", "os._exit", "exit", "quit"}
MODE = re.compile(r"[rwxabt+U]{1,4}")
WAIVER = re.compile(r"#\s*portable:(.*)")
SYSTEM_NAMES = {"linux": "Linux", "darwin": "macOS", "win32": "Windows"}
GUARDS = {POSIX: 'if sys.platform != "win32":', LINUX: 'if sys.platform.startswith("linux"):',
          DARWIN: 'if sys.platform == "darwin":', WINDOWS: 'if sys.platform == "win32":'}


@dataclass(frozen=True, order=True)
class Finding:
    """One problem: where, which rule, and what to do about it."""

    path: str
    line: int
    rule: str
    advice: str
    last_line: int = field(default=0, compare=False, repr=False)  # a waiver may sit on any line of the node

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.advice}"


@dataclass(frozen=True)
class Reach:
    """Where a piece of code can run: the systems its guards let through, the names checked to exist
    ("*": any, inside a try that catches AttributeError), and whether failed imports are caught."""

    systems: frozenset[str] = EVERYWHERE
    present: frozenset[str] = frozenset()
    imports_caught: bool = False

    def narrow(self, guard: Reach) -> Reach:
        return Reach(self.systems & guard.systems, self.present | guard.present,
                     self.imports_caught or guard.imports_caught)

    def join(self, other: Reach | None) -> Reach:
        if other is None:
            return self
        return Reach(self.systems | other.systems, self.present & other.present,
                     self.imports_caught and other.imports_caught)

    def has(self, name: str) -> bool:
        return name in self.present or "*" in self.present


ANYWHERE = Reach()


def describe(systems: frozenset[str]) -> str:
    return " and ".join(name for system, name in SYSTEM_NAMES.items() if system in systems)


def source_files(root: Path) -> list[Path]:
    """Every file the lint reads: the .py files of the three packages, and the PyInstaller spec."""
    files = [path for folder in SOURCE_FOLDERS for path in (root / folder).rglob("*.py")]
    files += [root / name for name in EXTRA_SOURCES if (root / name).exists()]
    return sorted(files)


def lint_tree(root: Path) -> list[Finding]:
    """Findings for every source file under `root`, paths relative to it."""
    findings = []
    for path in source_files(root):
        findings += lint_source(path.read_text(encoding="utf-8"), path.relative_to(root).as_posix())
    return sorted(findings)


def lint_source(source: str, path: str = "<snippet>") -> list[Finding]:
    """Findings for one file's text, after its `# portable:` waivers."""
    linter = _Linter(path, ast.parse(source, filename=path))
    linter.run()
    return _apply_waivers(linter.findings, _waivers(source), path)


def _waivers(source: str) -> dict[int, str]:
    """Line -> reason of every `# portable:` comment (tokenized, so a string holding one does not count)."""
    if "portable:" not in source:
        return {}
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {token.start[0]: match.group(1).strip() for token in tokens
            if token.type == tokenize.COMMENT and (match := WAIVER.match(token.string))}


def _apply_waivers(findings: list[Finding], waivers: dict[int, str], path: str) -> list[Finding]:
    used, kept = set(), []
    for finding in findings:
        lines = [line for line in range(finding.line, max(finding.line, finding.last_line) + 1) if line in waivers]
        used.update(lines)
        if not any(waivers[line] for line in lines):
            kept.append(finding)
    for line, reason in waivers.items():
        if not reason:
            kept.append(Finding(path, line, "waiver", "`# portable:` needs a reason after the colon: say why "
                                                      "this line is safe on Windows and macOS"))
        elif line not in used:
            kept.append(Finding(path, line, "waiver", "`# portable:` waives nothing on this line: remove it"))
    return sorted(kept)


def _constant(node: ast.AST | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _is_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _strings(node: ast.AST) -> tuple[str, ...] | None:
    """A string constant, or a tuple/list/set of them; None for anything else."""
    items = node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else [node]
    values = tuple(_constant(item) for item in items)
    return values if all(isinstance(value, str) for value in values) else None


def _argument(call: ast.Call, index: int | None, keyword: str) -> ast.AST | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if index is not None and index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[index]
    return None


def _has_encoding(call: ast.Call, index: int | None) -> bool:
    if any(kw.arg is None for kw in call.keywords):  # **kwargs: it may be in there
        return True
    encoding = _argument(call, index, "encoding")
    return encoding is not None and not _is_none(encoding)


def _mode(call: ast.Call, index: int, default: str) -> str | None:
    """The mode of an open-like call if it is known and looks like one; None otherwise."""
    if any(isinstance(arg, ast.Starred) for arg in call.args) or any(kw.arg is None for kw in call.keywords):
        return None
    node = _argument(call, index, "mode")
    if node is None:
        return default if index >= len(call.args) else None
    mode = _constant(node)
    return mode if isinstance(mode, str) and MODE.fullmatch(mode) else None


def _last_name(node: ast.AST) -> str:
    """`open` of `open`, `Path` of `pathlib.Path`; "" for anything else."""
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _looks_like_path(node: ast.AST) -> bool:
    """Path(...), a / b, or a name ending in path or file: what `.open()` with no arguments is opened on."""
    if isinstance(node, ast.Call):
        return _last_name(node.func).endswith("Path")
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, ast.Div)
    return _last_name(node).lower().endswith(("path", "file"))


def _catches(handlers: list[ast.ExceptHandler], names: set[str]) -> bool:
    """Whether one of the handlers names one of the exceptions (a bare or broad except does not count)."""
    caught = set()
    for handler in handlers:
        if handler.type is not None:
            items = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            caught.update(_last_name(item) for item in items)
    return bool(names & caught)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of every statement that is a bare string: docstrings, and strings used as comments."""
    return {id(node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(_constant(node.value), str)}


class _Linter(ast.NodeVisitor):
    """Walks one module in order, carrying where the current code can run (a `Reach`)."""

    def __init__(self, path: str, tree: ast.Module) -> None:
        self.path, self.tree = path, tree
        self.findings: list[Finding] = []
        self.reach = ANYWHERE
        self.imports = self._imports(tree)
        self.platform_flags: dict[str, tuple[Reach, Reach]] = {}
        self._find_platform_flags(tree)
        self.docstrings = _docstrings(tree)
        self.read_only: list[dict[str, str]] = [{}]  # per function: name -> "handle" or "fd"

    def run(self) -> None:
        self._block(self.tree.body)

    def report(self, node: ast.AST, rule: str, advice: str, works_on: frozenset[str]) -> None:
        if not self.reach.systems <= works_on:
            self.findings.append(Finding(self.path, node.lineno, rule, advice, node.end_lineno or node.lineno))

    # Names and imports

    @staticmethod
    def _imports(tree: ast.Module) -> dict[str, str]:
        """Local name -> what it stands for (`import os as o`: o -> os; `from subprocess import run`)."""
        names = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]  # `import os.path` binds os
                    names[alias.asname or top] = alias.name if alias.asname else top
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        return names

    def qualify(self, node: ast.AST) -> str | None:
        """`os.fork` for a Name or an attribute chain, through the module's imports; None for others."""
        if isinstance(node, ast.Name):
            return self.imports.get(node.id, node.id)
        if isinstance(node, ast.Attribute):
            base = self.qualify(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def _find_platform_flags(self, tree: ast.Module) -> None:
        """Module-level names bound to a guard: `WINDOWS = sys.platform == "win32"`, `POSIX = not WINDOWS`."""
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                branches = self.guards(node.value)
                if branches != (ANYWHERE, ANYWHERE):
                    self.platform_flags[node.targets[0].id] = branches

    # Guards

    def guards(self, test: ast.AST) -> tuple[Reach, Reach]:
        """What is known inside the branch taken when `test` is true, and when it is false."""
        if isinstance(test, ast.Name) and test.id in self.platform_flags:
            return self.platform_flags[test.id]
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            true, false = self.guards(test.operand)
            return false, true
        if isinstance(test, ast.BoolOp):
            parts = [self.guards(value) for value in test.values]
            trues, falses = [true for true, _ in parts], [false for _, false in parts]
            if isinstance(test.op, ast.And):
                return reduce(Reach.narrow, trues), reduce(Reach.join, falses)
            return reduce(Reach.join, trues), reduce(Reach.narrow, falses)
        systems = self._systems(test)
        if systems is not None:
            return Reach(systems), Reach(EVERYWHERE - systems)
        name = self._feature_test(test)
        if name is not None:
            return Reach(present=frozenset({name})), ANYWHERE
        return ANYWHERE, ANYWHERE

    def _systems(self, test: ast.AST) -> frozenset[str] | None:
        """The systems on which a platform test is true; None if `test` is not one."""
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) and test.func.attr == "startswith":
            prefixes = _strings(test.args[0]) if len(test.args) == 1 else None
            if self.qualify(test.func.value) == "sys.platform" and prefixes is not None:
                return frozenset(s for s in EVERYWHERE if s.startswith(prefixes))
            return None
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
            return None
        left, right, equality = test.left, test.comparators[0], isinstance(test.ops[0], (ast.Eq, ast.NotEq))
        if equality and isinstance(left, ast.Constant):  # "win32" == sys.platform
            left, right = right, left
        values = _strings(right)
        if values is None or (equality and not isinstance(right, ast.Constant)):
            return None
        true_on = self._platform_values(left, values)
        if true_on is None:
            return None
        if isinstance(test.ops[0], (ast.Eq, ast.In)):
            return true_on
        return EVERYWHERE - true_on if isinstance(test.ops[0], (ast.NotEq, ast.NotIn)) else None

    def _platform_values(self, node: ast.AST, values: tuple[str, ...]) -> frozenset[str] | None:
        """The systems on which `node` (sys.platform, os.name, platform.system()) takes one of `values`."""
        what = f"{self.qualify(node.func)}()" if isinstance(node, ast.Call) else self.qualify(node)
        meaning = {"sys.platform": {"linux": "linux", "darwin": "darwin", "win32": "win32"},
                   "os.name": {"posix": POSIX, "nt": WINDOWS},
                   "platform.system()": {"Linux": "linux", "Darwin": "darwin", "Windows": "win32"}}.get(what)
        if meaning is None:
            return None
        systems = set()
        for value in values:
            found = meaning.get(value, frozenset())
            systems |= {found} if isinstance(found, str) else found
        return frozenset(systems)

    def _feature_test(self, test: ast.AST) -> str | None:
        """`hasattr(os, "pread")`, `getattr(os, "pread", None)` (also in callable()): the name checked."""
        if isinstance(test, ast.Call) and self.qualify(test.func) == "callable" and len(test.args) == 1:
            test = test.args[0]
        if not (isinstance(test, ast.Call) and self.qualify(test.func) in ("hasattr", "getattr")):
            return None
        if len(test.args) < 2 or not isinstance(_constant(test.args[1]), str):
            return None
        base = self.qualify(test.args[0])
        return f"{base}.{test.args[1].value}" if base else None

    # Statements

    def generic_visit(self, node: ast.AST) -> None:
        for _, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                self._block(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        self.visit(item)
            elif isinstance(value, ast.AST):
                self.visit(value)

    def _block(self, body: list[ast.stmt]) -> Reach | None:
        """Visit statements in order; a guarded early exit narrows the rest. The reach at the end, or None
        if the block never falls through."""
        entry, after = self.reach, self.reach
        for stmt in body:
            self.reach = after or entry  # code after a return is dead: visited, as the reach before it
            if isinstance(stmt, ast.If):
                falls_through = self.visit_If(stmt)
                after = falls_through if after else None
                continue
            self.visit(stmt)
            if after is not None and self._terminates(stmt):
                after = None
            elif after is not None and isinstance(stmt, ast.Assert):
                after = after.narrow(self.guards(stmt.test)[0])
        self.reach = entry
        return after

    def _terminates(self, stmt: ast.stmt) -> bool:
        if isinstance(stmt, (ast.Return, ast.Raise, ast.Continue, ast.Break)):
            return True
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        return isinstance(call, ast.Call) and self.qualify(call.func) in EXITS

    def visit_If(self, node: ast.If) -> Reach | None:
        before = self.reach
        true, false = self.guards(node.test)
        self.visit(node.test)
        self.reach = before.narrow(true)
        after_body = self._block(node.body)
        self.reach = before.narrow(false)
        after_else = self._block(node.orelse) if node.orelse else self.reach
        self.reach = before
        return after_body.join(after_else) if after_body else after_else

    def visit_Try(self, node: ast.Try) -> None:
        """A try that catches ImportError guards its imports; one that catches AttributeError, its names."""
        before = self.reach
        any_name = frozenset({"*"}) if _catches(node.handlers, {"AttributeError"}) else frozenset()
        imports = _catches(node.handlers, {"ImportError", "ModuleNotFoundError"})
        self.reach = before.narrow(Reach(present=any_name, imports_caught=imports))
        self._block(node.body)
        self.reach = before
        for handler in node.handlers:
            self.visit(handler)
        self._block(node.orelse)
        self._block(node.finalbody)

    visit_TryStar = visit_Try

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.read_only.append({})
        self.generic_visit(node)
        self.read_only.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module(node, alias.name.split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level or not node.module:
            return
        self._check_module(node, node.module.split(".")[0])
        for alias in node.names:
            self._check_name(node, f"{node.module}.{alias.name}")

    def _check_module(self, node: ast.AST, module: str) -> None:
        works_on = PLATFORM_MODULES.get(module)
        if works_on is not None and not self.reach.imports_caught:
            self.report(node, "platform-module", f"module {module} exists on {describe(works_on)} only: import it "
                        f"under `{GUARDS[works_on]}` or in try/except ImportError, with a fallback elsewhere",
                        works_on)

    def _check_name(self, node: ast.AST, name: str) -> None:
        works_on = PLATFORM_NAMES.get(name)
        if works_on is not None and not self.reach.has(name):
            module, attr = name.rsplit(".", 1)
            self.report(node, "platform-name", f"{name} exists on {describe(works_on)} only: use it under "
                        f"`{GUARDS[works_on]}` with a fallback elsewhere, or getattr({module}, \"{attr}\", None)",
                        works_on)

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                self._bind(item.optional_vars, item.context_expr)
        self._block(node.body)

    visit_AsyncWith = visit_With

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        for target in node.targets:
            self.visit(target)
            self._bind(target, node.value)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.generic_visit(node)
        if node.value is not None:
            self._bind(node.target, node.value)

    def _bind(self, target: ast.AST, value: ast.AST) -> None:
        if isinstance(target, ast.Name):
            kind = self._read_only(value)
            if kind:
                self.read_only[-1][target.id] = kind
            else:
                self.read_only[-1].pop(target.id, None)

    # Expressions

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        """`hasattr(os, "getuid") and os.getuid() == 0`: each operand runs only if the ones before allow it."""
        before = self.reach
        for value in node.values:
            self.visit(value)
            true, false = self.guards(value)
            self.reach = self.reach.narrow(true if isinstance(node.op, ast.And) else false)
        self.reach = before

    def visit_IfExp(self, node: ast.IfExp) -> None:
        before = self.reach
        true, false = self.guards(node.test)
        self.visit(node.test)
        self.reach = before.narrow(true)
        self.visit(node.body)
        self.reach = before.narrow(false)
        self.visit(node.orelse)
        self.reach = before

    def visit_Attribute(self, node: ast.Attribute) -> None:
        name = self.qualify(node)
        if name is not None:
            self._check_name(node, name)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = self.qualify(node.func)
        if name == "getattr" and len(node.args) == 2 and isinstance(_constant(node.args[1]), str):
            base = self.qualify(node.args[0])  # getattr(os, "fork") without a default is os.fork
            if base:
                self._check_name(node, f"{base}.{node.args[1].value}")
        self._check_encoding(node, name)
        self._check_fsync(node, name)
        if name in SUBPROCESS_TEXT:
            for kw in node.keywords:
                if kw.arg in POSIX_ONLY_ARGUMENTS and not _is_none(kw.value):
                    self.report(node, "platform-name", f"{name}({kw.arg}=...) fails on Windows: pass it under "
                                f"`{GUARDS[POSIX]}` only", POSIX)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and id(node) not in self.docstrings:
            self._check_path(node, node.value)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        """Only an f-string's start can be a path's root: f"{folder}/tmp" is no /tmp."""
        if node.values and isinstance(node.values[0], ast.Constant):
            self._check_path(node, node.values[0].value)
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value)

    def _check_path(self, node: ast.AST, text: str) -> None:
        for prefix, works_on, advice in POSIX_PATHS:
            root = prefix.rstrip("/")
            if text == root or text.startswith(root + "/"):
                shown = text if len(text) <= 40 else text[:37] + "..."
                self.report(node, "posix-path", f"\"{shown}\" exists on {describe(works_on)} only: {advice}",
                            works_on)
                return

    # Text encoding

    def _check_encoding(self, call: ast.Call, name: str | None) -> None:
        what = self._text_io(call, name)
        if what is not None:
            self.report(call, "text-encoding", f"{what} without encoding=: add encoding=\"utf-8\" (Windows would "
                        "use its ANSI code page, cp1252 or cp936, and garble Chinese and Uyghur text)", POSIX)
        elif name in LOCALE_ONLY:
            self.report(call, "text-encoding", f"{name}() decodes with the locale's encoding (the ANSI code page "
                        f"on Windows) and takes no other: use {LOCALE_ONLY[name]}", POSIX)

    def _text_io(self, call: ast.Call, name: str | None) -> str | None:
        """What this call is if it is text-mode I/O with no encoding (`open() in text mode`); else None."""
        method = call.func.attr if isinstance(call.func, ast.Attribute) and name not in MODULE_OPENERS else None
        if name in OPENERS:
            mode_index, default, encoding_index = OPENERS[name]
            mode = _mode(call, mode_index, default)
            text = mode is not None and ("t" in mode if name in COMPRESSED else "b" not in mode)
            return f"{name}() in text mode" if text and not _has_encoding(call, encoding_index) else None
        if name in SUBPROCESS_TEXT:
            text = any(kw.arg in ("text", "universal_newlines") and _constant(kw.value) for kw in call.keywords)
            return f"{name}(text=True)" if text and not _has_encoding(call, None) else None
        if name == "io.TextIOWrapper":
            return "io.TextIOWrapper()" if not _has_encoding(call, 1) else None
        if method in ("read_text", "write_text"):
            return f".{method}()" if not _has_encoding(call, 0 if method == "read_text" else 1) else None
        mode = self._file_mode(call, name)
        if mode is None or "b" in mode or _has_encoding(call, 3 if name in FILE_OPENERS else 2):
            return None
        return f"{name if name in FILE_OPENERS else '.open'}() in text mode"

    def _file_mode(self, call: ast.Call, name: str | None) -> str | None:
        """The mode of open(), io.open(), os.fdopen() or a path's .open(); None if unknown or another call."""
        if name in FILE_OPENERS:
            return _mode(call, 1, "r")
        if not isinstance(call.func, ast.Attribute) or call.func.attr != "open" or name in MODULE_OPENERS:
            return None
        if call.args or call.keywords or _looks_like_path(call.func.value):
            return _mode(call, 0, "r")
        return None  # Store.open(), a window's open(): not a file

    # fsync of a read-only handle

    def _read_only(self, value: ast.AST) -> str | None:
        """"handle" or "fd" if `value` opens something read-only (or takes the fd of such a handle)."""
        if not isinstance(value, ast.Call):
            return None
        name = self.qualify(value.func)
        if name == "os.open" and len(value.args) >= 2:
            flags = {node.attr if isinstance(node, ast.Attribute) else _constant(node)
                     for node in ast.walk(value.args[1])}
            return "fd" if "O_RDONLY" in flags and not flags & {"O_WRONLY", "O_RDWR"} else None
        if isinstance(value.func, ast.Attribute) and value.func.attr == "fileno" and not value.args:
            return "fd" if self._is_read_only(value.func.value) else None
        mode = self._file_mode(value, name)
        return "handle" if mode is not None and not set(mode) & set("wax+") else None

    def _is_read_only(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.read_only[-1]
        return self._read_only(node) is not None

    def _check_fsync(self, call: ast.Call, name: str | None) -> None:
        callee = name.rsplit(".", 1)[-1] if name else ""
        if "fsync" not in callee and callee != "fdatasync":
            return
        for arg in call.args:
            if self._is_read_only(arg):
                self.report(call, "fsync-read-only", f"{callee}() of a file opened read-only: Windows refuses it "
                            "(EBADF); open it for writing (\"rb+\", os.O_RDWR) or flush it under "
                            f"`{GUARDS[POSIX]}` only", POSIX)
                return

