"""claimkit: extract and check the chronologies and quotations of articles.

The functions are those of the ``claimkit`` binary, run in this process:

>>> import claimkit
>>> text = "May 1, 2020: Talks begin.\\nMay 2, 2020: Talks go on.\\nMay 3, 2020: Talks end.\\n"
>>> doc = claimkit.extract(text, source="a.txt")
>>> doc["chronologies"][0]["entries"][2]["date"]["start"]
'2020-05-03'

Every call releases the GIL while Rust works, and ``extract_many`` uses
every core. Errors are ``ClaimkitError`` or one of its subclasses, with the
binary's messages.
"""

from ._native import (
    ClaimkitError,
    ConfigError,
    DocumentError,
    EncodingError,
    InternalError,
    SchemaError,
    __version__,
    check,
    extract,
    extract_many,
    schema,
    validate,
)

__all__ = [
    "ClaimkitError",
    "ConfigError",
    "DocumentError",
    "EncodingError",
    "InternalError",
    "SchemaError",
    "__version__",
    "check",
    "extract",
    "extract_many",
    "schema",
    "validate",
]
