#!/usr/bin/env python3
"""Expected answers for eval/analytics/questions.jsonl, computed from the reviews CSV alone.

This is the measuring stick for RagQa's analytical answers, so it shares no code with RagQa: it reads
data/olist/olist_order_reviews_sample.csv (the seeded olist_reviews collection) with Python's csv module
and implements the stated definitions (score words, periods, free terms, populations) on its own.

    python3 eval/analytics/compute_truth.py          # writes eval/analytics/truth.jsonl
    python3 eval/analytics/compute_truth.py --check  # exits 1 when truth.jsonl is not what this computes
    python3 eval/analytics/compute_truth.py --questions eval/analytics/round2/questions.jsonl [--check]
                                                     # another set: its truth.jsonl is written beside it

See README.md beside this file for the spec format and what each expected field means.
"""
import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REVIEWS = ROOT / "data" / "olist" / "olist_order_reviews_sample.csv"
QUESTIONS = HERE / "questions.jsonl"

MEASURES = {"count", "share", "average_score", "score_distribution", "trend", "comparison", "yes_no", "top_themes"}
GROUPINGS = {"score", "year", "month"}
TABLE_VALUES = {"count", "share", "average_score"}
RELATIVE_MONTHS = {"last_month": 1, "last_quarter": 3, "last_year": 12}
# Rounded so the file does not change with the last bit of a float; far below the scoring tolerances.
DECIMALS = 6


def fold(text):
    """Lower case without accents: NFKD, then combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text):
    """Maximal runs of letters and digits of the folded text."""
    return re.findall(r"[^\W_]+", fold(text))


def stem(term):
    """fold(term), one final 's' dropped, then one final a/e/o dropped if at least 4 letters remain."""
    folded = fold(term.strip())
    if folded.endswith("s"):
        folded = folded[:-1]
    if folded[-1:] in ("a", "e", "o") and len(folded) - 1 >= 4:
        folded = folded[:-1]
    return folded


class Review:
    def __init__(self, row):
        self.id = row["review_id"]
        self.score = int(row["review_score"])
        created = row["review_creation_date"]  # "YYYY-MM-DD HH:MM:SS"
        self.year = created[:4]
        self.month = created[:7]
        self.text = row["review_comment_title"] + " " + row["review_comment_message"]
        self.words = words(self.text)

    def mentions(self, term_stem):
        return any(word.startswith(term_stem) for word in self.words)


def load_reviews():
    with open(REVIEWS, encoding="utf-8", newline="") as file:
        return [Review(row) for row in csv.DictReader(file)]


def month_number(month):
    """'YYYY-MM' as a count of months, so that month arithmetic is subtraction."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def relative_months(period, newest_month):
    """The first and last month (as month numbers) of a relative period: the last N calendar months ending with (and
    including) the month of the newest review."""
    last = month_number(newest_month)
    return last - RELATIVE_MONTHS[period["relative"]] + 1, last


def period_test(period, newest_month):
    if set(period) == {"year"}:
        year = str(period["year"])
        return lambda r: r.year == year
    if set(period) == {"month"}:
        month = period["month"]
        return lambda r: r.month == month
    if set(period) == {"from_year", "to_year"}:
        first, last = int(period["from_year"]), int(period["to_year"])
        return lambda r: first <= int(r.year) <= last
    if set(period) == {"from_month", "to_month"}:
        # A range of calendar months, both ends included ("primeiro semestre de 2018": 2018-01 … 2018-06).
        first, last = month_number(period["from_month"]), month_number(period["to_month"])
        return lambda r: first <= month_number(r.month) <= last
    if set(period) == {"relative"}:
        first, last = relative_months(period, newest_month)
        return lambda r: first <= month_number(r.month) <= last
    raise ValueError(f"unknown period {period}")


def terms_test(terms):
    if set(terms) == {"any"}:
        stems = [stem(t) for t in terms["any"]]
        return lambda r: any(r.mentions(s) for s in stems)
    if set(terms) == {"all"}:
        stems = [stem(t) for t in terms["all"]]
        return lambda r: all(r.mentions(s) for s in stems)
    raise ValueError(f"unknown terms {terms}")


