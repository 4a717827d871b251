#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's corpus pages (the copies are not committed).
set -euo pipefail
cd "$(dirname "$0")"
for target in extract extract_text invariants; do
  mkdir -p "corpus/$target"
done
for dir in ../corpus/*/; do
  name=$(basename "$dir")
  for file in page.html page.txt; do
    [ -f "$dir$file" ] || continue
    for target in extract invariants; do
      cp "$dir$file" "corpus/$target/$name-$file"
    done
  done
  # Text input: the expected output's lines and any plain-text page.
  for file in page.txt expected.txt; do
    [ -f "$dir$file" ] && cp "$dir$file" "corpus/extract_text/$name-$file"
  done
done
echo "seeded: $(ls corpus/extract | wc -l) extract, $(ls corpus/extract_text | wc -l) extract_text, $(ls corpus/invariants | wc -l) invariants"
exit 0
