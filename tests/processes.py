"""Helpers for tests that run the real commands and processes: instances, servers, scripts."""

from pathlib import Path

import contextlib
import io
import os
import requests
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import time


REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(cmd, env=None, cwd=REPO, timeout=600):
    """Run a command, return its CompletedProcess; fail the test with its output if it fails."""
    result = subprocess.run(
        cmd, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


class Server:
    """A Zope process started from a command, stopped by stop()."""

    def __init__(self, cmd, url, cwd=REPO, env=None, log=None):
        self.url = url
        # The child keeps its own copy of the log's file descriptor; ours closes after the start.
        with open(log or os.devnull, "w") as output:
            # Its own process group: `bin/instance fg` runs Zope as a child, which stop() must end too.
            self.process = subprocess.Popen(
                cmd,
                cwd=cwd,
                env={**os.environ, **(env or {})},
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.wait_until_up()

    def wait_until_up(self, timeout=180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "the server process ended"
            try:
                if requests.get(self.url + "/@@ok", timeout=10).status_code == 200:
                    return
            except requests.RequestException:  # not listening yet, or busy starting up
                pass
            time.sleep(0.5)
        raise AssertionError(f"{self.url} did not come up in {timeout} s")

    def stop(self):
        self._signal_group(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._signal_group(signal.SIGKILL)

    def _signal_group(self, sig):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)


def render_instance(profile, target, **values):
    """Render a deployment profile into target; returns target."""
    args = [str(BIN / "python"), "scripts/make_instance.py", profile, "--target", str(target)]
    if "port" in values:
        args += ["--port", str(values.pop("port"))]
    run(args, env={f"WSF_{key.upper()}": str(value) for key, value in values.items()})
    return target


def zconsole(instance_dir, script, *args, env=None):
    """Run a script with `app` bound against an instance (the instance must not be serving)."""
    return run([str(BIN / "zconsole"), "run", str(instance_dir / "etc" / "zope.conf"), str(script), *args], env=env)


def code_of_commit(commit, target):
    """The add-on's sources and scripts/create_site.py of `commit`, exported with `git archive`
    into target; returns the directory to put first on PYTHONPATH (the old code of an
    existing-site test)."""
    archive = subprocess.run(
        [
            shutil.which("git") or "/usr/bin/git",
            "archive",
            "--format=tar",
            commit,
            "src/weissenfels.portal/src",
            "scripts/create_site.py",
        ],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target / "src" / "weissenfels.portal" / "src"


def create_site(instance_dir, **env):
    return zconsole(instance_dir, REPO / "scripts" / "create_site.py", env=env)
