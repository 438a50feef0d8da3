"""Writes format_cases.json: how CPython and numpy print numbers and arrays, for FormatCaseTests.

Run with the CPython 3.11 and numpy 2.x the fixtures are checked against:

    python3 Tests/PythonTests/Fixtures/make_format_cases.py

Everything is drawn from a seeded generator, so the output only changes when this script,
Python or numpy does. Doubles are written as Python's repr (exact: repr round-trips), except
the repr cases, whose inputs are IEEE bit patterns in hex so the input is not the answer.
Expected errors are "!ExceptionName: message".
"""

import json
import math
import os
import random
import struct
import sys
import warnings

import numpy as np

warnings.simplefilter("ignore")  # np.round overflowing to inf/nan is part of the test
rng = random.Random(20240611)


def hex_bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def random_double():
    """Doubles of every magnitude: raw bit patterns, scaled uniforms and short decimals."""
    k = rng.random()
    if k < 0.4:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        return x if math.isfinite(x) else rng.uniform(-1, 1)
    if k < 0.75:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20)
    return round(rng.uniform(-1000, 1000), rng.randint(0, 6))


SPECIALS = [0.0, -0.0, float("nan"), float("inf"), float("-inf")]
NAMED = [2.675, 0.125, 0.375, 0.5, 1.5, 2.5, -0.5, 1e16, 1e-4, 1e-5, 1234.5, 0.1 + 0.2,
         1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 149.99]


def repr_cases():
    values = [float("1e%d" % k) for k in range(-330, 309)]
    values += [math.ldexp(1.0, k) for k in range(-1074, 1024)]
    values += [math.nextafter(1e16, 0), math.nextafter(1e-4, 0), math.nextafter(1e-4, 1)]
    values += SPECIALS + NAMED
    values += [random_double() for _ in range(3000)]
    return [[hex_bits(x), repr(x)] for x in values]


def scalar_cases():
    cases = []
    for x in SPECIALS + NAMED + [random_double() for _ in range(800)]:
        cases.append(["float", repr(x), str(np.float64(x)), repr(np.float64(x))])
    for n in [0, 1, -1, 42, 2**63 - 1, -2**63] + [rng.randint(-10**9, 10**9) for _ in range(50)]:
        cases.append(["int", str(n), str(np.int64(n)), repr(np.int64(n))])
    for b in [True, False]:
        cases.append(["bool", str(b), str(np.bool_(b)), repr(np.bool_(b))])
    return cases


def round_cases():
    cases = []
    values = SPECIALS + NAMED + [random_double() for _ in range(1500)]
    for x in values:
        for n in {0, 2, rng.randint(-20, 25), rng.randint(-400, 400)}:
            try:
                expected = repr(round(x, n))
            except OverflowError as error:
                expected = "!OverflowError: " + str(error)
            cases.append([repr(x), str(n), expected])
    return cases


def numpy_round_cases():
    cases = []
    for x in SPECIALS + NAMED + [random_double() for _ in range(1200)]:
        for n in {0, 2, rng.randint(-20, 25), rng.randint(-400, 400)}:
            cases.append(["float", repr(x), str(n), repr(float(np.round(np.float64(x), n)))])
    for _ in range(400):
        x = rng.choice([rng.randint(-3000, 3000), rng.randint(-10**9, 10**9),
                        rng.randint(-2**63, 2**63 - 1)])
        n = rng.choice([rng.randint(-12, 3), rng.randint(-400, 3)])
        cases.append(["int", str(x), str(n), str(int(np.round(np.int64(x), n)))])
    return cases


def random_spec():
    """A spec from the grammar, sometimes with a stray character to make it invalid."""
    s = ""
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            s += rng.choice("*0x é=<")
        s += rng.choice("<>^=")
    if rng.random() < 0.3:
        s += rng.choice("+- ")
    if rng.random() < 0.1:
        s += "z"
    if rng.random() < 0.15:
        s += "#"
    if rng.random() < 0.2:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.randint(0, 25))
    if rng.random() < 0.2:
        s += rng.choice(",_")
    if rng.random() < 0.5:
        s += "." + str(rng.choice([0, 1, 2, 3, 4, 6, 8, 12, 17, 20, 30]))
    if rng.random() < 0.8:
        s += rng.choice("eEfFgGn%dbcoxXs" + ("q" if rng.random() < 0.1 else ""))
    if rng.random() < 0.03:
        i = rng.randint(0, len(s))
        s = s[:i] + rng.choice(",._z#0x9") + s[i:]
    return s


