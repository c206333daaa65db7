"""timenorm: time expressions in English news, resolved to exact UTC intervals.

>>> from timenorm import resolve
>>> resolve("6 a.m. Moscow time on Sunday, April 17", "2022-04-16T12:00+03:00").value
'2022-04-17T06:00'
"""

from importlib.metadata import PackageNotFoundError, version

from timenorm.api import extract, resolve
from timenorm.errors import AnchorError, InputError, TimenormError, ZoneError
from timenorm.model import Interval, Mention, Reading, Window

__all__ = [
    "AnchorError",
    "InputError",
    "Interval",
    "Mention",
    "Reading",
    "TimenormError",
    "Window",
    "ZoneError",
    "extract",
    "resolve",
]
try:
    __version__ = version("timenorm")
except PackageNotFoundError:  # run from a source tree that is not installed
    __version__ = "0.0.0"
