#!/usr/bin/env python3
"""Agreement between two readings of the same articles (does not run Sitrep).

usage: python3 eval/articles/agree.py FIRST_DIR SECOND_DIR [--list] [--data DATA_DIR]   (default ../shared/data)

Each DIR holds readings in the format of eval/articles (NAME.json); the readings present in both are compared, name
by name: quotes and speakers, then events and places where either reading has any (the last lines).

Quotes. Quotes are matched one to one by their text: after the scorer's
normalisation (curly marks straightened, white space collapsed, outer punctuation trimmed, lower case), a pair
matches when one text contains the other; pairs are taken longest overlap first. "Same span" counts the matched pairs
whose shorter text is at least 0.8 of the longer (the scorer's threshold for a quote found). A quote of one reading
that matches only an optional quote of the other is counted apart ("quote vs optional"), not as one-sided.
Speaker agreement on a matched pair: the two lists of accepted names share a name (normalised the same way).

Events. Each event's `evidence_contains` is found in the article as a reader sees it (check.py's `article_text`,
white space collapsed; first occurrence) and given the sentence it falls in (a sentence ends at . ! or ? followed by
space and a capital or quotation mark, or at a line break). Events of the two readings pair one to one within a
sentence, same category first, then nearest. An event of one reading that pairs only with an optional event of the
other is counted apart. Then each reading is scored as if it were a system against the other with score_article.py's
rules for sides: a side is right when the reference lists no name for it or the two lists share a name (names and
country codes normalised as above); an event is found when it pairs with one of the same category.

Places. A place of one reading matches one of the other when their names and mentions share a name; the country
agrees when both give the same ISO3 code.

--list prints every quote of one side only, every optional pairing and every pair whose speakers share no name, and
the same for events (one side only, other category, sides that differ) and places.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402  (article_text: the article as a reader sees it)


def norm(s):
    s = (s or "").translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" \"'.,;:").lower()


def overlap(a, b):
    a, b = norm(a), norm(b)
    if not a or not b or not (a in b or b in a):
        return 0.0
    return min(len(a), len(b)) / max(len(a), len(b))


def pair(xs, ys):
    """One-to-one matches between two lists of texts (greedy, largest overlap first): list of (i, j, overlap)."""
    cands = sorted(((overlap(x, y), i, j) for i, x in enumerate(xs) for j, y in enumerate(ys)), reverse=True)
    used_i, used_j, out = set(), set(), []
    for o, i, j in cands:
        if o > 0 and i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j, o))
    return out


SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"'\u201c\u2018])|\n")


def sentence_starts(text):
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def place_event(text, starts, ev):
    """(sentence index, offset) of the event's evidence phrase in the text, or None when it is not there."""
    at = text.find(check.squash(ev.get("evidence_contains") or "").strip())
    if at < 0:
        return None
    k = max(i for i, s0 in enumerate(starts) if s0 <= at)
    return k, at


def names_of(side):
    return {norm(s) for s in side or [] if s}


def sides_right(ref, sys_ev):
    """score_article.py's rule: (source right, target right) of sys_ev against ref."""
    ok = []
    for key in ("source", "target"):
        want = names_of(ref.get(key))
        ok.append(not want or bool(want & names_of(sys_ev.get(key))))
    return tuple(ok)


