"""The Free places screen: the places table, publishing, recalling and the daily bulletins."""

from ui.places.page import PlacesPage

__all__ = ["PlacesPage"]
