#!/usr/bin/env python3
"""A separate computation of the goldens of `pacta state NAME --all-treaties --format json`: for five
States and every bundled treaty, the entry into force for the State and the next report due (no
reports file: the first report the text's schedule makes due on or after the date asked) are computed
here from the registry and profile files alone, with their own date arithmetic, and compared with the
goldens (tests/cli/golden/state-all-*.json).

Rules followed (docs/rules.md): E1 the general entry into force is the threshold-th counted
instrument's deposit plus the delay (an organization's instrument not counted where the profile says
so, a former State's counted), and never before the date of the treaty it is subject to (E7); E2 an
instrument deposited on or before the threshold-th binds from the general date; E3/E4 a later one
from its deposit plus the later States' delay (E3: one deposited before the general date binds from
it); E5 a succession from its date of succession; R1 the initial report is due the initial period
after the State's entry into force; R2 periodic reports every cycle from the initial report's due
date (n cycles after it, never chained) or, where the treaty's reports go into its parent's (OPSC art.
12(2)) and the State is a party to the parent, on the parent's schedule; R4 none computed where the
text asks them on the Committee's request.

  across_check.py SOURCE_DIR
"""
import calendar
import datetime
import json
import os
import sys

SOURCE = sys.argv[1]
STATES = {"benin": "Benin", "germany": "Germany", "montenegro": "Montenegro",
          "usa": "United States of America", "japan": "Japan", "czechia": "Czech Republic"}
CONSENTS = {"ratification", "accession", "acceptance", "approval", "succession", "formal-confirmation",
            "consent-to-be-bound", "definitive-signature"}


def day(text):
    return datetime.date.fromisoformat(text)


def add(d, period):
    """The depositary's arithmetic: days counted; months and years to the same day-number, else the
    month's last day; "first day of the month following N months" (P7) the first of the month after
    the period's end."""
    following = "first day of the month following "
    if period.startswith(following):
        end = add(d, period[len(following):])
        return datetime.date(end.year + (end.month == 12), end.month % 12 + 1, 1)
    n, unit = period.split()
    n = int(n)  # "0 days": the same day (ENMOD art. IX(4))
    if unit.startswith("day"):
        return d + datetime.timedelta(days=n)
    months = n * (12 if unit.startswith("year") else 1)
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    m += 1
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def load(kind, tid):
    with open(os.path.join(SOURCE, "data", kind, tid + ".json"), encoding="utf-8") as f:
        return json.load(f)


def general(profile, registry):
    eif = profile["entry_into_force"]
    kinds = {p["name"]: p["kind"] for p in registry.get("participants", [])}
    not_counted = profile.get("organizations", {}).get("counted") is False
    deposits = sorted((day(a["date"]), a["state"]) for a in registry["actions"] if a["action"] in CONSENTS and
                      not (not_counted and kinds.get(a.get("state")) == "organization"))
    if "clause" in eif:
        return by_clause(profile, eif["clause"], deposits)
    threshold_day = deposits[eif["threshold"] - 1][0]
    g = add(threshold_day, eif["delay"])
    subject = eif.get("subject_to")
    if subject and subject.get("recorded"):
        g = max(g, day(subject["recorded"]))
    return threshold_day, g


def names():
    """Every name of the name table, lower-cased, to the State it denotes."""
    sys.path.insert(0, os.path.join(SOURCE, "scripts"))
    from name_lookup import name_lookup
    return name_lookup(os.path.join(SOURCE, "data"))


