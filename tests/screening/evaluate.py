#!/usr/bin/env python3
"""Scores a screening run against the truth of a generated screening set.
It knows nothing about any matcher, so `liaison screen` and the peer are
judged by the same code.

    evaluate.py --truth truth.csv --hits hits.csv [--name NAME]
                [--json out.json] [--travellers-limit N]

truth.csv (`traveller_id,watchlist_id,variation,script`, one row per
traveller) says what each traveller is: a watchlist person under some
variation (any variation that is not `none` and does not start with
`negative_`), a hard negative resembling the entry named (`negative_*`), or
unrelated (`none`). hits.csv (`traveller_id,watchlist_id,score`) lists the
pairs the matcher reported.

Counting is over pairs: a hit is a true positive when its pair is a positive
truth pair and a false positive otherwise (including a positive traveller
matched to the wrong entry); a positive truth pair with no hit is a false
negative. Per-script figures put each hit and miss under the script of its
traveller's truth row, which for a true watchlist person is the script of
the entry's native name. False-alert rates count travellers, not pairs: the
share of hard negatives (or of unrelated travellers) with at least one hit,
because one alert is what costs a border officer time.

`--travellers-limit N` keeps the first N truth rows and only the hits of
those travellers, so a peer that screened only the first N travellers
(`peer.py --limit N`, same file order) is scored on what it saw.
"""

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

TRUTH_HEADER = ["traveller_id", "watchlist_id", "variation", "script"]
HITS_COLUMNS = ["traveller_id", "watchlist_id"]


class BadInput(Exception):
    pass


def kind_of(variation):
    if variation == "none":
        return "unrelated"
    if variation.startswith("negative_"):
        return "negative"
    return "positive"


def open_csv(path):
    try:
        return open(path, newline="", encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from exc


def read_truth(path, limit):
    """Truth rows in file order (the first `limit` when given)."""
    rows, seen = [], set()
    with open_csv(path) as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]
            if header != TRUTH_HEADER:
                raise BadInput(
                    f"{path}: unexpected header\n  expected: {','.join(TRUTH_HEADER)}\n"
                    f"  found:    {','.join(header or [])}"
                )
            for fields in reader:
                line = reader.line_num
                if fields == []:
                    continue
                if len(fields) != len(TRUTH_HEADER):
                    raise BadInput(f"{path}:{line}: {len(fields)} fields, expected {len(TRUTH_HEADER)}")
                tid, wid, variation, script = (f.strip() for f in fields)
                if not tid:
                    raise BadInput(f"{path}:{line}: empty traveller_id")
                if tid in seen:
                    raise BadInput(f"{path}:{line}: traveller {tid!r} appears twice")
                if not variation:
                    raise BadInput(f"{path}:{line}: empty variation (use 'none' for an unrelated traveller)")
                if kind_of(variation) == "positive" and not wid:
                    raise BadInput(f"{path}:{line}: positive variation {variation!r} without a watchlist_id")
                seen.add(tid)
                rows.append({"traveller": tid, "watchlist": wid, "variation": variation,
                             "script": script.lower() or "latin"})
        except UnicodeDecodeError as exc:
            raise BadInput(f"{path} is not UTF-8: {exc}") from exc
        except csv.Error as exc:
            raise BadInput(f"{path}:{reader.line_num}: {exc}") from exc
    if not rows:
        raise BadInput(f"{path} has no rows")
    return rows, (rows if limit is None else rows[:limit])


def read_hits(path, known, counted):
    """Distinct (traveller, watchlist) pairs of the counted travellers.
    A hit for a traveller the truth does not know means the files do not
    belong together, which would make every number meaningless."""
    pairs, duplicates = set(), 0
    with open_csv(path) as fh:
        reader = csv.DictReader(fh)
        try:
            missing = [c for c in HITS_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise BadInput(
                    f"{path}: missing column(s) {', '.join(missing)}; expected the header "
                    f"traveller_id,watchlist_id,score"
                )
            for row in reader:
                tid = (row["traveller_id"] or "").strip()
                wid = (row["watchlist_id"] or "").strip()
                if not tid or not wid:
                    raise BadInput(f"{path}:{reader.line_num}: empty traveller_id or watchlist_id")
                if tid not in known:
                    raise BadInput(f"{path}:{reader.line_num}: traveller {tid!r} is not in the truth file")
                if tid not in counted:
                    continue
                if (tid, wid) in pairs:
                    duplicates += 1
                pairs.add((tid, wid))
        except UnicodeDecodeError as exc:
            raise BadInput(f"{path} is not UTF-8: {exc}") from exc
        except csv.Error as exc:
            raise BadInput(f"{path}:{reader.line_num}: {exc}") from exc
    if duplicates:
        print(f"evaluate: warning: {path}: {duplicates} duplicate hit row(s), counted once", file=sys.stderr)
    return pairs


def prf(tp, fp, fn):
    """Precision, recall and F1; None where nothing could be measured
    (precision with no hits, recall with no positives)."""
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / (tp + fn) if tp + fn else None,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None,
    }


def rate(hit, total):
    return {"travellers": total, "alerted": hit, "rate": hit / total if total else None}


