"""Helpers for tests that run the real commands: render an instance, create the site, serve it."""

from pathlib import Path

import os
import pytest
import requests
import socket
import subprocess
import sys
import time


REPO = Path(__file__).resolve().parents[2]
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
        self.log = open(log or os.devnull, "w")
        self.process = subprocess.Popen(
            cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.wait_until_up()

    def wait_until_up(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "the server process ended"
            try:
                if requests.get(self.url + "/@@ok", timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"{self.url} did not come up in {timeout} s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture
def servers():
    started = []
    yield started
    for server in started:
        server.stop()
