/// The `match` phase (punctuation folding, NFKC_Casefold, diacritic folding) precomputed per
/// BMP scalar, by running those very steps on each scalar alone. A scalar is *simple* when it
/// forms a normalization segment of its own, is not a mark, and its folded form is non-empty
/// and contains no space, mark or dash: then the phase's effect on it does not depend on its
/// neighbours, and ``MatchFoldTransducer`` can apply it by table lookup.
final class MatchFoldTable: Sendable {
  struct Entry: Sendable, Equatable {
    /// UTF-8 of the folded form: `bytes[start..<(start + length)]` (one flat array: reading an
    /// entry retains nothing in the hot loop).
    var start: Int32
    var length: UInt8
    /// Number of scalars in the folded form.
    var scalarCount: UInt8
    var rule: NormalizationRule
  }

  /// Bit 0: simple. Bit 1: changes (has an entry).
  let flags: [UInt8]
  /// For a scalar that changes, 1 + its index in `entryList` (0: none): a flat array beats a
  /// dictionary lookup in the hot loop.
  let entryIndex: [UInt16]
  let entryList: [Entry]
  /// The entries' UTF-8, back to back.
  let bytes: [UInt8]

  static let shared = MatchFoldTable()

  /// Builds the table. A scalar that none of the steps would change alone (NFKC_Casefold leaves
  /// it, it is no quotation mark, dash or ellipsis, and no Latin letter with a folded form) is
  /// read as unchanged without running them, unless `exhaustive` (the tests' reference).
  ///
  /// - Complexity: O(65,536); the steps run on the few thousand scalars that change.
  init(exhaustive: Bool = false) {
    let steps: [any NormalizationStep] = [
      PunctuationFolder(), UnicodeFormStep(form: .nfkcCasefold, rule: .nfkcCasefold), DiacriticFolder(),
    ]
    let nfkc = UnicodeFormTable.table(for: .nfkcCasefold)
    var flags = [UInt8](repeating: 0, count: 0x10000)
    var entries: [UInt16: (utf8: [UInt8], scalarCount: Int, rule: NormalizationRule)] = [:]
    DiacriticFolder.markBits.withUnsafeBufferPointer { marks in
      for v in 0x80..<0x10000 {
        guard let c = Unicode.Scalar(UInt32(v)) else { continue }
        if DiacriticFolder.isMark(UInt32(v), marks) || !nfkc.hasBoundaryBefore(c) { continue }
        let untouched =
          !exhaustive && nfkc.flags[v] & 2 == 0 && PunctuationFolder.fold(c) == nil
          && !PunctuationFolder.isDash(c) && v != 0x2026
          && !(DiacriticFolder.isLatinRange(UInt32(v)) && DiacriticFolder.table[UInt32(v)] != nil)
        let (out, edits) = untouched ? ([c], []) : NormalizationStream.run(steps, on: [c])
        let ok = !out.isEmpty && !out.contains { o in
          o == " " || o == "-" || o.properties.isWhitespace || o.value >= 0x10000
            || DiacriticFolder.isMark(o.value, marks) || !nfkc.hasBoundaryBefore(o)
            || InvisibleCharacterFilter.mayBeInvisible(o)
        }
        guard ok else { continue }
        var f: UInt8 = 1
        if out != [c] {
          f |= 2
          var bytes: [UInt8] = []
          UTF8Scalars.encode(out, into: &bytes)
          let rule = edits.reduce(NormalizationRule(bits: 0)) { $0.combined(with: $1.rule) }
          entries[UInt16(v)] = (bytes, out.count, rule)
        }
        flags[v] = f
      }
    }
    self.flags = flags
    var index = [UInt16](repeating: 0, count: 0x10000)
    var list: [Entry] = []
    var all: [UInt8] = []
    // A folded form is a few scalars (the longest, U+FDFA, is 18): lengths fit a byte.
    for (v, e) in entries.sorted(by: { $0.key < $1.key })
    where list.count < 0xFFFE && e.utf8.count < 256 && e.scalarCount < 256 {
      list.append(
        Entry(
          start: Int32(all.count), length: UInt8(e.utf8.count), scalarCount: UInt8(e.scalarCount),
          rule: e.rule))
      all += e.utf8
      index[Int(v)] = UInt16(list.count)
    }
    self.entryIndex = index
    self.entryList = list
    self.bytes = all
  }
}
