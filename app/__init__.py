"""Kezek: the kindergarten waiting list of a local executive body."""

__version__ = "0.1.0"
