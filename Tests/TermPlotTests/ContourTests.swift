import Testing

@testable import TermPlot

/// A segment as four numbers, so that lists of segments compare with `==`.
private func flat(
  _ segments: [(start: (x: Double, y: Double), end: (x: Double, y: Double))]
) -> [[Double]] {
  segments.map { [$0.start.x, $0.start.y, $0.end.x, $0.end.y] }
}

@Suite struct ContourTests {
  // Edge crossings of a unit cell with corners 0 and 1 at level 0.5.
  let top = [0.5, 0.0]
  let right = [1.0, 0.5]
  let bottom = [0.5, 1.0]
  let left = [0.0, 0.5]

  @Test func everyOneOfTheSixteenCases() {
    // Case bits: tl 8, tr 4, br 2, bl 1 for a corner above the level.
    let expected: [Int: [[Double]]] = [
      0: [], 15: [],
      1: [left + bottom], 14: [left + bottom],
      2: [bottom + right], 13: [bottom + right],
      3: [left + right], 12: [left + right],
      4: [top + right], 11: [top + right],
      6: [top + bottom], 9: [top + bottom],
      7: [left + top], 8: [left + top],
      // Saddles: the centre (0.5) is not above 0.5, so the two corners above are cut off.
      5: [left + bottom, top + right],
      10: [left + top, bottom + right],
    ]
    for index in 0..<16 {
      let corner = { (bit: Int) in index & bit != 0 ? 1.0 : 0.0 }
      // Row-major: tl, tr, then bl, br.
      let values = [corner(8), corner(4), corner(1), corner(2)]
      let segments = Contour.segments(values: values, columns: 2, rows: 2, level: 0.5)
      #expect(flat(segments) == expected[index], "case \(index)")
    }
  }

  @Test func saddleIsResolvedByTheCentreAverage() {
    // tl and br above, tr and bl below (case 10).
    let values = [1.0, 0.0, 0.0, 1.0]
    // Average 0.5 is above 0.4: tl and br join through the centre; tr and bl are cut off.
    let low = Contour.segments(values: values, columns: 2, rows: 2, level: 0.4)
    #expect(flat(low) == [[0, 0.6, 0.4, 1], [0.6, 0, 1, 0.4]])
    // Average 0.5 is below 0.6: tl and br are cut off.
    let high = Contour.segments(values: values, columns: 2, rows: 2, level: 0.6)
    #expect(flat(high) == [[0, 0.4, 0.4, 0], [0.6, 1, 1, 0.6]])
    // Case 5, the mirror image: tr and bl above.
    let mirrored = Contour.segments(values: [0, 1, 1, 0], columns: 2, rows: 2, level: 0.4)
    #expect(flat(mirrored) == [[0, 0.4, 0.4, 0], [0.6, 1, 1, 0.6]])
  }

  @Test func coneGivesAClosedContour() {
    // f = x² + y² on the grid x, y ∈ −3…3; grid point (i, j) is at x = j − 3, y = i − 3.
    var values: [Double] = []
    for i in 0..<7 {
      for j in 0..<7 {
        let (x, y) = (Double(j - 3), Double(i - 3))
        values.append(x * x + y * y)
      }
    }
    let segments = Contour.segments(values: values, columns: 7, rows: 7, level: 5.5)
    // 21 grid points lie inside (f ≤ 5: the 5 × 5 square without its corners), and the
    // contour crosses each of the 20 grid edges between them and the outside once.
    #expect(segments.count == 20)
    var uses: [[Double]: Int] = [:]
    for segment in segments {
      uses[[segment.start.x, segment.start.y], default: 0] += 1
      uses[[segment.end.x, segment.end.y], default: 0] += 1
    }
    #expect(uses.count == 20)
    #expect(uses.values.allSatisfy { $0 == 2 })
    // Between (x, y) = (2, 0), f = 4, and (3, 0), f = 9: at 2 + 1.5/5.
    #expect(uses[[5.3, 3]] == 2)
    // Every crossing lies between the circles through the inside and outside points.
    let radii = uses.keys.map { (($0[0] - 3) * ($0[0] - 3) + ($0[1] - 3) * ($0[1] - 3)) }
    #expect(radii.allSatisfy { $0 > 4 && $0 < 6 })
  }

