"""claimkit: extract and check the chronologies and quotations of articles.

The functions are those of the ``claimkit`` binary, run in this process:

>>> import claimkit
>>> doc = claimkit.extract("May 1, 2020: Talks begin.\\n", source="a.txt")
>>> doc["chronologies"][0]["entries"][0]["date"]["start"]
'2020-05-01'

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
