"""Headless Chromium for the browser tests and the screenshot goldens.

Uses Debian's ``chromium`` (never a downloaded browser build) driven by Python
playwright through ``executable_path``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Debian's chromium, and fonts with Arabic glyphs so screenshots show real letters.
APT_PACKAGES = ("chromium", "fonts-noto-core")
A4_CSS_WIDTH = 794  # 210 mm at 96 CSS pixels per inch


def find_chromium() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        path = shutil.which(candidate)
        if path and os.access(path, os.X_OK):
            return path
    return None


def install_chromium(timeout: float = 900) -> tuple[str | None, str]:
    """Install Debian's chromium when running as root; (path, why not) otherwise."""
    if find_chromium():
        return find_chromium(), ""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None, "chromium is not installed and the tests are not running as root to apt-get it"
    if shutil.which("apt-get") is None:
        return None, "chromium is not installed and this system has no apt-get"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update", "-q"], check=False, timeout=timeout, env=env,
                       capture_output=True)
        done = subprocess.run(["apt-get", "install", "-y", "-q", *APT_PACKAGES], check=False,
                              timeout=timeout, env=env, capture_output=True, text=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"apt-get install chromium failed: {exc}"
    if done.returncode != 0:
        return None, f"apt-get install chromium failed: {done.stderr.strip()[-300:]}"
    path = find_chromium()
    return path, "" if path else "apt-get finished but no chromium binary was found"


@contextmanager
def launch_browser(executable: str | None = None) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = executable or find_chromium()
    if executable is None:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def screenshot_page(browser: Any, html_file: Path, out: Path, *, width: int, height: int = 1000) -> None:
    """A screenshot of the top of a page at one viewport width."""
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        page.goto(Path(html_file).resolve().as_uri())
        page.screenshot(path=str(out))
    finally:
        page.close()


# JavaScript: elements that stick out of the page sideways (and the page's own overflow).
OVERFLOW_JS = """
() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 1 || box.left < -1) {
      out.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') +
               ' [' + Math.round(box.left) + ', ' + Math.round(box.right) + ']');
    }
  }
  return {scrollWidth: root.scrollWidth, clientWidth: width, outside: out.slice(0, 10)};
}
"""
