#!/usr/bin/env bash
# Retrains every shipped tagging model, in order, from ../shared/data (run from the repository root):
#   lexicon (gazetteer + word clusters + case profiles) → POS (3 seeds averaged) → NER (3 seeds averaged, POS tags from the new POS model).
# Writes src/Sitrep.Models/Resources/{lexicon.bin.br,pos.model.br,ner.model.br}. About 5 minutes on one free core.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build tools/Sitrep.Train -c Release -nologo -v q
train() { nice -n 10 dotnet tools/Sitrep.Train/bin/Release/net10.0/Sitrep.Train.dll "$@"; }
train lexicon --seed 1
train pos --epochs 10 --seeds 3 --seed 1
train ner --epochs 10 --seeds 3 --seed 1
