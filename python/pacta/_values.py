"""The values pacta's queries return: plain records, readable and comparable (docs/python.md)."""

# Named tuples of the collections module, not typing's: importing typing would double the module's
# import time (the types are in __init__.pyi).
from collections import namedtuple


class Basis(namedtuple("Basis", "rule article citation reasoning source", defaults=("",))):
    """Why a date is what it is: the depositary-practice rule, the treaty's article, the citation
    ("OPSC art. 14(1), rule E1") and one sentence of reasoning."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Basis({self.citation!r})"


class Dated(namedtuple("Dated", "date basis")):
    """A date with its basis."""

    __slots__ = ()


class Status(namedtuple("Status", "code explanation bound on note", defaults=("",))):
    """A State's status under a treaty on a day: `code` as the CLI's JSON gives it ("not-participant",
    "signatory", "consented", "bound", "denunciation-pending", "denounced", "ceased-to-exist"),
    `explanation` the sentence, `bound` whether the treaty binds it that day, and `note` what the
    answer rests on when the day is after the registry's `as_of` (else "")."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Status({self.code!r}, on={self.on.isoformat()})"


class Report(namedtuple("Report", "name due basis overdue")):
    """A report due: its name ("initial report", "7th periodic report"), due date and basis, and
    whether it is overdue ("unknown" while submissions are not recorded)."""

    __slots__ = ()


class Party(namedtuple("Party", "state status entry_into_force consent consent_date")):
    """A State bound by a treaty on a day."""

    __slots__ = ()


class Standing(namedtuple("Standing", "treaty short_title status explanation bound entry_into_force denunciation")):
    """A State under one treaty, in the cross-treaty view."""

    __slots__ = ()


def _frame(rows, columns):
    try:
        import pandas
    except ImportError as e:  # said, not guessed around
        raise ImportError("to_pandas() needs pandas (Debian: apt install python3-pandas)") from e
    return pandas.DataFrame([{c: getattr(r, c) for c in columns} for r in rows], columns=columns)


class Parties(list):
    """The parties on a day: a list of Party, with `to_pandas()`; `note` says what the answer rests on
    when the day is after the registry's `as_of` (else "")."""

    def __init__(self, items=(), note=""):
        super().__init__(items)
        self.note = note

    def to_pandas(self):
        """A DataFrame of state, status, entry_into_force (a date), consent, consent_date."""
        rows = [
            Party(p.state, p.status, p.entry_into_force.date if p.entry_into_force else None, p.consent, p.consent_date)
            for p in self
        ]
        return _frame(rows, list(Party._fields))


class Across(namedtuple("Across", "state on treaties note", defaults=("",))):
    """One State across every treaty of the data, on a day (the CLI's `state NAME --all-treaties`);
    `note` says what it rests on when the day is after the oldest registry's `as_of`."""

    __slots__ = ()

    def bound(self):
        """The treaties that bind the State on the day."""
        return [t for t in self.treaties if t.bound]

    def to_pandas(self):
        rows = [
            Standing(t.treaty, t.short_title, t.status, t.explanation, t.bound,
                     t.entry_into_force.date if t.entry_into_force else None,
                     t.denunciation.date if t.denunciation else None)
            for t in self.treaties
        ]
        return _frame(rows, list(Standing._fields))

    def __repr__(self) -> str:
        return f"Across({self.state!r}, on={self.on.isoformat()}, {len(self.bound())} of {len(self.treaties)} treaties binding)"
