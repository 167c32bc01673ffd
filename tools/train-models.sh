#!/usr/bin/env bash
# Retrains every shipped tagging model, in order, from ../shared/data (run from the repository root):
#   lexicon (gazetteer + exchange word clusters 64/256/1024 + case profiles, ~1 minute)
#   → POS (EWT + GUM train, two passes, 3 seeds averaged, pruned to 200k rows)
#   → newslex (a one-seed NER trained in memory tags the unlabeled news; names it tags consistently join the gazetteer)
#   → NER (10 seeds averaged, POS tags from the new POS model, the gazetteer with the news names)
#   → parse (dependency parser on EWT + GUM train over jackknifed POS tags; reads the lexicon and the POS model)
#   → events (the PLOVER category model; reads the mentions the pipeline finds with the models above).
# Writes src/Sitrep.Models/Resources/{lexicon.bin.br,pos.model.br,ner.model.br,parse-moves.model.br,parse-labels.model.br,events.model.br}.
# About 12 minutes on one free core, plus about 11 for the parser (see src/Sitrep.Models/README.md).
# `tools/train-models.sh pos ner` skips the lexicon steps (the lexicon file in the repository is used as it is);
# `tools/train-models.sh newslex ner` rebuilds only the news names (any earlier ones are removed first) and NER.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(lexicon pos newslex ner parse events)
dotnet build tools/Sitrep.Train -c Release -nologo -v q
train() { nice -n 10 dotnet tools/Sitrep.Train/bin/Release/net10.0/Sitrep.Train.dll "$@"; }
for step in "${steps[@]}"; do
  case "$step" in
    lexicon) train lexicon --seed 1 ;;
    # POS: UD English-EWT train plus GUM train (tag dictionary from EWT only); the second pass's view of the first
    # pass's tags on train comes from 5-fold jackknifing. Dev is EWT dev only, never trained on.
    # Then keep the 200,000 heaviest of its ~520k weight rows (dev accuracy unchanged, loads and tags faster).
    pos) train pos --epochs 10 --seeds 3 --seed 1 --bits 21 --passes 2 --folds 5 \
           --extra ../shared/data/ud-english-gum/train.conllu
         train pos-prune --max-rows 200000 ;;
    # News names: kept when tagged 3+ times with one type in 80% of them (src/Sitrep.Models/README.md).
    newslex) train newslex --epochs 16 --seed 1 ;;
    # NER: 10 seeds averaged (see src/Sitrep.Models/README.md for the dev F1 of each seed and of the average).
    ner) train ner --epochs 12 --seeds 10 --seed 1 ;;
    # Parser: UD EWT + GUM train, tags from 5-fold POS jackknifing; dev = EWT dev, GUM dev reported as a check (never tuned on).
    parse) train parse --epochs 8 --seeds 3 --seed 1 --bits 24 --label-bits 21 --max-rows 600000 --max-label-rows 60000 \
             --folds 5 --pos-epochs 6 --prune-grid 300000/60000,1000000/60000,600000/120000 \
             --extra ../shared/data/ud-english-gum/train.conllu --check ../shared/data/ud-english-gum/dev.conllu ;;
    # Events: 5-fold CV over the PLOVER GSR dev records chose the margin (src/Sitrep.Models/README.md, "events").
    events) train events --margin 0 ;;
    *) echo "unknown step $step (lexicon, pos, newslex, ner, parse, events)" >&2; exit 2 ;;
  esac
done
