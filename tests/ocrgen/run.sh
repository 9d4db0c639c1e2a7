#!/usr/bin/env bash
# Pages printed to PDF by Chromium, rasterised by pdftoppm and read back by tesseract (run.py),
# as ./dev test runs them: a few pages a language (OCR is slow: about 10-20 s a Chinese page on
# a loaded machine), each language's macro figures held to floors set just under what the code
# measured when they were set. Skips when ../shared or tesseract (with chi_sim and eng) is missing.
#   tests/ocrgen/run.sh CLI SHARED
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$1
shared=$2
skip() {
  echo "ocrgen: $1: skipped"
  echo "0 passed, 0 failed"
  exit 0
}
[ -d "$shared/eval-sources" ] || skip "no $shared/eval-sources here"
command -v tesseract > /dev/null || skip "no tesseract (./dev setup installs tesseract-ocr)"
langs=$(tesseract --list-langs 2>/dev/null || true)
for l in chi_sim eng; do
  grep -qx "$l" <<< "$langs" || skip "tesseract has no $l (./dev setup installs tesseract-ocr-chi-sim, -eng)"
done
# pages, then floor of (overall, article F1), by language (seed 21, 150-220 dpi, psm 3; see the README)
# (Set in the twentieth session: zh 0.475 / 0.540; English raised in the twenty-first, at its end: 0.597 / 0.464,
# article F1 held at 0.45: this branch merged on main f95912c measures 0.598 / 0.458. English
# raised in the twenty-fifth, after the stacked-heads rules, on main 711eeb2: 0.613 / 0.492.)
declare -A pages=([zh]=12 [en]=10)
# (Chinese raised in the twenty-ninth session after its OCR rules, on main 28aa971: 0.490 / 0.583.)
declare -A floors=([zh]="0.48 0.57" [en]="0.60 0.48")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
checks=0
for lang in zh en; do
  python3 "$here/run.py" "$cli" "$shared" --pages "${pages[$lang]}" --seed 21 --lang "$lang" --dpi 150,220 --psm 3 \
    --keep "$out/$lang"
  read -r overall article < <(python3 "$shared/eval/score.py" --gold "$out/$lang/psm3/gold" --pred "$out/$lang/psm3/pred" --json |
    python3 -c 'import json,sys; m=json.load(sys.stdin)["macro"]; print(m["overall"], m["article_f1"])')
  read -r floor_overall floor_article <<< "${floors[$lang]}"
  checks=$((checks + 1))
  if python3 -c "import sys; sys.exit(0 if $overall >= $floor_overall and $article >= $floor_article else 1)"; then
    printf '  %s overall %.4f (floor %s), article F1 %.4f (floor %s): ok\n' "$lang" "$overall" "$floor_overall" "$article" "$floor_article"
  else
    printf '  %s overall %.4f (floor %s), article F1 %.4f (floor %s): BELOW\n' "$lang" "$overall" "$floor_overall" "$article" "$floor_article"
    failed=$((failed + 1))
  fi
done
echo "ocrgen: $((checks - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
