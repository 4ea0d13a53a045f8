"""The name table (data/states.json) as a lookup for the scripts and the separate computations of the
tests: every name a State goes by (its name, ISO 3166-1 codes, other and former names), lower-cased,
to the name the table gives it."""

import json
import os


def name_lookup(data_dir):
    with open(os.path.join(data_dir, "states.json"), encoding="utf-8") as f:
        table = json.load(f)
    look = {}
    for s in table["states"]:
        for k in [s["name"], s.get("iso2", ""), s.get("iso3", "")] + s.get("other_names", []) + \
                [n["name"] for n in s.get("former_names", [])]:
            if k:
                look[k.lower()] = s["name"]
    return look
