"""The typing contract: py.typed ships, _core.pyi matches the compiled module, the public API is annotated."""

from __future__ import annotations

import ast
import inspect
from importlib import resources
from pathlib import Path

import errdecode
from errdecode import _core


class _Unions(ast.NodeTransformer):
    """Rewrites Union[a, b] / typing.Union[a, b] as a | b, and drops typing./collections.abc. prefixes."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        node = self.generic_visit(node)
        name = ast.unparse(node.value)
        if name in ("Union", "typing.Union"):
            items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            out = items[0]
            for item in items[1:]:
                out = ast.BinOp(left=out, op=ast.BitOr(), right=item)
            return out
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if ast.unparse(node.value) in ("typing", "collections.abc"):
            return ast.Name(id=node.attr, ctx=ast.Load())
        return self.generic_visit(node)


def _signature(fn: ast.FunctionDef):
    def norm(a):
        return None if a is None else ast.unparse(_Unions().visit(a))

    args = fn.args
    return (
        [(a.arg, norm(a.annotation)) for a in args.posonlyargs + args.args],
        [(a.arg, norm(a.annotation)) for a in args.kwonlyargs],
        norm(fn.returns),
    )


def _runtime_signature(name: str):
    """The signature pybind11 writes on the first line of the docstring: 'decode(code: str, lang: str) -> str'."""
    first = getattr(_core, name).__doc__.splitlines()[0]
    (fn,) = ast.parse(f"def {first}: ...").body
    return _signature(fn)


def _stub():
    path = Path(errdecode.__file__).with_name("_core.pyi")
    return ast.parse(path.read_text())


def test_package_is_typed():
    files = {p.name for p in resources.files("errdecode").iterdir()}
    assert {"py.typed", "_core.pyi", "__init__.py", "__main__.py"} <= files


def test_core_stub_matches_the_module():
    stub = _stub()
    stub_functions = {n.name: n for n in stub.body if isinstance(n, ast.FunctionDef)}
    stub_names = set(stub_functions) | {n.target.id for n in stub.body if isinstance(n, ast.AnnAssign)}
    runtime_names = {n for n in dir(_core) if not n.startswith("_")} | {"__version__"}
    assert stub_names == runtime_names
    for name, fn in stub_functions.items():
        assert _signature(fn) == _runtime_signature(name), name


def test_public_api_is_annotated_and_exported():
    for name in errdecode.__all__:
        assert hasattr(errdecode, name), name
    for name in ("decode", "decode_cert_flags", "scan", "search", "lookup_entry", "values_of", "languages"):
        sig = inspect.signature(getattr(errdecode, name))
        assert sig.return_annotation is not inspect.Signature.empty, name
        for p in sig.parameters.values():
            assert p.annotation is not inspect.Parameter.empty, (name, p.name)
            if p.name in ("lang", "limit"):
                assert p.kind is inspect.Parameter.KEYWORD_ONLY, (name, p.name)
    assert inspect.signature(errdecode.decode).parameters["lang"].default == "en"
    assert inspect.signature(errdecode.search).parameters["limit"].default == 10

