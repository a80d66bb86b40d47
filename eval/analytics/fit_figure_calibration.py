#!/usr/bin/env python3
"""Fits Answers:FigureCalibration, the map from a figure's score to the probability that it is right, on first contact.

A figure's confidence is only worth what it says on questions the parser was never tuned on. first_contact/round*.jsonl
hold exactly that: each set's answers from its first run, before any change made for it (rounds 37-54, all answered
with the map then shipped). From the dev thirds' analytical answers this script fits a correction g of the confidence
they reported, by isotonic regression (pool adjacent violators, blocks of at least MIN_BLOCK answers) below 0.9, clipped under it,
and leaves the confidence from 0.9 on, and under the escalation threshold, as it is; it only ever raises one: no answer crosses that line either way, so a figure with a guess in it
never becomes one where a wrong answer is not allowed. The new map is g after the shipped one, written as points of the composed score; the
held-out thirds, never fitted on, are scored before and after.

    python3 eval/analytics/fit_figure_calibration.py

Prints the reliability of both splits, the new points as C# (AnswerOptions.FigureCalibration) and JSON (appsettings).
"""
import glob
import json
import os

from calibration import LINE, apply, isotonic, report

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_BLOCK = 30
BELOW_LINE = 0.8995
# Escalation:ConfidenceThreshold: a figure scored under it goes to a person. The few dozen such answers per split are too
# few to lift one over it on their evidence, so that range is kept as answered.
ESCALATED_BELOW = 0.5

# The rounds answered with SHIPPED; later ones were answered with this fit's map (and, from round 55, stop 38's retrieval map).
FITTED_ROUNDS = (37, 54)

# The map shipped when the first-contact answers were given (AnswerOptions.FigureCalibration before this fit).
SHIPPED = [(0.65, 0.65), (0.75, 0.85), (0.85, 0.89), (0.8999, 0.8995), (0.9, 0.9), (1.0, 1.0)]


def invert(points, y):
    """The raw score a strictly increasing map sends to y."""
    return apply([(probability, raw) for raw, probability in points], y)


def answers(split):
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "first_contact", "round*.jsonl"))):
        if not FITTED_ROUNDS[0] <= int(os.path.basename(path)[5:-6]) <= FITTED_ROUNDS[1]:
            continue
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row["split"] == split and row["kind"] == "analytical" and row["http"] in (200, 202) and row["confidence"] is not None:
                rows.append((row["confidence"], 1.0 if row["right"] else 0.0))
    return rows


def fit(rows):
    """
    g as points: an isotonic fit below the line, clipped under it; from the line on, the confidence as answered (those
    figures were right as often as they said, and a fit there would only move a few dozen answers at the top).
    """
    blocks = isotonic([r for r in rows if ESCALATED_BELOW <= r[0] < LINE], MIN_BLOCK)
    below = [(round(sx / n, 4), round(min(max(sy / n, sx / n), BELOW_LINE), 4)) for sx, sy, n in blocks]
    # Under the escalation threshold the confidence is kept; the last point below the line holds until just under it,
    # so the map does not climb across the gap.
    return [(ESCALATED_BELOW - 0.0001, ESCALATED_BELOW - 0.0001)] + below + [(0.8999, below[-1][1]), (LINE, LINE), (1.0, 1.0)]


def compose(g):
    """Points of g after SHIPPED, in the shipped map's score: every breakpoint of either, less those inside a flat run."""
    raws = {raw for raw, _ in SHIPPED} | {round(invert(SHIPPED, x), 4) for x, _ in g}
    points = [(raw, round(apply(g, apply(SHIPPED, raw)), 4)) for raw in sorted(raws) if raw > 0]
    return [p for i, p in enumerate(points) if not (0 < i < len(points) - 1 and points[i - 1][1] == p[1] == points[i + 1][1])]


def main():
    dev, heldout = answers("dev"), answers("heldout")
    g = fit(dev)
    print("correction of the reported confidence (dev thirds):", ", ".join(f"{x:.4f} -> {y:.4f}" for x, y in g))
    report("dev, as answered", dev)
    report("dev, corrected", dev, g)
    report("held-out, as answered", heldout)
    report("held-out, corrected", heldout, g)
    points = compose(g)
    print("C#:   " + ", ".join(f"new({raw}, {probability})" for raw, probability in points))
    print("JSON: " + json.dumps([{"Raw": raw, "Probability": probability} for raw, probability in points]))


if __name__ == "__main__":
    main()
