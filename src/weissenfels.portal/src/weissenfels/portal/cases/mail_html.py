"""The residents' mails in two parts from the same translated messages: plain text, and HTML
with the language and direction of the mail (`dir="rtl"` for Arabic).

A message's mapping may hold, besides plain strings, a `Reference` (reference numbers and
codes: kept left to right with Latin digits, `<bdi dir="ltr">` in HTML, an LTR isolate in an
RTL plain text), a `Link` and a `Text` (what a resident or handler wrote: escaped, its line
breaks kept). The HTML is made by translating the message with placeholders for those
values, escaping the whole translation (a translator's `<` is text too), then putting the
values' markup in place of the placeholders: nothing a person typed reaches the HTML
unescaped.
"""

from dataclasses import dataclass
from html import escape
from weissenfels.portal.multilingual.direction import RTL_LANGUAGES
from zope.i18n import translate
from zope.i18nmessageid import Message


# Private-use characters mark where a value goes in the translated text: no translation has them.
OPEN, CLOSE = "\ue000", "\ue001"


@dataclass(frozen=True)
class Reference:
    """A reference or code: left to right whatever the mail's direction."""

    text: str

    def plain(self, language):
        return f"\u2066{self.text}\u2069" if language in RTL_LANGUAGES else self.text

    def html(self):
        return f'<bdi dir="ltr">{escape(self.text)}</bdi>'


@dataclass(frozen=True)
class Link:
    url: str

    def plain(self, language):
        return self.url

    def html(self):
        url = escape(self.url)
        return f'<a href="{url}" dir="ltr">{url}</a>'


@dataclass(frozen=True)
class Text:
    """Text a person wrote (a reply, a form's title): as written, escaped in HTML."""

    text: str

    def plain(self, language):
        return self.text

    def html(self):
        return "<br>".join(escape(line) for line in self.text.split("\n"))


def _rich(value):
    return isinstance(value, Reference | Link | Text)


def plain(message, language):
    """The message translated, its rich values as plain text."""
    mapping = {k: v.plain(language) if _rich(v) else v for k, v in (message.mapping or {}).items()}
    return translate(Message(message, mapping=mapping), target_language=language)


def html_fragment(message, language):
    """The message as HTML paragraphs: the translation escaped, the values' markup put in."""
    values = {}
    mapping = {}
    for key, value in (message.mapping or {}).items():
        if not _rich(value):
            value = Text(str(value) if not isinstance(value, Message) else translate(value, target_language=language))
        values[key] = value
        mapping[key] = f"{OPEN}{key}{CLOSE}"
    text = escape(translate(Message(message, mapping=mapping), target_language=language))
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out = "".join(f"<p>{'<br>'.join(p.strip().split(chr(10)))}</p>" for p in paragraphs)
    for key, value in values.items():
        out = out.replace(f"{OPEN}{escape(key)}{CLOSE}", value.html())
    return out


def document(language, subject, fragments):
    """A whole HTML mail: `lang` and `dir` of the mail's language, the subject as its title."""
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}" dir="{direction}">'
        f'<head><meta charset="utf-8"><title>{escape(subject)}</title></head>'
        f"<body>{''.join(fragments)}</body></html>\n"
    )
