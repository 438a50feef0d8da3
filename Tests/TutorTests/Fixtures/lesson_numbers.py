# The numbers the lessons state, derived independently of Downhill with numpy.
#
# How it was run (numpy 2.4.6, Python 3), from the repository root:
#
#     python3 Tests/TutorTests/Fixtures/lesson_numbers.py
#
# It reads the lessons' CSV files (Lessons/data), the course's small datasets (x = 1..5,
# y = 150x, y = x**2 and y = 2x) and blobs.csv next to this file, runs the update rules as
# plain loops, and prints one `name = value` line a number; lesson_numbers.txt next to
# this file is its output. LessonNumbersTests compares these values (copied into the
# tests, which do not need Python) with what the lessons say and what the session
# computes.
#
# blobs.csv is Downhill's built-in `blobs` dataset (seed 0), dumped at 10 significant
# digits by typing `X[i][0]`, `X[i][1]` and `Y[i]` for i = 0..99 into
# `downhill repl --lesson logistic-regression`: the data only, so the training below is
# still independent of Downhill's numeric core.
#
# Conventions, as in Downhill: `loss` is the loss (mean squared error, or cross-entropy on
# blobs) of the parameters as they are now; `last_loss` is the loss the last epoch computed
# before its update (what the course's loops print); "epochs to X" counts epochs until
# `loss` first drops below X.

import csv
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
LESSONS = os.path.join(HERE, "..", "..", "..", "Lessons")


def out(name, value):
    print(f"{name} = {value:.10g}")


def read_csv(name):
    with open(os.path.join(LESSONS, "data", name)) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in row] for row in rows])


def mse(A, theta, y):
    return float(np.mean((A @ theta - y) ** 2))


def descend(A, y, rate, epochs, stop_below=None):
    """Plain gradient descent on mean((A @ theta - y)**2) from theta = 0, the whole batch
    an epoch. Returns theta, loss now, last_loss, and the first epoch after which loss
    was below stop_below (or None)."""
    theta = np.zeros(A.shape[1])
    n = len(y)
    last = float("nan")
    first_below = None
    for epoch in range(1, epochs + 1):
        error = A @ theta - y
        last = float(np.mean(error**2))
        theta = theta - rate * (2 / n) * (A.T @ error)
        if stop_below is not None and first_below is None and mse(A, theta, y) < stop_below:
            first_below = epoch
            break
    return theta, mse(A, theta, y), last, first_below


def hessian(A):
    """The Hessian of mean((A @ theta - y)**2): 2 A^T A / n."""
    return 2 * A.T @ A / len(A)


# --- Example 1: five houses, Y_pred = m*X + c (lessons 02, 03, 10) ----------------------
X = np.arange(1.0, 6.0)
Y = 150 * X
A = np.column_stack([X, np.ones_like(X)])  # theta = (m, c)

theta, loss, last, _ = descend(A, Y, 0.01, 1000)
out("houses.lr0.01.epochs1000.m", theta[0])
out("houses.lr0.01.epochs1000.c", theta[1])
out("houses.lr0.01.epochs1000.loss", loss)
out("houses.predict6", 6 * theta[0] + theta[1])
theta, loss, last, _ = descend(A, Y, 0.01, 100)
out("houses.lr0.01.epochs100.loss", loss)
out("houses.lr0.01.epochs100.last_loss", last)
for rate in [0.01, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08]:
    theta, loss, _, _ = descend(A, Y, rate, 200)
    out(f"houses.lr{rate}.epochs200.loss", loss)
    _, _, _, first = descend(A, Y, rate, 100000, stop_below=1)
    out(f"houses.lr{rate}.epochs_to_loss_below_1", first)
lam = np.linalg.eigvalsh(hessian(A))
out("houses.hessian.eig_min", lam[0])
out("houses.hessian.eig_max", lam[1])
out("houses.hessian.ratio", lam[1] / lam[0])

