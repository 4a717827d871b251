"""examples/spark/extract_warc.py with PySpark in local mode (local[2]) on WARC files we
write: the same records as `copydesk batch` on the same files."""

import json
import os
import subprocess
import sys

from conftest import REPO, corpus_pages, require

SPARK = REPO / "examples" / "spark"
sys.path.insert(0, str(SPARK))


def test_spark_job_gives_the_records_of_copydesk_batch(tmp_path, copydesk_bin):
    require("pyspark", "pyarrow", "warcio", java=True)
    import pyarrow.parquet as pq

    from extract_warc import FIELDS
    from make_warc import write_warcs

    pages = [
        (f"https://pages.invalid/{name}", path.read_bytes())
        for name, path, is_text in corpus_pages()
        if not is_text
    ]
    warcs = write_warcs(pages, tmp_path / "gz", files=2)
    warcs += write_warcs(pages[:10], tmp_path / "plain", files=1, gzip=False)
    out = tmp_path / "articles.parquet"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    job = subprocess.run(
        [sys.executable, str(SPARK / "extract_warc.py"), *map(str, warcs),
         "--output", str(out), "--master", "local[2]"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert job.returncode == 0, job.stderr[-4000:]
    assert "pages/s" in job.stdout, job.stdout
    rows = pq.read_table(out).to_pylist()

    batch = subprocess.run(
        [copydesk_bin, "batch", *map(str, warcs), "--format", "text", "--jobs", "2"],
        capture_output=True, check=True,
    )
    records = [json.loads(line) for line in batch.stdout.splitlines()]

    assert len(rows) == len(records) == len(pages) + 10
    spark_by_id = {row["id"]: row for row in rows}
    assert len(spark_by_id) == len(rows)
    for record in records:
        row = spark_by_id[record["id"]]
        assert "error" not in record and row["error"] is None, record
        for name, _ in FIELDS:
            if name == "error":
                continue
            want = record.get(name)
            if want == []:
                want = None
            assert row[name] == want, (record["id"], name)
    assert sum(row["status"] == "article" for row in rows) > len(rows) * 0.9
