from plone.app.testing import login
import traceback

def test_tmp(site):
    login(site, "sb-clearingstelle")
    req = site.REQUEST
    view = site.restrictedTraverse("@@personal-information")
    try:
        view()
    except Exception:
        traceback.print_exc()
