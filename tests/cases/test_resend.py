"""A resend after a dropped connection (issue 19): the server stored the case, the answer never
reached the phone, the resident sends the same form again. One case, no error: the answer is
the first send's thank-you page, with its reference and status code. The status code is only
shown again for the same content (cases/abuse.first_send); another text under the same start
token is refused, naming the first reference.
"""

from case_forms import answers
from case_forms import cases_in
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import open_form
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from PIL import Image
from site_client import origin_of
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases.status import status_code_matches

import re
import requests
import threading
import transaction


FORM = "de/wohnraumkontrolle/wohnraum-missstand-melden"


def photo():
    buffer = BytesIO()
    Image.new("RGB", (320, 240), (120, 90, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


def prepared_send(site, values=HOUSING_REQUIRED_ANSWERS, with_photo=True):
    """(action, multipart body) of a freshly opened housing form, as a browser sends it."""
    url = f"{site.absolute_url()}/{FORM}"
    action, controls, _page = open_form(requests.Session(), url)
    body = [(name, (None, value)) for name, value in answers(controls, values)]
    if with_photo:
        body.append(("form.widgets.photo_1", ("hof.jpg", photo(), "image/jpeg")))
    return action, body


def send(site, action, body):
    response = requests.post(action, files=body, headers={"Origin": origin_of(site.absolute_url())}, timeout=60)
    assert response.status_code == 200, response.text[-500:]
    return response


def thanks(response):
    """(reference, status code) of a thank-you page, or None."""
    reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', response.text)
    code = re.search(r'id="case-status-code"><code>([^<]+)<', response.text)
    return (reference.group(1), code.group(1)) if reference else None


def test_same_send_twice_stores_one_case_and_shows_the_first_reference(case_site):
    action, body = prepared_send(case_site)
    first = thanks(send(case_site, action, body))
    again = send(case_site, action, body)  # the answer to the first was lost: sent again

    assert first is not None
    assert thanks(again) == first  # the same thank-you page: reference and status code
    assert "alert-danger" not in again.text
    [case] = cases_in(case_site, "wohnraumkontrolle")
    assert case.reference == first[0]
    assert status_code_matches(first[1], case.status_code_hash)
    assert len(case.attachments) == 1


def test_a_freshly_opened_form_makes_a_second_case(case_site):
    first = thanks(send(case_site, *prepared_send(case_site)))
    second = thanks(send(case_site, *prepared_send(case_site)))  # another token, same content

    assert first[0] != second[0]
    assert sorted(c.reference for c in cases_in(case_site, "wohnraumkontrolle")) == sorted([first[0], second[0]])


def test_other_content_under_a_used_token_is_refused_and_learns_no_code(case_site):
    action, body = prepared_send(case_site)
    reference, code = thanks(send(case_site, action, body))
    changed = [
        (name, (None, "Ratten auch im Hof") if name == "form.widgets.description" else part) for name, part in body
    ]
    answer = send(case_site, action, changed)

    assert thanks(answer) is None
    assert code not in answer.text
    assert "Dieses Formular wurde bereits abgeschickt und ist unter dem Aktenzeichen" in answer.text
    assert reference in answer.text
    assert "Ratten auch im Hof" in answer.text  # nothing typed is lost
    assert len(cases_in(case_site, "wohnraumkontrolle")) == 1


def test_other_photo_under_a_used_token_learns_no_code(case_site):
    action, body = prepared_send(case_site)
    reference, code = thanks(send(case_site, action, body))
    other = BytesIO()
    Image.new("RGB", (320, 240), (10, 200, 60)).save(other, "JPEG")
    changed = [
        (name, ("hof.jpg", other.getvalue(), "image/jpeg") if name == "form.widgets.photo_1" else part)
        for name, part in body
    ]
    answer = send(case_site, action, changed)

    assert thanks(answer) is None and code not in answer.text
    assert reference in answer.text
    assert len(cases_in(case_site, "wohnraumkontrolle")) == 1


def test_resend_whose_photo_the_browser_lost_shows_the_receipt(case_site):
    """Chromium sends a form again from its history with the files read from disk again; a
    photo the page made smaller (photo-downscale.js) lived only in memory and comes back as
    an empty part with its name (tests/browser/test_photo_upload.py shows it)."""
    action, body = prepared_send(case_site)
    first = thanks(send(case_site, action, body))
    emptied = [
        (name, ("hof.jpg", b"", "image/jpeg") if name == "form.widgets.photo_1" else part) for name, part in body
    ]
    again = send(case_site, action, emptied)

    assert thanks(again) == first
    [case] = cases_in(case_site, "wohnraumkontrolle")
    assert len(case.attachments) == 1 and case.attachments[0].getSize() > 0  # the first photo stays


def test_after_the_receipt_expired_a_resend_is_refused_with_the_reference(case_site, monkeypatch):
    action, body = prepared_send(case_site, with_photo=False)
    reference, code = thanks(send(case_site, action, body))
    monkeypatch.setattr(abuse, "RECEIPT_SECONDS", -1)  # an hour later: the receipt is gone

    answer = send(case_site, action, body)

    assert thanks(answer) is None and code not in answer.text
    assert reference in answer.text
    assert len(cases_in(case_site, "wohnraumkontrolle")) == 1


def test_the_status_code_is_stored_only_sealed(case_site):
    action, body = prepared_send(case_site, with_photo=False)
    reference, code = thanks(send(case_site, action, body))
    transaction.begin()
    root = case_site["vorgaenge"]
    token = dict((name, value) for name, (_f, value) in body)[abuse.STARTED_FIELD]

    assert getattr(root, abuse.USED_TOKENS_ATTRIBUTE)[token] == reference
    assert code not in repr(tuple(getattr(root, abuse.RECEIPTS_ATTRIBUTE)[token]))
    assert code.encode().hex() not in repr(tuple(getattr(root, abuse.RECEIPTS_ATTRIBUTE)[token]))


def test_two_simultaneous_sends_with_one_token_make_one_case(case_site, monkeypatch):
    """Both requests store a case in parallel (each waits at the token for the other): their
    transactions conflict on the token, Zope retries the later one, and the retry finds the
    token used and answers with the first send's receipt."""
    both_stored = threading.Barrier(2, timeout=60)
    mark_sent = abuse.mark_sent

    def mark_sent_together(request, *args):
        both_stored.wait()
        return mark_sent(request, *args)

    send(case_site, *prepared_send(case_site, with_photo=False))  # templates compiled, maps made
    monkeypatch.setattr(abuse, "mark_sent", mark_sent_together)
    action, body = prepared_send(case_site)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _n: thanks(send(case_site, action, body)), range(2)))

    assert results[0] is not None
    assert results[0] == results[1]
    references = [c.reference for c in cases_in(case_site, "wohnraumkontrolle")]
    assert len(references) == 2 and results[0][0] in references  # the warm-up's and this one
