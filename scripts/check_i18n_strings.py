"""Find texts in the code that a person may read but that are not wrapped for translation.

    python scripts/check_i18n_strings.py [PATH ...]     (default: the whole package)

A string literal (or f-string) that reads like words, "Start", "Rest {rest} seconds", is
reported with its file and line unless it is:

* inside a call that translates or marks it: `translate(...)`, `self.tr(...)`,
  `QT_TRANSLATE_NOOP(...)`;
* a docstring, a dictionary key or subscript, a comparison operand, or an argument to a call
  that never shows text (`setObjectName`, logging, paths, environment, style sheets, ...);
* on a line that ends in the comment `# i18n: not shown`, or just below that comment on
  a line of its own (an id, a file format's own words, a message for developers only).
  Say so only where it is true.

Words are a run of two or more letters; a literal reads like words when, once its {fields}
are taken out, it has two words with a space between them, or is one capitalised word.
`tests/i18n/test_wrapped_strings.py` runs this over the package; exit status 1 if anything
is found.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "thrusttimer"
EXEMPT_COMMENT = "# i18n: not shown"
SKIPPED_PARTS = ("runtime", "exercises", "_resources_rc.py", "_translations_rc.py")
"""Interpreter workarounds (no text), exercise data (translated as data, not code) and
generated modules."""

TRANSLATING = frozenset({"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
NOT_SHOWN_CALLS = frozenset(
    {
        # Qt names, properties and looks
        "setObjectName",
        "objectName",
        "setProperty",
        "property",
        "findChild",
        "findChildren",
        "setStyleSheet",
        "QColor",
        "QFont",
        "setFamily",
        "QKeySequence",
        "fromString",
        "Signal",
        "Slot",
        "Property",
        "QUrl",
        "QSettings",
        "setValue",
        "value",
        "contains",
        "remove",
        # logs and developers
        "debug",
        "info",
        "warning",
        "exception",
        "critical",
        "getLogger",
        "warn",
        "record",
        "event",
        # strings, paths and the environment
        "compile",
        "match",
        "fullmatch",
        "search",
        "sub",
        "split",
        "rsplit",
        "startswith",
        "endswith",
        "replace",
        "strip",
        "encode",
        "decode",
        "Path",
        "open",
        "getenv",
        "get",
        "setdefault",
        "pop",
        "joinpath",
        "with_suffix",
        "with_name",
        "glob",
        "rglob",
        "import_module",
        "getattr",
        "setattr",
        "hasattr",
        "isinstance",
        "struct",
        "pack",
        "unpack",
        "execute",
        "executemany",
        "NamedTuple",
        "namedtuple",
        "TypeVar",
        "cast",
        "strftime",
        "strptime",
        "fromisoformat",
    }
)
WORD = re.compile(r"[^\W\d_]{2,}")
FIELD = re.compile(r"\{[^{}]*\}")


def reads_like_words(text: str) -> bool:
    bare = FIELD.sub(" ", text).strip()
    if re.fullmatch(r"[A-Z][a-z]{2,}[.!?…:]?", bare):
        return True
    words = WORD.findall(bare)
    return len(words) >= 2 and " " in bare and not re.fullmatch(r"[\w./:-]+", bare)


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self) -> None:
        self.found: list[tuple[int, str]] = []

    def visit_Expr(self, node: ast.Expr) -> None:
        if _literal_text(node.value) is not None:
            return  # a docstring or an attribute's docstring
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node)
        if name in TRANSLATING or name in NOT_SHOWN_CALLS:
            return
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)  # the key is an id, the container may hold words

    def visit_Dict(self, node: ast.Dict) -> None:
        for value in node.values:
            self.visit(value)

    def visit_Compare(self, node: ast.Compare) -> None:
        return

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for statement in node.body:
            self.visit(statement)
        for default in (*node.args.defaults, *node.args.kw_defaults):
            if default is not None:
                self.visit(default)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        text = _literal_text(node)
        if text is not None and reads_like_words(text):
            self.found.append((node.lineno, text))

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and reads_like_words(node.value):
            self.found.append((node.lineno, node.value))


def unwrapped(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each literal in `path` that reads like words and is not wrapped."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    finder = _Finder()
    finder.visit(ast.parse(source, str(path)))
    for line, text in sorted(set(finder.found)):
        marked_above = line > 1 and lines[line - 2].strip() == EXEMPT_COMMENT
        if not (marked_above or lines[line - 1].rstrip().endswith(EXEMPT_COMMENT)):
            yield line, text


def modules(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        for module in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if not any(part in module.parts or module.name == part for part in SKIPPED_PARTS):
                yield module


def main(argv: list[str]) -> int:
    paths = [Path(arg).resolve() for arg in argv] or [PACKAGE]
    count = 0
    for module in modules(paths):
        for line, text in unwrapped(module):
            count += 1
            where = module.relative_to(ROOT) if module.is_relative_to(ROOT) else module
            print(f"{where}:{line}: not wrapped for translation: {text!r}")
    if count:
        print(f"{count} texts not wrapped (translate them, or end the line in {EXEMPT_COMMENT!r})")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
