#!/usr/bin/env python3
"""Derives src/Sitrep.Core/Language/Data/agents.tsv, the agent nouns of English, from the Phoenix generic-agent
dictionary of PETRARCH-2 (run from the repo root):

    python3 tools/agent-nouns.py ../shared/data > src/Sitrep.Core/Language/Data/agents.tsv

Inputs (all under ../shared/data):
  petrarch2-dictionaries/Phoenix.agents.txt  lines "NOUN_PHRASE [{PLURALS}] [~CODE] [# comment]"; "_" joins words,
                                             !PERSON! and !MINIST! are the file's substitution sets, "{}" says the
                                             phrase takes no regular plural, "{X}" gives its plural; regular plurals
                                             are left out of the file (the reader makes them), and a few phrases end
                                             in a stem ("PORT_AUTHORIT").
  ud-english-ewt/train.conllu, ud-english-gum/train.conllu
                                             the word forms a stem is expanded to: the NOUN forms that begin with it
                                             and end in y, ry, er, e or or ("authorit" -> authority,
                                             "minist" -> minister, ministry), when the stem is no noun form itself.
  ud-english-gum/train.conllu                the kind of each head noun: GUM marks entities (person, organization…);
                                             a noun that heads more person than organization entities names people
                                             (kind "people"), else a body (kind "body"); a noun GUM has too few of
                                             is read by its ending (-er, -or, -ist, -man … name people).
The rows of OURS are the event reader's actor words that Phoenix lacks (they were a list in ActorWords.cs), marked
"ours" in the last column.
"""
import collections
import os
import re
import sys

# The actor words the event reader had in code (Events/ActorWords.cs) that Phoenix has no entry for, with the code
# they would take in Phoenix's scheme. Written for Sitrep.
OURS = {
    "policeman": "COP", "troops": "MIL", "forces": "MIL", "marine": "MIL", "fighter": "REB", "militiaman": "REB",
    "attacker": "UAF", "bomber": "UAF", "jihadist": "REB", "secessionist": "REB", "protestor": "OPP",
    "striker": "LAB", "crowd": "CVL", "mob": "CVL", "union": "LAB", "miner": "LAB", "villager": "CVL",
    "detainee": "CVL", "hostage": "CVL", "settler": "CVL", "tribesman": "CVL", "official": "GOV", "ministry": "GOV",
    "minister": "GOV", "president": "GOV", "premier": "GOV", "legislature": "LEG", "lawmaker": "LEG",
    "legislator": "LEG", "senate": "LEG", "congress": "LEG", "regime": "GOV", "prosecutor": "JUD",
    "investigator": "COP", "inspector": "GOV", "diplomat": "GOV", "envoy": "GOV", "negotiator": "GOV",
    "mediator": "GOV", "delegation": "GOV", "peacekeeper": "MIL", "monitor": "IGO", "observer": "IGO",
    "guard": "MIL", "security": "COP", "leader": "GOV", "chief": "GOV", "commander": "MIL", "spokesman": "GOV",
    "spokeswoman": "GOV", "party": "PTY", "coalition": "GOV", "alliance": "GOV", "embassy": "GOV", "state": "GOV",
    "nation": "GOV", "country": "GOV", "administration": "GOV", "agency": "GOV", "council": "GOV",
    "assembly": "LEG", "group": "CVL", "faction": "OPP", "organization": "NGO", "organisation": "NGO",
    "movement": "OPP", "association": "CVL", "front": "REB", "network": "CVL", "forum": "CVL", "bloc": "GOV",
    "body": "GOV", "authorities": "GOV", "court": "JUD", "military": "MIL", "militia": "REB", "militant": "UAF",
    "insurgent": "REB", "extremist": "RAD", "activist": "OPP", "rioter": "OPP", "doctor": "HLH", "teacher": "EDU",
    "refugee": "REF", "prisoner": "CVL", "opposition": "OPP", "dissident": "OPP", "cabinet": "GOV",
    "judge": "JUD", "ambassador": "GOV", "monitors": "IGO",
}

# What a stem may grow by to a noun ("authorit" -> "authority", "minist" -> "minister", "ministry").
STEM_ENDINGS = {"y", "ry", "er", "e", "or"}

