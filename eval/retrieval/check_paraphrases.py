#!/usr/bin/env python3
"""Checks eval/retrieval/paraphrases.jsonl and assigns its dev/test split.

Every question must share at most two content stems with the review it targets (title + ". " + message
of the seeded sample, data/olist/olist_order_reviews_sample.csv), its expected ids must exist and name
every review with the same text, and its split must be the seeded one. With --write-splits the split
field is (re)written instead of checked.

Content stems: lower-cased, accents dropped, tokens of letters and digits; Portuguese, English and
Spanish stop words dropped; then an RSLP-like suffix stripper (plural, diminutive, adverb, noun and
verb endings, final vowel), keeping at least three letters. Numbers count as content. The stemmer is
deliberately coarse: it over-merges rather than under-merges, so the check errs towards strict.

Standard library only: python3 eval/retrieval/check_paraphrases.py [--write-splits]
"""
import csv
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "eval" / "retrieval" / "paraphrases.jsonl"
SAMPLE = ROOT / "data" / "olist" / "olist_order_reviews_sample.csv"
MAX_SHARED = 2
SEED = 20261205

STOPWORDS = set("""
a o as os um uma uns umas de do da dos das em no na nos nas num numa por pelo pela pelos pelas para pra pro
pras pros com sem sob sobre ate apos entre e ou mas porem que se nao sim ja ainda so tambem muito muita
muitos muitas mais menos bem mal como quando onde quem qual quais isso isto aquilo esse essa esses essas
este esta estes estas aquele aquela meu minha meus minhas seu sua seus suas nosso nossa eu tu ele ela nos
vos eles elas voce voces vc vcs me te lhe lhes ao aos a tem ter tinha foi ser sou e era sao estou esta
estava estao fui vai vou ha la aqui ai agora entao pois porque pq q n ne nem tao todo toda todos todas
outro outra outros outras mesmo mesma cada algum alguma nenhum nenhuma tudo nada
the a an of to in on at for with without and or but not no is are was were be been it its this that
these those i my me we our you your he she they them their his her have has had do does did so very
just only too than then there here what which who when where why how can could would should will
el la los las un una unos unas del al y o pero no si con sin por para en es son fue muy mas ya que lo
le les mi mis tu su sus yo nos se me te este esta
""".split())

SUFFIXES = [
    # Longest first within each group; one strip per group, stem kept at three letters or more.
    ["es", "s"],
    ["zinhos", "zinhas", "zinho", "zinha", "inhos", "inhas", "inho", "inha", "ito", "ita", "itos", "itas"],
    ["amente", "mente"],
    ["acoes", "icoes", "acao", "icao", "coes", "cao", "sao", "soes", "mento", "mentos", "idade", "idades",
     "ador", "adora", "adores", "edor", "ista", "ismo", "avel", "ivel", "oso", "osa", "eiro", "eira", "aria"],
    ["assemos", "essemos", "issemos", "aramos", "eramos", "iramos", "ariam", "eriam", "iriam", "ando", "endo",
     "indo", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "aram", "eram", "iram", "avam",
     "ava", "ia", "iam", "ar", "er", "ir", "ou", "ei", "eu", "iu", "am", "em", "ing", "ed"],
    ["a", "e", "i", "o"],
]


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def stem(word):
    for group in SUFFIXES:
        for suffix in sorted(group, key=len, reverse=True):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    return word


def content_stems(text):
    return {stem(t) for t in re.findall(r"[a-z0-9]+", fold(text)) if t not in STOPWORDS and len(t) > 1}


def review_texts():
    with SAMPLE.open(encoding="utf-8") as f:
        return {r["review_id"]: ". ".join(p for p in (r["review_comment_title"], r["review_comment_message"]) if p)
                for r in csv.DictReader(f)}


def seeded_splits(rows):
    """Half of each style to dev, half to test, in a seeded order (the split does not depend on file order)."""
    by_style = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["id"]):
        by_style[row["style"]].append(row["id"])
    rng = random.Random(SEED)
    splits = {}
    for style in sorted(by_style):
        ids = by_style[style]
        rng.shuffle(ids)
        for i, question_id in enumerate(ids):
            splits[question_id] = "dev" if i % 2 == 0 else "test"
    return splits


def main():
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = review_texts()
    by_text = defaultdict(set)
    for review_id, text in texts.items():
        by_text[" ".join(fold(text).split())].add(review_id)
    errors = []
    for row in rows:
        target = row["expected"][0]
        if target not in texts:
            errors.append(f"{row['id']}: review {target} is not in the sample")
            continue
        same = by_text[" ".join(fold(texts[target]).split())]
        if set(row["expected"]) != same:
            errors.append(f"{row['id']}: expected should list {sorted(same)}")
        shared = content_stems(row["question"]) & content_stems(texts[target])
        if len(shared) > MAX_SHARED:
            errors.append(f"{row['id']}: shares {len(shared)} stems {sorted(shared)} with its review")
    if len({r["id"] for r in rows}) != len(rows):
        errors.append("question ids are not unique")
    if len({r["expected"][0] for r in rows}) != len(rows):
        errors.append("two questions target the same review")

    splits = seeded_splits(rows)
    if "--write-splits" in sys.argv:
        for row in rows:
            row["split"] = splits[row["id"]]
        SET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    else:
        errors += [f"{r['id']}: split should be {splits[r['id']]}" for r in rows if r.get("split") != splits[r["id"]]]

    for error in errors:
        print(error)
    count = Counter((r.get("split", splits[r["id"]]), r["lang"]) for r in rows)
    print(f"{len(rows)} questions; " + ", ".join(f"{s}/{l} {n}" for (s, l), n in sorted(count.items())))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
