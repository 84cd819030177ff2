extension MojibakeRepairer.RepairSession {
  /// How far ``expectedCloser(before:)`` has read a pass's line: one scan per pass, resumed
  /// where the last question left it, so that a line of many runs stays linear.
  final class BracketScan {
    /// The next input index to read.
    var position = 0
    /// The next fix of the pass to read in place of the input it replaced.
    var nextFix = 0
    /// The closing marks that the marks still open call for, innermost last.
    var open: [UInt32] = []
  }

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
  /// - Complexity: amortized O(1) per scalar of the line over a pass (the runs come in order,
  ///   and so do the fixes).
  func expectedCloser(before index: Int) -> UInt32? {
    let scan = bracketScan
    func read(_ scalar: Unicode.Scalar) {
      if let closer = Self.pairedCloser(of: scalar.value) {
        scan.open.append(closer)
      } else if let last = scan.open.last, last == scalar.value {
        scan.open.removeLast()
      } else if Self.isPairedCloser(scalar.value) {
        // A closer that closes nothing open: the text's marks are not nested as read.
        scan.open.removeAll()
      }
    }
    let end = min(index, input.count)
    while scan.position < end {
      while scan.nextFix < fixes.count && fixes[scan.nextFix].range.lowerBound < scan.position {
        scan.nextFix += 1
      }
      if scan.nextFix < fixes.count && fixes[scan.nextFix].range.lowerBound == scan.position {
        let fix = fixes[scan.nextFix]
        for scalar in fix.replacement { read(scalar) }
        scan.position = max(scan.position + 1, fix.range.upperBound)
        scan.nextFix += 1
      } else {
        read(input[scan.position])
        scan.position += 1
      }
    }
    return scan.open.last
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
