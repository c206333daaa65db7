"""timenorm: time expressions in English news, resolved to exact UTC intervals.

>>> from timenorm import resolve
>>> resolve("6 a.m. Moscow time on Sunday, April 17", "2022-04-16T12:00+03:00").value
'2022-04-17T06:00'
"""

from timenorm.api import extract, resolve
from timenorm.checker import check
from timenorm.errors import AnchorError, InputError, TimenormError, ZoneError
from timenorm.model import Finding, Interval, Mention, Reading, Window

__all__ = [
    "AnchorError",
    "Finding",
    "InputError",
    "Interval",
    "Mention",
    "Reading",
    "TimenormError",
    "Window",
    "ZoneError",
    "check",
    "extract",
    "resolve",
]
__version__ = "0.1.0"  # the one place it is written: pyproject.toml reads it
