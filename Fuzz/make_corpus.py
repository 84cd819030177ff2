#!/usr/bin/env python3
"""Builds the fuzzers' seed corpus, Fuzz/corpus/<name>/, from seeds/ and Fixtures/.

Each seed is small (libFuzzer mutates small inputs best; at most MAX_LEN bytes) and named by
the SHA-1 of its bytes, as libFuzzer names the inputs it adds, so rerunning adds nothing twice.

- normalize (shared by the five fuzz-normalize-* targets): every paragraph of the seed articles
  and news fixtures, the same text damaged the ways scrapers damage it (mojibake of one and two
  layers from Windows-1252, Latin-1 and MacRoman, HTML entities, CRLF, no-break and zero-width
  spaces, decomposed accents), name variants, invalid UTF-8, and short hand-made cases for
  every rule;
- extract: windows of up to three paragraphs, every language's fixture, nesting and unbalanced
  marks;
- match-pair: two quotations separated by a NUL byte, from the statement clusters of
  Fixtures/en/seeds.clusters.json (renderings of one statement) and from unrelated pairs.

Usage: python3 Fuzz/make_corpus.py [--clean]
"""

import hashlib
import html
import json
import pathlib
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "corpus"
MAX_LEN = 4096

# Short inputs for every rule and every hostile shape, so the fuzzer starts next to them.
HAND_CASES = [
    "caf&eacute; &amp;amp; &#243; &#x1F600; &ldquo;x&rdquo; &#0; &#xD800; &#99999999; &bogus;",
    "Ã©tÃ© â€œquotedâ€\x9d wonâ€™t Ã¢â‚¬â„¢ Ã\xa0 Ã",
    "line\r\nbreaks\rhere\u2028and\u2029there\x85end\x0b\x0c",
    "zero\u200bwidth\u200d\u2060\ufeff\u00adsoft\u200e\u202e\u2066bidi",
    "no\u00a0break\u202fnarrow\u2009thin\u3000ideo  double   triple \t tab ",
    "e\u0301 a\u0308\u0301 \u0301lead \u1100\u1161 \u0345\u0f73 \u1e9b\u0323",
    "\u201cIt\u2019s\u201d \u00abfr\u00bb \u201ede\u201c \u300cja\u300d \u2018single\u2019 `back' \u00b4acute\u00b4",
    "dash\u2014em\u2013en -- \u2026 \ufb01 \u01c4 \u0130stanbul I\u0307 \u00df \u1e9e \u2126 \u212b",
    "\u041c\u043e\u0441\u043a\u0432\u0430 \u0391\u03b8\u03ae\u03bd\u03b1 \u6771\u4eac \u0644\u0627 \u05e9\u05dc\u05d5\u05dd \ud55c\uad6d\uc5b4",
    "\U0001F600 \U0001F468\u200d\U0001F469\u200d\U0001F467 \U0001F1FA\U0001F1F8 \ufdfa \ufffd",
    "\x92s \x93c1\x94 \x80 \x07bell \x1b[0m",
    "Whilst 25,000 organisations won't, 3,5 per cent, twenty-five thousand, 1er, l'\u00c9tat, del",
    "Zelenskyy Zelensky Selenskyj Gaddafi Qaddafi Kadhafi AMLO L\u00f3pez Obrador",
    "\u201c" * 64 + "deep" + "\u201d" * 64,
    "\u00ab " * 100,
    "\u0301" * 300,
    '"' * 200,
    "&" * 50 + "#" * 20 + ";" * 20,
]