def formatted(value, spec):
    try:
        return format(value, spec)
    except (ValueError, OverflowError) as error:
        return "!" + type(error).__name__ + ": " + str(error)


STRINGS = ["", "a", "loss", "épsilon", "αβγδε", "x y", "it's"]


def format_cases():
    cases = []

    def add(value, spec):
        if isinstance(value, bool):
            kind, text = "bool", str(value)
        elif isinstance(value, int):
            kind, text = "int", str(value)
        elif isinstance(value, float):
            kind, text = "float", repr(value)
        else:
            kind, text = "str", value
        cases.append([kind, text, spec, formatted(value, spec)])

    # The brief's and the course's examples first.
    for value, spec in [
        (1.0, ""), (1e16, ""), (0.1, ".3"), (1234.5, ".3"), (2.675, ".2f"), (0.125, ".2f"),
        (1e22, "f"), (1e300, "f"), (5e-324, ".1000f"), (5e-324, ".800e"), (3, ".2f"),
        (True, ">6"), (True, ""), (False, "d"), (1.0, ".2q"), (1.0, "d"), (3, "s"),
        (149.99, ".3f"), (0.0051, ".3f"), (149.99, ".0f"), (-0.0051, ".2f"), (12345.678, "e"),
        (0.000123, ".2e"), (0.0001, "g"), (123456789.0, "g"), (1e-5, "g"), (1234567, "g"),
        (1234567, ","), (1234567.891, ","), (0.8765, ".1%"), (1, ".1%"), (0.12345, ".2%"),
        (1234, "08,"), (1234.5, "010,.1f"), (255, "#X"), (255, "#010_x"), (123456789, "_o"),
        (float("inf"), "010"), (float("nan"), "+010,"), (-0.0, "z"), (-0.001, "z.2f"),
        (65, "c"), (-1, "c"), (0x110000, "c"), ("abc", ".2"), ("ab", "05"), ("ab", "+"),
        ("ab", " "), ("ab", "=5"), ("ab", "#"), ("ab", "z"), (3, "z"), (3, ".2"), (3, "+c"),
        (1, ",b"), (1, "_n"), (1, ",_"), (1, "_,"), (1, ",,"), (1.0, "."), (1, "x.2"),
        (1, "99999999999999999999"), (1.0, ".2147483648f"), (1.0, "\x01"), (1.0, "é"),
        ("é", "*^5"), (5, "٣"), (1.5, "٣.٢f"), (-5, "x=+8"), (-123456789, "020,d"),
    ]:
        add(value, spec)
    for _ in range(7000):
        spec = random_spec()
        kind = rng.choice(["float", "float", "int", "bool", "str"])
        if kind == "float":
            value = rng.choice([random_double(), random_double(), rng.choice(SPECIALS + NAMED),
                                rng.uniform(-1, 1)])
        elif kind == "int":
            value = rng.choice([rng.randint(-100, 100), rng.randint(-10**9, 10**9),
                                rng.randint(-2**63, 2**63 - 1), rng.randint(0, 0x10FFFF)])
            if 0xD800 <= value <= 0xDFFF:
                value = 0xFFFD  # a lone surrogate is not a Swift string
        elif kind == "bool":
            value = rng.random() < 0.5
        else:
            value = rng.choice(STRINGS)
        add(value, spec)
    return cases


def random_floats(n):
    style = rng.random()
    scale = 10.0 ** rng.randint(-12, 12)
    values = []
    for _ in range(n):
        if style < 0.2:
            x = rng.randint(-20, 20) * 1.0
        elif style < 0.4:
            x = round(rng.uniform(-100, 100), rng.randint(0, 4))
        elif style < 0.6:
            x = rng.uniform(-1, 1) * scale
        elif style < 0.7:
            x = random_double()
        elif style < 0.8:
            x = rng.randint(1, 16) / rng.choice([1, 2, 3, 4, 7, 8, 10])
        else:
            x = rng.uniform(0, 1) * 10.0 ** rng.randint(-6, 9)
        if rng.random() < 0.05:
            x = rng.choice(SPECIALS)
        values.append(x)
    return values


