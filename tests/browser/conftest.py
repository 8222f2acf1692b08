"""Playwright driving Debian's Chromium (/usr/bin/chromium, headless; no browser download)."""

from browsing import chromium
from browsing import ConsoleRecorder

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def browser(playwright, tmp_path):
    """A fresh browser profile per test (no cookies carried over)."""
    context = chromium(playwright, tmp_path / "profile", locale="de-DE")
    yield context
    context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.console = ConsoleRecorder(page)
    return page
