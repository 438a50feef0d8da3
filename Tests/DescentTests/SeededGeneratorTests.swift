import Foundation
import Testing

@testable import Descent

// Reference values come from an independent Python implementation of the published
// algorithms: SplitMix64 (Steele, Lea & Flood 2014; Vigna's splitmix64.c) fills the four
// state words, then xoshiro256** 1.0 (Blackman & Vigna 2018, xoshiro256starstar.c):
//
//   result = rotl(s1 · 5, 7) · 9;  t = s1 << 17;
//   s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
//
// (all arithmetic mod 2⁶⁴). nextInt(below: b) is Lemire's: the high word of x·b, redrawing
// while the low word is below (2⁶⁴ − b) mod b.

@Suite struct SeededGeneratorTests {
  @Test func seedingFillsTheStateWithSplitMix64Outputs() {
    // SplitMix64 from 0 starts 0xE220A8397B1DCDAF, the well-known first output.
    let zero = SeededGenerator(seed: 0)
    #expect(zero.state.0 == 0xE220_A839_7B1D_CDAF)
    #expect(zero.state.1 == 0x6E78_9E6A_A1B9_65F4)
    #expect(zero.state.2 == 0x06C4_5D18_8009_454F)
    #expect(zero.state.3 == 0xF88B_B8A8_724C_81EC)
    let fortyTwo = SeededGenerator(seed: 42)
    #expect(fortyTwo.state.0 == 0xBDD7_3226_2FEB_6E95)
    #expect(fortyTwo.state.1 == 0x28EF_E333_B266_F103)
    #expect(fortyTwo.state.2 == 0x4752_6757_130F_9F52)
    #expect(fortyTwo.state.3 == 0x581C_E1FF_0E4A_E394)
  }

