/// British, Canadian and Australian spellings of English words (`organisations`, `signalled`,
/// `colour`, `whilst`) and their American spelling, the canonical key of the `match` profile.
///
/// The pairs come from Debian's scowl word lists by `scripts/gen_spelling.py` (see its header
/// for the rules and the hand list) and ship as a compact string literal
/// (``SpellingTable/data``), parsed once, on first use, into an open-addressing hash table over
/// the words' bytes: a lookup hashes the word where it lies, with no allocation.
///
/// No American word is a key, so no two distinct American words ever get the same key (checked
/// by a test over scowl's whole American list). A few keys (`tyre`: `Tyre` is a city) are marked
/// *lower-case only* and are rewritten only where the text wrote them in lower case.
///
/// - Complexity: loading is O(*n*) in the table's size (about 10,500 entries, 230 kB; see the
///   benchmark for the time); a lookup is O(*k*) in the word's length.
final class SpellingTable: Sendable {
  struct Entry: Sendable {
    /// The British spelling: `bytes[keyStart..<keyStart + keyLength]`.
    var keyStart: Int32
    var keyLength: Int32
    /// The American spelling.
    var valueStart: Int32
    var valueLength: Int32
    /// Rewritten only where the text wrote the word in lower case.
    var lowerCaseOnly: Bool
    /// The British spelling written for the American one under a British target.
    var preferredBritish: Bool
  }

  /// The table, loaded on first use and shared.
  static let shared = SpellingTable()

  /// Every key and value, back to back.
  let bytes: [UInt8]
  let entries: [Entry]
  /// British spelling → entry, by hash; -1 is empty.
  private let slots: [Int32]
  /// American spelling → the entry of its preferred British spelling, by hash; -1 is empty.
  private let reverseSlots: [Int32]
  private let mask: Int

  private init() {
    var bytes: [UInt8] = []
    var entries: [Entry] = []
    var data = Self.data
    data.withUTF8 { text in
      bytes.reserveCapacity(text.count)
      var i = 0
      let n = text.count
      while i < n {
        var lowerOnly = false
        var preferred = false
        while i < n, text[i] == UInt8(ascii: "!") || text[i] == UInt8(ascii: "^") {
          if text[i] == UInt8(ascii: "!") { lowerOnly = true } else { preferred = true }
          i += 1
        }
        let keyStart = i
        while i < n, text[i] != 0x09 { i += 1 }
        let key = keyStart..<i
        i += 1
        func number() -> Int {
          var v = 0
          while i < n, text[i] >= 0x30, text[i] <= 0x39 {
            v = v * 10 + Int(text[i] - 0x30)
            i += 1
          }
          i += 1  // the ':'
          return v
        }
        let p = number()
        let l = number()
        let midStart = i
        while i < n, text[i] != 0x0A { i += 1 }
        let mid = midStart..<i
        i += 1
        guard !key.isEmpty, p + l <= key.count else { continue }
        let k = Int32(bytes.count)
        bytes.append(contentsOf: text[key])
        let v = Int32(bytes.count)
        bytes.append(contentsOf: text[key.lowerBound..<(key.lowerBound + p)])
        bytes.append(contentsOf: text[mid])
        bytes.append(contentsOf: text[(key.lowerBound + p + l)..<key.upperBound])
        entries.append(
          Entry(
            keyStart: k, keyLength: Int32(key.count), valueStart: v,
            valueLength: Int32(bytes.count) - v, lowerCaseOnly: lowerOnly, preferredBritish: preferred))
      }
    }
    var size = 16
    while size < entries.count * 2 { size <<= 1 }
    let mask = size - 1
    var slots = [Int32](repeating: -1, count: size)
    var reverse = [Int32](repeating: -1, count: size)
    bytes.withUnsafeBufferPointer { b in
      for (index, e) in entries.enumerated() {
        var h = Self.hash(b, Int(e.keyStart), Int(e.keyLength)) & mask
        while slots[h] >= 0 { h = (h + 1) & mask }
        slots[h] = Int32(index)
        if e.preferredBritish {
          var r = Self.hash(b, Int(e.valueStart), Int(e.valueLength)) & mask
          while reverse[r] >= 0 { r = (r + 1) & mask }
          reverse[r] = Int32(index)
        }
      }
    }
    self.bytes = bytes
    self.entries = entries
    self.slots = slots
    self.reverseSlots = reverse
    self.mask = mask
  }