# Nouns that take no "s" plural in news English or are plural already.
NO_PLURAL = {"police", "people", "security", "military", "troops", "forces", "authorities", "monitors", "personnel",
             "clergy", "staff", "public", "youth", "media", "press", "intelligence", "opposition"}

PEOPLE_ENDINGS = ("er", "or", "ist", "man", "men", "woman", "person", "ian", "ant", "ee", "ive", "eur", "ic",
                  "crat", "arch", "ent", "ard", "ite", "ner")
BODY_ENDINGS = ("ment", "ion", "ry", "ty", "cy", "ce", "ship", "hood", "ate", "ure", "ency", "ancy", "ia", "ity",
                "ism", "ism", "age", "ing")


def plural(noun):
    words = noun.split(" ")
    w = words[-1]
    if w in NO_PLURAL or w.endswith("men") or w.endswith("people"):
        return "-"
    if w.endswith("man"):
        p = w[:-3] + "men"
    elif w.endswith("person"):
        p = w[:-6] + "people"
    elif re.search(r"[^aeiou]y$", w):
        p = w[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", w):
        p = w + "es"
    else:
        p = w + "s"
    return " ".join(words[:-1] + [p])


def conllu(path):
    """Sentences of (form, lemma, upos, head, misc) rows."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            sent.append((cols[1], cols[2], cols[3], int(cols[6]) if cols[6].isdigit() else 0, cols[9]))
    if sent:
        yield sent


def word_forms(data):
    """Every lower-case word form of the two treebanks -> the set of its UPOS tags."""
    forms = collections.defaultdict(set)
    for name in ("ud-english-ewt/train.conllu", "ud-english-gum/train.conllu"):
        for sent in conllu(os.path.join(data, name)):
            for form, _, upos, _, _ in sent:
                forms[form.lower()].add(upos)
    return forms


def gum_kinds(data):
    """lemma of an entity's head noun -> Counter of GUM entity types."""
    kinds = collections.defaultdict(collections.Counter)
    for sent in conllu(os.path.join(data, "ud-english-gum/train.conllu")):
        open_spans = {}
        spans = []
        for i, (_, _, _, _, misc) in enumerate(sent, 1):
            m = re.search(r"Entity=([^|]*)", misc)
            if not m:
                continue
            # Walk the value: "(ID-type-…" opens, a ")" right after an opening's attributes closes it, "ID)" closes.
            value = m.group(1)
            pos = 0
            while pos < len(value):
                if value[pos] == "(":
                    j = pos + 1
                    while j < len(value) and value[j] not in "()":
                        j += 1
                    attrs = value[pos + 1:j].split("-")
                    eid, etype = attrs[0], attrs[1] if len(attrs) > 1 else ""
                    if j < len(value) and value[j] == ")":
                        spans.append((i, i, etype))
                        j += 1
                    else:
                        open_spans.setdefault(eid, []).append((i, etype))
                    pos = j
                else:
                    j = pos
                    while j < len(value) and value[j].isdigit():
                        j += 1
                    eid = value[pos:j]
                    if j < len(value) and value[j] == ")" and open_spans.get(eid):
                        start, etype = open_spans[eid].pop()
                        spans.append((start, i, etype))
                    pos = j + 1
        for start, end, etype in spans:
            for k in range(start, end + 1):
                _, lemma, upos, head, _ = sent[k - 1]
                if not (start <= head <= end) and upos == "NOUN":
                    kinds[lemma.lower()][etype] += 1
                    break
    return kinds


def kind_of(noun, kinds):
    head = noun.split(" ")[-1]
    singular = head[:-1] if head.endswith("s") and head[:-1] in kinds else head
    c = kinds.get(singular) or kinds.get(head)
    if c and c["person"] + c["organization"] >= 3:
        return "people" if c["person"] > c["organization"] else "body"
    if head.endswith(BODY_ENDINGS) and not head.endswith(("ian", "ant", "ent")):
        return "body"
    return "people" if head.endswith(PEOPLE_ENDINGS) else "body"


def expand_macros(entry, sets):
    """Every phrase an entry stands for, its words joined by spaces."""
    out = [entry]
    for name, values in sets.items():
        nxt = []
        for e in out:
            if "!" + name + "!" in e:
                for v in values:
                    nxt.append(e.replace("!" + name + "!", v))
            else:
                nxt.append(e)
        out = nxt
    return [re.sub(r"[_ ]+", " ", e).strip().lower() for e in out]


def main(data):
    path = os.path.join(data, "petrarch2-dictionaries/Phoenix.agents.txt")
    forms = word_forms(data)
    kinds = gum_kinds(data)
    sets = {}
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.match(r"!([A-Z]+)!\s*=\s*(.*)$", line)
            if m:
                sets[m.group(1)] = [v.strip() for v in m.group(2).split(",")]
                continue
            m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]\s*$", line)
            if not m:
                continue  # a phrase without a code
            entry, plurals, code = m.group(1), m.group(2), m.group(3)[:3]
            given = [p for p in re.split(r"[{} ]+", plurals or "") if p]
            for noun in expand_macros(entry, sets):
                if not noun or not re.match(r"^[a-z][a-z' .-]*$", noun):
                    continue
                words = noun.split(" ")
                last = words[-1]
                stems = [noun]
                source = "phoenix"
                if forms.get(last, set()) & {"ADP", "DET", "CCONJ", "SCONJ", "PART"}:
                    continue  # a phrase cut before its object ("ambassador at", "central jail of")
                if last not in forms and len(last) >= 4:
                    grown = sorted(w for w, tags in forms.items() if "NOUN" in tags and w.startswith(last)
                                   and w[len(last):] in STEM_ENDINGS)
                    if grown:
                        stems = [" ".join(words[:-1] + [w]) for w in grown]
                        source = "phoenix-stem"
                for n in stems:
                    if plurals is not None:
                        pl = " ".join(w.lower() for w in given[0].split("_")) if given else "-"
                    else:
                        pl = plural(n)
                    if n in rows:
                        continue
                    rows[n] = (pl, code, kind_of(n, kinds), source)
    # A Phoenix phrase whose plural is another phrase's noun ("women" of "woman") keeps one row.
    plural_of = {r[0] for r in rows.values()}
    for noun in list(rows):
        if noun in plural_of and rows[noun][0] == "-" and any(r[0] == noun for n, r in rows.items() if n != noun):
            del rows[noun]
    for noun, code in OURS.items():
        if noun in rows or any(r[0] == noun for r in rows.values()):
            continue
        rows[noun] = (plural(noun), code, kind_of(noun, kinds), "ours")

    out = sys.stdout
    out.write("# Agent nouns of English: the nouns and noun phrases that name a kind of political actor without naming\n")
    out.write("# one (\"police\", \"three Appeal Court judges\", \"private banks\"). Made by tools/agent-nouns.py from the\n")
    out.write("# Phoenix generic-agent dictionary of PETRARCH-2 (Phoenix.agents.txt, (c) 2014 Open Event Data Alliance, MIT\n")
    out.write("# licence) and the UD EWT and GUM train sets; do not edit by hand, edit the script's OURS. Read by\n")
    out.write("# Language/AgentNouns.cs. The line after these comments names the columns:\n")
    out.write("#   noun    the singular, lower case, words separated by one space (\"trade union\", \"riot police\")\n")
    out.write("#   plural  its plural, or - when it takes none (\"police\", \"people\")\n")
    out.write("#   code    the Phoenix agent code (three letters of CAMEO's: COP police, JUD judiciary, GOV government,\n")
    out.write("#           MIL military, OPP opposition, LAB labour, BUS business, EDU education, REB rebels, MED media,\n")
    out.write("#           REF refugees, CVL civilians, PPL people, …); the first of a combined code (GOVMIL -> GOV)\n")
    out.write("#   kind    people: names persons (students, judges, workers: a group of people); body: an institution or\n")
    out.write("#           collective (police, government, court, union, bank) — from GUM's entity types of the noun\n")
    out.write("#   from    phoenix (an entry), phoenix-stem (an entry ending in a stem, grown to the noun forms of\n")
    out.write("#           UD EWT + GUM that begin with it), ours (an actor word of Sitrep's that Phoenix lacks)\n")
    out.write("noun\tplural\tcode\tkind\tfrom\n")
    for noun in sorted(rows):
        pl, code, kind, source = rows[noun]
        out.write(f"{noun}\t{pl}\t{code}\t{kind}\t{source}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
