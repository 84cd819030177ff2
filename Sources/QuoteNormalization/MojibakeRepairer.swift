/// Which wrong decoding produced a piece of mojibake.
enum MojibakeEncoding: String, Sendable {
  /// UTF-8 bytes read as Windows-1252 (undefined bytes kept as C1 controls).
  case windows1252
  /// UTF-8 bytes read as ISO 8859-1: bytes 0x80–0x9F became C1 controls.
  case latin1
  /// UTF-8 bytes read as Mac OS Roman.
  case macRoman
  /// UTF-8 bytes read as Windows-1251 (Cyrillic).
  case windows1251
  /// UTF-8 bytes read as Windows-1250 (Central European).
  case windows1250
  /// UTF-8 bytes read as Windows-1253 (Greek).
  case windows1253
  /// UTF-8 bytes read as Windows-1254 (Turkish): Windows-1252 but for six letters, which the
  /// Windows-1252 lane reads too (``SingleByteEncoding/windows1254Letters``).
  case windows1254
  /// UTF-8 bytes read as Windows-1257 (Baltic).
  case windows1257
  /// UTF-8 bytes read as codepage 437 (the DOS console).
  case cp437
  /// UTF-8 bytes read as ISO 8859-2 (Central European).
  case iso88592

  /// The encoding a fix counts for when a line's codepage is weighed
  /// (``MojibakeRepairer/dominantCodepage(of:in:among:minimum:)``): Windows-1254 as
  /// Windows-1252, whose lane reads it.
  var lane: MojibakeEncoding { self == .windows1254 ? .windows1252 : self }

  /// The encoding of a mojibake layer undone under `encoding` (the sloppy Windows-1252 decoder
  /// stands for both Windows-1252 and Latin-1: see ``MojibakeRepairer``).
  init(_ encoding: SingleByteEncoding) {
    switch encoding {
    case .sloppyWindows1252: self = .windows1252
    case .macRoman: self = .macRoman
    case .windows1251: self = .windows1251
    case .windows1250: self = .windows1250
    case .windows1253: self = .windows1253
    case .windows1257: self = .windows1257
    case .cp437: self = .cp437
    case .iso88592: self = .iso88592
    }
  }
}

/// One repair: the scalars `range` of the input are replaced by `replacement`.
struct MojibakeFix: Sendable, Equatable {
  /// Indices into the input scalar array.
  var range: Range<Int>
  var replacement: [Unicode.Scalar]
  /// The outermost layer's wrong decoding.
  var encoding: MojibakeEncoding
  /// 1 = single mojibake, 2 = doubled, 3 = tripled.
  var layers: Int
  /// For a single layer, how many scalars of `range` (transparent ones left out) each scalar
  /// of `replacement` stands for; `nil` when that is its UTF-8 length.
  var consumed: [Int]? = nil
}

