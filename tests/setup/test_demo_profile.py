"""The demo profile creates one demo user per group at least, with role titles as names."""

from plone import api
from weissenfels.portal.organisation import portal_groups
from weissenfels.portal.setuphandlers.demo import demo_users

import pytest


class TestDemoUsers:
    @pytest.mark.parametrize("group_id", [group[0] for group in portal_groups()])
    def test_every_group_has_a_demo_user(self, demo_integration, group_id):
        members = api.user.get_users(groupname=group_id)
        assert members, f"no demo user in {group_id}"

    @pytest.mark.parametrize("user_id,fullname,groups", demo_users())
    def test_demo_user(self, demo_integration, user_id, fullname, groups):
        user = api.user.get(userid=user_id)
        assert user.getProperty("fullname") == fullname
        assert set(groups) <= {g.getId() for g in api.group.get_groups(user=user)}

    def test_short_demo_password_is_refused(self, monkeypatch):
        from weissenfels.portal.setuphandlers.demo import demo_password

        monkeypatch.setenv("DEMO_PASSWORD", "short")
        with pytest.raises(ValueError, match="at least 8 characters"):
            demo_password()

    def test_generated_password_is_printed_once(self, monkeypatch, capsys):
        from weissenfels.portal.setuphandlers.demo import demo_password

        monkeypatch.delenv("DEMO_PASSWORD", raising=False)
        password = demo_password()
        assert len(password) >= 12
        assert password in capsys.readouterr().out
