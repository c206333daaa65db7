"""The one exception family timenorm raises. Text is never an error; inputs are."""

from __future__ import annotations


class TimenormError(ValueError):
    """Base class: a bad anchor, an unknown zone, an unreadable file."""


class AnchorError(TimenormError):
    """The publication time cannot be read or lacks a zone."""


class ZoneError(TimenormError):
    """A zone name that neither IANA nor timenorm's zone table knows."""


class InputError(TimenormError):
    """A file or folder that cannot be read or parsed."""
