"""copydesk.batch: input order, dict items, error records, streaming."""

import itertools

import pytest

import copydesk
from conftest import corpus_pages


def html_pages():
    return [(name, path.read_bytes()) for name, path, is_text in corpus_pages() if not is_text]


def test_results_in_input_order_equal_extract():
    pages = html_pages()
    records = list(copydesk.batch((html for _, html in pages), jobs=3))
    assert len(records) == len(pages)
    for (name, html), record in zip(pages, records):
        assert record == copydesk.extract(html), name


def test_dict_items_lead_with_id_and_url():
    pages = html_pages()[:10]
    items = [{"id": f"p{i}", "url": f"https://example.com/{name}/", "html": html} for i, (name, html) in enumerate(pages)]
    records = list(copydesk.batch(items, jobs=2, favor="precision"))
    for item, record in zip(items, records):
        assert list(record)[:2] == ["id", "url"]
        assert record["id"] == item["id"] and record["url"] == item["url"]
        one = copydesk.extract(item["html"], url=item["url"], favor="precision")
        assert {k: v for k, v in record.items() if k not in ("id", "url")} == one


def test_failures_become_error_records_and_the_batch_goes_on():
    good = b"<p>The council voted on Monday to close the old river bridge for repairs this summer.</p>"
    items = [
        good,
        b"%PDF-1.7\n" + bytes(range(256)),
        {"id": "big", "html": b"<p>" + b"x" * 5000 + b"</p>"},
        {"id": "no-html"},
        42,
        good.decode(),
    ]
    records = list(copydesk.batch(items, jobs=2, max_input_bytes=1000))
    assert len(records) == len(items)
    assert records[0]["status"] == "article"
    assert records[1] == {"status": "error", "error": "not-text", "message": "input is not text but PDF data"}
    assert records[2]["id"] == "big" and records[2]["error"] == "input-too-large"
    assert records[3]["id"] == "no-html" and records[3]["error"] == "bad-input"
    assert records[4]["status"] == "error" and records[4]["error"] == "bad-input"
    assert "int" in records[4]["message"]
    assert records[5] == records[0]


def test_batch_streams_its_input():
    consumed = []

    def pages():
        for i in itertools.count():
            consumed.append(i)
            yield f"<p>Page number {i} has one paragraph that is long enough to be an article.</p>"

    it = copydesk.batch(pages(), jobs=2)
    first = [next(it) for _ in range(5)]
    assert all(r["status"] in ("article", "no-article", "listing") for r in first)
    # An endless iterable: only a chunk has been read.
    assert len(consumed) < 1000


def test_an_error_in_the_iterable_comes_after_the_pages_before_it():
    def pages():
        yield "<p>one</p>"
        yield "<p>two</p>"
        raise RuntimeError("the source broke")

    it = copydesk.Extractor().batch(pages(), jobs=1)
    assert len([next(it), next(it)]) == 2
    with pytest.raises(RuntimeError, match="the source broke"):
        next(it)


def test_batch_arguments():
    assert list(copydesk.batch([])) == []
    with pytest.raises(ValueError):
        copydesk.batch(["<p>x</p>"], jobs=0)
    with pytest.raises(TypeError):
        copydesk.batch(5)
    with pytest.raises(ValueError):
        copydesk.batch([], favor="fast")
