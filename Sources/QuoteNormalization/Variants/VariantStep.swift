/// One rule of the variant phase (spelling, contractions, numbers, names, aliases), run on a line
/// after the rest of the pipeline. Unlike a ``NormalizationStep`` it may look at the line as it
/// was written (through a ``VariantContext``): case tells names from words, and `º` from `o`.
protocol VariantStep: Sendable {
  /// The rewritten scalars and edits (relative to `scalars`), or nil when nothing changes.
  func apply(to scalars: [Unicode.Scalar], context: VariantContext) -> StepResult?
}

/// The line as it was written, and how the text a variant step sees came from it.
///
/// - Complexity: the original line is decoded on first use, in O(*n*); a lookup is O(log *e*).
final class VariantContext {
  private let decode: () -> [Unicode.Scalar]
  private var decoded: [Unicode.Scalar]?
  /// Edits from the original line to the whole line the current step sees a part of.
  var edits: [Edit] {
    for stepEdits in pending { composed = OffsetMap.compose(composed, stepEdits) }
    pending.removeAll()
    return composed
  }
  private var composed: [Edit]
  /// Steps' edits (shifted to the whole line) not composed yet: most steps look nothing up,
  /// so their edits are composed only when one does.
  private var pending: [[Edit]] = []
  private var map: OffsetMap?
  /// Where the text the steps see starts in that whole line (a window of it: see
  /// ``VariantWindows``), in scalars; ranges the steps give are relative to it.
  let base: Int

  /// `original` decodes the line as written; `edits` map it to the whole line the steps see,
  /// from scalar `base` on.
  init(original: @escaping () -> [Unicode.Scalar], edits: [Edit], base: Int = 0) {
    self.decode = original
    self.composed = edits
    self.base = base
  }

  /// A context where the step sees the line as written.
  convenience init(identity scalars: [Unicode.Scalar]) {
    self.init(original: { scalars }, edits: [])
  }

  var original: [Unicode.Scalar] {
    if let decoded { return decoded }
    let d = decode()
    decoded = d
    return d
  }

  /// Records a step's edits, so later steps map through them too.
  func advance(by stepEdits: [Edit]) {
    guard !stepEdits.isEmpty else { return }
    pending.append(base == 0 ? stepEdits : stepEdits.map { $0.shifted(input: base, output: base) })
    map = nil
  }

  /// The scalars of the original line that became `range` of the current text.
  func originalScalars(for window: Range<Int>) -> ArraySlice<Unicode.Scalar> {
    let range = (window.lowerBound + base)..<(window.upperBound + base)
    if edits.isEmpty {
      let o = original
      return o[min(range.lowerBound, o.count)..<min(range.upperBound, o.count)]
    }
    if map == nil { map = OffsetMap(edits: edits) }
    let r = map?.inputRange(forOutput: range) ?? range
    let o = original
    return o[min(r.lowerBound, o.count)..<min(r.upperBound, o.count)]
  }

  /// Whether the original of `range` starts with an upper-case letter.
  func isCapitalized(_ range: Range<Int>) -> Bool {
    originalScalars(for: range).first?.properties.isUppercase ?? false
  }
}

/// Words of a line: maximal runs of ASCII letters with no letter, digit or mark on either side.
enum VariantWords {
  /// Whether `c` belongs to a word: a letter, a digit, or a combining mark of any kind, which
  /// belongs to the character before it (`4⃢` is no number, and `Nov 4⃢` no date: rewritten
  /// as `4 november`, the enclosing mark would move onto `r`, where the next pass folds it
  /// away; a fuzz finding of session 17).
  @inline(__always)
  static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return c.isASCIILetter || (v >= 0x30 && v <= 0x39) }
    if c.properties.isAlphabetic { return true }
    switch c.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// `s` as a String, written in place (no array in between) when it is ASCII, as the words
  /// and digits the steps look up are; `lowercased` lower-cases ASCII capitals.
  ///
  /// ```swift
  /// VariantWords.string(Array("L'État".unicodeScalars)[0..<1], lowercased: true)  // "l"
  /// ```
  ///
  /// - Complexity: O(*n*).
  static func string(_ s: ArraySlice<Unicode.Scalar>, lowercased: Bool = false) -> String {
    guard s.allSatisfy({ $0.value < 0x80 }) else {
      var view = String.UnicodeScalarView()
      for c in s {
        let capital = lowercased && c.value >= 0x41 && c.value <= 0x5A
        view.append(capital ? Unicode.Scalar(UInt8(c.value | 0x20)) : c)
      }
      return String(view)
    }
    return String(unsafeUninitializedCapacity: s.count) { buffer in
      var k = 0
      for c in s {
        let v = UInt8(truncatingIfNeeded: c.value)
        buffer[k] = lowercased && v >= 0x41 && v <= 0x5A ? v | 0x20 : v
        k += 1
      }
      return k
    }
  }

  /// Calls `body` with the range of each ASCII word of `s`.
  ///
  /// - Complexity: O(*n*).
  static func forEach(in s: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
    var i = 0
    let n = s.count
    while i < n {
      guard s[i].isASCIILetter else {
        i += 1
        continue
      }
      var j = i + 1
      while j < n, s[j].isASCIILetter { j += 1 }
      let before = i > 0 && isWordScalar(s[i - 1])
      let after = j < n && isWordScalar(s[j])
      if !before && !after { body(i..<j) }
      i = j
    }
  }

  /// The case pattern of a word, to write a replacement the same way.
  enum Case {
    case lower, capitalized, upper, mixed

    init(_ w: ArraySlice<Unicode.Scalar>) {
      var upper = 0
      for c in w where c.value >= 0x41 && c.value <= 0x5A { upper += 1 }
      if upper == 0 {
        self = .lower
      } else if upper == w.count {
        self = w.count == 1 ? .capitalized : .upper
      } else if upper == 1, let f = w.first, f.value <= 0x5A {
        self = .capitalized
      } else {
        self = .mixed
      }
    }

    /// `word` (lower case ASCII) written in this case.
    func apply(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
      switch self {
      case .lower, .mixed: return word
      case .upper: return word.map { Unicode.Scalar($0.value & ~0x20) ?? $0 }
      case .capitalized:
        guard let f = word.first, let u = Unicode.Scalar(f.value & ~0x20) else { return word }
        return [u] + word.dropFirst()
      }
    }
  }
}
