#!/usr/bin/env python3
"""Checks that the crate's modules import one another in one direction only.

Reads every `.rs` file under `src/`, finds which module each one uses (its
`use` declarations and the `crate::…`, `super::…` and child-module paths in its
code; comments and string literals are ignored) and reports every import circle
among the modules whose path starts with one of the given prefixes (default:
every module of the crate, parents and their children included). Exit status 1
when there is a circle.

A name used through a parent's re-export (`pub use state::AppState` in
`ui/mod.rs`, reached as `crate::ui::AppState`) counts as a use of the module
that defines it, and a re-export alone is not a use: a `mod.rs` that only lists
and re-exports its children is a map, not a dependency. Inline modules
(`mod tests { … }`) count as part of their file.

    python3 scripts/check-module-cycles.py [--edges] [PREFIX …]

`--edges` also prints every edge among the checked modules.
"""

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def strip_comments_and_strings(text):
    """The text with comments, string and char literals blanked out (their
    line breaks kept, so line numbers stay)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        start = i
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            out.append(" " + "\n" * text.count("\n", start, i))
        elif (m := re.compile(r'b?r(#*)"').match(text, i)) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            close = '"' + m.group(1)
            end = text.find(close, m.end())
            i = n if end < 0 else end + len(close)
            out.append('""' + "\n" * text.count("\n", start, i))
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append('""' + "\n" * text.count("\n", start, i))
        elif m := re.compile(r"'(?:\\u\{[0-9a-fA-F]+\}|\\.|[^\\'\n])'").match(text, i):
            i = m.end()
            out.append("' '")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def module_of(path):
    """`src/ui/cards/mod.rs` → ('ui', 'cards'); `src/lib.rs` → ()."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts.pop()
    return tuple(parts)


def use_paths(tree):
    """Expands a use tree (`a::{b, c::d as e, self}`) into paths of segments."""
    tree = re.sub(r"\s+as\s+\w+", "", tree)
    tree = re.sub(r"\s+", "", tree)

    def expand(prefix, s):
        if "{" not in s:
            segs = [x for x in s.split("::") if x]
            return [prefix + segs]
        head, _, rest = s.partition("{")
        inner = rest[: rest.rfind("}")]
        head_segs = [x for x in head.split("::") if x]
        parts, depth, start = [], 0, 0
        for k, ch in enumerate(inner):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                parts.append(inner[start:k])
                start = k + 1
        parts.append(inner[start:])
        found = []
        for part in parts:
            if part:
                found += expand(prefix + head_segs, part)
        return found

    return expand([], tree)


USE = re.compile(r"(?<![\w:])(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);")
MOD = re.compile(r"(?<![\w:])(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*([;{])")
PATH = re.compile(r"(?<![\w:])((?:crate|super|self|\w+)(?:\s*::\s*(?:\w+|\*))+)")


class Module:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.children = set()  # child modules declared with `mod x;`
        self.reexports = {}  # name → absolute path it re-exports
        self.defined = set()  # names of items defined here
        self.uses = []  # (absolute path, inline depth) used here


def scan(path):
    name = module_of(path)
    text = strip_comments_and_strings(path.read_text(encoding="utf-8"))
    module = Module(name, text)
    for m in MOD.finditer(text):
        if m.group(2) == ";":
            module.children.add(m.group(1))
    for m in re.finditer(r"\b(?:fn|struct|enum|trait|type|const|static)\s+(\w+)", text):
        module.defined.add(m.group(1))
    return module


def inline_depth_at(text, pos):
    """How many inline `mod name { … }` blocks enclose `pos`."""
    depth, stack, brace = 0, [], 0
    for m in re.finditer(r"(?<![\w:])(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{|[{}]", text[:pos]):
        tok = m.group(0)
        if tok == "{":
            brace += 1
        elif tok == "}":
            brace -= 1
            if stack and stack[-1] == brace:
                stack.pop()
        else:
            stack.append(brace)
            brace += 1
    return len(stack)


def absolute(module, segs, depth, modules):
    """The absolute path (tuple) of `segs` as written in `module`, or None for
    paths outside the crate (std, egui, …)."""
    segs = [s for s in segs if s]
    if not segs:
        return None
    here = list(module.name)
    if segs[0] == "crate":
        return tuple(segs[1:])
    if segs[0] in ("super", "self"):
        base = list(here)
        supers = 0
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                supers += 1
            segs = segs[1:]
        # The first `depth` supers only leave inline modules of this file.
        supers = max(0, supers - depth)
        base = base[: len(base) - supers] if supers else base
        return tuple(base + segs)
    if segs[0] in module.children:
        return tuple(here + segs)
    return None


def resolve(path, modules, seen=()):
    """The module (tuple) that defines what `path` names, following re-exports."""
    for cut in range(len(path), -1, -1):
        prefix = path[:cut]
        if prefix in modules:
            rest = path[cut:]
            target = modules[prefix]
            if rest and rest[0] in target.reexports and (prefix, rest[0]) not in seen:
                via = target.reexports[rest[0]] + rest[1:]
                return resolve(via, modules, seen + ((prefix, rest[0]),))
            return prefix
    return None


def main(argv):
    show_edges = "--edges" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    modules = {}
    for path in sorted(SRC.rglob("*.rs")):
        module = scan(path)
        modules[module.name] = module
    # Re-exports first: they are followed, not counted.
    for module in modules.values():
        for m in USE.finditer(module.text):
            depth = inline_depth_at(module.text, m.start())
            for segs in use_paths(m.group(2)):
                target = absolute(module, segs, depth, modules)
                if target is None:
                    continue
                if m.group(1) and depth == 0 and segs[-1] != "*":
                    module.reexports[segs[-1]] = target
                else:
                    module.uses.append(target)
        code = USE.sub(" ", module.text)
        for m in PATH.finditer(code):
            segs = [s.strip() for s in m.group(1).split("::")]
            depth = inline_depth_at(module.text, m.start())
            target = absolute(module, segs, depth, modules)
            if target is not None:
                module.uses.append(target)

    def checked(name):
        if not prefixes:
            return len(name) > 0
        return any(name[: len(p.split("::"))] == tuple(p.split("::")) for p in prefixes)

    edges = {}
    for module in modules.values():
        for target in module.uses:
            to = resolve(target, modules)
            if to is not None and to != module.name:
                edges.setdefault(module.name, set()).add(to)

    def show(name):
        return "::".join(name) or "crate"

    if show_edges:
        for source in sorted(edges):
            if checked(source):
                targets = sorted(t for t in edges[source] if checked(t))
                if targets:
                    print(f"{show(source)} -> {', '.join(show(t) for t in targets)}")

    # Circles: strongly connected components of more than one module (Tarjan),
    # over the whole crate, reported when they touch a checked module.
    index, low, stack, on, found = {}, {}, [], set(), []
    counter = [0]

    def connect(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(modules):
        if v not in index:
            connect(v)
    circles = [c for c in found if any(checked(m) for m in c)]
    checked_count = sum(1 for m in modules if checked(m))
    edge_count = sum(1 for s in edges for t in edges[s] if checked(s) and checked(t))
    for circle in circles:
        inside = set(circle)
        print("circle: " + ", ".join(show(m) for m in circle))
        for source in circle:
            for target in sorted(edges.get(source, ())):
                if target in inside:
                    print(f"    {show(source)} -> {show(target)}")
    print(
        f"{checked_count} modules under {', '.join(prefixes) or 'the crate'}; {edge_count} edges among them; "
        f"{len(circles)} circle(s)"
    )
    return 1 if circles else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
