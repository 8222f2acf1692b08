"""weissenfels.portal: the Plone add-on of "Der Weißenfelser Weg"."""

from zope.i18nmessageid import MessageFactory

import logging


PACKAGE_NAME = "weissenfels.portal"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
