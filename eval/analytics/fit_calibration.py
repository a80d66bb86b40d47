#!/usr/bin/env python3
"""Fits the calibration of retrieval answers' confidence (Answers:RetrievalCalibration) on the dev split.

Input: the --results file of a dev run with the calibration switched off, so each reply's confidence is the
composed retrieval score the answer leaves the cross-check with:

    dotnet run --project benchmarks/RagQa.Benchmarks -- eval --analytics --split dev \
        --config "Answers:CalibrateConfidence=false" --results /tmp/dev.jsonl
 Output: the points (raw score -> share of right answers) of an isotonic, piecewise-linear map,
as C# for AnswerOptions and as JSON for appsettings.

    python3 eval/analytics/fit_calibration.py /tmp/dev.jsonl

Isotonic regression (pool adjacent violators) over the replies of kind "specific", with blocks of at least
MIN_BLOCK answers so that a handful of questions does not make a step; each block becomes a point at its mean
raw score. Only the dev split is ever fitted on; the held-out split checks the result.
"""
import json
import sys

MIN_BLOCK = 8


def isotonic(pairs, min_block=MIN_BLOCK):
    """Blocks of (sum_x, sum_y, n), non-decreasing in mean y, each at least min_block long where possible."""
    blocks = []
    for x, y in sorted(pairs):
        blocks.append([x, y, 1])
        while len(blocks) > 1 and (blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2] or blocks[-2][2] < min_block):
            x2, y2, n2 = blocks.pop()
            blocks[-1][0] += x2
            blocks[-1][1] += y2
            blocks[-1][2] += n2
    if len(blocks) > 1 and blocks[-1][2] < min_block:
        x2, y2, n2 = blocks.pop()
        blocks[-1] = [blocks[-1][0] + x2, blocks[-1][1] + y2, blocks[-1][2] + n2]
    return blocks


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    pairs = [(r["confidence"] or 0.0, 1.0 if r["right"] else 0.0) for r in rows if r["kind"] == "specific"]
    if not pairs:
        sys.exit("no replies of kind specific")
    points = [(round(sx / n, 3), round(sy / n, 3), n) for sx, sy, n in isotonic(pairs)]
    print(f"{len(pairs)} retrieval answers, {sum(y for _, y in pairs):.0f} right")
    for raw, probability, n in points:
        print(f"  raw {raw:.3f} -> {probability:.3f}  ({n} answers)")
    print("C#:   " + ", ".join(f"new({raw}, {probability})" for raw, probability, _ in points))
    print("JSON: " + json.dumps([{"Raw": raw, "Probability": probability} for raw, probability, _ in points]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/dev/stdin")
