#!/usr/bin/env python3
"""Builds the lookup tables of src/Sitrep.Export/Data from the codebooks in ../shared/data (run from the repo root):

    python3 tools/export-tables.py ../shared/data

cameo-events.tsv  CAMEO event code, Goldstein scale, description   (cameo-codebook/gdeltpyr-cameoCodeTable.tsv)
countries.tsv     ISO3, CAMEO country code, FIPS 10-4, GeoNames id, name (geonames/countryInfo.txt joined with
                  cameo-codebook/gdelt-lookup-cameoCountry.txt: same code when CAMEO has the ISO3 code, else the
                  CAMEO code whose label is the country's name, else the renames listed below, else empty)
The PLOVER -> CAMEO table (plover-cameo.tsv) is written by hand; see src/Sitrep.Export/README.md.
"""
import os
import sys

# CAMEO codes whose label differs from GeoNames' country name (checked by hand against the cameoCountry lookup).
RENAMES = {"TLS": "TMP"}  # Timor-Leste: CAMEO "East Timor"


def main(data, out):
    rows = []
    with open(os.path.join(data, "cameo-codebook/gdeltpyr-cameoCodeTable.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, desc, goldstein, code2 = line.rstrip("\n").split("\t")
            assert code == code2, line
            rows.append((code, goldstein, " ".join(desc.split())))
    with open(os.path.join(out, "cameo-events.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# CAMEO event code\tGoldstein scale\tdescription (from GDELT's CAMEO code table; built by tools/export-tables.py)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    cameo = {}
    with open(os.path.join(data, "cameo-codebook/gdelt-lookup-cameoCountry.txt"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, label = line.rstrip("\n").split("\t")
            cameo[code] = label.strip()
    by_label = {v.lower(): k for k, v in cameo.items()}
    out_rows = []
    with open(os.path.join(data, "geonames/countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            iso3, fips, name, geonameid = c[1], c[3], c[4].strip(), c[16]
            code = iso3 if iso3 in cameo else by_label.get(name.lower(), RENAMES.get(iso3, ""))
            out_rows.append((iso3, code, fips, geonameid, name))
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# ISO3\tCAMEO country code (empty: CAMEO has none)\tFIPS 10-4 (empty: none)\tGeoNames id\tname (GeoNames countryInfo + GDELT cameoCountry; built by tools/export-tables.py)\n")
        for r in sorted(out_rows):
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data", "src/Sitrep.Export/Data")
