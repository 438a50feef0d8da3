# Makes snippets.json: small Python snippets, in the subset of Python and numpy that
# Downhill's embedded interpreter supports, each with the exact stdout CPython prints.
#
# Run from this folder, with numpy installed (CPython 3.11.7 and numpy 2.4.6 made the
# committed file; the versions are recorded in the JSON under "python" and "numpy"):
#
#     python3 make_snippets.py
#
# Every snippet is source text held in this script. Each one runs in a fresh namespace
# with exec, its stdout captured with contextlib.redirect_stdout, and the script stops if
# a snippet raises, prints nothing, prints differently on a second run, or steps outside
# the supported subset (checked on its syntax tree, see check_subset). The tests compare
# the interpreter's output with snippets.json and never need Python themselves.
#
# "tolerance" is "exact" unless the printed numbers depend on exp, log or tanh (libm
# results may differ by an ulp between platforms); those snippets are "ulp2" and print
# floats only in shortest repr form (plain print or array printing), never through a
# fixed-precision format that a one-ulp difference could flip. The tolerance is derived
# from the code itself, so it cannot be forgotten.
#
# Notes on the data: np.sum/np.mean/np.std and axis reductions only ever reduce fewer than
# 8 elements (numpy switches to pairwise summation at 8); longer sums use Python's sum or
# a loop, which add left to right. Exact snippets use @, dot and matmul on floats only
# where every product and partial sum is exact, because numpy hands float64 products to
# BLAS, whose order of addition (and use of FMA) is not numpy's to promise.
import ast
import contextlib
import io
import json
import os
import platform
import re
import sys
import textwrap

import numpy as np

SNIPPETS = []


def snippet(group, name, code):
    SNIPPETS.append((group, name, textwrap.dedent(code).strip("\n") + "\n"))


# ---------------------------------------------------------------------------------------
# arith: Python int and float arithmetic
# ---------------------------------------------------------------------------------------

snippet("arith", "floor_division_with_negatives", '''
    print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
    print(0 // 5, -1 // 10)
''')

snippet("arith", "modulo_with_negatives", '''
    print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
    print(-1 % 10, 10 % 5)
''')

snippet("arith", "float_floor_division_and_modulo", '''
    print(-7.5 // 2, -7.5 % 2)
    print(7.5 // -2, 7.5 % -2)
    print(5.5 % 2, 10 % 3.0, -0.5 % 1)
''')

snippet("arith", "true_division_of_ints", '''
    print(7 / 2, 6 / 3, 1 / 3, 2 / 3)
    print(-1 / 4, 10 / 4)
''')

snippet("arith", "power_negative_exponents", '''
    print(2 ** -1, 2 ** -3, 10 ** -2, 4 ** -0.5)
    print(2 ** 10, 2.0 ** 10)
''')

snippet("arith", "power_sign_and_precedence", '''
    print((-2) ** 3, (-2) ** 2, -2 ** 2)
    print(2 ** 3 ** 2, (2 ** 3) ** 2)
    print(1.5 ** 2, 0.1 ** 2)
''')

snippet("arith", "int_float_mixing", '''
    x = 3
    y = 2.0
    print(x + y, x * y, x - y, x / y, x // y, x % y)
    print(x * 2, x * 2.5)
''')

snippet("arith", "point_one_plus_point_two", '''
    print(0.1 + 0.2)
    print(0.1 + 0.2 == 0.3)
    print(0.1 * 3, 0.3 - 0.1)
''')

snippet("arith", "float_repr_large_and_small", '''
    print(1e16, 1e15, 123456789012345678.0)
    print(1e-5, 0.0001, 0.00012345)
    print(100.0, 1e22, 2.5e-10)
''')

snippet("arith", "one_third", '''
    third = 1 / 3
    print(third)
    print(third * 3, 2 / 3, 1 - 2 / 3)
''')

snippet("arith", "round_bankers", '''
    print(round(0.5), round(1.5), round(2.5), round(3.5))
    print(round(-0.5), round(-1.5), round(2.4), round(2.6))
''')

snippet("arith", "round_with_ndigits", '''
    print(round(2.675, 2), round(3.14159, 3))
    print(round(0.125, 2), round(0.375, 2), round(2.5, 0))
    print(round(1.0, 3), round(7, 2))
''')

snippet("arith", "round_negative_ndigits", '''
    print(round(1234.5678, -2), round(1250, -2), round(1350, -2))
    print(round(1234, -1), round(-1250.0, -2))
''')

snippet("arith", "int_and_float_conversion", '''
    print(int(3.7), int(-3.7), int(2.0), float(3))
    print(int(True), float(False), float(7) / 2)
''')

snippet("arith", "abs_min_max_builtins", '''
    print(abs(-3), abs(-2.5), abs(0))
    print(min(3, 1.5, 2), max(-1, -5))
    print(max(2, 2.0), max(2.0, 2), min(1, True))
''')

snippet("arith", "augmented_assignment_chain", '''
    n = 10
    n += 5
    print(n)
    n -= 3
    n *= 2
    print(n)
    n //= 5
    n %= 3
    n **= 3
    print(n)
''')

snippet("arith", "augmented_true_division_makes_float", '''
    x = 10
    x /= 4
    print(x)
    count = 7
    count //= 2
    print(count)
    w = 2.0
    w **= 2
    print(w)
''')

snippet("arith", "accumulate_point_one", '''
    x = 0.0
    for i in range(10):
        x += 0.1
    print(x)
    print(x == 1.0)
''')

snippet("arith", "precedence_mixed", '''
    print(2 + 3 * 4 ** 2 / 8 - 1)
    print((2 + 3) * 4, 2 + 3 * 4)
    print(-3 ** 2, (-3) ** 2, 10 - 2 - 3)
''')

snippet("arith", "bool_arithmetic", '''
    print(True + True, True * 3, False - 1)
    print(True / 2, True + 0.5)
''')

snippet("arith", "float_int_comparisons", '''
    print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
    print(0.1 + 0.2 > 0.3, 1 != 1.0)
''')

snippet("arith", "negative_zero", '''
    print(-0.0, 0.0 * -1, 0.0 - 0.0)
    print(-0.0 == 0.0, -0.0 + 0.0)
''')

snippet("arith", "decimal_surprises", '''
    print(1.1 * 1.1, 1.1 + 2.2, 3.3 - 1.1)
    print(0.7 + 0.1, 0.2 + 0.4)
''')

snippet("arith", "float_overflow_to_inf", '''
    big = 1e308
    print(big * 10, -big * 10)
    print(1e308 + 1e308 > big)
''')

snippet("arith", "learning_rate_arithmetic", '''
    lr = 0.01
    print(lr * 3, lr / 10, 1 - lr)
    print(lr * 100, 0.001 * 3)
''')

snippet("arith", "many_digits_repr", '''
    print(123456789.123456789, 0.000123)
    print(2 / 7, 22 / 7)
    print(1234567.0, 12345678912345.0)
''')

snippet("arith", "mean_by_hand", '''
    xs = [1, 2, 3, 4]
    print(sum(xs) / len(xs))
    total = sum(xs)
    print(total // len(xs), total % len(xs))
''')

snippet("arith", "half_of_odd_ints", '''
    for n in [1, 3, -3]:
        print(n / 2, n // 2, n % 2)
''')

# ---------------------------------------------------------------------------------------
# strings: f-strings, str(), print's sep and end, printing of containers
# ---------------------------------------------------------------------------------------

snippet("strings", "fstring_fixed_decimals", '''
    m = 149.99
    c = 0.0051
    print(f"m = {m:.3f}, c = {c:.3f}")
    print(f"{m:.0f} {c:.1f} {-c:.2f}")
''')

snippet("strings", "fstring_width_and_decimals", '''
    for x in [1.5, -22.25, 333.125]:
        print(f"|{x:8.2f}|")
    print(f"|{12345.678:8.2f}|")
''')

snippet("strings", "fstring_int_d", '''
    n = 42
    epochs = 1000
    print(f"{n:d} of {epochs:d} epochs")
    print(f"{-7:d}")
''')

snippet("strings", "fstring_exponent", '''
    x = 12345.678
    print(f"{x:e}")
    print(f"{x:.2e} {0.000123:.2e} {-0.00123:.2e}")
    print(f"{0.0:e} {1.0:.2e}")
''')

snippet("strings", "fstring_general_g", '''
    print(f"{0.0001:g} {123456789.0:g} {100.0:g}")
    print(f"{1e-5:g} {2.50:g} {0.1 + 0.2:g}")
    print(f"{1234567:g} {3:g}")
''')

snippet("strings", "fstring_align_right_left", '''
    v = "loss"
    print(f"[{v:>6}]", f"[{v:<6}]")
    print(f"[{3:>6}]", f"[{2.5:<6}]")
    print(f"[{'epoch':<6}]")
''')

snippet("strings", "fstring_thousands", '''
    print(f"{1234567:,}", f"{1000:,}", f"{999:,}")
    print(f"{1234567.891:,}", f"{-9876543:,}")
''')

snippet("strings", "fstring_percent", '''
    accuracy = 0.8765
    print(f"{accuracy:.1%}")
    print(f"{0.5:.0%} {1:.1%} {0.12345:.2%}")
''')

snippet("strings", "fstring_repr_conversion", '''
    name = "m"
    print(f"{name!r} {name}")
    print(f"{1.0!r} {[1, 'a']!r} {None!r}")
''')

snippet("strings", "fstring_plain_values", '''
    lr = 0.1
    print(f"lr={lr} epochs={100} ok={True} none={None}")
    print(f"{[1, 2.5]} {(1, 'x')}")
''')

snippet("strings", "fstring_expressions_inside", '''
    a = 3
    b = 4
    print(f"{a} + {b} = {a + b}")
    print(f"{a / b} {a * b:d} {a ** 2 / b:.2f}")
''')

snippet("strings", "fstring_loss_table", '''
    history = [(1, 2.5), (10, 0.125), (100, 0.0009765625)]
    for epoch, loss in history:
        print(f"{epoch:>5} {loss:8.4f}")
''')

snippet("strings", "str_function", '''
    print(str(3) + " items")
    print(str(2.50), str(True), str(None))
    print(str([1, 2.0]) + str((3,)))
''')

snippet("strings", "print_sep_and_end", '''
    print(1, 2, 3, sep=", ")
    print("a", end="")
    print("b", end="!\\n")
    print("x", "y", sep="")
    print("loss", 0.5, sep=": ", end=" <-\\n")
''')

snippet("strings", "print_lists_and_tuples", '''
    print([1.0, 2.5, 0.1 + 0.2])
    print((1, 2.0), (5,), ())
    print([])
''')

snippet("strings", "print_nested_lists", '''
    W = [[1.0, 2], [3, [4.5, -0.0]]]
    print(W)
    print([[0.1, 0.2], [1e-05, 1e16]])
''')

snippet("strings", "print_none_and_bools", '''
    print(None, True, False)
    print([None, True, False])
    print((True,), [1 == 1])
''')

snippet("strings", "string_concat_and_repeat", '''
    line = "-" * 20
    print(line)
    print("ab" + "cd" * 2)
    print(3 * "=" + ">")
''')

snippet("strings", "string_index_and_len", '''
    word = "descent"
    print(word[0], word[-1], word[2], len(word))
    print(len(""), len("a b"))
''')