  @Test func seedZeroGivesTheReferenceXoshiro256StarStarOutputs() {
    var generator = SeededGenerator(seed: 0)
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0,
        0x6AA5_94F1_262D_2D2C, 0xBBA5_AD4A_1F84_2E59,
      ])
  }

  @Test func seedFortyTwoGivesTheReferenceXoshiro256StarStarOutputs() {
    var generator = SeededGenerator(seed: 42)
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1,
        0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64,
      ])
  }

  @Test func restoringAStateReplaysTheStream() {
    var generator = SeededGenerator(seed: 42)
    _ = generator.next()
    let saved = generator.state
    let ahead = (0..<4).map { _ in generator.next() }
    generator.restore(state: saved)
    #expect((0..<4).map { _ in generator.next() } == ahead)
    #expect(ahead[0] == 0x6104_D986_6D11_3A7E)
  }

  // MARK: - Doubles

  @Test func nextUnitIsTheTop53BitsTimesTwoToTheMinus53() {
    var generator = SeededGenerator(seed: 42)
    // 0x15780B2E0C2EC716 >> 11 = 755 417 584 877 784, times 2⁻⁵³.
    #expect(generator.nextUnit() == Double(0x1578_0B2E_0C2E_C716 >> 11) / 9_007_199_254_740_992)
    var zero = SeededGenerator(seed: 0)
    #expect(zero.nextUnit() == 0.6012629994179048)
    #expect(zero.nextUnit() == 0.7477740925472398)
    #expect(zero.nextUnit() == 0.10301998939503632)
  }

  @Test func nextUnitStaysInTheHalfOpenUnitInterval() {
    var generator = SeededGenerator(seed: 3)
    var low = 1.0
    var high = 0.0
    for _ in 0..<100_000 {
      let u = generator.nextUnit()
      #expect(u >= 0 && u < 1)
      low = min(low, u)
      high = max(high, u)
    }
    // 100 000 uniform draws reach within 1e-3 of both ends (each miss has chance e^−100).
    #expect(low < 1e-3 && high > 1 - 1e-3)
  }

  @Test func nextUniformScalesIntoItsRange() {
    var generator = SeededGenerator(seed: 42)
    var copy = generator
    let u = copy.nextUnit()
    #expect(generator.nextUniform(in: -2, 6) == -2 + 8 * u)
    for _ in 0..<10_000 {
      let v = generator.nextUniform(in: -0.5, 0.25)
      #expect(v >= -0.5 && v < 0.25)
    }
  }

  @Test func nextGaussianHasMeanZeroAndVarianceOne() {
    var generator = SeededGenerator(seed: 2024)
    let n = 100_000
    var sum = 0.0
    var squares = 0.0
    var beyondTwo = 0
    for _ in 0..<n {
      let z = generator.nextGaussian()
      #expect(z.isFinite)
      sum += z
      squares += z * z
      if abs(z) > 2 { beyondTwo += 1 }
    }
    let mean = sum / Double(n)
    let variance = squares / Double(n) - mean * mean
    // Standard errors: mean 1/√n ≈ 0.0032, variance √(2/n) ≈ 0.0045; allow five of each.
    #expect(abs(mean) < 0.016)
    #expect(abs(variance - 1) < 0.023)
    // P(|Z| > 2) = 0.0455, standard error √(p(1 − p)/n) ≈ 0.00066.
    #expect(abs(Double(beyondTwo) / Double(n) - 0.0455) < 0.0033)
  }

  @Test func nextGaussianIsBoxMullerOnTwoUnitDraws() {
    // u₁ = 1 − nextUnit(), u₂ = nextUnit(); z = √(−2 ln u₁) · cos(2π u₂).
    var fortyTwo = SeededGenerator(seed: 42)
    #expect(abs(fortyTwo.nextGaussian() - (-0.303263064678738)) <= 1e-15)
    var zero = SeededGenerator(seed: 0)
    #expect(abs(zero.nextGaussian() - (-0.01896499060631051)) <= 1e-16)
    // Exactly two draws: the next output is the third of the stream.
    #expect(zero.next() == 0x1A5F_849D_4933_E6E0)
  }

  // MARK: - Integers

  @Test func nextIntMatchesLemiresMethod() {
    var zero = SeededGenerator(seed: 0)
    #expect((0..<12).map { _ in zero.nextInt(below: 6) } == [3, 4, 0, 2, 4, 5, 2, 3, 5, 5, 0, 0])
    var fortyTwo = SeededGenerator(seed: 42)
    #expect(
      (0..<8).map { _ in fortyTwo.nextInt(below: 1000) } == [83, 378, 680, 924, 991, 769, 719, 850])
  }

  @Test func nextIntRedrawsWhenTheLowWordFallsBelowTheThreshold() {
    // b = 3·2⁶¹: the low word of x·b is (3x mod 8)·2⁶¹ and the threshold is
    // (2⁶⁴ − b) mod b = 2⁶², so a quarter of draws are rejected. Seed 0 rejects twice in
    // its first six values, seed 42 once.
    let bound = 3 << 61
    var zero = SeededGenerator(seed: 0)
    #expect(
      (0..<6).map { _ in zero.nextInt(below: bound) } == [
        4_159_254_251_719_899_907, 5_172_748_991_313_500_655, 2_881_767_038_484_803_824,
        5_070_526_496_294_146_401, 6_915_788_827_985_996_811, 3_705_408_086_201_672_663,
      ])
    var fortyTwo = SeededGenerator(seed: 42)
    #expect(
      (0..<6).map { _ in fortyTwo.nextInt(below: bound) } == [
        580_124_536_650_959_528, 2_621_606_884_861_703_663, 4_704_220_035_843_209_628,
        6_396_590_290_943_296_572, 6_860_832_366_774_494_053, 4_975_492_090_850_325_282,
      ])
  }

  @Test func nextIntStaysInRangeAndHitsEveryValue() {
    var generator = SeededGenerator(seed: 11)
    for bound in [1, 2, 3, 7, 10, 64] {
      var seen = Set<Int>()
      for _ in 0..<(bound * 200) {
        let k = generator.nextInt(below: bound)
        #expect(k >= 0 && k < bound)
        seen.insert(k)
      }
      #expect(seen == Set(0..<bound), "bound \(bound)")
    }
    // Roughly uniform: each of 7 values about 10 000 times in 70 000 (sd ≈ 93).
    var counts = [Int](repeating: 0, count: 7)
    for _ in 0..<70_000 { counts[generator.nextInt(below: 7)] += 1 }
    #expect(counts.allSatisfy { abs($0 - 10_000) < 500 }, "\(counts)")
    for _ in 0..<1000 {
      let k = generator.nextInt(below: Int.max)
      #expect(k >= 0 && k < Int.max)
    }
  }

  // MARK: - Streams and shuffles

  @Test func streamsOfOneSeedDiffer() {
    let firsts = (0..<6).map { stream -> UInt64 in
      var generator = SeededGenerator(seed: 7, stream: UInt64(stream))
      return generator.next()
    }
    #expect(Set(firsts).count == 6)
    let plain = SeededGenerator(seed: 7)
    for stream in 1..<6 {
      var generator = SeededGenerator(seed: 7, stream: UInt64(stream))
      #expect(generator.state != plain.state)
      // Streams are reproducible: the same seed and stream give the same numbers.
      var again = SeededGenerator(seed: 7, stream: UInt64(stream))
      #expect((0..<3).map { _ in generator.next() } == (0..<3).map { _ in again.next() })
    }
  }

  @Test func shuffleIsFisherYatesFromTheLastPositionDown() {
    var zero = SeededGenerator(seed: 0)
    var indices = Array(0..<10)
    zero.shuffle(&indices)
    #expect(indices == [7, 8, 3, 1, 5, 4, 2, 0, 9, 6])
    var fortyTwo = SeededGenerator(seed: 42)
    var more = Array(0..<10)
    fortyTwo.shuffle(&more)
    #expect(more == [9, 1, 4, 2, 8, 7, 6, 5, 3, 0])
  }

  @Test func shuffleIsAPermutation() {
    var generator = SeededGenerator(seed: 99)
    for count in [0, 1, 2, 5, 31, 500] {
      var indices = Array(0..<count)
      generator.shuffle(&indices)
      #expect(indices.sorted() == Array(0..<count), "count \(count)")
    }
    var big = Array(0..<500)
    generator.shuffle(&big)
    #expect(big != Array(0..<500))
    // Each of 3! orders of three items comes up about equally often.
    var counts: [[Int]: Int] = [:]
    for _ in 0..<6000 {
      var three = [0, 1, 2]
      generator.shuffle(&three)
      counts[three, default: 0] += 1
    }
    #expect(counts.count == 6)
    #expect(counts.values.allSatisfy { abs($0 - 1000) < 150 }, "\(counts)")
  }

  @Test func equalGeneratorsHaveEqualStates() {
    var a = SeededGenerator(seed: 5)
    var b = SeededGenerator(seed: 5)
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    _ = a.next()
    #expect(a != b)
    _ = b.next()
    #expect(a == b)
  }
}
