"""Anonymous uploads never reach the database unless they become a case (issue 13, finding
"anonymous visitors can fill the database"): failed posts keep no file, the resident is told
to add it again, a body larger than the form can carry is refused with 413, failed posts
count toward the rate limit."""

from case_forms import answers
from case_forms import cases_in
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import open_form
from case_forms import set_case_settings
from case_forms import submit
from io import BytesIO
from PIL import Image
from plone.formwidget.namedfile.utils import FILE_UPLOAD_MAP_KEY
from zope.annotation.interfaces import IAnnotations

import os
import requests
import transaction


GOOD = HOUSING_REQUIRED_ANSWERS
INVALID = {key: value for key, value in GOOD.items() if key != "street"}  # a required field missing


def form_url(site, lang="de"):
    return f"{site.absolute_url()}/{lang}/wohnraumkontrolle/wohnraum-missstand-melden"


def noise_jpeg(width=1600, height=1200):
    """A photo of noise: it does not compress, so it is a few MB as a phone photo is."""
    out = BytesIO()
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(out, format="JPEG", quality=95)
    return out.getvalue()


def storage_state(portal):
    """What the database holds: objects in the test layer's DemoStorage (its changes), blob
    files written, and the widget's temporary upload map on the site."""
    transaction.begin()
    storage = portal._p_jar.db().storage
    changes = storage.changes
    blob_dir = getattr(changes, "blob_dir", None) or getattr(getattr(changes, "fshelper", None), "base_dir", None)
    blobs = sum(len(files) for _dir, _subdirs, files in os.walk(blob_dir)) if blob_dir else 0
    upload_map = IAnnotations(portal).get(FILE_UPLOAD_MAP_KEY)
    return {"objects": len(changes), "blobs": blobs, "kept uploads": len(upload_map or ())}


def test_invalid_posts_with_large_uploads_store_nothing(case_site):
    photos = {f"photo_{n}": (f"foto{n}.jpg", noise_jpeg(), "image/jpeg") for n in (1, 2, 3)}
    assert all(len(content) > 1_000_000 for _name, content, _type in photos.values())
    session = requests.Session()
    session.get(form_url(case_site, "ro"))  # the first visit may set up what every visit shares
    before = storage_state(case_site)

    for _attempt in range(3):
        response = submit(form_url(case_site, "ro"), INVALID, files=photos, session=session)
        assert response.status_code == 200
        assert "Acest câmp este obligatoriu." in response.text

    assert storage_state(case_site) == before
    assert cases_in(case_site, "wohnraumkontrolle") == []
    # No upload id to come back with; the resident is told, at each field, to add the photo again.
    assert "file_upload_id" not in response.text
    assert response.text.count("wsf-upload-again") == 3
    assert "Fișierul <strong>foto1.jpg</strong> nu a fost salvat" in response.text

    # The same resident adds the street and the photo again: the case has it.
    response = submit(form_url(case_site, "ro"), GOOD, files={"photo_1": photos["photo_1"]}, session=session)
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    assert [attachment.filename for attachment in case.attachments] == ["foto1.jpg"]
    assert case.attachments[0].getSize() > 100_000


def test_an_old_upload_id_brings_back_nothing(case_site):
    """The widget's "keep the file" path reads its map by id: there is nothing to read."""
    session = requests.Session()
    action, controls, _page = open_form(session, form_url(case_site))
    data = [
        *answers(controls, GOOD),
        ("form.widgets.photo_1.action", "nochange"),
        ("form.widgets.photo_1.file_upload_id", "0123456789abcdef0123456789abcdef"),
    ]
    response = session.post(action, files=[(name, (None, value)) for name, value in data])
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    assert list(case.attachments) == []


def test_a_refused_upload_is_named_at_its_field_before_anything_is_kept(case_site):
    requests.get(form_url(case_site, "pl"), timeout=60)
    before = storage_state(case_site)
    response = submit(form_url(case_site, "pl"), INVALID, files={"photo_2": ("x.jpg", b"<html>", "image/jpeg")})
    page = response.text
    # Named at the photo field although another field is missing too (checked while validating).
    assert "Można przesyłać tylko zdjęcia (JPEG, PNG, WebP) i dokumenty PDF." in page
    assert storage_state(case_site) == before