  @Test func nanCornersSkipTheCell() {
    // Two cells side by side; the right one has a NaN corner, the left a vertical crossing.
    let values: [Double] = [0, 1, .nan, 0, 1, 2]
    let segments = Contour.segments(values: values, columns: 3, rows: 2, level: 0.5)
    #expect(flat(segments) == [[0.5, 0, 0.5, 1]])
    let infinite: [Double] = [0, 1, .infinity, 0, 1, -.infinity]
    #expect(
      flat(Contour.segments(values: infinite, columns: 3, rows: 2, level: 0.5))
        == [[0.5, 0, 0.5, 1]])
  }

  @Test func degenerateGridsHaveNoSegments() {
    #expect(Contour.segments(values: [0, 1], columns: 2, rows: 1, level: 0.5).isEmpty)
    #expect(Contour.segments(values: [0, 1, 1], columns: 2, rows: 2, level: 0.5).isEmpty)
    #expect(Contour.segments(values: [], columns: 0, rows: 0, level: 0.5).isEmpty)
    #expect(Contour.segments(values: [0, 1], columns: -2, rows: -1, level: 0.5).isEmpty)
    #expect(
      Contour.segments(values: [0, 1, 1, 0], columns: Int.max, rows: Int.max, level: 0.5)
        .isEmpty)
    #expect(Contour.segments(values: [0, 1, 1, 0], columns: 2, rows: 2, level: .nan).isEmpty)
  }

  @Test func cornerOnTheLevelGivesNoPointSegments() {
    // tl equals the level: the left and top crossings both sit on it.
    let segments = Contour.segments(values: [0.5, 1, 1, 1], columns: 2, rows: 2, level: 0.5)
    #expect(segments.isEmpty)
  }

  @Test func evenLevelsLieStrictlyBetweenTheExtremes() {
    #expect(Contour.levels(values: [0, 10], count: 4, logarithmic: false) == [2, 4, 6, 8])
    #expect(
      Contour.levels(values: [.nan, 10, .infinity, 0, -.infinity], count: 4, logarithmic: false)
        == [2, 4, 6, 8])
    #expect(Contour.levels(values: [-3, 1], count: 1, logarithmic: false) == [-1])
    let big = Double.greatestFiniteMagnitude
    #expect(Contour.levels(values: [-big, big], count: 1, logarithmic: false) == [0])
  }

  @Test func geometricLevelsWhenEveryValueIsPositive() {
    #expect(Contour.levels(values: [1, 1000], count: 2, logarithmic: true) == [10, 100])
    #expect(Contour.levels(values: [5, 1, 100, 10], count: 1, logarithmic: true) == [10])
    // A zero or negative value: evenly spaced after all.
    #expect(Contour.levels(values: [0, 10], count: 4, logarithmic: true) == [2, 4, 6, 8])
  }

  @Test func noLevelsWithoutARange() {
    #expect(Contour.levels(values: [], count: 3, logarithmic: false).isEmpty)
    #expect(Contour.levels(values: [2, 2, .nan], count: 3, logarithmic: false).isEmpty)
    #expect(Contour.levels(values: [0, 1], count: 0, logarithmic: false).isEmpty)
    #expect(Contour.levels(values: [0, 1], count: -5, logarithmic: false).isEmpty)
    #expect(Contour.levels(values: [1, 1.0.nextUp], count: 3, logarithmic: true).isEmpty)
    #expect(
      Contour.levels(values: [0, 1], count: Int.max, logarithmic: false).count
        == Contour.maximumLevelCount)
  }
}
