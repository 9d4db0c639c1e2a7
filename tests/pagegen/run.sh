#!/usr/bin/env bash
# Scores the CLI on the dev pages and on generated pages (see run.py), as ./dev test does.
#   tests/pagegen/run.sh CLI SHARED
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$1
shared=$2
if [ ! -d "$shared/corpus/dev" ]; then
  echo "pagegen: no $shared/corpus/dev here: skipped"
  echo "0 passed, 0 failed"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "dev corpus (shared/eval/score.py):"
for raw in "$shared"/corpus/dev/*.raw.txt; do
  id=$(basename "$raw" .raw.txt)
  "$cli" --format json --id "$id" "$raw" > "$out/$id.json"
  printf '  %s: %s\n' "$id" "$(python3 "$shared/eval/score.py" --gold "$shared/corpus/dev/$id.gold.json" --pred "$out/$id.json" --oneline)"
done
failed=0
# The floor for the dev pages as a whole (macro overall); see run.py on floors and targets.
overall=$(python3 "$shared/eval/score.py" --gold "$shared/corpus/dev" --pred "$out" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["macro"]["overall"])')
python3 -c "import sys; sys.exit(0 if $overall >= 0.99 else 1)" && echo "  macro overall $overall (floor 0.99): ok" || { echo "  macro overall $overall (floor 0.99): BELOW"; failed=$((failed + 1)); }
python3 "$here/run.py" "$cli" "$shared" --kind reflow --pages 300 --seed 7 --keep "$out/reflow" || failed=$((failed + 1))
python3 "$here/run.py" "$cli" "$shared" --kind segment --pages 300 --seed 11 --keep "$out/segment" || failed=$((failed + 1))
# Pages of one language each, with floors of their own (run.py's ONE_LANGUAGE_FLOORS).
for lang in zh en; do
  python3 "$here/run.py" "$cli" "$shared" --kind reflow --lang "$lang" --pages 120 --seed 13 --keep "$out/reflow-$lang" || failed=$((failed + 1))
  python3 "$here/run.py" "$cli" "$shared" --kind segment --lang "$lang" --pages 120 --seed 17 --keep "$out/segment-$lang" || failed=$((failed + 1))
done
# English pages with curly quotes, apostrophes and em dashes, as papers print them
# (typography.py): held to the same floors as the same pages with straight quotes.
python3 "$here/run.py" "$cli" "$shared" --kind reflow --lang en --curly --pages 120 --seed 13 --keep "$out/reflow-en-curly" || failed=$((failed + 1))
# English pages with their heads in sentence case, as most papers set them (typography.py).
python3 "$here/run.py" "$cli" "$shared" --kind segment --lang en --sentence-case-heads --pages 120 --seed 17 --keep "$out/segment-en-sentence-case" || failed=$((failed + 1))
# Pages with their columns side by side, as pdftotext -layout prints them (sidebyside.py).
for lang in zh en; do
  for kind in reflow segment; do
    python3 "$here/run.py" "$cli" "$shared" --kind "$kind" --lang "$lang" --side-by-side --pages 120 --seed 19 --keep "$out/$kind-$lang-side-by-side" || failed=$((failed + 1))
  done
done
# Pages as copied from a web page, a block a line (webcopy.py).
for lang in zh en; do
  for kind in reflow segment; do
    python3 "$here/run.py" "$cli" "$shared" --kind "$kind" --lang "$lang" --web-copy --pages 120 --seed 23 --keep "$out/$kind-$lang-web-copy" || failed=$((failed + 1))
  done
done
# Chinese pages in traditional characters, as Hong Kong and Taiwan print them (traditional.py,
# OpenCC's tables): skipped where opencc is not installed (./dev setup installs it).
suites=17
if command -v opencc > /dev/null; then
  for kind in reflow segment; do
    python3 "$here/run.py" "$cli" "$shared" --kind "$kind" --lang zh --traditional --pages 120 --seed 27 --keep "$out/$kind-zh-traditional" || failed=$((failed + 1))
  done
  suites=19
else
  echo "pagegen --traditional: no opencc here: skipped"
fi
echo "pagegen suites: $((suites - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