snippet("strings", "print_string_quotes_in_lists", '''
    print(["a", 'b'])
    print(["it's", 'say "hi"'])
    print(("x",))
''')

snippet("strings", "print_mixed_tuple", '''
    pair = (3, "x", 2.5)
    print(pair)
    print(pair[1], pair[2])
''')

snippet("strings", "print_empty_line", '''
    print("before")
    print()
    print("after")
''')

snippet("strings", "print_many_types", '''
    print("loss:", 0.5, "epoch", 10)
    print("done", None, [1], (2,), True)
''')

snippet("strings", "str_of_floats", '''
    print(str(1e16) + "|" + str(1e-7) + "|" + str(0.1))
    print(str(-2.0) + " " + str(10))
''')

snippet("strings", "repr_of_values", '''
    print(repr("hi"), repr(2.0), repr(3))
    print(repr([1, "a"]), repr(None))
''')

snippet("strings", "fstring_width_numbers_right_aligned", '''
    for n in [1, 22, 333]:
        print(f"{n:>4}|{n:<4}|")
''')

snippet("strings", "string_building_loop", '''
    bar = ""
    for i in range(5):
        bar = bar + "#"
        print(bar)
''')

snippet("strings", "fstring_numpy_values", '''
    import numpy as np
    X = np.array([1.0, 2.0, 3.5])
    m = X.mean()
    print(f"{m} {m:.3f} {m!r}")
    print(f"X = {X}")
''')

# ---------------------------------------------------------------------------------------
# control: loops, branches, functions, comprehensions
# ---------------------------------------------------------------------------------------

snippet("control", "for_range_sum", '''
    total = 0
    for i in range(1, 11):
        total += i
    print(total)
''')

snippet("control", "range_forms", '''
    print(list(range(5)))
    print(list(range(10, 0, -3)), list(range(0, 10, 4)))
    print(list(range(3, 3)), list(range(-2, 2)))
''')

snippet("control", "while_true_break", '''
    n = 0
    while True:
        n += 1
        if n * n > 50:
            break
    print(n)
''')

snippet("control", "while_continue", '''
    i = 0
    evens = []
    while i < 10:
        i += 1
        if i % 2:
            continue
        evens.append(i)
    print(evens)
''')

snippet("control", "if_elif_else_grading", '''
    def grade(loss):
        if loss < 0.1:
            return "great"
        elif loss < 1:
            return "good"
        else:
            return "keep going"
    for loss in [0.05, 0.5, 5]:
        print(loss, grade(loss))
''')

snippet("control", "function_defaults_and_keywords", '''
    def step(w, grad, lr=0.1):
        return w - lr * grad
    print(step(1.0, 2.0))
    print(step(1.0, 2.0, 0.5))
    print(step(1.0, 2.0, lr=0.25))
''')

snippet("control", "function_returns_tuple", '''
    def min_max(xs):
        return min(xs), max(xs)
    lo, hi = min_max([3, 1, 4, 1, 5])
    print(lo, hi)
    print(min_max([2.5]))
''')

snippet("control", "recursion_factorial", '''
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    print(fact(1), fact(5), fact(12))
''')

snippet("control", "recursion_fibonacci", '''
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)
    print([fib(i) for i in range(12)])
''')

snippet("control", "list_comprehensions", '''
    squares = [x * x for x in range(6)]
    odd = [x for x in squares if x % 2 == 1]
    print(squares)
    print(odd)
    print([x / 2 for x in odd])
''')

snippet("control", "enumerate_loop", '''
    losses = [2.0, 1.0, 0.5]
    for i, loss in enumerate(losses):
        print(i, loss)
    print(list(enumerate(["a", "b"])))
''')

snippet("control", "zip_loop", '''
    xs = [1, 2, 3]
    ys = [10, 20, 30]
    for x, y in zip(xs, ys):
        print(x, y, x * y)
    print(list(zip([1, 2, 3], [4, 5])))
''')

snippet("control", "chained_comparisons", '''
    x = 0.5
    print(0 < x < 1, 1 < x < 2)
    print(0 <= 0 < 1 < 2, 3 > 2 > 2)
    print(1 < 2 == 2, 1 == 1.0 == True)
''')

snippet("control", "tuple_swap_and_unpack", '''
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    m, c = 0.0, 1.5
    print(m, c)
''')

snippet("control", "in_and_not_in", '''
    print(3 in [1, 2, 3], 4 not in (1, 2))
    print(5 in range(0, 10, 5), 7 in range(0, 10, 5))
    print(2.0 in [1, 2], "b" in ["a", "b"])
''')

snippet("control", "and_or_return_operands", '''
    print(0 or 5, 3 and 4, not 0)
    print(None or "x", [] or [1], 2 and 0)
    print(not [], not 1.5)
''')

snippet("control", "conditional_expression", '''
    for v in [-2, 0, 3]:
        print("neg" if v < 0 else "zero" if v == 0 else "pos")
''')

snippet("control", "del_name", '''
    x = 5
    y = x
    del x
    print(y)
''')

snippet("control", "pass_in_branch", '''
    for i in range(3):
        if i == 1:
            pass
        else:
            print(i)
''')

snippet("control", "nested_loops_inner_break", '''
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            print(i, j)
''')

snippet("control", "function_without_return", '''
    def report(loss):
        print("loss is", loss)
    result = report(0.25)
    print(result)
''')

snippet("control", "halve_learning_rate_until_small", '''
    lr = 1.0
    steps = 0
    while lr > 0.01:
        lr /= 2
        steps += 1
    print(steps, lr)
''')

snippet("control", "list_append_index_slice", '''
    history = []
    for epoch in range(5):
        history.append(10 - 2 * epoch)
    print(history[-1], history[:2], len(history))
    print(history + [0], 4 in history)
''')

snippet("control", "list_item_assignment", '''
    weights = [0.5, 0.5, 0.5]
    weights[1] = 2.0
    weights[-1] = weights[0] * 3
    print(weights)
''')

snippet("control", "tuple_indexing", '''
    t = (1, 2, 3)
    print(t[0], t[-1], len(t), t[1])
    a, b, c = t
    print(c, b, a)
''')

snippet("control", "bool_conversions", '''
    print(bool(0), bool(0.0), bool(""), bool([]))
    print(bool([0]), bool(None), bool("0"), bool(-1))
''')

snippet("control", "recursive_power_with_default", '''
    def power(base, exp=2):
        if exp == 0:
            return 1
        return base * power(base, exp - 1)
    print(power(3), power(2, 10), power(0.5, 3))
''')

snippet("control", "early_stopping_loop", '''
    loss = 100.0
    epoch = 0
    while loss > 1:
        loss = loss * 0.5
        epoch += 1
    print(epoch, loss)
''')

snippet("control", "continue_skips_negative", '''
    total = 0.0
    for g in [0.5, -1.0, 2.0, -3.0]:
        if g < 0:
            continue
        total += g
    print(total)
''')

snippet("control", "function_calls_function", '''
    def predict(x, m, c):
        return m * x + c
    def error(x, y, m=2.0, c=1.0):
        return y - predict(x, m, c)
    print(error(3, 10), error(3, 10, 3.0), error(1, 1, c=0.5))
''')

# ---------------------------------------------------------------------------------------
# dtypes: int vs float arrays, promotion, numpy scalars
# ---------------------------------------------------------------------------------------

snippet("dtypes", "int_and_float_arrays", '''
    import numpy as np
    a = np.array([1, 2, 3])
    b = np.array([1.0, 2, 3])
    print(a, a.dtype)
    print(b, b.dtype)
''')

snippet("dtypes", "array_dtype_argument", '''
    import numpy as np
    print(np.array([1, 2, 3], dtype=float))
    print(np.array([1.7, -1.7, 2.5], dtype=int))
    print(np.array([True, False], dtype=int))
''')

snippet("dtypes", "int_plus_float_promotes", '''
    import numpy as np
    a = np.array([1, 2, 3])
    print(a + 0.5, (a + 0.5).dtype)
    print(a + 1, (a + 1).dtype)
    print(a * 2.0)
''')

snippet("dtypes", "int_true_division_gives_float", '''
    import numpy as np
    print(np.array([1, 2, 3]) / 2)
    print(np.array([4, 6]) / np.array([2, 3]))
    print((np.array([4, 6]) / 2).dtype)
''')

snippet("dtypes", "int_floor_division_and_mod", '''
    import numpy as np
    a = np.array([7, -7, 8])
    print(a // 2, a % 3)
    print((a // 2).dtype, a // -2)
''')

snippet("dtypes", "float_floor_division_and_mod", '''
    import numpy as np
    a = np.array([7.5, -7.5, 0.5])
    print(a // 2)
    print(a % 2)
''')

snippet("dtypes", "bool_array_sums", '''
    import numpy as np
    passed = np.array([True, False, True, True])
    print(passed, passed.dtype)
    print(passed.sum(), np.sum(passed), sum(passed))
    print(np.mean(passed))
''')

snippet("dtypes", "astype_conversions", '''
    import numpy as np
    a = np.array([1.9, -1.9, 2.5])
    print(a.astype(int))
    b = np.array([1, 0, 2])
    print(b.astype(float), b.astype(float).dtype)
    print((b > 0).astype(int))
''')

snippet("dtypes", "dtype_printing", '''
    import numpy as np
    print(np.zeros(3).dtype, np.arange(3).dtype)
    print(np.arange(3.0).dtype, (np.arange(3) > 1).dtype)
    print(np.array([True]).dtype, np.array([1, 2.5]).dtype)
''')

snippet("dtypes", "arange_int_and_float", '''
    import numpy as np
    print(np.arange(5), np.arange(5.0))
    print(np.arange(1, 2, 0.25), np.arange(0, 10, 3))
    print(np.arange(2, 8, 2).dtype, np.arange(0, 1, 0.5).dtype)
''')

snippet("dtypes", "arange_float_step_endpoint", '''
    import numpy as np
    r = np.arange(1, 1.3, 0.1)
    print(r, len(r))
    print(r.tolist())
''')

snippet("dtypes", "mean_of_int_array_is_float", '''
    import numpy as np
    a = np.array([1, 2, 3, 4])
    print(np.mean(a), np.sum(a), a.mean(), a.max())
    print([np.mean(a), np.sum(a)])
''')

snippet("dtypes", "numpy_scalar_print_vs_repr", '''
    import numpy as np
    X = np.array([1.5, 2.5])
    print(X[0])
    print([X[0], X[1]])
    print((X[0],), [X.sum()])
''')

snippet("dtypes", "numpy_scalar_with_python_numbers", '''
    import numpy as np
    s = np.sum(np.array([1, 2]))
    print(s + 1, s / 2, s * 1.5)
    print([s + 1, s / 2, s * 1.5])
''')

snippet("dtypes", "convert_numpy_scalars_to_python", '''
    import numpy as np
    X = np.array([1, 2, 3])
    print([float(X.mean()), int(X.max()), float(X[0])])
    print(X.tolist(), X.astype(float).tolist())
''')

snippet("dtypes", "numpy_bool_scalar", '''
    import numpy as np
    X = np.array([1.5, 0.5])
    print(X[0] > 1, X[1] > 1)
    print([X[0] > 1, X[1] > 1])
''')

