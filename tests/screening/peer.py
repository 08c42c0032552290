#!/usr/bin/env python3
"""The peer in the traveller-screening benchmark: nomenklatura's `logic-v2`
matcher, the one behind OpenSanctions' yente, run on the same CSV files as
`liaison screen` so that both are judged on the same data in the same run.

    peer.py --watchlist W.csv --travellers T.csv --out hits.csv
            [--threshold 0.7] [--timing timing.json] [--limit N]

Scoring. Each pair is scored with
`nomenklatura.matching.LogicV2.compare(query, result, LogicV2.default_config())`
(module `nomenklatura.matching.logic_v2.model`), the traveller as the query
and the watchlist entry as the result, which is how yente's /match uses it
(the query side gets initials inferred). The config is the algorithm's own
defaults, unchanged. nomenklatura has no threshold of its own; the default
here, 0.7, is yente's `SCORE_THRESHOLD`, the score at which its /match marks
a result as a match.

Entities. Each row becomes a FollowTheMoney `Person`: `name` = "given
surname" and, as a second name, the native full name; `firstName` and
`lastName` (which only tag name parts); `birthDate` (ISO 8601, partial
allowed); `nationality` (alpha-3 turned into FtM's lower-case alpha-2 by FtM's
own country cleaning); `gender` (male/female); `passportNumber` from
document_number (identifier-typed, so logic-v2's identifier feature and the
blocker see it exactly as they would an idNumber). The `script` column is not
used: rigour detects scripts itself. Ids are prefixed ("w:", "t:") because
logic-v2 caches analysed names by entity id, and a traveller may share an id
with a watchlist entry.

Candidates. Comparing every traveller with every entry is far too slow in
Python, so candidates come from nomenklatura's own blocker,
`nomenklatura.blocker.Index` (DuckDB, runs offline), as its
`match_entities` hands them out: entries sharing weighted tokens with the
traveller (name parts in their transliterated `comparable` form, so native
names block against romanised ones; whole-name fingerprints; name symbols,
i.e. rigour's cross-script name identifiers; birth dates; countries;
normalised identifiers), at most 75 per traveller and none below a tenth of
that traveller's best blocking score (its defaults). One option is changed:
the blocker drops a token as a stop word when it would yield more than
max_bucket_size² candidate rows over the whole batch, with a default sized
for a single query (60² rows); we scale that cap with the number of travellers
(60² rows per traveller) so the candidates, and hence the scores, do not
depend on how many travellers are screened in one run (`--limit`).

Timing. `index_s` covers reading the watchlist, building its entities and
the blocker index; `screen_s` covers building the travellers' entities, blocking and
scoring them and writing the hits. It runs in one process (DuckDB may use
more threads briefly while blocking). `timing.json` also records the number
of travellers and of pairs scored.
"""

import argparse
import csv
import json
import logging
import math
import re
import sys
import tempfile
import time
from pathlib import Path

try:
    from followthemoney import Dataset, StatementEntity, registry
    from nomenklatura.blocker import Index
    from nomenklatura.matching import LogicV2
    from nomenklatura.resolver import Linker
    from nomenklatura.store import MemoryStore
except ImportError as exc:
    sys.exit(f"peer.py: {exc}; install nomenklatura from PyPI (scripts/bench-screening does)")

HEADER = [
    "id",
    "given_names",
    "surname",
    "full_name_native",
    "script",
    "date_of_birth",
    "nationality",
    "gender",
    "document_number",
]
DEFAULT_THRESHOLD = 0.7
# The blocker's own default max_bucket_size, whose square is the per-query cap.
BUCKET_PER_QUERY = 60
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
GENDERS = {"m": "male", "male": "male", "f": "female", "female": "female"}
PROGRESS_EVERY_S = 10.0


class BadInput(Exception):
    pass


def log(msg):
    print(f"peer: {msg}", file=sys.stderr, flush=True)


class Warnings:
    """Values the peer cannot represent are left out rather than failing the
    whole benchmark, but they are counted and shown so a generator bug that
    starves the peer of data cannot pass unnoticed."""

    def __init__(self, source):
        self.source = source
        self.seen = {}

    def add(self, what, line, value):
        count, example = self.seen.get(what, (0, None))
        self.seen[what] = (count + 1, example or f"line {line}: {value!r}")

    def report(self):
        for what, (count, example) in sorted(self.seen.items()):
            log(f"warning: {self.source}: {count} row(s) with {what}, ignored (first at {example})")


def read_rows(path, limit=None):
    """Rows of a screening CSV as (line number, dict), checked for shape."""
    try:
        fh = open(path, newline="", encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from exc
    with fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            if header is None:
                raise BadInput(f"{path} is empty; expected the header {','.join(HEADER)}")
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]
            if header != HEADER:
                raise BadInput(
                    f"{path}: unexpected header\n  expected: {','.join(HEADER)}\n  found:    {','.join(header)}"
                )
            rows, ids = [], set()
            for fields in reader:
                if limit is not None and len(rows) >= limit:
                    break
                line = reader.line_num
                if fields == []:
                    continue
                if len(fields) != len(HEADER):
                    raise BadInput(f"{path}:{line}: {len(fields)} fields, expected {len(HEADER)}")
                row = dict(zip(HEADER, (f.strip() for f in fields)))
                if not row["id"]:
                    raise BadInput(f"{path}:{line}: empty id")
                if row["id"] in ids:
                    raise BadInput(f"{path}:{line}: duplicate id {row['id']!r}")
                ids.add(row["id"])
                rows.append((line, row))
        except UnicodeDecodeError as exc:
            raise BadInput(f"{path} is not UTF-8: {exc}") from exc
        except csv.Error as exc:
            raise BadInput(f"{path}:{reader.line_num}: {exc}") from exc
    return rows


