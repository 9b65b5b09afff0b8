"""FORMAT.md read and applied independently of stageplan, for the peers of the bench.

Reads an instance folder (the CSV files of FORMAT.md section 1 and the model TOML of
section 2) and gives the eligible (student, WPB) pairs of rules 1-4 and 7, their cost
(section 3) and the capacities of rules 5 and 6. Written from FORMAT.md alone: it shares
no code with stageplan, so that agreeing objectives mean something.
"""

import argparse
import csv
import io
import json
import math
import os
import time
import tomllib

DAYS = {"ma": 0, "mon": 0, "di": 1, "tue": 1, "wo": 2, "wed": 2, "do": 3, "thu": 3, "vr": 4, "fri": 4}
TRUE = {"ja", "yes", "true", "1", "j", "y"}


def read_table(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    header = text.splitlines()[0] if text else ""
    delim = ";" if header.count(";") > header.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    names = [h.strip().lower() for h in rows[0]]
    out = []
    for r in rows[1:]:
        cells = [c.strip() for c in r]
        if not any(cells):
            continue
        out.append({n: (cells[i] if i < len(cells) else "") for i, n in enumerate(names)})
    return out, delim == ";"


def number(text, comma):
    return float(text.replace(",", ".") if comma else text)


def items(text):
    return [x.strip() for x in text.split("|") if x.strip()]


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def load(folder, model_path):
    path = model_path or os.path.join(folder, "model.toml")
    if not os.path.exists(path):
        path = os.path.join(os.path.dirname(__file__), "..", "..", "models", "hos.toml")
    model = tomllib.load(open(path, "rb"))
    tracks = {t["id"]: t for t in model["tracks"]}
    schools, sc = read_table(os.path.join(folder, "schools.csv"))
    wpbs, wc = read_table(os.path.join(folder, "supervisors.csv"))
    students, stc = read_table(os.path.join(folder, "students.csv"))
    school_ix = {s["school_id"]: i for i, s in enumerate(schools)}
    travel = {}
    tpath = os.path.join(folder, "travel.csv")
    if os.path.exists(tpath):
        rows, tc = read_table(tpath)
        for r in rows:
            # An empty minutes cell is "no journey": out of reach whatever the limit.
            m = r.get("minutes", "")
            travel[(r["student_id"], r["school_id"])] = number(m, tc) if m else math.inf

    def loc(r):
        if r.get("lat") and r.get("lon"):
            return (float(r["lat"].replace(",", ".")), float(r["lon"].replace(",", ".")))
        return None

    for s in schools:
        s["_types"] = set(items(s["types"].lower()))
        s["_loc"] = loc(s)
        s["_max"] = int(number(s["max_students"], sc)) if s.get("max_students") else None
        s["_hours"] = number(s["so_hours"], sc) if s.get("so_hours") else None
    for w in wpbs:
        w["_subjects"] = set(items(w["subjects"].lower()))
        w["_days"] = {DAYS[d.lower()] for d in items(w["days"])}
        w["_max"] = int(number(w["max_students"], wc)) if w.get("max_students") else 1
        w["_hours"] = number(w["max_hours"], wc) if w.get("max_hours") else None
        w["_certified"] = (w.get("certified") or "ja").lower() in TRUE
        w["_school"] = school_ix[w["school_id"]]
    return model, tracks, schools, wpbs, students, travel, stc, loc


def problem(folder, model_path=None):
    """Everything a solver needs: pairs with costs, capacities, groups, pins."""
    model, tracks, schools, wpbs, students, travel, stc, loc = load(folder, model_path)
    weights = model["weights"]
    limit = model.get("travel_limit_minutes")
    different = model.get("different_school_than_previous", True)
    wpb_ix = {w["wpb_id"]: i for i, w in enumerate(wpbs)}
    by_id = {x["school_id"]: x for x in schools}
    pairs = []  # (s, w, cost)
    for si, st in enumerate(students):
        t = tracks[st["track"]]
        days = {DAYS[d.lower()] for d in t["days"]}
        subject = st["subject"].lower()
        prev_list = items(st.get("previous_schools", ""))
        prev = prev_list[-1] if prev_list else None
        prefs = items(st.get("preferences", ""))
        excluded = set(items(st.get("excluded_schools", "")))
        paid = st.get("paid_school") or None
        fte = number(st["paid_fte"], stc) if st.get("paid_fte") else None
        accepted = (paid is not None and fte is not None and t.get("paid_max_fte", 0) > 0
                    and t.get("paid_min_fte", 0) <= fte <= t.get("paid_max_fte", 0))
        pin = st.get("pinned_wpb") or None
        home = loc(st)
        ptypes = by_id[prev]["_types"] if prev in by_id else set()
        for wi, w in enumerate(wpbs):
            c = schools[w["_school"]]
            cid = c["school_id"]
            minutes = travel.get((st["student_id"], cid))
            if minutes is None and home and c["_loc"]:
                minutes = round(10 + 2 * km(home, c["_loc"]))
            if pin is not None:
                ok = wpb_ix.get(pin) == wi
            else:
                ok = (minutes != math.inf
                      and subject in w["_subjects"] and days <= w["_days"]
                      and not (different and prev == cid) and cid not in excluded
                      and (not accepted or cid == paid)
                      and (limit is None or (accepted and cid == paid)
                           or (minutes is not None and minutes <= limit)))
            if not ok:
                continue
            cost = weights["travel_minute"] * (minutes if minutes not in (None, math.inf) else 0.0)
            if ptypes & c["_types"]:
                cost += weights["same_type_as_previous"]
            if prefs:
                cost += (weights["preference_rank"] * prefs.index(cid) if cid in prefs
                         else weights["preference_unlisted"])
            if not w["_certified"]:
                cost += weights["uncertified_wpb"]
            pairs.append((si, wi, cost))
    groups = {}
    for si, st in enumerate(students):
        if st.get("group"):
            groups.setdefault(st["group"], []).append(si)
    return {
        "students": students, "wpbs": wpbs, "schools": schools, "tracks": tracks,
        "pairs": pairs, "groups": list(groups.values()), "weights": weights,
        "pinned": {si for si, st in enumerate(students) if st.get("pinned_wpb")},
    }


def add_rules(p, x, add, amount=lambda v: v):
    """Writes rules 5, 6, 8 and 9 over the pair variables `x` with `add(constraint)`;
    rules 1-4 and 7 are in which pairs exist. `amount` turns hours into the solver's
    numbers (CP-SAT needs whole numbers)."""
    students, wpbs, schools, tracks = p["students"], p["wpbs"], p["schools"], p["tracks"]
    by_student, by_wpb, by_school, at_school = {}, {}, {}, {}
    for (s, w), v in x.items():
        by_student.setdefault(s, []).append(v)
        by_wpb.setdefault(w, []).append((s, v))
        by_school.setdefault(wpbs[w]["_school"], []).append((s, v))
        at_school.setdefault((s, wpbs[w]["_school"]), []).append(v)
    for s, vs in by_student.items():
        add(sum(vs) == 1 if s in p["pinned"] else sum(vs) <= 1)
    hours = lambda s, key: amount(tracks[students[s]["track"]].get(key, 0.0))
    for w, svs in by_wpb.items():
        add(sum(v for _, v in svs) <= wpbs[w]["_max"])
        if wpbs[w]["_hours"] is not None:
            add(sum(hours(s, "wpb_hours") * v for s, v in svs) <= amount(wpbs[w]["_hours"]))
    # Rule 6: a group costs its school the largest so_hours_per_group of its members'
    # tracks once; its first member's pairs at the school say whether it is there.
    group_terms = {}
    for members in p["groups"]:
        per_group = max(hours(m, "so_hours_per_group") for m in members)
        if per_group:
            for c in range(len(schools)):
                for v in at_school.get((members[0], c), []):
                    group_terms.setdefault(c, []).append(per_group * v)
    for c, svs in by_school.items():
        if schools[c]["_max"] is not None:
            add(sum(v for _, v in svs) <= schools[c]["_max"])
        if schools[c]["_hours"] is not None:
            add(sum(hours(s, "so_hours") * v for s, v in svs) + sum(group_terms.get(c, []))
                <= amount(schools[c]["_hours"]))
    for members in p["groups"]:
        for c in range(len(schools)):
            at = [at_school.get((m, c), []) for m in members]
            if any(at):
                for other in at[1:]:
                    if other or at[0]:  # both empty: nothing to tie (0 == 0)
                        add(sum(other) == sum(at[0]))


def start(workers_flag):
    """The command line every peer takes (INSTANCE [--model FILE] [--time-limit S] and its
    own flag for the number of threads), and the problem it names: (args, problem, start
    time). The clock starts before the instance is read: reading is part of the run."""
    ap = argparse.ArgumentParser()
    ap.add_argument("instance")
    ap.add_argument("--model")
    ap.add_argument("--time-limit", type=float, default=300.0)
    ap.add_argument(workers_flag, type=int, default=2)
    a = ap.parse_args()
    started = time.time()
    return a, problem(a.instance, a.model), started


def report(tool, optimal, objective, bound, started, placed, variables):
    """Prints the one JSON line of a peer's run."""
    print(json.dumps({
        "tool": tool,
        "status": "optimal" if optimal else "time_limit",
        "objective": objective,
        "bound": bound,
        "seconds": round(time.time() - started, 3),
        "placed": placed,
        "variables": variables,
    }))