snippet("dtypes", "comprehension_over_array_gives_numpy_scalars", '''
    import numpy as np
    X = np.array([1.0, 2.5])
    print([x * 2 for x in X])
    print([float(x) * 2 for x in X])
''')

snippet("dtypes", "int_array_assignment_truncates", '''
    import numpy as np
    a = np.array([1, 2, 3])
    a[0] = 2.9
    a[1] = -2.9
    print(a, a.dtype)
''')

snippet("dtypes", "zeros_like_keeps_dtype", '''
    import numpy as np
    a = np.array([1, 2, 3])
    print(np.zeros_like(a), np.ones_like(a))
    print(np.zeros_like(np.array([0.5])), np.ones_like(a).dtype)
''')

snippet("dtypes", "constructors_are_float", '''
    import numpy as np
    print(np.zeros(2), np.ones(3))
    print(np.linspace(0, 4, 5), np.eye(2)[0])
    print(np.zeros((2, 2)).dtype, np.linspace(0, 4, 5).dtype)
''')

snippet("dtypes", "mixed_list_to_array", '''
    import numpy as np
    print(np.array([True, 2]), np.array([1, 2.5]))
    print(np.array([True, False]) + 1)
    print(np.array([[1, 2], [3, 4.0]]).dtype)
''')

snippet("dtypes", "int_array_powers", '''
    import numpy as np
    a = np.array([1, 2, 3])
    print(a ** 2, (a ** 2).dtype)
    print(2 ** a, a ** 0)
    print(a ** 2.0)
''')

snippet("dtypes", "mean_and_sum_with_axis_on_ints", '''
    import numpy as np
    A = np.array([[1, 2], [3, 5]])
    print(A.mean(axis=0), A.sum(axis=0))
    print(np.mean(A, axis=1), A.max(axis=1))
''')

snippet("dtypes", "round_numpy_scalar_vs_float", '''
    import numpy as np
    prices = np.array([2.675, 0.215, 2.5])
    print(round(prices[0], 2), round(float(prices[0]), 2))
    print(round(prices[1], 2), round(float(prices[1]), 2))
    print(round(prices[2]), [round(prices[2])], [round(prices[0], 2)])
''')

snippet("dtypes", "maximum_promotes", '''
    import numpy as np
    print(np.maximum(np.array([1, 5]), 2.5))
    print(np.maximum(np.array([1, 5]), 2))
    print(np.where(np.array([1, 2, 3]) > 1, 1, 0.5))
''')

snippet("dtypes", "python_scalar_times_array", '''
    import numpy as np
    X = np.array([1, 2])
    print(2 * X, 2.0 * X, X / 1)
    print((2 * X).dtype, (2.0 * X).dtype)
''')

snippet("dtypes", "abs_keeps_dtype", '''
    import numpy as np
    print(np.abs(np.array([-2, 3])), np.abs(np.array([-2.5, 0.0])))
    print(abs(np.array([-1, 1])), -np.array([0.0, 1.0]))
''')

snippet("dtypes", "scalar_division_by_numpy_ints", '''
    import numpy as np
    a = np.array([7, 2])
    print(a[0] / a[1], a[0] // a[1], a[0] % a[1])
    print([a[0] / a[1], a[0] // a[1]])
''')

# ---------------------------------------------------------------------------------------
# broadcasting
# ---------------------------------------------------------------------------------------

snippet("broadcasting", "broadcast_row_plus_column", '''
    import numpy as np
    row = np.array([1, 2, 3])
    col = np.array([[10], [20]])
    print(row + col)
    print((row + col).shape)
''')

snippet("broadcasting", "broadcast_scalar_with_array", '''
    import numpy as np
    X = np.array([1.0, 2, 4])
    print(X * 2, X + 1, 10 - X)
    print(1 / X, X ** 2 / 2)
''')

snippet("broadcasting", "broadcast_column_times_row", '''
    import numpy as np
    a = np.array([[1], [2], [3]])
    b = np.array([[1, 2, 3, 4]])
    print(a * b)
    print(a.shape, b.shape, (a * b).shape)
''')

snippet("broadcasting", "broadcast_matrix_plus_row", '''
    import numpy as np
    A = np.array([[1.0, 2], [3, 4], [5, 6]])
    b = np.array([0.5, -1])
    print(A + b)
    print(A * b)
''')

snippet("broadcasting", "broadcast_center_columns", '''
    import numpy as np
    A = np.array([[1.0, 10], [2, 20], [6, 30]])
    mu = A.mean(axis=0)
    print(mu)
    print(A - mu)
''')

snippet("broadcasting", "broadcast_standardize_features", '''
    import numpy as np
    X = np.array([[1.0, 200], [2, 300], [3, 400]])
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    print(sigma)
    print((X - mu) / sigma)
''')

snippet("broadcasting", "broadcast_reshape_outer", '''
    import numpy as np
    X = np.arange(4)
    print(X.reshape(4, 1) * X)
''')

snippet("broadcasting", "broadcast_result_shape", '''
    import numpy as np
    print((np.zeros((3, 1)) + np.zeros(4)).shape)
    print((np.ones((1, 3)) + np.ones(3)).shape)
    print((np.ones((2, 1)) * np.ones((1, 2))).shape)
''')

snippet("broadcasting", "broadcast_bias_add", '''
    import numpy as np
    X = np.array([[1, 2], [3, 4], [5, 6]])
    W = np.array([[1, 0, -1], [0, 1, 2]])
    b = np.array([10, 20, 30])
    Z = X @ W + b
    print(Z)
    print(Z.shape)
''')

snippet("broadcasting", "broadcast_length_one_array", '''
    import numpy as np
    print(np.array([5]) + np.array([1, 2, 3]))
    print(np.array([[2]]) * np.array([1, 2]))
''')

snippet("broadcasting", "broadcast_many_slopes", '''
    import numpy as np
    ms = np.array([[0.0], [1.0], [2.0]])
    X = np.array([1.0, 2, 3])
    print(ms * X)
    print(ms * X + 0.5)
''')

snippet("broadcasting", "broadcast_residuals", '''
    import numpy as np
    X = np.array([1, 2, 3, 4, 5])
    Y = np.array([150, 300, 450, 600, 750])
    m, c = 140.0, 5.0
    print(Y - (m * X + c))
''')

snippet("broadcasting", "broadcast_comparison_grid", '''
    import numpy as np
    a = np.array([[1], [2]])
    b = np.array([1, 2, 3])
    print(a > b)
    print(a == b)
''')

snippet("broadcasting", "broadcast_relu_2d", '''
    import numpy as np
    Z = np.array([[-1.0, 2], [0.5, -3]])
    print(np.maximum(0, Z))
    print(np.minimum(Z, 1))
''')

snippet("broadcasting", "broadcast_row_vector_with_1d", '''
    import numpy as np
    r = np.array([[1, 2, 3]])
    v = np.array([10, 20, 30])
    print(r + v, (r + v).shape)
''')

snippet("broadcasting", "broadcast_zero_dim_array", '''
    import numpy as np
    s = np.array(2.0)
    print(s * np.array([1, 2]), (s * np.array([1, 2])).shape)
    print(s + 1, s.shape)
''')

snippet("broadcasting", "broadcast_row_normalize", '''
    import numpy as np
    A = np.array([[1.0, 2, 1], [3, 3, 2]])
    totals = A.sum(axis=1).reshape(2, 1)
    print(totals)
    print(A / totals)
''')

snippet("broadcasting", "broadcast_grid_from_arange", '''
    import numpy as np
    grid = np.arange(3).reshape(3, 1) * 10 + np.arange(4)
    print(grid)
''')

snippet("broadcasting", "broadcast_in_place_add", '''
    import numpy as np
    A = np.zeros((2, 3))
    A += np.array([1.0, 2, 3])
    A *= np.array([[1.0], [-1]])
    print(A)
''')

snippet("broadcasting", "broadcast_loss_for_many_slopes", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5])
    Y = 150 * X
    m_vals = np.linspace(0, 300, 4).reshape(4, 1)
    losses = ((Y - m_vals * X) ** 2).mean(axis=1)
    print(m_vals.reshape(4))
    print(losses)
''')

snippet("broadcasting", "broadcast_pairwise_distances", '''
    import numpy as np
    a = np.array([1.0, 4, 6])
    print(np.abs(a.reshape(3, 1) - a))
''')

snippet("broadcasting", "broadcast_outer_equals_np_outer", '''
    import numpy as np
    a = np.array([1, 2, 3])
    b = np.array([10, 20])
    print(np.outer(a, b) == a.reshape(3, 1) * b)
''')

snippet("broadcasting", "broadcast_scalar_minus_matrix", '''
    import numpy as np
    H = np.array([[0.5, -0.5], [0.25, 1.0]])
    print(1 - H ** 2)
    print(2 * H - 1)
''')

# ---------------------------------------------------------------------------------------
# slicing
# ---------------------------------------------------------------------------------------

snippet("slicing", "slice_1d_basic", '''
    import numpy as np
    X = np.array([10, 20, 30, 40, 50])
    print(X[1:3], X[:2], X[3:])
    print(X[-2:], X[::2], X[::-1])
''')

snippet("slicing", "slice_negative_indices", '''
    import numpy as np
    X = np.array([10, 20, 30, 40, 50])
    print(X[-1], X[-3], X[1:-1])
    print(X[-4:-2], X[:-3])
''')

snippet("slicing", "slice_steps", '''
    import numpy as np
    X = np.arange(10)
    print(X[1::2], X[4:0:-2])
    print(X[-1:-4:-1], X[::3], X[8:2:-3])
''')

snippet("slicing", "slice_out_of_range", '''
    import numpy as np
    X = np.array([10, 20, 30, 40, 50])
    print(X[3:10], X[5:], X[3:1])
    print(X[3:1].shape, X[-10:2])
''')

snippet("slicing", "index_2d_elements", '''
    import numpy as np
    A = np.arange(12).reshape(3, 4)
    print(A)
    print(A[1, 2], A[2][3], A[-1, -1], A[0, -2])
''')

snippet("slicing", "index_2d_rows_and_columns", '''
    import numpy as np
    A = np.arange(12).reshape(3, 4)
    print(A[0], A[:, 0])
    print(A[:, -1], A[1, :])
''')

snippet("slicing", "slice_2d_blocks", '''
    import numpy as np
    A = np.arange(12).reshape(3, 4)
    print(A[1:, ::2])
    print(A[:2, 1:3])
    print(A[::2, ::3])
''')

snippet("slicing", "row_view_mutates_original", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4]])
    B = A[0]
    B[0] = 99
    print(A)
''')

snippet("slicing", "copy_is_independent", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4]])
    B = A[0].copy()
    B[0] = 99
    print(A[0], B)
''')

snippet("slicing", "assign_row_and_column", '''
    import numpy as np
    A = np.ones((3, 3))
    A[0] = 5
    A[:, 1] = 0
    print(A)
''')

snippet("slicing", "assign_slice_from_array", '''
    import numpy as np
    X = np.arange(6)
    X[1:4] = np.array([7, 8, 9])
    print(X)
    X[::2] = -1
    print(X)
''')

snippet("slicing", "alias_without_copy", '''
    import numpy as np
    A = np.zeros((2, 2))
    B = A
    B[0, 0] = 7
    print(A[0, 0], A)
