#!/usr/bin/env python3
"""Fits Answers:RetrievalCalibration, the map from a retrieval answer's raw score to the probability that it cites the
review asked for.

Input: retrieval_fit/*.jsonl, one line per question about one review ({"id", "set", "split", "confidence", "right"}),
from `benchmarks eval --analytics` run with the calibration switched off, so each confidence is the raw score the answer
leaves the cross-check with (ConfidenceScorer.Score: the best cited source's rank agreement times grounding coverage):

    dotnet run --project benchmarks/RagQa.Benchmarks -- eval --analytics --split dev|heldout --questions Q \\
        --config "Answers:CalibrateConfidence=false" --results R

over two kinds of question, which is why both are fitted together: the analytics sets' questions about one review
(every eval/analytics set's "specific" questions, mostly "did anyone say ...?", which several reviews can answer while
only the one paraphrased counts) and the retrieval sets' descriptions of one review (eval/retrieval: known items and
paraphrases; their test split is held out). `python3 eval/analytics/fit_calibration.py --write` rebuilds the input from
such results files; without arguments it fits:

    python3 eval/analytics/fit_calibration.py

Isotonic regression (pool adjacent violators) over the dev rows, blocks of at least MIN_BLOCK answers so that a
handful of questions does not make a step, each block a point at its mean raw score; no probability above CEILING.
The held-out rows, never fitted on, are reported before and after. Prints the points as C# (AnswerOptions) and JSON.
"""
import glob
import json
import os
import sys

from calibration import isotonic, report

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_BLOCK = 30
# Even a source every retriever ranks first is not certain to be the review meant (another may say the same): a
# retrieval answer never reaches the line where a wrong answer is not allowed.
CEILING = 0.85


def rows(split, of_set=None):
    found = []
    for path in sorted(glob.glob(os.path.join(HERE, "retrieval_fit", "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row["split"] == split and (of_set is None or row["set"] == of_set):
                found.append((row["confidence"], 1.0 if row["right"] else 0.0))
    return found


def fit(dev):
    return [(round(sx / n, 4), round(min(sy / n, CEILING), 4)) for sx, sy, n in isotonic(dev, MIN_BLOCK)]


def write(results_by_set):
    """--write SET=RESULTS ...: keeps each results file's retrieval answers (kind "specific", HTTP 200) as fit input."""
    for argument in results_by_set:
        name, path = argument.split("=", 1)
        kept = []
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row["kind"] == "specific" and row["http"] == 200:
                kept.append(json.dumps({"id": row["id"], "set": name, "split": row["split"],
                                        "confidence": row["confidence"], "right": row["right"]}))
        with open(os.path.join(HERE, "retrieval_fit", f"{name}.jsonl"), "a", encoding="utf-8") as out:
            out.write("\n".join(kept) + "\n")


def main():
    dev, heldout = rows("dev"), rows("heldout")
    points = fit(dev)
    print(f"{len(dev)} dev retrieval answers, {sum(y for _, y in dev):.0f} right")
    for name, slice_ in [("dev", dev), ("held-out", heldout)] + [
            (f"held-out, {s}", rows("heldout", s)) for s in ("analytics", "retrieval")]:
        report(f"{name}, raw", slice_, unit="answers")
        report(f"{name}, calibrated", slice_, points, unit="answers")
    print("C#:   " + ", ".join(f"new({raw}, {probability})" for raw, probability in points))
    print("JSON: " + json.dumps([{"Raw": raw, "Probability": probability} for raw, probability in points]))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--write":
        write(sys.argv[2:])
    else:
        main()