/// Finds mojibake — UTF-8 text that was decoded as Windows-1252, Latin-1, Mac OS Roman,
/// Windows-1251, -1250, -1253, -1254 or -1257, codepage 437 or ISO 8859-2, once or up to three
/// times over — and says how to repair it.
///
/// The repairer keeps no table of known mojibake. A *run* is a stretch of non-ASCII scalars that
/// could all be misread bytes. For each run it maps the scalars back to bytes under each
/// hypothesis (sloppy Windows-1252, which covers Latin-1, Mac OS Roman, and for the outermost
/// layer the other codepages of ``SingleByteEncoding``), decodes the valid UTF-8 multi-byte
/// sequences found there, and repeats on the result for up to three layers. The most
/// plausible reading wins only if it is clearly more plausible than the run as found, judged
/// in context by ``implausibility(of:in:)``: a missed repair is better than damage to correct
/// text.
///
/// A first pass asks for a wide margin. Once it has found mojibake, the text has evidently been
/// through a bad decoder, so further passes ask for a smaller one, reading the context to the
/// right and the text's major scripts as repaired so far.
///
/// Damage done after the bad decoding is undone too, where the result is unambiguous: a
/// no-break space byte that a scraper turned into a space (`voilÃ  tout`), and a final byte
/// Windows-1252 leaves undefined that was dropped with its C1 control, when the completion is
/// punctuation (`â€` for `”`); see ``Loss``.
///
/// Zero-width space, zero-width joiner, word joiner and BOM inserted inside a sequence by later
/// processing are skipped while matching and dropped from the replaced range. A short run quoted
/// on its own (`“Ã©”`) is taken as a mention of mojibake and kept.
///
/// ```swift
/// let text = Array("It’s a cafÃ©".unicodeScalars)
/// let fixes = MojibakeRepairer().fixes(in: text)
/// // [MojibakeFix(range: 10..<12, replacement: ["é"], encoding: .windows1252, layers: 1)]
/// ```
struct MojibakeRepairer: Sendable {
  /// How much lower the cost of a decoding must be than the cost of the text as found.
  static let margin: Float = 1.5
  /// The margin once the text has shown mojibake elsewhere: one bad decoder usually garbled it all.
  static let marginWithEvidence: Float = 0.5
  /// The most passes with evidence after the first, strict one.
  static let maximumPasses = 3
  /// How much cost each layer beyond the first may add and still be preferred.
  static let layerBonus: Float = 0.75
  /// The most layers of mojibake undone in one run.
  static let maximumLayers = 3
  /// The rarity from which a scalar is one real text practically never has (see ``ScalarTraits``).
  static let rareScalar: Float = 3
  /// The rarity from which a scalar is one real text never has: C1 controls, unassigned code
  /// points.
  static let impossibleScalar: Float = 6
  /// Scalars of context on each side of a run when judging plausibility.
  static let contextLength = 4

  /// The languages the text is written in (``Orthographies``), from the caller: they rank the
  /// readings of ISO 8859-2 and Windows-1250 where the line's repaired letters do not (`mĂĄs` is
  /// `más` in Spanish, `mås` in Norwegian). 0 when unknown.
  let languages: UInt64

  /// A repairer; `language` (BCP 47, when known) ranks the readings that the Central European
  /// codepages share (``Orthographies/mask(ofLanguage:)``).
  init(language: String? = nil) {
    languages = language.map(Orthographies.mask(ofLanguage:)) ?? 0
  }

  /// Sorted, non-overlapping fixes; applying them all yields the repaired text.
  ///
  /// - Parameter scalars: The text as Unicode scalars.
  /// - Returns: The fixes in input order; empty (without allocating) when no scalar of `scalars`
  ///   could start a misread UTF-8 sequence, as for ASCII, CJK or Cyrillic text.
  /// - Complexity: O(*n*) in the number of scalars.
  func fixes(in scalars: [Unicode.Scalar]) -> [MojibakeFix] {
    guard
      let first = Self.nextCandidate(in: scalars, from: 0)
        ?? Self.caseBreakCodepage(in: scalars).flatMap({
          Self.nextCandidate(in: scalars, from: 0, spaces: $0)
        })
    else { return [] }
    var fixes = repair(scalars, from: first, margin: Self.margin, hints: [])
    if fixes.isEmpty { return [] }
    // The text has shown mojibake: look again with a smaller margin, reading the context and the
    // script profile as repaired so far, until that no longer changes the outcome.
    for _ in 0..<Self.maximumPasses {
      let next = repair(scalars, from: first, margin: Self.marginWithEvidence, hints: fixes)
      if next == fixes { break }
      fixes = next
    }
    return Self.absorbingIncompletePrefixes(fixes, in: scalars)
  }

