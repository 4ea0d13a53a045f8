# Type stubs of the module pacta (docs/python.md).
import datetime
from typing import Any, List, NamedTuple, Optional, Tuple

__version__: str

class Diagnostic(NamedTuple):
    file: str
    pointer: str
    code: str
    message: str
    line: Optional[int] = ...

class Error(Exception): ...

class LoadError(Error):
    diagnostics: List[Diagnostic]
    def __init__(self, message: str, diagnostics: List[Diagnostic]) -> None: ...

class QueryError(Error): ...
class UnknownStateError(QueryError, KeyError): ...

class Basis(NamedTuple):
    rule: str
    article: str
    citation: str
    reasoning: str
    source: str = ...

class Dated(NamedTuple):
    date: datetime.date
    basis: Basis

class Status(NamedTuple):
    code: str
    explanation: str
    bound: bool
    on: datetime.date

class Report(NamedTuple):
    name: str
    due: datetime.date
    basis: Basis
    overdue: str

class Party(NamedTuple):
    state: str
    status: str
    entry_into_force: Optional[Dated]
    consent: Optional[str]
    consent_date: Optional[datetime.date]

class Parties(List[Party]):
    def to_pandas(self) -> Any: ...

class Standing(NamedTuple):
    treaty: str
    short_title: str
    status: str
    explanation: str
    bound: bool
    entry_into_force: Optional[Dated]
    denunciation: Optional[Dated]

class Across(NamedTuple):
    state: str
    on: datetime.date
    treaties: List[Standing]
    def bound(self) -> List[Standing]: ...
    def to_pandas(self) -> Any: ...

class State:
    treaty: Treaty
    @property
    def name(self) -> str: ...
    @property
    def entry_into_force(self) -> Optional[datetime.date]: ...
    @property
    def basis(self) -> Optional[Basis]: ...
    def status(self, on: Optional[datetime.date] = ...) -> Status: ...
    def reports_due(self, on: Optional[datetime.date] = ...) -> List[Report]: ...
    def actions(self) -> List[Tuple[str, datetime.date]]: ...

class Treaty:
    @property
    def id(self) -> str: ...
    @property
    def short_title(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def chapter(self) -> str: ...
    @property
    def as_of(self) -> datetime.date: ...
    @property
    def entry_into_force(self) -> Optional[datetime.date]: ...
    @property
    def basis(self) -> Optional[Basis]: ...
    @property
    def not_computed(self) -> Optional[str]: ...
    def states(self) -> List[str]: ...
    def state(self, name: str) -> State: ...
    def parties(self, on: Optional[datetime.date] = ...) -> Parties: ...

class Data:
    def __init__(self, data_dir: Optional[str] = ...) -> None: ...
    @property
    def data_dir(self) -> str: ...
    def treaty_ids(self) -> List[str]: ...
    def treaty(self, id: str) -> Treaty: ...
    def state(self, name: str, on: Optional[datetime.date] = ...) -> Across: ...

class Registry:
    @staticmethod
    def from_file(path: str, profile: Optional[str] = ..., data_dir: Optional[str] = ...) -> Treaty: ...
    @staticmethod
    def from_json(text: str, profile: Optional[str] = ..., data_dir: Optional[str] = ...) -> Treaty: ...

def load(data_dir: Optional[str] = ...) -> Data: ...
def bundled_data_dir() -> str: ...
