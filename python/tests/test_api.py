"""The package's API: fields, options, errors by kind, bad input."""

import json
import random

import pytest

import copydesk
from conftest import CORPUS

PAGE = b"""<html lang="en"><head><title>Bridge to close for repairs - The Riverside Post</title>
<meta property="og:site_name" content="The Riverside Post"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
<h1>Bridge to close for repairs</h1>
<figure><img src="bridge.jpg"><figcaption>The old bridge seen from the east bank. Photo: River Archive</figcaption></figure>
<p>The council voted on Monday to close the old river bridge for repairs this summer.</p>
<p>Work will start in June and last until the end of August, the council's engineers said.</p>
</article></body></html>"""


def test_extract_gives_the_article_fields():
    a = copydesk.extract(PAGE, url="https://news.example.com/local/bridge.html")
    assert a["status"] == "article"
    assert a["title"] == "Bridge to close for repairs"
    assert a["site_name"] == "The Riverside Post"
    assert a["lang"] == "en"
    assert [b["kind"] for b in a["body"]] == ["paragraph", "paragraph"]
    assert a["body"][0]["text"].startswith("The council voted")
    assert any(r["text"] == "Home News" and r["kind"] == "navigation" for r in a["removed"])
    assert all(set(r) >= {"kind", "text", "rule", "position"} for r in a["removed"])
    assert copydesk.text(a) == "\n\n".join(b["text"] for b in a["body"])
    # Plain JSON types only: the dict round-trips through json.
    assert json.loads(json.dumps(a)) == a


def test_str_and_bytes_give_the_same_article():
    assert copydesk.extract(PAGE.decode()) == copydesk.extract(PAGE)
    assert copydesk.extract(bytearray(PAGE)) == copydesk.extract(PAGE)


def test_str_page_is_read_as_utf8_whatever_it_declares():
    html = '<meta charset="euc-kr"><p>서울시는 오늘 새 버스 노선 열두 개를 발표했다고 밝혔다. 시민들의 반응은 좋았다.</p>'
    a = copydesk.extract(html)
    assert "서울시는" in copydesk.text(a)


def test_keep_puts_removals_back():
    plain = copydesk.extract(PAGE)
    kept = copydesk.extract(PAGE, keep=["caption"])
    assert len(kept["body"]) == len(plain["body"]) + 1, kept["body"]
    assert any("old bridge seen" in b["text"] for b in kept["body"])
    assert copydesk.extract(PAGE, keep="caption,credit")["body"] == copydesk.extract(
        PAGE, keep=("caption", "credit")
    )["body"]
    assert "caption" in copydesk.REMOVAL_KINDS and len(copydesk.REMOVAL_KINDS) == 15


def test_favor_presets():
    for favor in (None, "balanced", "precision", "recall"):
        assert copydesk.extract(PAGE, favor=favor)["status"] == "article"


def test_extract_text():
    text = (
        "The council voted on Monday to close the old river bridge for repairs this summer.\n"
        "Share\n"
        "Work will start in June and last until the end of August, the council's engineers said.\n"
    )
    a = copydesk.extract_text(text)
    assert [b["text"] for b in a["body"]] == [text.splitlines()[0], text.splitlines()[2]]
    assert a["removed"][0]["rule"] == "en.share.label"
    assert copydesk.extract_text("")["status"] == "no-article"


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"favor": "fast"}, ValueError),
        ({"favor": 3}, TypeError),
        ({"keep": ["captions"]}, ValueError),
        ({"keep": [1]}, TypeError),
        ({"keep": 5}, TypeError),
        ({"charset": "no-such-charset"}, ValueError),
        ({"timeout": -1.0}, ValueError),
        ({"max_input_bytes": 0}, ValueError),
        ({"max_nodes": -5}, OverflowError),
        ({"url": 5}, TypeError),
        ({"nonsense": 1}, TypeError),
    ],
)
def test_bad_options_raise(kwargs, error):
    with pytest.raises(error):
        copydesk.Extractor(**kwargs)


