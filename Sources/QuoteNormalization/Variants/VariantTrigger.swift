/// Which variant steps may change a line, read from its UTF-8 bytes (as the earlier phases left
/// it) in one pass, before any step decodes it: most lines of running text need none.
///
/// A step that the trigger leaves out cannot change the line: the trigger asks for the same
/// things the step looks for, only less precisely.
/// - contractions: a word before an apostrophe and a letter (`won't`, `l'État`) that is one of
///   the words the step expands (not a possessive `Trump's`), or `al`/`del`;
/// - spelling: a word of the spelling table;
/// - numbers: a digit run followed by what the step rewrites (a separator and digits, `%`, an
///   ordinal suffix or a scale abbreviation, a percent or scale word after a space), not a bare `2019`; a number word that
///   is a number on its own (`two`, not `one`), or any number word before another;
/// - dates: an English month name with a digit next to it, or `am`/`pm` after digits
///   (``DateStep``, which runs with the number step).
///
/// ```swift
/// trigger.steps(in: bytes)  // [.numbers] for "it costs 25,000 dollars"; [] for "in 2019"
/// ```
///
/// - Complexity: O(*n*) in the line's bytes, one hash lookup per word at most.
struct VariantTrigger: Sendable {
  /// A set of variant steps.
  struct Steps: OptionSet, Sendable {
    let rawValue: UInt8
    static let contractions = Steps(rawValue: 1)
    static let spelling = Steps(rawValue: 2)
    static let numbers = Steps(rawValue: 4)
    /// ``DateStep`` (dates and times), which runs with the number step.
    static let dates = Steps(rawValue: 8)
  }

  /// A word or digit run that makes steps run (``steps``; none for a digit run that only
  /// gives context, as every digit run is a hit), at `range` of the line's bytes.
  struct Hit: Equatable, Sendable {
    var range: Range<Int>
    var steps: Steps
  }

  /// The steps the trigger reads for.
  let enabled: Steps
  /// Flags of a word that may make the number step act alone (a number word of the step's
  /// languages that is a number on its own), and those that may with a number word after it.
  private let numberAlone: VariantWordTable.Flags
  private let numberStart: VariantWordTable.Flags
  /// Whether Spanish `once` is read alone (Spanish text only).
  private let onceAlone: Bool
  /// Whether English dates are read (``DateStep``).
  private let dates: Bool
  /// Whether `al` and `del` are expanded.
  private let articles: Bool
  private let table = VariantWordTable.shared

  init(contractions: ContractionStep?, spelling: Bool, numbers: NumberStep?) {
    var enabled: Steps = []
    if contractions != nil { enabled.insert(.contractions) }
    articles = contractions?.foldsSpanishArticles ?? false
    if spelling { enabled.insert(.spelling) }
    var start: VariantWordTable.Flags = []
    if let numbers {
      enabled.insert([.numbers, .dates])
      for l in numbers.languages { start.insert(l == .english ? .englishNumber : .spanishNumber) }
    }
    numberStart = start
    numberAlone = start.isEmpty ? [] : .standalone
    onceAlone = numbers?.language != nil
    dates = numbers != nil && DateStep.readsMonths(language: numbers?.language)
    self.enabled = enabled
  }

  /// The steps that may change the line `b`.
  ///
  /// - Complexity: O(*n*).
  func steps(in b: UnsafeBufferPointer<UInt8>) -> Steps {
    table.filter.withUnsafeBufferPointer { filter in
      table.standaloneFilter.withUnsafeBufferPointer {
        scan(b, filter: filter, alone: $0, hits: nil)
      }
    }
  }

  /// ``steps(in:)``, also appending to `hits` every word that made a step run and every digit
  /// run, with the steps each makes run (``VariantWindows`` runs them only around their hits).
  ///
  /// ```swift
  /// var hits: [VariantTrigger.Hit] = []
  /// trigger.steps(in: bytes, hits: &hits)
  /// // "it costs 25,000": [.numbers], hits 9..<11 [.numbers] and 12..<15 []
  /// ```
  ///
  /// - Complexity: O(*n*).
  func steps(in b: UnsafeBufferPointer<UInt8>, hits: inout [Hit]) -> Steps {
    table.filter.withUnsafeBufferPointer { filter in
      table.standaloneFilter.withUnsafeBufferPointer { alone in
        withUnsafeMutablePointer(to: &hits) { scan(b, filter: filter, alone: alone, hits: $0) }
      }
    }
  }

