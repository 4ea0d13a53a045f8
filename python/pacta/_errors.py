"""The errors pacta raises, and the diagnostics a LoadError carries (docs/python.md, "Errors")."""

# Named tuples of the collections module, not typing's: importing typing would double the module's
# import time (the types are in __init__.pyi).
from collections import namedtuple


class Diagnostic(namedtuple("Diagnostic", "file pointer code message line column", defaults=(None, None))):
    """One problem in the input: the file, the JSON pointer of the value, the rule code and the message
    (docs/registry-format.md lists the codes); `line` and `column` where the JSON itself is malformed."""

    __slots__ = ()

    def __str__(self) -> str:
        where = self.file + (":" + str(self.line) if self.line is not None else "") + \
            (":" + str(self.column) if self.line is not None and self.column is not None else "")
        return f"{where}: {self.pointer or '(document)'}: {self.message} [{self.code}]"


class Error(Exception):
    """Every error pacta raises."""


class LoadError(Error):
    """Input pacta refuses: a registry, a profile, a table or a data directory that is not valid.
    Nothing is half-loaded: `diagnostics` lists every problem found, each with its file, pointer and code."""

    def __init__(self, message, diagnostics):
        super().__init__(message)
        self.diagnostics = list(diagnostics)

    def __reduce__(self):  # pickled whole (multiprocessing passes it between processes)
        return (type(self), (self.args[0] if self.args else "", self.diagnostics))


class QueryError(Error):
    """A question the record cannot answer as asked (a date outside the calendar pacta reads)."""


class UnknownStateError(QueryError, KeyError):
    """No State of the registry answers to the name given; the message names the ones it could mean."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""