''')

snippet("slicing", "list_slicing", '''
    xs = [1, 2, 3, 4, 5]
    print(xs[1:3], xs[::-1], xs[-2:])
    print(xs[::2], xs[10:], xs[:-1])
''')

snippet("slicing", "list_slice_is_a_copy", '''
    xs = [1, 2, 3]
    ys = xs[:]
    ys[0] = 100
    zs = xs
    zs[1] = 200
    print(xs, ys)
''')

snippet("slicing", "reshape_is_a_view", '''
    import numpy as np
    X = np.arange(6)
    R = X.reshape(2, 3)
    R[0, 0] = 100
    print(X)
''')

snippet("slicing", "flatten_is_a_copy", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4]])
    F = A.flatten()
    F[0] = -1
    print(A)
    print(F)
''')

snippet("slicing", "transpose_is_a_view", '''
    import numpy as np
    A = np.array([[1, 2, 3], [4, 5, 6]])
    A.T[0, 1] = 50
    print(A)
''')

snippet("slicing", "slice_shapes", '''
    import numpy as np
    A = np.arange(12).reshape(3, 4)
    print(A[0].shape, A[0:1].shape)
    print(A[:, 0].shape, A[:, 0:1].shape)
    print(A[2:2].shape, A[1, 1:].shape)
''')

snippet("slicing", "slice_of_slice", '''
    import numpy as np
    A = np.arange(12).reshape(3, 4)
    print(A[1:][0], A[1:][0][1:3])
    print(A[:, 1:][1])
''')

snippet("slicing", "mini_batches", '''
    import numpy as np
    X = np.arange(10)
    for start in range(0, 10, 4):
        print(X[start:start + 4])
''')

snippet("slicing", "differences_of_neighbours", '''
    import numpy as np
    losses = np.array([10.0, 6.0, 4.5, 4.0])
    print(losses[1:] - losses[:-1])
    print(losses[:-1] / 2)
''')

snippet("slicing", "negative_2d_slices", '''
    import numpy as np
    A = np.arange(16).reshape(4, 4)
    print(A[-2:, -2:])
    print(A[::-1, 0], A[-1, ::-2])
''')

snippet("slicing", "scalar_from_index_in_list", '''
    import numpy as np
    X = np.array([10, 20, 30])
    print(X[0], [X[0]], X[0:1])
''')

snippet("slicing", "assign_block_with_broadcast", '''
    import numpy as np
    A = np.array([[0, 0, 0], [0, 0, 0], [0, 0, 0]])
    A[1:, :2] = np.array([1, 2])
    print(A)
''')

snippet("slicing", "augmented_assignment_on_slices", '''
    import numpy as np
    X = np.array([1, 2, 3, 4])
    X[1:3] += 10
    print(X)
    A = np.array([[1, 2], [3, 4]])
    A[:, 0] *= 2
    print(A)
''')

snippet("slicing", "slice_view_arithmetic_updates", '''
    import numpy as np
    W = np.array([1.0, 2, 3, 4])
    first_half = W[:2]
    first_half -= 0.5
    print(W)
''')

# ---------------------------------------------------------------------------------------
# masks: comparisons, boolean indexing, np.where
# ---------------------------------------------------------------------------------------

snippet("masks", "mask_comparisons", '''
    import numpy as np
    X = np.array([1, 5, 2, 8, 3])
    print(X > 2, X == 2)
    print(X != 2, X <= 3)
''')

snippet("masks", "mask_boolean_indexing", '''
    import numpy as np
    X = np.array([1, 5, 2, 8, 3])
    print(X[X > 2])
    print(X[X > 100], X[X > 100].shape)
''')

snippet("masks", "mask_assign_scalar", '''
    import numpy as np
    X = np.array([1, 5, 2, 8, 3])
    X[X > 4] = 0
    print(X)
''')

snippet("masks", "mask_where_three_args", '''
    import numpy as np
    X = np.array([1, 5, 2, 8, 3])
    print(np.where(X > 2, X, 0))
    print(np.where(X > 2, 1.0, -1.0))
''')

snippet("masks", "mask_count_true", '''
    import numpy as np
    X = np.array([1, 5, 2, 8, 3])
    mask = X > 2
    print(mask.sum(), np.sum(mask), sum(mask))
    print(np.mean(mask))
''')

snippet("masks", "mask_on_2d_array", '''
    import numpy as np
    A = np.arange(6).reshape(2, 3)
    print(A % 2 == 0)
    print(A[A % 2 == 0])
    A[A > 3] = -1
    print(A)
''')

snippet("masks", "mask_accuracy", '''
    import numpy as np
    probs = np.array([0.2, 0.7, 0.9, 0.4])
    labels = np.array([0, 1, 0, 0])
    pred_class = np.where(probs > 0.5, 1, 0)
    print(pred_class, pred_class == labels)
    print(np.mean(pred_class == labels))
''')

snippet("masks", "mask_astype_int", '''
    import numpy as np
    probs = np.array([0.2, 0.7, 0.5])
    print((probs > 0.5).astype(int), (probs >= 0.5).astype(float))
''')

snippet("masks", "mask_relu_gradient", '''
    import numpy as np
    Z = np.array([-1.5, 0.0, 2.0])
    dZ = np.where(Z > 0, 1.0, 0.0)
    print(dZ)
    print(np.where(Z > 0, Z, 0.01 * Z))
''')

snippet("masks", "mask_product_stays_bool", '''
    import numpy as np
    X = np.array([0, 2, 4, 6, 8])
    both = (X > 1) * (X < 5)
    print(both, both.dtype)
    print(X[both])
''')

snippet("masks", "mask_sum_of_bools_is_or", '''
    import numpy as np
    X = np.array([0, 2, 4, 6, 8])
    either = (X < 2) + (X > 6)
    print(either, either.dtype)
    print(either.sum())
''')

snippet("masks", "mask_times_numbers", '''
    import numpy as np
    X = np.array([1, 5, 2, 8])
    print(X * (X > 2))
    print(0.5 * (X > 2), (X > 2) + 1)
''')

snippet("masks", "mask_clip", '''
    import numpy as np
    X = np.array([1, 5, 2, 8, 3])
    print(np.clip(X, 2, 5))
    print(np.clip(np.array([-1.5, 0.25, 3.0]), 0, 1))
''')

snippet("masks", "mask_selected_mean", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4])
    Y = np.array([10.0, 20, 25, 40])
    print(Y[X > 2], Y[X > 2].mean())
    print(Y[Y < 0].size)
''')

snippet("masks", "mask_select_rows", '''
    import numpy as np
    A = np.array([[1, 10], [3, 30], [5, 50]])
    print(A[A[:, 0] > 2])
    print(A[:, 1][A[:, 0] < 4])
''')

snippet("masks", "mask_float_equality", '''
    import numpy as np
    V = np.array([0.1 + 0.2, 0.3, 0.5])
    print(V == 0.3, V > 0.3)
    print(V.tolist())
''')

snippet("masks", "mask_large_errors", '''
    import numpy as np
    Y = np.array([3.0, 5, 7, 9])
    Y_pred = np.array([2.0, 5.5, 9, 9])
    errors = Y - Y_pred
    print(np.abs(errors) > 1, np.sum(np.abs(errors) > 0.25))
''')

snippet("masks", "mask_assign_from_array", '''
    import numpy as np
    Y = np.array([1.0, 2, 3, 4])
    Y_pred = np.array([1.5, 2, 2.5, 5])
    mask = Y_pred > Y
    Y_pred[mask] = Y[mask]
    print(Y_pred)
''')

snippet("masks", "mask_where_picks_larger", '''
    import numpy as np
    A = np.array([1, 7, 3])
    B = np.array([4, 2, 3])
    print(np.where(A > B, A, B), np.maximum(A, B))
    print(np.where(A < B, A, B), np.minimum(A, B))
''')

snippet("masks", "mask_all_true_by_counting", '''
    import numpy as np
    Y = np.array([0, 1, 1, 0])
    pred = np.array([0, 1, 1, 0])
    print(np.sum(pred == Y) == len(Y))
    print(np.sum(pred != Y))
''')

snippet("masks", "mask_2d_print", '''
    import numpy as np
    A = np.array([[1, 4], [3, 2]])
    print(A > 2)
    print(A[A > 2])
''')

snippet("masks", "mask_empty_selection", '''
    import numpy as np
    X = np.array([1.0, 2, 3])
    picked = X[X > 5]
    print(picked, picked.shape, picked.sum(), len(picked))
''')

snippet("masks", "mask_equal_to_itself", '''
    import numpy as np
    X = np.array([1, 2, 3])
    print(X == X, X == np.array([1, 0, 3]))
    print(X[X == 2], X[X != 2])
''')

snippet("masks", "mask_where_with_column", '''
    import numpy as np
    Z = np.array([[-1, 2], [3, -4]])
    print(np.where(Z > 0, Z, 0))
    print(np.where(Z > 0, 1, -1).sum(axis=0))
''')

# ---------------------------------------------------------------------------------------
# reductions
# ---------------------------------------------------------------------------------------

snippet("reductions", "sum_and_mean_1d", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4])
    print(np.sum(X), np.mean(X), X.sum(), X.mean())
''')

snippet("reductions", "max_min_argmax_argmin_ties", '''
    import numpy as np
    v = np.array([3, 7, 1, 7, 1])
    print(v.max(), v.min(), np.max(v), np.min(v))
    print(np.argmax(v), np.argmin(v))
''')

snippet("reductions", "std_and_var", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4])
    print(np.std(X), np.var(X))
    print(np.std(np.array([2, 4, 4, 4, 5, 5, 7])), np.var(np.array([1, 1, 1])))
''')

snippet("reductions", "axis_reductions_2d", '''
    import numpy as np
    A = np.array([[1, 2, 3], [4, 5, 6]])
    print(A.sum(axis=0), A.sum(axis=1))
    print(A.mean(axis=0), A.mean(axis=1))
    print(A.max(axis=1), A.min(axis=0))
''')

snippet("reductions", "np_functions_with_axis", '''
    import numpy as np
    A = np.array([[1.0, 5], [3, 2], [8, 4]])
    print(np.sum(A, axis=0), np.mean(A, axis=1))
    print(np.max(A, axis=0), np.min(A, axis=1))
    print(np.std(A, axis=0), np.var(A, axis=1))
''')

snippet("reductions", "argmax_argmin_2d", '''
    import numpy as np
    A = np.array([[1, 9, 3], [8, 2, 8]])
    print(np.argmax(A), np.argmin(A))
    print(np.argmax(A, axis=0), np.argmax(A, axis=1), np.argmin(A, axis=1))
''')

snippet("reductions", "python_sum_over_2d_array", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4], [5, 6]])
    print(sum(A))
    print(sum(A.T), np.sum(A))
''')

snippet("reductions", "python_builtins_over_1d_array", '''
    import numpy as np
    X = np.array([3.0, 1.5, 2.0])
    print(sum(X), min(X), max(X), len(X))
    print([sum(X), max(X)])
''')

snippet("reductions", "python_builtins_over_lists", '''
    print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([]))
    print(min([3, 1, 2]), max([1.5, 2]), max([-1, -5]))
''')

snippet("reductions", "python_sum_of_tenths", '''
    print(sum([0.1] * 10))
    print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
''')