  /// One pass over `b`; without `hits`, it stops once every enabled step is found.
  private func scan(
    _ b: UnsafeBufferPointer<UInt8>, filter: UnsafeBufferPointer<UInt64>,
    alone: UnsafeBufferPointer<UInt64>, hits: UnsafeMutablePointer<[Hit]>?
  ) -> Steps {
    var found: Steps = []
    let n = b.count
    var i = 0
    while i < n && (hits != nil || found != enabled) {
      // Eight bytes at a time past what is neither a letter nor a digit (spaces, punctuation,
      // other scripts).
      if i + 8 <= n {
        let x = WordHash.chunk(b, at: i)
        let wordBytes = WordHash.letterMask(x) | WordHash.digitMask(x)
        if wordBytes == 0 {
          i += 8
          continue
        }
        i += wordBytes.trailingZeroBitCount >> 3
      }
      let c = b[i]
      if Self.isDigit(c) {
        var j = i + 1
        while j < n, Self.isDigit(b[j]) { j += 1 }
        var here: Steps = []
        if enabled.contains(.numbers) && digitsMayChange(b, i, j) { here.insert(.numbers) }
        if enabled.contains(.dates) && clockFollows(b, j) { here.insert(.dates) }
        found.formUnion(here)
        hits?.pointee.append(Hit(range: i..<j, steps: here))
        i = j
        continue
      }
      guard Self.isLetter(c) else {
        i += 1
        continue
      }
      let (j, hash) = WordHash.word(in: b, at: i)
      // Most words are in no list: a filter first (the words that matter alone, unless an
      // apostrophe follows), the word's neighbours only then.
      let apostrophe = j + 1 < n && b[j] == 0x27 && Self.isLetter(b[j + 1])
      guard j - i <= table.maxLength, VariantWordTable.mayContain(hash, apostrophe ? filter : alone)
      else {
        i = j
        continue
      }
      let bounded = (i == 0 || !Self.isAlphanumeric(b[i - 1])) && (j == n || !Self.isAlphanumeric(b[j]))
      if apostrophe || bounded {
        let f = table.flags(b, i..<j, hash: hash)
        if !f.isEmpty {
          var here: Steps = []
          if apostrophe && f.contains(.beforeApostrophe) && enabled.contains(.contractions) {
            here.insert(.contractions)
          }
          if bounded {
            if f.contains(.british) && enabled.contains(.spelling) { here.insert(.spelling) }
            if f.contains(.article) && articles { here.insert(.contractions) }
            if !f.isDisjoint(with: numberStart)
              && (!f.isDisjoint(with: numberAlone) && (onceAlone || !f.contains(.once))
                || numberWordFollows(b, j))
            {
              here.insert(.numbers)
            }
            if f.contains(.month) && dates && digitsNear(b, i, j) { here.insert(.dates) }
          }
          if !here.isEmpty {
            found.formUnion(here)
            hits?.pointee.append(Hit(range: i..<j, steps: here))
          }
        }
      }
      i = j
    }
    return found
  }

