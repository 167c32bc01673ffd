#!/usr/bin/env bash
# Builds src/Sitrep.Report/Data/world.tsv.gz, the briefing map's country outlines, from the world-atlas npm package
# (Natural Earth 1:50m admin-0 countries as TopoJSON, public domain). Run from the repository root; needs npm and dotnet.
set -euo pipefail
version="${WORLD_ATLAS_VERSION:-2.0.2}"
tolerance="${ATLAS_TOLERANCE:-0.05}"
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
dotnet run --project "$root/tools/Sitrep.DataBuild" -c Release -- atlas "$work/package/countries-50m.json" \
  "$root/src/Sitrep.Report/Data/world.tsv.gz" --tolerance "$tolerance"
