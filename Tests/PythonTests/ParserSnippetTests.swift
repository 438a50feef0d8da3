import Testing

@testable import Python

/// The parser against CPython 3.11's own: each snippet of the interpreter's fixtures
/// (`Fixtures/snippets.json`, programs CPython ran with numpy), with the tree CPython's
/// `ast` module gives for it, rendered in `SExpression`'s form (an `elif` kept as one, an
/// import of several modules as one statement each, a generator argument as a list
/// comprehension).
@Suite struct ParserSnippetTests {
  @Test func everySnippetParsesToCPythonsTree() {
    let cases = SnippetCase.all()
    #expect(cases.count == 327)
    for snippet in cases {
      #expect(parsedTree(snippet.code) == snippet.tree, "\(snippet.name)")
    }
  }
}

/// A snippet's code and its expected tree, one statement a line.
private struct SnippetCase {
  var name: String
  var code: String
  var tree: String

  /// The cases in `table`: `=== name`, the code's lines, `---`, the tree's lines.
  static func all() -> [SnippetCase] {
    var cases: [SnippetCase] = []
    var name: Substring?
    var code: [Substring] = []
    var tree: [Substring] = []
    var inTree = false
    for line in table.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("=== ") || line == "<end>" {
        if let name {
          cases.append(
            SnippetCase(
              name: String(name), code: code.joined(separator: "\n") + "\n",
              tree: tree.joined(separator: "\n")))
        }
        name = line.dropFirst(4)
        code = []
        tree = []
        inTree = false
      } else if line == "---" {
        inTree = true
      } else if inTree {
        tree.append(line)
      } else {
        code.append(line)
      }
    }
    return cases
  }
}

