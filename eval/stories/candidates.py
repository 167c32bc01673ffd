#!/usr/bin/env python3
"""Draws the candidate articles of the labelled story set (eval/stories/README.md), without Sitrep.

Reuters-21578: stories whose titles share a rare title word (in 2-6 titles of the whole collection), dated within
3 days of each other, form a candidate group; BBC (no dates): titles sharing a rare title word (in 2-4 titles) in
one category folder. Groups are drawn at random (seed 2026) and each gets one near-miss distractor: an article of the
same day (Reuters) or folder (BBC) that shares a less rare title word (in 7-60 titles) with a member but not the
group's rare word. Singletons are drawn the same way from articles that share no rare title word with any other.
Prints: group, role (member|distractor|singleton), split, file, published, title, lead (first 45 words) for reading.
Split rule (fixed before any score was seen): a group's articles are all in one half; even group numbers tune, odd check.
"""
import os, re, random, sys, collections, datetime

ROOT = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
STOP = set("""A AN THE OF TO IN ON FOR AND OR BY AT WITH FROM AS IS IT ITS BE SAYS SAID SAY NEW NOT NO UP OUT OVER
INTO AFTER BEFORE U.S. US UK ABOUT MORE LESS THAN HAS HAVE HAD WILL WOULD CAN COULD MAY SEES SEE SET GETS GET
PCT MLN BILLION DLRS DLR YEAR QTR 1ST 2ND 3RD 4TH NET SHR CTS RATE RISE RISES FALL FALLS CUT CUTS""".split())

def words(title):
    return {w for w in re.findall(r"[A-Za-z][A-Za-z.&'-]+", title.upper()) if w not in STOP and len(w) > 2}

def reuters():
    arts = []
    d = os.path.join(ROOT, "news-reuters21578")
    for f in sorted(os.listdir(d)):
        if not f.endswith(".sgm"):
            continue
        text = open(os.path.join(d, f), encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', text, re.S):
            inner = m.group(2)
            t = re.search(r"<TITLE>(.*?)</TITLE>", inner, re.S)
            b = re.search(r"<BODY>(.*?)</BODY>", inner, re.S)
            dt = re.search(r"<DATE>\s*(\d+)-([A-Z]+)-(\d{4})", inner)
            if not t or not b or not dt:
                continue
            day = datetime.datetime.strptime(f"{dt.group(1)}-{dt.group(2).title()}-{dt.group(3)}", "%d-%b-%Y").date()
            arts.append(dict(file=f"news-reuters21578/{f}#{m.group(1)}", title=re.sub(r"\s+", " ", t.group(1)).strip(),
                             body=b.group(1), day=day, where="reuters"))
    return arts

def bbc():
    arts = []
    d = os.path.join(ROOT, "news-bbc-fulltext", "bbc")
    for cat in sorted(os.listdir(d)):
        p = os.path.join(d, cat)
        if not os.path.isdir(p):
            continue
        for f in sorted(os.listdir(p)):
            lines = open(os.path.join(p, f), encoding="latin-1").read().split("\n", 1)
            arts.append(dict(file=f"news-bbc-fulltext/bbc/{cat}/{f}", title=lines[0].strip(), body=lines[1] if len(lines) > 1 else "",
                             day=None, where="bbc/" + cat))
    return arts

def groups(arts, lo, hi, window):
    df = collections.Counter(w for a in arts for w in words(a["title"]))
    by = collections.defaultdict(list)
    for i, a in enumerate(arts):
        for w in words(a["title"]):
            if lo <= df[w] <= hi:
                by[(a["where"] if a["day"] is None else "reuters", w)].append(i)
    out = []
    for (where, w), ids in sorted(by.items()):
        if len(ids) < 2:
            continue
        if window is not None:
            ids = sorted(ids, key=lambda i: arts[i]["day"])
            if (arts[ids[-1]]["day"] - arts[ids[0]]["day"]).days > window:
                continue
        out.append((w, ids))
    return out, df

def main():
    rnd = random.Random(2026)
    seen, rows, gno = set(), [], 0
    for arts, lo, hi, window, want, kind in ((reuters(), 2, 6, 3, 60, "reuters"), (bbc(), 2, 4, None, 34, "bbc")):
        gs, df = groups(arts, lo, hi, window)
        rnd.shuffle(gs)
        taken = 0
        for w, ids in gs:
            if taken >= want or any(i in seen for i in ids) or len(ids) > 6:
                continue
            # near-miss: same day / folder, shares a commoner title word with a member, not the rare word
            common = {x for i in ids for x in words(arts[i]["title"]) if 7 <= df[x] <= 60}
            near = [j for j, a in enumerate(arts) if j not in seen and j not in ids and w not in words(a["title"])
                    and (a["where"] == arts[ids[0]]["where"]) and (a["day"] is None or min(abs((a["day"] - arts[i]["day"]).days) for i in ids) <= 1)
                    and words(a["title"]) & common]
            seen.update(ids)
            split = "tune" if gno % 2 == 0 else "check"
            for i in ids:
                rows.append((gno, "member", split, arts[i]))
            if near:
                j = rnd.choice(near)
                seen.add(j)
                rows.append((gno, "distractor", split, arts[j]))
            gno += 1
            taken += 1
        # singletons: no rare title word shared with anything
        rare = {i for _, ids in gs for i in ids}
        pool = [i for i in range(len(arts)) if i not in rare and i not in seen]
        for i in rnd.sample(pool, 16 if kind == "reuters" else 10):
            seen.add(i)
            rows.append((gno, "singleton", "tune" if gno % 2 == 0 else "check", arts[i]))
            gno += 1
    # Dense days (added in session 7, after the groups above, which it leaves as they were): the Reuters days with the
    # most articles are where templated wires (money-market notes, results tables) and long developing stories meet.
    # Among days with at least 100 articles, a (day, title word) pair whose word is in 6-40 of that day's titles is a
    # candidate group (function words and bare figures aside; QTR, NET, MONEY, MARKET... count here); 8 pairs are drawn
    # at random (seed 2027), each with up to 10 of its articles (drawn at random, not taken before), read like the rest.
    rnd = random.Random(2027)
    arts = reuters()
    byday = collections.defaultdict(list)
    for i, a in enumerate(arts):
        byday[a["day"]].append(i)
    function = set("A AN THE OF TO IN ON FOR AND OR BY AT WITH FROM AS IS IT ITS BE U.S. US UK".split())
    pairs = []
    for day, ids in sorted(byday.items()):
        if len(ids) < 100:
            continue
        per = collections.defaultdict(list)
        for i in ids:
            for w in set(re.findall(r"[A-Za-z][A-Za-z.&'-]+", arts[i]["title"].upper())) - function:
                per[w].append(i)
        pairs.extend((day, w, sorted(v)) for w, v in sorted(per.items()) if 6 <= len(v) <= 40)
    rnd.shuffle(pairs)
    dense, files = 0, {a["file"] for _, _, _, a in rows}
    for day, w, ids in pairs:
        free = [i for i in ids if arts[i]["file"] not in files]
        if dense >= 8 or len(free) < 6:
            continue
        take = sorted(rnd.sample(free, min(10, len(free))))
        split = "tune" if gno % 2 == 0 else "check"
        for i in take:
            files.add(arts[i]["file"])
            rows.append((gno, "dense", split, arts[i]))
        gno += 1
        dense += 1
    for g, role, split, a in rows:
        lead = " ".join(a["body"].split()[:45])
        print("\t".join([f"g{g:03d}", role, split, a["file"], a["day"].isoformat() if a["day"] else "", a["title"], lead]))

main()
