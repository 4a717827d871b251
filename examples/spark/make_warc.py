#!/usr/bin/env python3
"""Writes HTML pages into WARC files (HTTP response records, gzip per record), for trying
and measuring `extract_warc.py`:

    python examples/spark/make_warc.py PAGES... --output-dir warcs --files 4 [--repeat N] [--plain]

PAGES are HTML files, directories of them (every *.html below, in name order), or an eval
set's manifest.jsonl (its pages and URLs). Every page becomes one `response` record whose
URL is the manifest's, or https://pages.invalid/<file name>; `--repeat N` writes every page N
times (distinct record IDs). The records are dealt round-robin into `--files` files
(`part-00000.warc.gz`...; `.warc` with `--plain`).
"""

import argparse
import io
import json
import os
import sys
import uuid


def pages_of(inputs):
    """(url, path) of every page named by the inputs."""
    for item in inputs:
        if item.endswith(".jsonl"):
            base = os.path.dirname(item)
            with open(item, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        record = json.loads(line)
                        path = os.path.join(base, record["file"])
                        yield record.get("url") or f"https://pages.invalid/{record['id']}", path
        elif os.path.isdir(item):
            found = []
            for root, _, files in os.walk(item):
                found += [os.path.join(root, n) for n in files if n.endswith((".html", ".htm"))]
            for path in sorted(found):
                rel = os.path.relpath(path, item).replace(os.sep, "/")
                yield f"https://pages.invalid/{rel}", path
        else:
            yield f"https://pages.invalid/{os.path.basename(item)}", item


def write_warcs(pages, output_dir, files=1, repeat=1, gzip=True, content_type="text/html"):
    """Writes (url, html bytes) pages into `files` WARC files; returns their paths."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    os.makedirs(output_dir, exist_ok=True)
    ext = ".warc.gz" if gzip else ".warc"
    paths = [os.path.join(output_dir, f"part-{i:05d}{ext}") for i in range(files)]
    handles = [open(p, "wb") for p in paths]
    writers = [WARCWriter(h, gzip=gzip) for h in handles]
    n = 0
    try:
        for round_ in range(repeat):
            for url, html in pages:
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
                )
                writer = writers[n % files]
                record = writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(html),
                    http_headers=http,
                    warc_headers_dict={
                        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
                        # as Common Crawl writes it; datatrove's WarcReader filters on it
                        "WARC-Identified-Payload-Type": content_type,
                    },
                )
                writer.write_record(record)
                n += 1
    finally:
        for h in handles:
            h.close()
    return paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+")
    parser.add_argument("--output-dir", required=True)
    parser.add_argument("--files", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--plain", action="store_true", help="uncompressed .warc files")
    args = parser.parse_args(argv)
    pages = []
    for url, path in pages_of(args.pages):
        with open(path, "rb") as f:
            pages.append((url, f.read()))
    paths = write_warcs(pages, args.output_dir, args.files, args.repeat, gzip=not args.plain)
    print(f"{len(pages) * args.repeat} records in {len(paths)} files under {args.output_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