snippet("reductions", "np_sum_short_is_left_to_right", '''
    import numpy as np
    v = np.array([0.1, 0.2, 0.3])
    print(np.sum(v), v.sum(), sum(v))
    print(np.sum(np.array([0.3, 0.2, 0.1])))
    print(np.mean(v), v.mean())
''')

snippet("reductions", "np_sum_tiny_terms_order", '''
    import numpy as np
    v = np.array([1.0, 1e-16, 1e-16])
    w = np.array([1e-16, 1e-16, 1.0])
    print(np.sum(v), np.sum(w))
    print(sum(v), sum(w), np.mean(w))
''')

snippet("reductions", "from_import_array_mean", '''
    from numpy import array, mean
    X = array([2, 4, 9])
    print(mean(X), mean(X * 0.5))
    print(mean(array([[1.0, 2.0], [3.0, 5.0]]), axis=0))
''')

snippet("reductions", "axis_sums_order", '''
    import numpy as np
    A = np.array([[0.1, 0.2, 0.3], [0.3, 0.2, 0.1]])
    print(A.sum(axis=1).tolist())
    print(A.T.sum(axis=0).tolist())
    print(np.sum(A, axis=0).tolist())
''')

snippet("reductions", "var_axis_0", '''
    import numpy as np
    A = np.array([[1.0, 2], [3, 6], [5, 7]])
    print(np.var(A, axis=0), np.std(A, axis=0))
    print(A.mean(axis=0), A.max(axis=0))
''')

snippet("reductions", "std_of_ints_is_float", '''
    import numpy as np
    a = np.array([1, 3, 5, 7])
    print(np.std(a), np.var(a), np.mean(a))
    print([np.std(a)])
''')

snippet("reductions", "reductions_of_bool_mask", '''
    import numpy as np
    mask = np.array([[True, False], [True, True]])
    print(mask.sum(), mask.sum(axis=0), np.mean(mask))
    print(np.mean(mask, axis=1))
''')

snippet("reductions", "reductions_single_element", '''
    import numpy as np
    X = np.array([4.5])
    print(np.sum(X), np.mean(X), np.std(X), np.argmax(X))
''')

snippet("reductions", "max_min_with_negatives", '''
    import numpy as np
    X = np.array([-3.5, -0.25, -10.0])
    print(X.max(), X.min(), np.max(np.abs(X)))
    print(np.argmax(X), np.argmin(np.abs(X)))
''')

snippet("reductions", "mse_loss", '''
    import numpy as np
    Y = np.array([3.0, 5, 7])
    Y_pred = np.array([2.5, 5, 8])
    loss = np.mean((Y - Y_pred) ** 2)
    print(loss)
    print(np.mean(np.abs(Y - Y_pred)))
''')

snippet("reductions", "running_total_loop", '''
    import numpy as np
    X = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
    total = 0.0
    for x in X:
        total += x
    print(total, sum(X))
''')

snippet("reductions", "python_sum_long_array", '''
    import numpy as np
    X = np.arange(1, 21) * 0.1
    print(sum(X))
    print(sum(X * X))
''')

snippet("reductions", "best_learning_rate_index", '''
    import numpy as np
    rates = [0.001, 0.01, 0.1, 0.5]
    losses = np.array([40.5, 3.25, 0.75, 12.0])
    best = np.argmin(losses)
    print(best, rates[best], losses[best])
''')

snippet("reductions", "python_sum_of_arrays_list", '''
    import numpy as np
    grads = [np.array([1.0, 2]), np.array([3.0, -4]), np.array([0.5, 0.5])]
    print(sum(grads))
    print(sum(grads) / len(grads))
''')

snippet("reductions", "np_max_of_2d_and_methods", '''
    import numpy as np
    A = np.array([[2, -7], [4, 1]])
    print(np.max(A), A.min(), A.sum(), A.mean())
''')

snippet("reductions", "trace_with_comprehension", '''
    import numpy as np
    A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    print(sum([A[i, i] for i in range(3)]))
    print([A[i, 2 - i] for i in range(3)])
''')

snippet("reductions", "mean_of_tenths_by_axis", '''
    import numpy as np
    A = np.array([[0.1, 0.7], [0.2, 0.1], [0.4, 0.3]])
    print(np.mean(A, axis=0).tolist())
    print(np.mean(A, axis=1).tolist())
''')

# ---------------------------------------------------------------------------------------
# linalg
# ---------------------------------------------------------------------------------------

snippet("linalg", "dot_of_vectors", '''
    import numpy as np
    a = np.array([1, 2, 3])
    b = np.array([4, 5, 6])
    print(np.dot(a, b), a.dot(b), a @ b)
    print(np.dot(np.array([0.5, 1.5]), np.array([2.0, 4.0])))
''')

snippet("linalg", "matrix_times_vector", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4]])
    x = np.array([1, -1])
    print(A @ x, np.dot(A, x), x @ A)
    print((A @ x).shape)
''')

snippet("linalg", "matmul_2x3_by_3x2", '''
    import numpy as np
    A = np.array([[1, 2, 3], [4, 5, 6]])
    B = np.array([[1, 0], [0, 1], [1, 1]])
    print(A @ B)
    print(np.matmul(A, B), (A @ B).shape)
''')

snippet("linalg", "matmul_float_exact", '''
    import numpy as np
    A = np.array([[0.5, 1.0], [2.0, -1.5]])
    B = np.array([[2.0, 0.0], [0.25, 4.0]])
    print(A @ B)
    print(B @ A)
''')

snippet("linalg", "transpose", '''
    import numpy as np
    A = np.array([[1, 2, 3], [4, 5, 6]])
    print(A.T)
    print(A.T.shape, A.T.T.shape)
''')

snippet("linalg", "transpose_1d_is_unchanged", '''
    import numpy as np
    v = np.array([1, 2, 3])
    print(v.T, v.T.shape)
    print(v.reshape(1, 3).T)
''')

snippet("linalg", "outer_product", '''
    import numpy as np
    print(np.outer(np.array([1, 2, 3]), np.array([1, 10])))
    print(np.outer(np.array([0.5, -1.0]), np.array([2.0, 4.0])))
''')

snippet("linalg", "eye_identity", '''
    import numpy as np
    I = np.eye(3)
    print(I)
    A = np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]])
    print(I @ A)
''')

snippet("linalg", "reshape_and_flatten", '''
    import numpy as np
    a = np.arange(6)
    print(a.reshape(2, 3))
    print(a.reshape(3, 2))
    print(a.reshape(3, 2).flatten(), a.reshape(1, 6))
''')

snippet("linalg", "shape_ndim_size", '''
    import numpy as np
    A = np.zeros((3, 4))
    print(A.shape, A.ndim, A.size)
    v = np.arange(5)
    print(v.shape, v.ndim, v.size, len(A))
''')

snippet("linalg", "concatenate_1d", '''
    import numpy as np
    a = np.array([1, 2])
    b = np.array([3, 4, 5])
    print(np.concatenate([a, b]), np.concatenate((b, a)))
    print(np.concatenate([a, np.array([0.5])]))
''')

snippet("linalg", "concatenate_2d_axes", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4]])
    B = np.array([[5, 6]])
    print(np.concatenate([A, B]))
    print(np.concatenate([A, A], axis=1))
    print(np.concatenate([A, B], axis=0).shape)
''')

snippet("linalg", "stack_vectors", '''
    import numpy as np
    a = np.array([1, 2, 3])
    b = np.array([4, 5, 6])
    print(np.stack([a, b]))
    print(np.stack([a, b], axis=1))
    print(np.stack([a, b]).shape)
''')

snippet("linalg", "vstack_and_hstack_1d", '''
    import numpy as np
    a = np.array([1, 2])
    b = np.array([3, 4])
    print(np.vstack([a, b]), np.vstack([a, b]).shape)
    print(np.hstack([a, b]), np.hstack([a, b]).shape)
''')

snippet("linalg", "vstack_and_hstack_2d", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4]])
    c = np.array([[9], [8]])
    print(np.hstack([A, c]))
    print(np.vstack([A, np.array([0, 0])]))
''')

snippet("linalg", "add_bias_column", '''
    import numpy as np
    X = np.array([[1.0], [2.0], [3.0]])
    Xb = np.hstack([np.ones((3, 1)), X])
    print(Xb)
    print(Xb @ np.array([0.5, 2.0]))
''')

snippet("linalg", "row_by_column_gives_1x1", '''
    import numpy as np
    r = np.array([[1, 2, 3]])
    c = np.array([[4], [5], [6]])
    print(r @ c, (r @ c).shape)
    print(c @ r)
''')

snippet("linalg", "matrix_power_by_repeated_matmul", '''
    import numpy as np
    A = np.array([[1, 1], [1, 0]])
    P = np.array([[1, 0], [0, 1]])
    for i in range(10):
        P = P @ A
    print(P)
''')

snippet("linalg", "layer_output_shapes", '''
    import numpy as np
    X = np.ones((4, 2))
    W1 = np.ones((2, 3))
    W2 = np.ones((3, 1))
    H = X @ W1
    print(H.shape, (H @ W2).shape, (H @ W2).T.shape)
''')

snippet("linalg", "dot_of_2d_is_matmul", '''
    import numpy as np
    A = np.array([[1, 2], [3, 4]])
    B = np.array([[0, 1], [1, 0]])
    print(np.dot(A, B))
    print(A.dot(B) == A @ B)
''')

snippet("linalg", "dot_with_scalar", '''
    import numpy as np
    a = np.array([1.5, -2.0])
    print(np.dot(2, a), np.dot(a, 0.5))
''')

snippet("linalg", "weight_gradient_outer", '''
    import numpy as np
    x = np.array([1.0, 2.0])
    delta = np.array([0.5, -0.25, 1.0])
    dW = np.outer(x, delta)
    print(dW)
    print(dW.shape)
''')

snippet("linalg", "matrix_gradient_step", '''
    import numpy as np
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    W = np.array([0.5, -0.5])
    error = X @ W - np.array([1.0, -1.0])
    W = W - 0.25 * X.T @ error
    print(error, W)
''')

snippet("linalg", "stack_then_transpose", '''
    import numpy as np
    xs = np.array([1, 2, 3])
    ys = np.array([2, 4, 6])
    pairs = np.stack([xs, ys]).T
    print(pairs)
    print(pairs[1], pairs.shape)
''')

snippet("linalg", "reshape_row_and_column", '''
    import numpy as np
    v = np.array([1.5, 2.5, 3.5])
    print(v.reshape(1, 3))
    print(v.reshape(3, 1))
    print(v.reshape(3, 1).flatten())
''')

# ---------------------------------------------------------------------------------------
# print_format: numpy array printing
# ---------------------------------------------------------------------------------------

snippet("print_format", "float_array_unique_digits", '''
    import numpy as np
    print(np.array([1.0, 2.5, 3.25]))
    print(np.array([0.1, 0.2]))
    print(np.array([0.5, 0.25, 0.125]))
''')

snippet("print_format", "float_array_integers_get_dot", '''
    import numpy as np
    print(np.array([1.0, 2.0]), np.array([100.0]))
    print(np.array([0.0, 10.0, -3.0]))
''')

snippet("print_format", "float_array_eight_digits", '''
    import numpy as np
    print(np.array([1 / 3, 2 / 3]))
    print(np.array([0.123456789, 1.0]))
    print(np.array([0.1 + 0.2, 0.3]))
