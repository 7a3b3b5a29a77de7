"""Filters of the registers: a filter left empty narrows nothing."""

from __future__ import annotations

from sqlalchemy import ColumnElement


def given(*filters: tuple[object, ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    """The conditions of the (value, condition) pairs whose value is set, for `query.where(*...)`.

    Each condition is written before its value is checked: fit for `==`, which takes None, not for `<`.
    """
    return [condition for value, condition in filters if value is not None]
