"""Printed documents: pure builders from `app.domain.documents` data objects to PDF and xlsx files."""
