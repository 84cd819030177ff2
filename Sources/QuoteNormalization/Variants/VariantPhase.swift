/// The variant rules of a normalizer, run on each line after the other phases (fused or not):
/// contractions, spelling, numbers, names, aliases, in that order, each step seeing the one
/// before. Their edits compose with the line's other edits (``OffsetMap/compose(_:_:)``).
///
/// A line first goes through a cheap trigger on its output bytes (an apostrophe, a digit, a
/// word of the spelling table or a number word, one hash lookup per word); a line without one
/// stays as the earlier phases left it, so the fused match path keeps its speed on such lines.
///
/// - Complexity: O(*n*) per line.
struct VariantPhase: Sendable {
  let steps: [any VariantStep]
  /// What can make a step act, for the trigger.
  private let apostrophes: Bool
  private let digitsAndNumberWords: Bool
  private let britishWords: Bool
  /// Aliases, names and a British target look at every word: always run.
  private let always: Bool
  private let triggerWords: ByteWordSet

  /// nil when no variant rule applies to `options`. Contractions, numbers, names and aliases
  /// work on match keys (they need ``Normalizer/Options/nfkcCasefold``); spelling works on any
  /// text, keeping case.
  init?(options: Normalizer.Options, language: String?, configuration: Normalizer.Variants) {
    let folded = options.contains(.nfkcCasefold)
    var steps: [any VariantStep] = []
    var words: [String] = []
    let contractions = folded && options.contains(.contractions)
    if contractions {
      let step = ContractionStep(language: language)
      steps.append(step)
      if step.foldsSpanishArticles { words += ["al", "del"] }
    }
    if options.contains(.spelling) { steps.append(SpellingStep(target: configuration.spelling, folded: folded)) }
    let numbers = folded && options.contains(.numbers)
    if numbers {
      let step = NumberStep(language: language)
      steps.append(step)
      for l in step.languages {
        words += Array(l == .english ? NumberWords.english : NumberWords.spanish)
      }
    }
    let names = folded && options.contains(.names)
    if names { steps.append(NameStep()) }
    let aliases = folded && !configuration.aliases.isEmpty
    if aliases {
      // Aliases are folded by the same rules, up to the names step.
      var without = configuration
      without.aliases = AliasTable()
      let fold = Normalizer(options: options, language: language, variants: without)
      steps.append(AliasStep(table: configuration.aliases) { fold.normalize($0).text })
    }
    guard !steps.isEmpty else { return nil }
    self.steps = steps
    self.apostrophes = contractions
    self.digitsAndNumberWords = numbers
    self.britishWords = options.contains(.spelling)
    self.always = names || aliases || (options.contains(.spelling) && configuration.spelling == .british)
    self.triggerWords = ByteWordSet(words.filter { $0 != "and" && $0 != "y" })
  }

  /// Whether the line (UTF-8, as the earlier phases left it) may be changed by a step.
  ///
  /// - Complexity: O(*n*).
  func isTriggered(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    if always { return true }
    let table = SpellingTable.shared
    var i = 0
    let n = b.count
    while i < n {
      let c = b[i]
      if c == 0x27 && apostrophes { return true }
      if c >= 0x30 && c <= 0x39 {
        if digitsAndNumberWords { return true }
        i += 1
        continue
      }
      guard (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A else {
        i += 1
        continue
      }
      var j = i + 1
      while j < n, (b[j] | 0x20) >= 0x61 && (b[j] | 0x20) <= 0x7A { j += 1 }
      let bounded = (i == 0 || !Self.isAlphanumeric(b[i - 1])) && (j == n || !Self.isAlphanumeric(b[j]))
      if bounded {
        if britishWords && table.containsBritish(b, i..<j) { return true }
        if triggerWords.contains(b, i..<j) { return true }
      }
      i = j
    }
    return false
  }

  @inline(__always)
  private static func isAlphanumeric(_ c: UInt8) -> Bool {
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c >= 0x30 && c <= 0x39
  }

  /// Runs the steps on a line; nil when nothing changes.
  ///
  /// - Complexity: O(*n*).
  func run(_ scalars: [Unicode.Scalar], context: VariantContext) -> StepResult? {
    var current = scalars
    var edits: [Edit] = []
    for (k, step) in steps.enumerated() {
      guard let r = step.apply(to: current, context: context) else { continue }
      edits = OffsetMap.compose(edits, r.edits)
      context.advance(by: r.edits)
      current = r.scalars
      if step is NameStep {
        // A name key can be a word the steps before it change (`Ëøne` → `eon` → British
        // `aeon`; a key `ten` → `10`), as they would on the next pass, where the key is the
        // text as written: run them again now, seeing it that way, so the result is idempotent.
        let asWritten = VariantContext(identity: current)
        for earlier in steps[..<k] {
          guard let again = earlier.apply(to: current, context: asWritten) else { continue }
          edits = OffsetMap.compose(edits, again.edits)
          context.advance(by: again.edits)
          asWritten.advance(by: again.edits)
          current = again.scalars
        }
      }
    }
    return edits.isEmpty ? nil : StepResult(scalars: current, edits: edits)
  }
}

/// A set of short lower-case ASCII words, looked up in place in UTF-8 (ASCII case ignored).
struct ByteWordSet: Sendable {
  private let words: [[UInt8]]
  private let slots: [Int32]
  private let mask: Int

  init(_ list: [String]) {
    let unique = Array(Set(list.map { Array($0.utf8) })).sorted { $0.lexicographicallyPrecedes($1) }
    var size = 16
    while size < unique.count * 2 { size <<= 1 }
    var slots = [Int32](repeating: -1, count: size)
    for (k, w) in unique.enumerated() {
      var h = w.withUnsafeBufferPointer { SpellingTable.hash($0, 0, $0.count) } & (size - 1)
      while slots[h] >= 0 { h = (h + 1) & (size - 1) }
      slots[h] = Int32(k)
    }
    self.words = unique
    self.slots = slots
    self.mask = size - 1
  }

  /// Whether the ASCII letters of `w` are a word of the set (case ignored).
  ///
  /// - Complexity: O(*k*) in the word's length.
  func contains(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
    guard !words.isEmpty, w.count <= 24 else { return false }
    var h = SpellingTable.hash(w) & mask
    while true {
      let s = slots[h]
      if s < 0 { return false }
      let word = words[Int(s)]
      if word.count == w.count, zip(word, w).allSatisfy({ UInt32($0) == $1.value | 0x20 }) {
        return true
      }
      h = (h + 1) & mask
    }
  }

  /// - Complexity: O(*k*) in the word's length.
  func contains(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard !words.isEmpty else { return false }
    var h = SpellingTable.hash(b, range.lowerBound, range.count) & mask
    while true {
      let s = slots[h]
      if s < 0 { return false }
      let w = words[Int(s)]
      if w.count == range.count {
        var k = 0
        while k < w.count, w[k] == b[range.lowerBound + k] | 0x20 { k += 1 }
        if k == w.count { return true }
      }
      h = (h + 1) & mask
    }
  }
}
