#!/usr/bin/env bash
# Makes the subset fonts embedded in CpdTracker.Reports. Skia's PDF backend embeds whole font files,
# so we subset ahead of time to the characters our documents print (English and te reo Māori names).
# Needs: apt-get install -y fonttools fonts-noto-core   (Debian 12: fonttools 4.38, fonts-noto-core 20201225)
set -euo pipefail

src=/usr/share/fonts/truetype/noto
out="$(cd "$(dirname "$0")/../.." && pwd)/src/CpdTracker.Reports/Fonts"

# Basic Latin, Latin-1 Supplement, Latin Extended-A (macrons ā ē ī ō ū), General Punctuation, → and −.
unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+2010-2027,U+2030-203A,U+2192,U+2212"

for style in Regular Bold; do
    pyftsubset "$src/NotoSans-$style.ttf" \
        --unicodes="$unicodes" \
        --output-file="$out/NotoSans-$style.subset.ttf" \
        --no-hinting \
        --layout-features='' \
        --drop-tables+=GSUB,GPOS,GDEF,DSIG \
        --name-IDs='*' \
        --name-languages='*' \
        --notdef-outline
done

# Arrows and a few math signs the credit explanations use ("90 min → 1.5 h"); Noto Sans lacks them.
pyftsubset "$src/NotoSansMath-Regular.ttf" \
    --unicodes="U+2190-2199,U+2212,U+2260,U+2264,U+2265,U+00D7,U+0020" \
    --output-file="$out/NotoSansMath-Regular.subset.ttf" \
    --no-hinting \
    --layout-features='' \
    --drop-tables+=GSUB,GPOS,GDEF,DSIG,MATH \
    --name-IDs='*' \
    --name-languages='*' \
    --notdef-outline

ls -l "$out"/*.ttf