  /// One pass over the runs of `scalars` from the candidate `first` on.
  private func repair(
    _ scalars: [Unicode.Scalar], from first: Int, margin: Float, hints: [MojibakeFix]
  ) -> [MojibakeFix] {
    let spaces = Self.spaceCodepage(of: hints, in: scalars)
    var session = RepairSession(
      input: scalars, margin: margin, hints: hints, spaces: spaces, languages: languages)
    var position = spaces == nil ? first : 0
    var previousEnd = 0
    while let candidate = Self.nextCandidate(in: scalars, from: position, spaces: spaces) {
      var start = candidate
      while start > previousEnd && Self.isRunMember(scalars[start - 1].value) { start -= 1 }
      while Self.isTransparent(scalars[start].value) { start += 1 }
      var end = candidate + 1
      while end < scalars.count
        && (Self.isRunMember(scalars[end].value) || Self.isLostNoBreakSpace(in: scalars, at: end)
          || Self.isMarkedLoss(in: scalars, at: end)
          || spaces.map { Self.isLostNoBreakSpace(in: scalars, at: end, as: $0) } == true)
      {
        end += 1
      }
      while Self.isTransparent(scalars[end - 1].value) { end -= 1 }
      session.repairRun(start..<end)
      position = end
      previousEnd = end
    }
    return session.fixes
  }

  /// The index of the next scalar at or after `start` that maps to a UTF-8 lead byte under some
  /// hypothesis and is followed (past transparent scalars) by a continuation byte of the same one,
  /// or by a lost no-break space under Windows-1252 or under `spaces`
  /// (``spaceCodepage(of:in:)``).
  ///
  /// - Complexity: O(*n*); no allocation.
  static func nextCandidate(
    in scalars: [Unicode.Scalar], from start: Int, spaces: SingleByteEncoding? = nil
  ) -> Int? {
    var index = start
    while index < scalars.count {
      let value = scalars[index].value
      index += 1
      if value < 0xA0 { continue }
      let packed = SingleByteEncoding.packedBytes(of: value)
      if packed == 0 { continue }
      var next = index
      while next < scalars.count && isTransparent(scalars[next].value) { next += 1 }
      guard next < scalars.count else { return nil }
      let sloppyLead = SingleByteEncoding.isLead(UInt8(truncatingIfNeeded: packed))
      if sloppyLead && isLostNoBreakSpace(in: scalars, at: next) { return index - 1 }
      if let spaces, isLostNoBreakSpace(in: scalars, at: next, as: spaces) { return index - 1 }
      // A lead under a codepage that reads markers, then U+FFFD (`Ä�`, Greek `Ο�`).
      if scalars[next].value == 0xFFFD
        && lossEncodings.contains(where: {
          SingleByteEncoding.isLead(UInt8(truncatingIfNeeded: packed >> $0.shift))
        })
      {
        return index - 1
      }
      let following = SingleByteEncoding.packedBytes(of: scalars[next].value)
      if following == 0 { continue }
      // A lead byte followed by a continuation byte under the same encoding.
      var pairs = false
      for shift in SingleByteEncoding.shifts {
        let lead = UInt8(truncatingIfNeeded: packed >> shift)
        let continuation = UInt8(truncatingIfNeeded: following >> shift)
        if SingleByteEncoding.isLead(lead) && SingleByteEncoding.isContinuation(continuation) {
          pairs = true
          break
        }
      }
      if pairs {
        return index - 1
      }
    }
    return nil
  }

  /// `scalars` with `fixes` (sorted, non-overlapping) applied.
  ///
  /// - Complexity: O(*n*).
  static func applying(_ fixes: [MojibakeFix], to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    var position = 0
    for fix in fixes {
      result.append(contentsOf: scalars[position..<fix.range.lowerBound])
      result.append(contentsOf: fix.replacement)
      position = fix.range.upperBound
    }
    result.append(contentsOf: scalars[position...])
    return result
  }

  /// Invisible scalars that later damage inserts inside words: skipped while matching.
  @inline(__always)
  static func isTransparent(_ value: UInt32) -> Bool {
    value == 0x200B || value == 0x200D || value == 0x2060 || value == 0xFEFF
  }

  /// Whether a scalar can belong to a run of misread bytes.
  @inline(__always)
  static func isRunMember(_ value: UInt32) -> Bool {
    SingleByteEncoding.packedBytes(of: value) != 0 || isTransparent(value)
  }

