"""Images and downloads of the public forms (issue 13: image amplification, download headers):
a pixel flood is refused from its header, big photos are stored downscaled, thumbnails are
made once at storage, downloads carry safe names and headers, active PDFs are refused."""

from case_forms import answers
from case_forms import cases_in
from case_forms import open_form
from case_forms import set_case_settings
from case_forms import submit
from io import BytesIO
from PIL import Image
from PIL import ImageDraw
from urllib.parse import unquote
from weissenfels.portal.cases.thumbnails import SCALES_KEY
from weissenfels.portal.testing import DEMO_PASSWORD
from zope.annotation.interfaces import IAnnotations

import re
import requests
import transaction
import uuid


TEAM = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
GOOD = {
    "street": "Langendorfer Straße",
    "house_number": "3",
    "problems": ["mould"],
    "description": "Schimmel im Bad",
    "privacy_consent": True,
}


def form_url(site, lang="de"):
    return f"{site.absolute_url()}/{lang}/wohnraumkontrolle/wohnraum-missstand-melden"


def encoded(image, kind):
    out = BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def photo(width, height, kind="JPEG"):
    """A photo with something to see (a wall with a crack), cheap to compress."""
    image = Image.new("RGB", (width, height), (190, 185, 170))
    ImageDraw.Draw(image).line([(0, 0), (width, height)], fill=(40, 40, 40), width=max(1, width // 100))
    return encoded(image, kind)


def test_pixel_flood_is_refused_from_its_header(case_site):
    flood = encoded(Image.new("1", (12000, 12000)), "PNG")  # 144 megapixels in a few hundred KB
    assert len(flood) < 1_000_000
    missing_street = {key: value for key, value in GOOD.items() if key != "street"}
    response = submit(form_url(case_site), missing_street, files={"photo_1": ("wand.png", flood, "image/png")})
    # Refused while validating, at the photo field, next to the other error of the form.
    assert "Das Bild ist zu groß (mehr als 50 Megapixel). Bitte senden Sie ein kleineres Foto." in response.text
    response = submit(form_url(case_site, "en"), GOOD, files={"photo_1": ("wand.png", flood, "image/png")})
    assert "The picture is too large (more than 50 megapixels)." in response.text
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_big_photo_is_stored_downscaled(case_site):
    response = submit(form_url(case_site), GOOD, files={"photo_1": ("riss.jpg", photo(5000, 3000), "image/jpeg")})
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    stored = Image.open(BytesIO(case.attachments[0].data))
    assert stored.size == (4000, 2400)
    assert stored.format == "JPEG"


def test_case_view_serves_thumbnails_made_at_storage(case_site):
    files = {
        "photo_1": ("a.jpg", photo(1200, 900), "image/jpeg"),
        "photo_2": ("b.png", photo(800, 600, "PNG"), "image/png"),
    }
    assert "WSF-" in submit(form_url(case_site), GOOD, files=files).text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    scales = dict(IAnnotations(case)[SCALES_KEY])
    assert len(scales) == 2  # one thumbnail per photo, made when the case was stored

    for _visit in range(2):
        page = requests.get(case.absolute_url(), auth=TEAM, timeout=60)
        assert page.status_code == 200
        thumbnails = re.findall(r'src="([^"]*@@case-thumbnail\?index=\d)"', page.text)
        assert len(thumbnails) == 2
        for url in thumbnails:
            answer = requests.get(url.replace("&amp;", "&"), auth=TEAM, timeout=60)
            assert answer.status_code == 200
            assert answer.headers["X-Content-Type-Options"] == "nosniff"
            assert max(Image.open(BytesIO(answer.content)).size) == 200

    (case,) = cases_in(case_site, "wohnraumkontrolle")
    assert dict(IAnnotations(case)[SCALES_KEY]).keys() == scales.keys()  # no scale made by a view


def multipart(fields, file_field, filename, content, content_type):
    """A multipart body as a client may send it: the file name raw between quotes (a
    browser would escape a quote; an attacker does not have to)."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def send_with_filename(site, filename, content, content_type):
    session = requests.Session()
    action, controls, _page = open_form(session, form_url(site))
    body, header = multipart(answers(controls, GOOD), "form.widgets.photo_1", filename, content, content_type)
    response = session.post(action, data=body, headers={"Content-Type": header})
    assert "WSF-" in response.text
    (case,) = cases_in(site, "wohnraumkontrolle")
    return requests.get(f"{case.absolute_url()}/@@case-attachment?index=0", auth=TEAM, timeout=60)


def download_name(response):
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment; ")
    assert len(disposition.split(";")) == 2  # one parameter: the name added none
    return unquote(disposition.split("filename*=UTF-8''", 1)[1])


def test_filename_cannot_add_header_parameters(case_site):
    response = send_with_filename(case_site, "x\\\";filename*=UTF-8''evil.html", photo(40, 30), "text/html")
    assert response.status_code == 200
    name = download_name(response)
    assert name.endswith(".jpg") and '"' not in name and ";" not in name
    assert response.headers["Content-Type"] == "image/jpeg"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_bidi_override_is_stripped_and_extension_follows_the_type(case_site):
    response = send_with_filename(case_site, "rechnung\u202egnp.html", photo(40, 30, "PNG"), "image/png")
    name = download_name(response)
    assert name == "rechnunggnp.png"
    assert response.headers["Content-Type"] == "image/png"


def test_pdf_download_is_an_attachment_never_sniffed(case_site):
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction [3 0 R /Fit]>>endobj\ntrailer<<>>\n%%EOF\n"
    response = send_with_filename(case_site, "mietvertrag.exe", pdf, "application/pdf")
    assert download_name(response) == "mietvertrag.pdf"
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


ACTIVE_PDFS = {
    "JavaScript": b"1 0 obj<</Type/Catalog/OpenAction 2 0 R>>endobj 2 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj",
    "escaped name": b"1 0 obj<</Type/Catalog/Names<</J#61vaScript 2 0 R>>>>endobj",
    "launch": b"1 0 obj<</Type/Annot/A<</S/Launch/F(cmd.exe)>>>>endobj",
    "embedded file": b"1 0 obj<</Type/EmbeddedFile/Length 3>>stream\nabc\nendstream endobj",
}


def test_pdf_with_active_content_is_refused(case_site):
    import zlib

    set_case_settings(rate_limit_count=100)
    transaction.commit()
    hidden = zlib.compress(b"<</Type/Catalog/AA<</O 2 0 R>>>>")  # in a compressed object stream
    pdfs = dict(
        ACTIVE_PDFS,
        **{
            "object stream": b"5 0 obj<</Type/ObjStm/Filter/FlateDecode/Length %d>>stream\n" % len(hidden)
            + hidden
            + b"\nendstream endobj"
        },
    )
    for what, body in pdfs.items():
        pdf = b"%PDF-1.7\n" + body + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        response = submit(form_url(case_site, "ro"), GOOD, files={"photo_1": ("brief.pdf", pdf, "application/pdf")})
        assert "Acest PDF conține conținut activ" in response.text, what
    assert cases_in(case_site, "wohnraumkontrolle") == []


def test_pdf_whose_image_bytes_look_like_names_is_accepted(case_site):
    """Only dictionaries are read: bytes of a scanned page that happen to spell /JS are no script."""
    scan = b"\xff\xd8\xff\xe0" + b"\x00/JS /AA /OpenAction\x00" * 100
    pdf = (
        b"%PDF-1.4\n3 0 obj<</Type/XObject/Subtype/Image/Filter/DCTDecode/Length "
        + str(len(scan)).encode()
        + b">>stream\n"
        + scan
        + b"\nendstream endobj\n1 0 obj<</Type/Catalog/OpenAction [3 0 R /Fit]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    response = submit(form_url(case_site), GOOD, files={"photo_1": ("scan.pdf", pdf, "application/pdf")})
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "wohnraumkontrolle")
    assert case.attachments[0].contentType == "application/pdf"
