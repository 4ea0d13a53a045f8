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
    assert opsc.not_known is None
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


def test_E2_a_party_s_entry_into_force_is_the_one_in_effect_that_day(data):
    # The United States: bound by the Paris Agreement from 4 November 2016 (art. 21(1)), withdrawn
    # from 4 November 2020, bound again from 19 February 2021 (art. 21(3)).
    paris = data.treaty("paris")
    usa = {p.state: p for p in paris.parties(on=D(2016, 11, 4))}["United States of America"]
    assert usa.entry_into_force.date == D(2016, 11, 4) and usa.entry_into_force.basis.rule == "E2"
    assert usa.consent_date == D(2016, 9, 3)
    pending = {p.state: p for p in paris.parties(on=D(2020, 6, 1))}["United States of America"]
    assert pending.status == "denunciation-pending" and pending.entry_into_force.date == D(2016, 11, 4)
    again = {p.state: p for p in paris.parties(on=D(2022, 1, 1))}["United States of America"]
    assert again.entry_into_force.date == D(2021, 2, 19) and again.consent_date == D(2021, 1, 20)
    assert paris.state("usa").entry_into_force == D(2021, 2, 19)  # the latest instrument's
    # Art. 28(3), rule D7: the UNFCCC's registry is not bundled, so its withdrawals are NOT known.
    assert paris.not_known.startswith("whether a State withdrew from the parent treaty (unfccc)")


def test_an_answer_after_the_registry_s_as_of_says_what_it_rests_on(data):
    paris = data.treaty("paris")
    assert paris.as_of == D(2023, 2, 13)
    assert paris.state("Benin").status(on=D(2023, 2, 13)).note == ""
    note = paris.state("Benin").status(on=D(2026, 2, 3)).note
    assert note.startswith("The registry records acts up to 13 February 2023") and "holds only if" in note
    assert "13 February 2023" in paris.parties(on=D(2026, 2, 3)).note
    assert data.state("Benin", on=D(2026, 2, 3)).note.startswith("The oldest registry records acts up to")


def test_queries_while_the_same_data_loads_on_another_thread():
    for _ in range(5):
        data = pacta.load()
        benin = data.treaty("opsc").state("Benin")
        done = threading.Event()
        answers = []

        def reader():
            while not done.is_set():
                answers.append(benin.reports_due(on=D(2026, 2, 3))[0].due)

        t = threading.Thread(target=reader)
        t.start()
        across = data.state("Benin", on=D(2026, 2, 3))  # loads every registry, the GIL released
        done.set()
        t.join()
        assert set(answers) == {D(2007, 2, 28)} and len(across.treaties) > 20


def test_arguments_of_the_wrong_type_say_what_is_expected(data, opsc):
    with pytest.raises(TypeError, match="a treaty id is a str, not NoneType"):
        data.treaty(None)
    with pytest.raises(TypeError, match="a State's name is a str, not int"):
        opsc.state(1)
    with pytest.raises(ValueError, match="not valid text"):
        opsc.state("\ud800")
    with pytest.raises(TypeError, match="a registry file is a path"):
        pacta.Registry.from_file(None)
    # A datetime is a date (its day); a date subclass is read by its ordinal, not its attributes.
    assert opsc.state("Benin").status(on=datetime.datetime(2005, 2, 28, 23, 59)).code == "bound"

    class Odd(datetime.date):
        year = property(lambda self: 40000)

    assert opsc.state("Benin").status(on=Odd(2006, 1, 1)).code == "bound"


def test_paths_may_be_path_like_and_a_registry_a_dict(tmp_path):
    src = os.environ.get("PACTA_SOURCE_DIR")
    if not src:
        pytest.skip("PACTA_SOURCE_DIR is not set")
    import pathlib
    root = pathlib.Path(src)
    opic = pacta.Registry.from_file(root / "data/registries/opic.json", profile=root / "data/treaties/opic.json",
                                    data_dir=root / "data")
    assert opic.entry_into_force == D(2014, 4, 14)
    assert pacta.load(root / "data").treaty("opsc").entry_into_force == D(2002, 1, 18)
    doc = json.loads((root / "data/registries/opic.json").read_text(encoding="utf-8"))
    assert pacta.Registry.from_json(doc).entry_into_force == D(2014, 4, 14)
    with pytest.raises(pacta.LoadError, match="not a data directory"):
        pacta.Registry.from_json(doc, data_dir=tmp_path)


def test_a_treaty_without_a_registry_says_what_the_data_have(data):
    with pytest.raises(pacta.LoadError, match="final clauses of 'ccm' but no registry") as e:
        data.treaty("ccm")
    assert e.value.diagnostics[0].code == "io.read"
    with pytest.raises(pacta.LoadError, match="the registries: .*opsc"):
        data.treaty("nope")
    with pytest.raises(pacta.LoadError) as e:
        data.treaty("../x")
    assert e.value.diagnostics[0].code == "treaty.id"


def test_a_device_as_a_registry_is_refused_not_read(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("this system has no /dev/zero")
    (tmp_path / "registries").mkdir()
    os.symlink("/dev/zero", tmp_path / "registries" / "opsc.json")
    with pytest.raises(pacta.LoadError) as e:
        pacta.load(tmp_path).treaty("opsc")
    assert any(d.message == "this is a device, not a file" for d in e.value.diagnostics)


def test_errors_pickle_and_states_compare_by_what_they_are(opsc):
    import pickle
    try:
        pacta.Registry.from_json('{"format": "pacta.registry/1", "treaty": "opsc",')
    except pacta.LoadError as e:
        again = pickle.loads(pickle.dumps(e))
        assert str(again) == str(e) and again.diagnostics == e.diagnostics
        assert e.diagnostics[0].column is not None and str(e.diagnostics[0]).count(":") >= 3
    assert opsc.state("Benin") == opsc.state("BJ") and len({opsc.state("Benin"), opsc.state("benin")}) == 1
    assert repr(pacta.Registry.from_json({"format": "pacta.registry/1", "treaty": "ccm", "as_of": "2011-01-01",
                                          "actions": []})).endswith("not yet in force>")


def test_annotations_resolve():
    import typing
    assert typing.get_type_hints(pacta.Treaty.parties)["return"] is pacta.Parties


def test_a_registry_the_treaty_needs_is_asked_for_in_the_module_s_words(tmp_path):
    src = os.environ.get("PACTA_SOURCE_DIR")
    if not src:
        pytest.skip("PACTA_SOURCE_DIR is not set")
    import shutil
    (tmp_path / "registries").mkdir()
    shutil.copy(os.path.join(src, "data/registries/opsc.json"), tmp_path / "registries")
    with pytest.raises(pacta.LoadError) as e:
        pacta.load(tmp_path).treaty("opsc")
    d = e.value.diagnostics[0]
    assert d.code == "registry.parent"
    assert "not in the data directory" in d.message and "a registry file in its registries/" in d.message
    assert "treaty_set" not in d.message
