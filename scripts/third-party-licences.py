#!/usr/bin/env python3
"""Write the licences of every crate linked into the app for one target.

Usage: third-party-licences.py TARGET OUT.txt  (run from the repository root)

Reads `cargo metadata` for TARGET, follows only normal dependencies from this
package (not build, dev or other-platform ones), and writes each crate's name,
version, licence expression and repository, then the licence files those
crates ship (LICENSE*, COPYING*, NOTICE*), each distinct text once with the
crates that ship it. Used for the Windows zip and installer.
"""

import hashlib
import json
import os
import subprocess
import sys

LICENCE_PREFIXES = ("license", "licence", "copying", "notice", "unlicense")


def linked_packages(target):
    """The packages the app's binary links on TARGET, this package excluded."""
    raw = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked",
         "--filter-platform", target],
        check=True, capture_output=True, text=True).stdout
    meta = json.loads(raw)
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    seen, todo = set(), [root]
    while todo:
        node = nodes[todo.pop()]
        for dep in node["deps"]:
            normal = any(k["kind"] is None for k in dep["dep_kinds"])
            if normal and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                todo.append(dep["pkg"])
    return sorted((packages[i] for i in seen), key=lambda p: (p["name"], p["version"]))


def licence_files(package):
    """The licence texts in a package's folder, as (file name, text) pairs."""
    folder = os.path.dirname(package["manifest_path"])
    found = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.lower().startswith(LICENCE_PREFIXES) and os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as text:
                found.append((name, text.read().strip()))
    return found


def main():
    target, out = sys.argv[1], sys.argv[2]
    packages = linked_packages(target)
    texts = {}
    lines = [
        "Third-party software in hk-ai-dashboard.exe",
        "=" * 44,
        "",
        f"The program links these {len(packages)} Rust crates (target {target}).",
        "Each is used under the licence named; their licence files follow.",
        "It also contains the Rust standard library (copyright the Rust Project",
        "Developers, MIT OR Apache-2.0: the texts of LICENSE-MIT.txt and",
        "LICENSE-APACHE.txt) and, from the MinGW-w64 toolchain,",
        "its C runtime start-up code (ZPL 2.1 / public domain) and libgcc (GPL 3",
        "with the GCC Runtime Library Exception, which places no conditions on",
        "programs compiled with it).",
        "",
    ]
    for package in packages:
        crate = f"{package['name']} {package['version']}"
        licence = package.get("license") or "see its licence file below"
        where = package.get("repository") or ""
        lines.append(f"- {crate}: {licence}" + (f" ({where})" if where else ""))
        for name, text in licence_files(package):
            key = hashlib.sha256(text.encode()).hexdigest()
            texts.setdefault(key, (name, text, []))[2].append(crate)
    for name, text, crates in texts.values():
        lines += ["", "-" * 72, f"{name}, shipped by: {', '.join(crates)}", "-" * 72, "", text]
    with open(out, "w", encoding="utf-8", newline="\r\n") as file:
        file.write("\n".join(lines) + "\n")
    print(f"{out}: {len(packages)} crates, {len(texts)} distinct licence texts")


if __name__ == "__main__":
    main()
