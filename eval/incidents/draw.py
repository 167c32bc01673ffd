#!/usr/bin/env python3
"""Draws incidents of two or more sources from a Sitrep SQLite store to be read by hand (see README.md).

usage: python3 eval/incidents/draw.py STORE.db [--split tune|check|all] [--n 60] [--seed 9] [--dump]

Rule: the candidates are every row of `incidents` with sources >= 2, sorted by incident id (the lowest report key,
document id / event id). The split is by the id: FNV-1a (64-bit) of the incident id, even -> tune, odd -> check, so an
incident that keeps its id in a store made by other code (after a fix) stays in its half, and the check half drawn from
the new store holds no incident read while tuning. random.Random(SEED).sample(half, n/2) draws each half. Nothing but
the incident ids and the source count enters the rule.

Without --dump it prints one line per drawn incident (split, position, incident, sources, reports, type); with --dump
it prints each incident's reports: document, date, title, category, actors, place, time, and the sentence around the
event's evidence, for reading.
"""
import argparse
import random
import sqlite3

SEED = 9


def fnv1a(text):
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def draw(db, n, seed):
    ids = [r[0] for r in db.execute("SELECT incident FROM incidents WHERE sources >= 2 ORDER BY incident")]
    out = []
    for split, parity in (("tune", 0), ("check", 1)):
        half = [i for i in ids if fnv1a(i) % 2 == parity]
        picked = random.Random(seed).sample(half, min(n // 2, len(half)))
        out += [(split, k + 1, inc) for k, inc in enumerate(picked)]
    return out


def context(text, start, end, width=220):
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    # widen to sentence-ish bounds
    s = text.rfind(". ", lo, start)
    lo = s + 2 if s >= 0 else lo
    e = text.find(". ", end, hi)
    hi = e + 1 if e >= 0 else hi
    return (text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).replace("\n", " ")


def dump(db, split, pos, inc):
    row = db.execute("SELECT type, sources, reports, first_date, last_date FROM incidents WHERE incident = ?", (inc,)).fetchone()
    print(f"=== {split} #{pos} {inc}  type={row[0]} sources={row[1]} reports={row[2]} {row[3]}..{row[4]}")
    q = """SELECT r.doc_id, d.date, d.title, r.type, r.source_name, r.source_identity, r.target_name, r.target_identity,
                  r.place_name, r.place_country, e.when_value, r.stated_day, r.figures, r.span_start, r.span_end, d.text
           FROM incident_reports r JOIN documents d ON d.doc_id = r.doc_id LEFT JOIN events e ON e.doc_id = r.doc_id AND e.event_id = r.event_id
           WHERE r.incident = ? ORDER BY d.date, r.doc_id, r.span_start"""
    for (doc, date, title, typ, sn, si, tn, ti, pn, pc, when, stated, figs, a, b, text) in db.execute(q, (inc,)):
        print(f"  - {doc} {date} | {title}")
        print(f"    {typ} src={sn} ({si}) tgt={tn} ({ti}) place={pn}/{pc} when={when} figures={figs}")
        print(f"    {context(text, a, b)}")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--split", default="all", choices=["tune", "check", "all"])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--dump", action="store_true")
    a = ap.parse_args()
    db = sqlite3.connect(a.store)
    for split, pos, inc in draw(db, a.n, a.seed):
        if a.split != "all" and split != a.split:
            continue
        if a.dump:
            dump(db, split, pos, inc)
        else:
            s, r, t = db.execute("SELECT sources, reports, type FROM incidents WHERE incident = ?", (inc,)).fetchone()
            print(f"{split}\t{pos}\t{inc}\t{s}\t{r}\t{t}")


if __name__ == "__main__":
    main()