def compare_quotes(name, a, b, show):
    qa, qb = a.get("quotes", []), b.get("quotes", [])
    matches = pair([q["text"] for q in qa], [q["text"] for q in qb])
    c = dict(both=len(matches), same_span=sum(o >= 0.8 for _, _, o in matches), spk=0)
    for i, j, o in matches:
        sa, sb = {norm(s) for s in qa[i]["speaker"]}, {norm(s) for s in qb[j]["speaker"]}
        if sa & sb:
            c["spk"] += 1
        elif show:
            print(f"{name}: speakers differ on {qa[i]['text'][:60]!r}: {qa[i]['speaker']} | {qb[j]['speaker']}")
        if show and o < 0.8:
            print(f"{name}: spans differ ({o:.2f}): {qa[i]['text'][:70]!r} | {qb[j]['text'][:70]!r}")
    rest_a = [q for i, q in enumerate(qa) if i not in {m[0] for m in matches}]
    rest_b = [q for j, q in enumerate(qb) if j not in {m[1] for m in matches}]
    opt_a = [q["text"] for q in a.get("quotes_optional", [])]
    opt_b = [q["text"] for q in b.get("quotes_optional", [])]
    for side, rest, other_opt, key_only, key_opt in ((1, rest_a, opt_b, "only1", "opt1"), (2, rest_b, opt_a, "only2", "opt2")):
        c[key_only] = c[key_opt] = 0
        for q in rest:
            if any(overlap(q["text"], t) > 0 for t in other_opt):
                c[key_opt] += 1
                if show:
                    print(f"{name}: reading {side}'s quote is optional in the other: {q['text'][:70]!r}")
            else:
                c[key_only] += 1
                if show:
                    print(f"{name}: only reading {side}: {q['text'][:70]!r} {q['speaker']}")
    return c


def compare_events(name, text, a, b, show):
    """Counts for the events of two readings of one article (see the docstring)."""
    starts = sentence_starts(text)
    evs = []
    for side, r in ((1, a), (2, b)):
        placed = []
        for ev in r.get("events", []):
            where = place_event(text, starts, ev)
            if where is None:
                print(f"{name}: reading {side}'s evidence not found: {ev.get('evidence_contains')!r}")
                continue
            placed.append((ev, where))
        evs.append(placed)
    ea, eb = evs
    cands = sorted((ev_a["type"] != ev_b["type"], abs(wa[1] - wb[1]), i, j)
                   for i, (ev_a, wa) in enumerate(ea) for j, (ev_b, wb) in enumerate(eb) if wa[0] == wb[0])
    used_a, used_b, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((ea[i][0], eb[j][0]))
    c = dict(n1=sum(not e.get("optional") for e, _ in ea), n2=sum(not e.get("optional") for e, _ in eb),
             same=0, other=0, vs_opt=0, found12=0, args12=0, found21=0, args21=0, src=0, tgt=0, only1=0, only2=0)
    for x, y in pairs:
        if x.get("optional") and y.get("optional"):
            continue
        if x.get("optional") or y.get("optional"):
            c["vs_opt"] += 1
            continue
        if x["type"] != y["type"]:
            c["other"] += 1
            if show:
                print(f"{name}: categories differ at {x['evidence_contains']!r}/{y['evidence_contains']!r}: {x['type']} | {y['type']}")
            continue
        c["same"] += 1
        s12, t12 = sides_right(x, y)   # the second reading as a system, the first as the reference
        s21, t21 = sides_right(y, x)
        c["src"] += s12 and s21
        c["tgt"] += t12 and t21
        c["args12"] += s12 and t12
        c["args21"] += s21 and t21
        if show and not (s12 and t12 and s21 and t21):
            print(f"{name}: {x['type']} {x['evidence_contains']!r}: source {x.get('source')} | {y.get('source')}; "
                  f"target {x.get('target')} | {y.get('target')}")
    c["found12"] = c["found21"] = c["same"]
    paired_a = {id(x) for x, _ in pairs}
    paired_b = {id(y) for _, y in pairs}
    for side, placed, paired, key in ((1, ea, paired_a, "only1"), (2, eb, paired_b, "only2")):
        for e, _ in placed:
            if not e.get("optional") and id(e) not in paired:
                c[key] += 1
                if show:
                    print(f"{name}: only reading {side}: {e['type']} {e['evidence_contains']!r}")
    return c


