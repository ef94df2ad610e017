"""Type stubs of claimkit's native module (re-exported by ``claimkit``)."""

import os
from typing import Any, Iterable, Literal, Optional, Sequence, Union

Text = Union[str, bytes]
"""An article's text: ``str``, or ``bytes`` in UTF-8 (a byte-order mark is kept)."""

PathLike = Union[str, os.PathLike[str]]

__version__: str
"""The version of claimkit, the same as ``claimkit --version``."""

class ClaimkitError(Exception):
    """Base class of every error claimkit raises."""

class EncodingError(ClaimkitError):
    """A text given as bytes is not UTF-8."""

class ConfigError(ClaimkitError):
    """A configuration file or rule name cannot be used."""

class SchemaError(ClaimkitError):
    """A schema cannot be had: an unknown name, an unreadable or invalid schema file."""

class DocumentError(ClaimkitError):
    """A document to validate is not JSON (or not one JSON document)."""

class InternalError(ClaimkitError):
    """A bug in claimkit, caught before it reached the interpreter."""

def extract(text: Text, *, source: Optional[PathLike] = None) -> dict[str, Any]:
    """The article extracted from ``text``: the document ``claimkit extract``
    writes (schemas/article.schema.json), as Python objects.

    ``source`` is the path named in ``source.path`` (``-``, the binary's name
    for standard input, when it is None); ``source.bytes`` and
    ``source.sha256`` are those of the text in UTF-8.
    ``json.dumps(doc, ensure_ascii=False, separators=(",", ":"))`` is the
    binary's output for the same file, byte for byte.

    Raises EncodingError for bytes that are not UTF-8, TypeError for a
    text that is neither str nor bytes.
    """

def extract_many(
    texts: Iterable[Text],
    *,
    sources: Optional[Sequence[PathLike]] = None,
    jobs: Optional[int] = None,
) -> list[dict[str, Any]]:
    """``extract`` of every text, on every core (or on ``jobs`` threads),
    in the order of ``texts``; ``sources`` names each text."""

def check(
    text: Text,
    *,
    config: Optional[PathLike] = None,
    select: Optional[Sequence[str]] = None,
    source: Optional[PathLike] = None,
) -> list[dict[str, Any]]:
    """The findings of the lint rules over ``text``: the ``diagnostics`` of
    ``claimkit check --format json`` (each names ``source`` in ``file``,
    ``<stdin>`` when it is None), ordered by line, column and rule.

    ``config`` is the path of a ``claimkit.toml`` (as ``--config``; without
    it, the defaults: no configuration file is looked for), ``select`` the
    rules or groups to run (as ``--select``). Raises ConfigError with the
    binary's message for a bad file or an unknown rule.
    """

def validate(
    document: Union[dict[str, Any], str, bytes], *, schema: Optional[PathLike] = None
) -> list[dict[str, str]]:
    """The errors of ``document`` (a dict as ``extract`` or ``json.loads``
    gives it, or JSON text) against the schema it names in ``$schema``, or
    ``schema`` ("article", "report" or a schema file's path). Each error has
    ``instance_path`` (a JSON pointer), ``schema_path`` and ``message``;
    the list is empty when the document is valid.

    Raises DocumentError for text that is not one JSON document, SchemaError
    for a schema that cannot be had.
    """

def schema(name: Literal["article", "report", "definitions"]) -> dict[str, Any]:
    """The embedded JSON Schema ``claimkit schema NAME`` prints."""