def test_body_larger_than_the_form_can_carry_is_refused_with_413(case_site):
    set_case_settings(max_upload_mb=1)  # the form has 5 file fields: 5 MB + 1 MB for the text
    transaction.commit()
    session = requests.Session()
    action, controls, _page = open_form(session, form_url(case_site, "ro"))
    data = [(name, (None, value)) for name, value in answers(controls, GOOD)]
    data.append(("form.widgets.photo_1", ("gross.jpg", b"\xff\xd8\xff" + os.urandom(7 * 1024 * 1024), "image/jpeg")))
    before = storage_state(case_site)
    browser = {"Accept": "text/html", "Accept-Language": "ro-RO,ro;q=0.9"}
    # Refused before the body is parsed (no credentials, the limit known from the form view) ...
    response = session.post(action, files=data, headers=browser)
    assert response.status_code == 413
    assert "Ceea ce ați trimis depășește ce acceptă acest formular" in response.text
    assert "6 MB" in response.text
    # Anonymous visitors upload nowhere else: the same body to another page is refused unread.
    response = session.post(f"{case_site.absolute_url()}/de/@@search", files=data, headers=browser)
    assert response.status_code == 413
    # ... and by the form view, when a cookie makes the request look like a user's.
    response = session.post(action, files=data, headers=browser, cookies={"__ac": "forged"})
    assert response.status_code == 413
    assert "Ceea ce ați trimis depășește ce acceptă acest formular" in response.text
    assert storage_state(case_site) == before
    assert cases_in(case_site, "wohnraumkontrolle") == []

    # What the form can carry still goes through.
    response = submit(
        form_url(case_site, "ro"), GOOD, files={"photo_1": ("klein.jpg", noise_jpeg(400, 300), "image/jpeg")}
    )
    assert "WSF-" in response.text


def test_failed_posts_count_toward_the_rate_limit(case_site):
    set_case_settings(rate_limit_count=2)
    transaction.commit()
    for _attempt in range(2):
        assert "Acest câmp este obligatoriu." in submit(form_url(case_site, "ro"), INVALID).text
    response = submit(form_url(case_site, "ro"), GOOD, files={"photo_1": ("a.jpg", noise_jpeg(400, 300), "image/jpeg")})
    assert "Prea multe trimiteri de la conexiunea dumneavoastră." in response.text
    assert "Langendorfer Straße" in response.text  # nothing typed is lost
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_any_anonymous_upload_storage_keeps_nothing(case_site):
    """Also outside the case forms: the widget's storage for an anonymous visitor keeps
    nothing; staff keep plone.formwidget.namedfile's (editors' forms keep their files)."""
    from plone.app.testing import login
    from plone.app.testing import logout
    from plone.app.testing import TEST_USER_NAME
    from plone.formwidget.namedfile.interfaces import IFileUploadTemporaryStorage
    from plone.formwidget.namedfile.utils import FileUploadTemporaryStorage
    from weissenfels.portal.cases.public_uploads import TransientUploadStorage

    logout()
    storage = IFileUploadTemporaryStorage(case_site)
    assert isinstance(storage, TransientUploadStorage)
    storage.upload_map["id"] = {"data": b"x" * 1000}
    assert FILE_UPLOAD_MAP_KEY not in IAnnotations(case_site)
    login(case_site, TEST_USER_NAME)
    assert type(IFileUploadTemporaryStorage(case_site)) is FileUploadTemporaryStorage


def test_easyforms_other_views_create_no_case(case_site):
    """easyform's `@@embedded` renders the same form without this portal's checks (body
    size, uploads while validating): only the case form view may create a case."""
    session = requests.Session()
    _action, controls, _page = open_form(session, form_url(case_site))
    data = [(name, (None, value)) for name, value in answers(controls, GOOD)]
    data.append(("form.widgets.photo_1", ("a.jpg", noise_jpeg(400, 300), "image/jpeg")))
    response = session.post(f"{form_url(case_site)}/@@embedded", files=data)
    assert "WSF-" not in response.text
    assert cases_in(case_site, "wohnraumkontrolle") == []
