# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""An explainable risk score: logistic regression in plain Python.

Predicts the probability that a member is graded "not completed" at the
next review from features of the year (attendance, unpaid fee months,
unexcused absences, the last grade's score). Discipline is not a feature:
a discipline in the year is a knock-out that forces the grade (Quy định
366-QĐ/TW), so it would leak the label, and those reviews are not part of
what the model learns (see ``party.member._risk_training_set``). Features are
standardised; the model is fitted by batch gradient descent with L2
regularisation. A member's contribution of a feature is
``weight × standardised value``: positive contributions raise the risk, and
the largest ones are the member's "top factors".

>>> model = LogisticModel(["x"]).fit([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1])
>>> model.predict_proba([3.0]) > 0.5 > model.predict_proba([0.0])
True
>>> auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])
0.75
"""

import math
import random

FEATURES = (
    "attendance_rate",
    "unexcused_absences",
    "unpaid_fee_months",
    "last_score",
)


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)


class LogisticModel:
    def __init__(self, features=FEATURES, learning_rate=0.5, iterations=400, l2=0.01):
        self.features = list(features)
        self.learning_rate = learning_rate
        self.iterations = iterations
        self.l2 = l2
        self.means = [0.0] * len(self.features)
        self.stds = [1.0] * len(self.features)
        self.weights = [0.0] * len(self.features)
        self.bias = 0.0

    # Fitting
    def fit(self, rows, labels):
        """Fit on ``rows`` (lists of feature values) and 0/1 ``labels``."""
        n = len(rows)
        if not n:
            return self
        width = len(self.features)
        self.means = [sum(row[j] for row in rows) / n for j in range(width)]
        self.stds = []
        for j in range(width):
            var = sum((row[j] - self.means[j]) ** 2 for row in rows) / n
            self.stds.append(math.sqrt(var) or 1.0)
        xs = [self._standardise(row) for row in rows]
        weights = [0.0] * width
        positives = sum(labels)
        # Start from the base rate: fewer iterations to converge.
        bias = math.log((positives + 0.5) / (n - positives + 0.5))
        for _it in range(self.iterations):
            grad_w = [0.0] * width
            grad_b = 0.0
            for x, y in zip(xs, labels, strict=False):
                logit = bias + sum(w * v for w, v in zip(weights, x, strict=True))
                error = _sigmoid(logit) - y
                grad_b += error
                for j in range(width):
                    grad_w[j] += error * x[j]
            for j in range(width):
                weights[j] -= self.learning_rate * (
                    grad_w[j] / n + self.l2 * weights[j]
                )
            bias -= self.learning_rate * grad_b / n
        self.weights, self.bias = weights, bias
        return self

    def _standardise(self, row):
        pairs = zip(row, self.means, self.stds, strict=True)
        return [(v - m) / s for v, m, s in pairs]

    # Prediction and explanation
    def predict_proba(self, row):
        x = self._standardise(row)
        logit = sum(w * v for w, v in zip(self.weights, x, strict=True))
        return _sigmoid(self.bias + logit)

    def contributions(self, row):
        """feature → contribution to the log-odds (weight × standardised value)."""
        x = self._standardise(row)
        triples = zip(self.features, self.weights, x, strict=True)
        return {f: w * v for f, w, v in triples}

    def top_factors(self, row, count=3):
        """The features raising this member's risk most, largest first."""
        contributions = self.contributions(row)
        ranked = sorted(contributions.items(), key=lambda item: -item[1])
        return [(feature, value) for feature, value in ranked[:count] if value > 0]

    # Persistence (stored as JSON on the model record)
    def to_dict(self):
        return {
            "features": self.features,
            "means": self.means,
            "stds": self.stds,
            "weights": self.weights,
            "bias": self.bias,
        }

    @classmethod
    def from_dict(cls, data):
        model = cls(data["features"])
        model.means, model.stds = data["means"], data["stds"]
        model.weights, model.bias = data["weights"], data["bias"]
        return model


def auc(scores, labels):
    """Area under the ROC curve (Mann-Whitney, ties count half)."""
    pairs = sorted(zip(scores, labels, strict=False))
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return 0.5
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mean_rank = (i + 1 + j) / 2.0  # ranks i+1 .. j
        rank_sum += mean_rank * sum(label for _s, label in pairs[i:j])
        i = j
    return round(
        (rank_sum - positives * (positives + 1) / 2) / (positives * negatives), 4
    )


def generate_history(members=400, years=(2022, 2023, 2024, 2025), seed=42):
    """Synthetic yearly records ``(year, member, features, label)`` in which
    the risk of not completing grows with absences, unpaid fees and a low
    last score, plus noise: for tests and demos. Disciplined members (the
    knock-out, which decides the label by rule) are left out, as in the
    training set taken from the database."""
    rng = random.Random(seed)
    base = [rng.gauss(0, 1) for _m in range(members)]
    rows = []
    last = {m: 80.0 for m in range(members)}
    for year in years:
        for m in range(members):
            engagement = base[m] + rng.gauss(0, 0.7)
            attendance = max(0.0, min(100.0, 88 + 8 * engagement + rng.gauss(0, 5)))
            unexcused = max(0, int(round(1.2 - engagement + rng.gauss(0, 0.8))))
            unpaid = max(0, int(round(0.6 - 0.8 * engagement + rng.gauss(0, 0.9))))
            disciplined = 1 if rng.random() < 0.04 + 0.03 * max(0.0, -engagement) else 0
            features = [attendance, unexcused, unpaid, last[m]]
            z = (
                -3.6
                - 0.08 * (attendance - 88)
                + 0.6 * unexcused
                + 0.7 * unpaid
                - 0.05 * (last[m] - 80)
                + rng.gauss(0, 0.8)
            )
            label = 1 if disciplined or rng.random() < _sigmoid(z) else 0
            last[m] = 40.0 if label else max(50.0, min(98.0, 80 + 6 * engagement))
            if not disciplined:
                rows.append((year, m, features, label))
    return rows
