#!/usr/bin/env bash
# Downhill beside its peers, in one run on one machine: reading a CSV (numpy.loadtxt),
# plotting a million points (uniplot), the course's example 1 (a C loop in the same
# summation order, and the course's own numpy loop), a small MLP (PyTorch, float32, one
# thread), peak memory training on ten million rows (numpy) and the course's example 1 run
# as Python (CPython with numpy). Prints a Markdown table
# of times and ratios (peer ÷ downhill: above 1, downhill is faster).
#
#   Benchmarks/peers.sh [PYTHON]    # PYTHON defaults to python3; needs numpy, and for two
#                                   # rows uniplot and torch (those rows say so when absent)
#
# Needs a C compiler for the C loop. Downhill itself never needs Python: this script only
# measures it against programs that do.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-python3}
if ! "$python" -c 'import numpy' 2>/dev/null; then
  echo "skipped: $python with numpy is not available, and every peer here needs it"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building downhill (release)..." >&2
swift build -c release --product downhill >/dev/null
downhill="$PWD/.build/release/downhill"

# Wall-clock seconds of a command, best of N runs (the machine's noise is one-sided).
best() {
  local runs=$1
  shift
  "$python" - "$runs" "$@" <<'EOF'
import subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
best = float("inf")
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    best = min(best, time.perf_counter() - start)
print(f"{best:.4f}")
EOF
}

# Peak resident memory of a command, in MB.
peak() {
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'
}

echo "writing the data files..." >&2
"$python" - "$work" <<'EOF'
import numpy as np, sys
work = sys.argv[1]
rng = np.random.default_rng(20251127)
for rows, name in [(1_000_000, "big.csv"), (10_000_000, "huge.csv")]:
    x = rng.uniform(0, 1000, rows)
    y = 3 * x + 7 + rng.normal(0, 10, rows)
    # Two columns of 17 significant digits, as a float64 is written in full.
    np.savetxt(f"{work}/{name}", np.column_stack([x, y]), fmt="%.17g", delimiter=",",
               header="x,y", comments="")
EOF

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); }
ratio() { "$python" -c "print(f'{$1 / $2:.2f}')"; }

# 1. Reading a 1e6-row CSV: numpy.loadtxt in-process against downhill reading it for
#    training with no epochs, whole process (which includes downhill's ~10 ms start).
numpy_read=$("$python" - "$work/big.csv" <<'EOF'
import numpy as np, sys, time
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
    best = min(best, time.perf_counter() - start)
print(f"{best:.4f}")
EOF
)
downhill_read=$(best 3 "$downhill" train --data "$work/big.csv" --epochs 0)
row "read a 1e6-row, 2-column CSV" "\`numpy.loadtxt\` ${numpy_read} s" "${downhill_read} s" \
  "$(ratio "$numpy_read" "$downhill_read")"

# 2. Plotting the million points, whole process each.
if "$python" -c 'import uniplot' 2>/dev/null; then
  cat >"$work/uniplot_run.py" <<EOF
import numpy as np, uniplot
data = np.loadtxt("$work/big.csv", delimiter=",", skiprows=1)
uniplot.plot(data[:, 1], data[:, 0], width=100, height=30)
EOF
  uniplot_time=$(best 3 "$python" "$work/uniplot_run.py")
  plot_time=$(best 3 "$downhill" plot "$work/big.csv" --kind scatter --width 100 --height 30)
  row "\`downhill plot\` of 1e6 points, whole process" "uniplot (numpy loading) ${uniplot_time} s" \
    "${plot_time} s" "$(ratio "$uniplot_time" "$plot_time")"
else
  row "\`downhill plot\` of 1e6 points" "uniplot is not installed: skipped" "" ""
fi

# 3. The course's example 1, per epoch: a C loop in the same summation order, and the
#    course's numpy loop, against downhill train's own timing of its epochs.
cat >"$work/loop.c" <<'EOF'
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  long epochs = atol(argv[1]);
  volatile double xs[5] = {1, 2, 3, 4, 5}, ys[5] = {150, 300, 450, 600, 750};
  double x[5], y[5];
  for (int i = 0; i < 5; i++) { x[i] = xs[i]; y[i] = ys[i]; }
  double m = 0, c = 0, loss = 0, factor = -2.0 / 5;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (long e = 0; e < epochs; e++) {
    double squares = 0, sxr = 0, sr = 0;
    for (int i = 0; i < 5; i++) {
      double r = y[i] - (m * x[i] + c);
      squares += r * r; sxr += x[i] * r; sr += r;
    }
    loss = squares / 5;
    m -= 0.01 * (factor * sxr);
    c -= 0.01 * (factor * sr);
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("%.9f %.17g %.17g %.17g\n", (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) * 1e-9, m, c, loss);
  return 0;
}
EOF
epochs=10000000
if cc -O2 -o "$work/loop" "$work/loop.c" 2>/dev/null; then
  # Best of three, as every time here: noise only ever adds.
  c_time=$(for _ in 1 2 3; do "$work/loop" "$epochs"; done | awk 'NR == 1 || $1 < t { t = $1 } END { print t }')
  c_epoch=$("$python" -c "print(f'{$c_time / $epochs * 1e9:.1f}')")
else
  c_epoch=""
