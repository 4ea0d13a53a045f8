"""pacta: the dates of treaty law from the record of what States did.

    >>> import datetime, pacta
    >>> data = pacta.load()                  # the bundled data; pacta.load("dir") for another
    >>> opsc = data.treaty("opsc")
    >>> opsc.entry_into_force
    datetime.date(2002, 1, 18)
    >>> opsc.state("Benin").entry_into_force
    datetime.date(2005, 2, 28)

docs/python.md walks through the module; every date carries its basis (the article and the rule).
"""

# No typing at run time (its import would double the module's): the annotations use the built-in
# generics, and the full types are in __init__.pyi.
from __future__ import annotations

import datetime
import os as _os

from . import _config
from ._errors import Diagnostic, Error, LoadError, QueryError, UnknownStateError
from ._values import Across, Basis, Dated, Parties, Party, Report, Standing, Status
from . import _pacta

__version__ = _pacta.version
__all__ = [
    "load", "Data", "Treaty", "State", "Registry", "bundled_data_dir",
    "Basis", "Dated", "Status", "Report", "Party", "Parties", "Standing", "Across",
    "Error", "LoadError", "QueryError", "UnknownStateError", "Diagnostic",
]


def _text(value, what: str) -> str:
    """`value` as text for the library: a str of valid Unicode, else TypeError or ValueError."""
    if not isinstance(value, str):
        raise TypeError(f"{what} is a str, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(f"{what} is not valid text ({e.reason} at {e.start})") from None
    return value


def _is_id(text: str) -> bool:
    """A treaty id's letters (1 to 64 lower-case letters, digits and hyphens, not first a hyphen)."""
    return 0 < len(text) <= 64 and text[0] != "-" and all(c in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in text)


def _path(value, what: str) -> str:
    """A str or os.PathLike (bytes decoded as the file system does) as a path."""
    if isinstance(value, (str, bytes)) or hasattr(value, "__fspath__"):
        return _text(_os.fsdecode(_os.fspath(value)), what)
    raise TypeError(f"{what} is a path (str or os.PathLike), not {type(value).__name__}")


def _data_dir(value) -> str:
    """A data directory given (checked: it has a folder registries/), or the bundled one."""
    data_dir = bundled_data_dir() if value is None else _path(value, "a data directory")
    if not _os.path.isdir(_os.path.join(data_dir, "registries")):
        message = f"{data_dir!r} is not a data directory: it has no folder registries/"
        raise LoadError(message, [Diagnostic(data_dir, "", "io.read", message)])
    return data_dir


def bundled_data_dir() -> str:
    """The data pacta was built or installed with (PACTA_DATA_DIR, when set, in its place)."""
    env = _os.environ.get("PACTA_DATA_DIR")
    if env:
        return env
    for d in _config.DATA_DIRS:
        if _os.path.isdir(_os.path.join(d, "registries")):
            return d
    raise LoadError("the bundled data are not installed (looked in " + ", ".join(_config.DATA_DIRS) + ")", [])


class State:
    """A State under one treaty: its status on a day, its entry into force, its reports."""

    def __init__(self, impl, treaty: Treaty):
        self._impl = impl
        self._treaty = treaty

    @property
    def treaty(self) -> Treaty:
        return self._treaty

    @property
    def name(self) -> str:
        """The name the registry records."""
        return self._impl.name

    @property
    def entry_into_force(self) -> datetime.date | None:
        """The day the treaty entered into force for the State under its latest instrument; None when
        it has not (or it is NOT computed). A State that withdrew and joined again has had others:
        `Treaty.parties(on=…)` gives the one in effect on a day."""
        return self._impl.entry_into_force

    @property
    def basis(self) -> Basis | None:
        """The basis of `entry_into_force`."""
        return self._impl.basis

    def status(self, on: datetime.date | None = None) -> Status:
        """The status on a day (today, by this computer's clock, when not given)."""
        return self._impl.status(on)

    def reports_due(self, on: datetime.date | None = None) -> list[Report]:
        """The initial report, and the next report due as of `on` (today when not given)."""
        return list(self._impl.reports_due(on))

    def actions(self) -> list[tuple[str, datetime.date]]:
        """The recorded actions, (kind, date), in the registry's order."""
        return list(self._impl.actions())

    def __eq__(self, other) -> bool:
        return isinstance(other, State) and self.treaty == other.treaty and self.name == other.name

    def __hash__(self) -> int:
        return hash((self.treaty, self.name))

    def __repr__(self) -> str:
        return f"<pacta.State {self.name!r} under the {self.treaty.short_title}>"


class Treaty:
    """A treaty's record: its entry into force and the States under it."""

    def __init__(self, impl, data_dir: str):
        self._impl = impl
        self._data_dir = data_dir

    id = property(lambda self: self._impl.id, doc="The treaty id (\"opsc\").")
    short_title = property(lambda self: self._impl.short_title)
    title = property(lambda self: self._impl.title)
    chapter = property(lambda self: self._impl.chapter, doc="The depositary's chapter (\"IV-11-c\").")
    as_of = property(lambda self: self._impl.as_of,
                     doc="The day the registry is complete to: an answer for a later day holds only if nothing "
                         "happened since (`Status.note` says so).")

    @property
    def entry_into_force(self) -> datetime.date | None:
        """The general entry into force; None when not in force or NOT computed (see `not_computed`)."""
        return self._impl.entry_into_force

    @property
    def basis(self) -> Basis | None:
        return self._impl.basis

    @property
    def not_computed(self) -> str | None:
        """Why the entry into force is NOT computed (a figure the clause needs is missing), else None."""
        return self._impl.not_computed

    @property
    def not_known(self) -> str | None:
        """What the record cannot say because a treaty it depends on was not loaded (rule D7: the Paris
        Agreement's withdrawals through the UNFCCC, art. 28(3), whose registry is not bundled), else None:
        a State shown as bound may have left by it."""
        return self._impl.not_known

    def states(self) -> list[str]:
        """Every State the registry records an action of."""
        return list(self._impl.states())

    def state(self, name: str) -> State:
        """The State any name the CLI accepts denotes ("Benin", "benin", "BJ", "usa");
        UnknownStateError (a KeyError) when none."""
        return State(self._impl.state(_text(name, "a State's name")), self)

    def parties(self, on: datetime.date | None = None) -> Parties:
        """The States the treaty binds on a day (today when not given), with `to_pandas()`. The CLI's
        `pacta parties` lists every participant (signatories and States consented but not yet bound
        too); this is the States bound."""
        return self._impl.parties(on)

    def __eq__(self, other) -> bool:
        return isinstance(other, Treaty) and (self.id, self._data_dir, self.as_of) == (
            other.id, other._data_dir, other.as_of)

    def __hash__(self) -> int:
        return hash((self.id, self._data_dir))

    def __repr__(self) -> str:
        eif = self.entry_into_force
        state = (f"in force {eif.isoformat()}" if eif else
                 "entry into force NOT computed" if self.not_computed else "not yet in force")
        return f"<pacta.Treaty {self.id!r} ({self.short_title}), {state}>"


class Data:
    """A data directory's treaties, loaded as asked."""

    def __init__(self, data_dir=None):
        self._dir = _data_dir(data_dir)
        self._impl = _pacta.Data(self._dir)
        self._treaties = {}

    @property
    def data_dir(self) -> str:
        return self._dir

    def treaty_ids(self) -> list[str]:
        """The treaties with a registry in the data."""
        return list(self._impl.registries())

    def profile_ids(self) -> list[str]:
        """The treaties with a profile (their final clauses) in the data, with or without a registry."""
        return list(self._impl.profiles())

    def treaty(self, id: str) -> Treaty:
        """The record of a treaty (with the records it needs); LoadError when it cannot be built."""
        _text(id, "a treaty id")
        if id not in self._treaties:
            registry = _os.path.join(self._dir, "registries", id + ".json")
            if _is_id(id) and not _os.path.lexists(registry):
                raise LoadError(self._no_registry(id, registry), [Diagnostic(registry, "", "io.read",
                                                                             self._no_registry(id, registry))])
            self._treaties[id] = Treaty(self._impl.treaty(id), self._dir)
        return self._treaties[id]

    def _no_registry(self, id: str, registry: str) -> str:
        if id in self.profile_ids():
            return (f"the data have the final clauses of {id!r} but no registry of its participants ({registry}): "
                    f"read one with pacta.Registry.from_file(PATH)")
        return f"no registry of {id!r} in {self._dir} (the registries: {', '.join(self.treaty_ids())})"

    def state(self, name: str, on: datetime.date | None = None) -> Across:
        """One State under every treaty of the data, on a day (today when not given)."""
        return self._impl.state(_text(name, "a State's name"), on)

    def __repr__(self) -> str:
        return f"<pacta.Data {self.data_dir!r}>"


def load(data_dir=None) -> Data:
    """The bundled data, or the data directory given (a str or os.PathLike)."""
    return Data(data_dir)


class Registry:
    """A registry of one's own, read with its treaty's profile."""

    @staticmethod
    def from_file(path, profile=None, data_dir=None) -> Treaty:
        """The record of a registry file, under `profile` (a profile file) or the data's profile of its
        treaty; the records it needs come from `data_dir` (the bundled data when not given)."""
        d = _data_dir(data_dir)
        profile = None if profile is None else _path(profile, "a profile")
        return Treaty(_pacta.registry(d, path=_path(path, "a registry file"), profile=profile), d)

    @staticmethod
    def from_json(text, profile=None, data_dir=None) -> Treaty:
        """As `from_file`, from the registry's JSON text (a str, or the document as a dict)."""
        if isinstance(text, dict):
            import json  # not at import time: it would add a third to the module's import
            text = json.dumps(text)
        d = _data_dir(data_dir)
        profile = None if profile is None else _path(profile, "a profile")
        return Treaty(_pacta.registry(d, text=_text(text, "a registry's JSON text"), profile=profile), d)
