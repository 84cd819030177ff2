/// Eight bytes of a line that are all printable ASCII but `&`, `` ` `` and `-`, read as one 64-bit
/// word: what ``LineFeatures/scan(_:)`` needs to know about them without looking at each byte.
///
/// Most bytes of most text are letters, digits, punctuation and single spaces; such a block
/// changes the scan's features only through its uppercase letters and its spaces (two in a row,
/// or one at the end of the line), so eight bytes cost a few word operations instead of eight
/// trips through the per-byte switch.
///
/// ```swift
/// let bytes = Array("The cat sat".utf8)
/// bytes.withUnsafeBufferPointer { b in
///   let block = AsciiBlock(b, at: 0)   // "The cat "
///   block?.hasUppercase                 // true
///   block?.lastIsSpace                  // true
///   block?.hasSpacePair                 // false
/// }
/// AsciiBlock(Array("l’été, ok".utf8).withUnsafeBufferPointer { $0 }, at: 0)  // nil: not ASCII
/// ```
struct AsciiBlock {
  /// Whether one of the eight ASCII bytes at `index` is `&` (which may start an entity).
  ///
  /// - Precondition: `index + 8 <= bytes.count`, and the eight bytes are ASCII.
  /// - Complexity: O(1).
  @inline(__always)
  static func hasAmpersand(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    return atLeast(word, 0x26) & ~atLeast(word, 0x27) != 0
  }

  /// The index of the first line feed of `bytes` at or after `start`, or `bytes.count`: eight
  /// bytes at a time.
  ///
  /// ```swift
  /// Array("one\ntwo".utf8).withUnsafeBufferPointer { AsciiBlock.lineEnd(in: $0, from: 0) }  // 3
  /// ```
  ///
  /// - Complexity: O(*n*).
  static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let n = bytes.count
    var i = start
    if let base = bytes.baseAddress {
      while i + 8 <= n {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let found = hasZeroByte(word ^ (0x0A &* ones))
        if found != 0 { return i + found.trailingZeroBitCount >> 3 }
        i += 8
      }
    }
    while i < n && bytes[i] != 0x0A { i += 1 }
    return i
  }

  /// Whether `bytes` hold a `&` or a byte of a non-ASCII scalar: eight bytes at a time.
  ///
  /// - Complexity: O(*n*).
  static func hasAmpersandOrNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    var i = 0
    if let base = bytes.baseAddress {
      while i + 8 <= n {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        if word & highBits != 0 || hasZeroByte(word ^ (0x26 &* ones)) != 0 { return true }
        i += 8
      }
    }
    while i < n {
      if bytes[i] == 0x26 || bytes[i] >= 0x80 { return true }
      i += 1
    }
    return false
  }

  /// Bit 7 set in the lowest byte of `word` that is zero (higher bytes may be flagged wrongly
  /// after it, never before).
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & highBits
  }

  /// Bit 7 of each byte (0x80 per byte), the lane in which the word tests answer.
  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  /// 0x01 in every byte.
  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// Whether any byte is an ASCII uppercase letter.
  let hasUppercase: Bool
  /// Whether two spaces follow each other inside the block.
  let hasSpacePair: Bool
  /// Whether the first byte is a space.
  let firstIsSpace: Bool
  /// Whether the last byte is a space.
  let lastIsSpace: Bool

  /// Reads `bytes[index ..< index + 8]`; `nil` unless every one of them is printable ASCII
  /// (U+0020…U+007E) other than `&`, `` ` `` and `-`.
  ///
  /// - Precondition: `index + 8 <= bytes.count`.
  /// - Complexity: O(1): one unaligned load and about thirty word operations.
  @inline(__always)
  init?(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
    guard let base = bytes.baseAddress else { return nil }
    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    // Every byte below 0x80: then adding up to 0x7F to a byte cannot carry into the next one.
    guard word & Self.highBits == 0 else { return nil }
    // Printable ASCII (U+0020…U+007E) but `&`, `` ` `` and `-`, which the scan reports or
    // whose pairs it looks for.
    let printable = Self.atLeast(word, 0x20) & ~Self.atLeast(word, 0x7F)
    let ampersand = Self.atLeast(word, 0x26) & ~Self.atLeast(word, 0x27)
    let hyphen = Self.atLeast(word, 0x2D) & ~Self.atLeast(word, 0x2E)
    let backtick = Self.atLeast(word, 0x60) & ~Self.atLeast(word, 0x61)
    guard printable & ~(ampersand | hyphen | backtick) == Self.highBits else { return nil }
    let upper = Self.atLeast(word, 0x41) & ~Self.atLeast(word, 0x5B)
    let space = Self.atLeast(word, 0x20) & ~Self.atLeast(word, 0x21)
    hasUppercase = upper != 0
    // Lane k holds byte k (little-endian): a space in lane k and in lane k + 1.
    hasSpacePair = space & (space >> 8) != 0
    firstIsSpace = space & 0x80 != 0
    lastIsSpace = space >> 56 != 0
  }

  /// Whether ``MatchFoldTransducer`` copies `bytes[index ..< index + 8]` unchanged: printable
  /// ASCII other than uppercase letters, `` ` `` and `-`, with no space after a space (nor a
  /// first one when `afterSpace`) and a last space followed by a byte other than a space or a
  /// line feed. Returns whether the last byte is a space, or `nil` if the block is not copied.
  ///
  /// ```swift
  /// Array("the cat sat".utf8).withUnsafeBufferPointer {
  ///   AsciiBlock.copiedByMatchFold($0, at: 0, afterSpace: false)   // true: "the cat " ends in a space
  /// }
  /// ```
  ///
  /// - Precondition: `index + 8 <= bytes.count`.
  /// - Complexity: O(1).
  @inline(__always)
  static func copiedByMatchFold(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, afterSpace: Bool
  ) -> Bool? {
    guard let base = bytes.baseAddress else { return nil }
    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    guard word & highBits == 0 else { return nil }
    let printable = atLeast(word, 0x20) & ~atLeast(word, 0x7F)
    let upper = atLeast(word, 0x41) & ~atLeast(word, 0x5B)
    let backtick = atLeast(word, 0x60) & ~atLeast(word, 0x61)
    let hyphen = atLeast(word, 0x2D) & ~atLeast(word, 0x2E)
    guard printable & ~(upper | backtick | hyphen) == highBits else { return nil }
    let space = atLeast(word, 0x20) & ~atLeast(word, 0x21)
    guard space & (space >> 8) == 0, !(afterSpace && space & 0x80 != 0) else { return nil }
    guard space >> 56 != 0 else { return false }
    let next = index + 8
    guard next < bytes.count, bytes[next] != 0x0A, bytes[next] != 0x20 else { return nil }
    return true
  }

  /// Bit 7 of each byte set where that byte (below 0x80) is at least `bound` (1…0x80).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  private static func atLeast(_ word: UInt64, _ bound: UInt64) -> UInt64 {
    (word &+ (0x80 - bound) &* ones) & highBits
  }
}
