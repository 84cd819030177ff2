/// The hash ``VariantWordTable`` files its words under, made to be read eight letters at a time:
/// a word's lower-case ASCII letters are cut into chunks of eight bytes (little-endian, the last
/// one padded with zeros, which no letter is, so words of different lengths differ), and each
/// chunk is mixed in with one multiplication.
///
/// ```swift
/// let h = Array("Colour".utf8).withUnsafeBufferPointer { WordHash.hash($0, 0, 6) }
/// h == WordHash.hash(Array("colour".unicodeScalars)[...])  // true
/// ```
///
/// ``VariantTrigger`` computes the same value from eight-byte loads (``chunk(_:at:)``) while it
/// finds the word's end (``letterMask(_:)``): one multiplication per eight letters instead of
/// one per letter.
///
/// - Complexity: O(*k*) in the word's length.
enum WordHash {
  /// The value before any chunk.
  static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// `h` with one more chunk mixed in.
  @inline(__always)
  static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
    let m = (h ^ chunk) &* 0xBF58_476D_1CE4_E5B9
    return m ^ (m >> 31)
  }

  /// Bytes `0x80` where the byte of `x` is an ASCII letter, `0` elsewhere.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func letterMask(_ x: UInt64) -> UInt64 {
    let low = (x | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
    // High bit of each byte: at least `a` (0x61), and at least `{` (0x7B).
    let atLeastA = low &+ 0x1F1F_1F1F_1F1F_1F1F
    let pastZ = low &+ 0x0505_0505_0505_0505
    return atLeastA & ~pastZ & ~x & 0x8080_8080_8080_8080
  }

  /// Bytes `0x80` where the byte of `x` is an ASCII digit, `0` elsewhere.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func digitMask(_ x: UInt64) -> UInt64 {
    let low = x & 0x7F7F_7F7F_7F7F_7F7F
    let atLeast0 = low &+ 0x5050_5050_5050_5050
    let past9 = low &+ 0x4646_4646_4646_4646
    return atLeast0 & ~past9 & ~x & 0x8080_8080_8080_8080
  }

  /// The eight bytes of `b` at `i` as one little-endian integer (`i + 8 <= b.count`).
  @inline(__always)
  static func chunk(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(
        as: UInt64.self))
  }

  /// The end of the run of ASCII letters of `b` that starts at `i`, and its hash, read eight
  /// bytes at a time while eight remain (``VariantTrigger``'s word reader).
  ///
  /// ```swift
  /// WordHash.word(in: bytes, at: 0)  // "Colour, ": (6, hash of "colour")
  /// ```
  ///
  /// - Complexity: O(*k*) in the word's length.
  @inline(__always)
  static func word(in b: UnsafeBufferPointer<UInt8>, at i: Int) -> (end: Int, hash: Int) {
    let n = b.count
    var h = seed
    var p = i
    while p + 8 <= n {
      let x = chunk(b, at: p)
      let others = ~letterMask(x) & 0x8080_8080_8080_8080
      if others == 0 {
        h = mix(h, x | 0x2020_2020_2020_2020)
        p += 8
        continue
      }
      let k = others.trailingZeroBitCount >> 3
      if k > 0 { h = mix(h, (x | 0x2020_2020_2020_2020) & (~0 >> (64 - 8 * UInt64(k)))) }
      return (p + k, Int(truncatingIfNeeded: h))
    }
    // Fewer than eight bytes left: at most seven letters, one chunk.
    var last: UInt64 = 0
    var s: UInt64 = 0
    while p < n, (b[p] | 0x20) >= 0x61 && (b[p] | 0x20) <= 0x7A {
      last |= UInt64(b[p] | 0x20) << s
      s += 8
      p += 1
    }
    if s > 0 { h = mix(h, last) }
    return (p, Int(truncatingIfNeeded: h))
  }

  /// The hash of the `count` ASCII letters of `b` at `start` (case ignored).
  ///
  /// - Complexity: O(*k*).
  static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int {
    var h = seed
    var k = 0
    while k < count {
      var c: UInt64 = 0
      var s: UInt64 = 0
      while k < count && s < 64 {
        c |= UInt64(b[start + k] | 0x20) << s
        s += 8
        k += 1
      }
      h = mix(h, c)
    }
    return Int(truncatingIfNeeded: h)
  }

  /// ``hash(_:_:_:)`` of ASCII letters given as scalars.
  ///
  /// - Complexity: O(*k*).
  static func hash(_ w: ArraySlice<Unicode.Scalar>) -> Int {
    var h = seed
    var k = w.startIndex
    while k < w.endIndex {
      var c: UInt64 = 0
      var s: UInt64 = 0
      while k < w.endIndex && s < 64 {
        c |= UInt64(UInt8(truncatingIfNeeded: w[k].value) | 0x20) << s
        s += 8
        k += 1
      }
      h = mix(h, c)
    }
    return Int(truncatingIfNeeded: h)
  }
}
