#!/usr/bin/env python3
"""Builds the lookup tables of src/Sitrep.Export/Data from the codebooks in ../shared/data (run from the repo root):

    python3 tools/export-tables.py ../shared/data

cameo-events.tsv  CAMEO event code, Goldstein scale, description   (cameo-codebook/gdeltpyr-cameoCodeTable.tsv)
countries.tsv     ISO3, CAMEO country code, FIPS 10-4, GeoNames id, name (geonames/countryInfo.txt joined with
                  cameo-codebook/gdelt-lookup-cameoCountry.txt: same code when CAMEO has the ISO3 code, else the
                  CAMEO code whose label is the country's name, else the renames listed below, else empty)
cameo-groups.tsv  CAMEO known-group code, label, the names it is known by: the label, the label without its bracketed
                  part, the bracketed acronym ("NATO"), the initials of the label when three letters or more and
                  no other group has them ("WHO"), and UN, EU (GROUP_ACRONYMS)          (cameo-codebook/gdelt-lookup-cameoGroup.txt)
The PLOVER -> CAMEO table (plover-cameo.tsv) is written by hand; see src/Sitrep.Export/README.md.
"""
import collections
import os
import re
import sys

# Two-letter initials are too ambiguous to derive ("AL" would be the Arab League); these are added by hand.
GROUP_ACRONYMS = {"UNO": "UN", "EEC": "EU"}

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

    groups = []
    with open(os.path.join(data, "cameo-codebook/gdelt-lookup-cameoGroup.txt"), encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            code, label = line.rstrip("\n").split("\t")
            groups.append((code, label.strip()))
    stop = {"and", "of", "the", "for", "de", "in", "on", "to"}
    initials = collections.defaultdict(list)
    names = {}
    for code, label in groups:
        main = re.sub(r"\s*\(.*?\)", "", label).strip()
        n = [label, main] + re.findall(r"\(([A-Z][A-Z0-9-]+)\)", label)
        names[code] = list(dict.fromkeys(x for x in n if "?" not in x))
        a = "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", main) if w.lower() not in stop).upper()
        if len(a) >= 3:
            initials[a].append(code)
    for a, codes in initials.items():
        if len(codes) == 1 and a not in names[codes[0]]:
            names[codes[0]].append(a)
    for code, a in GROUP_ACRONYMS.items():
        names[code].append(a)
    with open(os.path.join(out, "cameo-groups.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# CAMEO known-group code\tlabel\tnames (|-separated; GDELT cameoGroup lookup; built by tools/export-tables.py)\n")
        for code, label in groups:
            f.write(f"{code}\t{label}\t{'|'.join(names[code])}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data", "src/Sitrep.Export/Data")