''')

snippet("print_format", "scientific_small_and_large", '''
    import numpy as np
    print(np.array([1e-5, 1e3]))
    print(np.array([1.23456789e10, 1.0]))
    print(np.array([-1e-5, 1e5]))
''')

snippet("print_format", "scientific_when_ratio_over_1000", '''
    import numpy as np
    print(np.array([1.0, 999.0]))
    print(np.array([1.0, 1001.0]))
    print(np.array([0.0001, 1.0]), np.array([0.001, 0.5]))
''')

snippet("print_format", "scientific_at_1e8", '''
    import numpy as np
    print(np.array([99999999.0]), np.array([123456789.0]))
    print(np.array([1e15, 1.0]), np.array([1e16]))
''')

snippet("print_format", "large_ints_stay_positional", '''
    import numpy as np
    print(np.array([1000000000000000, 1]))
    print(np.array([123456789, -5]))
''')

snippet("print_format", "negative_float_alignment", '''
    import numpy as np
    print(np.array([-1.5, 2.0, -30.25]))
    print(np.array([-1.0, 1.0]), np.array([-0.5]))
''')

snippet("print_format", "float_matrix_alignment", '''
    import numpy as np
    print(np.array([[1.0, -2.5], [100.0, 0.125]]))
    print(np.array([[0.5, 1.0], [1.5, 2.0]]))
''')

snippet("print_format", "int_matrix_alignment", '''
    import numpy as np
    print(np.array([[1, -20], [300, 4]]))
    print(np.array([[1, 2], [3, 4]]))
''')

snippet("print_format", "bool_arrays", '''
    import numpy as np
    print(np.array([True, False, True]))
    print(np.array([[True, False], [False, False]]))
    print(np.array([False]))
''')

snippet("print_format", "empty_arrays", '''
    import numpy as np
    print(np.array([]), np.array([]).shape)
    print(repr(np.array([])))
    print(np.zeros((0, 3)), repr(np.zeros((0, 3))))
''')

snippet("print_format", "empty_int_array_repr", '''
    import numpy as np
    X = np.array([1, 2, 3])
    print(X[X > 5])
    print(repr(X[X > 5]))
''')

snippet("print_format", "nan_and_inf", '''
    import numpy as np
    print(np.array([1.0, np.nan, np.inf, -np.inf]))
    print(np.array([np.nan]), np.inf, -np.inf, np.nan)
    print(np.array([0.5, np.inf]))
''')

snippet("print_format", "divide_by_zero_array", '''
    import numpy as np
    print(np.array([1.0, -1.0, 0.0]) / 0)
    print(repr(np.array([1.0, 0.0]) / 0))
''')

snippet("print_format", "zero_dim_arrays", '''
    import numpy as np
    print(np.array(3.5), np.array(3.0), np.array(7))
    print(repr(np.array(3.5)), repr(np.array(3.0)), repr(np.array(7)))
    print(np.array(2.0).shape, np.array(2.0).ndim)
''')

snippet("print_format", "repr_1d_arrays", '''
    import numpy as np
    print(repr(np.array([1, 2])))
    print(repr(np.array([1.0, 2.5, 3.25])))
    print(repr(np.array([0.1, 0.25])), repr(np.array([True, False])))
''')

snippet("print_format", "repr_2d_arrays", '''
    import numpy as np
    print(repr(np.array([[1, -20], [300, 4]])))
    print(repr(np.array([[0.5, 1.0], [1.5, 2.0]])))
''')

snippet("print_format", "repr_scientific", '''
    import numpy as np
    print(repr(np.array([1e-5, 1e3])))
    print(repr(np.array([[1e-5], [1.0]])))
''')

snippet("print_format", "negative_zero_in_array", '''
    import numpy as np
    print(np.array([0.0, -0.0]), -np.zeros(2))
    print(np.array([-0.0, 1.5]))
''')

snippet("print_format", "line_wrapping_floats", '''
    import numpy as np
    print(np.arange(1, 16) / 7)
''')

snippet("print_format", "line_wrapping_repr", '''
    import numpy as np
    print(repr(np.arange(1, 16) / 7))
''')

snippet("print_format", "twenty_ints_fit_on_one_line", '''
    import numpy as np
    print(np.arange(20))
    print(np.arange(20) * 100)
''')

snippet("print_format", "list_of_arrays", '''
    import numpy as np
    print([np.array([1, 2]), np.array([3.5])])
    print((np.zeros(2), 1))
''')

snippet("print_format", "fstring_and_str_of_array", '''
    import numpy as np
    X = np.array([1.0, 2.5])
    print(f"X = {X}")
    print("X = " + str(X))
    print(str(np.array([[1, 2], [3, 4]])))
''')

snippet("print_format", "single_element_2d", '''
    import numpy as np
    print(np.array([[1.5]]), np.array([[7]]))
    print(np.array([[1.5]]).shape)
''')

snippet("print_format", "float_matrix_mixed_widths", '''
    import numpy as np
    A = np.array([[1.25, -0.5, 3.0], [10.0, 0.0, -12.75]])
    print(A)
    print(A.T)
''')

snippet("print_format", "small_negative_exponents_matrix", '''
    import numpy as np
    print(np.array([[1e-5, 2.0], [3.0, 4.0]]))
''')

snippet("print_format", "linspace_printing", '''
    import numpy as np
    print(np.linspace(0, 1, 5))
    print(np.linspace(0, 1, 11))
    print(np.linspace(-1, 1, 3))
''')

snippet("print_format", "linspace_values_exact", '''
    import numpy as np
    t = np.linspace(0, 1, 11)
    print(t[3], t[7], 3 / 10)
    print(t[3:5].tolist())
''')

snippet("print_format", "float_matrix_with_nan", '''
    import numpy as np
    A = np.array([[1.0, np.nan], [-np.inf, 2.5]])
    print(A)
''')

snippet("print_format", "int_array_with_negatives", '''
    import numpy as np
    print(np.array([1, -2, 3]))
    print(np.array([-10, 5]), np.array([0]))
''')

snippet("print_format", "float_array_from_division", '''
    import numpy as np
    print(np.array([1.0, 2, 3]) / 3)
    print(np.array([10.0, 20]) / 3)
''')

snippet("print_format", "print_numpy_scalars", '''
    import numpy as np
    X = np.array([2.5, 1e-5, 1e16, 100.0])
    print(X[0], X[1], X[2], X[3])
    print(X.tolist())
''')

# ---------------------------------------------------------------------------------------
# course: the gradient-descent code of the course
# ---------------------------------------------------------------------------------------

snippet("course", "linear_regression_1000_epochs", '''
    import numpy as np
    X = np.array([1, 2, 3, 4, 5])
    Y = np.array([150, 300, 450, 600, 750])
    m, c = 0, 0
    L = 0.01
    epochs = 1000
    n = float(len(X))
    for i in range(epochs):
        Y_pred = m * X + c
        D_m = (-2 / n) * sum(X * (Y - Y_pred))
        D_c = (-2 / n) * sum(Y - Y_pred)
        m = m - L * D_m
        c = c - L * D_c
    print("Slope (m):", m)
    print("Intercept (c):", c)
''')

snippet("course", "linear_regression_one_epoch", '''
    import numpy as np
    X = np.array([1, 2, 3, 4, 5])
    Y = np.array([150, 300, 450, 600, 750])
    m, c, L = 0, 0, 0.01
    n = float(len(X))
    Y_pred = m * X + c
    D_m = (-2 / n) * sum(X * (Y - Y_pred))
    D_c = (-2 / n) * sum(Y - Y_pred)
    m = m - L * D_m
    c = c - L * D_c
    print(D_m, D_c)
    print(m, c)
''')

snippet("course", "linear_regression_loss_history", '''
    import numpy as np
    X = np.array([1, 2, 3, 4, 5])
    Y = np.array([150, 300, 450, 600, 750])
    m, c, L = 0.0, 0.0, 0.01
    for epoch in range(1000):
        Y_pred = m * X + c
        loss = np.mean((Y - Y_pred) ** 2)
        if epoch % 200 == 0:
            print(epoch, loss)
        m = m - L * (-2 / 5) * sum(X * (Y - Y_pred))
        c = c - L * (-2 / 5) * sum(Y - Y_pred)
    print("final loss:", np.mean((Y - (m * X + c)) ** 2))
''')

snippet("course", "learning_rate_sweep_raw_list", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5])
    Y = 150 * X
    final_losses = []
    for lr in [0.001, 0.01, 0.05]:
        m, c = 0.0, 0.0
        for epoch in range(100):
            Y_pred = m * X + c
            m -= lr * np.mean(-2 * X * (Y - Y_pred))
            c -= lr * np.mean(-2 * (Y - Y_pred))
        final_losses.append(np.mean((Y - (m * X + c)) ** 2))
    print(final_losses)
''')

snippet("course", "learning_rate_sweep_floats", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5])
    Y = 150 * X
    for lr in [0.001, 0.01, 0.05]:
        m, c = 0.0, 0.0
        for epoch in range(100):
            Y_pred = m * X + c
            m -= lr * np.mean(-2 * X * (Y - Y_pred))
            c -= lr * np.mean(-2 * (Y - Y_pred))
        loss = float(np.mean((Y - (m * X + c)) ** 2))
        print(f"lr={lr:<6} loss={loss:.4f}", loss)
''')

snippet("course", "learning_rate_too_large_diverges", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5])
    Y = 150 * X
    m, c, lr = 0.0, 0.0, 0.1
    for epoch in range(20):
        Y_pred = m * X + c
        m = m - lr * (-2 / 5) * sum(X * (Y - Y_pred))
        c = c - lr * (-2 / 5) * sum(Y - Y_pred)
    print(m, c)
    print(np.mean((Y - (m * X + c)) ** 2) > 1e6)
''')

snippet("course", "epochs_until_loss_below_one", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5])
    Y = 150 * X
    m, c, lr, epochs = 0.0, 0.0, 0.05, 0
    loss = np.mean(Y ** 2)
    while loss >= 1:
        Y_pred = m * X + c
        m, c = m + lr * 0.4 * sum(X * (Y - Y_pred)), c + lr * 0.4 * sum(Y - Y_pred)
        loss = np.mean((Y - (m * X + c)) ** 2)
        epochs += 1
    print(epochs, loss)
''')

snippet("course", "predict_with_trained_line", '''
    import numpy as np
    X = np.array([1, 2, 3, 4, 5])
    Y = np.array([150, 300, 450, 600, 750])
    m, c = 0.0, 0.0
    for epoch in range(500):
        Y_pred = m * X + c
        m = m - 0.01 * (-2 / 5) * sum(X * (Y - Y_pred))
        c = c - 0.01 * (-2 / 5) * sum(Y - Y_pred)
    print(m * 6 + c)
    print(m * np.array([6, 7]) + c)
''')

snippet("course", "normalized_features_training", '''
    import numpy as np
    X = np.array([50.0, 80, 100, 120, 150])
    Y = np.array([150.0, 240, 300, 360, 450])
    X_norm = (X - X.mean()) / np.std(X)
    m, c, L = 0.0, 0.0, 0.1
    for epoch in range(100):
        Y_pred = m * X_norm + c
        m = m - L * np.mean(-2 * X_norm * (Y - Y_pred))
        c = c - L * np.mean(-2 * (Y - Y_pred))
    print(X_norm)
    print(m, c)
