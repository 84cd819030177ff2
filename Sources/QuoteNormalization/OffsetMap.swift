/// Maps offsets between a text and its normalized form, in both directions.
///
/// An offset map is the sorted list of ``Edit``s; everything between edits was copied, so an
/// offset there moves by the length change of the edits before it. Mapping a range returns the
/// smallest range on the other side that produced it (or that it produced).
///
/// ```swift
/// let r = Normalizer(profile: .display).normalize("Ã©t&eacute;")
/// r.text                                  // "été"
/// r.map.inputRange(forOutput: 1..<2)      // 2..<3   (the "t")
/// r.map.inputRange(forOutput: 2..<3)      // 3..<11  ("&eacute;")
/// ```
public struct OffsetMap: Sendable, Hashable {
  /// The edits, sorted by both input and output offsets, not overlapping.
  public private(set) var edits: [Edit]

  public init(edits: [Edit] = []) { self.edits = edits }

  /// Appends edits that follow all existing ones (streaming use).
  ///
  /// - Complexity: O(*k*) for *k* new edits.
  public mutating func append(contentsOf more: some Sequence<Edit>) { edits.append(contentsOf: more) }

  /// The smallest range of the input that produced `output`.
  ///
  /// - Complexity: O(log *e*) for *e* edits.
  public func inputRange(forOutput output: Range<Int>) -> Range<Int> {
    let start = map(output.lowerBound, isEnd: false, fromOutput: true)
    let end = output.isEmpty ? start : map(output.upperBound, isEnd: true, fromOutput: true)
    return start..<max(start, end)
  }

  /// The smallest range of the output that `input` became.
  ///
  /// - Complexity: O(log *e*) for *e* edits.
  public func outputRange(forInput input: Range<Int>) -> Range<Int> {
    let start = map(input.lowerBound, isEnd: false, fromOutput: false)
    let end = input.isEmpty ? start : map(input.upperBound, isEnd: true, fromOutput: false)
    return start..<max(start, end)
  }

  private func map(_ p: Int, isEnd: Bool, fromOutput: Bool) -> Int {
    // The last edit whose source range starts before p (start) / before-or-at p-1 (end).
    var lo = 0
    var hi = edits.count
    while lo < hi {
      let mid = (lo + hi) / 2
      let s = fromOutput ? edits[mid].output.lowerBound : edits[mid].input.lowerBound
      if isEnd ? s < p : s <= p { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return p }
    let e = edits[lo - 1]
    let src = fromOutput ? e.output : e.input
    let dst = fromOutput ? e.input : e.output
    if isEnd ? p <= src.upperBound : p < src.upperBound {
      return isEnd ? dst.upperBound : dst.lowerBound
    }
    return dst.upperBound + (p - src.upperBound)
  }

  /// Composes two steps: `first` maps A to B, `second` maps B to C; the result maps A to C.
  /// Edits of the two steps that overlap in B become one edit whose rule names both.
  ///
  /// - Complexity: O(*m* + *n*).
  static func compose(_ first: [Edit], _ second: [Edit]) -> [Edit] {
    if first.isEmpty { return second }
    if second.isEmpty { return first }
    var result: [Edit] = []
    result.reserveCapacity(first.count + second.count)
    var i = 0
    var j = 0
    var deltaFirst = 0  // A - B before the current position
    var deltaSecond = 0  // C - B before the current position
    // Which side's next edit starts first in B (empty ranges first on ties, `first` before `second`).
    func takeFirst() -> Bool {
      guard i < first.count else { return false }
      guard j < second.count else { return true }
      let a = first[i].output
      let b = second[j].input
      if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
      if a.isEmpty != b.isEmpty { return a.isEmpty }
      return true
    }
    while i < first.count || j < second.count {
      var rule: NormalizationRule? = nil
      let startFirst = takeFirst()
      let seed = startFirst ? first[i].output : second[j].input
      let bStart = seed.lowerBound
      var bEnd = seed.upperBound
      let aStart = bStart + deltaFirst
      let cStart = bStart + deltaSecond
      var firstRule: NormalizationRule? = nil
      var secondRule: NormalizationRule? = nil
      var consumedAny = false
      while i < first.count || j < second.count {
        let useFirst = takeFirst()
        let r = useFirst ? first[i].output : second[j].input
        if consumedAny {
          let joins = r.lowerBound < bEnd && (!r.isEmpty || r.lowerBound > bStart)
          if !joins { break }
        }
        consumedAny = true
        bEnd = max(bEnd, r.upperBound)
        if useFirst {
          let e = first[i]
          deltaFirst += e.input.count - e.output.count
          firstRule = firstRule.map { $0.combined(with: e.rule) } ?? e.rule
          i += 1
        } else {
          let e = second[j]
          deltaSecond += e.output.count - e.input.count
          secondRule = secondRule.map { $0.combined(with: e.rule) } ?? e.rule
          j += 1
        }
      }
      switch (firstRule, secondRule) {
      case let (f?, s?): rule = f.combined(with: s)
      case let (f?, nil): rule = f
      case let (nil, s?): rule = s
      case (nil, nil): rule = nil
      }
      if let rule {
        result.append(
          Edit(input: aStart..<(bEnd + deltaFirst), output: cStart..<(bEnd + deltaSecond), rule: rule))
      }
    }
    return result
  }
}
