"""What the calibration fits share: isotonic regression, the map as ConfidenceCalibration.Apply reads it, and a reliability report."""

LINE = 0.9


def isotonic(pairs, min_block):
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


def apply(points, x):
    """As ConfidenceCalibration.Apply: linear between points, from (0, 0) to the first, flat after the last."""
    previous = (0.0, 0.0)
    for raw, probability in points:
        if x <= raw:
            span = raw - previous[0]
            at = 1.0 if span <= 0 else (x - previous[0]) / span
            return previous[1] + at * (probability - previous[1])
        previous = (raw, probability)
    return previous[1]


def report(name, rows, correct=None, unit="figures"):
    """Prints a slice's (confidence, right) pairs, mapped by correct when given: ECE, wrong at >= LINE, the reliability bins."""
    mapped = [((apply(correct, x) if correct else x), y) for x, y in rows]
    if not mapped:
        print(f"{name}: no {unit}")
        return
    bins = [[] for _ in range(10)]
    for x, y in mapped:
        bins[min(9, int(x * 10))].append((x, y))
    ece = sum(len(b) * abs(sum(x for x, _ in b) / len(b) - sum(y for _, y in b) / len(b)) for b in bins if b) / len(mapped)
    wrong = sum(1 for x, y in mapped if x >= LINE and y == 0)
    print(f"{name}: {len(mapped)} {unit}, {sum(y for _, y in mapped):.0f} right, ECE {ece:.3f}, wrong at >= 0.9: {wrong}, "
          f"mean confidence {sum(x for x, _ in mapped) / len(mapped):.3f}")
    for i, b in enumerate(bins):
        if b:
            print(f"    [{i / 10:.1f}, {(i + 1) / 10:.1f}): {len(b):4d} at {sum(x for x, _ in b) / len(b):.3f}, right {sum(y for _, y in b) / len(b):.3f}")