def filter_test(spec_filter, newest_month):
    """A review predicate for {"scores": [...], "period": {...}, "terms": {...}}, every part optional."""
    unknown = set(spec_filter) - {"scores", "period", "terms"}
    if unknown:
        raise ValueError(f"unknown filter keys {unknown}")
    tests = []
    if "scores" in spec_filter:
        scores = set(spec_filter["scores"])
        tests.append(lambda r: r.score in scores)
    if "period" in spec_filter:
        tests.append(period_test(spec_filter["period"], newest_month))
    if "terms" in spec_filter:
        tests.append(terms_test(spec_filter["terms"]))
    return lambda r: all(test(r) for test in tests)


def rounded(number):
    return round(number, DECIMALS)


def mean_score(reviews):
    return rounded(sum(r.score for r in reviews) / len(reviews))


def months_label(period, newest_month):
    """The months a relative period covers, as a fixed period's row is labelled ("2018-06..2018-08", one month "2018-08")."""
    first, last = relative_months(period, newest_month)
    name = lambda n: f"{n // 12:04d}-{n % 12 + 1:02d}"
    return name(last) if first == last else f"{name(first)}..{name(last)}"


def groups_of(spec, population, newest_month):
    """(label, members) for each row of a table, members taken from the population."""
    if "compare" in spec:
        return [(group["label"], [r for r in population if filter_test(group["filter"], newest_month)(r)])
                for group in spec["compare"]]
    key = {"score": lambda r: str(r.score), "year": lambda r: r.year, "month": lambda r: r.month}[spec["group_by"]]
    # A score distribution has all five rows even when a score has no review; other tables list the groups
    # that have reviews (a share of an empty group does not exist).
    labels = ["1", "2", "3", "4", "5"] if spec["measure"] == "score_distribution" else sorted({key(r) for r in population})
    return [(label, [r for r in population if key(r) == label]) for label in labels]


def table_value(spec):
    if spec["measure"] in ("count", "share", "average_score"):
        return spec["measure"]
    if spec["measure"] == "score_distribution":
        return "count"
    if spec.get("of") not in TABLE_VALUES:
        raise ValueError(f"{spec['measure']} needs 'of' (one of {sorted(TABLE_VALUES)})")
    return spec["of"]


def fixed_label(period):
    """The label a fixed period's row has ("2017", "2017-03", "2017-01..2017-06"), or None for other periods."""
    if set(period) == {"year"}:
        return str(period["year"])
    if set(period) == {"month"}:
        return period["month"]
    if set(period) == {"from_month", "to_month"}:
        return period["from_month"] if period["from_month"] == period["to_month"] else f"{period['from_month']}..{period['to_month']}"
    return None


def also_labels(spec, newest_month):
    """A compared group whose filter is only a period may also be labelled with the months it covers: a relative period
    by its months, a fixed one by its canonical label when the set wrote its own ("1º sem 2017" is "2017-01..2017-06")."""
    also = {}
    for group in spec.get("compare", []):
        if set(group["filter"]) != {"period"}:
            continue
        period = group["filter"]["period"]
        if set(period) == {"relative"}:
            also[group["label"]] = months_label(period, newest_month)
        elif (label := fixed_label(period)) is not None and label != group["label"]:
            also[group["label"]] = label
    return also


def table(spec, population, condition, newest_month):
    """Rows holding exactly the figures that are checked (see README: table semantics)."""
    value = table_value(spec)
    also = also_labels(spec, newest_month)
    rows = []
    for label, members in groups_of(spec, population, newest_month):
        if value == "average_score":
            row = {"label": label, "count": len(members), "average_score": mean_score(members)}
        else:
            if condition is not None:
                # A measured condition per group: matching in the group out of the group.
                count, total = sum(1 for r in members if condition(r)), len(members)
            else:
                # A plain grouping: the group out of the whole population.
                count, total = len(members), len(population)
            row = {"label": label, "count": count}
            if value == "share":
                row["share"] = rounded(count / total)
        if label in also:
            row["also"] = also[label]
        rows.append(row)
    return rows