  /// FNV-1a over `count` bytes from `start`, ASCII case ignored.
  @inline(__always)
  static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for k in start..<(start + count) { h = (h ^ UInt64(b[k] | 0x20)) &* 0x0000_0100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// FNV-1a over lower-case ASCII letters given as scalars (the caller checked they are).
  @inline(__always)
  static func hash(_ s: ArraySlice<Unicode.Scalar>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in s { h = (h ^ UInt64(c.value | 0x20)) &* 0x0000_0100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// The entry whose British spelling is `word` (ASCII letters, compared case-insensitively).
  ///
  /// - Complexity: O(*k*) in the word's length.
  func entry(british word: ArraySlice<Unicode.Scalar>) -> Entry? {
    find(word, in: slots) { $0.keyStart..<($0.keyStart + $0.keyLength) }
  }

  /// The entry whose American spelling is `word` and whose British spelling is the one to write
  /// for it under a British target.
  ///
  /// - Complexity: O(*k*) in the word's length.
  func entry(american word: ArraySlice<Unicode.Scalar>) -> Entry? {
    find(word, in: reverseSlots) { $0.valueStart..<($0.valueStart + $0.valueLength) }
  }

  /// Whether the ASCII word at `range` of `b` is a British spelling in the table (case ignored).
  ///
  /// - Complexity: O(*k*) in the word's length.
  func containsBritish(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var h = Self.hash(b, range.lowerBound, range.count) & mask
    return bytes.withUnsafeBufferPointer { t in
      while true {
        let s = slots[h]
        if s < 0 { return false }
        let e = entries[Int(s)]
        if Int(e.keyLength) == range.count {
          var k = 0
          while k < range.count, t[Int(e.keyStart) + k] == b[range.lowerBound + k] | 0x20 { k += 1 }
          if k == range.count { return true }
        }
        h = (h + 1) & mask
      }
    }
  }

  @inline(__always)
  private func find(
    _ word: ArraySlice<Unicode.Scalar>, in slots: [Int32], _ key: (Entry) -> Range<Int32>
  ) -> Entry? {
    guard word.count <= 40 else { return nil }
    var h = Self.hash(word) & mask
    return bytes.withUnsafeBufferPointer { t in
      while true {
        let s = slots[h]
        if s < 0 { return nil }
        let e = entries[Int(s)]
        let r = key(e)
        if r.count == word.count {
          var k = Int(r.lowerBound)
          var same = true
          for c in word {
            if UInt32(t[k]) != c.value | 0x20 {
              same = false
              break
            }
            k += 1
          }
          if same { return e }
        }
        h = (h + 1) & mask
      }
    }
  }

  /// The American spelling of an entry, as scalars.
  func american(_ e: Entry) -> [Unicode.Scalar] {
    bytes[Int(e.valueStart)..<Int(e.valueStart + e.valueLength)].map { Unicode.Scalar($0) }
  }

  /// The British spelling of an entry, as scalars.
  func british(_ e: Entry) -> [Unicode.Scalar] {
    bytes[Int(e.keyStart)..<Int(e.keyStart + e.keyLength)].map { Unicode.Scalar($0) }
  }

  /// Number of entries.
  var count: Int { entries.count }
}

extension Normalizer.Variants {
  /// Loads the shared spelling table now (otherwise the first normalizer with
  /// ``Normalizer/Options/spelling`` loads it on first use), and returns its number of entries.
  ///
  /// ```swift
  /// let entries = Normalizer.Variants.loadSpellingTable()  // about 10,500
  /// ```
  ///
  /// - Complexity: O(*n*) in the table's size the first time, O(1) after.
  @discardableResult
  public static func loadSpellingTable() -> Int { SpellingTable.shared.count }
}
