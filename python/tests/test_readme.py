"""The README's Python example runs (on a corpus page saved as page.html)."""

import re
import shutil

from conftest import CORPUS, REPO


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks and len(blocks[0].strip().splitlines()) == 3, blocks
    shutil.copy(CORPUS / "en-01-clean-article-figure" / "page.html", tmp_path / "page.html")
    monkeypatch.chdir(tmp_path)
    exec(compile(blocks[0], "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.startswith("Council backs") and len(out) > 500
