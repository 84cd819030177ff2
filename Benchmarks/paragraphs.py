"""Split the benchmark corpus (and any tool's output of it) into paragraphs aligned with labels.tsv.

The corpus written by shared/scripts/make_corpus.sh is a sequence of articles; an article is
paragraphs joined by one blank line and is followed by one extra blank line. Articles that the
generator marked `crlf` use CRLF line ends in dirty.txt. A paragraph never contains a line break in
either file, but a repair tool may turn U+2028 (or NEL) inside a paragraph into a single LF.

So: line ends are normalised (CRLF and lone CR to LF), trailing line breaks dropped, and the text
split on runs of two or more LFs. Only LF, CR and CRLF count as line breaks here: U+2028, U+0085
and the other characters that `str.splitlines` honours are paragraph content (they are damage the
corpus injects on purpose).

Stdlib only. Used by peers.py and repair_quality.py; runnable as a script for a few chores:

    python3 paragraphs.py check CORPUS_DIR             # paragraph counts of both files vs labels
    python3 paragraphs.py prefix CORPUS_DIR N OUT_DIR  # first N articles of clean/dirty/labels
"""

from __future__ import annotations

import csv
import os
import re
import sys
from dataclasses import dataclass

_BREAKS = re.compile(r"\n{2,}")
_ARTICLE_BREAKS = re.compile(r"\n{3,}")
_FILE_ARTICLE_END = re.compile(r"(?:\r?\n){3,}")


@dataclass(frozen=True)
class Label:
    """One row of labels.tsv."""

    article: int
    paragraph: int
    lang: str
    crlf: bool
    injections: tuple[str, ...]


class AlignmentError(Exception):
    """A text does not split into the paragraphs that labels.tsv describes."""


def normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of `text` in order, without their separators."""
    text = normalise_line_ends(text).strip("\n")
    return _BREAKS.split(text) if text else []


def split_articles(text: str) -> list[list[str]]:
    """Paragraphs grouped by article (articles are separated by two or more blank lines)."""
    text = normalise_line_ends(text).strip("\n")
    if not text:
        return []
    return [_BREAKS.split(a) for a in _ARTICLE_BREAKS.split(text)]


def read_labels(path: str, articles: int | None = None) -> list[Label]:
    """Rows of labels.tsv, optionally only those of the first `articles` articles."""
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for r in reader:
            a = int(r["article"])
            if articles is not None and a >= articles:
                break
            inj = tuple(x for x in (r["injections"] or "").split(",") if x)
            rows.append(Label(a, int(r["paragraph"]), r["lang"], r["crlf"] == "1", inj))
    return rows


def read_text(path: str) -> str:
    # newline="" keeps CR/CRLF as they are; split_paragraphs normalises them itself.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def aligned_paragraphs(text: str, labels: list[Label], what: str,
                       allow_longer: bool = False) -> list[str]:
    """Split `text` and check it against `labels`; raise AlignmentError with a useful message.

    With `allow_longer`, `text` may hold more paragraphs than `labels` (a whole-corpus output
    scored on a prefix of articles); the extra ones are dropped.
    """
    paras = split_paragraphs(text)
    n = len(labels)
    if len(paras) == n or (allow_longer and len(paras) > n):
        return paras[:n]
    # Find the first article whose paragraph count differs, to say where alignment broke.
    want: dict[int, int] = {}
    for lab in labels:
        want[lab.article] = want.get(lab.article, 0) + 1
    got = split_articles(text)
    where = "no single article differs (the tool may have changed the blank lines between articles)"
    for i, count in sorted(want.items()):
        if i >= len(got):
            where = f"the text ends after {len(got)} articles; labels have {len(want)}"
            break
        if len(got[i]) != count:
            first = got[i][0][:80] if got[i] else ""
            where = (f"article {i} has {len(got[i])} paragraphs, labels say {count}; "
                     f"it starts {first!r}")
            break
    raise AlignmentError(
        f"{what}: {len(paras)} paragraphs, labels.tsv has {n} for the articles scored; {where}")


def article_prefix_bytes(labels: list[Label], paragraphs: list[str], limit_bytes: int) -> int:
    """How many leading paragraphs make whole articles of at least `limit_bytes` UTF-8 bytes."""
    total = 0
    for i, (lab, p) in enumerate(zip(labels, paragraphs)):
        if total >= limit_bytes and lab.paragraph == 0:
            return i
        total += len(p.encode("utf-8"))
    return len(paragraphs)


def write_prefix(corpus: str, articles: int, out: str) -> None:
    """Write the first `articles` articles of clean.txt, dirty.txt and labels.tsv to `out`."""
    os.makedirs(out, exist_ok=True)
    for name in ("clean.txt", "dirty.txt"):
        text = read_text(os.path.join(corpus, name))
        # Cut after the article separator, keeping the file's own line ends (CRLF or LF).
        pos = 0
        for _ in range(articles):
            m = _FILE_ARTICLE_END.search(text, pos)
            if m is None:
                pos = len(text)
                break
            pos = m.end()
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text[:pos])
    with open(os.path.join(corpus, "labels.tsv"), encoding="utf-8", newline="") as f, \
         open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="") as g:
        for i, line in enumerate(f):
            if i > 0 and int(line.split("\t", 1)[0]) >= articles:
                break
            g.write(line)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "check":
        labels = read_labels(os.path.join(argv[1], "labels.tsv"))
        for name in ("clean.txt", "dirty.txt"):
            paras = aligned_paragraphs(read_text(os.path.join(argv[1], name)), labels, name)
            print(f"{name}: {len(paras)} paragraphs, aligned with labels.tsv")
        return 0
    if len(argv) == 4 and argv[0] == "prefix":
        write_prefix(argv[1], int(argv[2]), argv[3])
        return 0
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except AlignmentError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(65)
