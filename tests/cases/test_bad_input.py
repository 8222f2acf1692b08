"""Bad input and abuse: clear messages in the submitter's language, nothing lost, no case."""

from case_forms import cases_in
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import open_form
from case_forms import set_case_settings
from case_forms import submit
from io import BytesIO
from PIL import Image
from weissenfels.portal.testing import DEMO_PASSWORD

import html
import re
import requests
import transaction


def form_url(site, lang="de", unit="wohnraumkontrolle", form="wohnraum-missstand-melden"):
    return f"{site.absolute_url()}/{lang}/{unit}/{form}"


GOOD = HOUSING_REQUIRED_ANSWERS


def jpeg_with_gps():
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    gps = {1: "N", 2: (51.0, 11.0, 30.0), 3: "E", 4: (11.0, 58.0, 0.0)}
    exif[0x8825] = gps
    out = BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_missing_fields_keep_values_and_ask_for_uploads_again(case_site):
    photo = jpeg_with_gps()
    session = requests.Session()
    answers = dict(GOOD, description="Feuchte Wände <b>überall</b>")
    del answers["street"]
    response = submit(
        form_url(case_site, "ro"), answers, files={"photo_1": ("wand.jpg", photo, "image/jpeg")}, session=session
    )
    assert response.status_code == 200
    assert cases_in(case_site, "wohnraumkontrolle") == []
    page = response.text
    assert "Acest câmp este obligatoriu." in page  # the error in the form's language
    assert "Au fost unele erori." in page
    assert "Feuchte Wände &lt;b&gt;überall&lt;/b&gt;" in page  # typed text kept, escaped
    assert "Feuchte" not in "".join(re.findall(r'href="([^"]*)"', page))  # but never in a URL
    # An anonymous upload is not kept (tests/cases/test_upload_storage.py): asked for again.
    assert "file_upload_id" not in page
    assert "Fișierul <strong>wand.jpg</strong> nu a fost salvat" in page

    # second attempt: the resident fills the street and picks the photo again
    from lxml import html as lxml_html

    form = next(f for f in lxml_html.fromstring(page).forms if f.xpath(".//*[@name='form.buttons.submit']"))
    data = [(k, (None, v)) for k, v in form.form_values() if not k.startswith("form.buttons")]
    data = [(k, v) for k, v in data if k != "form.widgets.street"]
    data += [
        ("form.widgets.street", (None, "Langendorfer Straße")),
        ("form.buttons.submit", (None, "Trimiteți")),
        ("form.widgets.photo_1", ("wand.jpg", photo, "image/jpeg")),
    ]
    response = session.post(form.get("action"), files=data)
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    assert [a.filename for a in case.attachments] == ["wand.jpg"]


def test_photo_metadata_is_stripped(case_site):
    photo = jpeg_with_gps()
    assert Image.open(BytesIO(photo)).getexif().get(0x8825)  # the test photo has a position
    response = submit(form_url(case_site), GOOD, files={"photo_1": ("ort.jpg", photo, "image/jpeg")})
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    stored = case.attachments[0]
    assert stored.contentType == "image/jpeg"
    image = Image.open(BytesIO(stored.data))
    assert image.size == (64, 48)
    assert not image.getexif()
    assert b"CameraMaker" not in stored.data


def test_fake_jpeg_is_refused(case_site):
    response = submit(
        form_url(case_site, "pl"), GOOD, files={"photo_2": ("urlaub.jpg", b"<html>not a picture</html>", "image/jpeg")}
    )
    assert "Można przesyłać tylko zdjęcia (JPEG, PNG, WebP) i dokumenty PDF." in response.text
    assert "Ratten im Keller" in response.text
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_oversized_upload_is_refused(case_site):
    set_case_settings(max_upload_mb=1)
    transaction.commit()
    big = b"\xff\xd8\xff\xe0" + b"\0" * (1024 * 1024 + 10)
    response = submit(form_url(case_site, "de"), GOOD, files={"photo_1": ("gross.jpg", big, "image/jpeg")})
    assert "Die Datei ist größer als 1 MB." in response.text
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_pdf_is_accepted(case_site):
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    response = submit(form_url(case_site), GOOD, files={"photo_1": ("mietvertrag.pdf", pdf, "application/pdf")})
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    assert case.attachments[0].contentType == "application/pdf"


def test_script_is_stored_as_text_and_shown_escaped(case_site):
    script = '<script>alert("x")</script>'
    response = submit(form_url(case_site), dict(GOOD, description=script))
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    assert {r["id"]: r["value"] for r in case.submitted_values}["description"] == script
    page = requests.get(case.absolute_url(), auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=60).text
    assert script not in page
    assert html.escape(script, quote=False) in page


def test_honeypot_rejects(case_site):
    session = requests.Session()
    action, controls, _page = open_form(session, form_url(case_site, "hu"))
    from case_forms import answers

    data = [(k, "http://spam.example" if k == "wsf_website" else v) for k, v in answers(controls, GOOD)]
    response = session.post(action, files=[(k, (None, v)) for k, v in data])
    assert "A beküldés automatikusnak tűnik, ezért nem mentettük el." in response.text
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_too_fast_rejects(case_site):
    set_case_settings(min_fill_seconds=60)
    transaction.commit()
    response = submit(form_url(case_site, "en"), GOOD)
    assert "The form was sent too quickly to have been filled in by hand." in response.text
    assert "Ratten im Keller" in response.text  # nothing typed is lost
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_forged_start_time_rejects(case_site):
    session = requests.Session()
    action, controls, _page = open_form(session, form_url(case_site, "de"))
    from case_forms import answers

    data = [(k, "1000000000.forged" if k == "wsf_started" else v) for k, v in answers(controls, GOOD)]
    response = session.post(action, files=[(k, (None, v)) for k, v in data])
    assert "Das Formular ist abgelaufen." in response.text
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_rate_limit_per_client(case_site):
    set_case_settings(rate_limit_count=2)
    transaction.commit()
    for _n in range(2):
        assert "WSF-" in submit(form_url(case_site, "bg"), GOOD).text
    response = submit(form_url(case_site, "bg"), GOOD)
    assert "Твърде много изпращания от Вашата връзка. Моля, опитайте отново по-късно." in response.text
    assert len(cases_in(case_site, "wohnraumkontrolle")) == 2