fi
downhill_time=$(for _ in 1 2 3; do
  "$downhill" train --epochs "$epochs" --record-every "$epochs" --json |
    "$python" -c 'import json, sys; print(json.load(sys.stdin)["elapsed_seconds"])'
done | sort -g | head -1)
downhill_epoch=$("$python" -c "print(f'{$downhill_time / $epochs * 1e9:.1f}')")
numpy_epoch=$("$python" - <<'EOF'
import numpy as np, time
X = np.array([1, 2, 3, 4, 5], dtype=float)
Y = np.array([150, 300, 450, 600, 750], dtype=float)
m = c = 0.0
L, n, epochs = 0.01, float(len(X)), 100_000
start = time.perf_counter()
for _ in range(epochs):
    Y_pred = m * X + c
    D_m = (-2 / n) * sum(X * (Y - Y_pred))
    D_c = (-2 / n) * sum(Y - Y_pred)
    m = m - L * D_m
    c = c - L * D_c
print(f"{(time.perf_counter() - start) / epochs * 1e9:.1f}")
EOF
)
if [ -n "$c_epoch" ]; then
  row "course example 1 via \`downhill train\`, per epoch" "a C loop in the same order, ${c_epoch} ns" \
    "${downhill_epoch} ns" "$(ratio "$c_epoch" "$downhill_epoch")"
fi
row "course example 1, per epoch" "the course's numpy loop, ${numpy_epoch} ns" \
  "${downhill_epoch} ns" "$(ratio "$numpy_epoch" "$downhill_epoch")"

# 4. The MLP 2-16-16-1 (tanh, sigmoid output, Adam 0.01) on 100 moons points, 100 epochs,
#    full batch: PyTorch float32 on one thread against downhill's own timing.
if "$python" -c 'import torch' 2>/dev/null; then
  torch_time=$("$python" - <<'EOF'
import time, torch
torch.set_num_threads(1)
torch.manual_seed(0)
x = torch.rand(100, 2)
y = (torch.rand(100, 1) > 0.5).float()
best = float("inf")
for _ in range(5):
    model = torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.Tanh(), torch.nn.Linear(16, 16),
                                torch.nn.Tanh(), torch.nn.Linear(16, 1), torch.nn.Sigmoid())
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = torch.nn.BCELoss()
    start = time.perf_counter()
    for _ in range(100):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
    best = min(best, time.perf_counter() - start)
print(f"{best * 1000:.2f}")
EOF
)
  mlp_best=999999
  for _ in 1 2 3 4 5; do
    t=$("$downhill" train --data moons --model mlp:2-16-16-1 --activation tanh --optimizer adam \
      --lr 0.01 --epochs 100 --json | "$python" -c 'import json, sys; print(json.load(sys.stdin)["elapsed_seconds"] * 1000)')
    mlp_best=$("$python" -c "print(min($mlp_best, $t))")
  done
  mlp_time=$("$python" -c "print(f'{$mlp_best:.2f}')")
  row "MLP 2-16-16-1 on 100 moons points, 100 epochs" "PyTorch float32, one thread, ${torch_time} ms" \
    "${mlp_time} ms" "$(ratio "$torch_time" "$mlp_time")"
else
  row "MLP 2-16-16-1 on 100 moons points" "torch is not installed: skipped" "" ""
fi

# 5. Peak memory training one epoch on 1e7 rows of the same two columns.
cat >"$work/numpy_train.py" <<EOF
import numpy as np
data = np.loadtxt("$work/huge.csv", delimiter=",", skiprows=1)
X, Y = data[:, 0], data[:, 1]
m = c = 0.0
n = float(len(X))
Y_pred = m * X + c
m -= 1e-7 * ((-2 / n) * np.sum(X * (Y - Y_pred)))
EOF
numpy_peak=$(peak "$python" "$work/numpy_train.py")
downhill_peak=$(peak "$downhill" train --data "$work/huge.csv" --epochs 1 --lr 1e-7)
row "peak memory training on 1e7 rows (160 MB of data)" "numpy + \`loadtxt\` ${numpy_peak} MB" \
  "${downhill_peak} MB" "$(ratio "$numpy_peak" "$downhill_peak")"

# 6. The course's example 1 as Python, per pass of its loop: CPython with numpy timing its
#    own loop, against `downhill repl` running the same file with 100,000 and with 0 passes
#    (the difference is the loop alone, without start-up).
python_program() {
  cat <<EOF
import numpy as np
X = np.array([1, 2, 3, 4, 5])
Y = np.array([150, 300, 450, 600, 750])
m = 0
c = 0
L = 0.01
epochs = $1
n = float(len(X))
for i in range(epochs):
    Y_pred = m*X + c
    D_m = (-2/n) * sum(X * (Y - Y_pred))
    D_c = (-2/n) * sum(Y - Y_pred)
    m = m - L * D_m
    c = c - L * D_c
EOF
}
python_program 100000 >"$work/example1.py"
python_program 0 >"$work/example1_zero.py"
cpython_pass=$("$python" - "$work/example1.py" <<'EOF'
import sys, time
source = open(sys.argv[1]).read()
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    exec(source, {})
    best = min(best, time.perf_counter() - start)
print(f"{best / 100000 * 1e6:.2f}")
EOF
)
full=$(best 3 "$downhill" repl "$work/example1.py")
empty=$(best 3 "$downhill" repl "$work/example1_zero.py")
downhill_pass=$("$python" -c "print(f'{($full - $empty) / 100000 * 1e6:.2f}')")
row "the course's example 1 as Python, per pass of its loop" "CPython 3 with numpy, ${cpython_pass} µs" \
  "\`downhill repl\`, ${downhill_pass} µs" "$(ratio "$cpython_pass" "$downhill_pass")"

echo
echo "$(uname -m), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
echo
echo "| work | peer | downhill | ratio (peer ÷ downhill) |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
