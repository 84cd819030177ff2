/// The result of ``Normalizer/normalize(_:)``: the normalized text, the text it came from, and
/// the map between them.
///
/// ```swift
/// let r = Normalizer(profile: .display).normalize("caf&eacute; au lait")
/// let i = r.text.firstIndex(of: "é")!
/// r.original[r.originalRange(for: i..<r.text.index(after: i))]  // "&eacute;"
/// ```
public struct NormalizedText: Sendable, Hashable {
  /// The text that was normalized.
  public let original: String
  /// The normalized text.
  public let text: String
  /// Offsets between `original` and `text`, in Unicode scalars.
  public let map: OffsetMap

  public init(original: String, text: String, map: OffsetMap) {
    self.original = original
    self.text = text
    self.map = map
  }

  /// The edits, in order.
  public var edits: [Edit] { map.edits }

  /// The smallest range of ``original`` that produced `range` of ``text``.
  ///
  /// - Complexity: O(*n*) to convert indices to scalar offsets.
  public func originalRange(for range: Range<String.Index>) -> Range<String.Index> {
    let s = text.unicodeScalars
    let lo = s.distance(from: s.startIndex, to: range.lowerBound)
    let hi = lo + s.distance(from: range.lowerBound, to: range.upperBound)
    let r = map.inputRange(forOutput: lo..<hi)
    let o = original.unicodeScalars
    let start = o.index(o.startIndex, offsetBy: r.lowerBound)
    return start..<o.index(start, offsetBy: r.count)
  }

  /// The smallest range of ``text`` that `range` of ``original`` became.
  ///
  /// - Complexity: O(*n*) to convert indices to scalar offsets.
  public func normalizedRange(for range: Range<String.Index>) -> Range<String.Index> {
    let o = original.unicodeScalars
    let lo = o.distance(from: o.startIndex, to: range.lowerBound)
    let hi = lo + o.distance(from: range.lowerBound, to: range.upperBound)
    let r = map.outputRange(forInput: lo..<hi)
    let s = text.unicodeScalars
    let start = s.index(s.startIndex, offsetBy: r.lowerBound)
    return start..<s.index(start, offsetBy: r.count)
  }
}
