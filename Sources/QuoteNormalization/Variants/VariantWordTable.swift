/// Every word a variant step may act on, with what it is to each step, in one open-addressing
/// hash table over the words' bytes: ``VariantTrigger`` reads a word of a line with one hash
/// and one probe, whatever the steps.
///
/// ```swift
/// let f = VariantWordTable.shared.flags(bytes, 0..<6)  // "colour": [.british]
/// ```
///
/// - Complexity: built once, on first use, in O(*n*) in the spelling table's size (about
///   10,600 words); a lookup is O(*k*) in the word's length.
final class VariantWordTable: Sendable {
  /// What a word is to the variant steps.
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt16
    /// A British spelling of ``SpellingTable``.
    static let british = Flags(rawValue: 1 << 0)
    /// Spanish `al`, `del`.
    static let article = Flags(rawValue: 1 << 1)
    /// An English number word other than `and`.
    static let englishNumber = Flags(rawValue: 1 << 2)
    /// A Spanish number word other than `y`.
    static let spanishNumber = Flags(rawValue: 1 << 3)
    /// A number word that is a number other than 1 on its own (``NumberStep/standaloneWords``).
    static let standalone = Flags(rawValue: 1 << 4)
    /// Spanish `once`, read alone only in Spanish text.
    static let once = Flags(rawValue: 1 << 5)
    /// Any number word of either language (the number step's quick check).
    static let anyNumber = Flags(rawValue: 1 << 6)
    /// A word the contraction step expands before an apostrophe (`won`, `it`, `l`, `qu`).
    static let beforeApostrophe = Flags(rawValue: 1 << 7)
    /// An ordinal suffix after digits (`st`, `er`, `o`).
    static let ordinal = Flags(rawValue: 1 << 8)
    /// A scale word or the first word of a percent form, after a number and a space.
    static let afterNumber = Flags(rawValue: 1 << 9)
    /// An English month name or abbreviation (``DateStep/months``).
    static let month = Flags(rawValue: 1 << 10)
    /// A scale abbreviation right after digits (`bn`, `m` after a currency sign:
    /// ``NumberStep/attachedScales``).
    static let scaleSuffix = Flags(rawValue: 1 << 11)
  }

  /// The table, built on first use and shared.
  static let shared = VariantWordTable()

  /// Every word (lower-case ASCII), back to back.
  private let bytes: [UInt8]
  private let starts: [Int32]
  private let lengths: [UInt8]
  private let flags: [Flags]
  /// By hash: the word's index in the low 16 bits, 16 more bits of its hash above them (most
  /// words of a line are in no list and are rejected on this one read); 0 is empty.
  private let slots: [UInt32]
  private let mask: Int
  /// The longest word: longer words are in no step's lists.
  let maxLength: Int
  /// One bit per value of bits 40 to 55 of a word's hash, set for the words of the table: a
  /// word whose bit is clear is in no list, read in 8 KB that stay in the nearest cache (the
  /// slots take 128 KB).
  let filter: [UInt64]
  /// ``filter`` for the words that matter on their own, not before an apostrophe (British
  /// spellings, articles, number words that may start a number, months): common words that
  /// only contract (`it`, `that`, `you`) are not in it.
  let standaloneFilter: [UInt64]
  /// The flags a word needs to be in ``standaloneFilter``.
  static let standaloneFlags: Flags = [.british, .article, .englishNumber, .spanishNumber, .month]

  private init() {
    var index: [[UInt8]: Int] = [:]
    var words: [[UInt8]] = []
    var flags: [Flags] = []
    func add(_ w: [UInt8], _ f: Flags) {
      if let k = index[w] {
        flags[k].formUnion(f)
      } else {
        index[w] = words.count
        words.append(w)
        flags.append(f)
      }
    }
    func add(_ list: some Sequence<String>, _ f: Flags) {
      for w in list { add(Array(w.utf8), f) }
    }
    let spelling = SpellingTable.shared
    for e in spelling.entries {
      add(Array(spelling.bytes[Int(e.keyStart)..<Int(e.keyStart + e.keyLength)]), .british)
    }
    add(["al", "del"], .article)
    add(NumberWords.english.subtracting(["and"]), .englishNumber)
    add(NumberWords.spanish.subtracting(["y"]), .spanishNumber)
    add(NumberStep.standaloneWords, .standalone)
    add(["once"], .once)
    add(NumberWords.english.union(NumberWords.spanish), .anyNumber)
    let c = ContractionStep.self
    add(c.negatives.keys, .beforeApostrophe)
    add(c.isAfter, .beforeApostrophe)
    add(["let"], .beforeApostrophe)
    add(c.elisions.keys, .beforeApostrophe)
    for (_, after) in c.clitics.values { add(after, .beforeApostrophe) }
    add(["st", "nd", "rd", "th", "er", "re", "e", "eme", "ieme", "o", "a"], .ordinal)
    add(NumberStep.scales.keys, .afterNumber)
    add(["per", "percent", "por", "pour", "pct"], .afterNumber)
    add(DateStep.months.keys, .month)
    add(NumberStep.attachedScales.keys, .scaleSuffix)
    add(NumberStep.currencyScales.keys, .scaleSuffix)

    // Words longer than 255 bytes (none) could not be stored, nor more than 65,535 words
    // (there are about 10,700): leave them out.
    let kept = words.indices.filter { words[$0].count <= 255 }.prefix(0xFFFF)
    var size = 16
    while size < kept.count * 2 { size <<= 1 }
    var slots = [UInt32](repeating: 0, count: size)
    var bytes: [UInt8] = []
    var starts: [Int32] = []
    var lengths: [UInt8] = []
    var keptFlags: [Flags] = []
    var filter = [UInt64](repeating: 0, count: 1 << 10)
    var standaloneFilter = filter
    for k in kept {
      let w = words[k]
      let hash = w.withUnsafeBufferPointer { WordHash.hash($0, 0, $0.count) }
      var h = hash & (size - 1)
      while slots[h] != 0 { h = (h + 1) & (size - 1) }
      slots[h] = Self.slot(index: starts.count + 1, hash: hash)
      let bit = Self.filterBit(hash)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      if !flags[k].isDisjoint(with: Self.standaloneFlags) {
        standaloneFilter[bit >> 6] |= 1 << UInt64(bit & 63)
      }
      starts.append(Int32(bytes.count))
      lengths.append(UInt8(w.count))
      keptFlags.append(flags[k])
      bytes += w
    }
    self.bytes = bytes
    self.starts = starts
    self.lengths = lengths
    self.flags = keptFlags
    self.slots = slots
    self.filter = filter
    self.standaloneFilter = standaloneFilter
    self.mask = size - 1
    self.maxLength = lengths.map(Int.init).max() ?? 0
  }

  /// What the ASCII letters at `range` of `b` are to the variant steps (case ignored); empty
  /// for a word in no list.
  ///
  /// - Complexity: O(*k*) in the word's length.
  func flags(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Flags {
    guard range.count <= maxLength else { return [] }
    return flags(b, range, hash: WordHash.hash(b, range.lowerBound, range.count))
  }

  /// ``flags(_:_:)`` for a word whose ``WordHash/hash(_:_:_:)`` is known.
  ///
  /// - Complexity: O(*k*) in the word's length.
  func flags(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: Int) -> Flags {
    let first = range.lowerBound
    return probe(hash: hash, count: range.count) { t, start in
      var k = 0
      while k < range.count, t[start + k] == b[first + k] | 0x20 { k += 1 }
      return k == range.count
    }
  }

  /// ``flags(_:_:)`` for a word given as scalars (ASCII letters; the variant steps' lines).
  ///
  /// ```swift
  /// VariantWordTable.shared.flags(Array("Twenty".unicodeScalars)[...])  // has .standalone
  /// ```
  ///
  /// - Complexity: O(*k*) in the word's length.
  func flags(_ w: ArraySlice<Unicode.Scalar>) -> Flags {
    let first = w.startIndex
    return probe(hash: WordHash.hash(w), count: w.count) { t, start in
      var k = 0
      while k < w.count, UInt32(t[start + k]) == w[first + k].value | 0x20 { k += 1 }
      return k == w.count
    }
  }

  /// The flags of the word of `count` letters whose hash is `hash` and for which `same` (given
  /// the table's bytes and the start of a stored word of that length) holds.
  @inline(__always)
  private func probe(
    hash: Int, count n: Int, same: (UnsafeBufferPointer<UInt8>, Int) -> Bool
  ) -> Flags {
    guard n <= maxLength else { return [] }
    guard filter.withUnsafeBufferPointer({ Self.mayContain(hash, $0) }) else { return [] }
    let tag = Self.slot(index: 0, hash: hash)
    var h = hash & mask
    return slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { t in
        while true {
          let v = slots[h]
          if v == 0 { return [] }
          if v & 0xFFFF_0000 == tag {
            let s = Int(v & 0xFFFF) - 1
            if Int(lengths[s]) == n && same(t, Int(starts[s])) { return flags[s] }
          }
          h = (h + 1) & mask
        }
      }
    }
  }

  /// The bit of ``filter`` for a word whose hash is `hash`.
  @inline(__always)
  static func filterBit(_ hash: Int) -> Int { (hash >> 40) & 0xFFFF }

  /// Whether the word whose hash is `hash` may be in the table (``filter``, given as `filter`).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func mayContain(_ hash: Int, _ filter: UnsafeBufferPointer<UInt64>) -> Bool {
    let bit = filterBit(hash)
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// A slot: `index` (1-based, 0 is empty) below 16 bits of `hash` (others than the slot
  /// number's).
  @inline(__always)
  private static func slot(index: Int, hash: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: hash >> 32) & 0xFFFF_0000 | UInt32(index)
  }
}
