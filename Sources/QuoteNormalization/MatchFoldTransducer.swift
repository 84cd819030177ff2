/// The `match` phase in one pass over UTF-8: ASCII capitals lowercased, backticks made `'`,
/// runs of dashes made one `-`, every other scalar looked up in ``MatchFoldTable``. Output bytes
/// are appended directly, with one edit per changed scalar (or dash run).
///
/// Returns nil, having appended nothing, when the line holds anything whose folding depends on
/// its neighbours (a combining mark, a multi-scalar segment, a scalar folding to spaces or
/// nothing, a supplementary-plane scalar, a space run); the caller then runs the step-by-step
/// pipeline, which gives the same text (checked by a test on generated and corpus text).
///
/// ``applyUnscanned(_:into:)`` also refuses a line the first phase (repair, display) would act
/// on, reading the same signs as ``LineFeatures/scan(_:)`` as it folds: most lines then need
/// one pass for the whole match phase, not a scan and a fold.
///
/// - Complexity: O(*n*).
struct MatchFoldTransducer: Sendable {
  let table = MatchFoldTable.shared

  /// Folds `line`, appending to `out`; edits are relative to the line (input and output).
  func apply(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> (edits: [Edit], outputCount: Int)? {
    fold(line, into: &out, checkingFirstPhase: false).map { ($0.edits, $0.outputCount) }
  }

  /// ``apply(_:into:)`` for a line that has not been scanned (``LineFeatures``): nil also when
  /// the line has anything a step of the first phase acts on (``firstPhaseFeatures``), so that
  /// a line it folds is one the scan would have sent straight to it. Also returns the line's
  /// number of scalars, which the scan would have counted.
  ///
  /// - Complexity: O(*n*).
  func applyUnscanned(
    _ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]
  ) -> (edits: [Edit], outputCount: Int, inputCount: Int)? {
    fold(line, into: &out, checkingFirstPhase: true)
  }

  /// The features ``applyUnscanned(_:into:)`` rules out: a first phase triggered by no others
  /// can be skipped on a line it folds.
  static let firstPhaseFeatures: LineFeatures = [
    .ampersand, .mojibakeCandidate, .control, .lineBreak, .invisible, .nonASCIISpace, .nfcSensitive,
    .spaceRun,
  ]

