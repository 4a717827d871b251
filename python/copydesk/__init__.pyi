from typing import Any, Dict, Iterable, Iterator, Literal, Optional, Tuple, Union

Page = Union[bytes, bytearray, str]
Item = Union[bytes, bytearray, str, Dict[str, Any]]
Favor = Literal["balanced", "precision", "recall"]
Article = Dict[str, Any]

REMOVAL_KINDS: Tuple[str, ...]

class CopydeskError(Exception):
    kind: str

class LimitError(CopydeskError): ...

class InputTooLargeError(LimitError):
    size: int
    limit: int

class TooManyNodesError(LimitError):
    limit: int

class TimeBudgetError(LimitError):
    budget_ms: int

class NotTextError(CopydeskError):
    format: str

class Batch(Iterator[Article]):
    def __iter__(self) -> "Batch": ...
    def __next__(self) -> Article: ...

class Extractor:
    def __init__(
        self,
        *,
        url: Optional[str] = None,
        charset: Optional[str] = None,
        lang: Optional[str] = None,
        favor: Optional[Favor] = None,
        keep: Union[Iterable[str], str, None] = None,
        timeout: Optional[float] = None,
        max_input_bytes: Optional[int] = None,
        max_nodes: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_block_bytes: Optional[int] = None,
        removed: bool = True,
    ) -> None: ...
    def extract(self, html: Page, *, url: Optional[str] = None, charset: Optional[str] = None) -> Article: ...
    def extract_text(self, text: str) -> Article: ...
    def batch(self, items: Iterable[Item], *, jobs: Optional[int] = None) -> Batch: ...

def extract(
    html: Page,
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    lang: Optional[str] = None,
    favor: Optional[Favor] = None,
    keep: Iterable[str] = (),
    timeout: Optional[float] = None,
    max_input_bytes: Optional[int] = None,
    max_nodes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_block_bytes: Optional[int] = None,
) -> Article: ...
def extract_text(
    text: str,
    *,
    url: Optional[str] = None,
    lang: Optional[str] = None,
    favor: Optional[Favor] = None,
    keep: Iterable[str] = (),
    timeout: Optional[float] = None,
    max_input_bytes: Optional[int] = None,
    max_nodes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_block_bytes: Optional[int] = None,
) -> Article: ...
def batch(items: Iterable[Item], jobs: Optional[int] = None, **options: Any) -> Batch: ...
def text(article: Article) -> str: ...