  /// Decodes the valid multi-byte UTF-8 sequences that `scalars` form when read back as bytes of
  /// `encoding`; other scalars are kept. With `loss`, also reads spaces as lost no-break spaces,
  /// completes sequences missing their last byte and reads replacement markers (see ``Loss``).
  /// A surrogate pair encoded as two three-byte sequences (CESU-8, as Java and old MySQL write
  /// emoji) decodes to its one scalar.
  ///
  /// - Returns: The decoded scalars, or `nil` if there was no valid sequence.
  /// - Complexity: O(*n*).
  static func decode(
    _ scalars: [Unicode.Scalar], as encoding: SingleByteEncoding, loss: Loss? = nil
  ) -> [Unicode.Scalar]? {
    var ignored: [Int]? = nil
    return decode(scalars, as: encoding, loss: loss, consumed: &ignored)
  }

  /// ``decode(_:as:loss:)``, also giving how many scalars of `scalars` each decoded scalar
  /// stands for (in `consumed`, when not `nil`): a UTF-8 sequence its bytes, or fewer where
  /// `loss` completed it or kept its space.
  ///
  /// - Complexity: O(*n*).
  static func decode(
    _ scalars: [Unicode.Scalar], as encoding: SingleByteEncoding, loss: Loss?,
    consumed: inout [Int]?
  ) -> [Unicode.Scalar]? {
    var decoded: [Unicode.Scalar] = []
    decoded.reserveCapacity(scalars.count)
    var changed = false
    var index = 0
    // Other codepages than Windows-1252 read markers only (``lossEncodings``), and lost
    // no-break spaces where the loss is read under them (``Loss/codepage``).
    let loss =
      encoding == .sloppyWindows1252
      ? loss
      : loss.flatMap { l in
        l.codepage == encoding && l.readsSpaces && l.filler == nil
          ? l
          : l.readsMarkers && lossEncodings.contains(encoding)
            ? Loss(readsSpaces: false, filler: nil, following: l.following, readsMarkers: true)
            : nil
      }
    while index < scalars.count {
      if let sequence = sequence(in: scalars, at: index, as: encoding, loss: loss) {
        decoded.append(sequence.scalar)
        consumed?.append(sequence.length)
        index += sequence.length
        changed = true
      } else {
        decoded.append(scalars[index])
        consumed?.append(1)
        index += 1
      }
    }
    return changed ? decoded : nil
  }

