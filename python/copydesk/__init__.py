"""copydesk: the article of a news page as clean structured text, every removal labelled.

The extraction runs in Rust (``copydesk._native``) with the GIL released. An article is a
dict with the fields of ``copydesk extract --format json`` (``status``, ``title``,
``byline``, ``published``, ``lang``, ..., ``body``, ``removed``)::

    import copydesk
    article = copydesk.extract(open("page.html", "rb").read(), url="https://example.com/a")
    print(copydesk.text(article))

Errors raise subclasses of :class:`CopydeskError` named by kind; a page without an article is
not an error but ``status == "no-article"`` with an empty body; a listing of other pages'
stories (a section front) has ``status == "listing"`` and their summaries as its body.
"""

from typing import Any, Dict, Iterable, Iterator, Optional, Union

from ._native import (
    Batch,
    CopydeskError,
    Extractor,
    InputTooLargeError,
    LimitError,
    NotTextError,
    TimeBudgetError,
    TooManyNodesError,
    removal_kinds_names as _removal_kinds_names,
)

__all__ = [
    "Batch",
    "CopydeskError",
    "Extractor",
    "InputTooLargeError",
    "LimitError",
    "NotTextError",
    "REMOVAL_KINDS",
    "TimeBudgetError",
    "TooManyNodesError",
    "batch",
    "extract",
    "extract_text",
    "text",
]

#: The removal kinds ``keep`` accepts, in the library's order.
REMOVAL_KINDS = tuple(_removal_kinds_names())


def extract(
    html: Union[bytes, bytearray, str],
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    lang: Optional[str] = None,
    favor: Optional[str] = None,
    keep: Iterable[str] = (),
    **limits: Any,
) -> Dict[str, Any]:
    """Extracts the article from a page: bytes in any charset, or str.

    Returns a dict with the fields of ``copydesk extract --format json``. ``favor`` is
    ``"balanced"`` (default), ``"precision"`` or ``"recall"``; ``keep`` names removal kinds
    to put back into the body. ``limits``: ``timeout`` (seconds), ``max_input_bytes``,
    ``max_nodes``, ``max_depth``, ``max_block_bytes``.
    """
    return Extractor(url=url, charset=charset, lang=lang, favor=favor, keep=keep, **limits).extract(html)


def extract_text(
    text: str,
    *,
    url: Optional[str] = None,
    lang: Optional[str] = None,
    favor: Optional[str] = None,
    keep: Iterable[str] = (),
    **limits: Any,
) -> Dict[str, Any]:
    """Extracts the article from text already extracted from a page (one block per line)."""
    return Extractor(url=url, lang=lang, favor=favor, keep=keep, **limits).extract_text(text)


def batch(
    items: Iterable[Union[bytes, str, Dict[str, Any]]],
    jobs: Optional[int] = None,
    **options: Any,
) -> Iterator[Dict[str, Any]]:
    """Extracts many pages on ``jobs`` Rust threads (default: one per core), in input order.

    ``items``: str or bytes pages, or dicts ``{"html": ..., "url": ..., "id": ...}`` (``url``
    and ``id`` optional; they lead the record). The iterable is read a chunk at a time, never
    whole. A page that fails does not stop the iteration: it yields an error record,
    ``{"status": "error", "error": KIND, "message": ...}`` (KIND: ``input-too-large``,
    ``too-many-nodes``, ``not-text``, ``time-budget-exceeded``, or ``bad-input`` for an item
    that is not a page). ``options`` are :class:`Extractor`'s.
    """
    return Extractor(**options).batch(items, jobs=jobs)


def text(article: Dict[str, Any]) -> str:
    """The body of an article dict as plain text: its blocks separated by blank lines (the
    same as ``copydesk extract --format text``)."""
    return "\n\n".join(block["text"] for block in article.get("body", ()))
