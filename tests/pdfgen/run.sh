#!/usr/bin/env bash
# Pages printed to PDF by Chromium and extracted by pdftotext (run.py), as ./dev test runs
# them: 20 pages a language, extracted the three ways, each way's macro figures held to
# floors set just under what the code measured when they were set.
#   tests/pdfgen/run.sh CLI SHARED
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$1
shared=$2
if [ ! -d "$shared/eval-sources" ]; then
  echo "pdfgen: no $shared/eval-sources here: skipped"
  echo "0 passed, 0 failed"
  exit 0
fi
# floor of (overall, article F1) by language and extraction (seed 11, 20 pages; see the README)
# (Set in the fifteenth session: zh 0.339 / 0.266, 0.367 / 0.320, 0.550 / 0.516; en 0.235 /
# 0.121, 0.337 / 0.201, 0.748 / 0.825, in that order.)
declare -A floors=(
  [zh-default]="0.33 0.25" [zh-layout]="0.35 0.30" [zh-raw]="0.53 0.50"
  [en-default]="0.22 0.11" [en-layout]="0.32 0.19" [en-raw]="0.73 0.80"
)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
checks=0
for lang in zh en; do
  python3 "$here/run.py" "$cli" "$shared" --pages 20 --seed 11 --lang "$lang" --mode all --keep "$out/$lang"
  for mode in default layout raw; do
    read -r overall article < <(python3 "$shared/eval/score.py" --gold "$out/$lang/$mode/gold" --pred "$out/$lang/$mode/pred" --json |
      python3 -c 'import json,sys; m=json.load(sys.stdin)["macro"]; print(m["overall"], m["article_f1"])')
    read -r floor_overall floor_article <<< "${floors[$lang-$mode]}"
    checks=$((checks + 1))
    if python3 -c "import sys; sys.exit(0 if $overall >= $floor_overall and $article >= $floor_article else 1)"; then
      printf '  %s %-8s overall %.4f (floor %s), article F1 %.4f (floor %s): ok\n' "$lang" "$mode" "$overall" "$floor_overall" "$article" "$floor_article"
    else
      printf '  %s %-8s overall %.4f (floor %s), article F1 %.4f (floor %s): BELOW\n' "$lang" "$mode" "$overall" "$floor_overall" "$article" "$floor_article"
      failed=$((failed + 1))
    fi
  done
done
echo "pdfgen: $((checks - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
