"""The Stop list & archive screen: the two registers and restoring from the archive."""

from ui.archive.page import ArchivePage

__all__ = ["ArchivePage"]
