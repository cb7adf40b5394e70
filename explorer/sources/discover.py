"""Turn command-line paths into a deterministic list of inputs to read.

* A file given explicitly is read whatever its suffix (unknown suffixes as text).
* A directory is walked recursively in name order; hidden entries (``.name``) and
  sidecars are skipped; only supported suffixes are taken (files without a suffix
  are not: READMEs, LICENSEs and Makefiles are not articles — give such files
  explicitly). ``.xml`` files in a directory are taken only if they contain
  ``<TimeML``, ``.json`` files only if they hold an article's text field.
* Symbolic links are followed; a link back to an ancestor directory is reported and
  skipped; anything reachable twice (same resolved path) is read once.
* ``-`` is standard input (read once).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from explorer.sources.metadata import is_sidecar
from explorer.sources.types import InputFile, InputKind, LoadProblem

__all__ = ["SUFFIXES", "discover", "looks_like_articles"]

SUFFIXES: dict[str, InputKind] = {
    ".txt": InputKind.TEXT,
    ".text": InputKind.TEXT,
    ".md": InputKind.MARKDOWN,
    ".markdown": InputKind.MARKDOWN,
    ".tml": InputKind.TIMEML,
    ".te3input": InputKind.TIMEML,
    ".xml": InputKind.TIMEML,
    ".jsonl": InputKind.JSONL,
    ".html": InputKind.HTML,
    ".htm": InputKind.HTML,
    ".xhtml": InputKind.HTML,
    ".ndjson": InputKind.JSONL,
    ".json": InputKind.JSON,
}
_SNIFF_BYTES = 65536


def _kind_of(path: Path) -> InputKind | None:
    return SUFFIXES.get(path.suffix.lower())


def _looks_like_timeml(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return True  # let the reader report the error
    return b"<TimeML" in head or b"<\x00T\x00i\x00m\x00e\x00M\x00L" in head


# The keys an article's text may have in a JSON file (readers._FIELD_NAMES["text"]).
_JSON_TEXT_KEY = re.compile(rb'"(?:text|maintext|content|body|article_text|article)"\s*:\s*"')


# The opening of explorer's own JSON export (`explorer parse --format json`): no input.
_OWN_EXPORT = re.compile(rb'\s*\{\s*"articles"\s*:\s*\[\s*(?:\]|\{\s*"id")')


def looks_like_articles(path: Path) -> bool:
    """A JSON file in a directory holds articles: an article's text field, and it is no
    export of explorer's (nor a package.json or a config)."""
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return True  # let the reader report the error
    return _JSON_TEXT_KEY.search(head) is not None and _OWN_EXPORT.match(head) is None


def _strip_suffix(rel: str) -> str:
    base, dot, suffix = rel.rpartition(".")
    if dot and base and "/" not in suffix and not base.endswith("/"):
        return base
    return rel


def _reason(e: OSError, is_link: bool = False) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if is_link and e.errno == errno.ENOENT:
        return "broken symbolic link"
    return e.strerror.lower() if e.strerror else str(e)


class _Walker:
    def __init__(self) -> None:
        self.out: list[InputFile | LoadProblem] = []
        self.seen_files: set[str] = set()
        self.seen_dirs: set[str] = set()
        self.ids: set[str] = set()

    def _unique_id(self, preferred: str, with_suffix: str) -> str:
        for candidate in (preferred, with_suffix):
            if candidate not in self.ids:
                self.ids.add(candidate)
                return candidate
        n = 2
        while f"{preferred}~{n}" in self.ids:
            n += 1
        self.ids.add(f"{preferred}~{n}")
        return f"{preferred}~{n}"

    def add_file(self, origin: str, path: Path, rel: str, kind: InputKind, size: int) -> None:
        real = os.path.realpath(path)
        if real in self.seen_files:
            return
        self.seen_files.add(real)
        file_id = self._unique_id(_strip_suffix(rel), rel)
        self.out.append(InputFile(origin, path, file_id, kind, size))

    def add_path(self, given: str) -> None:
        if given == "-":
            if "-" not in self.seen_files:
                self.seen_files.add("-")
                self.ids.add("stdin")
                self.out.append(InputFile("<stdin>", None, "stdin", InputKind.STDIN))
            return
        path = Path(given)
        try:
            st = path.stat()
        except OSError as e:
            self.out.append(LoadProblem(given, _reason(e, path.is_symlink())))
            return
        if stat.S_ISDIR(st.st_mode):
            self.walk(given, path)
            return
        if is_sidecar(path):
            self.out.append(LoadProblem(given, "metadata sidecar, not an article; skipped"))
            return
        kind = _kind_of(path) or InputKind.TEXT
        self.add_file(given, path, path.name, kind, st.st_size)

    def walk(self, given: str, root: Path) -> None:
        real_root = os.path.realpath(root)
        if real_root in self.seen_dirs:
            return
        before = len(self.out)
        skipped = 0
        # Stack of (directory, relative path, resolved ancestors); popped in name order.
        stack: list[tuple[Path, str, tuple[str, ...]]] = [(root, "", (real_root,))]
        self.seen_dirs.add(real_root)
        found = 0
        while stack:
            directory, rel_dir, ancestors = stack.pop()
            try:
                with os.scandir(directory) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as e:
                origin = os.path.join(given, rel_dir) if rel_dir else given
                self.out.append(LoadProblem(origin, _reason(e), fatal_for_input=not rel_dir))
                continue
            subdirs: list[tuple[Path, str, tuple[str, ...]]] = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                origin = os.path.join(given, rel)
                try:
                    st = entry.stat(follow_symlinks=True)
                except OSError as e:
                    message = _reason(e, entry.is_symlink()) + "; skipped"
                    self.out.append(LoadProblem(origin, message, fatal_for_input=False))
                    continue
                path = Path(entry.path)
                if stat.S_ISDIR(st.st_mode):
                    real = os.path.realpath(path)
                    if real in ancestors:
                        loop = LoadProblem(origin, "symbolic link loop; skipped", False)
                        self.out.append(loop)
                    elif real not in self.seen_dirs:
                        self.seen_dirs.add(real)
                        subdirs.append((path, rel, (*ancestors, real)))
                    continue
                if not stat.S_ISREG(st.st_mode) or is_sidecar(path):
                    continue
                kind = _kind_of(path)
                suffix = path.suffix.lower()
                if (
                    kind is None
                    or (suffix == ".xml" and not _looks_like_timeml(path))
                    or (suffix == ".json" and not looks_like_articles(path))
                ):
                    skipped += 1
                    continue
                found += 1
                self.add_file(origin, path, rel, kind, st.st_size)
            stack.extend(reversed(subdirs))
        if found == 0 and not any(
            isinstance(x, LoadProblem) and x.fatal_for_input for x in self.out[before:]
        ):
            supported = " ".join(sorted(SUFFIXES))
            extra = f"; {skipped} other file(s) skipped" if skipped else ""
            self.out.append(LoadProblem(given, f"no supported files ({supported}){extra}"))


def discover(paths: Sequence[str] | Iterable[str]) -> list[InputFile | LoadProblem]:
    """Every input to read, in a deterministic order, plus problems found while looking.

    Articles ids (``InputFile.id``) are unique across the whole list: the path relative
    to the directory given, without suffix (a single file: its stem); on a clash the
    suffix is kept, then ``~2``, ``~3``... are appended.
    """
    if isinstance(paths, str):  # discover("dir") means discover(["dir"])
        paths = [paths]
    walker = _Walker()
    for given in paths:
        walker.add_path(given)
    return walker.out
