"""The Python module pacta on the bundled data: every call of docs/python.md, with the dates the
depositary records, its errors, a registry built in memory, and the same answers as the CLI's JSON
(PACTA_CLI) for every State of the OPSC."""

import datetime
import json
import os
import subprocess
import threading

import pytest

import pacta

D = datetime.date


@pytest.fixture(scope="module")
def data():
    return pacta.load()


@pytest.fixture(scope="module")
def opsc(data):
    return data.treaty("opsc")


def cli(*args):
    exe = os.environ.get("PACTA_CLI")
    if not exe:
        pytest.skip("PACTA_CLI (the pacta command to compare with) is not set")
    out = subprocess.run([exe, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def test_E1_opsc_general_entry_into_force_with_its_basis(opsc):
    assert opsc.entry_into_force == D(2002, 1, 18)
    assert opsc.basis.citation == "OPSC art. 14(1), rule E1"
    assert opsc.basis.rule == "E1" and opsc.basis.article == "14(1)"
    assert "18 January 2002" in opsc.basis.reasoning
    assert opsc.not_computed is None
    assert opsc.short_title == "OPSC" and opsc.chapter == "IV-11-c"
    assert repr(opsc) == "<pacta.Treaty 'opsc' (OPSC), in force 2002-01-18>"


def test_E3_benin_bound_from_28_february_2005_its_status_and_reports(opsc):
    benin = opsc.state("Benin")
    assert benin.entry_into_force == D(2005, 2, 28)
    assert benin.basis.citation == "OPSC art. 14(2), rule E3"
    assert benin.status(on=D(2003, 1, 1)).code == "signatory"
    later = benin.status(on=D(2006, 1, 1))
    assert later.code == "bound" and later.bound and later.on == D(2006, 1, 1)
    assert "28 February 2005" in later.explanation
    reports = benin.reports_due(on=D(2026, 2, 3))
    assert reports[0].name == "initial report" and reports[0].due == D(2007, 2, 28)
    assert reports[0].basis.citation == "OPSC art. 12(1), rule R1"
    assert reports[0].overdue == "unknown"  # submissions are not recorded
    assert benin.actions() == [("signature", D(2001, 2, 22)), ("ratification", D(2005, 1, 31))]
    assert repr(benin) == "<pacta.State 'Benin' under the OPSC>"


def test_any_name_the_cli_accepts_and_an_unknown_one_is_a_key_error(opsc):
    assert opsc.state("benin").name == "Benin"
    assert opsc.state("BJ").name == "Benin"
    assert opsc.state("usa").name == "United States of America"
    with pytest.raises(KeyError) as e:
        opsc.state("Benni")
    assert isinstance(e.value, pacta.UnknownStateError) and isinstance(e.value, pacta.QueryError)
    assert 'did you mean "Benin"' in str(e.value)


def test_a_date_is_a_datetime_date(opsc):
    with pytest.raises(TypeError, match="datetime.date"):
        opsc.state("Benin").status(on="2003-01-01")
    assert opsc.state("Benin").status().on == datetime.date.today()


def test_parties_are_the_states_bound_as_the_cli_says(opsc):
    on = D(2002, 6, 1)
    parties = opsc.parties(on=on)
    rows = cli("parties", "--treaty", "opsc", "--on", on.isoformat(), "--format", "json")
    bound = {r["state"]: r for r in rows if r["status"] in ("bound", "denunciation-pending")}
    assert len(parties) == len(bound) == 23
    for p in parties:
        assert p.entry_into_force.date.isoformat() == bound[p.state]["entry_into_force"]
        assert p.consent == bound[p.state]["consent"]
        assert p.consent_date.isoformat() == bound[p.state]["consent_date"]


def test_every_opsc_state_answers_as_the_cli_json(opsc):
    on = D(2026, 2, 3)
    names = opsc.states()
    assert len(names) > 150
    for name in names:
        expected = cli("state", name, "--treaty", "opsc", "--on", on.isoformat(), "--format", "json")
        status = opsc.state(name).status(on=on)
        assert (name, status.code, status.explanation) == (name, expected["status"], expected["status_explanation"])
        eif = [d for d in expected["dates"] if d["what"] == "entry into force for " + name]
        got = opsc.state(name).entry_into_force
        assert (got.isoformat() if got else None) == (eif[-1]["date"] if eif else None), name


def test_one_state_across_every_bundled_treaty(data):
    benin = data.state("Benin", on=D(2026, 2, 3))
    expected = cli("state", "Benin", "--all-treaties", "--on", "2026-02-03", "--format", "json")
    assert benin.state == "Benin"
    ids = [t.treaty for t in benin.treaties]
    assert "opsc" in ids and "paris" in ids
    opsc_row = benin.treaties[ids.index("opsc")]
    assert opsc_row.bound and opsc_row.entry_into_force.date == D(2005, 2, 28)
    assert len(benin.treaties) == len(expected["treaties"])
    assert "treaties binding" in repr(benin)


def test_a_registry_of_ones_own_built_in_memory_under_a_bundled_profile():
    # Thirty ratifications of the Convention on Cluster Munitions, the 30th on 16 February 2010:
    # in force on 1 August 2010 (art. 17(1), the first day of the sixth month after the month of).
    names = pacta.load().treaty("opsc").states()[:30]
    actions = [{"state": s, "action": "ratification", "date": (D(2010, 1, 18) + datetime.timedelta(days=k)).isoformat()}
               for k, s in enumerate(names)]
    assert actions[-1]["date"] == "2010-02-16"
    text = json.dumps({"format": "pacta.registry/1", "treaty": "ccm", "as_of": "2011-01-01",
                       "source": "a test", "actions": actions})
    ccm = pacta.Registry.from_json(text)
    assert ccm.entry_into_force == D(2010, 8, 1)
    assert ccm.basis.rule == "E1" and ccm.basis.article == "17(1)"


def test_a_registry_file_and_its_profile(tmp_path):
    src = os.environ.get("PACTA_SOURCE_DIR")
    if not src:
        pytest.skip("PACTA_SOURCE_DIR is not set")
    opic = pacta.Registry.from_file(os.path.join(src, "data/registries/opic.json"),
                                    profile=os.path.join(src, "data/treaties/opic.json"))
    assert opic.entry_into_force == D(2014, 4, 14)


def test_bad_input_is_a_load_error_with_every_diagnostic(tmp_path):
    with pytest.raises(pacta.LoadError) as e:
        pacta.Registry.from_json('{"format": 1}')
    codes = [d.code for d in e.value.diagnostics]
    assert "schema.type" in codes and "schema.missing-key" in codes
    assert e.value.diagnostics[0].pointer == "/format"
    bad = tmp_path / "r.json"
    bad.write_text('{"format": "pacta.registry/1", "treaty": "opsc",')
    with pytest.raises(pacta.LoadError) as e:
        pacta.Registry.from_file(str(bad))
    assert e.value.diagnostics[0].code.startswith("json.")
    assert e.value.diagnostics[0].file == str(bad)
    with pytest.raises(pacta.LoadError, match="not a data directory"):
        pacta.load(str(tmp_path / "nowhere"))


def test_a_treaty_not_in_the_data_is_a_load_error(data):
    with pytest.raises(pacta.LoadError) as e:
        data.treaty("no-such-treaty")
    assert e.value.diagnostics and e.value.diagnostics[0].code


def test_loading_from_threads_gives_one_record_each(data):
    results = {}

    def work(tid):
        results[tid] = pacta.load().treaty(tid).entry_into_force

    threads = [threading.Thread(target=work, args=(t,)) for t in ("crc", "opac", "cat", "ccw")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"crc": D(1990, 9, 2), "opac": D(2002, 2, 12), "cat": D(1987, 6, 26), "ccw": D(1983, 12, 2)}


def test_to_pandas_when_pandas_is_there(opsc):
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas)")
    frame = opsc.parties(on=D(2002, 6, 1)).to_pandas()
    assert len(frame) == 23 and list(frame.columns)[:2] == ["state", "status"]
    assert isinstance(frame, pandas.DataFrame)
