/// Applies an ``AliasTable`` to folded text: each alias, as a run of whole words, becomes its
/// canonical name; a canonical name already there is skipped over whole.
///
/// - Complexity: O(*n*) dictionary lookups, one per word.
struct AliasStep: VariantStep {
  struct Pattern: Sendable {
    var scalars: [Unicode.Scalar]
    /// nil for a canonical name (kept as it is).
    var replacement: [Unicode.Scalar]?
  }

  /// Patterns by their first word, longest first.
  let patterns: [String: [Pattern]]

  /// Folds the aliases and canonical names with `fold` (the match profile's other rules).
  init(table: AliasTable, fold: (String) -> String) {
    var byFirst: [String: [Pattern]] = [:]
    func add(_ text: String, _ replacement: [Unicode.Scalar]?) {
      let s = Array(fold(text).unicodeScalars)
      guard let first = Self.firstWord(s, 0), !s.isEmpty else { return }
      byFirst[first, default: []].append(Pattern(scalars: s, replacement: replacement))
    }
    for (alias, canonical) in table.entries.sorted(by: { $0.key < $1.key }) {
      let c = Array(fold(canonical).unicodeScalars)
      add(canonical, nil)
      if Array(fold(alias).unicodeScalars) != c { add(alias, c) }
    }
    for k in byFirst.keys {
      byFirst[k]?.sort { a, b in
        a.scalars.count != b.scalars.count ? a.scalars.count > b.scalars.count : a.replacement == nil
      }
    }
    patterns = byFirst
  }

  /// The word starting at `i`, if one does.
  static func firstWord(_ s: [Unicode.Scalar], _ i: Int) -> String? {
    var j = i
    while j < s.count, VariantWords.isWordScalar(s[j]) { j += 1 }
    return j > i ? String(String.UnicodeScalarView(s[i..<j])) : nil
  }

  func apply(to s: [Unicode.Scalar], context: VariantContext) -> StepResult? {
    guard !patterns.isEmpty else { return nil }
    var rw = ScalarRewriter(s)
    var i = 0
    let n = s.count
    while i < n {
      guard VariantWords.isWordScalar(s[i]), i == 0 || !VariantWords.isWordScalar(s[i - 1]),
        let word = Self.firstWord(s, i)
      else {
        i += 1
        continue
      }
      var next = i + word.unicodeScalars.count
      for p in patterns[word] ?? [] {
        let e = i + p.scalars.count
        guard e <= n, s[i..<e].elementsEqual(p.scalars), e == n || !VariantWords.isWordScalar(s[e])
        else { continue }
        if let r = p.replacement { rw.replace(i..<e, with: r, rule: .alias) }
        next = e
        break
      }
      i = next
    }
    return rw.finish()
  }
}
