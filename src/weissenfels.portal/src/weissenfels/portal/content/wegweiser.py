"""Wegweiser: the folder of the finder "Wer hilft mir?" in a language root (/<lang>/wer-hilft-mir).

Its default view is the finder (units/finder_view.py); the Redaktion adds its situations
(Lebenslage) here, in folder order, and translates them with plone.app.multilingual.
"""

from plone.dexterity.content import Container
from plone.supermodel import model
from zope.interface import implementer


class IWegweiser(model.Schema):
    """Title and description of the finder page; the situations are its content."""


@implementer(IWegweiser)
class Wegweiser(Container):
    pass
