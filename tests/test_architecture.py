"""The house shows the pipeline: stages import one way, nothing imports back, the docs name what exists."""

from __future__ import annotations

import ast
import importlib
import json
import re
from pathlib import Path

import pytest

import claimcheck

PACKAGE = Path(claimcheck.__file__).resolve().parent
ROOT = PACKAGE.parent
DOCS = ROOT / "docs"
#: The stages in the order data flows through them: a module may import its own stage and earlier ones.
STAGES = ("reading", "extraction", "checking", "presenting")
#: Top-level modules every stage may use (they import no stage at module level, or only lazily for checks).
SHARED = {"claimcheck._rx", "claimcheck.schema", "claimcheck.settings"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _imports(name: str) -> set[str]:
    """The package modules ``name`` imports anywhere in its text (lazy imports inside functions too)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            # "from claimcheck import schema" imports the module claimcheck.schema; "from x import name", module x
            candidates = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        for candidate in candidates:
            while candidate and candidate not in MODULES:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name and candidate.startswith("claimcheck"):
                targets.add(candidate)
    return targets


GRAPH = {name: _imports(name) for name in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each a set of modules importing back."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return components


def test_the_cycle_finder_finds_a_cycle_through_a_third_module() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert _cycles(GRAPH) == []


def _stage(name: str) -> int | None:
    parts = name.split(".")
    return STAGES.index(parts[1]) if len(parts) > 2 and parts[1] in STAGES else None


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _stage(n) is not None))
def test_a_stage_imports_only_itself_earlier_stages_and_the_shared_modules(name: str) -> None:
    stage = _stage(name)
    assert stage is not None
    for target in GRAPH[name]:
        target_stage = _stage(target)
        if target_stage is None:
            assert target in SHARED or target == f"claimcheck.{STAGES[stage]}", f"{name} imports {target}"
        else:
            assert target_stage <= stage, f"{name} ({STAGES[stage]}) imports {target}, a later stage"


def test_the_top_level_holds_at_most_twelve_modules() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 12, top


def test_stage_packages_import_nothing_themselves() -> None:
    """A stage's ``__init__`` only says what the stage holds: importing one module never loads the whole stage."""
    for stage in STAGES:
        assert GRAPH[f"claimcheck.{stage}"] == set(), stage


ARCHITECTURE = (DOCS / "architecture.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_is_named_on_the_architecture_page(name: str) -> None:
    path = MODULES[name]
    if path.name == "__init__.py" and name != "claimcheck":
        assert f"`{path.parent.name}/`" in ARCHITECTURE, name
    else:
        assert path.name in ARCHITECTURE, name


def test_every_path_on_the_architecture_page_exists() -> None:
    for folder in re.findall(r"`([a-z_]+)/`", ARCHITECTURE):
        assert (PACKAGE / folder).is_dir(), folder
    for path in re.findall(r"`claimcheck/([a-z_/]+\.py)`", ARCHITECTURE):
        assert (PACKAGE / path).is_file(), path


def _documents() -> list[Path]:
    return [*sorted(DOCS.glob("*.md")), ROOT / "README.md", DOCS / "tutorial.ipynb"]


def _text(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    return path.read_text(encoding="utf-8")


IMPORT_LINE = re.compile(r"^\s*(from claimcheck[\w.]* import [\w, ]+|import claimcheck[\w.]*)", re.MULTILINE)
DOCUMENTED_IMPORTS = sorted(
    {(m.group(1).strip(), p.name) for p in _documents() for m in IMPORT_LINE.finditer(_text(p))}
)


def test_the_docs_show_imports() -> None:
    assert len(DOCUMENTED_IMPORTS) >= 5


@pytest.mark.parametrize("line, doc", DOCUMENTED_IMPORTS)
def test_every_import_the_docs_show_works(line: str, doc: str) -> None:
    exec(line.split("#")[0], {})  # noqa: S102  (the docs' own import lines)


#: File names and config tables that look like dotted names ("claimcheck.toml", "[tool.claimcheck.categories]").
NOT_A_NAME = {"toml", "sarif", "yml", "yaml", "json", "jsonl", "egg", "html", "csv"}
DOTTED = re.compile(r"(?<![\w.\[/-])claimcheck(?:\.[A-Za-z_]\w*)+")
DOCUMENTED_NAMES = sorted(
    {
        (m.group(), p.name)
        for p in _documents()
        for m in DOTTED.finditer(_text(p))
        if m.group().rsplit(".", 1)[-1] not in NOT_A_NAME
    }
)


@pytest.mark.parametrize("dotted, doc", DOCUMENTED_NAMES)
def test_every_dotted_name_the_docs_use_resolves(dotted: str, doc: str) -> None:
    parts = dotted.split(".")
    for k in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:k]))
            break
        except ImportError:
            continue
    for part in parts[k:]:
        assert hasattr(obj, part), f"{doc}: {dotted}"
        obj = getattr(obj, part)


def _top_level_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level, once per binding (assignments, functions, classes)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                targets = target.elts if isinstance(target, ast.Tuple) else [target]
                names.extend(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_the_binding_finder_sees_a_name_bound_twice() -> None:
    tree = ast.parse("A = 1\ndef f(): pass\nA = 2\nB, C = 1, 2\n")
    assert _top_level_names(tree) == ["A", "f", "A", "B", "C"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    """A second pattern of the same name silently replaces the first for the whole module (ruff does not tell)."""
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert sorted({n for n in names if names.count(n) > 1}) == []


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.glob("*.py")), ids=lambda p: p.name)
def test_no_test_module_binds_a_top_level_name_twice(path: Path) -> None:
    """A helper defined again further down replaces the first for every test of the module, those above it too."""
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert sorted({n for n in names if names.count(n) > 1}) == []
