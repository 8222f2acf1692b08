"""Issue 18 on a site made as `make start` makes it: Ukrainian and Arabic have their own front
page, the five unit pages and the plain-language introduction, in their language and direction,
linked as translations of the German pages; the German front page offers the page in German
Sign Language (DGS) beside Leichte Sprache, with a captioned video slot per topic."""

from lxml import html

import pytest
import requests


pytestmark = pytest.mark.slow

UNIT_IDS = ("clearingstelle", "wohnraumkontrolle", "sozialarbeit", "neustadtbuero", "schulteam")
DIRECTION = {"uk": "ltr", "ar": "rtl"}
OVERVIEW = {"uk": "Вайсенфельський шлях (Der Weißenfelser Weg)", "ar": "نهج فايسنفلس (Der Weißenfelser Weg)"}
PLAIN = {"uk": "Вайсенфельський шлях простою мовою", "ar": "نهج فايسنفلس بلغة مبسّطة"}


def page(url):
    answer = requests.get(url, timeout=60)
    assert answer.status_code == 200, url
    return answer.url, html.fromstring(answer.text)


def alternates(tree):
    return {link.get("hreflang"): link.get("href") for link in tree.xpath("//head/link[@rel='alternate'][@hreflang]")}


@pytest.mark.parametrize("lang", sorted(DIRECTION))
@pytest.mark.parametrize("path", ("", *UNIT_IDS, "leichte-sprache"))
def test_page_in_its_language_and_direction_linked_to_german(started_site, lang, path):
    url = f"{started_site.url}/{lang}/{path}".rstrip("/")
    final_url, tree = page(url)
    assert final_url == url  # no fallback to the German page
    assert not tree.xpath("//*[@id='wsf-untranslated-notice']")
    root = tree.getroottree().getroot()
    assert (root.get("lang"), root.get("dir")) == (lang, DIRECTION[lang])
    # The front is the root's default page: its alternates may name the root or the page.
    page_path = path or "der-weissenfelser-weg"
    links = alternates(tree)
    assert links[lang] in {url, f"{started_site.url}/{lang}/{page_path}"}
    assert links["x-default"] in {f"{started_site.url}/de/{path}".rstrip("/"), f"{started_site.url}/de/{page_path}"}
    if path == "":
        heading = tree.xpath("string(//h1)").strip()
        assert heading == OVERVIEW[lang]
        # The front page leads to the units, the finder and the introduction in the same language.
        hrefs = set(tree.xpath("//*[@id='content-core']//a/@href"))
        assert {f"{url}/{unit}" for unit in UNIT_IDS} | {f"{url}/wer-hilft-mir", f"{url}/leichte-sprache"} <= hrefs
    if path == "leichte-sprache":
        assert tree.xpath("string(//h1)").strip() == PLAIN[lang]


@pytest.mark.parametrize("lang", sorted(DIRECTION))
def test_finder_leads_to_the_unit_page_in_the_visitors_language(started_site, lang):
    _url, tree = page(f"{started_site.url}/{lang}/wer-hilft-mir?situation=housing")
    hrefs = tree.xpath("//a/@href")
    assert f"{started_site.url}/{lang}/wohnraumkontrolle" in hrefs
    assert f"{started_site.url}/de/wohnraumkontrolle?untranslated={lang}" not in hrefs


def test_german_front_page_offers_sign_language_beside_leichte_sprache(started_site):
    _url, tree = page(f"{started_site.url}/de")
    easy_read = f"{started_site.url}/de/leichte-sprache"
    sign_language = f"{started_site.url}/de/gebaerdensprache"
    (paragraph,) = tree.xpath(f"//*[@id='content-core']//p[.//a[@href='{easy_read}']]")
    assert sign_language in paragraph.xpath(".//a/@href")


def test_sign_language_page_explains_each_video_in_german(started_site):
    _url, tree = page(f"{started_site.url}/de/gebaerdensprache")
    assert tree.getroottree().getroot().get("lang") == "de"
    assert tree.xpath("string(//h1)").strip() == "Informationen in Deutscher Gebärdensprache"
    slots = tree.xpath("//*[@id='content-core']//figure[contains(@class, 'wsf-video-slot')]")
    captions = [slot.xpath("string(figcaption)").strip() for slot in slots]
    assert captions == [
        "Video 1: Der Weißenfelser Weg",
        "Video 2: Die Stellen, die Ihnen helfen",
        "Video 3: Ein Problem mit der Wohnung melden",
        "Video 4: Ihren Vorgang wiederfinden",
    ]
    # Each slot is followed by the text of what its video explains, under the topic's heading.
    headings = [heading.text_content().strip() for heading in tree.xpath("//*[@id='content-core']//h2")]
    assert headings == [caption.split(": ", 1)[1] for caption in captions]
    text = tree.xpath("string(//*[@id='content-core'])")
    assert "Statuscode" in text and "Aktenzeichen" in text
    hrefs = tree.xpath("//*[@id='content-core']//a/@href")
    assert f"{started_site.url}/de/wohnraumkontrolle/wohnraum-missstand-melden" in hrefs
    assert f"{started_site.url}/de/@@vorgang-status" in hrefs
