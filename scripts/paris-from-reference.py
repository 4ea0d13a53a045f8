#!/usr/bin/env python3
"""The bundled Paris Agreement data, made from the reference files.

    python3 scripts/paris-from-reference.py REFERENCE_DIR DATA_DIR

REFERENCE_DIR holds deposits.csv and emissions-article-21.csv (see its README.md); DATA_DIR is
the data directory (data/). Writes DATA_DIR/registries/paris.json and
DATA_DIR/tables/paris/emissions.json. Names are kept as the files print them, except where the
registry needs the name table's own name (every other pacta registry names States as the UN
Treaty Collection does); the weights file keeps the table's spelling, which pacta resolves through
the name table when it reads it.

What the files lack is added here, each with its source in a note:
- the United States of America's first acceptance (3 September 2016) and its notification of
  withdrawal (4 November 2019), which deposits.csv does not keep (it has only the latest
  instrument, the acceptance of 20 January 2021);
- the European Union's instrument is an approval, not the ratification deposits.csv lists.
"""
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from name_lookup import name_lookup  # noqa: E402


def emissions_rows(path):
    """The table's rows, a name that the PDF extraction wrapped onto a second line joined again."""
    with open(path, encoding="utf-8") as f:
        lines = list(csv.reader(f))[2:]  # two header lines
    rows = []
    total = None
    for cells in lines:
        name, figure, year = cells[0].strip(), cells[1].strip(), cells[3].strip()
        if figure == "":  # the second line of a wrapped name
            rows[-1]["name"] += " " + name
            continue
        if name == "Total":
            total = int(figure.replace(" ", ""))
            continue
        rows.append({"name": name, "figure": figure, "year": year})
    out = []
    for r in rows:
        name = r["name"]
        row = {"state": name.rstrip("*").strip()}
        if r["figure"] == "n/a":
            row["weight"] = None
            row["note"] = "n/a in the table"
        else:
            row["weight"] = int(r["figure"].replace(" ", ""))
            row["year"] = int(r["year"])
        if name.endswith("*"):
            row["note"] = "marked * in the table"
        out.append(row)
    return out, total


def weights_file(reference, data_dir):
    rows, total = emissions_rows(os.path.join(reference, "emissions-article-21.csv"))
    doc = {
        "format": "pacta.weights/1",
        "treaty": "paris",
        "name": "emissions",
        "title": "Total greenhouse gas emissions of the Parties to the Convention, for the sole purpose of article 21 of "
        "the Paris Agreement",
        "source": "The UNFCCC secretariat's table of the Parties' emissions communicated on or before the adoption of "
        "the Agreement (article 21(2)), as extracted by the openclimatedata project "
        "(paris-agreement-entry-into-force, commit b4258e3, 13 February 2023); names as the table prints them",
        "as_of": "2015-12-12",
        "unit": "Gg CO2 equivalent",
        "total": total,
        "rows_sum": sum(r["weight"] or 0 for r in rows),
        "x-rows-sum": "The rows add up to 5 Gg more than the printed total; the share is taken of the printed total.",
        "rows": rows,
    }
    return doc


KINDS = {"Ratification": "ratification", "Acceptance": "acceptance", "Approval": "approval", "Accession": "accession"}


def registry(reference, look):
    with open(os.path.join(reference, "deposits.csv"), encoding="utf-8") as f:
        deposits = list(csv.DictReader(f))
    actions = []
    for d in deposits:
        name = look.get(d["Name"].lower()) or d["Name"]
        if d["Signature"]:
            actions.append({"state": name, "action": "signature", "date": d["Signature"]})
        if name == "United States of America":
            note = ("Not in deposits.csv, which keeps only the latest instrument; the reference's README.md and the "
                    "Secretary-General's spokesperson (treaty-texts/beyond-human-rights.md, section 3.3)")
            actions.append({"state": name, "action": "acceptance", "date": "2016-09-03", "note": note})
            actions.append({"state": name, "action": "denunciation", "date": "2019-11-04",
                            "note": note + ": a notification of withdrawal under article 28, taking effect on 4 "
                            "November 2020"})
        if d["Deposit"]:
            action = {"state": name, "action": KINDS[d["Kind"]], "date": d["Deposit"]}
            if name == "European Union":
                action["action"] = "approval"
                action["note"] = "An approval; deposits.csv lists it as a ratification (the reference's README.md)"
            actions.append(action)
    return {
        "format": "pacta.registry/1",
        "treaty": "paris",
        "as_of": "2023-02-13",
        "source": "United Nations Treaty Collection, chapter XXVII-7-d, as collected by the openclimatedata project "
        "(paris-agreement-entry-into-force, commit b4258e3): each Party's signature and latest instrument, status "
        "as at 13 February 2023; the first acceptance and the withdrawal of the United States of America added "
        "(see their notes). The kind of an instrument (ratification, acceptance, approval) is as that file gives "
        "it, which is not reliable.",
        "participants": [{"name": "European Union", "kind": "organization"}],
        "actions": actions,
    }


def write(path, doc, one_per_line):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    head = {k: v for k, v in doc.items() if k != one_per_line}
    text = json.dumps(head, indent=2, ensure_ascii=False)[:-2]
    items = ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in doc[one_per_line])
    text += ',\n  "%s": [\n%s\n  ]\n}\n' % (one_per_line, items)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    reference, data_dir = sys.argv[1], sys.argv[2]
    look = name_lookup(data_dir)
    write(os.path.join(data_dir, "registries", "paris.json"), registry(reference, look), "actions")
    write(os.path.join(data_dir, "tables", "paris", "emissions.json"), weights_file(reference, data_dir), "rows")


if __name__ == "__main__":
    main()