def weights(profile, table):
    """A weights file's figures by State (resolved through the name table), and its printed total."""
    with open(os.path.join(SOURCE, "data", "tables", profile["id"], table + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    look = names()
    return {look[r["state"].lower()]: r["weight"] or 0 for r in doc["rows"]}, doc["total"]


def threshold_of(profile, condition, deposits):
    """The first deposit day on which the condition holds: a count of instruments, or all of a count and
    a share of a table's figures weighed by the States that have deposited."""
    (ckind, value), = condition.items()
    if ckind == "count":
        return deposits[value - 1][0]
    assert ckind == "all_of", "across_check.py: a condition other than a count or all_of"
    need, table, share = 0, None, None
    for sub in value:
        (k, v), = sub.items()
        if k == "count":
            need = v
        elif k == "weighted":
            table, (num, den) = v["table"], map(int, v["at_least"].split("/"))
            share = (num, den)
        else:
            raise AssertionError("across_check.py: all_of with " + k)
    figures, total = weights(profile, table)
    seen, weight = set(), 0
    for i, (d, state) in enumerate(deposits):
        if state not in seen:
            seen.add(state)
            weight += figures.get(state, 0)
        last_of_day = i + 1 == len(deposits) or deposits[i + 1][0] != d
        if last_of_day and i + 1 >= need and weight * share[1] >= share[0] * total:
            return d
    return None


def by_clause(profile, term, deposits):
    """The clause shapes of the bundled profiles: when a condition holds (a count, or a count and a
    weighted share), then a delay ({"after": P}); N after the opening for signature; the later of
    several."""
    (kind, value), = term.items()
    if kind == "when_met":
        threshold_day = threshold_of(profile, value["condition"], deposits)
        (dkind, period), = value.get("delay", {"after": "0 days"}).items()
        assert dkind == "after", "across_check.py: a delay other than \"after\""
        return threshold_day, add(threshold_day, period)
    if kind == "opened_plus":
        (dkind, period), = value.items()
        return None, add(day(profile["opened_for_signature"]), period)
    if kind == "later_of":
        terms = [by_clause(profile, t, deposits) for t in value]
        threshold_day = next(t for t, _ in terms if t is not None)
        return threshold_day, max(g for _, g in terms)
    raise AssertionError("across_check.py: the clause " + kind)


def for_state(profile, registry, state):
    eif = profile["entry_into_force"]
    threshold_day, g = general(profile, registry)
    consents = [a for a in registry["actions"] if a.get("state") == state and a["action"] in CONSENTS]
    if not consents:
        return None
    last = consents[-1]
    if last["action"] == "succession":
        return max(day(last["effective"]), g) if "effective" in last else None
    deposit = day(last["date"])
    if deposit <= threshold_day:
        return g
    later = eif["later_states"]
    if later["wording"] == "after-entry-into-force" and deposit < g:
        return g
    return max(g, add(deposit, later["delay"]))


def next_due(profile, eif, on, state):
    """The first report the schedule makes due on or after `on` (rules R1, R2, R4)."""
    report = profile["reporting"]
    initial = add(eif, report["initial"])
    if initial >= on:
        return initial
    anchor, cycle = initial, report["periodic"]
    parent_id = profile.get("parent")
    if report.get("periodic_in_parent_reports") and parent_id:
        parent = load("treaties", parent_id)
        parent_eif = for_state(parent, load("registries", parent_id), state)
        if parent_eif:
            anchor, cycle = add(parent_eif, parent["reporting"]["initial"]), parent["reporting"]["periodic"]
    if cycle == "on-request":
        return None
    n, unit = cycle.split()
    k = 1
    while True:
        due = add(anchor, "%d %s" % (int(n) * k, unit))
        if due >= on:
            return due
        k += 1


def main():
    failures = 0
    checked = 0
    for key, state in STATES.items():
        with open(os.path.join(SOURCE, "tests", "cli", "golden", "state-all-" + key + ".json"), encoding="utf-8") as f:
            golden = json.load(f)
        if golden["state"] != state:
            print("FAIL %s: the golden is of %s" % (state, golden["state"]))
            failures += 1
        for t in golden["treaties"]:
            profile, registry = load("treaties", t["treaty"]), load("registries", t["treaty"])
            eif = for_state(profile, registry, state)
            bound = t["status"] in ("bound", "denunciation-pending")
            report = profile.get("reporting")
            if report and "not_modelled" in report:  # no report date computed (docs/treaty-profiles.md)
                report = None
            due = next_due(profile, eif, day(golden["on"]), state) if (report and eif and bound) else None
            want = (eif.isoformat() if eif else None, due.isoformat() if due else None)
            got = (t["entry_into_force"], t["next_report_due"])
            checked += 1
            if want != got:
                failures += 1
                print("FAIL %s, %s: computed here %s, golden %s" % (state, t["treaty"], want, got))
    # The golden of `reports --all-treaties` without reports files (3 February 2026): every next
    # report is due on or after that date, and the six States' rows agree with the computation here.
    import csv
    on = day("2026-02-03")
    with open(os.path.join(SOURCE, "tests", "cli", "golden", "reports-all-2026-02-03.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    early = [r for r in rows if r["next_report_due"] and day(r["next_report_due"]) < on]
    if early or len(rows) < 1000:
        failures += 1
        print("FAIL reports --all-treaties: %d rows, %d due before %s" % (len(rows), len(early), on))
    for r in rows:
        if r["state"] not in STATES.values():
            continue
        profile, registry = load("treaties", r["treaty"]), load("registries", r["treaty"])
        eif = for_state(profile, registry, r["state"])
        want = next_due(profile, eif, on, r["state"]) if eif else None
        checked += 1
        if (want.isoformat() if want else "") != r["next_report_due"]:
            failures += 1
            print("FAIL reports --all-treaties, %s, %s: computed here %s, golden %s" %
                  (r["state"], r["treaty"], want, r["next_report_due"]))
    # The Paris Agreement's every Party (tests/cli/golden/paris-parties.csv): the entry into force
    # computed here from the registry and the emissions table (art. 21(1) and (3)).
    profile, registry = load("treaties", "paris"), load("registries", "paris")
    with open(os.path.join(SOURCE, "tests", "cli", "golden", "paris-parties.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if len(rows) < 190:
        failures += 1
        print("FAIL paris-parties.csv: %d rows" % len(rows))
    for r in rows:
        eif = for_state(profile, registry, r["state"])
        checked += 1
        if (eif.isoformat() if eif else "") != r["entry_into_force"]:
            failures += 1
            print("FAIL paris, %s: computed here %s, golden %s" % (r["state"], eif, r["entry_into_force"]))
    print("%d treaty-State pairs checked, %d differ" % (checked, failures))
    return 1 if failures or checked < 50 else 0


sys.exit(main())
