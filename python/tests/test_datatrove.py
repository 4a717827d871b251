"""datatrove: its WarcReader over a WARC we write, copydesk.datatrove.Copydesk, its
JsonlWriter, run by LocalPipelineExecutor."""

import gzip
import json
import sys

import copydesk
from conftest import REPO, corpus_pages, require

sys.path.insert(0, str(REPO / "examples" / "spark"))


def as_datatrove_decodes(html):
    """The str datatrove's WarcReader makes of a page: UTF-8, else cchardet's guess."""
    import cchardet

    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html.decode(cchardet.detect(html)["encoding"])


def test_warc_reader_copydesk_jsonl_writer(tmp_path):
    require("datatrove", "warcio", "cchardet", "magic")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    from copydesk.datatrove import Copydesk
    from make_warc import write_warcs

    pages = [
        (f"https://pages.invalid/{name}", path.read_bytes())
        for name, path, is_text in corpus_pages()
        if not is_text
    ]
    write_warcs(pages, tmp_path / "warc", files=1)
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[
            WarcReader(str(tmp_path / "warc"), glob_pattern="*.warc.gz"),
            Copydesk(favor="balanced", timeout=30),
            JsonlWriter(str(out)),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    records = []
    for path in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            records += [json.loads(line) for line in f]
        by_url = {r["metadata"]["url"]: r for r in records}
    assert len(by_url) == len(records)
    html_of = dict(pages)
    for url, record in by_url.items():
        # datatrove hands the extractor the page decoded to str.
        article = copydesk.extract(as_datatrove_decodes(html_of[url]))
        assert article["status"] == "article", url
        want = copydesk.text(article)
        assert record["text"] == want, url
        assert record["text"]
    # Every page with an article came through; those without were dropped.
    with_article = [
        url for url, html in pages
        if copydesk.extract(as_datatrove_decodes(html))["status"] == "article"
    ]
    assert sorted(by_url) == sorted(with_article)


def test_copydesk_extractor_options():
    require("datatrove")
    import pickle

    import pytest

    from copydesk.datatrove import Copydesk

    page = "<article><p>The council voted on Monday to close the old river bridge for repairs.</p></article>"
    step = Copydesk(keep=["caption"], timeout=5)
    assert step.extract(page) == copydesk.text(copydesk.extract(page))
    assert step.extract("") == ""
    # Picklable for datatrove's multi-process executors, the native extractor rebuilt after.
    again = pickle.loads(pickle.dumps(step))
    assert again.extract(page) == step.extract(page)
    with pytest.raises(ValueError):
        Copydesk(favor="fast")
    with pytest.raises(copydesk.NotTextError):
        step.extract("%PDF-1.7\n")


def test_copydesk_drops_listings_unless_asked():
    require("datatrove")
    from conftest import CORPUS

    from copydesk.datatrove import Copydesk

    page = (CORPUS / "en-06-tag-page" / "page.html").read_text(encoding="utf-8")
    article = copydesk.extract(page)
    assert article["status"] == "listing" and article["body"]
    assert Copydesk().extract(page) == ""
    assert Copydesk(keep_listings=True).extract(page) == copydesk.text(article)
