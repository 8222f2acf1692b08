"""English UI strings on pages in another language (issue 18): the visible text of a page and
its aria-label/title/placeholder/alt/value attributes, compared with the English texts of the
translation domains the pages use. A text that is English in those domains and that no
catalogue of the page's language gives as its own translation (e.g. "Name" is German too) is
an English string the add-on or its catalogues could translate."""

from lxml import html as lxml_html
from pathlib import Path

import re


DOMAINS = (
    "plone",
    "plonelocales",
    "widgets",
    "z3c.form",
    "zope",
    "collective.easyform",
    "collective.z3cform.datagridfield",
    "plone.z3cform",
    "weissenfels.portal",
)

# What upstream cannot translate, each with its reason. Keep short.
ALLOWED = {
    # Proper names: the programme's and the city's names are the same in every language (the
    # logo viewlet's msgids logo_name/logo_claim give them as defaults).
    # The language menu names each language in that language (issue 18): English is "English".
    "English": "the language's own name in the language menu",
    "Der Weißenfelser Weg": "proper name of the programme",
    "Stadt Weißenfels · Burgenlandkreis": "proper names of the city and district",
    # easyform's field editor shows each field's id (technical, the same in every language);
    # the housing form has a field with the id "name".
    "name": "a field's id in easyform's field editor",
}

ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
SKIPPED = {"script", "style", "noscript", "template"}
ENTRY = re.compile(r'((?:#.*\n)*)msgid ((?:".*"\n)+)', re.MULTILINE)
DEFAULT = re.compile(r'^#\. Default: "(.*)"$', re.MULTILINE)


def _unquote(lines):
    return "".join(re.findall(r'"(.*)"', lines)).replace('\\"', '"').replace("\\n", "\n")


def _pot_files():
    import collective.easyform
    import collective.z3cform.datagridfield
    import plone.app.locales
    import plone.z3cform
    import weissenfels.portal
    import z3c.form
    import zope.app.locales

    roots = {
        "plone": Path(plone.app.locales.__file__).parent / "locales",
        "z3c.form": Path(z3c.form.__file__).parent / "locales",
        "zope": Path(zope.app.locales.__file__).parent,
        "collective.easyform": Path(collective.easyform.__file__).parent / "locales",
        "collective.z3cform.datagridfield": Path(collective.z3cform.datagridfield.__file__).parent / "locales",
        "plone.z3cform": Path(plone.z3cform.__file__).parent / "locales",
        "weissenfels.portal": Path(weissenfels.portal.__file__).parent / "locales",
    }
    for root in roots.values():
        yield from root.glob("*.pot")


def english_texts():
    """{English text: {(domain, msgid)}} over the domains' templates (.pot): the default
    where one is given, else the msgid itself."""
    texts = {}
    for pot in _pot_files():
        domain = pot.stem.removesuffix("-manual").removesuffix("-generated")
        if domain not in DOMAINS:
            continue
        for match in ENTRY.finditer(pot.read_text("utf-8")):
            msgid = _unquote(match.group(2))
            if not msgid:
                continue
            default = DEFAULT.search(match.group(1))
            text = default.group(1).replace('\\"', '"') if default else msgid
            text = " ".join(text.split())
            if _is_words(text):
                texts.setdefault(text, set()).add((domain, msgid))
    return texts


def _is_words(text):
    return len(text) >= 3 and re.search(r"[A-Za-z]{2}", text) and "${" not in text and "<" not in text


def own_translation(domain, msgid, lang, text):
    """True where a catalogue of the page's language translates the msgid as the same text
    ("Name" in German, "OK")."""
    from zope.component import queryUtility
    from zope.i18n.interfaces import ITranslationDomain

    utility = queryUtility(ITranslationDomain, domain)
    if utility is None:
        return False
    return any(utility._data[name].queryMessage(msgid) == text for name in utility._catalogs.get(lang, ()))


def page_texts(page, lang=None):
    """The texts a visitor meets: text nodes outside scripts, and the labelling attributes,
    also of inputs and buttons (their value); each with its language: the page's (lang), or
    the one an element or its ancestor below <html> is marked with (`lang="en"` on an English
    page title in the editors' translation lists, `lang="de"` on a German form)."""
    tree = lxml_html.fromstring(page)
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in SKIPPED:
            continue
        if any(ancestor.tag in SKIPPED for ancestor in element.iterancestors()):
            continue
        language = _marked_language(element) or lang
        # a tail belongs to the parent, whose marked language it has
        parent = element.getparent()
        tail_language = (_marked_language(parent) or lang) if parent is not None else language
        for text, text_language in (
            (element.text, language),
            (element.tail if parent is not None else None, tail_language),
        ):
            if text and text.strip():
                found.append((" ".join(text.split()), text_language))
        for attribute in ATTRIBUTES:
            if element.get(attribute):
                found.append((" ".join(element.get(attribute).split()), language))
        if (
            element.tag in ("input", "button")
            and element.get("type") in ("submit", "button", "reset")
            and element.get("value")
        ):
            found.append((" ".join(element.get("value").split()), language))
    return found


def _marked_language(element):
    """The lang attribute of element or its nearest ancestor below <html> (the page's own)."""
    for node in (element, *element.iterancestors()):
        if node.tag == "html":
            return None
        if node.get("lang"):
            return node.get("lang").split("-")[0].lower()
    return None


def english_on_page(page, lang, texts=None):
    """The English UI strings on a page in the language `lang` (not English), allowed ones left out."""
    texts = texts if texts is not None else english_texts()
    if lang == "en":
        return []
    english = []
    for text, text_language in page_texts(page, lang):
        ids = texts.get(text)
        if not ids or text in ALLOWED or text_language == "en":
            continue
        if any(own_translation(domain, msgid, text_language, text) for domain, msgid in ids):
            continue
        english.append(text)
    return sorted(set(english))
