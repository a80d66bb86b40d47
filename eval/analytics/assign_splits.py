#!/usr/bin/env python3
"""Marks exactly one third of eval/analytics/questions.jsonl "heldout", the rest "dev".

Stratified by type and language (and, for analytical questions, measure) so each keeps its weight in both
splits and the per-measure accuracy of either split is not a handful of questions; chosen by a fixed seed so
the split never moves by accident. Run it once when questions are added (before any result on the
new split is looked at); --check exits 1 when the file's splits are not the ones this assigns.

    python3 eval/analytics/assign_splits.py          # rewrites the "split" field of questions.jsonl
    python3 eval/analytics/assign_splits.py --check
    python3 eval/analytics/assign_splits.py --questions eval/analytics/round2/questions.jsonl --seed 20261204 [--check]
"""
import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
SEED = 20261201
FIELDS = ["id", "split", "lang", "type", "ambiguous", "question", "spec"]


def heldout_ids(questions, seed=SEED):
    strata = defaultdict(list)
    for question in questions:
        strata[(question["type"], question["lang"], question["spec"].get("measure", ""))].append(question["id"])
    keys = sorted(strata)
    # Largest remainder: each stratum gets its third rounded down, the leftover seats go to the strata
    # with the largest fractions, so the total is exactly a third of the whole set.
    quotas = {key: len(strata[key]) // 3 for key in keys}
    leftover = round(len(questions) / 3) - sum(quotas.values())
    for key in sorted(keys, key=lambda k: (-(len(strata[k]) % 3), k))[:leftover]:
        quotas[key] += 1
    chosen = set()
    for key in keys:
        rng = random.Random(f"{seed}/{'/'.join(key)}")
        chosen.update(rng.sample(sorted(strata[key]), quotas[key]))
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the splits instead of writing them")
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="the question set (default eval/analytics/questions.jsonl)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the seed of the draw (default {SEED}, the first set's)")
    arguments = parser.parse_args()
    path, seed = arguments.questions.resolve(), arguments.seed
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    with open(path, encoding="utf-8") as file:
        questions = [json.loads(line) for line in file if line.strip()]
    heldout = heldout_ids(questions, seed)
    assigned = [{**q, "split": "heldout" if q["id"] in heldout else "dev"} for q in questions]
    if arguments.check:
        wrong = [q["id"] for q, a in zip(questions, assigned) if q.get("split") != a["split"]]
        if wrong:
            print(f"{name}: splits differ from seed {seed} for {len(wrong)} questions, e.g. {wrong[:5]}", file=sys.stderr)
            return 1
        print(f"{name}: splits are seed {seed}'s: {len(heldout)} heldout of {len(questions)}")
        return 0
    with open(path, "w", encoding="utf-8") as file:
        for question in assigned:
            file.write(json.dumps({field: question[field] for field in FIELDS}, ensure_ascii=False) + "\n")
    print(f"{name}: {len(heldout)} heldout of {len(questions)} (seed {seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
