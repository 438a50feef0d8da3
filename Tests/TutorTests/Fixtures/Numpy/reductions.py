# The expected values in reductions.json, computed by numpy itself.
#
# Run from this folder, with numpy installed (numpy 2.4.6 made the committed file):
#
#     python3 reductions.py > reductions.json
#
# Each case is a line in Downhill's expression language and the numpy code it stands for;
# the value is numpy's result for the numpy code. ExpressionNumpyTests evaluates every
# line on the same variables and expects exactly this value, so the project's tests need
# only the JSON, never Python. The data is small and mostly dyadic, so every sum is exact
# whatever the order of addition.
import json

import numpy as np

X = np.array([1.0, 2, 3, 4, 5])
Y = 150 * X
Y_pred = 0.5 * X + 1
W = np.array([[1.0, 2], [3, 4], [5, 6]])
M = np.array([[2.0, -1, 7], [0.5, 3, -4]])
d1 = np.array([[0.25, -0.5, 1], [1.5, 0, -0.75], [-1, 2, 0.5], [0.125, -0.25, 3]])
v = np.array([3.0, -1, 4, 1, 5])
b = np.array([0.5, -2])
s = np.float64(2.5)

variables = {"X": X, "Y": Y, "Y_pred": Y_pred, "W": W, "M": M, "d1": d1, "v": v, "b": b, "s": s}

# (Downhill's line, numpy's code)
cases = [
    # Whole reductions, every spelling.
    ("sum(W)", "np.sum(W)"),
    ("np.sum(W)", "np.sum(W)"),
    ("numpy.sum(W)", "np.sum(W)"),
    ("W.sum()", "W.sum()"),
    ("np.mean(M)", "np.mean(M)"),
    ("M.mean()", "M.mean()"),
    ("M.max()", "M.max()"),
    ("M.min()", "M.min()"),
    ("np.max(d1)", "np.max(d1)"),
    ("np.min(d1)", "np.min(d1)"),
    ("np.sum(s)", "np.sum(s)"),
    ("np.sum(X*(Y - Y_pred))", "np.sum(X*(Y - Y_pred))"),
    ("(X*Y).sum()", "(X*Y).sum()"),
    ("-W.sum()", "-W.sum()"),
    ("2**v.sum()", "2**v.sum()"),
    # Along an axis: a matrix.
    ("np.sum(W, axis=0)", "np.sum(W, axis=0)"),
    ("np.sum(W, 0)", "np.sum(W, 0)"),
    ("sum(W, axis=0)", "np.sum(W, axis=0)"),
    ("W.sum(axis=0)", "W.sum(axis=0)"),
    ("W.sum(0)", "W.sum(0)"),
    ("np.sum(W, axis=1)", "np.sum(W, axis=1)"),
    ("sum(W, axis=-1)", "np.sum(W, axis=-1)"),
    ("W.sum(axis=-2)", "W.sum(axis=-2)"),
    ("numpy.sum(W, axis=1)", "np.sum(W, axis=1)"),
    ("d1.sum(axis=0)", "d1.sum(axis=0)"),
    ("(d1*d1).sum(axis=1)", "(d1*d1).sum(axis=1)"),
    ("W.T.sum(axis=0)", "W.T.sum(axis=0)"),
    ("np.mean(M, axis=0)", "np.mean(M, axis=0)"),
    ("np.mean(M, axis=1)", "np.mean(M, axis=1)"),
    ("mean(M, axis=-1)", "np.mean(M, axis=-1)"),
    ("M.mean(axis=0)", "M.mean(axis=0)"),
    ("M.mean(1)", "M.mean(1)"),
    ("M.max(axis=0)", "M.max(axis=0)"),
    ("M.max(axis=1)", "M.max(axis=1)"),
    ("np.max(M, 1)", "np.max(M, 1)"),
    ("max(M, axis=0)", "np.max(M, axis=0)"),
    ("M.min(axis=0)", "M.min(axis=0)"),
    ("np.min(M, axis=1)", "np.min(M, axis=1)"),
    ("min(M, axis=-1)", "np.min(M, axis=-1)"),
    ("d1.max(0)", "d1.max(0)"),
    ("W.sum(axis=1).max()", "W.sum(axis=1).max()"),
    ("np.sum(W, axis=0).sum()", "np.sum(W, axis=0).sum()"),
    # Along an axis: a vector has only axis 0 (or -1).
    ("v.sum(axis=0)", "v.sum(axis=0)"),
    ("np.mean(v, axis=-1)", "np.mean(v, axis=-1)"),
    ("v.max(0)", "v.max(0)"),
    ("min(v, axis=0)", "np.min(v, axis=0)"),
    # A number takes axis 0 or -1, as numpy's 0-d arrays do.
    ("np.sum(s, axis=0)", "np.sum(s, axis=0)"),
    ("np.max(s, -1)", "np.max(s, -1)"),
    # dot as a method and with the prefix.
    ("X.dot(Y)", "X.dot(Y)"),
    ("np.dot(X, Y)", "np.dot(X, Y)"),
    ("W.dot(b)", "W.dot(b)"),
    ("M.dot(W)", "M.dot(W)"),
    ("W.T.dot(W)", "W.T.dot(W)"),
    ("v.dot(2)", "v.dot(2)"),
    # Element-wise two-argument max and min.
    ("np.maximum(v, 2)", "np.maximum(v, 2)"),
    ("max(v, 2)", "np.maximum(v, 2)"),
    ("np.minimum(M, 0)", "np.minimum(M, 0)"),
    ("np.maximum(0, d1)", "np.maximum(0, d1)"),
    # The other functions numpy has, with exact results.
    ("np.exp(0)", "np.exp(0)"),
    ("np.log(1)", "np.log(1)"),
    ("np.sqrt([4, 9, 0.25])", "np.sqrt([4, 9, 0.25])"),
    ("np.abs(v)", "np.abs(v)"),
    ("np.tanh(0)", "np.tanh(0)"),
    ("np.outer(b, b)", "np.outer(b, b)"),
]


def shaped(value):
    array = np.asarray(value, dtype=np.float64)
    return {"shape": list(array.shape), "elements": [float(x) for x in array.ravel()]}


# One variable or case a line, so that a change reads well in a diff.
print('{"numpy": %s,' % json.dumps(np.__version__))
print(' "variables": {')
print(",\n".join("  %s: %s" % (json.dumps(name), json.dumps(shaped(value)))
                 for name, value in variables.items()))
print(' },')
print(' "cases": [')
print(",\n".join("  %s" % json.dumps(
    {"line": line, "numpy": code, "value": shaped(eval(code, {"np": np}, dict(variables)))})
    for line, code in cases))
print(' ]}')
