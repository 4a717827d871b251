#!/usr/bin/env python3
"""Extracts the articles of WARC or JSON Lines files with copydesk on Spark, into Parquet.

    python examples/spark/extract_warc.py crawl/*.warc.gz --output articles.parquet
    python examples/spark/extract_warc.py pages.jsonl --output out.parquet --master local[2]
    python examples/spark/extract_warc.py crawl/*.warc.gz --output t.parquet --extractor trafilatura
    python examples/spark/extract_warc.py crawl/*.warc.gz --output cmp --extractor both

Each input file is one Spark task: the task reads its file (WARC with warcio: the `response`
records whose HTTP Content-Type is HTML, with the header's charset as the charset hint and
WARC-Target-URI as the URL, as `copydesk batch` reads them; JSON Lines: `{"url", "html",
"id"}` records) and extracts every page with one `copydesk.Extractor`, built once per
partition in `mapPartitions`. A page that fails gets a row with status "error" and the error's
kind. `--extractor trafilatura` runs the same job calling `trafilatura.extract` instead (text
only), for comparing throughput; `--extractor both` runs the two jobs in one Spark session.
Each job prints pages, seconds and pages/s: the job alone (reading, extracting, writing
Parquet), after a warm-up job has taken Spark's own start-up.
"""

import argparse
import gzip
import json
import sys
import time


def _charset(content_type):
    """The charset parameter of an HTTP Content-Type, if any."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset":
            value = value.strip().strip('"').strip("'").strip()
            return value or None
    return None


def read_warc(path):
    """The HTML responses of a WARC file: dicts with id, url, charset, html (bytes)."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as f:
        for record in ArchiveIterator(f):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            mime = content_type.split(";")[0].strip().lower()
            if mime not in ("text/html", "application/xhtml+xml"):
                continue
            yield {
                # the record ID without its angle brackets, as `copydesk batch` names it
                "id": (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>") or None,
                "url": record.rec_headers.get_header("WARC-Target-URI"),
                "charset": _charset(content_type),
                "html": record.content_stream().read(),
            }


def read_jsonl(path):
    """The `{"url", "html", "id"}` records of a JSON Lines file (.jsonl or .jsonl.gz)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            html = record.get("html") or ""
            yield {
                "id": record.get("id"),
                "url": record.get("url"),
                "charset": None,
                "html": html.encode("utf-8") if isinstance(html, str) else html,
            }


def read_pages(path):
    if ".jsonl" in path or ".ndjson" in path:
        return read_jsonl(path)
    return read_warc(path)


#: The Parquet columns, in order (names as in `copydesk batch` records).
FIELDS = [
    ("id", "string"),
    ("url", "string"),
    ("status", "string"),
    ("error", "string"),
    ("title", "string"),
    ("byline", "string"),
    ("authors", "array<string>"),
    ("published", "string"),
    ("modified", "string"),
    ("lang", "string"),
    ("site_name", "string"),
    ("description", "string"),
    ("canonical_url", "string"),
    ("image", "string"),
    ("section", "string"),
    ("tags", "array<string>"),
    ("text", "string"),
]


def extract_copydesk(paths, timeout=None):
    """mapPartitions: one copydesk Extractor for the partition, one row per page."""
    import copydesk

    # The rows do not keep the labelled removals: leave them out of the dicts.
    extractor = copydesk.Extractor(timeout=timeout, removed=False)
    for path in paths:
        for page in read_pages(path):
            row = {"id": page["id"], "url": page["url"]}
            try:
                article = extractor.extract(page["html"], url=page["url"], charset=page["charset"])
            except copydesk.CopydeskError as e:
                row.update(status="error", error=e.kind)
            else:
                row.update(article)
                row["text"] = copydesk.text(article)
            yield tuple(row.get(name) for name, _ in FIELDS)


def extract_trafilatura(paths, timeout=None):
    """mapPartitions: the same job with trafilatura.extract (text only)."""
    import trafilatura

    for path in paths:
        for page in read_pages(path):
            row = {"id": page["id"], "url": page["url"]}
            try:
                text = trafilatura.extract(page["html"], url=page["url"])
            except Exception as e:  # trafilatura raises what its parsers raise
                row.update(status="error", error=type(e).__name__)
            else:
                row.update(status="article" if text else "no-article", text=text)
            yield tuple(row.get(name) for name, _ in FIELDS)


def run_job(spark, inputs, output, extractor, timeout):
    """One extraction job over the inputs into Parquet at `output`; returns (pages, seconds)."""
    schema = ", ".join(f"{name} {kind}" for name, kind in FIELDS)
    extract = extract_copydesk if extractor == "copydesk" else extract_trafilatura
    start = time.perf_counter()
    paths = spark.sparkContext.parallelize(inputs, numSlices=len(inputs))
    rows = paths.mapPartitions(lambda part: extract(part, timeout))
    # The rows are built to the schema: no per-row verification.
    spark.createDataFrame(rows, schema, verifySchema=False).write.mode("overwrite").parquet(output)
    seconds = time.perf_counter() - start
    return spark.read.parquet(output).count(), seconds


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="WARC (.warc, .warc.gz) or JSON Lines files")
    parser.add_argument("--output", required=True, help="the Parquet directory to write")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument(
        "--extractor",
        choices=["copydesk", "trafilatura", "both"],
        default="copydesk",
        help="`both`: the copydesk job, then the trafilatura job, in one Spark session "
        "(Parquet under OUTPUT/copydesk and OUTPUT/trafilatura), and the ratio of their pages/s",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="with `both`: run the two jobs this many times, alternating, and compare their "
        "totals (a shared machine's load then weighs on both alike)",
    )
    parser.add_argument("--timeout", type=float, default=None, help="per-page time budget (s)")
    args = parser.parse_args(argv)

    import os

    # Spark's Python workers run this interpreter (the one with copydesk installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(args.master)
        .appName(f"extract-warc-{args.extractor}")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")

    # Warm-up: the first Parquet write of a session pays for Spark's own start (class loading,
    # code generation, Python workers); a tiny job takes it, so that it counts against neither
    # extractor.
    warm = os.path.join(args.output, "_warmup") if args.extractor == "both" else args.output
    spark.createDataFrame([("x",)], "x string").write.mode("overwrite").parquet(warm)

    extractors = ["copydesk", "trafilatura"] if args.extractor == "both" else [args.extractor]
    rounds = max(1, args.rounds) if args.extractor == "both" else 1
    totals = {name: [0, 0.0] for name in extractors}
    for _ in range(rounds):
        for name in extractors:
            output = os.path.join(args.output, name) if args.extractor == "both" else args.output
            pages, seconds = run_job(spark, args.inputs, output, name, args.timeout)
            totals[name][0] += pages
            totals[name][1] += seconds
            print(
                f"{name}: {pages} pages in {seconds:.2f} s, {pages / seconds:.1f} pages/s "
                f"({args.master}, {len(args.inputs)} files)",
                flush=True,
            )
    if len(totals) == 2:
        rate = {name: pages / seconds for name, (pages, seconds) in totals.items()}
        for name, (pages, seconds) in totals.items():
            print(f"total {name}: {pages} pages in {seconds:.2f} s, {rate[name]:.1f} pages/s", flush=True)
        print(f"copydesk/trafilatura: {rate['copydesk'] / rate['trafilatura']:.1f}x", flush=True)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