  /// Whether the number step may rewrite a number that starts with the digit run `i..<j`. It reads the groups after it as the step does (``NumberStep/digits(_:at:context:)``):
  /// thousands groups and a decimal comma are rewritten, a decimal point is not, nor are digits
  /// in another pattern (`1.2.3`, `2025-12-21`); then a percent sign, an ordinal suffix, or a
  /// scale or percent word after a space may follow.
  private func digitsMayChange(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> Bool {
    let n = b.count
    // The groups after the first: separators (first, the one before the last, last), whether
    // every separator (but the last) is the first one, whether every group but the last has
    // three digits, and the last group's length.
    var count = 0
    var first: UInt8 = 0
    var previous: UInt8 = 0
    var last: UInt8 = 0
    var sameButLast = true
    var sameAll = true
    var middleThree = true
    var lastLength = 0
    var e = j
    while e + 1 < n, b[e] == 0x2C || b[e] == 0x2E || b[e] == 0x20 || b[e] == 0x27, Self.isDigit(b[e + 1]) {
      var k = e + 1
      while k < n, Self.isDigit(b[k]) { k += 1 }
      if b[e] == 0x20 || b[e] == 0x27 {
        guard k - e - 1 == 3 else { break }
      }
      if count == 0 { first = b[e] }
      if count > 0 && lastLength != 3 { middleThree = false }
      sameButLast = sameAll
      if b[e] != first { sameAll = false }
      previous = last
      last = b[e]
      lastLength = k - e - 1
      count += 1
      e = k
    }
    if count == 0 { return suffixMayChange(b, j, ordinal: true) }
    let firstLength = j - i
    let grouping: Bool
    if count >= 2 && last != previous && (last == 0x2E || last == 0x2C) {
      grouping = firstLength <= 3 && sameButLast && middleThree
    } else {
      grouping = firstLength <= 3 && sameAll && middleThree && lastLength == 3
    }
    if grouping { return true }
    guard count == 1 else { return false }
    if first == 0x2C { return true }  // a decimal comma becomes a point
    // A decimal point stays; a percent or scale word may follow (no ordinal: not a whole number).
    return first == 0x2E && suffixMayChange(b, e, ordinal: false)
  }

  /// Whether a percent sign, an ordinal suffix or a scale abbreviation, or a scale or percent
  /// word after a space follows the number that ends at `j`.
  private func suffixMayChange(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, ordinal: Bool) -> Bool {
    let n = b.count
    guard j < n else { return false }
    let d = b[j]
    if d == 0x25 { return true }  // %
    // An ordinal suffix (after an optional `.`), or a scale abbreviation right after the digits.
    let start = ordinal && d == 0x2E ? j + 1 : j
    var k = start
    while k < n, Self.isLetter(b[k]) { k += 1 }
    if k > start {
      let f = table.flags(b, start..<k)
      if ordinal && f.contains(.ordinal) || start == j && f.contains(.scaleSuffix) { return true }
    }
    if d == 0x20 && j + 1 < n {
      if b[j + 1] == 0x25 { return true }
      var k = j + 1
      while k < n, Self.isLetter(b[k]) { k += 1 }
      if k > j + 1 && table.flags(b, (j + 1)..<k).contains(.afterNumber) { return true }
    }
    return false
  }

  /// Whether a digit stands next to the month word `i..<j`, as in the dates ``DateStep``
  /// rewrites: after it (an abbreviation's period and a space between), or within the eight
  /// letters and spaces before it (`4th of `).
  private func digitsNear(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> Bool {
    let n = b.count
    var k = j
    if k < n && b[k] == 0x2E { k += 1 }
    if k + 1 < n && b[k] == 0x20 && Self.isDigit(b[k + 1]) { return true }
    var p = i - 1
    while p >= 0 && p >= i - 8 {
      if Self.isDigit(b[p]) { return true }
      guard b[p] == 0x20 || Self.isLetter(b[p]) else { return false }
      p -= 1
    }
    return false
  }

  /// Whether `a.m.` or `p.m.` (in any of the ways ``DateStep`` reads them) follows the digits
  /// that end at `j`, after minutes (`:30`) and a space if any.
  private func clockFollows(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
    let n = b.count
    var k = j
    if k + 2 < n, b[k] == 0x3A || b[k] == 0x2E, Self.isDigit(b[k + 1]), Self.isDigit(b[k + 2]) { k += 3 }
    if k < n && b[k] == 0x20 { k += 1 }
    guard k < n, b[k] | 0x20 == 0x61 || b[k] | 0x20 == 0x70 else { return false }
    k += 1
    if k < n && b[k] == 0x2E { k += 1 }
    if k < n && b[k] == 0x20 { k += 1 }
    return k < n && b[k] | 0x20 == 0x6D
  }

  /// Whether a number word follows the word that ends at `j`, after a space or a hyphen.
  private func numberWordFollows(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
    let n = b.count
    guard j + 1 < n, b[j] == 0x20 || b[j] == 0x2D else { return false }
    var k = j + 1
    while k < n, Self.isLetter(b[k]) { k += 1 }
    return k > j + 1 && table.flags(b, (j + 1)..<k).contains(.anyNumber)
  }

  @inline(__always)
  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  @inline(__always)
  private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  @inline(__always)
  private static func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) }
}
