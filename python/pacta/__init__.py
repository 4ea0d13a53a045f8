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

# No typing at run time (its import would double the module's): the annotations are strings, and
# the types are in __init__.pyi.
from __future__ import annotations

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

    def __init__(self, impl, treaty: "Treaty"):
        self._impl = impl
        self.treaty = treaty

    @property
    def name(self) -> str:
        """The name the registry records."""
        return self._impl.name

    @property
    def entry_into_force(self) -> Optional[datetime.date]:
        """The day the treaty entered into force for the State; None when it has not (or is NOT computed)."""
        return self._impl.entry_into_force

    @property
    def basis(self) -> Optional[Basis]:
        return self._impl.basis

    def status(self, on: Optional[datetime.date] = None) -> Status:
        """The status on a day (today when not given)."""
        return self._impl.status(on)

    def reports_due(self, on: Optional[datetime.date] = None) -> List[Report]:
        """The initial report, and the next report due as of `on` (today when not given)."""
        return list(self._impl.reports_due(on))

    def actions(self) -> List[tuple]:
        """The recorded actions, (kind, date), in the registry's order."""
        return list(self._impl.actions())

    def __repr__(self) -> str:
        return f"<pacta.State {self.name!r} under the {self.treaty.short_title}>"


class Treaty:
    """A treaty's record: its entry into force and the States under it."""

    def __init__(self, impl):
        self._impl = impl

    id = property(lambda self: self._impl.id, doc="The treaty id (\"opsc\").")
    short_title = property(lambda self: self._impl.short_title)
    title = property(lambda self: self._impl.title)
    chapter = property(lambda self: self._impl.chapter, doc="The depositary's chapter (\"IV-11-c\").")
    as_of = property(lambda self: self._impl.as_of, doc="The day the registry is complete to.")

    @property
    def entry_into_force(self) -> Optional[datetime.date]:
        """The general entry into force; None when not in force or NOT computed (see `not_computed`)."""
        return self._impl.entry_into_force

    @property
    def basis(self) -> Optional[Basis]:
        return self._impl.basis

    @property
    def not_computed(self) -> Optional[str]:
        """Why the entry into force is NOT computed (a figure the clause needs is missing), else None."""
        return self._impl.not_computed

    def states(self) -> List[str]:
        """Every State the registry records an action of."""
        return list(self._impl.states())

    def state(self, name: str) -> State:
        """The State any name the CLI accepts denotes ("Benin", "benin", "BJ", "usa");
        UnknownStateError (a KeyError) when none."""
        return State(self._impl.state(name), self)

    def parties(self, on: Optional[datetime.date] = None) -> Parties:
        """The States bound on a day (today when not given), with `to_pandas()`."""
        return self._impl.parties(on)

    def __repr__(self) -> str:
        eif = self.entry_into_force
        return (f"<pacta.Treaty {self.id!r} ({self.short_title}), in force "
                f"{eif.isoformat() if eif else 'NOT computed' if self.not_computed else 'not yet'}>")


class Data:
    """A data directory's treaties, loaded as asked."""

    def __init__(self, data_dir: Optional[str] = None):
        data_dir = str(data_dir) if data_dir is not None else bundled_data_dir()
        if not _os.path.isdir(_os.path.join(data_dir, "registries")):
            message = f"{data_dir!r} is not a data directory: it has no folder registries/"
            raise LoadError(message, [Diagnostic(data_dir, "", "io.read", message)])
        self._impl = _pacta.Data(data_dir)
        self._treaties = {}

    @property
    def data_dir(self) -> str:
        return self._impl.data_dir

    def treaty_ids(self) -> List[str]:
        """The treaties with a registry in the data."""
        return list(self._impl.registries())

    def treaty(self, id: str) -> Treaty:
        """The record of a treaty (with the records it needs); LoadError when it cannot be built."""
        if id not in self._treaties:
            self._treaties[id] = Treaty(self._impl.treaty(id))
        return self._treaties[id]

    def state(self, name: str, on: Optional[datetime.date] = None) -> Across:
        """One State under every treaty of the data, on a day (today when not given)."""
        return self._impl.state(name, on)

    def __repr__(self) -> str:
        return f"<pacta.Data {self.data_dir!r}>"


def load(data_dir: Optional[str] = None) -> Data:
    """The bundled data, or the data directory given."""
    return Data(data_dir)


class Registry:
    """A registry of one's own, read with its treaty's profile."""

    @staticmethod
    def from_file(path: str, profile: Optional[str] = None, data_dir: Optional[str] = None) -> Treaty:
        """The record of a registry file, under `profile` (a profile file) or the data's profile of its
        treaty; the records it needs come from `data_dir` (the bundled data when not given)."""
        return Treaty(_pacta.registry(data_dir or bundled_data_dir(), path=str(path), profile=profile))

    @staticmethod
    def from_json(text: str, profile: Optional[str] = None, data_dir: Optional[str] = None) -> Treaty:
        """As `from_file`, from the registry's JSON text."""
        return Treaty(_pacta.registry(data_dir or bundled_data_dir(), text=text, profile=profile))
