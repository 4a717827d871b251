"""copydesk as a datatrove extractor: ``copydesk.datatrove.Copydesk`` plugs in where
datatrove's ``Trafilatura`` does (a ``BaseExtractor``)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from copydesk.datatrove import Copydesk

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/"),
        Copydesk(favor="precision"),
        JsonlWriter("articles/"),
    ]).run()

datatrove is imported here only: the core ``copydesk`` package does not need it.
"""

from typing import Any, Iterable, Optional

from datatrove.pipeline.extractors.base import BaseExtractor

import copydesk


class Copydesk(BaseExtractor):
    """Extracts each document's article body with copydesk: its paragraphs, headings, list
    items... as plain text separated by blank lines. A page without an article gives ``""``
    (datatrove drops the document), and so does a listing of other pages' stories (a section
    front: ``status == "listing"``) unless ``keep_listings``; a page copydesk refuses (not text, over a limit) raises,
    which datatrove counts as a ``clean_error`` and skips.

    Args:
        favor: ``"balanced"`` (default), ``"precision"`` or ``"recall"``.
        keep: removal kinds to put back into the body (e.g. ``("caption", "credit")``).
        keep_listings: keep the summaries of a listing page (a section front, a tag page)
            as a document; off by default, as such pages repeat other documents' openings.
        timeout: datatrove's per-document timeout in seconds (its sandbox process); copydesk's
            own time budget is set to the same value.
        **options: any other :class:`copydesk.Extractor` option (``lang``, ``max_input_bytes``...).
    """

    name = "📰 Copydesk"
    _requires_dependencies = []

    def __init__(
        self,
        favor: Optional[str] = None,
        keep: Iterable[str] = (),
        keep_listings: bool = False,
        timeout: float = 1,
        **options: Any,
    ):
        super().__init__(timeout)
        self.options = dict(options, favor=favor, keep=tuple(keep), removed=False)
        self.keep_listings = keep_listings
        if timeout is not None:
            self.options.setdefault("timeout", timeout)
        self._extractor = None
        copydesk.Extractor(**self.options)  # bad options fail here, not in a worker

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_extractor"] = None  # the native extractor is rebuilt in each process
        return state

    def extract(self, text: str) -> str:
        """The article body of an HTML page, as plain text."""
        if self._extractor is None:
            self._extractor = copydesk.Extractor(**self.options)
        article = self._extractor.extract(text)
        if article["status"] == "listing" and not self.keep_listings:
            return ""
        return copydesk.text(article)