def array_case(dtype, shape, values):
    a = np.array(values, dtype={"float": np.float64, "int": np.int64, "bool": bool}[dtype])
    a = a.reshape(shape)
    if dtype == "float":
        elements = [repr(float(x)) for x in values]
    elif dtype == "int":
        elements = [str(int(x)) for x in values]
    else:
        elements = ["True" if x else "False" for x in values]
    return {"dtype": dtype, "shape": list(shape), "elements": elements,
            "str": str(a), "repr": repr(a)}


def array_cases():
    cases = []
    # The course's printed arrays.
    for dtype, shape, values in [
        ("float", (3,), [1.0, 2.5, 3.25]), ("float", (2,), [0.1, 0.2]),
        ("float", (2,), [1 / 3, 2 / 3]), ("float", (2,), [1e-5, 1e3]),
        ("float", (2,), [1.0, 1001.0]), ("float", (1,), [99999999.0]),
        ("float", (1,), [123456789.0]), ("float", (4,), [1.0, math.nan, math.inf, -math.inf]),
        ("float", (2, 2), [1.0, -2.5, 100.0, 0.125]), ("float", (15,), [k / 7 for k in range(1, 16)]),
        ("float", (0,), []), ("float", (0, 3), []), ("int", (0,), []), ("bool", (0, 2), []),
        ("float", (), [3.0]), ("float", (), [3.5]), ("int", (), [7]), ("bool", (), [True]),
        ("float", (2,), [0.0, -0.0]), ("int", (20,), [100 * k for k in range(20)]),
        ("int", (2, 2), [1, -20, 300, 4]), ("bool", (2, 2), [True, False, False, False]),
        ("int", (2, 2, 2), list(range(8))), ("float", (2, 2, 3), [k / 4 for k in range(12)]),
        ("int", (2000,), list(range(2000))), ("float", (40, 30), [k / 3 for k in range(1200)]),
        ("int", (11, 11, 11), list(range(1331))), ("bool", (1001,), [k % 3 == 0 for k in range(1001)]),
    ]:
        cases.append(array_case(dtype, shape, values))
    for _ in range(1200):
        rank = rng.choice([0, 1, 1, 1, 2, 2, 2, 3, 3])
        shape = tuple(rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 7, 12, 20]) if rng.random() < 0.95
                      else rng.randint(0, 40) for _ in range(rank))
        n = math.prod(shape)
        if n > 200:  # the summarized cases above cover large arrays
            shape, n = (n % 200,), n % 200
        dtype = rng.choice(["float", "float", "int", "bool"])
        if dtype == "float":
            values = random_floats(n)
        elif dtype == "int":
            bound = rng.choice([10, 1000, 10**6, 10**12, 2**63 - 1])
            values = [rng.randint(-bound, bound) for _ in range(n)]
        else:
            values = [rng.random() < 0.5 for _ in range(n)]
        cases.append(array_case(dtype, shape, values))
    return cases


def main():
    cases = {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "repr": repr_cases(),
        "scalars": scalar_cases(),
        "round": round_cases(),
        "numpyRound": numpy_round_cases(),
        "format": format_cases(),
        "arrays": array_cases(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "format_cases.json")
    # One case a line, so a change in Python or numpy shows as a readable diff.
    with open(path, "w", encoding="utf-8") as file:
        file.write("{\n")
        for index, (key, value) in enumerate(cases.items()):
            file.write(json.dumps(key) + ": ")
            if isinstance(value, list):
                file.write("[\n")
                lines = [json.dumps(case, ensure_ascii=False) for case in value]
                file.write(",\n".join(lines))
                file.write("\n]")
            else:
                file.write(json.dumps(value))
            file.write(",\n" if index < len(cases) - 1 else "\n")
        file.write("}\n")
    counts = {key: len(value) for key, value in cases.items() if isinstance(value, list)}
    print(path, counts, "total", sum(counts.values()))


if __name__ == "__main__":
    main()