def make_person(dataset, prefix, line, row, warnings):
    entity = StatementEntity(dataset, {"schema": "Person", "id": prefix + row["id"]})
    latin = " ".join(part for part in (row["given_names"], row["surname"]) if part)
    if latin:
        entity.add("name", latin)
    if row["full_name_native"] and row["full_name_native"] != latin:
        entity.add("name", row["full_name_native"])
    if not latin and not row["full_name_native"]:
        warnings.add("no name at all", line, row["id"])
    if row["given_names"]:
        entity.add("firstName", row["given_names"])
    if row["surname"]:
        entity.add("lastName", row["surname"])
    if dob := row["date_of_birth"]:
        if ISO_DATE.match(dob):
            entity.add("birthDate", dob)
        else:
            warnings.add("a date_of_birth that is not ISO 8601 (YYYY[-MM[-DD]])", line, dob)
    if nat := row["nationality"]:
        code = registry.country.clean(nat) if len(nat) == 3 else None
        if code is None:
            warnings.add("a nationality that is not an ISO 3166 alpha-3 code", line, nat)
        else:
            entity.add("nationality", code)
    if gender := row["gender"]:
        if gender.lower() in GENDERS:
            entity.add("gender", GENDERS[gender.lower()])
        else:
            warnings.add("a gender other than M/F/male/female", line, gender)
    if row["document_number"]:
        entity.add("passportNumber", row["document_number"])
    return entity


def build_index(watchlist_path, index_dir, travellers):
    """The watchlist as a nomenklatura store plus its blocker index."""
    dataset = Dataset.make({"name": "watchlist", "title": "Watchlist"})
    warnings = Warnings(watchlist_path)
    store = MemoryStore(dataset, Linker({}))
    count = 0
    with store.writer() as writer:
        for line, row in read_rows(watchlist_path):
            writer.add_entity(make_person(dataset, "w:", line, row, warnings))
            count += 1
    warnings.report()
    if count == 0:
        raise BadInput(f"{watchlist_path} has no rows")
    log(f"indexing {count} watchlist entries")
    bucket = math.ceil(BUCKET_PER_QUERY * math.sqrt(travellers))
    view = store.default_view()
    index = Index(view, index_dir, options={"max_bucket_size": bucket})
    index.build()
    return view, index


def screen(view, index, travellers, threshold, out_path):
    """Score every blocked (traveller, entry) pair; write those at or above
    the threshold. Returns the number of pairs scored."""
    config = LogicV2.default_config()
    by_id = {t.id: t for t in travellers}
    pairs = hits = done = 0
    started = last = time.perf_counter()
    with open(out_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["traveller_id", "watchlist_id", "score"])
        for ident, candidates in index.match_entities(travellers):
            query = by_id[ident.id]
            for cand_id, _ in candidates:
                entry = view.get_entity(cand_id.id)
                score = LogicV2.compare(query, entry, config).score
                pairs += 1
                if score >= threshold:
                    writer.writerow([query.id[2:], entry.id[2:], f"{score:.4f}"])
                    hits += 1
            done += 1
            now = time.perf_counter()
            if now - last >= PROGRESS_EVERY_S:
                last = now
                log(
                    f"scored {done}/{len(travellers)} travellers with candidates, "
                    f"{pairs} pairs ({pairs / (now - started):.0f} pairs/s), {hits} hits"
                )
    log(f"scored {pairs} pairs for {len(travellers)} travellers ({done} had candidates), {hits} hits")
    return pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--watchlist", required=True, type=Path)
    parser.add_argument("--travellers", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path, help="hits CSV to write")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help=f"report pairs scoring at least this (default {DEFAULT_THRESHOLD}, yente's)")
    parser.add_argument("--timing", type=Path, help="write index_s / screen_s here as JSON")
    parser.add_argument("--limit", type=int, help="screen only the first N travellers")
    args = parser.parse_args()
    if not 0.0 <= args.threshold <= 1.0:
        parser.error("--threshold must be between 0 and 1")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    # The blocker logs every step at INFO; our own progress lines suffice.
    logging.basicConfig(level=logging.WARNING)

    try:
        # Parsed first so a bad file fails before the slow part, and because
        # the index is sized by the number of travellers (a few ms, untimed).
        traveller_rows = read_rows(args.travellers, args.limit)
        if not traveller_rows:
            raise BadInput(f"{args.travellers} has no rows")
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="peer-index-") as index_dir:
            view, index = build_index(args.watchlist, Path(index_dir), len(traveller_rows))
            index_s = time.perf_counter() - started
            log(f"index built in {index_s:.1f} s")

            started = time.perf_counter()
            dataset = Dataset.make({"name": "travellers", "title": "Travellers"})
            warnings = Warnings(args.travellers)
            travellers = [make_person(dataset, "t:", line, row, warnings) for line, row in traveller_rows]
            warnings.report()
            log(f"screening {len(travellers)} travellers at threshold {args.threshold}")
            pairs = screen(view, index, travellers, args.threshold, args.out)
            index.close()
            screen_s = time.perf_counter() - started
    except BadInput as exc:
        sys.exit(f"peer.py: {exc}")
    except OSError as exc:
        sys.exit(f"peer.py: {exc}")

    log(
        f"screen {screen_s:.1f} s: {len(travellers) / screen_s:.1f} travellers/s, "
        f"{pairs / screen_s:.0f} pairs/s overall"
    )
    if args.timing:
        timing = {
            "index_s": round(index_s, 3),
            "screen_s": round(screen_s, 3),
            "travellers": len(travellers),
            "pairs_scored": pairs,
        }
        args.timing.write_text(json.dumps(timing, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
