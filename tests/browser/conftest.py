"""Playwright driving Debian's Chromium (/usr/bin/chromium, headless; no browser download)."""

from browsing import ARGS
from browsing import CHROMIUM
from browsing import ConsoleRecorder

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def browser(playwright, tmp_path):
    """A fresh browser profile per test (no cookies carried over)."""
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=ARGS, locale="de-DE"
    )
    yield context
    context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.console = ConsoleRecorder(page)
    return page
