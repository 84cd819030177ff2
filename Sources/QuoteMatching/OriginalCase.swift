import QuoteNormalization

/// How the text as written capitalized the words of its match key (which is case-folded):
/// acronyms count as acronyms when written in capitals (`US`, not `us`), and names are
/// capitalized words.
///
/// ```swift
/// let c = OriginalCase(Normalizer(profile: .match).normalize("the US and Zelensky"))
/// c.isCapitals(4..<6)        // true: `US`
/// c.isCapitalized(11..<19)   // true: `Zelensky`
/// ```
///
/// - Complexity: the text's scalars are read once, on first use, in O(*n*); a question is
///   O(log *e*) in the normalization's edits plus the word's length.
final class OriginalCase {
  private let normalized: NormalizedText
  private lazy var scalars: [Unicode.Scalar] = Array(normalized.original.unicodeScalars)

  /// Name skeletons already computed, shared by the texts one worker analyses.
  let skeletons: SkeletonCache

  init(_ normalized: NormalizedText, skeletons: SkeletonCache = SkeletonCache()) {
    self.normalized = normalized
    self.skeletons = skeletons
  }

  /// The original scalars of a key scalar range.
  private func original(_ range: Range<Int>) -> ArraySlice<Unicode.Scalar> {
    let r = normalized.map.inputRange(forOutput: range)
    guard r.upperBound <= scalars.count else { return [] }
    return scalars[r]
  }

  /// Whether the range was written in capitals only (two letters at least: `US`, `NATO`).
  func isCapitals(_ range: Range<Int>) -> Bool {
    var letters = 0
    for c in original(range) where c.properties.isAlphabetic {
      guard Self.isUpper(c) else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Whether the range was written capitalized, as a name is: an upper-case first letter and a
  /// lower-case one after it (`Zelensky`, not `zelensky` or `ZELENSKY`).
  func isCapitalized(_ range: Range<Int>) -> Bool {
    let o = original(range)
    guard let first = o.first, Self.isUpper(first) else { return false }
    return o.dropFirst().contains { Self.isLower($0) }
  }

  @inline(__always)
  private static func isUpper(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
  }

  @inline(__always)
  private static func isLower(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80 ? c.value >= 0x61 && c.value <= 0x7A : c.properties.isLowercase
  }
}

/// Name skeletons by the ``WordHash`` of the key word (→ the hash of its
/// ``NameKey/skeleton(folded:)``), for one worker: names recur across a collection's quotes.
final class SkeletonCache {
  var hashes: [UInt64: UInt64] = [:]
}
