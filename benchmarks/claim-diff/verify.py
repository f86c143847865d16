#!/usr/bin/env python3
"""Checks the claim-diff test set for format errors.

Usage: python3 verify.py [folder]   (default: the folder this script is in)

Checks, per case NN: the three files exist; the texts are UTF-8, have a title line, a blank
line and 2-5 one-line paragraphs, no tabs, 6-15 sentences; the TSV header is exact; every row
has a valid type, the right empty/non-empty columns, an `old` that is a whole sentence of
NN.old.txt and a `new` that is a whole sentence of NN.new.txt; a changed or removed old
sentence no longer occurs in the new text, and a changed or added new sentence did not occur
in the old text. Prints the number of rows per type.
"""
import collections
import os
import re
import sys

TYPES = ("added", "removed", "reworded", "polarity", "subjects", "value")
HEADER = "type\told\tnew"
# The texts avoid abbreviations, so a sentence ends at . ! or ? followed by white space.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(text):
    lines = text.split("\n")
    result = []
    for paragraph in lines[2:]:
        result.extend(s for s in SENTENCE_END.split(paragraph.strip()) if s)
    return result


def check_text(path, errors):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("%s: not UTF-8 (%s)" % (path, e))
        return "", []
    if "\t" in text:
        errors.append("%s: contains a tab" % path)
    if "\r" in text:
        errors.append("%s: contains a carriage return" % path)
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        errors.append("%s: expected a title line, then a blank line" % path)
        return text, []
    body = lines[2:]
    paragraphs = body[0::2]
    separators = body[1::2]
    if any(s != "" for s in separators) or any(not p.strip() for p in paragraphs):
        errors.append("%s: paragraphs must be single lines separated by one blank line" % path)
    if not 2 <= len(paragraphs) <= 5:
        errors.append("%s: %d paragraphs (expected 2-5)" % (path, len(paragraphs)))
    sents = sentences(text)
    if not 6 <= len(sents) <= 15:
        errors.append("%s: %d sentences (expected 6-15)" % (path, len(sents)))
    for s in sents:
        if s[-1] not in ".!?":
            errors.append("%s: sentence does not end with . ! or ?: %r" % (path, s))
    return text, sents


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(folder))
    ids = sorted({m.group(1) for n in names for m in [re.match(r"^(\d\d)\.", n)] if m})
    errors = []
    counts = collections.Counter()
    empty_cases = 0
    for nn in ids:
        paths = {k: os.path.join(folder, "%s.%s" % (nn, k)) for k in ("old.txt", "new.txt", "expected.tsv")}
        missing = [p for p in paths.values() if not os.path.isfile(p)]
        if missing:
            errors.append("case %s: missing %s" % (nn, ", ".join(missing)))
            continue
        old_text, old_sents = check_text(paths["old.txt"], errors)
        new_text, new_sents = check_text(paths["new.txt"], errors)
        with open(paths["expected.tsv"], encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[-1] == "":
            lines.pop()
        else:
            errors.append("%s: no final newline" % paths["expected.tsv"])
        if not lines or lines[0] != HEADER:
            errors.append("%s: header must be exactly %r" % (paths["expected.tsv"], HEADER))
            continue
        rows = lines[1:]
        if not rows:
            empty_cases += 1
        seen = set()
        for i, line in enumerate(rows, 2):
            where = "%s:%d" % (paths["expected.tsv"], i)
            cols = line.split("\t")
            if len(cols) != 3:
                errors.append("%s: %d columns" % (where, len(cols)))
                continue
            kind, old, new = cols
            if kind not in TYPES:
                errors.append("%s: bad type %r" % (where, kind))
                continue
            if (kind, old, new) in seen:
                errors.append("%s: duplicate row" % where)
            seen.add((kind, old, new))
            counts[kind] += 1
            if (kind == "added") != (old == ""):
                errors.append("%s: `old` must be empty exactly for added" % where)
            if (kind == "removed") != (new == ""):
                errors.append("%s: `new` must be empty exactly for removed" % where)
            if old:
                if old not in old_text:
                    errors.append("%s: old not found verbatim in old text: %r" % (where, old))
                elif old not in old_sents:
                    errors.append("%s: old is not a whole sentence of the old text: %r" % (where, old))
                if old in new_sents:
                    errors.append("%s: old sentence still present unchanged in new text: %r" % (where, old))
            if new:
                if new not in new_text:
                    errors.append("%s: new not found verbatim in new text: %r" % (where, new))
                elif new not in new_sents:
                    errors.append("%s: new is not a whole sentence of the new text: %r" % (where, new))
                if new in old_sents:
                    errors.append("%s: new sentence already present in old text: %r" % (where, new))
    for e in errors:
        print("ERROR", e)
    print("cases: %d (header-only: %d)" % (len(ids), empty_cases))
    for kind in TYPES:
        print("%-9s %d" % (kind, counts[kind]))
    print("total     %d" % sum(counts.values()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
