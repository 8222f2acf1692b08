"""2026113010: the finder's situations become content the Redaktion edits in every language.

The Python mapping of the situations becomes a Wegweiser at /<lang>/wer-hilft-mir in every
language root that exists, holding one Lebenslage per situation, its texts from each
language's .po catalogue, linked as translations of the German ones. The URL
/<lang>/wer-hilft-mir stays: it is now the Wegweiser, whose view is the finder.
"""

from plone import api
from weissenfels.portal.setuphandlers.finder import seed_situations


def situations_as_content(context):
    seed_situations(api.portal.get())
