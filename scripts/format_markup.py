"""zpretty as `make lint` and `make format` run it: templates keep their characters.

zpretty 4 writes every non-ASCII character in a template's text as a named entity (ü becomes
&uuml;). That changes what a page says where no translation replaces the text, and the msgid
of every `i18n:translate=""` element with an umlaut. zpretty leaves text unescaped when its
HTML element has no escaper; existing entities and `&` survive its parse either way. XML and
ZCML keep their own escaper (only &, < and >).

    python scripts/format_markup.py [zpretty options and paths]
"""

from zpretty.cli import run
from zpretty.elements import PrettyElement
from zpretty.xml import XMLElement


XMLElement.escaper = PrettyElement.escaper
PrettyElement.escaper = None

if __name__ == "__main__":
    run()