// Generated from the fixtures with CPython 3.11.7's `ast.parse`.
private let table = #"""
  === floor_division_with_negatives
  print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
  print(0 // 5, -1 // 10)
  ---
  (call print (// 7 2) (// (- 7) 2) (// 7 (- 2)) (// (- 7) (- 2)))
  (call print (// 0 5) (// (- 1) 10))
  === modulo_with_negatives
  print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
  print(-1 % 10, 10 % 5)
  ---
  (call print (% 7 3) (% (- 7) 3) (% 7 (- 3)) (% (- 7) (- 3)))
  (call print (% (- 1) 10) (% 10 5))
  === float_floor_division_and_modulo
  print(-7.5 // 2, -7.5 % 2)
  print(7.5 // -2, 7.5 % -2)
  print(5.5 % 2, 10 % 3.0, -0.5 % 1)
  ---
  (call print (// (- 7.5) 2) (% (- 7.5) 2))
  (call print (// 7.5 (- 2)) (% 7.5 (- 2)))
  (call print (% 5.5 2) (% 10 3.0) (% (- 0.5) 1))
  === true_division_of_ints
  print(7 / 2, 6 / 3, 1 / 3, 2 / 3)
  print(-1 / 4, 10 / 4)
  ---
  (call print (/ 7 2) (/ 6 3) (/ 1 3) (/ 2 3))
  (call print (/ (- 1) 4) (/ 10 4))
  === power_negative_exponents
  print(2 ** -1, 2 ** -3, 10 ** -2, 4 ** -0.5)
  print(2 ** 10, 2.0 ** 10)
  ---
  (call print (** 2 (- 1)) (** 2 (- 3)) (** 10 (- 2)) (** 4 (- 0.5)))
  (call print (** 2 10) (** 2.0 10))
  === power_sign_and_precedence
  print((-2) ** 3, (-2) ** 2, -2 ** 2)
  print(2 ** 3 ** 2, (2 ** 3) ** 2)
  print(1.5 ** 2, 0.1 ** 2)
  ---
  (call print (** (- 2) 3) (** (- 2) 2) (- (** 2 2)))
  (call print (** 2 (** 3 2)) (** (** 2 3) 2))
  (call print (** 1.5 2) (** 0.1 2))
  === int_float_mixing
  x = 3
  y = 2.0
  print(x + y, x * y, x - y, x / y, x // y, x % y)
  print(x * 2, x * 2.5)
  ---
  (assign [x] 3)
  (assign [y] 2.0)
  (call print (+ x y) (* x y) (- x y) (/ x y) (// x y) (% x y))
  (call print (* x 2) (* x 2.5))
  === point_one_plus_point_two
  print(0.1 + 0.2)
  print(0.1 + 0.2 == 0.3)
  print(0.1 * 3, 0.3 - 0.1)
  ---
  (call print (+ 0.1 0.2))
  (call print (== (+ 0.1 0.2) 0.3))
  (call print (* 0.1 3) (- 0.3 0.1))
  === float_repr_large_and_small
  print(1e16, 1e15, 123456789012345678.0)
  print(1e-5, 0.0001, 0.00012345)
  print(100.0, 1e22, 2.5e-10)
  ---
  (call print 1e+16 1000000000000000.0 1.2345678901234568e+17)
  (call print 1e-05 0.0001 0.00012345)
  (call print 100.0 1e+22 2.5e-10)
  === one_third
  third = 1 / 3
  print(third)
  print(third * 3, 2 / 3, 1 - 2 / 3)
  ---
  (assign [third] (/ 1 3))
  (call print third)
  (call print (* third 3) (/ 2 3) (- 1 (/ 2 3)))
  === round_bankers
  print(round(0.5), round(1.5), round(2.5), round(3.5))
  print(round(-0.5), round(-1.5), round(2.4), round(2.6))
  ---
  (call print (call round 0.5) (call round 1.5) (call round 2.5) (call round 3.5))
  (call print (call round (- 0.5)) (call round (- 1.5)) (call round 2.4) (call round 2.6))
  === round_with_ndigits
  print(round(2.675, 2), round(3.14159, 3))
  print(round(0.125, 2), round(0.375, 2), round(2.5, 0))
  print(round(1.0, 3), round(7, 2))
  ---
  (call print (call round 2.675 2) (call round 3.14159 3))
  (call print (call round 0.125 2) (call round 0.375 2) (call round 2.5 0))
  (call print (call round 1.0 3) (call round 7 2))
  === round_negative_ndigits
  print(round(1234.5678, -2), round(1250, -2), round(1350, -2))
  print(round(1234, -1), round(-1250.0, -2))
  ---
  (call print (call round 1234.5678 (- 2)) (call round 1250 (- 2)) (call round 1350 (- 2)))
  (call print (call round 1234 (- 1)) (call round (- 1250.0) (- 2)))
  === int_and_float_conversion
  print(int(3.7), int(-3.7), int(2.0), float(3))
  print(int(True), float(False), float(7) / 2)
  ---
  (call print (call int 3.7) (call int (- 3.7)) (call int 2.0) (call float 3))
  (call print (call int True) (call float False) (/ (call float 7) 2))
  === abs_min_max_builtins
  print(abs(-3), abs(-2.5), abs(0))
  print(min(3, 1.5, 2), max(-1, -5))
  print(max(2, 2.0), max(2.0, 2), min(1, True))
  ---
  (call print (call abs (- 3)) (call abs (- 2.5)) (call abs 0))
  (call print (call min 3 1.5 2) (call max (- 1) (- 5)))
  (call print (call max 2 2.0) (call max 2.0 2) (call min 1 True))
  === augmented_assignment_chain
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
  ---
  (assign [n] 10)
  (+= n 5)
  (call print n)
  (-= n 3)
  (*= n 2)
  (call print n)
  (//= n 5)
  (%= n 3)
  (**= n 3)
  (call print n)
  === augmented_true_division_makes_float
  x = 10
  x /= 4
  print(x)
  count = 7
  count //= 2
  print(count)
  w = 2.0
  w **= 2
  print(w)
  ---
  (assign [x] 10)
  (/= x 4)
  (call print x)
  (assign [count] 7)
  (//= count 2)
  (call print count)
  (assign [w] 2.0)
  (**= w 2)
  (call print w)
  === accumulate_point_one
  x = 0.0
  for i in range(10):
      x += 0.1
  print(x)
  print(x == 1.0)
  ---
  (assign [x] 0.0)
  (for i (call range 10) [(+= x 0.1)])
  (call print x)
  (call print (== x 1.0))
  === precedence_mixed
  print(2 + 3 * 4 ** 2 / 8 - 1)
  print((2 + 3) * 4, 2 + 3 * 4)
  print(-3 ** 2, (-3) ** 2, 10 - 2 - 3)
  ---
  (call print (- (+ 2 (/ (* 3 (** 4 2)) 8)) 1))
  (call print (* (+ 2 3) 4) (+ 2 (* 3 4)))
  (call print (- (** 3 2)) (** (- 3) 2) (- (- 10 2) 3))
  === bool_arithmetic
  print(True + True, True * 3, False - 1)
  print(True / 2, True + 0.5)
  ---
  (call print (+ True True) (* True 3) (- False 1))
  (call print (/ True 2) (+ True 0.5))
  === float_int_comparisons
  print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
  print(0.1 + 0.2 > 0.3, 1 != 1.0)
  ---
  (call print (== 1 1.0) (< 2 2.5) (>= 3 3.0))
  (call print (> (+ 0.1 0.2) 0.3) (!= 1 1.0))
  === negative_zero
  print(-0.0, 0.0 * -1, 0.0 - 0.0)
  print(-0.0 == 0.0, -0.0 + 0.0)
  ---
  (call print (- 0.0) (* 0.0 (- 1)) (- 0.0 0.0))
  (call print (== (- 0.0) 0.0) (+ (- 0.0) 0.0))
  === decimal_surprises
  print(1.1 * 1.1, 1.1 + 2.2, 3.3 - 1.1)
  print(0.7 + 0.1, 0.2 + 0.4)
  ---
  (call print (* 1.1 1.1) (+ 1.1 2.2) (- 3.3 1.1))
  (call print (+ 0.7 0.1) (+ 0.2 0.4))
  === float_overflow_to_inf
  big = 1e308
  print(big * 10, -big * 10)
  print(1e308 + 1e308 > big)
  ---
  (assign [big] 1e+308)
  (call print (* big 10) (* (- big) 10))
  (call print (> (+ 1e+308 1e+308) big))
  === learning_rate_arithmetic
  lr = 0.01
  print(lr * 3, lr / 10, 1 - lr)
  print(lr * 100, 0.001 * 3)
  ---
  (assign [lr] 0.01)
  (call print (* lr 3) (/ lr 10) (- 1 lr))
  (call print (* lr 100) (* 0.001 3))
  === many_digits_repr
  print(123456789.123456789, 0.000123)
  print(2 / 7, 22 / 7)
  print(1234567.0, 12345678912345.0)
  ---
  (call print 123456789.12345679 0.000123)
  (call print (/ 2 7) (/ 22 7))
  (call print 1234567.0 12345678912345.0)
  === mean_by_hand
  xs = [1, 2, 3, 4]
  print(sum(xs) / len(xs))
  total = sum(xs)
  print(total // len(xs), total % len(xs))
  ---
  (assign [xs] [1 2 3 4])
  (call print (/ (call sum xs) (call len xs)))
  (assign [total] (call sum xs))
  (call print (// total (call len xs)) (% total (call len xs)))
  === half_of_odd_ints
  for n in [1, 3, -3]:
      print(n / 2, n // 2, n % 2)
  ---
  (for n [1 3 (- 3)] [(call print (/ n 2) (// n 2) (% n 2))])
  === fstring_fixed_decimals
  m = 149.99
  c = 0.0051
  print(f"m = {m:.3f}, c = {c:.3f}")
  print(f"{m:.0f} {c:.1f} {-c:.2f}")
  ---
  (assign [m] 149.99)
  (assign [c] 0.0051)
  (call print (f 'm = ' {m :'.3f'} ', c = ' {c :'.3f'}))
  (call print (f {m :'.0f'} ' ' {c :'.1f'} ' ' {(- c) :'.2f'}))
  === fstring_width_and_decimals
  for x in [1.5, -22.25, 333.125]:
      print(f"|{x:8.2f}|")
  print(f"|{12345.678:8.2f}|")
  ---
  (for x [1.5 (- 22.25) 333.125] [(call print (f '|' {x :'8.2f'} '|'))])
  (call print (f '|' {12345.678 :'8.2f'} '|'))
  === fstring_int_d
  n = 42
  epochs = 1000
  print(f"{n:d} of {epochs:d} epochs")
  print(f"{-7:d}")
  ---
  (assign [n] 42)
  (assign [epochs] 1000)
  (call print (f {n :'d'} ' of ' {epochs :'d'} ' epochs'))
  (call print (f {(- 7) :'d'}))
  === fstring_exponent
  x = 12345.678
  print(f"{x:e}")
  print(f"{x:.2e} {0.000123:.2e} {-0.00123:.2e}")
  print(f"{0.0:e} {1.0:.2e}")
  ---
  (assign [x] 12345.678)
  (call print (f {x :'e'}))
  (call print (f {x :'.2e'} ' ' {0.000123 :'.2e'} ' ' {(- 0.00123) :'.2e'}))
  (call print (f {0.0 :'e'} ' ' {1.0 :'.2e'}))
  === fstring_general_g
  print(f"{0.0001:g} {123456789.0:g} {100.0:g}")
  print(f"{1e-5:g} {2.50:g} {0.1 + 0.2:g}")
  print(f"{1234567:g} {3:g}")
  ---
  (call print (f {0.0001 :'g'} ' ' {123456789.0 :'g'} ' ' {100.0 :'g'}))
  (call print (f {1e-05 :'g'} ' ' {2.5 :'g'} ' ' {(+ 0.1 0.2) :'g'}))
  (call print (f {1234567 :'g'} ' ' {3 :'g'}))
  === fstring_align_right_left
  v = "loss"
  print(f"[{v:>6}]", f"[{v:<6}]")
  print(f"[{3:>6}]", f"[{2.5:<6}]")
  print(f"[{'epoch':<6}]")
  ---
  (assign [v] 'loss')
  (call print (f '[' {v :'>6'} ']') (f '[' {v :'<6'} ']'))
  (call print (f '[' {3 :'>6'} ']') (f '[' {2.5 :'<6'} ']'))
  (call print (f '[' {'epoch' :'<6'} ']'))
  === fstring_thousands
  print(f"{1234567:,}", f"{1000:,}", f"{999:,}")
  print(f"{1234567.891:,}", f"{-9876543:,}")
  ---
  (call print (f {1234567 :','}) (f {1000 :','}) (f {999 :','}))
  (call print (f {1234567.891 :','}) (f {(- 9876543) :','}))
  === fstring_percent
  accuracy = 0.8765
  print(f"{accuracy:.1%}")
  print(f"{0.5:.0%} {1:.1%} {0.12345:.2%}")
  ---
  (assign [accuracy] 0.8765)
  (call print (f {accuracy :'.1%'}))
  (call print (f {0.5 :'.0%'} ' ' {1 :'.1%'} ' ' {0.12345 :'.2%'}))
  === fstring_repr_conversion
  name = "m"
  print(f"{name!r} {name}")
  print(f"{1.0!r} {[1, 'a']!r} {None!r}")
  ---
  (assign [name] 'm')
  (call print (f {name !r} ' ' {name}))
  (call print (f {1.0 !r} ' ' {[1 'a'] !r} ' ' {None !r}))
  === fstring_plain_values
  lr = 0.1
  print(f"lr={lr} epochs={100} ok={True} none={None}")
  print(f"{[1, 2.5]} {(1, 'x')}")
  ---
  (assign [lr] 0.1)
  (call print (f 'lr=' {lr} ' epochs=' {100} ' ok=' {True} ' none=' {None}))
  (call print (f {[1 2.5]} ' ' {(tuple 1 'x')}))
  === fstring_expressions_inside
  a = 3
  b = 4
  print(f"{a} + {b} = {a + b}")
  print(f"{a / b} {a * b:d} {a ** 2 / b:.2f}")
  ---
  (assign [a] 3)
  (assign [b] 4)
  (call print (f {a} ' + ' {b} ' = ' {(+ a b)}))
  (call print (f {(/ a b)} ' ' {(* a b) :'d'} ' ' {(/ (** a 2) b) :'.2f'}))
  === fstring_loss_table
  history = [(1, 2.5), (10, 0.125), (100, 0.0009765625)]
  for epoch, loss in history:
      print(f"{epoch:>5} {loss:8.4f}")
  ---
  (assign [history] [(tuple 1 2.5) (tuple 10 0.125) (tuple 100 0.0009765625)])
  (for (tuple epoch loss) history [(call print (f {epoch :'>5'} ' ' {loss :'8.4f'}))])
  === str_function
  print(str(3) + " items")
  print(str(2.50), str(True), str(None))
  print(str([1, 2.0]) + str((3,)))
  ---
  (call print (+ (call str 3) ' items'))
  (call print (call str 2.5) (call str True) (call str None))
  (call print (+ (call str [1 2.0]) (call str (tuple 3))))
  === print_sep_and_end
  print(1, 2, 3, sep=", ")
  print("a", end="")
  print("b", end="!\n")
  print("x", "y", sep="")
  print("loss", 0.5, sep=": ", end=" <-\n")
  ---
  (call print 1 2 3 sep=', ')
  (call print 'a' end='')
  (call print 'b' end='!\n')
  (call print 'x' 'y' sep='')
  (call print 'loss' 0.5 sep=': ' end=' <-\n')
  === print_lists_and_tuples
  print([1.0, 2.5, 0.1 + 0.2])
  print((1, 2.0), (5,), ())
  print([])
  ---
  (call print [1.0 2.5 (+ 0.1 0.2)])
  (call print (tuple 1 2.0) (tuple 5) (tuple))
  (call print [])
  === print_nested_lists
  W = [[1.0, 2], [3, [4.5, -0.0]]]
  print(W)
  print([[0.1, 0.2], [1e-05, 1e16]])
  ---
  (assign [W] [[1.0 2] [3 [4.5 (- 0.0)]]])
  (call print W)
  (call print [[0.1 0.2] [1e-05 1e+16]])
  === print_none_and_bools
  print(None, True, False)
  print([None, True, False])
  print((True,), [1 == 1])
  ---
  (call print None True False)
  (call print [None True False])
  (call print (tuple True) [(== 1 1)])
  === string_concat_and_repeat
  line = "-" * 20
  print(line)
  print("ab" + "cd" * 2)
  print(3 * "=" + ">")
  ---
  (assign [line] (* '-' 20))
  (call print line)
  (call print (+ 'ab' (* 'cd' 2)))
  (call print (+ (* 3 '=') '>'))
  === string_index_and_len
  word = "descent"
  print(word[0], word[-1], word[2], len(word))
  print(len(""), len("a b"))
  ---
  (assign [word] 'descent')
  (call print ([] word 0) ([] word (- 1)) ([] word 2) (call len word))
  (call print (call len '') (call len 'a b'))
  === print_string_quotes_in_lists
  print(["a", 'b'])
  print(["it's", 'say "hi"'])
  print(("x",))
  ---
  (call print ['a' 'b'])
  (call print ['it\'s' 'say "hi"'])
  (call print (tuple 'x'))
  === print_mixed_tuple
  pair = (3, "x", 2.5)
  print(pair)
  print(pair[1], pair[2])
  ---
  (assign [pair] (tuple 3 'x' 2.5))
  (call print pair)
  (call print ([] pair 1) ([] pair 2))
  === print_empty_line
  print("before")
  print()
  print("after")
  ---
  (call print 'before')
  (call print)
  (call print 'after')
  === print_many_types
  print("loss:", 0.5, "epoch", 10)
  print("done", None, [1], (2,), True)
  ---
  (call print 'loss:' 0.5 'epoch' 10)
  (call print 'done' None [1] (tuple 2) True)
  === str_of_floats
  print(str(1e16) + "|" + str(1e-7) + "|" + str(0.1))
  print(str(-2.0) + " " + str(10))
  ---
  (call print (+ (+ (+ (+ (call str 1e+16) '|') (call str 1e-07)) '|') (call str 0.1)))
  (call print (+ (+ (call str (- 2.0)) ' ') (call str 10)))
  === repr_of_values
  print(repr("hi"), repr(2.0), repr(3))
  print(repr([1, "a"]), repr(None))
  ---
  (call print (call repr 'hi') (call repr 2.0) (call repr 3))
  (call print (call repr [1 'a']) (call repr None))
  === fstring_width_numbers_right_aligned
  for n in [1, 22, 333]:
      print(f"{n:>4}|{n:<4}|")
  ---
  (for n [1 22 333] [(call print (f {n :'>4'} '|' {n :'<4'} '|'))])
  === string_building_loop
  bar = ""
  for i in range(5):
      bar = bar + "#"
      print(bar)
  ---
  (assign [bar] '')
  (for i (call range 5) [(assign [bar] (+ bar '#')) (call print bar)])
  === fstring_numpy_values
  import numpy as np
  X = np.array([1.0, 2.0, 3.5])
  m = X.mean()
  print(f"{m} {m:.3f} {m!r}")
  print(f"X = {X}")
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2.0 3.5]))
  (assign [m] (call (. X mean)))
  (call print (f {m} ' ' {m :'.3f'} ' ' {m !r}))
  (call print (f 'X = ' {X}))
  === for_range_sum
  total = 0
  for i in range(1, 11):
      total += i
  print(total)
  ---
  (assign [total] 0)
  (for i (call range 1 11) [(+= total i)])
  (call print total)
  === range_forms
  print(list(range(5)))
  print(list(range(10, 0, -3)), list(range(0, 10, 4)))
  print(list(range(3, 3)), list(range(-2, 2)))
  ---
  (call print (call list (call range 5)))
  (call print (call list (call range 10 0 (- 3))) (call list (call range 0 10 4)))
  (call print (call list (call range 3 3)) (call list (call range (- 2) 2)))
  === while_true_break
  n = 0
  while True:
      n += 1
      if n * n > 50:
          break
  print(n)
  ---
  (assign [n] 0)
  (while True [(+= n 1) (if (> (* n n) 50) [break])])
  (call print n)
  === while_continue
  i = 0
  evens = []
  while i < 10:
      i += 1
      if i % 2:
          continue
      evens.append(i)
  print(evens)
  ---
  (assign [i] 0)
  (assign [evens] [])
  (while (< i 10) [(+= i 1) (if (% i 2) [continue]) (call (. evens append) i)])
  (call print evens)
  === if_elif_else_grading
  def grade(loss):
      if loss < 0.1:
          return "great"
      elif loss < 1:
          return "good"
      else:
          return "keep going"
  for loss in [0.05, 0.5, 5]:
      print(loss, grade(loss))
  ---
  (def grade (loss) [(if (< loss 0.1) [(return 'great')] elif (< loss 1) [(return 'good')] else [(return 'keep going')])])
  (for loss [0.05 0.5 5] [(call print loss (call grade loss))])
  === function_defaults_and_keywords
  def step(w, grad, lr=0.1):
      return w - lr * grad
  print(step(1.0, 2.0))
  print(step(1.0, 2.0, 0.5))
  print(step(1.0, 2.0, lr=0.25))
  ---
  (def step (w grad lr=0.1) [(return (- w (* lr grad)))])
  (call print (call step 1.0 2.0))
  (call print (call step 1.0 2.0 0.5))
  (call print (call step 1.0 2.0 lr=0.25))
  === function_returns_tuple
  def min_max(xs):
      return min(xs), max(xs)
  lo, hi = min_max([3, 1, 4, 1, 5])
  print(lo, hi)
  print(min_max([2.5]))
  ---
  (def min_max (xs) [(return (tuple (call min xs) (call max xs)))])
  (assign [(tuple lo hi)] (call min_max [3 1 4 1 5]))
  (call print lo hi)
  (call print (call min_max [2.5]))
  === recursion_factorial
  def fact(n):
      return 1 if n <= 1 else n * fact(n - 1)
  print(fact(1), fact(5), fact(12))
  ---
  (def fact (n) [(return (if (<= n 1) 1 (* n (call fact (- n 1)))))])
  (call print (call fact 1) (call fact 5) (call fact 12))
  === recursion_fibonacci
  def fib(n):
      if n < 2:
          return n
      return fib(n - 1) + fib(n - 2)
  print([fib(i) for i in range(12)])
  ---
  (def fib (n) [(if (< n 2) [(return n)]) (return (+ (call fib (- n 1)) (call fib (- n 2))))])
  (call print (listcomp (call fib i) (for i (call range 12))))
  === list_comprehensions
  squares = [x * x for x in range(6)]
  odd = [x for x in squares if x % 2 == 1]
  print(squares)
  print(odd)
  print([x / 2 for x in odd])
  ---
  (assign [squares] (listcomp (* x x) (for x (call range 6))))
  (assign [odd] (listcomp x (for x squares (if (== (% x 2) 1)))))
  (call print squares)
  (call print odd)
  (call print (listcomp (/ x 2) (for x odd)))
  === enumerate_loop
  losses = [2.0, 1.0, 0.5]
  for i, loss in enumerate(losses):
      print(i, loss)
  print(list(enumerate(["a", "b"])))
  ---
  (assign [losses] [2.0 1.0 0.5])
  (for (tuple i loss) (call enumerate losses) [(call print i loss)])
  (call print (call list (call enumerate ['a' 'b'])))
  === zip_loop
  xs = [1, 2, 3]
  ys = [10, 20, 30]
  for x, y in zip(xs, ys):
      print(x, y, x * y)
  print(list(zip([1, 2, 3], [4, 5])))
  ---
  (assign [xs] [1 2 3])
  (assign [ys] [10 20 30])
  (for (tuple x y) (call zip xs ys) [(call print x y (* x y))])
  (call print (call list (call zip [1 2 3] [4 5])))
  === chained_comparisons
  x = 0.5
  print(0 < x < 1, 1 < x < 2)
  print(0 <= 0 < 1 < 2, 3 > 2 > 2)
  print(1 < 2 == 2, 1 == 1.0 == True)
  ---
  (assign [x] 0.5)
  (call print (chain 0 < x < 1) (chain 1 < x < 2))
  (call print (chain 0 <= 0 < 1 < 2) (chain 3 > 2 > 2))
  (call print (chain 1 < 2 == 2) (chain 1 == 1.0 == True))
  === tuple_swap_and_unpack
  a, b = 1, 2
  a, b = b, a
  print(a, b)
  m, c = 0.0, 1.5
  print(m, c)
  ---
  (assign [(tuple a b)] (tuple 1 2))
  (assign [(tuple a b)] (tuple b a))
  (call print a b)
  (assign [(tuple m c)] (tuple 0.0 1.5))
  (call print m c)
  === in_and_not_in
  print(3 in [1, 2, 3], 4 not in (1, 2))
  print(5 in range(0, 10, 5), 7 in range(0, 10, 5))
  print(2.0 in [1, 2], "b" in ["a", "b"])
  ---
  (call print (in 3 [1 2 3]) (not in 4 (tuple 1 2)))
  (call print (in 5 (call range 0 10 5)) (in 7 (call range 0 10 5)))
  (call print (in 2.0 [1 2]) (in 'b' ['a' 'b']))
  === and_or_return_operands
  print(0 or 5, 3 and 4, not 0)
  print(None or "x", [] or [1], 2 and 0)
  print(not [], not 1.5)
  ---
  (call print (or 0 5) (and 3 4) (not 0))
  (call print (or None 'x') (or [] [1]) (and 2 0))
  (call print (not []) (not 1.5))
  === conditional_expression
  for v in [-2, 0, 3]:
      print("neg" if v < 0 else "zero" if v == 0 else "pos")
  ---
  (for v [(- 2) 0 3] [(call print (if (< v 0) 'neg' (if (== v 0) 'zero' 'pos')))])
  === del_name
  x = 5
  y = x
  del x
  print(y)
  ---
  (assign [x] 5)
  (assign [y] x)
  (del x)
  (call print y)
  === pass_in_branch
  for i in range(3):
      if i == 1:
          pass
      else:
          print(i)
  ---
  (for i (call range 3) [(if (== i 1) [pass] else [(call print i)])])
  === nested_loops_inner_break
  for i in range(3):
      for j in range(3):
          if j > i:
              break
          print(i, j)
  ---
  (for i (call range 3) [(for j (call range 3) [(if (> j i) [break]) (call print i j)])])
  === function_without_return
  def report(loss):
      print("loss is", loss)
  result = report(0.25)
  print(result)
  ---
  (def report (loss) [(call print 'loss is' loss)])
  (assign [result] (call report 0.25))
  (call print result)
  === halve_learning_rate_until_small
  lr = 1.0
  steps = 0
  while lr > 0.01:
      lr /= 2
      steps += 1
  print(steps, lr)
  ---
  (assign [lr] 1.0)
  (assign [steps] 0)
  (while (> lr 0.01) [(/= lr 2) (+= steps 1)])
  (call print steps lr)
  === list_append_index_slice
  history = []
  for epoch in range(5):
      history.append(10 - 2 * epoch)
  print(history[-1], history[:2], len(history))
  print(history + [0], 4 in history)
  ---
  (assign [history] [])
  (for epoch (call range 5) [(call (. history append) (- 10 (* 2 epoch)))])
  (call print ([] history (- 1)) ([] history (: _ 2 _)) (call len history))
  (call print (+ history [0]) (in 4 history))
  === list_item_assignment
  weights = [0.5, 0.5, 0.5]
  weights[1] = 2.0
  weights[-1] = weights[0] * 3
  print(weights)
  ---
  (assign [weights] [0.5 0.5 0.5])
  (assign [([] weights 1)] 2.0)
  (assign [([] weights (- 1))] (* ([] weights 0) 3))
  (call print weights)
  === tuple_indexing
  t = (1, 2, 3)
  print(t[0], t[-1], len(t), t[1])
  a, b, c = t
  print(c, b, a)
  ---
  (assign [t] (tuple 1 2 3))
  (call print ([] t 0) ([] t (- 1)) (call len t) ([] t 1))
  (assign [(tuple a b c)] t)
  (call print c b a)
  === bool_conversions
  print(bool(0), bool(0.0), bool(""), bool([]))
  print(bool([0]), bool(None), bool("0"), bool(-1))
  ---
  (call print (call bool 0) (call bool 0.0) (call bool '') (call bool []))
  (call print (call bool [0]) (call bool None) (call bool '0') (call bool (- 1)))
  === recursive_power_with_default
  def power(base, exp=2):
      if exp == 0:
          return 1
      return base * power(base, exp - 1)
  print(power(3), power(2, 10), power(0.5, 3))
  ---
  (def power (base exp=2) [(if (== exp 0) [(return 1)]) (return (* base (call power base (- exp 1))))])
  (call print (call power 3) (call power 2 10) (call power 0.5 3))
  === early_stopping_loop
  loss = 100.0
  epoch = 0
  while loss > 1:
      loss = loss * 0.5
      epoch += 1
  print(epoch, loss)
  ---
  (assign [loss] 100.0)
  (assign [epoch] 0)
  (while (> loss 1) [(assign [loss] (* loss 0.5)) (+= epoch 1)])
  (call print epoch loss)
  === continue_skips_negative
  total = 0.0
  for g in [0.5, -1.0, 2.0, -3.0]:
      if g < 0:
          continue
      total += g
  print(total)
  ---
  (assign [total] 0.0)
  (for g [0.5 (- 1.0) 2.0 (- 3.0)] [(if (< g 0) [continue]) (+= total g)])
  (call print total)
  === function_calls_function
  def predict(x, m, c):
      return m * x + c
  def error(x, y, m=2.0, c=1.0):
      return y - predict(x, m, c)
  print(error(3, 10), error(3, 10, 3.0), error(1, 1, c=0.5))
  ---
  (def predict (x m c) [(return (+ (* m x) c))])
  (def error (x y m=2.0 c=1.0) [(return (- y (call predict x m c)))])
  (call print (call error 3 10) (call error 3 10 3.0) (call error 1 1 c=0.5))
  === int_and_float_arrays
  import numpy as np
  a = np.array([1, 2, 3])
  b = np.array([1.0, 2, 3])
  print(a, a.dtype)
  print(b, b.dtype)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (assign [b] (call (. np array) [1.0 2 3]))
  (call print a (. a dtype))
  (call print b (. b dtype))
  === array_dtype_argument
  import numpy as np
  print(np.array([1, 2, 3], dtype=float))
  print(np.array([1.7, -1.7, 2.5], dtype=int))
  print(np.array([True, False], dtype=int))
  ---
  (import numpy as np)
  (call print (call (. np array) [1 2 3] dtype=float))
  (call print (call (. np array) [1.7 (- 1.7) 2.5] dtype=int))
  (call print (call (. np array) [True False] dtype=int))
  === int_plus_float_promotes
  import numpy as np
  a = np.array([1, 2, 3])
  print(a + 0.5, (a + 0.5).dtype)
  print(a + 1, (a + 1).dtype)
  print(a * 2.0)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (call print (+ a 0.5) (. (+ a 0.5) dtype))
  (call print (+ a 1) (. (+ a 1) dtype))
  (call print (* a 2.0))
  === int_true_division_gives_float
  import numpy as np
  print(np.array([1, 2, 3]) / 2)
  print(np.array([4, 6]) / np.array([2, 3]))
  print((np.array([4, 6]) / 2).dtype)
  ---
  (import numpy as np)
  (call print (/ (call (. np array) [1 2 3]) 2))
  (call print (/ (call (. np array) [4 6]) (call (. np array) [2 3])))
  (call print (. (/ (call (. np array) [4 6]) 2) dtype))
  === int_floor_division_and_mod
  import numpy as np
  a = np.array([7, -7, 8])
  print(a // 2, a % 3)
  print((a // 2).dtype, a // -2)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [7 (- 7) 8]))
  (call print (// a 2) (% a 3))
  (call print (. (// a 2) dtype) (// a (- 2)))
  === float_floor_division_and_mod
  import numpy as np
  a = np.array([7.5, -7.5, 0.5])
  print(a // 2)
  print(a % 2)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [7.5 (- 7.5) 0.5]))
  (call print (// a 2))
  (call print (% a 2))
  === bool_array_sums
  import numpy as np
  passed = np.array([True, False, True, True])
  print(passed, passed.dtype)
  print(passed.sum(), np.sum(passed), sum(passed))
  print(np.mean(passed))
  ---
  (import numpy as np)
  (assign [passed] (call (. np array) [True False True True]))
  (call print passed (. passed dtype))
  (call print (call (. passed sum)) (call (. np sum) passed) (call sum passed))
  (call print (call (. np mean) passed))
  === astype_conversions
  import numpy as np
  a = np.array([1.9, -1.9, 2.5])
  print(a.astype(int))
  b = np.array([1, 0, 2])
  print(b.astype(float), b.astype(float).dtype)
  print((b > 0).astype(int))
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1.9 (- 1.9) 2.5]))
  (call print (call (. a astype) int))
  (assign [b] (call (. np array) [1 0 2]))
  (call print (call (. b astype) float) (. (call (. b astype) float) dtype))
  (call print (call (. (> b 0) astype) int))
  === dtype_printing
  import numpy as np
  print(np.zeros(3).dtype, np.arange(3).dtype)
  print(np.arange(3.0).dtype, (np.arange(3) > 1).dtype)
  print(np.array([True]).dtype, np.array([1, 2.5]).dtype)
  ---
  (import numpy as np)
  (call print (. (call (. np zeros) 3) dtype) (. (call (. np arange) 3) dtype))
  (call print (. (call (. np arange) 3.0) dtype) (. (> (call (. np arange) 3) 1) dtype))
  (call print (. (call (. np array) [True]) dtype) (. (call (. np array) [1 2.5]) dtype))
  === arange_int_and_float
  import numpy as np
  print(np.arange(5), np.arange(5.0))
  print(np.arange(1, 2, 0.25), np.arange(0, 10, 3))
  print(np.arange(2, 8, 2).dtype, np.arange(0, 1, 0.5).dtype)
  ---
  (import numpy as np)
  (call print (call (. np arange) 5) (call (. np arange) 5.0))
  (call print (call (. np arange) 1 2 0.25) (call (. np arange) 0 10 3))
  (call print (. (call (. np arange) 2 8 2) dtype) (. (call (. np arange) 0 1 0.5) dtype))
  === arange_float_step_endpoint
  import numpy as np
  r = np.arange(1, 1.3, 0.1)
  print(r, len(r))
  print(r.tolist())
  ---
  (import numpy as np)
  (assign [r] (call (. np arange) 1 1.3 0.1))
  (call print r (call len r))
  (call print (call (. r tolist)))
  === mean_of_int_array_is_float
  import numpy as np
  a = np.array([1, 2, 3, 4])
  print(np.mean(a), np.sum(a), a.mean(), a.max())
  print([np.mean(a), np.sum(a)])
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3 4]))
  (call print (call (. np mean) a) (call (. np sum) a) (call (. a mean)) (call (. a max)))
  (call print [(call (. np mean) a) (call (. np sum) a)])
  === numpy_scalar_print_vs_repr
  import numpy as np
  X = np.array([1.5, 2.5])
  print(X[0])
  print([X[0], X[1]])
  print((X[0],), [X.sum()])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.5 2.5]))
  (call print ([] X 0))
  (call print [([] X 0) ([] X 1)])
  (call print (tuple ([] X 0)) [(call (. X sum))])
  === numpy_scalar_with_python_numbers
  import numpy as np
  s = np.sum(np.array([1, 2]))
  print(s + 1, s / 2, s * 1.5)
  print([s + 1, s / 2, s * 1.5])
  ---
  (import numpy as np)
  (assign [s] (call (. np sum) (call (. np array) [1 2])))
  (call print (+ s 1) (/ s 2) (* s 1.5))
  (call print [(+ s 1) (/ s 2) (* s 1.5)])
  === convert_numpy_scalars_to_python
  import numpy as np
  X = np.array([1, 2, 3])
  print([float(X.mean()), int(X.max()), float(X[0])])
  print(X.tolist(), X.astype(float).tolist())
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3]))
  (call print [(call float (call (. X mean))) (call int (call (. X max))) (call float ([] X 0))])
  (call print (call (. X tolist)) (call (. (call (. X astype) float) tolist)))
  === numpy_bool_scalar
  import numpy as np
  X = np.array([1.5, 0.5])
  print(X[0] > 1, X[1] > 1)
  print([X[0] > 1, X[1] > 1])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.5 0.5]))
  (call print (> ([] X 0) 1) (> ([] X 1) 1))
  (call print [(> ([] X 0) 1) (> ([] X 1) 1)])
  === comprehension_over_array_gives_numpy_scalars
  import numpy as np
  X = np.array([1.0, 2.5])
  print([x * 2 for x in X])
  print([float(x) * 2 for x in X])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2.5]))
  (call print (listcomp (* x 2) (for x X)))
  (call print (listcomp (* (call float x) 2) (for x X)))
  === int_array_assignment_truncates
  import numpy as np
  a = np.array([1, 2, 3])
  a[0] = 2.9
  a[1] = -2.9
  print(a, a.dtype)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (assign [([] a 0)] 2.9)
  (assign [([] a 1)] (- 2.9))
  (call print a (. a dtype))
  === zeros_like_keeps_dtype
  import numpy as np
  a = np.array([1, 2, 3])
  print(np.zeros_like(a), np.ones_like(a))
  print(np.zeros_like(np.array([0.5])), np.ones_like(a).dtype)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (call print (call (. np zeros_like) a) (call (. np ones_like) a))
  (call print (call (. np zeros_like) (call (. np array) [0.5])) (. (call (. np ones_like) a) dtype))
  === constructors_are_float
  import numpy as np
  print(np.zeros(2), np.ones(3))
  print(np.linspace(0, 4, 5), np.eye(2)[0])
  print(np.zeros((2, 2)).dtype, np.linspace(0, 4, 5).dtype)
  ---
  (import numpy as np)
  (call print (call (. np zeros) 2) (call (. np ones) 3))
  (call print (call (. np linspace) 0 4 5) ([] (call (. np eye) 2) 0))
  (call print (. (call (. np zeros) (tuple 2 2)) dtype) (. (call (. np linspace) 0 4 5) dtype))
  === mixed_list_to_array
  import numpy as np
  print(np.array([True, 2]), np.array([1, 2.5]))
  print(np.array([True, False]) + 1)
  print(np.array([[1, 2], [3, 4.0]]).dtype)
  ---
  (import numpy as np)
  (call print (call (. np array) [True 2]) (call (. np array) [1 2.5]))
  (call print (+ (call (. np array) [True False]) 1))
  (call print (. (call (. np array) [[1 2] [3 4.0]]) dtype))
  === int_array_powers
  import numpy as np
  a = np.array([1, 2, 3])
  print(a ** 2, (a ** 2).dtype)
  print(2 ** a, a ** 0)
  print(a ** 2.0)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (call print (** a 2) (. (** a 2) dtype))
  (call print (** 2 a) (** a 0))
  (call print (** a 2.0))
  === mean_and_sum_with_axis_on_ints
  import numpy as np
  A = np.array([[1, 2], [3, 5]])
  print(A.mean(axis=0), A.sum(axis=0))
  print(np.mean(A, axis=1), A.max(axis=1))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 5]]))
  (call print (call (. A mean) axis=0) (call (. A sum) axis=0))
  (call print (call (. np mean) A axis=1) (call (. A max) axis=1))
  === round_numpy_scalar_vs_float
  import numpy as np
  prices = np.array([2.675, 0.215, 2.5])
  print(round(prices[0], 2), round(float(prices[0]), 2))
  print(round(prices[1], 2), round(float(prices[1]), 2))
  print(round(prices[2]), [round(prices[2])], [round(prices[0], 2)])
  ---
  (import numpy as np)
  (assign [prices] (call (. np array) [2.675 0.215 2.5]))
  (call print (call round ([] prices 0) 2) (call round (call float ([] prices 0)) 2))
  (call print (call round ([] prices 1) 2) (call round (call float ([] prices 1)) 2))
  (call print (call round ([] prices 2)) [(call round ([] prices 2))] [(call round ([] prices 0) 2)])
  === maximum_promotes
  import numpy as np
  print(np.maximum(np.array([1, 5]), 2.5))
  print(np.maximum(np.array([1, 5]), 2))
  print(np.where(np.array([1, 2, 3]) > 1, 1, 0.5))
  ---
  (import numpy as np)
  (call print (call (. np maximum) (call (. np array) [1 5]) 2.5))
  (call print (call (. np maximum) (call (. np array) [1 5]) 2))
  (call print (call (. np where) (> (call (. np array) [1 2 3]) 1) 1 0.5))
  === python_scalar_times_array
  import numpy as np
  X = np.array([1, 2])
  print(2 * X, 2.0 * X, X / 1)
  print((2 * X).dtype, (2.0 * X).dtype)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2]))
  (call print (* 2 X) (* 2.0 X) (/ X 1))
  (call print (. (* 2 X) dtype) (. (* 2.0 X) dtype))
  === abs_keeps_dtype
  import numpy as np
  print(np.abs(np.array([-2, 3])), np.abs(np.array([-2.5, 0.0])))
  print(abs(np.array([-1, 1])), -np.array([0.0, 1.0]))
  ---
  (import numpy as np)
  (call print (call (. np abs) (call (. np array) [(- 2) 3])) (call (. np abs) (call (. np array) [(- 2.5) 0.0])))
  (call print (call abs (call (. np array) [(- 1) 1])) (- (call (. np array) [0.0 1.0])))
  === scalar_division_by_numpy_ints
  import numpy as np
  a = np.array([7, 2])
  print(a[0] / a[1], a[0] // a[1], a[0] % a[1])
  print([a[0] / a[1], a[0] // a[1]])
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [7 2]))
  (call print (/ ([] a 0) ([] a 1)) (// ([] a 0) ([] a 1)) (% ([] a 0) ([] a 1)))
  (call print [(/ ([] a 0) ([] a 1)) (// ([] a 0) ([] a 1))])
  === broadcast_row_plus_column
  import numpy as np
  row = np.array([1, 2, 3])
  col = np.array([[10], [20]])
  print(row + col)
  print((row + col).shape)
  ---
  (import numpy as np)
  (assign [row] (call (. np array) [1 2 3]))
  (assign [col] (call (. np array) [[10] [20]]))
  (call print (+ row col))
  (call print (. (+ row col) shape))
  === broadcast_scalar_with_array
  import numpy as np
  X = np.array([1.0, 2, 4])
  print(X * 2, X + 1, 10 - X)
  print(1 / X, X ** 2 / 2)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 4]))
  (call print (* X 2) (+ X 1) (- 10 X))
  (call print (/ 1 X) (/ (** X 2) 2))
  === broadcast_column_times_row
  import numpy as np
  a = np.array([[1], [2], [3]])
  b = np.array([[1, 2, 3, 4]])
  print(a * b)
  print(a.shape, b.shape, (a * b).shape)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [[1] [2] [3]]))
  (assign [b] (call (. np array) [[1 2 3 4]]))
  (call print (* a b))
  (call print (. a shape) (. b shape) (. (* a b) shape))
  === broadcast_matrix_plus_row
  import numpy as np
  A = np.array([[1.0, 2], [3, 4], [5, 6]])
  b = np.array([0.5, -1])
  print(A + b)
  print(A * b)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1.0 2] [3 4] [5 6]]))
  (assign [b] (call (. np array) [0.5 (- 1)]))
  (call print (+ A b))
  (call print (* A b))
  === broadcast_center_columns
  import numpy as np
  A = np.array([[1.0, 10], [2, 20], [6, 30]])
  mu = A.mean(axis=0)
  print(mu)
  print(A - mu)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1.0 10] [2 20] [6 30]]))
  (assign [mu] (call (. A mean) axis=0))
  (call print mu)
  (call print (- A mu))
  === broadcast_standardize_features
  import numpy as np
  X = np.array([[1.0, 200], [2, 300], [3, 400]])
  mu = np.mean(X, axis=0)
  sigma = np.std(X, axis=0)
  print(sigma)
  print((X - mu) / sigma)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[1.0 200] [2 300] [3 400]]))
  (assign [mu] (call (. np mean) X axis=0))
  (assign [sigma] (call (. np std) X axis=0))
  (call print sigma)
  (call print (/ (- X mu) sigma))
  === broadcast_reshape_outer
  import numpy as np
  X = np.arange(4)
  print(X.reshape(4, 1) * X)
  ---
  (import numpy as np)
  (assign [X] (call (. np arange) 4))
  (call print (* (call (. X reshape) 4 1) X))
  === broadcast_result_shape
  import numpy as np
  print((np.zeros((3, 1)) + np.zeros(4)).shape)
  print((np.ones((1, 3)) + np.ones(3)).shape)
  print((np.ones((2, 1)) * np.ones((1, 2))).shape)
  ---
  (import numpy as np)
  (call print (. (+ (call (. np zeros) (tuple 3 1)) (call (. np zeros) 4)) shape))
  (call print (. (+ (call (. np ones) (tuple 1 3)) (call (. np ones) 3)) shape))
  (call print (. (* (call (. np ones) (tuple 2 1)) (call (. np ones) (tuple 1 2))) shape))
  === broadcast_bias_add
  import numpy as np
  X = np.array([[1, 2], [3, 4], [5, 6]])
  W = np.array([[1, 0, -1], [0, 1, 2]])
  b = np.array([10, 20, 30])
  Z = X @ W + b
  print(Z)
  print(Z.shape)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[1 2] [3 4] [5 6]]))
  (assign [W] (call (. np array) [[1 0 (- 1)] [0 1 2]]))
  (assign [b] (call (. np array) [10 20 30]))
  (assign [Z] (+ (@ X W) b))
  (call print Z)
  (call print (. Z shape))
  === broadcast_length_one_array
  import numpy as np
  print(np.array([5]) + np.array([1, 2, 3]))
  print(np.array([[2]]) * np.array([1, 2]))
  ---
  (import numpy as np)
  (call print (+ (call (. np array) [5]) (call (. np array) [1 2 3])))
  (call print (* (call (. np array) [[2]]) (call (. np array) [1 2])))
  === broadcast_many_slopes
  import numpy as np
  ms = np.array([[0.0], [1.0], [2.0]])
  X = np.array([1.0, 2, 3])
  print(ms * X)
  print(ms * X + 0.5)
  ---
  (import numpy as np)
  (assign [ms] (call (. np array) [[0.0] [1.0] [2.0]]))
  (assign [X] (call (. np array) [1.0 2 3]))
  (call print (* ms X))
  (call print (+ (* ms X) 0.5))
  === broadcast_residuals
  import numpy as np
  X = np.array([1, 2, 3, 4, 5])
  Y = np.array([150, 300, 450, 600, 750])
  m, c = 140.0, 5.0
  print(Y - (m * X + c))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3 4 5]))
  (assign [Y] (call (. np array) [150 300 450 600 750]))
  (assign [(tuple m c)] (tuple 140.0 5.0))
  (call print (- Y (+ (* m X) c)))
  === broadcast_comparison_grid
  import numpy as np
  a = np.array([[1], [2]])
  b = np.array([1, 2, 3])
  print(a > b)
  print(a == b)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [[1] [2]]))
  (assign [b] (call (. np array) [1 2 3]))
  (call print (> a b))
  (call print (== a b))
  === broadcast_relu_2d
  import numpy as np
  Z = np.array([[-1.0, 2], [0.5, -3]])
  print(np.maximum(0, Z))
  print(np.minimum(Z, 1))
  ---
  (import numpy as np)
  (assign [Z] (call (. np array) [[(- 1.0) 2] [0.5 (- 3)]]))
  (call print (call (. np maximum) 0 Z))
  (call print (call (. np minimum) Z 1))
  === broadcast_row_vector_with_1d
  import numpy as np
  r = np.array([[1, 2, 3]])
  v = np.array([10, 20, 30])
  print(r + v, (r + v).shape)
  ---
  (import numpy as np)
  (assign [r] (call (. np array) [[1 2 3]]))
  (assign [v] (call (. np array) [10 20 30]))
  (call print (+ r v) (. (+ r v) shape))
  === broadcast_zero_dim_array
  import numpy as np
  s = np.array(2.0)
  print(s * np.array([1, 2]), (s * np.array([1, 2])).shape)
  print(s + 1, s.shape)
  ---
  (import numpy as np)
  (assign [s] (call (. np array) 2.0))
  (call print (* s (call (. np array) [1 2])) (. (* s (call (. np array) [1 2])) shape))
  (call print (+ s 1) (. s shape))
  === broadcast_row_normalize
  import numpy as np
  A = np.array([[1.0, 2, 1], [3, 3, 2]])
  totals = A.sum(axis=1).reshape(2, 1)
  print(totals)
  print(A / totals)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1.0 2 1] [3 3 2]]))
  (assign [totals] (call (. (call (. A sum) axis=1) reshape) 2 1))
  (call print totals)
  (call print (/ A totals))
  === broadcast_grid_from_arange
  import numpy as np
  grid = np.arange(3).reshape(3, 1) * 10 + np.arange(4)
  print(grid)
  ---
  (import numpy as np)
  (assign [grid] (+ (* (call (. (call (. np arange) 3) reshape) 3 1) 10) (call (. np arange) 4)))
  (call print grid)
  === broadcast_in_place_add
  import numpy as np
  A = np.zeros((2, 3))
  A += np.array([1.0, 2, 3])
  A *= np.array([[1.0], [-1]])
  print(A)
  ---
  (import numpy as np)
  (assign [A] (call (. np zeros) (tuple 2 3)))
  (+= A (call (. np array) [1.0 2 3]))
  (*= A (call (. np array) [[1.0] [(- 1)]]))
  (call print A)
  === broadcast_loss_for_many_slopes
  import numpy as np
  X = np.array([1.0, 2, 3, 4, 5])
  Y = 150 * X
  m_vals = np.linspace(0, 300, 4).reshape(4, 1)
  losses = ((Y - m_vals * X) ** 2).mean(axis=1)
  print(m_vals.reshape(4))
  print(losses)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5]))
  (assign [Y] (* 150 X))
  (assign [m_vals] (call (. (call (. np linspace) 0 300 4) reshape) 4 1))
  (assign [losses] (call (. (** (- Y (* m_vals X)) 2) mean) axis=1))
  (call print (call (. m_vals reshape) 4))
  (call print losses)
  === broadcast_pairwise_distances
  import numpy as np
  a = np.array([1.0, 4, 6])
  print(np.abs(a.reshape(3, 1) - a))
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1.0 4 6]))
  (call print (call (. np abs) (- (call (. a reshape) 3 1) a)))
  === broadcast_outer_equals_np_outer
  import numpy as np
  a = np.array([1, 2, 3])
  b = np.array([10, 20])
  print(np.outer(a, b) == a.reshape(3, 1) * b)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (assign [b] (call (. np array) [10 20]))
  (call print (== (call (. np outer) a b) (* (call (. a reshape) 3 1) b)))
  === broadcast_scalar_minus_matrix
  import numpy as np
  H = np.array([[0.5, -0.5], [0.25, 1.0]])
  print(1 - H ** 2)
  print(2 * H - 1)
  ---
  (import numpy as np)
  (assign [H] (call (. np array) [[0.5 (- 0.5)] [0.25 1.0]]))
  (call print (- 1 (** H 2)))
  (call print (- (* 2 H) 1))
  === slice_1d_basic
  import numpy as np
  X = np.array([10, 20, 30, 40, 50])
  print(X[1:3], X[:2], X[3:])
  print(X[-2:], X[::2], X[::-1])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [10 20 30 40 50]))
  (call print ([] X (: 1 3 _)) ([] X (: _ 2 _)) ([] X (: 3 _ _)))
  (call print ([] X (: (- 2) _ _)) ([] X (: _ _ 2)) ([] X (: _ _ (- 1))))
  === slice_negative_indices
  import numpy as np
  X = np.array([10, 20, 30, 40, 50])
  print(X[-1], X[-3], X[1:-1])
  print(X[-4:-2], X[:-3])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [10 20 30 40 50]))
  (call print ([] X (- 1)) ([] X (- 3)) ([] X (: 1 (- 1) _)))
  (call print ([] X (: (- 4) (- 2) _)) ([] X (: _ (- 3) _)))
  === slice_steps
  import numpy as np
  X = np.arange(10)
  print(X[1::2], X[4:0:-2])
  print(X[-1:-4:-1], X[::3], X[8:2:-3])
  ---
  (import numpy as np)
  (assign [X] (call (. np arange) 10))
  (call print ([] X (: 1 _ 2)) ([] X (: 4 0 (- 2))))
  (call print ([] X (: (- 1) (- 4) (- 1))) ([] X (: _ _ 3)) ([] X (: 8 2 (- 3))))
  === slice_out_of_range
  import numpy as np
  X = np.array([10, 20, 30, 40, 50])
  print(X[3:10], X[5:], X[3:1])
  print(X[3:1].shape, X[-10:2])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [10 20 30 40 50]))
  (call print ([] X (: 3 10 _)) ([] X (: 5 _ _)) ([] X (: 3 1 _)))
  (call print (. ([] X (: 3 1 _)) shape) ([] X (: (- 10) 2 _)))
  === index_2d_elements
  import numpy as np
  A = np.arange(12).reshape(3, 4)
  print(A)
  print(A[1, 2], A[2][3], A[-1, -1], A[0, -2])
  ---
  (import numpy as np)
  (assign [A] (call (. (call (. np arange) 12) reshape) 3 4))
  (call print A)
  (call print ([] A (tuple 1 2)) ([] ([] A 2) 3) ([] A (tuple (- 1) (- 1))) ([] A (tuple 0 (- 2))))
  === index_2d_rows_and_columns
  import numpy as np
  A = np.arange(12).reshape(3, 4)
  print(A[0], A[:, 0])
  print(A[:, -1], A[1, :])
  ---
  (import numpy as np)
  (assign [A] (call (. (call (. np arange) 12) reshape) 3 4))
  (call print ([] A 0) ([] A (tuple (: _ _ _) 0)))
  (call print ([] A (tuple (: _ _ _) (- 1))) ([] A (tuple 1 (: _ _ _))))
  === slice_2d_blocks
  import numpy as np
  A = np.arange(12).reshape(3, 4)
  print(A[1:, ::2])
  print(A[:2, 1:3])
  print(A[::2, ::3])
  ---
  (import numpy as np)
  (assign [A] (call (. (call (. np arange) 12) reshape) 3 4))
  (call print ([] A (tuple (: 1 _ _) (: _ _ 2))))
  (call print ([] A (tuple (: _ 2 _) (: 1 3 _))))
  (call print ([] A (tuple (: _ _ 2) (: _ _ 3))))
  === row_view_mutates_original
  import numpy as np
  A = np.array([[1, 2], [3, 4]])
  B = A[0]
  B[0] = 99
  print(A)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (assign [B] ([] A 0))
  (assign [([] B 0)] 99)
  (call print A)
  === copy_is_independent
  import numpy as np
  A = np.array([[1, 2], [3, 4]])
  B = A[0].copy()
  B[0] = 99
  print(A[0], B)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (assign [B] (call (. ([] A 0) copy)))
  (assign [([] B 0)] 99)
  (call print ([] A 0) B)
  === assign_row_and_column
  import numpy as np
  A = np.ones((3, 3))
  A[0] = 5
  A[:, 1] = 0
  print(A)
  ---
  (import numpy as np)
  (assign [A] (call (. np ones) (tuple 3 3)))
  (assign [([] A 0)] 5)
  (assign [([] A (tuple (: _ _ _) 1))] 0)
  (call print A)
  === assign_slice_from_array
  import numpy as np
  X = np.arange(6)
  X[1:4] = np.array([7, 8, 9])
  print(X)
  X[::2] = -1
  print(X)
  ---
  (import numpy as np)
  (assign [X] (call (. np arange) 6))
  (assign [([] X (: 1 4 _))] (call (. np array) [7 8 9]))
  (call print X)
  (assign [([] X (: _ _ 2))] (- 1))
  (call print X)
  === alias_without_copy
  import numpy as np
  A = np.zeros((2, 2))
  B = A
  B[0, 0] = 7
  print(A[0, 0], A)
  ---
  (import numpy as np)
  (assign [A] (call (. np zeros) (tuple 2 2)))
  (assign [B] A)
  (assign [([] B (tuple 0 0))] 7)
  (call print ([] A (tuple 0 0)) A)
  === list_slicing
  xs = [1, 2, 3, 4, 5]
  print(xs[1:3], xs[::-1], xs[-2:])
  print(xs[::2], xs[10:], xs[:-1])
  ---
  (assign [xs] [1 2 3 4 5])
  (call print ([] xs (: 1 3 _)) ([] xs (: _ _ (- 1))) ([] xs (: (- 2) _ _)))
  (call print ([] xs (: _ _ 2)) ([] xs (: 10 _ _)) ([] xs (: _ (- 1) _)))
  === list_slice_is_a_copy
  xs = [1, 2, 3]
  ys = xs[:]
  ys[0] = 100
  zs = xs
  zs[1] = 200
  print(xs, ys)
  ---
  (assign [xs] [1 2 3])
  (assign [ys] ([] xs (: _ _ _)))
  (assign [([] ys 0)] 100)
  (assign [zs] xs)
  (assign [([] zs 1)] 200)
  (call print xs ys)
  === reshape_is_a_view
  import numpy as np
  X = np.arange(6)
  R = X.reshape(2, 3)
  R[0, 0] = 100
  print(X)
  ---
  (import numpy as np)
  (assign [X] (call (. np arange) 6))
  (assign [R] (call (. X reshape) 2 3))
  (assign [([] R (tuple 0 0))] 100)
  (call print X)
  === flatten_is_a_copy
  import numpy as np
  A = np.array([[1, 2], [3, 4]])
  F = A.flatten()
  F[0] = -1
  print(A)
  print(F)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (assign [F] (call (. A flatten)))
  (assign [([] F 0)] (- 1))
  (call print A)
  (call print F)
  === transpose_is_a_view
  import numpy as np
  A = np.array([[1, 2, 3], [4, 5, 6]])
  A.T[0, 1] = 50
  print(A)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2 3] [4 5 6]]))
  (assign [([] (. A T) (tuple 0 1))] 50)
  (call print A)
  === slice_shapes
  import numpy as np
  A = np.arange(12).reshape(3, 4)
  print(A[0].shape, A[0:1].shape)
  print(A[:, 0].shape, A[:, 0:1].shape)
  print(A[2:2].shape, A[1, 1:].shape)
  ---
  (import numpy as np)
  (assign [A] (call (. (call (. np arange) 12) reshape) 3 4))
  (call print (. ([] A 0) shape) (. ([] A (: 0 1 _)) shape))
  (call print (. ([] A (tuple (: _ _ _) 0)) shape) (. ([] A (tuple (: _ _ _) (: 0 1 _))) shape))
  (call print (. ([] A (: 2 2 _)) shape) (. ([] A (tuple 1 (: 1 _ _))) shape))
  === slice_of_slice
  import numpy as np
  A = np.arange(12).reshape(3, 4)
  print(A[1:][0], A[1:][0][1:3])
  print(A[:, 1:][1])
  ---
  (import numpy as np)
  (assign [A] (call (. (call (. np arange) 12) reshape) 3 4))
  (call print ([] ([] A (: 1 _ _)) 0) ([] ([] ([] A (: 1 _ _)) 0) (: 1 3 _)))
  (call print ([] ([] A (tuple (: _ _ _) (: 1 _ _))) 1))
  === mini_batches
  import numpy as np
  X = np.arange(10)
  for start in range(0, 10, 4):
      print(X[start:start + 4])
  ---
  (import numpy as np)
  (assign [X] (call (. np arange) 10))
  (for start (call range 0 10 4) [(call print ([] X (: start (+ start 4) _)))])
  === differences_of_neighbours
  import numpy as np
  losses = np.array([10.0, 6.0, 4.5, 4.0])
  print(losses[1:] - losses[:-1])
  print(losses[:-1] / 2)
  ---
  (import numpy as np)
  (assign [losses] (call (. np array) [10.0 6.0 4.5 4.0]))
  (call print (- ([] losses (: 1 _ _)) ([] losses (: _ (- 1) _))))
  (call print (/ ([] losses (: _ (- 1) _)) 2))
  === negative_2d_slices
  import numpy as np
  A = np.arange(16).reshape(4, 4)
  print(A[-2:, -2:])
  print(A[::-1, 0], A[-1, ::-2])
  ---
  (import numpy as np)
  (assign [A] (call (. (call (. np arange) 16) reshape) 4 4))
  (call print ([] A (tuple (: (- 2) _ _) (: (- 2) _ _))))
  (call print ([] A (tuple (: _ _ (- 1)) 0)) ([] A (tuple (- 1) (: _ _ (- 2)))))
  === scalar_from_index_in_list
  import numpy as np
  X = np.array([10, 20, 30])
  print(X[0], [X[0]], X[0:1])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [10 20 30]))
  (call print ([] X 0) [([] X 0)] ([] X (: 0 1 _)))
  === assign_block_with_broadcast
  import numpy as np
  A = np.array([[0, 0, 0], [0, 0, 0], [0, 0, 0]])
  A[1:, :2] = np.array([1, 2])
  print(A)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[0 0 0] [0 0 0] [0 0 0]]))
  (assign [([] A (tuple (: 1 _ _) (: _ 2 _)))] (call (. np array) [1 2]))
  (call print A)
  === augmented_assignment_on_slices
  import numpy as np
  X = np.array([1, 2, 3, 4])
  X[1:3] += 10
  print(X)
  A = np.array([[1, 2], [3, 4]])
  A[:, 0] *= 2
  print(A)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3 4]))
  (+= ([] X (: 1 3 _)) 10)
  (call print X)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (*= ([] A (tuple (: _ _ _) 0)) 2)
  (call print A)
  === slice_view_arithmetic_updates
  import numpy as np
  W = np.array([1.0, 2, 3, 4])
  first_half = W[:2]
  first_half -= 0.5
  print(W)
  ---
  (import numpy as np)
  (assign [W] (call (. np array) [1.0 2 3 4]))
  (assign [first_half] ([] W (: _ 2 _)))
  (-= first_half 0.5)
  (call print W)
  === mask_comparisons
  import numpy as np
  X = np.array([1, 5, 2, 8, 3])
  print(X > 2, X == 2)
  print(X != 2, X <= 3)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 5 2 8 3]))
  (call print (> X 2) (== X 2))
  (call print (!= X 2) (<= X 3))
  === mask_boolean_indexing
  import numpy as np
  X = np.array([1, 5, 2, 8, 3])
  print(X[X > 2])
  print(X[X > 100], X[X > 100].shape)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 5 2 8 3]))
  (call print ([] X (> X 2)))
  (call print ([] X (> X 100)) (. ([] X (> X 100)) shape))
  === mask_assign_scalar
  import numpy as np
  X = np.array([1, 5, 2, 8, 3])
  X[X > 4] = 0
  print(X)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 5 2 8 3]))
  (assign [([] X (> X 4))] 0)
  (call print X)
  === mask_where_three_args
  import numpy as np
  X = np.array([1, 5, 2, 8, 3])
  print(np.where(X > 2, X, 0))
  print(np.where(X > 2, 1.0, -1.0))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 5 2 8 3]))
  (call print (call (. np where) (> X 2) X 0))
  (call print (call (. np where) (> X 2) 1.0 (- 1.0)))
  === mask_count_true
  import numpy as np
  X = np.array([1, 5, 2, 8, 3])
  mask = X > 2
  print(mask.sum(), np.sum(mask), sum(mask))
  print(np.mean(mask))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 5 2 8 3]))
  (assign [mask] (> X 2))
  (call print (call (. mask sum)) (call (. np sum) mask) (call sum mask))
  (call print (call (. np mean) mask))
  === mask_on_2d_array
  import numpy as np
  A = np.arange(6).reshape(2, 3)
  print(A % 2 == 0)
  print(A[A % 2 == 0])
  A[A > 3] = -1
  print(A)
  ---
  (import numpy as np)
  (assign [A] (call (. (call (. np arange) 6) reshape) 2 3))
  (call print (== (% A 2) 0))
  (call print ([] A (== (% A 2) 0)))
  (assign [([] A (> A 3))] (- 1))
  (call print A)
  === mask_accuracy
  import numpy as np
  probs = np.array([0.2, 0.7, 0.9, 0.4])
  labels = np.array([0, 1, 0, 0])
  pred_class = np.where(probs > 0.5, 1, 0)
  print(pred_class, pred_class == labels)
  print(np.mean(pred_class == labels))
  ---
  (import numpy as np)
  (assign [probs] (call (. np array) [0.2 0.7 0.9 0.4]))
  (assign [labels] (call (. np array) [0 1 0 0]))
  (assign [pred_class] (call (. np where) (> probs 0.5) 1 0))
  (call print pred_class (== pred_class labels))
  (call print (call (. np mean) (== pred_class labels)))
  === mask_astype_int
  import numpy as np
  probs = np.array([0.2, 0.7, 0.5])
  print((probs > 0.5).astype(int), (probs >= 0.5).astype(float))
  ---
  (import numpy as np)
  (assign [probs] (call (. np array) [0.2 0.7 0.5]))
  (call print (call (. (> probs 0.5) astype) int) (call (. (>= probs 0.5) astype) float))
  === mask_relu_gradient
  import numpy as np
  Z = np.array([-1.5, 0.0, 2.0])
  dZ = np.where(Z > 0, 1.0, 0.0)
  print(dZ)
  print(np.where(Z > 0, Z, 0.01 * Z))
  ---
  (import numpy as np)
  (assign [Z] (call (. np array) [(- 1.5) 0.0 2.0]))
  (assign [dZ] (call (. np where) (> Z 0) 1.0 0.0))
  (call print dZ)
  (call print (call (. np where) (> Z 0) Z (* 0.01 Z)))
  === mask_product_stays_bool
  import numpy as np
  X = np.array([0, 2, 4, 6, 8])
  both = (X > 1) * (X < 5)
  print(both, both.dtype)
  print(X[both])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [0 2 4 6 8]))
  (assign [both] (* (> X 1) (< X 5)))
  (call print both (. both dtype))
  (call print ([] X both))
  === mask_sum_of_bools_is_or
  import numpy as np
  X = np.array([0, 2, 4, 6, 8])
  either = (X < 2) + (X > 6)
  print(either, either.dtype)
  print(either.sum())
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [0 2 4 6 8]))
  (assign [either] (+ (< X 2) (> X 6)))
  (call print either (. either dtype))
  (call print (call (. either sum)))
  === mask_times_numbers
  import numpy as np
  X = np.array([1, 5, 2, 8])
  print(X * (X > 2))
  print(0.5 * (X > 2), (X > 2) + 1)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 5 2 8]))
  (call print (* X (> X 2)))
  (call print (* 0.5 (> X 2)) (+ (> X 2) 1))
  === mask_clip
  import numpy as np
  X = np.array([1, 5, 2, 8, 3])
  print(np.clip(X, 2, 5))
  print(np.clip(np.array([-1.5, 0.25, 3.0]), 0, 1))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 5 2 8 3]))
  (call print (call (. np clip) X 2 5))
  (call print (call (. np clip) (call (. np array) [(- 1.5) 0.25 3.0]) 0 1))
  === mask_selected_mean
  import numpy as np
  X = np.array([1.0, 2, 3, 4])
  Y = np.array([10.0, 20, 25, 40])
  print(Y[X > 2], Y[X > 2].mean())
  print(Y[Y < 0].size)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4]))
  (assign [Y] (call (. np array) [10.0 20 25 40]))
  (call print ([] Y (> X 2)) (call (. ([] Y (> X 2)) mean)))
  (call print (. ([] Y (< Y 0)) size))
  === mask_select_rows
  import numpy as np
  A = np.array([[1, 10], [3, 30], [5, 50]])
  print(A[A[:, 0] > 2])
  print(A[:, 1][A[:, 0] < 4])
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 10] [3 30] [5 50]]))
  (call print ([] A (> ([] A (tuple (: _ _ _) 0)) 2)))
  (call print ([] ([] A (tuple (: _ _ _) 1)) (< ([] A (tuple (: _ _ _) 0)) 4)))
  === mask_float_equality
  import numpy as np
  V = np.array([0.1 + 0.2, 0.3, 0.5])
  print(V == 0.3, V > 0.3)
  print(V.tolist())
  ---
  (import numpy as np)
  (assign [V] (call (. np array) [(+ 0.1 0.2) 0.3 0.5]))
  (call print (== V 0.3) (> V 0.3))
  (call print (call (. V tolist)))
  === mask_large_errors
  import numpy as np
  Y = np.array([3.0, 5, 7, 9])
  Y_pred = np.array([2.0, 5.5, 9, 9])
  errors = Y - Y_pred
  print(np.abs(errors) > 1, np.sum(np.abs(errors) > 0.25))
  ---
  (import numpy as np)
  (assign [Y] (call (. np array) [3.0 5 7 9]))
  (assign [Y_pred] (call (. np array) [2.0 5.5 9 9]))
  (assign [errors] (- Y Y_pred))
  (call print (> (call (. np abs) errors) 1) (call (. np sum) (> (call (. np abs) errors) 0.25)))
  === mask_assign_from_array
  import numpy as np
  Y = np.array([1.0, 2, 3, 4])
  Y_pred = np.array([1.5, 2, 2.5, 5])
  mask = Y_pred > Y
  Y_pred[mask] = Y[mask]
  print(Y_pred)
  ---
  (import numpy as np)
  (assign [Y] (call (. np array) [1.0 2 3 4]))
  (assign [Y_pred] (call (. np array) [1.5 2 2.5 5]))
  (assign [mask] (> Y_pred Y))
  (assign [([] Y_pred mask)] ([] Y mask))
  (call print Y_pred)
  === mask_where_picks_larger
  import numpy as np
  A = np.array([1, 7, 3])
  B = np.array([4, 2, 3])
  print(np.where(A > B, A, B), np.maximum(A, B))
  print(np.where(A < B, A, B), np.minimum(A, B))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [1 7 3]))
  (assign [B] (call (. np array) [4 2 3]))
  (call print (call (. np where) (> A B) A B) (call (. np maximum) A B))
  (call print (call (. np where) (< A B) A B) (call (. np minimum) A B))
  === mask_all_true_by_counting
  import numpy as np
  Y = np.array([0, 1, 1, 0])
  pred = np.array([0, 1, 1, 0])
  print(np.sum(pred == Y) == len(Y))
  print(np.sum(pred != Y))
  ---
  (import numpy as np)
  (assign [Y] (call (. np array) [0 1 1 0]))
  (assign [pred] (call (. np array) [0 1 1 0]))
  (call print (== (call (. np sum) (== pred Y)) (call len Y)))
  (call print (call (. np sum) (!= pred Y)))
  === mask_2d_print
  import numpy as np
  A = np.array([[1, 4], [3, 2]])
  print(A > 2)
  print(A[A > 2])
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 4] [3 2]]))
  (call print (> A 2))
  (call print ([] A (> A 2)))
  === mask_empty_selection
  import numpy as np
  X = np.array([1.0, 2, 3])
  picked = X[X > 5]
  print(picked, picked.shape, picked.sum(), len(picked))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3]))
  (assign [picked] ([] X (> X 5)))
  (call print picked (. picked shape) (call (. picked sum)) (call len picked))
  === mask_equal_to_itself
  import numpy as np
  X = np.array([1, 2, 3])
  print(X == X, X == np.array([1, 0, 3]))
  print(X[X == 2], X[X != 2])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3]))
  (call print (== X X) (== X (call (. np array) [1 0 3])))
  (call print ([] X (== X 2)) ([] X (!= X 2)))
  === mask_where_with_column
  import numpy as np
  Z = np.array([[-1, 2], [3, -4]])
  print(np.where(Z > 0, Z, 0))
  print(np.where(Z > 0, 1, -1).sum(axis=0))
  ---
  (import numpy as np)
  (assign [Z] (call (. np array) [[(- 1) 2] [3 (- 4)]]))
  (call print (call (. np where) (> Z 0) Z 0))
  (call print (call (. (call (. np where) (> Z 0) 1 (- 1)) sum) axis=0))
  === sum_and_mean_1d
  import numpy as np
  X = np.array([1.0, 2, 3, 4])
  print(np.sum(X), np.mean(X), X.sum(), X.mean())
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4]))
  (call print (call (. np sum) X) (call (. np mean) X) (call (. X sum)) (call (. X mean)))
  === max_min_argmax_argmin_ties
  import numpy as np
  v = np.array([3, 7, 1, 7, 1])
  print(v.max(), v.min(), np.max(v), np.min(v))
  print(np.argmax(v), np.argmin(v))
  ---
  (import numpy as np)
  (assign [v] (call (. np array) [3 7 1 7 1]))
  (call print (call (. v max)) (call (. v min)) (call (. np max) v) (call (. np min) v))
  (call print (call (. np argmax) v) (call (. np argmin) v))
  === std_and_var
  import numpy as np
  X = np.array([1.0, 2, 3, 4])
  print(np.std(X), np.var(X))
  print(np.std(np.array([2, 4, 4, 4, 5, 5, 7])), np.var(np.array([1, 1, 1])))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4]))
  (call print (call (. np std) X) (call (. np var) X))
  (call print (call (. np std) (call (. np array) [2 4 4 4 5 5 7])) (call (. np var) (call (. np array) [1 1 1])))
  === axis_reductions_2d
  import numpy as np
  A = np.array([[1, 2, 3], [4, 5, 6]])
  print(A.sum(axis=0), A.sum(axis=1))
  print(A.mean(axis=0), A.mean(axis=1))
  print(A.max(axis=1), A.min(axis=0))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2 3] [4 5 6]]))
  (call print (call (. A sum) axis=0) (call (. A sum) axis=1))
  (call print (call (. A mean) axis=0) (call (. A mean) axis=1))
  (call print (call (. A max) axis=1) (call (. A min) axis=0))
  === np_functions_with_axis
  import numpy as np
  A = np.array([[1.0, 5], [3, 2], [8, 4]])
  print(np.sum(A, axis=0), np.mean(A, axis=1))
  print(np.max(A, axis=0), np.min(A, axis=1))
  print(np.std(A, axis=0), np.var(A, axis=1))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1.0 5] [3 2] [8 4]]))
  (call print (call (. np sum) A axis=0) (call (. np mean) A axis=1))
  (call print (call (. np max) A axis=0) (call (. np min) A axis=1))
  (call print (call (. np std) A axis=0) (call (. np var) A axis=1))
  === argmax_argmin_2d
  import numpy as np
  A = np.array([[1, 9, 3], [8, 2, 8]])
  print(np.argmax(A), np.argmin(A))
  print(np.argmax(A, axis=0), np.argmax(A, axis=1), np.argmin(A, axis=1))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 9 3] [8 2 8]]))
  (call print (call (. np argmax) A) (call (. np argmin) A))
  (call print (call (. np argmax) A axis=0) (call (. np argmax) A axis=1) (call (. np argmin) A axis=1))
  === python_sum_over_2d_array
  import numpy as np
  A = np.array([[1, 2], [3, 4], [5, 6]])
  print(sum(A))
  print(sum(A.T), np.sum(A))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4] [5 6]]))
  (call print (call sum A))
  (call print (call sum (. A T)) (call (. np sum) A))
  === python_builtins_over_1d_array
  import numpy as np
  X = np.array([3.0, 1.5, 2.0])
  print(sum(X), min(X), max(X), len(X))
  print([sum(X), max(X)])
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [3.0 1.5 2.0]))
  (call print (call sum X) (call min X) (call max X) (call len X))
  (call print [(call sum X) (call max X)])
  === python_builtins_over_lists
  print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([]))
  print(min([3, 1, 2]), max([1.5, 2]), max([-1, -5]))
  ---
  (call print (call sum [1 2 3]) (call sum [0.5 0.25]) (call sum []))
  (call print (call min [3 1 2]) (call max [1.5 2]) (call max [(- 1) (- 5)]))
  === python_sum_of_tenths
  print(sum([0.1] * 10))
  print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
  ---
  (call print (call sum (* [0.1] 10)))
  (call print (call sum [0.1 0.2 0.3]) (call sum [0.3 0.2 0.1]))
  === np_sum_short_is_left_to_right
  import numpy as np
  v = np.array([0.1, 0.2, 0.3])
  print(np.sum(v), v.sum(), sum(v))
  print(np.sum(np.array([0.3, 0.2, 0.1])))
  print(np.mean(v), v.mean())
  ---
  (import numpy as np)
  (assign [v] (call (. np array) [0.1 0.2 0.3]))
  (call print (call (. np sum) v) (call (. v sum)) (call sum v))
  (call print (call (. np sum) (call (. np array) [0.3 0.2 0.1])))
  (call print (call (. np mean) v) (call (. v mean)))
  === np_sum_tiny_terms_order
  import numpy as np
  v = np.array([1.0, 1e-16, 1e-16])
  w = np.array([1e-16, 1e-16, 1.0])
  print(np.sum(v), np.sum(w))
  print(sum(v), sum(w), np.mean(w))
  ---
  (import numpy as np)
  (assign [v] (call (. np array) [1.0 1e-16 1e-16]))
  (assign [w] (call (. np array) [1e-16 1e-16 1.0]))
  (call print (call (. np sum) v) (call (. np sum) w))
  (call print (call sum v) (call sum w) (call (. np mean) w))
  === from_import_array_mean
  from numpy import array, mean
  X = array([2, 4, 9])
  print(mean(X), mean(X * 0.5))
  print(mean(array([[1.0, 2.0], [3.0, 5.0]]), axis=0))
  ---
  (from numpy import array, mean)
  (assign [X] (call array [2 4 9]))
  (call print (call mean X) (call mean (* X 0.5)))
  (call print (call mean (call array [[1.0 2.0] [3.0 5.0]]) axis=0))
  === axis_sums_order
  import numpy as np
  A = np.array([[0.1, 0.2, 0.3], [0.3, 0.2, 0.1]])
  print(A.sum(axis=1).tolist())
  print(A.T.sum(axis=0).tolist())
  print(np.sum(A, axis=0).tolist())
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[0.1 0.2 0.3] [0.3 0.2 0.1]]))
  (call print (call (. (call (. A sum) axis=1) tolist)))
  (call print (call (. (call (. (. A T) sum) axis=0) tolist)))
  (call print (call (. (call (. np sum) A axis=0) tolist)))
  === var_axis_0
  import numpy as np
  A = np.array([[1.0, 2], [3, 6], [5, 7]])
  print(np.var(A, axis=0), np.std(A, axis=0))
  print(A.mean(axis=0), A.max(axis=0))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1.0 2] [3 6] [5 7]]))
  (call print (call (. np var) A axis=0) (call (. np std) A axis=0))
  (call print (call (. A mean) axis=0) (call (. A max) axis=0))
  === std_of_ints_is_float
  import numpy as np
  a = np.array([1, 3, 5, 7])
  print(np.std(a), np.var(a), np.mean(a))
  print([np.std(a)])
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 3 5 7]))
  (call print (call (. np std) a) (call (. np var) a) (call (. np mean) a))
  (call print [(call (. np std) a)])
  === reductions_of_bool_mask
  import numpy as np
  mask = np.array([[True, False], [True, True]])
  print(mask.sum(), mask.sum(axis=0), np.mean(mask))
  print(np.mean(mask, axis=1))
  ---
  (import numpy as np)
  (assign [mask] (call (. np array) [[True False] [True True]]))
  (call print (call (. mask sum)) (call (. mask sum) axis=0) (call (. np mean) mask))
  (call print (call (. np mean) mask axis=1))
  === reductions_single_element
  import numpy as np
  X = np.array([4.5])
  print(np.sum(X), np.mean(X), np.std(X), np.argmax(X))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [4.5]))
  (call print (call (. np sum) X) (call (. np mean) X) (call (. np std) X) (call (. np argmax) X))
  === max_min_with_negatives
  import numpy as np
  X = np.array([-3.5, -0.25, -10.0])
  print(X.max(), X.min(), np.max(np.abs(X)))
  print(np.argmax(X), np.argmin(np.abs(X)))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [(- 3.5) (- 0.25) (- 10.0)]))
  (call print (call (. X max)) (call (. X min)) (call (. np max) (call (. np abs) X)))
  (call print (call (. np argmax) X) (call (. np argmin) (call (. np abs) X)))
  === mse_loss
  import numpy as np
  Y = np.array([3.0, 5, 7])
  Y_pred = np.array([2.5, 5, 8])
  loss = np.mean((Y - Y_pred) ** 2)
  print(loss)
  print(np.mean(np.abs(Y - Y_pred)))
  ---
  (import numpy as np)
  (assign [Y] (call (. np array) [3.0 5 7]))
  (assign [Y_pred] (call (. np array) [2.5 5 8]))
  (assign [loss] (call (. np mean) (** (- Y Y_pred) 2)))
  (call print loss)
  (call print (call (. np mean) (call (. np abs) (- Y Y_pred))))
  === running_total_loop
  import numpy as np
  X = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
  total = 0.0
  for x in X:
      total += x
  print(total, sum(X))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1.0]))
  (assign [total] 0.0)
  (for x X [(+= total x)])
  (call print total (call sum X))
  === python_sum_long_array
  import numpy as np
  X = np.arange(1, 21) * 0.1
  print(sum(X))
  print(sum(X * X))
  ---
  (import numpy as np)
  (assign [X] (* (call (. np arange) 1 21) 0.1))
  (call print (call sum X))
  (call print (call sum (* X X)))
  === best_learning_rate_index
  import numpy as np
  rates = [0.001, 0.01, 0.1, 0.5]
  losses = np.array([40.5, 3.25, 0.75, 12.0])
  best = np.argmin(losses)
  print(best, rates[best], losses[best])
  ---
  (import numpy as np)
  (assign [rates] [0.001 0.01 0.1 0.5])
  (assign [losses] (call (. np array) [40.5 3.25 0.75 12.0]))
  (assign [best] (call (. np argmin) losses))
  (call print best ([] rates best) ([] losses best))
  === python_sum_of_arrays_list
  import numpy as np
  grads = [np.array([1.0, 2]), np.array([3.0, -4]), np.array([0.5, 0.5])]
  print(sum(grads))
  print(sum(grads) / len(grads))
  ---
  (import numpy as np)
  (assign [grads] [(call (. np array) [1.0 2]) (call (. np array) [3.0 (- 4)]) (call (. np array) [0.5 0.5])])
  (call print (call sum grads))
  (call print (/ (call sum grads) (call len grads)))
  === np_max_of_2d_and_methods
  import numpy as np
  A = np.array([[2, -7], [4, 1]])
  print(np.max(A), A.min(), A.sum(), A.mean())
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[2 (- 7)] [4 1]]))
  (call print (call (. np max) A) (call (. A min)) (call (. A sum)) (call (. A mean)))
  === trace_with_comprehension
  import numpy as np
  A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
  print(sum([A[i, i] for i in range(3)]))
  print([A[i, 2 - i] for i in range(3)])
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2 3] [4 5 6] [7 8 9]]))
  (call print (call sum (listcomp ([] A (tuple i i)) (for i (call range 3)))))
  (call print (listcomp ([] A (tuple i (- 2 i))) (for i (call range 3))))
  === mean_of_tenths_by_axis
  import numpy as np
  A = np.array([[0.1, 0.7], [0.2, 0.1], [0.4, 0.3]])
  print(np.mean(A, axis=0).tolist())
  print(np.mean(A, axis=1).tolist())
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[0.1 0.7] [0.2 0.1] [0.4 0.3]]))
  (call print (call (. (call (. np mean) A axis=0) tolist)))
  (call print (call (. (call (. np mean) A axis=1) tolist)))
  === dot_of_vectors
  import numpy as np
  a = np.array([1, 2, 3])
  b = np.array([4, 5, 6])
  print(np.dot(a, b), a.dot(b), a @ b)
  print(np.dot(np.array([0.5, 1.5]), np.array([2.0, 4.0])))
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (assign [b] (call (. np array) [4 5 6]))
  (call print (call (. np dot) a b) (call (. a dot) b) (@ a b))
  (call print (call (. np dot) (call (. np array) [0.5 1.5]) (call (. np array) [2.0 4.0])))
  === matrix_times_vector
  import numpy as np
  A = np.array([[1, 2], [3, 4]])
  x = np.array([1, -1])
  print(A @ x, np.dot(A, x), x @ A)
  print((A @ x).shape)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (assign [x] (call (. np array) [1 (- 1)]))
  (call print (@ A x) (call (. np dot) A x) (@ x A))
  (call print (. (@ A x) shape))
  === matmul_2x3_by_3x2
  import numpy as np
  A = np.array([[1, 2, 3], [4, 5, 6]])
  B = np.array([[1, 0], [0, 1], [1, 1]])
  print(A @ B)
  print(np.matmul(A, B), (A @ B).shape)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2 3] [4 5 6]]))
  (assign [B] (call (. np array) [[1 0] [0 1] [1 1]]))
  (call print (@ A B))
  (call print (call (. np matmul) A B) (. (@ A B) shape))
  === matmul_float_exact
  import numpy as np
  A = np.array([[0.5, 1.0], [2.0, -1.5]])
  B = np.array([[2.0, 0.0], [0.25, 4.0]])
  print(A @ B)
  print(B @ A)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[0.5 1.0] [2.0 (- 1.5)]]))
  (assign [B] (call (. np array) [[2.0 0.0] [0.25 4.0]]))
  (call print (@ A B))
  (call print (@ B A))
  === transpose
  import numpy as np
  A = np.array([[1, 2, 3], [4, 5, 6]])
  print(A.T)
  print(A.T.shape, A.T.T.shape)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2 3] [4 5 6]]))
  (call print (. A T))
  (call print (. (. A T) shape) (. (. (. A T) T) shape))
  === transpose_1d_is_unchanged
  import numpy as np
  v = np.array([1, 2, 3])
  print(v.T, v.T.shape)
  print(v.reshape(1, 3).T)
  ---
  (import numpy as np)
  (assign [v] (call (. np array) [1 2 3]))
  (call print (. v T) (. (. v T) shape))
  (call print (. (call (. v reshape) 1 3) T))
  === outer_product
  import numpy as np
  print(np.outer(np.array([1, 2, 3]), np.array([1, 10])))
  print(np.outer(np.array([0.5, -1.0]), np.array([2.0, 4.0])))
  ---
  (import numpy as np)
  (call print (call (. np outer) (call (. np array) [1 2 3]) (call (. np array) [1 10])))
  (call print (call (. np outer) (call (. np array) [0.5 (- 1.0)]) (call (. np array) [2.0 4.0])))
  === eye_identity
  import numpy as np
  I = np.eye(3)
  print(I)
  A = np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]])
  print(I @ A)
  ---
  (import numpy as np)
  (assign [I] (call (. np eye) 3))
  (call print I)
  (assign [A] (call (. np array) [[1.0 2 3] [4 5 6] [7 8 9]]))
  (call print (@ I A))
  === reshape_and_flatten
  import numpy as np
  a = np.arange(6)
  print(a.reshape(2, 3))
  print(a.reshape(3, 2))
  print(a.reshape(3, 2).flatten(), a.reshape(1, 6))
  ---
  (import numpy as np)
  (assign [a] (call (. np arange) 6))
  (call print (call (. a reshape) 2 3))
  (call print (call (. a reshape) 3 2))
  (call print (call (. (call (. a reshape) 3 2) flatten)) (call (. a reshape) 1 6))
  === shape_ndim_size
  import numpy as np
  A = np.zeros((3, 4))
  print(A.shape, A.ndim, A.size)
  v = np.arange(5)
  print(v.shape, v.ndim, v.size, len(A))
  ---
  (import numpy as np)
  (assign [A] (call (. np zeros) (tuple 3 4)))
  (call print (. A shape) (. A ndim) (. A size))
  (assign [v] (call (. np arange) 5))
  (call print (. v shape) (. v ndim) (. v size) (call len A))
  === concatenate_1d
  import numpy as np
  a = np.array([1, 2])
  b = np.array([3, 4, 5])
  print(np.concatenate([a, b]), np.concatenate((b, a)))
  print(np.concatenate([a, np.array([0.5])]))
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2]))
  (assign [b] (call (. np array) [3 4 5]))
  (call print (call (. np concatenate) [a b]) (call (. np concatenate) (tuple b a)))
  (call print (call (. np concatenate) [a (call (. np array) [0.5])]))
  === concatenate_2d_axes
  import numpy as np
  A = np.array([[1, 2], [3, 4]])
  B = np.array([[5, 6]])
  print(np.concatenate([A, B]))
  print(np.concatenate([A, A], axis=1))
  print(np.concatenate([A, B], axis=0).shape)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (assign [B] (call (. np array) [[5 6]]))
  (call print (call (. np concatenate) [A B]))
  (call print (call (. np concatenate) [A A] axis=1))
  (call print (. (call (. np concatenate) [A B] axis=0) shape))
  === stack_vectors
  import numpy as np
  a = np.array([1, 2, 3])
  b = np.array([4, 5, 6])
  print(np.stack([a, b]))
  print(np.stack([a, b], axis=1))
  print(np.stack([a, b]).shape)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2 3]))
  (assign [b] (call (. np array) [4 5 6]))
  (call print (call (. np stack) [a b]))
  (call print (call (. np stack) [a b] axis=1))
  (call print (. (call (. np stack) [a b]) shape))
  === vstack_and_hstack_1d
  import numpy as np
  a = np.array([1, 2])
  b = np.array([3, 4])
  print(np.vstack([a, b]), np.vstack([a, b]).shape)
  print(np.hstack([a, b]), np.hstack([a, b]).shape)
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1 2]))
  (assign [b] (call (. np array) [3 4]))
  (call print (call (. np vstack) [a b]) (. (call (. np vstack) [a b]) shape))
  (call print (call (. np hstack) [a b]) (. (call (. np hstack) [a b]) shape))
  === vstack_and_hstack_2d
  import numpy as np
  A = np.array([[1, 2], [3, 4]])
  c = np.array([[9], [8]])
  print(np.hstack([A, c]))
  print(np.vstack([A, np.array([0, 0])]))
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (assign [c] (call (. np array) [[9] [8]]))
  (call print (call (. np hstack) [A c]))
  (call print (call (. np vstack) [A (call (. np array) [0 0])]))
  === add_bias_column
  import numpy as np
  X = np.array([[1.0], [2.0], [3.0]])
  Xb = np.hstack([np.ones((3, 1)), X])
  print(Xb)
  print(Xb @ np.array([0.5, 2.0]))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[1.0] [2.0] [3.0]]))
  (assign [Xb] (call (. np hstack) [(call (. np ones) (tuple 3 1)) X]))
  (call print Xb)
  (call print (@ Xb (call (. np array) [0.5 2.0])))
  === row_by_column_gives_1x1
  import numpy as np
  r = np.array([[1, 2, 3]])
  c = np.array([[4], [5], [6]])
  print(r @ c, (r @ c).shape)
  print(c @ r)
  ---
  (import numpy as np)
  (assign [r] (call (. np array) [[1 2 3]]))
  (assign [c] (call (. np array) [[4] [5] [6]]))
  (call print (@ r c) (. (@ r c) shape))
  (call print (@ c r))
  === matrix_power_by_repeated_matmul
  import numpy as np
  A = np.array([[1, 1], [1, 0]])
  P = np.array([[1, 0], [0, 1]])
  for i in range(10):
      P = P @ A
  print(P)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 1] [1 0]]))
  (assign [P] (call (. np array) [[1 0] [0 1]]))
  (for i (call range 10) [(assign [P] (@ P A))])
  (call print P)
  === layer_output_shapes
  import numpy as np
  X = np.ones((4, 2))
  W1 = np.ones((2, 3))
  W2 = np.ones((3, 1))
  H = X @ W1
  print(H.shape, (H @ W2).shape, (H @ W2).T.shape)
  ---
  (import numpy as np)
  (assign [X] (call (. np ones) (tuple 4 2)))
  (assign [W1] (call (. np ones) (tuple 2 3)))
  (assign [W2] (call (. np ones) (tuple 3 1)))
  (assign [H] (@ X W1))
  (call print (. H shape) (. (@ H W2) shape) (. (. (@ H W2) T) shape))
  === dot_of_2d_is_matmul
  import numpy as np
  A = np.array([[1, 2], [3, 4]])
  B = np.array([[0, 1], [1, 0]])
  print(np.dot(A, B))
  print(A.dot(B) == A @ B)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1 2] [3 4]]))
  (assign [B] (call (. np array) [[0 1] [1 0]]))
  (call print (call (. np dot) A B))
  (call print (== (call (. A dot) B) (@ A B)))
  === dot_with_scalar
  import numpy as np
  a = np.array([1.5, -2.0])
  print(np.dot(2, a), np.dot(a, 0.5))
  ---
  (import numpy as np)
  (assign [a] (call (. np array) [1.5 (- 2.0)]))
  (call print (call (. np dot) 2 a) (call (. np dot) a 0.5))
  === weight_gradient_outer
  import numpy as np
  x = np.array([1.0, 2.0])
  delta = np.array([0.5, -0.25, 1.0])
  dW = np.outer(x, delta)
  print(dW)
  print(dW.shape)
  ---
  (import numpy as np)
  (assign [x] (call (. np array) [1.0 2.0]))
  (assign [delta] (call (. np array) [0.5 (- 0.25) 1.0]))
  (assign [dW] (call (. np outer) x delta))
  (call print dW)
  (call print (. dW shape))
  === matrix_gradient_step
  import numpy as np
  X = np.array([[1.0, 2.0], [3.0, 4.0]])
  W = np.array([0.5, -0.5])
  error = X @ W - np.array([1.0, -1.0])
  W = W - 0.25 * X.T @ error
  print(error, W)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[1.0 2.0] [3.0 4.0]]))
  (assign [W] (call (. np array) [0.5 (- 0.5)]))
  (assign [error] (- (@ X W) (call (. np array) [1.0 (- 1.0)])))
  (assign [W] (- W (@ (* 0.25 (. X T)) error)))
  (call print error W)
  === stack_then_transpose
  import numpy as np
  xs = np.array([1, 2, 3])
  ys = np.array([2, 4, 6])
  pairs = np.stack([xs, ys]).T
  print(pairs)
  print(pairs[1], pairs.shape)
  ---
  (import numpy as np)
  (assign [xs] (call (. np array) [1 2 3]))
  (assign [ys] (call (. np array) [2 4 6]))
  (assign [pairs] (. (call (. np stack) [xs ys]) T))
  (call print pairs)
  (call print ([] pairs 1) (. pairs shape))
  === reshape_row_and_column
  import numpy as np
  v = np.array([1.5, 2.5, 3.5])
  print(v.reshape(1, 3))
  print(v.reshape(3, 1))
  print(v.reshape(3, 1).flatten())
  ---
  (import numpy as np)
  (assign [v] (call (. np array) [1.5 2.5 3.5]))
  (call print (call (. v reshape) 1 3))
  (call print (call (. v reshape) 3 1))
  (call print (call (. (call (. v reshape) 3 1) flatten)))
  === float_array_unique_digits
  import numpy as np
  print(np.array([1.0, 2.5, 3.25]))
  print(np.array([0.1, 0.2]))
  print(np.array([0.5, 0.25, 0.125]))
  ---
  (import numpy as np)
  (call print (call (. np array) [1.0 2.5 3.25]))
  (call print (call (. np array) [0.1 0.2]))
  (call print (call (. np array) [0.5 0.25 0.125]))
  === float_array_integers_get_dot
  import numpy as np
  print(np.array([1.0, 2.0]), np.array([100.0]))
  print(np.array([0.0, 10.0, -3.0]))
  ---
  (import numpy as np)
  (call print (call (. np array) [1.0 2.0]) (call (. np array) [100.0]))
  (call print (call (. np array) [0.0 10.0 (- 3.0)]))
  === float_array_eight_digits
  import numpy as np
  print(np.array([1 / 3, 2 / 3]))
  print(np.array([0.123456789, 1.0]))
  print(np.array([0.1 + 0.2, 0.3]))
  ---
  (import numpy as np)
  (call print (call (. np array) [(/ 1 3) (/ 2 3)]))
  (call print (call (. np array) [0.123456789 1.0]))
  (call print (call (. np array) [(+ 0.1 0.2) 0.3]))
  === scientific_small_and_large
  import numpy as np
  print(np.array([1e-5, 1e3]))
  print(np.array([1.23456789e10, 1.0]))
  print(np.array([-1e-5, 1e5]))
  ---
  (import numpy as np)
  (call print (call (. np array) [1e-05 1000.0]))
  (call print (call (. np array) [12345678900.0 1.0]))
  (call print (call (. np array) [(- 1e-05) 100000.0]))
  === scientific_when_ratio_over_1000
  import numpy as np
  print(np.array([1.0, 999.0]))
  print(np.array([1.0, 1001.0]))
  print(np.array([0.0001, 1.0]), np.array([0.001, 0.5]))
  ---
  (import numpy as np)
  (call print (call (. np array) [1.0 999.0]))
  (call print (call (. np array) [1.0 1001.0]))
  (call print (call (. np array) [0.0001 1.0]) (call (. np array) [0.001 0.5]))
  === scientific_at_1e8
  import numpy as np
  print(np.array([99999999.0]), np.array([123456789.0]))
  print(np.array([1e15, 1.0]), np.array([1e16]))
  ---
  (import numpy as np)
  (call print (call (. np array) [99999999.0]) (call (. np array) [123456789.0]))
  (call print (call (. np array) [1000000000000000.0 1.0]) (call (. np array) [1e+16]))
  === large_ints_stay_positional
  import numpy as np
  print(np.array([1000000000000000, 1]))
  print(np.array([123456789, -5]))
  ---
  (import numpy as np)
  (call print (call (. np array) [1000000000000000 1]))
  (call print (call (. np array) [123456789 (- 5)]))
  === negative_float_alignment
  import numpy as np
  print(np.array([-1.5, 2.0, -30.25]))
  print(np.array([-1.0, 1.0]), np.array([-0.5]))
  ---
  (import numpy as np)
  (call print (call (. np array) [(- 1.5) 2.0 (- 30.25)]))
  (call print (call (. np array) [(- 1.0) 1.0]) (call (. np array) [(- 0.5)]))
  === float_matrix_alignment
  import numpy as np
  print(np.array([[1.0, -2.5], [100.0, 0.125]]))
  print(np.array([[0.5, 1.0], [1.5, 2.0]]))
  ---
  (import numpy as np)
  (call print (call (. np array) [[1.0 (- 2.5)] [100.0 0.125]]))
  (call print (call (. np array) [[0.5 1.0] [1.5 2.0]]))
  === int_matrix_alignment
  import numpy as np
  print(np.array([[1, -20], [300, 4]]))
  print(np.array([[1, 2], [3, 4]]))
  ---
  (import numpy as np)
  (call print (call (. np array) [[1 (- 20)] [300 4]]))
  (call print (call (. np array) [[1 2] [3 4]]))
  === bool_arrays
  import numpy as np
  print(np.array([True, False, True]))
  print(np.array([[True, False], [False, False]]))
  print(np.array([False]))
  ---
  (import numpy as np)
  (call print (call (. np array) [True False True]))
  (call print (call (. np array) [[True False] [False False]]))
  (call print (call (. np array) [False]))
  === empty_arrays
  import numpy as np
  print(np.array([]), np.array([]).shape)
  print(repr(np.array([])))
  print(np.zeros((0, 3)), repr(np.zeros((0, 3))))
  ---
  (import numpy as np)
  (call print (call (. np array) []) (. (call (. np array) []) shape))
  (call print (call repr (call (. np array) [])))
  (call print (call (. np zeros) (tuple 0 3)) (call repr (call (. np zeros) (tuple 0 3))))
  === empty_int_array_repr
  import numpy as np
  X = np.array([1, 2, 3])
  print(X[X > 5])
  print(repr(X[X > 5]))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3]))
  (call print ([] X (> X 5)))
  (call print (call repr ([] X (> X 5))))
  === nan_and_inf
  import numpy as np
  print(np.array([1.0, np.nan, np.inf, -np.inf]))
  print(np.array([np.nan]), np.inf, -np.inf, np.nan)
  print(np.array([0.5, np.inf]))
  ---
  (import numpy as np)
  (call print (call (. np array) [1.0 (. np nan) (. np inf) (- (. np inf))]))
  (call print (call (. np array) [(. np nan)]) (. np inf) (- (. np inf)) (. np nan))
  (call print (call (. np array) [0.5 (. np inf)]))
  === divide_by_zero_array
  import numpy as np
  print(np.array([1.0, -1.0, 0.0]) / 0)
  print(repr(np.array([1.0, 0.0]) / 0))
  ---
  (import numpy as np)
  (call print (/ (call (. np array) [1.0 (- 1.0) 0.0]) 0))
  (call print (call repr (/ (call (. np array) [1.0 0.0]) 0)))
  === zero_dim_arrays
  import numpy as np
  print(np.array(3.5), np.array(3.0), np.array(7))
  print(repr(np.array(3.5)), repr(np.array(3.0)), repr(np.array(7)))
  print(np.array(2.0).shape, np.array(2.0).ndim)
  ---
  (import numpy as np)
  (call print (call (. np array) 3.5) (call (. np array) 3.0) (call (. np array) 7))
  (call print (call repr (call (. np array) 3.5)) (call repr (call (. np array) 3.0)) (call repr (call (. np array) 7)))
  (call print (. (call (. np array) 2.0) shape) (. (call (. np array) 2.0) ndim))
  === repr_1d_arrays
  import numpy as np
  print(repr(np.array([1, 2])))
  print(repr(np.array([1.0, 2.5, 3.25])))
  print(repr(np.array([0.1, 0.25])), repr(np.array([True, False])))
  ---
  (import numpy as np)
  (call print (call repr (call (. np array) [1 2])))
  (call print (call repr (call (. np array) [1.0 2.5 3.25])))
  (call print (call repr (call (. np array) [0.1 0.25])) (call repr (call (. np array) [True False])))
  === repr_2d_arrays
  import numpy as np
  print(repr(np.array([[1, -20], [300, 4]])))
  print(repr(np.array([[0.5, 1.0], [1.5, 2.0]])))
  ---
  (import numpy as np)
  (call print (call repr (call (. np array) [[1 (- 20)] [300 4]])))
  (call print (call repr (call (. np array) [[0.5 1.0] [1.5 2.0]])))
  === repr_scientific
  import numpy as np
  print(repr(np.array([1e-5, 1e3])))
  print(repr(np.array([[1e-5], [1.0]])))
  ---
  (import numpy as np)
  (call print (call repr (call (. np array) [1e-05 1000.0])))
  (call print (call repr (call (. np array) [[1e-05] [1.0]])))
  === negative_zero_in_array
  import numpy as np
  print(np.array([0.0, -0.0]), -np.zeros(2))
  print(np.array([-0.0, 1.5]))
  ---
  (import numpy as np)
  (call print (call (. np array) [0.0 (- 0.0)]) (- (call (. np zeros) 2)))
  (call print (call (. np array) [(- 0.0) 1.5]))
  === line_wrapping_floats
  import numpy as np
  print(np.arange(1, 16) / 7)
  ---
  (import numpy as np)
  (call print (/ (call (. np arange) 1 16) 7))
  === line_wrapping_repr
  import numpy as np
  print(repr(np.arange(1, 16) / 7))
  ---
  (import numpy as np)
  (call print (call repr (/ (call (. np arange) 1 16) 7)))
  === twenty_ints_fit_on_one_line
  import numpy as np
  print(np.arange(20))
  print(np.arange(20) * 100)
  ---
  (import numpy as np)
  (call print (call (. np arange) 20))
  (call print (* (call (. np arange) 20) 100))
  === list_of_arrays
  import numpy as np
  print([np.array([1, 2]), np.array([3.5])])
  print((np.zeros(2), 1))
  ---
  (import numpy as np)
  (call print [(call (. np array) [1 2]) (call (. np array) [3.5])])
  (call print (tuple (call (. np zeros) 2) 1))
  === fstring_and_str_of_array
  import numpy as np
  X = np.array([1.0, 2.5])
  print(f"X = {X}")
  print("X = " + str(X))
  print(str(np.array([[1, 2], [3, 4]])))
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2.5]))
  (call print (f 'X = ' {X}))
  (call print (+ 'X = ' (call str X)))
  (call print (call str (call (. np array) [[1 2] [3 4]])))
  === single_element_2d
  import numpy as np
  print(np.array([[1.5]]), np.array([[7]]))
  print(np.array([[1.5]]).shape)
  ---
  (import numpy as np)
  (call print (call (. np array) [[1.5]]) (call (. np array) [[7]]))
  (call print (. (call (. np array) [[1.5]]) shape))
  === float_matrix_mixed_widths
  import numpy as np
  A = np.array([[1.25, -0.5, 3.0], [10.0, 0.0, -12.75]])
  print(A)
  print(A.T)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1.25 (- 0.5) 3.0] [10.0 0.0 (- 12.75)]]))
  (call print A)
  (call print (. A T))
  === small_negative_exponents_matrix
  import numpy as np
  print(np.array([[1e-5, 2.0], [3.0, 4.0]]))
  ---
  (import numpy as np)
  (call print (call (. np array) [[1e-05 2.0] [3.0 4.0]]))
  === linspace_printing
  import numpy as np
  print(np.linspace(0, 1, 5))
  print(np.linspace(0, 1, 11))
  print(np.linspace(-1, 1, 3))
  ---
  (import numpy as np)
  (call print (call (. np linspace) 0 1 5))
  (call print (call (. np linspace) 0 1 11))
  (call print (call (. np linspace) (- 1) 1 3))
  === linspace_values_exact
  import numpy as np
  t = np.linspace(0, 1, 11)
  print(t[3], t[7], 3 / 10)
  print(t[3:5].tolist())
  ---
  (import numpy as np)
  (assign [t] (call (. np linspace) 0 1 11))
  (call print ([] t 3) ([] t 7) (/ 3 10))
  (call print (call (. ([] t (: 3 5 _)) tolist)))
  === float_matrix_with_nan
  import numpy as np
  A = np.array([[1.0, np.nan], [-np.inf, 2.5]])
  print(A)
  ---
  (import numpy as np)
  (assign [A] (call (. np array) [[1.0 (. np nan)] [(- (. np inf)) 2.5]]))
  (call print A)
  === int_array_with_negatives
  import numpy as np
  print(np.array([1, -2, 3]))
  print(np.array([-10, 5]), np.array([0]))
  ---
  (import numpy as np)
  (call print (call (. np array) [1 (- 2) 3]))
  (call print (call (. np array) [(- 10) 5]) (call (. np array) [0]))
  === float_array_from_division
  import numpy as np
  print(np.array([1.0, 2, 3]) / 3)
  print(np.array([10.0, 20]) / 3)
  ---
  (import numpy as np)
  (call print (/ (call (. np array) [1.0 2 3]) 3))
  (call print (/ (call (. np array) [10.0 20]) 3))
  === print_numpy_scalars
  import numpy as np
  X = np.array([2.5, 1e-5, 1e16, 100.0])
  print(X[0], X[1], X[2], X[3])
  print(X.tolist())
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [2.5 1e-05 1e+16 100.0]))
  (call print ([] X 0) ([] X 1) ([] X 2) ([] X 3))
  (call print (call (. X tolist)))
  === linear_regression_1000_epochs
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3 4 5]))
  (assign [Y] (call (. np array) [150 300 450 600 750]))
  (assign [(tuple m c)] (tuple 0 0))
  (assign [L] 0.01)
  (assign [epochs] 1000)
  (assign [n] (call float (call len X)))
  (for i (call range epochs) [(assign [Y_pred] (+ (* m X) c)) (assign [D_m] (* (/ (- 2) n) (call sum (* X (- Y Y_pred))))) (assign [D_c] (* (/ (- 2) n) (call sum (- Y Y_pred)))) (assign [m] (- m (* L D_m))) (assign [c] (- c (* L D_c)))])
  (call print 'Slope (m):' m)
  (call print 'Intercept (c):' c)
  === linear_regression_one_epoch
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3 4 5]))
  (assign [Y] (call (. np array) [150 300 450 600 750]))
  (assign [(tuple m c L)] (tuple 0 0 0.01))
  (assign [n] (call float (call len X)))
  (assign [Y_pred] (+ (* m X) c))
  (assign [D_m] (* (/ (- 2) n) (call sum (* X (- Y Y_pred)))))
  (assign [D_c] (* (/ (- 2) n) (call sum (- Y Y_pred))))
  (assign [m] (- m (* L D_m)))
  (assign [c] (- c (* L D_c)))
  (call print D_m D_c)
  (call print m c)
  === linear_regression_loss_history
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3 4 5]))
  (assign [Y] (call (. np array) [150 300 450 600 750]))
  (assign [(tuple m c L)] (tuple 0.0 0.0 0.01))
  (for epoch (call range 1000) [(assign [Y_pred] (+ (* m X) c)) (assign [loss] (call (. np mean) (** (- Y Y_pred) 2))) (if (== (% epoch 200) 0) [(call print epoch loss)]) (assign [m] (- m (* (* L (/ (- 2) 5)) (call sum (* X (- Y Y_pred)))))) (assign [c] (- c (* (* L (/ (- 2) 5)) (call sum (- Y Y_pred)))))])
  (call print 'final loss:' (call (. np mean) (** (- Y (+ (* m X) c)) 2)))
  === learning_rate_sweep_raw_list
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5]))
  (assign [Y] (* 150 X))
  (assign [final_losses] [])
  (for lr [0.001 0.01 0.05] [(assign [(tuple m c)] (tuple 0.0 0.0)) (for epoch (call range 100) [(assign [Y_pred] (+ (* m X) c)) (-= m (* lr (call (. np mean) (* (* (- 2) X) (- Y Y_pred))))) (-= c (* lr (call (. np mean) (* (- 2) (- Y Y_pred)))))]) (call (. final_losses append) (call (. np mean) (** (- Y (+ (* m X) c)) 2)))])
  (call print final_losses)
  === learning_rate_sweep_floats
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5]))
  (assign [Y] (* 150 X))
  (for lr [0.001 0.01 0.05] [(assign [(tuple m c)] (tuple 0.0 0.0)) (for epoch (call range 100) [(assign [Y_pred] (+ (* m X) c)) (-= m (* lr (call (. np mean) (* (* (- 2) X) (- Y Y_pred))))) (-= c (* lr (call (. np mean) (* (- 2) (- Y Y_pred)))))]) (assign [loss] (call float (call (. np mean) (** (- Y (+ (* m X) c)) 2)))) (call print (f 'lr=' {lr :'<6'} ' loss=' {loss :'.4f'}) loss)])
  === learning_rate_too_large_diverges
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5]))
  (assign [Y] (* 150 X))
  (assign [(tuple m c lr)] (tuple 0.0 0.0 0.1))
  (for epoch (call range 20) [(assign [Y_pred] (+ (* m X) c)) (assign [m] (- m (* (* lr (/ (- 2) 5)) (call sum (* X (- Y Y_pred)))))) (assign [c] (- c (* (* lr (/ (- 2) 5)) (call sum (- Y Y_pred)))))])
  (call print m c)
  (call print (> (call (. np mean) (** (- Y (+ (* m X) c)) 2)) 1000000.0))
  === epochs_until_loss_below_one
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5]))
  (assign [Y] (* 150 X))
  (assign [(tuple m c lr epochs)] (tuple 0.0 0.0 0.05 0))
  (assign [loss] (call (. np mean) (** Y 2)))
  (while (>= loss 1) [(assign [Y_pred] (+ (* m X) c)) (assign [(tuple m c)] (tuple (+ m (* (* lr 0.4) (call sum (* X (- Y Y_pred))))) (+ c (* (* lr 0.4) (call sum (- Y Y_pred)))))) (assign [loss] (call (. np mean) (** (- Y (+ (* m X) c)) 2))) (+= epochs 1)])
  (call print epochs loss)
  === predict_with_trained_line
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3 4 5]))
  (assign [Y] (call (. np array) [150 300 450 600 750]))
  (assign [(tuple m c)] (tuple 0.0 0.0))
  (for epoch (call range 500) [(assign [Y_pred] (+ (* m X) c)) (assign [m] (- m (* (* 0.01 (/ (- 2) 5)) (call sum (* X (- Y Y_pred)))))) (assign [c] (- c (* (* 0.01 (/ (- 2) 5)) (call sum (- Y Y_pred)))))])
  (call print (+ (* m 6) c))
  (call print (+ (* m (call (. np array) [6 7])) c))
  === normalized_features_training
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [50.0 80 100 120 150]))
  (assign [Y] (call (. np array) [150.0 240 300 360 450]))
  (assign [X_norm] (/ (- X (call (. X mean))) (call (. np std) X)))
  (assign [(tuple m c L)] (tuple 0.0 0.0 0.1))
  (for epoch (call range 100) [(assign [Y_pred] (+ (* m X_norm) c)) (assign [m] (- m (* L (call (. np mean) (* (* (- 2) X_norm) (- Y Y_pred)))))) (assign [c] (- c (* L (call (. np mean) (* (- 2) (- Y Y_pred))))))])
  (call print X_norm)
  (call print m c)
  === polynomial_regression
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [(- 2.0) (- 1) 0 1 2]))
  (assign [Y] (call (. np array) [4.5 1.5 0.5 1.5 4.5]))
  (assign [(tuple a b c lr)] (tuple 0.0 0.0 0.0 0.02))
  (for epoch (call range 500) [(assign [Y_pred] (+ (+ (* a (** X 2)) (* b X)) c)) (assign [error] (- Y_pred Y)) (-= a (* lr (call (. np mean) (* (* 2 error) (** X 2))))) (-= b (* lr (call (. np mean) (* (* 2 error) X)))) (-= c (* lr (call (. np mean) (* 2 error))))])
  (call print 'a:' a)
  (call print 'b:' b)
  (call print 'c:' c)
  === momentum_optimizer
  import numpy as np
  X = np.array([1.0, 2, 3, 4, 5])
  Y = 150 * X
  m, v, lr, beta = 0.0, 0.0, 0.01, 0.9
  for epoch in range(50):
      grad = np.mean(-2 * X * (Y - m * X))
      v = beta * v + grad
      m = m - lr * v
  print(m, v)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5]))
  (assign [Y] (* 150 X))
  (assign [(tuple m v lr beta)] (tuple 0.0 0.0 0.01 0.9))
  (for epoch (call range 50) [(assign [grad] (call (. np mean) (* (* (- 2) X) (- Y (* m X))))) (assign [v] (+ (* beta v) grad)) (assign [m] (- m (* lr v)))])
  (call print m v)
  === single_neuron_linear
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4]))
  (assign [Y] (call (. np array) [2.0 4 6 8]))
  (assign [(tuple w b lr)] (tuple 0.5 0.0 0.01))
  (for epoch (call range 1000) [(assign [Y_pred] (+ (* w X) b)) (assign [dw] (call (. np mean) (* (* 2 (- Y_pred Y)) X))) (assign [db] (call (. np mean) (* 2 (- Y_pred Y)))) (assign [(tuple w b)] (tuple (- w (* lr dw)) (- b (* lr db))))])
  (call print 'w:' w 'b:' b)
  (call print (+ (* 6 w) b))
  === loss_functions_compare
  import numpy as np
  Y = np.array([3.0, -0.5, 2, 7])
  Y_pred = np.array([2.5, 0.0, 2, 8])
  mse = np.mean((Y - Y_pred) ** 2)
  mae = np.mean(np.abs(Y - Y_pred))
  rmse = np.sqrt(mse)
  print(mse, mae, rmse)
  ---
  (import numpy as np)
  (assign [Y] (call (. np array) [3.0 (- 0.5) 2 7]))
  (assign [Y_pred] (call (. np array) [2.5 0.0 2 8]))
  (assign [mse] (call (. np mean) (** (- Y Y_pred) 2)))
  (assign [mae] (call (. np mean) (call (. np abs) (- Y Y_pred))))
  (assign [rmse] (call (. np sqrt) mse))
  (call print mse mae rmse)
  === backprop_by_hand
  x, y = 2.0, 10.0
  w, b = 3.0, 1.0
  y_pred = w * x + b
  loss = (y_pred - y) ** 2
  dloss_dpred = 2 * (y_pred - y)
  dw = dloss_dpred * x
  db = dloss_dpred * 1
  print(y_pred, loss, dw, db)
  print(w - 0.01 * dw, b - 0.01 * db)
  ---
  (assign [(tuple x y)] (tuple 2.0 10.0))
  (assign [(tuple w b)] (tuple 3.0 1.0))
  (assign [y_pred] (+ (* w x) b))
  (assign [loss] (** (- y_pred y) 2))
  (assign [dloss_dpred] (* 2 (- y_pred y)))
  (assign [dw] (* dloss_dpred x))
  (assign [db] (* dloss_dpred 1))
  (call print y_pred loss dw db)
  (call print (- w (* 0.01 dw)) (- b (* 0.01 db)))
  === numerical_gradient_check
  def loss(m):
      return (3 * m - 6) ** 2
  h = 0.001
  m = 1.0
  numeric = (loss(m + h) - loss(m - h)) / (2 * h)
  analytic = 2 * (3 * m - 6) * 3
  print(numeric, analytic)
  ---
  (def loss (m) [(return (** (- (* 3 m) 6) 2))])
  (assign [h] 0.001)
  (assign [m] 1.0)
  (assign [numeric] (/ (- (call loss (+ m h)) (call loss (- m h))) (* 2 h)))
  (assign [analytic] (* (* 2 (- (* 3 m) 6)) 3))
  (call print numeric analytic)
  === mini_batch_gradient_descent
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5 6]))
  (assign [Y] (+ (* 2 X) 1))
  (assign [(tuple m c lr)] (tuple 0.0 0.0 0.02))
  (for epoch (call range 200) [(for start (call range 0 6 2) [(assign [(tuple xb yb)] (tuple ([] X (: start (+ start 2) _)) ([] Y (: start (+ start 2) _)))) (assign [err] (- (+ (* m xb) c) yb)) (-= m (* lr (call (. np mean) (* (* 2 err) xb)))) (-= c (* lr (call (. np mean) (* 2 err))))])])
  (call print m c)
  === logistic_regression_training
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [0.5 1.5 2.0 3.0 3.5 4.5]))
  (assign [Y] (call (. np array) [0 0 0 1 1 1]))
  (assign [(tuple w b lr)] (tuple 0.0 0.0 0.1))
  (for epoch (call range 200) [(assign [Y_pred] (/ 1 (+ 1 (call (. np exp) (- (+ (* w X) b)))))) (-= w (* lr (call (. np mean) (* (- Y_pred Y) X)))) (-= b (* lr (call (. np mean) (- Y_pred Y))))])
  (assign [loss] (- (call (. np mean) (+ (* Y (call (. np log) Y_pred)) (* (- 1 Y) (call (. np log) (- 1 Y_pred)))))))
  (call print 'w:' w)
  (call print 'b:' b)
  (call print 'loss:' loss)
  === logistic_regression_predictions
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
  ---
  (import numpy as np)
  (def sigmoid (z) [(return (/ 1 (+ 1 (call (. np exp) (- z)))))])
  (assign [X] (call (. np array) [0.5 1.5 2.0 3.0 3.5 4.5]))
  (assign [Y] (call (. np array) [0 0 0 1 1 1]))
  (assign [(tuple w b)] (tuple 0.0 0.0))
  (for epoch (call range 300) [(assign [Y_pred] (call sigmoid (+ (* w X) b))) (assign [(tuple w b)] (tuple (- w (* 0.5 (call (. np mean) (* (- Y_pred Y) X)))) (- b (* 0.5 (call (. np mean) (- Y_pred Y))))))])
  (call print (call sigmoid (+ (* w X) b)))
  (call print (call (. np where) (> (call sigmoid (+ (* w X) b)) 0.5) 1 0) (call sigmoid (+ (* w 2.5) b)))
  === logistic_loss_at_start
  import numpy as np
  Y = np.array([0, 1, 1, 0])
  Y_pred = 1 / (1 + np.exp(-np.zeros(4)))
  loss = -np.mean(Y * np.log(Y_pred) + (1 - Y) * np.log(1 - Y_pred))
  print(Y_pred, loss)
  ---
  (import numpy as np)
  (assign [Y] (call (. np array) [0 1 1 0]))
  (assign [Y_pred] (/ 1 (+ 1 (call (. np exp) (- (call (. np zeros) 4))))))
  (assign [loss] (- (call (. np mean) (+ (* Y (call (. np log) Y_pred)) (* (- 1 Y) (call (. np log) (- 1 Y_pred)))))))
  (call print Y_pred loss)
  === logistic_two_features
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[1.0 2.0] [2.0 1.0] [3.0 4.0] [4.0 3.0]]))
  (assign [Y] (call (. np array) [0 0 1 1]))
  (assign [W] (call (. np array) [0.0 0.0]))
  (assign [(tuple b lr)] (tuple 0.0 0.1))
  (for epoch (call range 100) [(assign [Y_pred] (/ 1 (+ 1 (call (. np exp) (- (+ (@ X W) b)))))) (assign [W] (- W (/ (* lr (@ (. X T) (- Y_pred Y))) 4))) (assign [b] (- b (* lr (call (. np mean) (- Y_pred Y)))))])
  (call print W b)
  (call print Y_pred)
  === xor_single_neuron_is_stuck
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[0 0] [0 1] [1 0] [1 1]]))
  (assign [Y] (call (. np array) [0 1 1 0]))
  (assign [(tuple W b)] (tuple (call (. np zeros) 2) 0.0))
  (for epoch (call range 100) [(assign [Y_pred] (/ 1 (+ 1 (call (. np exp) (- (+ (@ X W) b)))))) (assign [W] (- W (/ (@ (* 0.5 (. X T)) (- Y_pred Y)) 4))) (assign [b] (- b (* 0.5 (call (. np mean) (- Y_pred Y)))))])
  (assign [loss] (- (call (. np mean) (+ (* Y (call (. np log) Y_pred)) (* (- 1 Y) (call (. np log) (- 1 Y_pred)))))))
  (call print W b loss)
  === xor_network_forward
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[0 0] [0 1] [1 0] [1 1]]))
  (assign [W1] (call (. np array) [[0.5 0.9] [0.4 1.0]]))
  (assign [b1] (call (. np array) [0.1 (- 0.2)]))
  (assign [W2] (call (. np array) [[0.6] [(- 0.7)]]))
  (assign [b2] (call (. np array) [0.0]))
  (assign [H] (call (. np tanh) (+ (@ X W1) b1)))
  (assign [Y_pred] (/ 1 (+ 1 (call (. np exp) (- (+ (@ H W2) b2))))))
  (call print H)
  (call print Y_pred)
  === xor_network_training
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [[0 0] [0 1] [1 0] [1 1]]))
  (assign [Y] (call (. np array) [[0] [1] [1] [0]]))
  (assign [(tuple W1 W2)] (tuple (call (. np array) [[0.5 0.9] [0.4 1.0]]) (call (. np array) [[0.6] [(- 0.7)]])))
  (assign [(tuple b1 b2 lr)] (tuple (call (. np array) [0.1 (- 0.2)]) (call (. np array) [0.0]) 0.5))
  (for epoch (call range 300) [(assign [H] (call (. np tanh) (+ (@ X W1) b1))) (assign [Y_pred] (/ 1 (+ 1 (call (. np exp) (- (+ (@ H W2) b2)))))) (assign [dZ2] (/ (- Y_pred Y) 4)) (assign [dZ1] (* (@ dZ2 (. W2 T)) (- 1 (** H 2)))) (assign [(tuple W2 b2)] (tuple (- W2 (@ (* lr (. H T)) dZ2)) (- b2 (* lr (call (. dZ2 sum) axis=0))))) (assign [(tuple W1 b1)] (tuple (- W1 (@ (* lr (. X T)) dZ1)) (- b1 (* lr (call (. dZ1 sum) axis=0)))))])
  (assign [loss] (- (call (. np mean) (+ (* Y (call (. np log) Y_pred)) (* (- 1 Y) (call (. np log) (- 1 Y_pred)))))))
  (call print Y_pred)
  (call print 'loss:' loss)
  === xor_network_sigmoid_hidden
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
  ---
  (import numpy as np)
  (def sigmoid (z) [(return (/ 1 (+ 1 (call (. np exp) (- z)))))])
  (assign [X] (call (. np array) [[0 0] [0 1] [1 0] [1 1]]))
  (assign [Y] (call (. np array) [[0] [1] [1] [0]]))
  (assign [(tuple W1 b1)] (tuple (call (. np array) [[4.0 (- 3.0)] [4.0 (- 3.0)]]) (call (. np array) [(- 2.0) 4.0])))
  (assign [(tuple W2 b2)] (tuple (call (. np array) [[5.0] [5.0]]) (call (. np array) [(- 7.0)])))
  (for epoch (call range 200) [(assign [H] (call sigmoid (+ (@ X W1) b1))) (assign [Y_pred] (call sigmoid (+ (@ H W2) b2))) (assign [dZ2] (- Y_pred Y)) (assign [dZ1] (* (* (@ dZ2 (. W2 T)) H) (- 1 H))) (assign [(tuple W2 b2)] (tuple (- W2 (@ (* 0.1 (. H T)) dZ2)) (- b2 (* 0.1 (call (. dZ2 sum) axis=0))))) (assign [(tuple W1 b1)] (tuple (- W1 (@ (* 0.1 (. X T)) dZ1)) (- b1 (* 0.1 (call (. dZ1 sum) axis=0)))))])
  (call print Y_pred)
  === mse_gradient_vector_form
  import numpy as np
  X = np.array([1.0, 2, 3, 4, 5])
  Y = np.array([150.0, 300, 450, 600, 750])
  m, c = 100.0, 10.0
  Y_pred = m * X + c
  D_m = -2 * np.mean(X * (Y - Y_pred))
  D_c = -2 * np.mean(Y - Y_pred)
  print(Y_pred, D_m, D_c)
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1.0 2 3 4 5]))
  (assign [Y] (call (. np array) [150.0 300 450 600 750]))
  (assign [(tuple m c)] (tuple 100.0 10.0))
  (assign [Y_pred] (+ (* m X) c))
  (assign [D_m] (* (- 2) (call (. np mean) (* X (- Y Y_pred)))))
  (assign [D_c] (* (- 2) (call (. np mean) (- Y Y_pred))))
  (call print Y_pred D_m D_c)
  === course_loss_print_format
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
  ---
  (import numpy as np)
  (assign [X] (call (. np array) [1 2 3 4 5]))
  (assign [Y] (call (. np array) [150 300 450 600 750]))
  (assign [(tuple m c)] (tuple 0.0 0.0))
  (for epoch (call range 1 301) [(assign [Y_pred] (+ (* m X) c)) (assign [loss] (call (. np mean) (** (- Y Y_pred) 2))) (assign [m] (+ m (* (* 0.01 0.4) (call sum (* X (- Y Y_pred)))))) (assign [c] (+ c (* (* 0.01 0.4) (call sum (- Y Y_pred))))) (if (== (% epoch 100) 0) [(call print (f 'epoch ' {epoch :'>4'} ': loss ' {loss :'.4f'} ', m = ' {m :'.3f'} ', c = ' {c :'.3f'}))])])
  === exp_scalars
  import numpy as np
  print(np.exp(0), np.exp(1), np.exp(-1))
  print(np.exp(2.5), np.exp(0.1))
  ---
  (import numpy as np)
  (call print (call (. np exp) 0) (call (. np exp) 1) (call (. np exp) (- 1)))
  (call print (call (. np exp) 2.5) (call (. np exp) 0.1))
  === log_scalars
  import numpy as np
  print(np.log(1), np.log(np.e), np.log(10))
  print(np.log(0.5), np.log(2))
  ---
  (import numpy as np)
  (call print (call (. np log) 1) (call (. np log) (. np e)) (call (. np log) 10))
  (call print (call (. np log) 0.5) (call (. np log) 2))
  === sqrt_scalars
  import numpy as np
  print(np.sqrt(2), np.sqrt(16), np.sqrt(0.25))
  print(np.sqrt(3.0), np.sqrt(1e-10), np.sqrt(0))
  ---
  (import numpy as np)
  (call print (call (. np sqrt) 2) (call (. np sqrt) 16) (call (. np sqrt) 0.25))
  (call print (call (. np sqrt) 3.0) (call (. np sqrt) 1e-10) (call (. np sqrt) 0))
  === sqrt_arrays
  import numpy as np
  print(np.sqrt(np.array([1, 2, 3, 4])))
  print(np.sqrt(np.array([[4.0, 9.0], [0.5, 2.25]])))
  print(np.sqrt(np.array([1, 4])).dtype)
  ---
  (import numpy as np)
  (call print (call (. np sqrt) (call (. np array) [1 2 3 4])))
  (call print (call (. np sqrt) (call (. np array) [[4.0 9.0] [0.5 2.25]])))
  (call print (. (call (. np sqrt) (call (. np array) [1 4])) dtype))
  === tanh_scalars
  import numpy as np
  print(np.tanh(0), np.tanh(0.5), np.tanh(-1))
  print(np.tanh(20), np.tanh(-0.1))
  ---
  (import numpy as np)
  (call print (call (. np tanh) 0) (call (. np tanh) 0.5) (call (. np tanh) (- 1)))
  (call print (call (. np tanh) 20) (call (. np tanh) (- 0.1)))
  === exp_arrays
  import numpy as np
  print(np.exp(np.array([0.0, 1.0, -1.0, 2.0])))
  print(np.exp(np.array([0, 1])), np.exp(np.array([[0.5], [-0.5]])))
  ---
  (import numpy as np)
  (call print (call (. np exp) (call (. np array) [0.0 1.0 (- 1.0) 2.0])))
  (call print (call (. np exp) (call (. np array) [0 1])) (call (. np exp) (call (. np array) [[0.5] [(- 0.5)]])))
  === exp_wide_range_scientific
  import numpy as np
  print(np.exp(np.array([-10.0, 0.0, 10.0])))
  print(np.exp(np.array([-1000.0, 1000.0])))
  ---
  (import numpy as np)
  (call print (call (. np exp) (call (. np array) [(- 10.0) 0.0 10.0])))
  (call print (call (. np exp) (call (. np array) [(- 1000.0) 1000.0])))
  === log_arrays
  import numpy as np
  print(np.log(np.array([1.0, 2.0, 4.0, 0.5])))
  print(np.log(np.array([np.e, 1.0])), np.log(np.array([1, 10])))
  ---
  (import numpy as np)
  (call print (call (. np log) (call (. np array) [1.0 2.0 4.0 0.5])))
  (call print (call (. np log) (call (. np array) [(. np e) 1.0])) (call (. np log) (call (. np array) [1 10])))
  === log_of_zero_and_negative
  import numpy as np
  print(np.log(0.0), np.log(np.array([0.0, 1.0])))
  print(np.log(-1.0), np.sqrt(-1.0))
  ---
  (import numpy as np)
  (call print (call (. np log) 0.0) (call (. np log) (call (. np array) [0.0 1.0])))
  (call print (call (. np log) (- 1.0)) (call (. np sqrt) (- 1.0)))
  === tanh_arrays
  import numpy as np
  print(np.tanh(np.array([-2.0, -0.5, 0.0, 0.5, 2.0])))
  print(np.tanh(np.array([-10.0, 10.0])))
  ---
  (import numpy as np)
  (call print (call (. np tanh) (call (. np array) [(- 2.0) (- 0.5) 0.0 0.5 2.0])))
  (call print (call (. np tanh) (call (. np array) [(- 10.0) 10.0])))
  === sigmoid_function
  import numpy as np
  def sigmoid(z):
      return 1 / (1 + np.exp(-z))
  print(sigmoid(0), sigmoid(2.0), sigmoid(-2.0))
  print(sigmoid(np.array([-1.0, 0.0, 1.0, 5.0])))
  ---
  (import numpy as np)
  (def sigmoid (z) [(return (/ 1 (+ 1 (call (. np exp) (- z)))))])
  (call print (call sigmoid 0) (call sigmoid 2.0) (call sigmoid (- 2.0)))
  (call print (call sigmoid (call (. np array) [(- 1.0) 0.0 1.0 5.0])))
  === sigmoid_derivative
  import numpy as np
  s = 1 / (1 + np.exp(-np.array([-1.0, 0.0, 2.0])))
  print(s * (1 - s))
  print(s[1] * (1 - s[1]))
  ---
  (import numpy as np)
  (assign [s] (/ 1 (+ 1 (call (. np exp) (- (call (. np array) [(- 1.0) 0.0 2.0]))))))
  (call print (* s (- 1 s)))
  (call print (* ([] s 1) (- 1 ([] s 1))))
  === tanh_derivative
  import numpy as np
  H = np.tanh(np.array([0.0, 0.5, 1.0]))
  print(1 - H ** 2)
  print(1 - np.tanh(0.5) ** 2)
  ---
  (import numpy as np)
  (assign [H] (call (. np tanh) (call (. np array) [0.0 0.5 1.0])))
  (call print (- 1 (** H 2)))
  (call print (- 1 (** (call (. np tanh) 0.5) 2)))
  === log_exp_round_trip
  import numpy as np
  x = 0.3
  print(np.log(np.exp(x)), np.exp(np.log(x)))
  print(np.exp(np.log(np.array([2.0, 5.0]))))
  ---
  (import numpy as np)
  (assign [x] 0.3)
  (call print (call (. np log) (call (. np exp) x)) (call (. np exp) (call (. np log) x)))
  (call print (call (. np exp) (call (. np log) (call (. np array) [2.0 5.0]))))
  === pi_and_e
  import numpy as np
  print(np.pi, np.e)
  print(2 * np.pi, np.pi / 4, np.e ** 2)
  ---
  (import numpy as np)
  (call print (. np pi) (. np e))
  (call print (* 2 (. np pi)) (/ (. np pi) 4) (** (. np e) 2))
  === rmse_with_sqrt
  import numpy as np
  Y = np.array([3.0, 5, 7])
  Y_pred = np.array([2.0, 5, 9])
  print(np.sqrt(np.mean((Y - Y_pred) ** 2)))
  print(np.sqrt(np.var(Y)) == np.std(Y), np.std(Y))
  ---
  (import numpy as np)
  (assign [Y] (call (. np array) [3.0 5 7]))
  (assign [Y_pred] (call (. np array) [2.0 5 9]))
  (call print (call (. np sqrt) (call (. np mean) (** (- Y Y_pred) 2))))
  (call print (== (call (. np sqrt) (call (. np var) Y)) (call (. np std) Y)) (call (. np std) Y))
  === softplus
  import numpy as np
  x = np.array([-2.0, 0.0, 3.0])
  print(np.log(1 + np.exp(x)))
  print(np.log(2.0))
  ---
  (import numpy as np)
  (assign [x] (call (. np array) [(- 2.0) 0.0 3.0]))
  (call print (call (. np log) (+ 1 (call (. np exp) x))))
  (call print (call (. np log) 2.0))
  === cross_entropy_terms
  import numpy as np
  p = np.array([0.9, 0.2, 0.6])
  y = np.array([1, 0, 1])
  terms = y * np.log(p) + (1 - y) * np.log(1 - p)
  print(terms)
  print(-np.mean(terms))
  ---
  (import numpy as np)
  (assign [p] (call (. np array) [0.9 0.2 0.6]))
  (assign [y] (call (. np array) [1 0 1]))
  (assign [terms] (+ (* y (call (. np log) p)) (* (- 1 y) (call (. np log) (- 1 p)))))
  (call print terms)
  (call print (- (call (. np mean) terms)))
  === exp_of_int_array_is_float
  import numpy as np
  e = np.exp(np.array([0, 0, 0]))
  print(e, e.dtype)
  print(np.exp(0.0) == 1.0)
  ---
  (import numpy as np)
  (assign [e] (call (. np exp) (call (. np array) [0 0 0])))
  (call print e (. e dtype))
  (call print (== (call (. np exp) 0.0) 1.0))
  === from_numpy_import_functions
  from numpy import array, mean, exp, sqrt
  Z = array([0.0, 1.0, 2.0])
  print(exp(Z))
  print(sqrt(Z), mean(exp(Z)))
  ---
  (from numpy import array, mean, exp, sqrt)
  (assign [Z] (call array [0.0 1.0 2.0]))
  (call print (call exp Z))
  (call print (call sqrt Z) (call mean (call exp Z)))
  === numpy_scalar_repr_of_exp
  import numpy as np
  values = [np.exp(1.0), np.tanh(0.0), np.log(1.0)]
  print(values)
  print(values[0])
  ---
  (import numpy as np)
  (assign [values] [(call (. np exp) 1.0) (call (. np tanh) 0.0) (call (. np log) 1.0)])
  (call print values)
  (call print ([] values 0))
  === tanh_of_matrix
  import numpy as np
  Z = np.array([[0.1, -0.2], [1.5, 3.0]])
  print(np.tanh(Z))
  ---
  (import numpy as np)
  (assign [Z] (call (. np array) [[0.1 (- 0.2)] [1.5 3.0]]))
  (call print (call (. np tanh) Z))
  === sqrt_of_sum_of_squares
  import numpy as np
  g = np.array([3.0, 4.0])
  print(np.sqrt(np.sum(g ** 2)), np.sqrt(sum(g * g)))
  print(np.sqrt(np.array([2.0, 8.0])) * np.sqrt(2))
  ---
  (import numpy as np)
  (assign [g] (call (. np array) [3.0 4.0]))
  (call print (call (. np sqrt) (call (. np sum) (** g 2))) (call (. np sqrt) (call sum (* g g))))
  (call print (* (call (. np sqrt) (call (. np array) [2.0 8.0])) (call (. np sqrt) 2)))
  === rank3_zeros_print
  import numpy as np
  T = np.zeros((2, 2, 3))
  print(T)
  print(T.shape, T.ndim, T.size)
  ---
  (import numpy as np)
  (assign [T] (call (. np zeros) (tuple 2 2 3)))
  (call print T)
  (call print (. T shape) (. T ndim) (. T size))
  === rank3_arange_reshape
  import numpy as np
  T = np.arange(12).reshape(2, 3, 2)
  print(T)
  ---
  (import numpy as np)
  (assign [T] (call (. (call (. np arange) 12) reshape) 2 3 2))
  (call print T)
  === rank3_indexing
  import numpy as np
  T = np.arange(12).reshape(2, 3, 2)
  print(T[1])
  print(T[0, 1], T[1, 0, 1], T[:, 0])
  ---
  (import numpy as np)
  (assign [T] (call (. (call (. np arange) 12) reshape) 2 3 2))
  (call print ([] T 1))
  (call print ([] T (tuple 0 1)) ([] T (tuple 1 0 1)) ([] T (tuple (: _ _ _) 0)))
  === rank3_sums_by_axis
  import numpy as np
  T = np.arange(8).reshape(2, 2, 2)
  print(T.sum(axis=0))
  print(T.sum(axis=1))
  print(T.sum(axis=2), T.sum())
  ---
  (import numpy as np)
  (assign [T] (call (. (call (. np arange) 8) reshape) 2 2 2))
  (call print (call (. T sum) axis=0))
  (call print (call (. T sum) axis=1))
  (call print (call (. T sum) axis=2) (call (. T sum)))
  === rank3_repr
  import numpy as np
  T = np.array([[[1.5, 2.0]], [[-3.0, 4.25]]])
  print(repr(T))
  print(T.shape)
  ---
  (import numpy as np)
  (assign [T] (call (. np array) [[[1.5 2.0]] [[(- 3.0) 4.25]]]))
  (call print (call repr T))
  (call print (. T shape))
  <end>
  """#