  /// The scalar encoded by the UTF-8 sequence starting at `index`, if it is complete and valid
  /// (or, with `loss`, completed), and how many scalars of `scalars` it consumes.
  static func sequence(
    in scalars: [Unicode.Scalar], at index: Int, as encoding: SingleByteEncoding, loss: Loss?
  ) -> (scalar: Unicode.Scalar, length: Int)? {
    guard let lead = encoding.byte(of: scalars[index]), SingleByteEncoding.isLead(lead) else {
      return nil
    }
    if lead == 0xED, let pair = surrogatePair(in: scalars, at: index, as: encoding) {
      return (pair, 6)
    }
    let shape = SingleByteEncoding.sequenceShape(lead: lead)
    guard let loss else {
      // The common case, kept tight: a complete, valid sequence or nothing.
      guard index + shape.continuations < scalars.count else { return nil }
      var value = UInt32(lead) & (0x7F >> (shape.continuations + 1))
      for offset in 1...shape.continuations {
        guard let byte = encoding.byte(of: scalars[index + offset]) else { return nil }
        let fits =
          offset == 1 ? shape.first.contains(byte) : SingleByteEncoding.isContinuation(byte)
        guard fits else { return nil }
        value = value << 6 | UInt32(byte & 0x3F)
      }
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return (scalar, shape.continuations + 1)
    }
    var value = UInt32(lead) & (0x7F >> (shape.continuations + 1))
    var length = 1
    var keptSpace = -1  // the index of a space read as 0xA0
    var marked = false  // a continuation byte was replaced by a marker
    for offset in 1...shape.continuations {
      let position = index + offset
      var byte = position < scalars.count ? encoding.byte(of: scalars[position]) : nil
      var consumed = true
      if byte == nil, loss.readsMarkers, position < scalars.count,
        Loss.isMarker(scalars[position].value, afterContinuations: offset - 1)
      {
        // The byte is unknown: any continuation fits, and the sequence stays unknown. One
        // unknown byte per sequence: a lead before two markers is not read (each would eat the
        // U+FFFD the next one made, one pass at a time).
        if marked { return nil }
        byte = offset == 1 ? shape.first.lowerBound : 0x80
        marked = true
      }
      if byte == nil, loss.readsSpaces, shape.continuations <= 2,
        position < scalars.count,
        scalars[position].value == 0x20
      {
        byte = 0xA0
        keptSpace = position
      }
      let fits = { (b: UInt8) in
        offset == 1 ? shape.first.contains(b) : SingleByteEncoding.isContinuation(b)
      }
      if byte.map(fits) != true {
        // One unknown byte per sequence: a marked one is not also completed by a guess.
        guard offset == shape.continuations, !marked, let filler = loss.filler, fits(filler)
        else {
          return nil
        }
        byte = filler
        consumed = false
        keptSpace = -1
      }
      guard let byte else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
      if consumed { length += 1 }
    }
    if marked { return (Loss.unknown, length) }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    // In a three-byte sequence a lost 0xA0 ends a letter only (`à¸ ` is `ภ`); `â€ ` before a
    // space is `”` that lost its 0x9D far more often than `†`.
    if keptSpace >= 0 && shape.continuations > 1 && !ScalarTraits(scalar).isLetter { return nil }
    if keptSpace >= 0 && keptSpace == index + length - 1,
      var next = keptSpace + 1 < scalars.count ? scalars[keptSpace + 1] : loss.following
    {
      // The next word may be mojibake too: judge it by what it decodes to (`Î Î±` is `Πα`).
      if keptSpace + 1 < scalars.count,
        let following = sequence(in: scalars, at: keptSpace + 1, as: encoding, loss: nil)
      {
        next = following.scalar
      } else if keptSpace + 2 < scalars.count && scalars[keptSpace + 2].value == 0x20,
        let lead = encoding.byte(of: scalars[keptSpace + 1]), lead >= 0xC2, lead <= 0xDF,
        let following = Unicode.Scalar(UInt32(lead & 0x1F) << 6 | 0x20)
      {
        // A two-byte lead that lost its no-break space too (`Ã Â Â»` is `à`, U+00A0, `»`).
        next = following
      }
      let fragment = keptSpace + 1 == scalars.count && loss.followedByFragment
      if !loss.spacesKept && separatesWords(decoded: scalar, next: next, fragment: fragment) {
        length -= 1
      }
    }
    return (scalar, length)
  }

  /// The scalar of a surrogate pair written as two three-byte sequences (CESU-8: `í\u{A0}½í¸\u{8D}`
  /// is ED A0 BD ED B8 8D, `😍`) starting at `index`, if the six scalars read as such bytes.
  ///
  /// - Complexity: O(1).
  static func surrogatePair(
    in scalars: [Unicode.Scalar], at index: Int, as encoding: SingleByteEncoding
  ) -> Unicode.Scalar? {
    guard index + 5 < scalars.count else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(6)
    for offset in 0..<6 {
      guard let b = encoding.byte(of: scalars[index + offset]) else { return nil }
      bytes.append(b)
    }
    guard bytes[0] == 0xED, (0xA0...0xAF).contains(bytes[1]),
      SingleByteEncoding.isContinuation(bytes[2]), bytes[3] == 0xED,
      (0xB0...0xBF).contains(bytes[4]), SingleByteEncoding.isContinuation(bytes[5])
    else { return nil }
    let high = 0xD000 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)
    let low = 0xD000 | UInt32(bytes[4] & 0x3F) << 6 | UInt32(bytes[5] & 0x3F)
    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
  }
}
