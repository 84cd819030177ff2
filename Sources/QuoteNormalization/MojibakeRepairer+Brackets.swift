extension MojibakeRepairer.RepairSession {
  /// The closing mark of the innermost quotation mark or bracket left open before `index`,
  /// reading the line as repaired so far; `nil` when every one is closed.
  ///
  /// It settles which byte a sequence lost (``MojibakeRepairer/Loss``): `「インストールã€` lost
  /// the 0x8D of `」` (E3 80 8D), not the 0x81 of `、`, as the `「` before it says. Only marks
  /// that open and close unambiguously count (no straight quotes or apostrophes).
  ///
  /// ```swift
  /// session.expectedCloser(before: 9)  // 0x300D for "章「インストールã€"
  /// ```
  ///
  /// - Complexity: O(*n*) in `index` and the fixes so far.
  func expectedCloser(before index: Int) -> UInt32? {
    var open: [UInt32] = []
    func read(_ scalar: Unicode.Scalar) {
      if let closer = Self.pairedCloser(of: scalar.value) {
        open.append(closer)
      } else if let last = open.last, last == scalar.value {
        open.removeLast()
      } else if Self.isPairedCloser(scalar.value) {
        // A closer that closes nothing open: the text's marks are not nested as read.
        open.removeAll()
      }
    }
    var position = 0
    for fix in fixes where fix.range.lowerBound < index && fix.range.lowerBound >= position {
      for k in position..<fix.range.lowerBound { read(input[k]) }
      for scalar in fix.replacement { read(scalar) }
      position = max(position, min(fix.range.upperBound, index))
    }
    for k in position..<max(position, min(index, input.count)) { read(input[k]) }
    return open.last
  }

  /// The closing partner of an opening mark that has one only: CJK corner and lenticular
  /// brackets, curly double quotes, guillemets, parentheses and square brackets.
  private static func pairedCloser(of value: UInt32) -> UInt32? {
    switch value {
    case 0x300C: return 0x300D  // 「 」
    case 0x300E: return 0x300F  // 『 』
    case 0x3010: return 0x3011  // 【 】
    case 0x3008: return 0x3009  // 〈 〉
    case 0x300A: return 0x300B  // 《 》
    case 0x201C: return 0x201D  // “ ”
    case 0xAB: return 0xBB  // « »
    case 0x28: return 0x29
    case 0x5B: return 0x5D
    case 0xFF08: return 0xFF09
    default: return nil
    }
  }

  private static func isPairedCloser(_ value: UInt32) -> Bool {
    [0x300D, 0x300F, 0x3011, 0x3009, 0x300B, 0x201D, 0xBB, 0x29, 0x5D, 0xFF09].contains(value)
  }
}
