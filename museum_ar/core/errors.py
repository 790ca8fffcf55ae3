"""Typed errors for everything a user can get wrong.

Every message says *what* went wrong and *where* (file, and field path inside it when there is
one), so the GUI can show it as is and the CLI can print it on one line.
"""

from __future__ import annotations

from pathlib import Path

# What `from museum_ar.core import *` and the package's star import of this module bring: the
# typed errors, not this module's helpers and imports (Path).
__all__ = [
    "BundleError",
    "CancelledError",
    "ContentError",
    "CorruptProjectError",
    "DuplicateIdError",
    "InvalidValueError",
    "MarkerError",
    "MissingAssetError",
    "MuseumArError",
    "ProjectError",
    "ProjectExistsError",
    "ProjectNotFoundError",
    "SchemaVersionError",
    "TrackingError",
    "UnknownIdError",
    "UnsupportedFileError",
]


class MuseumArError(Exception):
    """Base of all errors a user can cause. Never shown with a traceback."""

    def __init__(self, message: str, *, path: str | Path | None = None, field: str | None = None, code: str | None = None, params: dict | None = None):
        self.path = str(path) if path is not None else None
        self.field = field
        self.detail = message
        # A stable id ("marker.no_publish_url") and the values in the message, so a UI can say the
        # same thing in its own language; `message` stays the English text (CLI, logs).
        self.code = code
        self.params = dict(params or {})
        where = []
        if self.path:
            where.append(self.path)
        if field:
            where.append(f"field '{field}'")
        super().__init__(f"{': '.join(where)}: {message}" if where else message)


class ProjectError(MuseumArError):
    """The exhibit project on disk cannot be used."""


class ProjectNotFoundError(ProjectError):
    """The folder or its exhibit.json does not exist."""


class ProjectExistsError(ProjectError):
    """Refusing to create a project where one (or other files) already is."""


class CorruptProjectError(ProjectError):
    """exhibit.json is not valid JSON, or not shaped like an exhibit."""


class SchemaVersionError(ProjectError):
    """exhibit.json was written by a newer museum-ar, or has an unknown schema version."""


class MissingAssetError(ProjectError):
    """An item refers to an asset file that is not in the project."""


class DuplicateIdError(ProjectError):
    """Two markers (or two items) share an id."""


class InvalidValueError(ProjectError):
    """A field has a value of the wrong type or out of range (e.g. a non-finite transform)."""


class UnknownIdError(MuseumArError):
    """An edit or command names a marker or item that the exhibit does not have."""


class ContentError(MuseumArError):
    """A file the curator brought cannot be imported (empty, corrupt, mislabelled, too large)."""


class UnsupportedFileError(ContentError):
    """The file's kind is not one museum-ar can attach."""


class CancelledError(MuseumArError):
    """Long work was cancelled by the user; nothing was changed."""


class MarkerError(MuseumArError):
    """A marker cannot be encoded or printed as asked (id, URL, size, paper)."""


class TrackingError(MuseumArError):
    """A camera or frame source cannot be opened or read."""


class BundleError(MuseumArError):
    """A bundle cannot be written, or one being read is tampered, truncated or hostile."""