  @inline(__always)
  private func fold(
    _ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], checkingFirstPhase: Bool
  ) -> (edits: [Edit], outputCount: Int, inputCount: Int)? {
    let mark = out.count
    UTF8Scalars.reserve(line.count + 16, in: &out)
    var edits: [Edit] = []
    // Room for the usual edits (capitals, quotation marks) at once, not by doubling.
    if line.count > 1 { edits.reserveCapacity(4 + line.count >> 4) }
    var i = 0
    var si = 0  // input scalar index
    var so = 0  // output scalar index
    let n = line.count
    var previousSpace = false
    // The mojibake roles of the scalar before (``LineFeatures/scan(_:)``'s `prevRoles`).
    var previousRoles: UInt16 = 0
    let ok: Bool = withTables { flags, entryIndex, entryList, entryBytes, roles, nfc in
      while i < n {
        let b = line[i]
        if b < 0x80 {
          if checkingFirstPhase {
            // An entity, or a lead byte whose no-break space a scraper made a space.
            if b == 0x26 || previousRoles & 0x40 != 0 && b == 0x20 { return false }
            previousRoles = 0
          }
          // Whole blocks of eight bytes that are copied as they are, in one append.
          var j = i
          var lastIsSpace = previousSpace
          while j + 8 <= n,
            let endsInSpace = AsciiBlock.copiedByMatchFold(line, at: j, afterSpace: lastIsSpace),
            !checkingFirstPhase || !AsciiBlock.hasAmpersand(line, at: j)
          {
            lastIsSpace = endsInSpace
            j += 8
          }
          if j > i {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: line[i..<j]))
            previousSpace = lastIsSpace
            si += j - i
            so += j - i
            i = j
            continue
          }
          switch b {
          case 0x41...0x5A:
            out.append(b | 0x20)
            edits.append(Edit(input: si..<(si + 1), output: so..<(so + 1), rule: .nfkcCasefold))
          case 0x60:
            out.append(0x27)
            edits.append(Edit(input: si..<(si + 1), output: so..<(so + 1), rule: .quotationMark))
          case 0x2D:
            // A run of dashes (ASCII or not) becomes one "-".
            guard
              let (j, sj) = Self.dashRun(
                line, from: i + 1, si + 1, checkingFirstPhase, roles, nfc, &previousRoles)
            else { return false }
            out.append(0x2D)
            if sj - si > 1 { edits.append(Edit(input: si..<sj, output: so..<(so + 1), rule: .dash)) }
            previousSpace = false
            i = j
            si = sj
            so += 1
            continue
          case 0x20:
            if previousSpace || i + 1 == n || line[i + 1] == 0x0A || line[i + 1] == 0x20 { return false }
            out.append(b)
            previousSpace = true
            i += 1
            si += 1
            so += 1
            continue
          case 0x09, 0x0D, 0x00..<0x09, 0x0B, 0x0C, 0x0E..<0x20, 0x7F:
            return false
          default:
            out.append(b)
          }
          previousSpace = false
          i += 1
          si += 1
          so += 1
          continue
        }
        // Multi-byte: decode one scalar.
        let len = b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4)
        if len == 4 || i + len > n { return false }
        let v: Int =
          len == 2
          ? (Int(b & 0x1F) << 6) | Int(line[i + 1] & 0x3F)
          : (Int(b & 0x0F) << 12) | (Int(line[i + 1] & 0x3F) << 6) | Int(line[i + 2] & 0x3F)
        if checkingFirstPhase
          && !Self.accepts(UInt32(v), line, at: i, len, roles, nfc, &previousRoles)
        {
          return false
        }
        if len == 3, Self.isDash3(b, line[i + 1], line[i + 2]) {
          // A dash run starting with a non-ASCII dash.
          guard
            let (j, sj) = Self.dashRun(
              line, from: i + 3, si + 1, checkingFirstPhase, roles, nfc, &previousRoles)
          else { return false }
          out.append(0x2D)
          edits.append(Edit(input: si..<sj, output: so..<(so + 1), rule: .dash))
          previousSpace = false
          i = j
          si = sj
          so += 1
          continue
        }
        let f = flags[v]
        if f & 1 == 0 { return false }
        let k = Int(entryIndex[v])
        if f & 2 != 0 && k > 0 {
          let e = entryList[k - 1]
          let start = Int(e.start)
          let end = start + Int(e.length)
          out.append(contentsOf: UnsafeBufferPointer(rebasing: entryBytes[start..<end]))
          let count = Int(e.scalarCount)
          edits.append(Edit(input: si..<(si + 1), output: so..<(so + count), rule: e.rule))
          so += count
        } else {
          for k in 0..<len { out.append(line[i + k]) }
          so += 1
        }
        previousSpace = false
        i += len
        si += 1
      }
      return true
    }
    if !ok {
      out.removeSubrange(mark...)
      return nil
    }
    return (edits, so, si)
  }

  /// Whether the non-ASCII scalar `v`, the `len` bytes at `k` of `line`, leaves the first
  /// phase nothing to do, as ``LineFeatures/scan(_:)`` reads it after a scalar of mojibake roles
  /// `previous`, which it updates.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  private static func accepts(
    _ v: UInt32, _ line: UnsafeBufferPointer<UInt8>, at k: Int, _ len: Int,
    _ roles: UnsafeBufferPointer<UInt16>, _ nfc: UnsafeBufferPointer<UInt8>,
    _ previous: inout UInt16
  ) -> Bool {
    if LineFeatures.classify(v, nfc: nfc) & classifiedFirstPhase != 0 { return false }
    var m = roles[Int(v)]
    if LineFeatures.isMojibakePair(previous, m) { return false }
    if m & 0x80 != 0 && LineFeatures.isCaseBreak(line, k, k + len) { m |= 0x40 }
    previous = m
    return true
  }

  /// The end, in bytes and scalars, of the dash run of `line` that goes on at byte `start`
  /// (scalar `scalar`); nil when `checking` and the first phase would act on one of its dashes
  /// (``accepts(_:_:at:_:_:_:_:)``).
  ///
  /// - Complexity: O(*k*) in the run's length.
  @inline(__always)
  private static func dashRun(
    _ line: UnsafeBufferPointer<UInt8>, from start: Int, _ scalar: Int, _ checking: Bool,
    _ roles: UnsafeBufferPointer<UInt16>, _ nfc: UnsafeBufferPointer<UInt8>,
    _ previous: inout UInt16
  ) -> (Int, Int)? {
    let n = line.count
    var j = start
    var sj = scalar
    while j < n {
      if line[j] == 0x2D {
        previous = 0
        j += 1
        sj += 1
        continue
      }
      if line[j] == 0xE2, j + 2 < n, isDash3(line[j], line[j + 1], line[j + 2]) {
        // A three-byte dash (E2 80 9x or E2 88 92).
        let v = 0x2000 | UInt32(line[j + 1] & 0x3F) << 6 | UInt32(line[j + 2] & 0x3F)
        if checking && !accepts(v, line, at: j, 3, roles, nfc, &previous) { return nil }
        j += 3
        sj += 1
        continue
      }
      break
    }
    return (j, sj)
  }

  /// The features of ``firstPhaseFeatures`` that ``LineFeatures/classify(_:nfc:)`` reports.
  private static let classifiedFirstPhase: UInt32 =
    LineFeatures([.control, .lineBreak, .invisible, .nonASCIISpace, .nfcSensitive]).rawValue

  /// Calls `body` with the table's arrays as buffers: the hot loop then retains none of them.
  @inline(__always)
  private func withTables<R>(
    _ body: (
      UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt16>,
      UnsafeBufferPointer<MatchFoldTable.Entry>, UnsafeBufferPointer<UInt8>,
      UnsafeBufferPointer<UInt16>, UnsafeBufferPointer<UInt8>
    ) -> R
  ) -> R {
    table.flags.withUnsafeBufferPointer { flags in
      table.entryIndex.withUnsafeBufferPointer { index in
        table.entryList.withUnsafeBufferPointer { list in
          table.bytes.withUnsafeBufferPointer { bytes in
            LineFeatures.mojibakeRoles.withUnsafeBufferPointer { roles in
              LineFeatures.nfcFlags.withUnsafeBufferPointer { nfc in
                body(flags, index, list, bytes, roles, nfc)
              }
            }
          }
        }
      }
    }
  }

  /// U+2010…U+2015 (E2 80 90…95) and U+2212 (E2 88 92): the dashes that start with E2.
  @inline(__always)
  static func isDash3(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
    a == 0xE2 && (b == 0x80 && c >= 0x90 && c <= 0x95 || b == 0x88 && c == 0x92)
  }
}
