#!/usr/bin/env python3
"""Validates the bundled registries, treaty profiles and weights files against the JSON Schemas in data/schema.

Exit 0 when all are valid, 1 when one is not, 77 (skipped) when the jsonschema module is missing
(Debian: python3-jsonschema)."""
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("check-schemas: the jsonschema module is not installed (Debian: python3-jsonschema); skipped")
    sys.exit(77)

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
schemas = {
    "pacta.registry/1": json.load(open(os.path.join(root, "data/schema/pacta.registry-1.schema.json"))),
    "pacta.treaty/1": json.load(open(os.path.join(root, "data/schema/pacta.treaty-1.schema.json"))),
    "pacta.reports/1": json.load(open(os.path.join(root, "data/schema/pacta.reports-1.schema.json"))),
    "pacta.weights/1": json.load(open(os.path.join(root, "data/schema/pacta.weights-1.schema.json"))),
}
bad = 0
files = sorted(glob.glob(os.path.join(root, "data/registries/*.json")) + glob.glob(os.path.join(root, "data/treaties/*.json"))
               + glob.glob(os.path.join(root, "examples/data/*.json")) + glob.glob(os.path.join(root, "tests/data/valid/*.json"))
               + glob.glob(os.path.join(root, "tests/data/cli/clause-*.json")) + glob.glob(os.path.join(root, "tests/data/cli/e10-*.json"))
               + glob.glob(os.path.join(root, "data/tables/*/*.json")))
for path in files:
    doc = json.load(open(path, encoding="utf-8"))
    schema = schemas[doc["format"]]
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
    for e in errors:
        print(f"{os.path.relpath(path, root)}: /{'/'.join(map(str, e.path))}: {e.message}")
    bad += len(errors)
# The schema must also reject what it claims to: a few invalid fixtures.
for name in ["wrong-format", "unknown-top-key", "unknown-action-key", "action-unknown", "date-not-iso",
             "effective-on-signature", "state-whitespace", "missing-actions", "predecessor-on-ratification"]:
    doc = json.load(open(os.path.join(root, "tests/data/invalid", name + ".json")))
    if jsonschema.Draft202012Validator(schemas["pacta.registry/1"]).is_valid(doc):
        print(f"tests/data/invalid/{name}.json: accepted by the registry schema, but it is invalid")
        bad += 1
# A profile gives its entry into force as threshold and delay, or as a clause, never both.
both = json.load(open(os.path.join(root, "tests/data/cli/clause-p8-profile.json")))
both["entry_into_force"]["threshold"] = 30
if jsonschema.Draft202012Validator(schemas["pacta.treaty/1"]).is_valid(both):
    print("a profile with both \"threshold\" and \"clause\": accepted by the treaty schema, but it is invalid")
    bad += 1
# A reporting clause not modelled stands alone: no periods beside it.
mixed = json.load(open(os.path.join(root, "data/treaties/opsc.json")))
mixed["reporting"]["not_modelled"] = "reports"
if jsonschema.Draft202012Validator(schemas["pacta.treaty/1"]).is_valid(mixed):
    print("a reporting clause both modelled and \"not_modelled\": accepted by the treaty schema, but it is invalid")
    bad += 1
print(f"check-schemas: {len(files)} files checked, {bad} problems")
sys.exit(1 if bad else 0)
