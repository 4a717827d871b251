"""One Extractor shared by many Python threads: the same results as one thread, and the
extraction runs with the GIL released (threads overlap)."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import copydesk
from conftest import corpus_pages


def test_sixteen_threads_on_one_extractor_agree_with_one_thread():
    extractor = copydesk.Extractor(favor="balanced")
    pages = [(path.read_bytes(), is_text) for _, path, is_text in corpus_pages()]

    def run(item):
        data, is_text = item
        if is_text:
            return extractor.extract_text(data.decode("utf-8"))
        return extractor.extract(data)

    expected = [run(item) for item in pages]
    work = pages * 4
    with ThreadPoolExecutor(max_workers=16) as pool:
        got = list(pool.map(run, work))
    assert len(got) == len(work)
    for i, article in enumerate(got):
        assert article == expected[i % len(pages)], pages[i % len(pages)]


def test_extraction_releases_the_gil():
    # While one thread extracts a large page, another Python thread keeps running.
    page = b"<article>" + b"<p>A sentence of the article that goes on for a while.</p>" * 40_000 + b"</article>"
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        start = time.perf_counter()
        copydesk.extract(page)
        end = time.perf_counter()
    finally:
        stop.set()
        t.join()
    during = [x for x in ticks if start < x < end]
    # Holding the GIL would freeze the ticker for the whole extraction.
    assert end - start < 0.05 or len(during) >= 3, (end - start, len(during))