''')

snippet("course", "polynomial_regression", '''
    import numpy as np
    X = np.array([-2.0, -1, 0, 1, 2])
    Y = np.array([4.5, 1.5, 0.5, 1.5, 4.5])
    a, b, c, lr = 0.0, 0.0, 0.0, 0.02
    for epoch in range(500):
        Y_pred = a * X ** 2 + b * X + c
        error = Y_pred - Y
        a -= lr * np.mean(2 * error * X ** 2)
        b -= lr * np.mean(2 * error * X)
        c -= lr * np.mean(2 * error)
    print("a:", a)
    print("b:", b)
    print("c:", c)
''')

snippet("course", "momentum_optimizer", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5])
    Y = 150 * X
    m, v, lr, beta = 0.0, 0.0, 0.01, 0.9
    for epoch in range(50):
        grad = np.mean(-2 * X * (Y - m * X))
        v = beta * v + grad
        m = m - lr * v
    print(m, v)
''')

snippet("course", "single_neuron_linear", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4])
    Y = np.array([2.0, 4, 6, 8])
    w, b, lr = 0.5, 0.0, 0.01
    for epoch in range(1000):
        Y_pred = w * X + b
        dw = np.mean(2 * (Y_pred - Y) * X)
        db = np.mean(2 * (Y_pred - Y))
        w, b = w - lr * dw, b - lr * db
    print("w:", w, "b:", b)
    print(6 * w + b)
''')

snippet("course", "loss_functions_compare", '''
    import numpy as np
    Y = np.array([3.0, -0.5, 2, 7])
    Y_pred = np.array([2.5, 0.0, 2, 8])
    mse = np.mean((Y - Y_pred) ** 2)
    mae = np.mean(np.abs(Y - Y_pred))
    rmse = np.sqrt(mse)
    print(mse, mae, rmse)
''')

snippet("course", "backprop_by_hand", '''
    x, y = 2.0, 10.0
    w, b = 3.0, 1.0
    y_pred = w * x + b
    loss = (y_pred - y) ** 2
    dloss_dpred = 2 * (y_pred - y)
    dw = dloss_dpred * x
    db = dloss_dpred * 1
    print(y_pred, loss, dw, db)
    print(w - 0.01 * dw, b - 0.01 * db)
''')

snippet("course", "numerical_gradient_check", '''
    def loss(m):
        return (3 * m - 6) ** 2
    h = 0.001
    m = 1.0
    numeric = (loss(m + h) - loss(m - h)) / (2 * h)
    analytic = 2 * (3 * m - 6) * 3
    print(numeric, analytic)
''')

snippet("course", "mini_batch_gradient_descent", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5, 6])
    Y = 2 * X + 1
    m, c, lr = 0.0, 0.0, 0.02
    for epoch in range(200):
        for start in range(0, 6, 2):
            xb, yb = X[start:start + 2], Y[start:start + 2]
            err = m * xb + c - yb
            m -= lr * np.mean(2 * err * xb)
            c -= lr * np.mean(2 * err)
    print(m, c)
''')

snippet("course", "logistic_regression_training", '''
    import numpy as np
    X = np.array([0.5, 1.5, 2.0, 3.0, 3.5, 4.5])
    Y = np.array([0, 0, 0, 1, 1, 1])
    w, b, lr = 0.0, 0.0, 0.1
    for epoch in range(200):
        Y_pred = 1 / (1 + np.exp(-(w * X + b)))
        w -= lr * np.mean((Y_pred - Y) * X)
        b -= lr * np.mean(Y_pred - Y)
    loss = -np.mean(Y * np.log(Y_pred) + (1 - Y) * np.log(1 - Y_pred))
    print("w:", w)
    print("b:", b)
    print("loss:", loss)
''')

snippet("course", "logistic_regression_predictions", '''
    import numpy as np
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))
    X = np.array([0.5, 1.5, 2.0, 3.0, 3.5, 4.5])
    Y = np.array([0, 0, 0, 1, 1, 1])
    w, b = 0.0, 0.0
    for epoch in range(300):
        Y_pred = sigmoid(w * X + b)
        w, b = w - 0.5 * np.mean((Y_pred - Y) * X), b - 0.5 * np.mean(Y_pred - Y)
    print(sigmoid(w * X + b))
    print(np.where(sigmoid(w * X + b) > 0.5, 1, 0), sigmoid(w * 2.5 + b))
''')

snippet("course", "logistic_loss_at_start", '''
    import numpy as np
    Y = np.array([0, 1, 1, 0])
    Y_pred = 1 / (1 + np.exp(-np.zeros(4)))
    loss = -np.mean(Y * np.log(Y_pred) + (1 - Y) * np.log(1 - Y_pred))
    print(Y_pred, loss)
''')

snippet("course", "logistic_two_features", '''
    import numpy as np
    X = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0]])
    Y = np.array([0, 0, 1, 1])
    W = np.array([0.0, 0.0])
    b, lr = 0.0, 0.1
    for epoch in range(100):
        Y_pred = 1 / (1 + np.exp(-(X @ W + b)))
        W = W - lr * (X.T @ (Y_pred - Y)) / 4
        b = b - lr * np.mean(Y_pred - Y)
    print(W, b)
    print(Y_pred)
''')

snippet("course", "xor_single_neuron_is_stuck", '''
    import numpy as np
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    Y = np.array([0, 1, 1, 0])
    W, b = np.zeros(2), 0.0
    for epoch in range(100):
        Y_pred = 1 / (1 + np.exp(-(X @ W + b)))
        W = W - 0.5 * X.T @ (Y_pred - Y) / 4
        b = b - 0.5 * np.mean(Y_pred - Y)
    loss = -np.mean(Y * np.log(Y_pred) + (1 - Y) * np.log(1 - Y_pred))
    print(W, b, loss)
''')

snippet("course", "xor_network_forward", '''
    import numpy as np
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    W1 = np.array([[0.5, 0.9], [0.4, 1.0]])
    b1 = np.array([0.1, -0.2])
    W2 = np.array([[0.6], [-0.7]])
    b2 = np.array([0.0])
    H = np.tanh(X @ W1 + b1)
    Y_pred = 1 / (1 + np.exp(-(H @ W2 + b2)))
    print(H)
    print(Y_pred)
''')

snippet("course", "xor_network_training", '''
    import numpy as np
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    Y = np.array([[0], [1], [1], [0]])
    W1, W2 = np.array([[0.5, 0.9], [0.4, 1.0]]), np.array([[0.6], [-0.7]])
    b1, b2, lr = np.array([0.1, -0.2]), np.array([0.0]), 0.5
    for epoch in range(300):
        H = np.tanh(X @ W1 + b1)
        Y_pred = 1 / (1 + np.exp(-(H @ W2 + b2)))
        dZ2 = (Y_pred - Y) / 4
        dZ1 = (dZ2 @ W2.T) * (1 - H ** 2)
        W2, b2 = W2 - lr * H.T @ dZ2, b2 - lr * dZ2.sum(axis=0)
        W1, b1 = W1 - lr * X.T @ dZ1, b1 - lr * dZ1.sum(axis=0)
    loss = -np.mean(Y * np.log(Y_pred) + (1 - Y) * np.log(1 - Y_pred))
    print(Y_pred)
    print("loss:", loss)
''')

snippet("course", "xor_network_sigmoid_hidden", '''
    import numpy as np
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    Y = np.array([[0], [1], [1], [0]])
    W1, b1 = np.array([[4.0, -3.0], [4.0, -3.0]]), np.array([-2.0, 4.0])
    W2, b2 = np.array([[5.0], [5.0]]), np.array([-7.0])
    for epoch in range(200):
        H = sigmoid(X @ W1 + b1)
        Y_pred = sigmoid(H @ W2 + b2)
        dZ2 = Y_pred - Y
        dZ1 = (dZ2 @ W2.T) * H * (1 - H)
        W2, b2 = W2 - 0.1 * H.T @ dZ2, b2 - 0.1 * dZ2.sum(axis=0)
        W1, b1 = W1 - 0.1 * X.T @ dZ1, b1 - 0.1 * dZ1.sum(axis=0)
    print(Y_pred)
''')

snippet("course", "mse_gradient_vector_form", '''
    import numpy as np
    X = np.array([1.0, 2, 3, 4, 5])
    Y = np.array([150.0, 300, 450, 600, 750])
    m, c = 100.0, 10.0
    Y_pred = m * X + c
    D_m = -2 * np.mean(X * (Y - Y_pred))
    D_c = -2 * np.mean(Y - Y_pred)
    print(Y_pred, D_m, D_c)
''')

snippet("course", "course_loss_print_format", '''
    import numpy as np
    X = np.array([1, 2, 3, 4, 5])
    Y = np.array([150, 300, 450, 600, 750])
    m, c = 0.0, 0.0
    for epoch in range(1, 301):
        Y_pred = m * X + c
        loss = np.mean((Y - Y_pred) ** 2)
        m = m + 0.01 * 0.4 * sum(X * (Y - Y_pred))
        c = c + 0.01 * 0.4 * sum(Y - Y_pred)
        if epoch % 100 == 0:
            print(f"epoch {epoch:>4}: loss {loss:.4f}, m = {m:.3f}, c = {c:.3f}")
''')

# ---------------------------------------------------------------------------------------
# transcendental: exp, log, sqrt, tanh
# ---------------------------------------------------------------------------------------

snippet("transcendental", "exp_scalars", '''
    import numpy as np
    print(np.exp(0), np.exp(1), np.exp(-1))
    print(np.exp(2.5), np.exp(0.1))
''')

snippet("transcendental", "log_scalars", '''
    import numpy as np
    print(np.log(1), np.log(np.e), np.log(10))
    print(np.log(0.5), np.log(2))
''')

snippet("transcendental", "sqrt_scalars", '''
    import numpy as np
    print(np.sqrt(2), np.sqrt(16), np.sqrt(0.25))
    print(np.sqrt(3.0), np.sqrt(1e-10), np.sqrt(0))
''')

snippet("transcendental", "sqrt_arrays", '''
    import numpy as np
    print(np.sqrt(np.array([1, 2, 3, 4])))
    print(np.sqrt(np.array([[4.0, 9.0], [0.5, 2.25]])))
    print(np.sqrt(np.array([1, 4])).dtype)
''')

snippet("transcendental", "tanh_scalars", '''
    import numpy as np
    print(np.tanh(0), np.tanh(0.5), np.tanh(-1))
    print(np.tanh(20), np.tanh(-0.1))
''')

snippet("transcendental", "exp_arrays", '''
    import numpy as np
    print(np.exp(np.array([0.0, 1.0, -1.0, 2.0])))
    print(np.exp(np.array([0, 1])), np.exp(np.array([[0.5], [-0.5]])))
''')

snippet("transcendental", "exp_wide_range_scientific", '''
    import numpy as np
    print(np.exp(np.array([-10.0, 0.0, 10.0])))
    print(np.exp(np.array([-1000.0, 1000.0])))
''')