def write(corpus: str, data: bytes) -> None:
    if not data or len(data) > MAX_LEN:
        data = data[:MAX_LEN]
    if not data:
        return
    d = CORPUS / corpus
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def texts() -> list[tuple[str, str]]:
    """(name, text) of every seed article and news fixture."""
    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out.append((p.name, p.read_text(encoding="utf-8")))
    for p in sorted((ROOT / "Fixtures").glob("*/*.txt")):
        out.append((str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")))
    return out


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def chunks(p: str) -> list[str]:
    """A paragraph cut into pieces of at most MAX_LEN bytes at spaces."""
    out, cur = [], ""
    for word in p.split(" "):
        if len((cur + " " + word).encode()) > MAX_LEN and cur:
            out.append(cur)
            cur = word
        else:
            cur = word if not cur else cur + " " + word
    if cur:
        out.append(cur)
    return out


def mojibake(s: str, layers: int = 1, encoding: str = "cp1252") -> str:
    for _ in range(layers):
        s = s.encode("utf-8").decode(encoding, errors="replace")
    return s


def damaged(p: str) -> list[str]:
    """The ways scrapers damage a paragraph."""
    out = [
        mojibake(p),
        mojibake(p, 2),
        mojibake(p, 1, "latin-1"),
        mojibake(p, 1, "mac_roman"),
        mojibake(p, 1, "cp1251"),
        mojibake(p, 1, "cp1250"),
        # Then damaged again by a scraper: no-break spaces made spaces, C1 controls dropped.
        mojibake(p).replace("\u00a0", " "),
        "".join(c for c in mojibake(p, 1, "latin-1") if c not in "\x81\x8d\x8f\x90\x9d"),
        html.escape(p).replace("\u2019", "&rsquo;").replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;"),
        p.replace(" ", "\u00a0", 3).replace(".", ".\r\n", 2),
        p.replace(" ", " \u200b", 4),
        unicodedata.normalize("NFD", p),
    ]
    half = len(p) // 2
    out.append(p[:half] + mojibake(p[half:]))  # mixed: half damaged
    return out


def normalize_seeds() -> None:
    for _, text in texts():
        for p in paragraphs(text):
            for piece in chunks(p):
                for variant in [piece] + damaged(piece):
                    write("normalize", variant.encode("utf-8", errors="surrogatepass"))
    names = ROOT / "Fixtures" / "names" / "variants.tsv"
    if names.exists():
        for line in names.read_text(encoding="utf-8").splitlines():
            write("normalize", line.encode())
    for case in HAND_CASES:
        write("normalize", case.encode("utf-8", errors="surrogatepass"))
    # Invalid UTF-8 and a UTF-16 BOM: the targets read bytes as the CLI's `replace` does.
    for raw in [b"bad \xff\xfe byte \xc3", b"\xff\xfeU\x00T\x00F\x00", b"\xed\xa0\x80 surrogate", b"\xe2\x80"]:
        write("normalize", raw)


def extract_seeds() -> None:
    for _, text in texts():
        ps = paragraphs(text)
        for i in range(len(ps)):
            window = "\n".join(ps[i : i + 3])
            for piece in chunks(window) if len(window.encode()) > MAX_LEN else [window]:
                write("extract", piece.encode())
        write("extract", mojibake("\n".join(ps[:3])).encode())
    for case in HAND_CASES[6:7] + HAND_CASES[13:15] + [
        "\u201cOpen and never closed. Next paragraph\n\u201cAnother,\u201d she said. \u201cAnd more.\u201d",
        "\u201cOne \u2018two \u201cthree \u2018four\u2019 three\u201d two\u2019 one,\u201d said Ana D\u00edaz.",
        "\u00ab Non \u00bb, a dit Macron. \u201eNein\u201c, sagte Merkel. \u300c\u3044\u3044\u3048\u300d\u3068\u8a00\u3063\u305f\u3002",
        'He said: "It\'s done" -- and "more \'nested\' text," the minister told reporters.',
        "\u201d stray close \u201c open \u00bb \u00ab reversed \u201c\u201c\u201d\u201d",
    ]:
        write("extract", case.encode())


def match_seeds() -> None:
    clusters = ROOT / "Fixtures" / "en" / "seeds.clusters.json"
    quotes: list[list[str]] = []
    if clusters.exists():
        for s in json.loads(clusters.read_text(encoding="utf-8")).get("statements", []):
            quotes.append([q["text"] for q in s.get("quotes", [])])
    flat = [q for group in quotes for q in group]
    for group in quotes:
        for a in group:
            for b in group:
                if a != b:
                    write("match-pair", (a + "\0" + b).encode())
    for a, b in zip(flat, flat[7:] + flat[:7]):
        write("match-pair", (a + "\0" + b).encode())
    for a, b in [
        ("That won't happen,", "It\u2019s not going to happen."),
        ("We do not agree (with them)", "Furthermore, we do not agree"),
        ("Nous ne pouvons pas d\u00e9pendre des autres", "We cannot depend on others"),
        ("25,000 organisations", "twenty-five thousand organizations"),
        ("", "only one side"),
        ("the the the the", "the"),
        ("\u0301\u0301", "!!! ???"),
    ]:
        write("match-pair", (a + "\0" + b).encode())


def main() -> None:
    if "--clean" in sys.argv:
        for d in CORPUS.glob("*"):
            for f in d.glob("*"):
                f.unlink()
            d.rmdir()
    normalize_seeds()
    extract_seeds()
    match_seeds()
    for t in sorted(p.name for p in CORPUS.iterdir()):
        files = list((CORPUS / t).iterdir())
        size = sum(f.stat().st_size for f in files)
        print(f"{t}: {len(files)} seeds, {size // 1024} KiB")


if __name__ == "__main__":
    main()