# --- Lesson 04: twelve flats, raw and z-scored ------------------------------------------
flats = read_csv("flats.csv")
FX, FY = flats[:, 0], flats[:, 1]
FA = np.column_stack([FX, np.ones_like(FX)])
H = hessian(FA)
out("flats.two_mean_x2", H[0, 0])
out("flats.two_mean_x", H[0, 1])
lam, vectors = np.linalg.eigh(H)
out("flats.hessian.eig_min", lam[0])
out("flats.hessian.eig_max", lam[1])
out("flats.hessian.ratio", lam[1] / lam[0])
out("flats.hessian.eig_min.vector_m", abs(vectors[0, 0]))
out("flats.hessian.eig_min.vector_c", abs(vectors[1, 0]))
out("flats.stable_rate", 2 / lam[1])
out("flats.start_loss", mse(FA, np.zeros(2), FY))
best, *_ = np.linalg.lstsq(FA, FY, rcond=None)
out("flats.best.m", best[0])
out("flats.best.c", best[1])
out("flats.best.loss", mse(FA, best, FY))
theta, loss, _, _ = descend(FA, FY, 0.0001, 1000)
out("flats.lr0.0001.epochs1000.m", theta[0])
out("flats.lr0.0001.epochs1000.c", theta[1])
out("flats.lr0.0001.epochs1000.loss", loss)
out("flats.lr0.0001.floor_fraction_an_epoch", 0.0001 * lam[0])
for rate in [0.0001, 0.00014]:
    _, _, _, first = descend(FA, FY, rate, 200000, stop_below=60)
    out(f"flats.lr{rate}.epochs_to_loss_below_60", first)
mean, std = FX.mean(), FX.std()  # the standard deviation that divides by n
out("flats.size.mean", mean)
out("flats.size.std", std)
Z = (FX - mean) / std
out("flats.z.min", Z.min())
out("flats.z.max", Z.max())
ZA = np.column_stack([Z, np.ones_like(Z)])
lam = np.linalg.eigvalsh(hessian(ZA))
out("flats_z.hessian.eig_min", lam[0])
out("flats_z.hessian.eig_max", lam[1])
_, _, _, first = descend(ZA, FY, 0.1, 1000, stop_below=60)
out("flats_z.lr0.1.epochs_to_loss_below_60", first)
theta, loss, _, _ = descend(ZA, FY, 0.1, 100)
out("flats_z.lr0.1.epochs100.w_z", theta[0])
out("flats_z.lr0.1.epochs100.b_z", theta[1])
out("flats_z.lr0.1.epochs100.loss", loss)
out("flats_z.lr0.1.epochs100.raw_m", theta[0] / std)
out("flats_z.lr0.1.epochs100.raw_c", theta[1] - theta[0] / std * mean)
out("flats.mean_price", FY.mean())
out("flats.raw_slope_from_rounded", 95.30 / 31.93)
out("flats.raw_slope_multiplied", 95.30 * 31.93)

# --- Lesson 05 and the review: y = x**2 with features x, x**2 ----------------------------
S = X**2
PA = np.column_stack([X, X**2, np.ones_like(X)])
lam = np.linalg.eigvalsh(hessian(PA))
out("squares.raw.hessian.eig_max", lam[-1])
out("squares.raw.hessian.eig_min", lam[0])
out("squares.raw.stable_rate", 2 / lam[-1])
Zx = (X - X.mean()) / X.std()
Zx2 = (X**2 - (X**2).mean()) / (X**2).std()
ZPA = np.column_stack([Zx, Zx2, np.ones_like(X)])
lam = np.linalg.eigvalsh(hessian(ZPA))
out("squares.z.hessian.eig_0", lam[0])
out("squares.z.hessian.eig_1", lam[1])
out("squares.z.hessian.eig_2", lam[2])
out("squares.z.hessian.ratio", lam[2] / lam[0])
out("squares.z.corr_x_x2", float(np.corrcoef(X, X**2)[0, 1]))
for rate in [0.1, 0.2, 0.3, 0.5]:
    _, _, _, first = descend(ZPA, S, rate, 1000, stop_below=0.000001)
    out(f"squares.z.lr{rate}.epochs_to_loss_below_1e-6", first if first else -1)

out("flats.median_price", float(np.median(FY)))

# --- Lesson 08: the neuron f = (w*3 + b - 6)**2 at w = 0.5, b = -0.3 ---------------------
w, b = 0.5, -0.3
e = w * 3 + b - 6
out("neuron.error", e)
out("neuron.f", e**2)
out("neuron.df_de", 2 * e)
out("neuron.df_dw", 2 * e * 3)
out("neuron.df_de_times_w", 2 * e * w)
out("neuron.df_de_over_w", 2 * e / w)

# --- Lesson 07 (choosing the loss): one confident mistake ---------------------------------
p = 0.02
out("confident.bce", -math.log(p))
out("confident.squared_error", (1 - p) ** 2)
out("confident.bce_other_class", -math.log(1 - p))
out("coin.bce", math.log(2))