snippet("transcendental", "log_arrays", '''
    import numpy as np
    print(np.log(np.array([1.0, 2.0, 4.0, 0.5])))
    print(np.log(np.array([np.e, 1.0])), np.log(np.array([1, 10])))
''')

snippet("transcendental", "log_of_zero_and_negative", '''
    import numpy as np
    print(np.log(0.0), np.log(np.array([0.0, 1.0])))
    print(np.log(-1.0), np.sqrt(-1.0))
''')

snippet("transcendental", "tanh_arrays", '''
    import numpy as np
    print(np.tanh(np.array([-2.0, -0.5, 0.0, 0.5, 2.0])))
    print(np.tanh(np.array([-10.0, 10.0])))
''')

snippet("transcendental", "sigmoid_function", '''
    import numpy as np
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))
    print(sigmoid(0), sigmoid(2.0), sigmoid(-2.0))
    print(sigmoid(np.array([-1.0, 0.0, 1.0, 5.0])))
''')

snippet("transcendental", "sigmoid_derivative", '''
    import numpy as np
    s = 1 / (1 + np.exp(-np.array([-1.0, 0.0, 2.0])))
    print(s * (1 - s))
    print(s[1] * (1 - s[1]))
''')

snippet("transcendental", "tanh_derivative", '''
    import numpy as np
    H = np.tanh(np.array([0.0, 0.5, 1.0]))
    print(1 - H ** 2)
    print(1 - np.tanh(0.5) ** 2)
''')

snippet("transcendental", "log_exp_round_trip", '''
    import numpy as np
    x = 0.3
    print(np.log(np.exp(x)), np.exp(np.log(x)))
    print(np.exp(np.log(np.array([2.0, 5.0]))))
''')

snippet("transcendental", "pi_and_e", '''
    import numpy as np
    print(np.pi, np.e)
    print(2 * np.pi, np.pi / 4, np.e ** 2)
''')

snippet("transcendental", "rmse_with_sqrt", '''
    import numpy as np
    Y = np.array([3.0, 5, 7])
    Y_pred = np.array([2.0, 5, 9])
    print(np.sqrt(np.mean((Y - Y_pred) ** 2)))
    print(np.sqrt(np.var(Y)) == np.std(Y), np.std(Y))
''')

snippet("transcendental", "softplus", '''
    import numpy as np
    x = np.array([-2.0, 0.0, 3.0])
    print(np.log(1 + np.exp(x)))
    print(np.log(2.0))
''')

snippet("transcendental", "cross_entropy_terms", '''
    import numpy as np
    p = np.array([0.9, 0.2, 0.6])
    y = np.array([1, 0, 1])
    terms = y * np.log(p) + (1 - y) * np.log(1 - p)
    print(terms)
    print(-np.mean(terms))
''')

snippet("transcendental", "exp_of_int_array_is_float", '''
    import numpy as np
    e = np.exp(np.array([0, 0, 0]))
    print(e, e.dtype)
    print(np.exp(0.0) == 1.0)
''')

snippet("transcendental", "from_numpy_import_functions", '''
    from numpy import array, mean, exp, sqrt
    Z = array([0.0, 1.0, 2.0])
    print(exp(Z))
    print(sqrt(Z), mean(exp(Z)))
''')

snippet("transcendental", "numpy_scalar_repr_of_exp", '''
    import numpy as np
    values = [np.exp(1.0), np.tanh(0.0), np.log(1.0)]
    print(values)
    print(values[0])
''')

snippet("transcendental", "tanh_of_matrix", '''
    import numpy as np
    Z = np.array([[0.1, -0.2], [1.5, 3.0]])
    print(np.tanh(Z))
''')

snippet("transcendental", "sqrt_of_sum_of_squares", '''
    import numpy as np
    g = np.array([3.0, 4.0])
    print(np.sqrt(np.sum(g ** 2)), np.sqrt(sum(g * g)))
    print(np.sqrt(np.array([2.0, 8.0])) * np.sqrt(2))
''')

# ---------------------------------------------------------------------------------------
# rank3: a few arrays of rank 3
# ---------------------------------------------------------------------------------------

snippet("rank3", "rank3_zeros_print", '''
    import numpy as np
    T = np.zeros((2, 2, 3))
    print(T)
    print(T.shape, T.ndim, T.size)
''')

snippet("rank3", "rank3_arange_reshape", '''
    import numpy as np
    T = np.arange(12).reshape(2, 3, 2)
    print(T)
''')

snippet("rank3", "rank3_indexing", '''
    import numpy as np
    T = np.arange(12).reshape(2, 3, 2)
    print(T[1])
    print(T[0, 1], T[1, 0, 1], T[:, 0])
''')

snippet("rank3", "rank3_sums_by_axis", '''
    import numpy as np
    T = np.arange(8).reshape(2, 2, 2)
    print(T.sum(axis=0))
    print(T.sum(axis=1))
    print(T.sum(axis=2), T.sum())
''')

snippet("rank3", "rank3_repr", '''
    import numpy as np
    T = np.array([[[1.5, 2.0]], [[-3.0, 4.25]]])
    print(repr(T))
    print(T.shape)
''')


# ---------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------

GROUPS = [
    "arith", "strings", "control", "dtypes", "broadcasting", "slicing", "masks",
    "reductions", "linalg", "print_format", "course", "transcendental", "rank3",
]

BUILTINS = {
    "sum", "len", "float", "int", "abs", "min", "max", "range", "round", "list", "zip",
    "enumerate", "print", "str", "bool", "repr",
}
NUMPY_NAMES = {
    "array", "zeros", "ones", "zeros_like", "ones_like", "arange", "linspace", "eye",
    "sum", "mean", "std", "var", "max", "min", "argmax", "argmin", "abs", "sqrt", "exp",
    "log", "tanh", "maximum", "minimum", "clip", "where", "dot", "outer", "matmul",
    "concatenate", "stack", "vstack", "hstack", "pi", "e", "inf", "nan",
}
METHODS = {
    "shape", "T", "reshape", "flatten", "copy", "sum", "mean", "max", "min", "dot", "ndim",
    "size", "dtype", "astype", "tolist", "append",
}
KEYWORDS = {"sep", "end", "axis", "dtype"}
FORMAT_SPECS = [
    r"\.\d+f", r"\d+\.\d+f", r"d", r"e", r"\.\d+e", r"g", r">\d+", r"<\d+", r",",
    r"\.\d+%",
]
ALLOWED_NODES = (
    ast.Module, ast.Expr, ast.Assign, ast.AugAssign, ast.For, ast.While, ast.If,
    ast.Break, ast.Continue, ast.FunctionDef, ast.Return, ast.Pass, ast.Delete,
    ast.Import, ast.ImportFrom, ast.alias, ast.arguments, ast.arg, ast.Name, ast.Load,
    ast.Store, ast.Del, ast.Constant, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare,
    ast.Call, ast.keyword, ast.Attribute, ast.Subscript, ast.Slice, ast.Tuple, ast.List,
    ast.ListComp, ast.comprehension, ast.IfExp, ast.JoinedStr, ast.FormattedValue,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult,
    ast.USub, ast.UAdd, ast.Not, ast.And, ast.Or, ast.Eq, ast.NotEq, ast.Lt, ast.LtE,
    ast.Gt, ast.GtE, ast.In, ast.NotIn,
)
TRANSCENDENTAL = re.compile(r"\b(exp|log|tanh)\s*\(")


def check_subset(name, code):
    """Fails on anything outside the interpreter's subset of Python and numpy."""
    tree = ast.parse(code)
    defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    imported = set()
    for node in ast.walk(tree):
        where = f"{name}, line {getattr(node, 'lineno', '?')}"
        assert isinstance(node, ALLOWED_NODES), f"{where}: {type(node).__name__}"
        if isinstance(node, ast.Import):
            assert [(a.name, a.asname) for a in node.names] == [("numpy", "np")], where
        if isinstance(node, ast.ImportFrom):
            assert node.module == "numpy", where
            for a in node.names:
                assert a.name in NUMPY_NAMES and a.asname is None, where
                imported.add(a.name)
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "np":
                assert node.attr in NUMPY_NAMES, f"{where}: np.{node.attr}"
            else:
                assert node.attr in METHODS, f"{where}: .{node.attr}"
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                known = BUILTINS | defined | imported
                assert node.func.id in known, f"{where}: {node.func.id}()"
                user = node.func.id in defined
            else:
                user = False
            for k in node.keywords:
                assert k.arg is not None and (user or k.arg in KEYWORDS), where
                if k.arg == "dtype":
                    assert isinstance(k.value, ast.Name) and k.value.id in ("float", "int"), where
            if isinstance(node.func, ast.Attribute) and node.func.attr == "where":
                assert len(node.args) == 3, f"{where}: np.where needs 3 arguments"
        if isinstance(node, ast.FormattedValue):
            assert node.conversion in (-1, ord("r")), where
            if node.format_spec is not None:
                spec = "".join(v.value for v in node.format_spec.values)
                assert any(re.fullmatch(p, spec) for p in FORMAT_SPECS), f"{where}: :{spec}"
        if isinstance(node, ast.Name):
            assert node.id not in ("isinstance", "sorted", "type", "id", "lambda"), where
    lines = code.splitlines()
    assert 1 <= len(lines) <= 15, f"{name}: {len(lines)} lines"
    assert "random" not in code, name


def fixed_precision_formats(code):
    tree = ast.parse(code)
    specs = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            specs.append("".join(v.value for v in node.format_spec.values))
    return [s for s in specs if re.search(r"[fe%]$", s)]


def run(code):
    out = io.StringIO()
    namespace = {"__name__": "__snippet__"}
    with np.errstate(all="ignore"), contextlib.redirect_stdout(out):
        exec(compile(code, "<snippet>", "exec"), namespace)
    return out.getvalue()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    python_version = platform.python_version()
    numpy_version = np.__version__
    if not (python_version.startswith("3.11.") and numpy_version.startswith("2.4.")):
        print(f"note: the committed file was made with CPython 3.11 and numpy 2.4, "
              f"this is {python_version} and {numpy_version}", file=sys.stderr)

    names = set()
    entries = []
    for group, name, code in SNIPPETS:
        assert group in GROUPS, f"{name}: unknown group {group}"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), f"bad name {name}"
        assert name not in names, f"duplicate name {name}"
        names.add(name)
        check_subset(name, code)
        if "np." in code:
            assert code.startswith("import numpy as np\n"), f"{name}: import numpy as np first"
        tolerance = "ulp2" if TRANSCENDENTAL.search(code) else "exact"
        if tolerance == "ulp2":
            bad = fixed_precision_formats(code)
            assert not bad, f"{name}: ulp2 snippet prints through {bad}"
        stdout = run(code)
        assert stdout, f"{name}: prints nothing"
        assert stdout == run(code), f"{name}: output differs between runs"
        assert "..." not in stdout, f"{name}: numpy summarized an array"
        entries.append({
            "name": name, "group": group, "code": code, "stdout": stdout,
            "tolerance": tolerance,
        })

    document = {"python": python_version, "numpy": numpy_version, "snippets": entries}
    with open(os.path.join(here, "snippets.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")

    counts = {g: sum(1 for e in entries if e["group"] == g) for g in GROUPS}
    print(f"{len(entries)} snippets: " + ", ".join(f"{g} {n}" for g, n in counts.items()))


if __name__ == "__main__":
    main()
