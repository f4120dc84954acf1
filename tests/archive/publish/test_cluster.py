"""`casefile build --cluster`: a real Dask scheduler and workers on 127.0.0.1 (subprocesses, ports the
scheduler picks, stopped at the end) build the same archive, byte for byte, as the local build; a
worker killed mid-build changes nothing; the scheduler gone stops the build with no archive left; a
worker with another Casefile version is refused by name (issue 22).

The builds run as `casefile build` subprocesses: the suite's network guard refuses every internet
socket in this process, and the one exception to "no network" is the publisher's cluster build."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import open_archive

pytest.importorskip("distributed")
BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_cluster  # noqa: E402
import ocr_testset  # noqa: E402

DASK = Path(sys.executable).with_name("dask")
CASEFILE = Path(sys.executable).with_name("casefile")  # the console script, as a publisher runs it
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONUNBUFFERED": "1"}
pytestmark = pytest.mark.slow


class Cluster:
    """A scheduler and single-threaded workers (no nanny: one process each, so killing one is one kill)."""

    def __init__(self, folder: Path, workers: int, preload: Path | None = None):
        self.folder, self.processes = folder, []
        log = folder / "scheduler.log"
        self.scheduler = self._start([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                      "--no-dashboard"], log)
        self.address = self._wait_for(log, r"Scheduler at:\s+(tcp://127\.0\.0\.1:\d+)")
        self.workers = [self.add_worker(f"w{n}", preload) for n in range(workers)]

    def add_worker(self, name: str, preload: Path | None = None) -> subprocess.Popen:
        log = self.folder / f"{name}.log"
        command = [str(DASK), "worker", self.address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1",
                   "--no-dashboard", "--name", name]
        if preload is not None:
            command += ["--preload", str(preload)]
        process = self._start(command, log)
        self._wait_for(log, r"Registered to:")
        return process

    def _start(self, command: list[str], log: Path) -> subprocess.Popen:
        process = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT, env=ENV,
                                   cwd=self.folder)
        self.processes.append(process)
        return process

    @staticmethod
    def _wait_for(log: Path, pattern: str) -> str:
        try:
            return bench_cluster.wait_for(log, pattern)  # the benchmark starts its cluster the same way
        except SystemExit:
            raise AssertionError(f"no {pattern!r} in {log}:\n{log.read_text(errors='replace')[-2000:]}") from None

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def sample_source() -> Path:
    from archive import paths

    return paths.sample_source_dir()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    running = Cluster(tmp_path_factory.mktemp("dask"), workers=2)
    yield running
    running.stop()


def build(source: Path, out: Path, *options: str, wait: bool = True) -> subprocess.CompletedProcess | subprocess.Popen:
    command = [str(CASEFILE), "build", str(source), "-o", str(out), "-q", *options]
    if not wait:
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    return subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=600)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def many_files(folder: Path, count: int) -> Path:
    """A source folder of `count` small text files (each a task of its own): a build that lasts."""
    (folder / "notes").mkdir(parents=True)
    (folder / "archive.toml").write_text('id = "many"\ntitle = "Many notes"\npublisher = "Test"\nedition = "1"\n'
                                         'languages = ["en"]\ncreated = "2026-01-01T00:00:00Z"\n', encoding="utf-8")
    for n in range(count):
        (folder / "notes" / f"note-{n:05d}.txt").write_text(f"Synthetic note {n} about Kashgar and Tekes.\n" * 20,
                                                             encoding="utf-8")
    return folder


def test_the_sample_built_on_the_cluster_is_the_local_build_byte_for_byte(cluster, sample_source, tmp_path):
    local, remote, shared = tmp_path / "local.casefile", tmp_path / "cluster.casefile", tmp_path / "shared.casefile"
    assert build(sample_source, local).returncode == 0
    done = build(sample_source, remote, "--cluster", cluster.address)
    assert done.returncode == 0, done.stderr
    assert sha256(remote) == sha256(local)  # same rows, same Merkle root, same file
    done = build(sample_source, shared, "--cluster", cluster.address, "--shared-source")
    assert done.returncode == 0, done.stderr
    assert sha256(shared) == sha256(local)


def test_a_worker_killed_mid_build_changes_nothing(tmp_path_factory, tmp_path):
    source = many_files(tmp_path / "src", 1500)
    local = tmp_path / "local.casefile"
    assert build(source, local, "--workers", "1").returncode == 0
    running = Cluster(tmp_path_factory.mktemp("dask-kill"), workers=2)
    try:
        remote = tmp_path / "cluster.casefile"
        process = build(source, remote, "--cluster", running.address, wait=False)
        time.sleep(3)
        assert process.poll() is None, process.communicate()  # still building when the worker dies
        running.workers[0].kill()
        _out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        assert sha256(remote) == sha256(local)
    finally:
        running.stop()


def test_the_scheduler_gone_stops_the_build_and_leaves_no_archive(tmp_path_factory, tmp_path):
    source = many_files(tmp_path / "src", 1500)
    running = Cluster(tmp_path_factory.mktemp("dask-gone"), workers=1)
    try:
        out = tmp_path / "gone.casefile"
        process = build(source, out, "--cluster", running.address, wait=False)
        time.sleep(3)
        assert process.poll() is None, process.communicate()
        running.scheduler.kill()
        _out, err = process.communicate(timeout=300)
    finally:
        running.stop()
    assert process.returncode == 1
    assert "scheduler" in err and "no archive was written" in err and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob("gone.casefile*"))


def test_a_worker_with_another_casefile_version_is_refused_by_name(tmp_path_factory, sample_source, tmp_path):
    folder = tmp_path_factory.mktemp("dask-old")
    preload = folder / "older_casefile.py"
    preload.write_text("import archive\narchive.__version__ = '0.0.9'\n", encoding="utf-8")
    running = Cluster(folder, workers=1, preload=preload)
    try:
        done = build(sample_source, tmp_path / "old.casefile", "--cluster", running.address)
    finally:
        running.stop()
    assert done.returncode == 1
    assert "Refused" in done.stderr and "Casefile 0.0.9" in done.stderr and "tcp://127.0.0.1:" in done.stderr
    assert not (tmp_path / "old.casefile").exists()


def test_an_unreachable_scheduler_is_a_clear_error(sample_source, tmp_path):
    done = build(sample_source, tmp_path / "none.casefile", "--cluster", "tcp://127.0.0.1:9")
    assert done.returncode == 1 and "Could not reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr
    assert "dask scheduler" in done.stderr and not (tmp_path / "none.casefile").exists()


def test_shared_source_needs_a_cluster(sample_source, tmp_path):
    done = build(sample_source, tmp_path / "x.casefile", "--shared-source")
    assert done.returncode == 2 and "--shared-source goes with --cluster" in done.stderr


def test_an_ocr_corpus_built_on_the_cluster_is_the_local_build(cluster, tmp_path):
    """Scanned pages read by Tesseract on the workers: the OCR words, boxes and text are the same."""
    pytest.importorskip("pytesseract")
    if not shutil.which("tesseract"):
        pytest.skip("Tesseract is not installed")
    source = tmp_path / "scans"
    (source / "pages").mkdir(parents=True)
    (source / "archive.toml").write_text('id = "scans"\ntitle = "Scans"\npublisher = "Test"\nedition = "1"\n'
                                         'languages = ["en"]\ncreated = "2026-01-01T00:00:00Z"\n', encoding="utf-8")
    for number in (1, 2, 3):
        ocr_testset.page("en", number, "clean", seed=1)[0].save(source / "pages" / f"page-{number}.png")
    local, remote = tmp_path / "local.casefile", tmp_path / "cluster.casefile"
    done = build(source, local, "--ocr", "en", "--ocr-cache", "none")
    assert done.returncode == 0, done.stderr
    done = build(source, remote, "--ocr", "en", "--ocr-cache", "none", "--cluster", cluster.address)
    assert done.returncode == 0, done.stderr
    assert sha256(remote) == sha256(local)
    with open_archive(remote) as archive:  # read by OCR, on a worker
        assert archive.items.ocr_pages("pages/page-1") and len(archive.items.text("pages/page-1")) > 200