def evaluate(truth, hits):
    by_traveller = {row["traveller"]: row for row in truth}
    positives = {(r["traveller"], r["watchlist"]) for r in truth if kind_of(r["variation"]) == "positive"}
    alerted = {tid for tid, _ in hits}

    tp = fp = 0
    script_counts = defaultdict(Counter)
    for tid, wid in hits:
        script = by_traveller[tid]["script"]
        if (tid, wid) in positives:
            tp += 1
            script_counts[script]["tp"] += 1
        else:
            fp += 1
            script_counts[script]["fp"] += 1

    variations = defaultdict(Counter)
    negatives = defaultdict(Counter)
    unrelated = Counter()
    for row in truth:
        kind = kind_of(row["variation"])
        if kind == "positive":
            found = (row["traveller"], row["watchlist"]) in hits
            variations[row["variation"]]["total"] += 1
            variations[row["variation"]]["found"] += found
            if not found:
                script_counts[row["script"]]["fn"] += 1
        elif kind == "negative":
            negatives[row["variation"]]["total"] += 1
            negatives[row["variation"]]["alerted"] += row["traveller"] in alerted
        else:
            unrelated["total"] += 1
            unrelated["alerted"] += row["traveller"] in alerted

    fn = len(positives) - tp
    neg_total = sum(c["total"] for c in negatives.values())
    neg_alerted = sum(c["alerted"] for c in negatives.values())
    return {
        "travellers": len(truth),
        "hits": len(hits),
        "positives": len(positives),
        "overall": prf(tp, fp, fn),
        "recall_by_variation": {
            v: {"total": c["total"], "found": c["found"], "recall": c["found"] / c["total"]}
            for v, c in sorted(variations.items())
        },
        "by_script": {s: prf(c["tp"], c["fp"], c["fn"]) for s, c in sorted(script_counts.items())},
        "false_alert_hard_negatives": rate(neg_alerted, neg_total),
        "false_alert_by_negative_kind": {k: rate(c["alerted"], c["total"]) for k, c in sorted(negatives.items())},
        "false_alert_unrelated": rate(unrelated["alerted"], unrelated["total"]),
    }


def pct(value):
    return "—" if value is None else f"{100 * value:.1f}%"


def table(title, header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    lines = [title, "  " + "  ".join(f"{h:<{w}}" if i == 0 else f"{h:>{w}}"
                                     for i, (h, w) in enumerate(zip(header, widths)))]
    for row in rows:
        lines.append("  " + "  ".join(f"{str(x):<{w}}" if i == 0 else f"{str(x):>{w}}"
                                      for i, (x, w) in enumerate(zip(row, widths))))
    return "\n".join(lines)


def render(name, res):
    o = res["overall"]
    out = [
        f"== {name}: {res['travellers']} travellers, {res['positives']} positive pairs, {res['hits']} hits",
        f"  precision {pct(o['precision'])}  recall {pct(o['recall'])}  F1 {pct(o['f1'])}"
        f"  (TP {o['tp']}, FP {o['fp']}, FN {o['fn']})",
        "",
        table("Recall by variation", ["variation", "found", "total", "recall"],
              [[v, c["found"], c["total"], pct(c["recall"])] for v, c in res["recall_by_variation"].items()]),
        "",
        table("By script", ["script", "TP", "FP", "FN", "precision", "recall", "F1"],
              [[s, c["tp"], c["fp"], c["fn"], pct(c["precision"]), pct(c["recall"]), pct(c["f1"])]
               for s, c in res["by_script"].items()]),
        "",
    ]
    neg_rows = [[k, r["alerted"], r["travellers"], pct(r["rate"])] for k, r in res["false_alert_by_negative_kind"].items()]
    h, u = res["false_alert_hard_negatives"], res["false_alert_unrelated"]
    neg_rows += [["all hard negatives", h["alerted"], h["travellers"], pct(h["rate"])],
                 ["unrelated", u["alerted"], u["travellers"], pct(u["rate"])]]
    out.append(table("False alerts (travellers with any hit)", ["travellers", "alerted", "total", "rate"], neg_rows))
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--truth", required=True, type=Path)
    parser.add_argument("--hits", required=True, type=Path)
    parser.add_argument("--name", help="label for the matcher (default: the hits file name)")
    parser.add_argument("--json", type=Path, help="write all results here")
    parser.add_argument("--travellers-limit", type=int, help="count only the first N truth rows")
    args = parser.parse_args()
    if args.travellers_limit is not None and args.travellers_limit < 1:
        parser.error("--travellers-limit must be at least 1")
    name = args.name or args.hits.stem
    try:
        all_truth, truth = read_truth(args.truth, args.travellers_limit)
        hits = read_hits(args.hits, {r["traveller"] for r in all_truth}, {r["traveller"] for r in truth})
    except BadInput as exc:
        sys.exit(f"evaluate.py: {exc}")
    res = evaluate(truth, hits)
    print(render(name, res))
    if args.json:
        doc = {"name": name, "truth": str(args.truth), "hits": str(args.hits),
               "travellers_limit": args.travellers_limit, **res}
        args.json.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