# --- Lesson 09: the course's example 3, one neuron on y = 2x ----------------------------
D = np.column_stack([X, np.ones_like(X)])  # theta = (w, b)
theta = np.array([0.5, -0.3])
for _ in range(1000):
    error = D @ theta - 2 * X
    last = float(np.mean(error**2))
    theta = theta - 0.01 * (2 / 5) * (D.T @ error)
out("doubles.epochs1000.w", theta[0])
out("doubles.epochs1000.b", theta[1])
out("doubles.epochs1000.last_loss", last)
out("doubles.epochs1000.loss", mse(D, theta, 2 * X))

# --- Lesson 10: momentum (v = 0.9*v + grad, step -lr*v) and the best plain rate ---------
def momentum(rate, epochs):
    theta, v = np.zeros(2), np.zeros(2)
    for _ in range(epochs):
        v = 0.9 * v + (2 / 5) * (A.T @ (A @ theta - Y))
        theta = theta - rate * v
    return mse(A, theta, Y)


out("houses.momentum.lr0.01.epochs150.loss", momentum(0.01, 150))
out("houses.momentum.lr0.02.epochs150.loss", momentum(0.02, 150))
best = min(descend(A, Y, r, 150)[1] for r in np.arange(0.001, 0.0846, 0.0005))
out("houses.gd.best_rate_below_edge.epochs150.loss", best)

# --- Lessons 06 and 07: logistic regression on blobs ------------------------------------
with open(os.path.join(HERE, "blobs.csv")) as f:
    blobs = np.array([[float(v) for v in row] for row in list(csv.reader(f))[1:]])
BX, BY = blobs[:, :2], blobs[:, 2]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def logistic(w, b, rate, epochs, loss="bce"):
    w = np.array(w, dtype=float)
    for _ in range(epochs):
        p = sigmoid(BX @ w + b)
        g = (p - BY) if loss == "bce" else 2 * (p - BY) * p * (1 - p)
        w, b = w - rate * BX.T @ g / len(BY), b - rate * np.mean(g)
    return w, b


def bce(w, b):
    p = sigmoid(BX @ w + b)
    return float(-np.mean(BY * np.log(p) + (1 - BY) * np.log(1 - p)))


def right(w, b):
    return int(np.sum((sigmoid(BX @ w + b) > 0.5) == BY))


start = ([1.0, -2.0], 0.0)
out("blobs.start.bce", bce(*start))
out("blobs.start.right", right(*start))
for rate in [0.1, 0.3]:
    w, b = logistic(*start, rate, 50)
    out(f"blobs.lr{rate}.epochs50.bce", bce(w, b))
    out(f"blobs.lr{rate}.epochs50.right", right(w, b))
w, b = logistic(*start, 0.01, 101)
out("blobs.lr0.01.epochs101.bce", bce(w, b))
wrong = ([-4.0, -4.0], 0.0)
out("blobs.confident.right", right(*wrong))
out("blobs.confident.bce", bce(*wrong))
p = sigmoid(BX @ np.array(wrong[0]))
out("blobs.confident.bce_grad_w0", float(BX[:, 0] @ (p - BY) / 100))
out("blobs.confident.bce_grad_w1", float(BX[:, 1] @ (p - BY) / 100))
w, b = logistic(*wrong, 0.5, 100, loss="mse")
out("blobs.confident.mse.epochs100.right", right(w, b))
p = sigmoid(BX @ w + b)
g = 2 * (p - BY) * p * (1 - p)
out("blobs.confident.mse.epochs100.largest_grad", float(max(abs(BX.T @ g / 100).max(), abs(np.mean(g)))))
w, b = logistic(*wrong, 0.5, 100)
out("blobs.confident.bce.epochs100.bce", bce(w, b))
out("blobs.confident.bce.epochs100.right", right(w, b))

# --- Lesson 11: the flats to repair (size, age) ------------------------------------------
review = read_csv("review-flats.csv")
RX, RY = review[:, :2], review[:, 2]
RA = np.column_stack([RX, np.ones(len(RY))])
best, *_ = np.linalg.lstsq(RA, RY, rcond=None)
out("review.best.loss", mse(RA, best, RY))
RZ = np.column_stack([(RX - RX.mean(0)) / RX.std(0), np.ones(len(RY))])
_, loss, _, _ = descend(RZ, RY, 0.1, 50)
out("review.z.lr0.1.epochs50.loss", loss)
