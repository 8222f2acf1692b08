"""The README tells the truth about the demo users."""

from pathlib import Path
from weissenfels.portal.setuphandlers.demo import demo_users


README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_demo_user_is_listed_with_groups():
    for user_id, fullname, groups in demo_users():
        assert f"| `{user_id}` | {fullname} | {', '.join(groups)} |" in README
