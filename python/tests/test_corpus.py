"""Every corpus page: `copydesk.extract` gives the same JSON as `copydesk extract --format
json`; the seed: `extract_text` gives its ten paragraphs exactly."""

import json
import subprocess

import pytest

import copydesk
from conftest import SEED, corpus_pages, require_shared

PAGES = corpus_pages()


def test_corpus_is_there():
    assert len(PAGES) >= 100


@pytest.mark.parametrize("name, path, is_text", PAGES, ids=[p[0] for p in PAGES])
def test_extract_equals_the_cli_json(copydesk_bin, name, path, is_text):
    args = [copydesk_bin, "extract", str(path), "--format", "json"]
    if is_text:
        args += ["--input", "text"]
    cli = json.loads(subprocess.run(args, check=True, capture_output=True).stdout)
    if is_text:
        ours = copydesk.extract_text(path.read_text(encoding="utf-8"))
    else:
        ours = copydesk.extract(path.read_bytes())
    assert ours == cli
    assert list(ours) == list(cli), "the same fields in the same order"


def test_seed_gives_its_ten_paragraphs_exactly():
    require_shared(SEED)
    text = SEED.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert len(lines) == 20, "the seed: 10 story lines and 5 teasers of 2 lines"
    article = copydesk.extract_text(text)
    body = [block["text"] for block in article["body"]]
    first = lines[0].removeprefix("▲ 사진=대구광역시").strip()
    assert first != lines[0], "the seed opens with the glued photo credit"
    assert body == [first] + lines[1:10]
    assert all(block["kind"] == "paragraph" for block in article["body"])
    removed = {(r["kind"], r["text"]) for r in article["removed"]}
    assert any(kind == "caption" and "사진=대구광역시" in t for kind, t in removed)
    assert all(("teaser", line) in removed for line in lines[10:])