def test_bad_page_types_raise_type_error():
    e = copydesk.Extractor()
    for page in (None, 5, ["<p>"], {"html": "<p>"}):
        with pytest.raises(TypeError):
            e.extract(page)
    with pytest.raises(TypeError):
        e.extract_text(b"bytes are not text")


def test_random_bytes_are_not_text_or_no_article():
    rng = random.Random(14)
    for size in (10, 1000, 20_000, 200_000):
        blob = bytes(rng.getrandbits(8) for _ in range(size))
        try:
            a = copydesk.extract(blob)
        except copydesk.NotTextError as e:
            assert e.kind == "not-text" and e.format == "binary"
            assert isinstance(e, copydesk.CopydeskError)
        else:
            assert a["status"] == "no-article", a


def test_binary_signature_is_not_text():
    with pytest.raises(copydesk.NotTextError) as info:
        copydesk.extract(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert info.value.format == "PDF"
    assert "not text" in str(info.value)


def test_huge_input_is_a_limit_error():
    huge = b"<p>" + b"word " * (64 * 1024 * 1024 // 5 + 10) + b"</p>"
    with pytest.raises(copydesk.InputTooLargeError) as info:
        copydesk.extract(huge)
    e = info.value
    assert isinstance(e, copydesk.LimitError) and isinstance(e, copydesk.CopydeskError)
    assert e.kind == "input-too-large" and e.size == len(huge) and e.limit == 64 * 1024 * 1024
    with pytest.raises(copydesk.InputTooLargeError):
        copydesk.extract(PAGE, max_input_bytes=100)
    with pytest.raises(copydesk.InputTooLargeError):
        copydesk.extract_text("a line of text\n" * 100, max_input_bytes=100)


def test_too_many_nodes_is_a_limit_error():
    with pytest.raises(copydesk.TooManyNodesError) as info:
        copydesk.extract(b"<div>" + b"<p>x</p>" * 5000 + b"</div>", max_nodes=1000)
    assert info.value.kind == "too-many-nodes" and info.value.limit == 1000


def test_time_budget_is_a_limit_error():
    page = (CORPUS / "en-04-long-read" / "page.html").read_bytes()
    with pytest.raises(copydesk.TimeBudgetError) as info:
        copydesk.extract(page * 20, timeout=1e-9)
    assert info.value.kind == "time-budget-exceeded"
    assert isinstance(info.value, copydesk.LimitError)


def test_wrong_charset_gives_an_article_not_an_error():
    page = (CORPUS / "ko-02-br-separated-body" / "page.html").read_bytes()
    right = copydesk.extract(page)
    assert right["status"] == "article"
    # A wrong hint: the page is still decoded to text, never garbage raising an error.
    for charset in ("shift_jis", "iso-8859-1", "utf-16le"):
        try:
            a = copydesk.extract(page, charset=charset)
        except copydesk.NotTextError:
            continue
        assert a["status"] in ("article", "no-article", "listing")
    # Per-page override on a reusable extractor.
    e = copydesk.Extractor(charset="utf-8")
    assert e.extract(page, charset="utf-8") == e.extract(page)


def test_extractor_options_and_repr():
    e = copydesk.Extractor(url="https://news.example.com/a/b.html", favor="recall", keep=["caption"])
    assert "recall" in repr(e) and "caption" in repr(e)
    relative = b'<link rel="canonical" href="/a/c.html">' + PAGE
    assert e.extract(relative)["canonical_url"] == "https://news.example.com/a/c.html"
    assert e.extract(relative, url="https://other.example.org/x")["canonical_url"] == (
        "https://other.example.org/a/c.html"
    )


def test_removed_false_leaves_the_removals_out():
    full = copydesk.extract(PAGE)
    e = copydesk.Extractor(removed=False)
    lean = e.extract(PAGE)
    assert "removed" not in lean and full["removed"]
    assert lean == {k: v for k, v in full.items() if k != "removed"}
    assert "removed" not in e.extract_text("A line of text that is long enough to be kept.")
    assert "removed" not in next(e.batch([PAGE]))
    kept = copydesk.Extractor(removed=False, keep=["caption"]).extract(PAGE)
    assert kept["body"] == copydesk.extract(PAGE, keep=["caption"])["body"]