def compare_places(name, a, b, show):
    pa, pb = a.get("places", []), b.get("places", [])

    def names(p):
        return {norm(p.get("name"))} | {norm(m) for m in p.get("mentions", []) or []}

    used, c = set(), dict(p1=len(pa), p2=len(pb), both=0, country=0)
    for x in pa:
        j = next((j for j, y in enumerate(pb) if j not in used and names(x) & names(y)), None)
        if j is None:
            if show:
                print(f"{name}: place only in reading 1: {x.get('name')!r}")
            continue
        used.add(j)
        c["both"] += 1
        if (x.get("country") or "") == (pb[j].get("country") or ""):
            c["country"] += 1
        elif show:
            print(f"{name}: countries differ for {x.get('name')!r}: {x.get('country')} | {pb[j].get('country')}")
    if show:
        for j, y in enumerate(pb):
            if j not in used:
                print(f"{name}: place only in reading 2: {y.get('name')!r}")
    return c


def ratio(a, b):
    return f"{a / b:.2f}" if b else "-"


def main():
    argv = sys.argv[1:]
    data = "../shared/data"
    if "--data" in argv:
        i = argv.index("--data")
        data = argv[i + 1]
        del argv[i:i + 2]
    show = "--list" in argv
    argv = [x for x in argv if x != "--list"]
    if len(argv) != 2:
        sys.exit(__doc__)
    first, second = argv
    names = sorted(set(os.path.basename(f) for f in glob.glob(os.path.join(first, "*.json")))
                   & set(os.path.basename(f) for f in glob.glob(os.path.join(second, "*.json"))))
    tot = dict(both=0, same_span=0, only1=0, only2=0, opt1=0, opt2=0, spk=0)
    etot, ptot = {}, {}
    for name in names:
        a = json.load(open(os.path.join(first, name), encoding="utf-8"))
        b = json.load(open(os.path.join(second, name), encoding="utf-8"))
        c = compare_quotes(name, a, b, show)
        for k in tot:
            tot[k] += c[k]
        print(f"{name}: both {c['both']} (same span {c['same_span']}), only first {c['only1']}, only second "
              f"{c['only2']}, quote vs optional {c['opt1']}/{c['opt2']}, speaker agrees {c['spk']}/{c['both']}")
        if a.get("events") or b.get("events"):
            text = check.squash(check.article_text(data, a["file"]))
            e = compare_events(name, text, a, b, show)
            for k, v in e.items():
                etot[k] = etot.get(k, 0) + v
        if a.get("places") or b.get("places"):
            for k, v in compare_places(name, a, b, show).items():
                ptot[k] = ptot.get(k, 0) + v
    n1 = tot["both"] + tot["only1"] + tot["opt1"]
    n2 = tot["both"] + tot["only2"] + tot["opt2"]
    if etot:
        e = etot
        print(f"events: first {e['n1']}, second {e['n2']} (optional not counted); same category {e['same']}, other "
              f"category {e['other']}, one side optional {e['vs_opt']}, only first {e['only1']}, only second {e['only2']}; "
              f"of the same-category pairs, source agrees {e['src']}, target agrees {e['tgt']}; second scored against "
              f"first: R={ratio(e['found12'], e['n1'])} args={ratio(e['args12'], e['n1'])}; first against second: "
              f"R={ratio(e['found21'], e['n2'])} args={ratio(e['args21'], e['n2'])}")
    if ptot:
        p = ptot
        print(f"places: first {p['p1']}, second {p['p2']}, both {p['both']}, country agrees {p['country']}/{p['both']}")
    print(f"{len(names)} readings: first {n1} quotes, second {n2}; both {tot['both']} (same span {tot['same_span']}), "
          f"only first {tot['only1']}, only second {tot['only2']}, quote in one and optional in the other "
          f"{tot['opt1']}/{tot['opt2']}; speaker agrees {tot['spk']}/{tot['both']}"
          + (f" ({tot['spk'] / tot['both']:.2f})" if tot["both"] else ""))


if __name__ == "__main__":
    main()