def analytical(spec, reviews, newest_month):
    unknown = set(spec) - {"measure", "where", "condition", "group_by", "compare", "of", "polarity", "note"}
    if unknown or spec["measure"] not in MEASURES or spec.get("group_by", "score") not in GROUPINGS:
        raise ValueError(f"bad spec {spec}")
    expected = {"kind": "analytical", "measure": spec["measure"], "value": None, "matching": None, "population": None, "table": None}
    if spec["measure"] == "top_themes":
        # The theme lexicon belongs to the system: only the measure and a non-empty table are checked.
        expected["table_not_empty"] = True
        return expected
    population = [r for r in reviews if filter_test(spec.get("where", {}), newest_month)(r)]
    condition = filter_test(spec["condition"], newest_month) if "condition" in spec else None
    if "group_by" in spec or "compare" in spec:
        expected["table"] = table(spec, population, condition, newest_month)
        return expected
    matching = [r for r in population if condition is None or condition(r)]
    if spec["measure"] == "count":
        expected["value"] = expected["matching"] = len(matching)
    elif spec["measure"] == "share":
        expected["matching"], expected["population"] = len(matching), len(population)
        expected["value"] = rounded(len(matching) / len(population))
    elif spec["measure"] == "yes_no":
        # Answered with the count and share of mentions: the count and its population are what is checked.
        expected["matching"], expected["population"] = len(matching), len(population)
    elif spec["measure"] == "average_score":
        expected["population"] = len(population)
        expected["value"] = mean_score(population)
    else:
        raise ValueError(f"{spec['measure']} needs group_by or compare")
    return expected


def specific(spec, reviews):
    """The review(s) the question was written from, plus any review with the very same text."""
    by_id = {r.id: r for r in reviews}
    texts = {tuple(by_id[review_id].words) for review_id in spec["review_ids"]}
    same_text = {r.id for r in reviews if tuple(r.words) in texts}
    return {"kind": "specific", "source_ids": sorted(set(spec["review_ids"]) | same_text)}


def expected_for(question, reviews, newest_month):
    if question["type"] == "analytical":
        return analytical(question["spec"], reviews, newest_month)
    if question["type"] == "specific":
        return specific(question["spec"], reviews)
    if question["type"] == "out_of_scope":
        return {"kind": "out_of_scope"}
    raise ValueError(f"unknown type {question['type']}")


def truth_path(questions_path):
    """The truth of a question set is generated beside it."""
    return questions_path.parent / "truth.jsonl"


def truth_text(questions_path):
    reviews = load_reviews()
    newest_month = max(r.month for r in reviews)
    with open(questions_path, encoding="utf-8") as file:
        questions = [json.loads(line) for line in file if line.strip()]
    lines = []
    for question in questions:
        try:
            expected = expected_for(question, reviews, newest_month)
        except (KeyError, ValueError) as error:
            raise SystemExit(f"{question['id']}: {error}")
        lines.append(json.dumps({"id": question["id"], "expected": expected}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify that truth.jsonl is current instead of writing it")
    parser.add_argument("--questions", type=Path, default=QUESTIONS,
                        help="the question set (default eval/analytics/questions.jsonl); truth.jsonl is beside it")
    arguments = parser.parse_args()
    questions = arguments.questions.resolve()
    truth = truth_path(questions)
    text = truth_text(questions)
    if arguments.check:
        current = truth.read_text(encoding="utf-8") if truth.exists() else ""
        if current != text:
            again = "" if questions == QUESTIONS else f" --questions {shown(questions)}"
            print(f"{shown(truth)} is stale: run python3 {shown(Path(__file__))}{again}", file=sys.stderr)
            return 1
        print(f"{shown(truth)} is current ({text.count(chr(10))} questions)")
        return 0
    truth.write_text(text, encoding="utf-8")
    print(f"wrote {shown(truth)} ({text.count(chr(10))} questions)")
    return 0


def shown(path):
    """A path relative to the repository when it is inside it."""
    path = path.resolve()
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


if __name__ == "__main__":
    sys.exit(main())
