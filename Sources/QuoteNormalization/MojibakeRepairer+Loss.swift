extension MojibakeRepairer {
  /// Damage done to the misread bytes after the bad decoding, which a reading may undo under
  /// sloppy Windows-1252 (the outermost layer only: the damage came last).
  ///
  /// - A no-break space (byte 0xA0, the continuation of `à`, `Š`, `Р` and of U+00A0 itself;
  ///   two-byte sequences only) that a scraper turned into an ordinary space: `voilÃ  tout`,
  ///   `Ð Ð¾` (`Ро`). The space is taken as the byte, and also kept as a space where it
  ///   separated words (``separatesWords(decoded:next:)``: `Ã la` was `à la` with its spaces
  ///   collapsed), unless the line shows that its spaces were not collapsed (``spacesKept``).
  /// - A final continuation byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
  ///   0x9D) and a later step dropped as a control character: `â€` for `”` (E2 80 9D).
  ///   ``filler`` is the byte assumed lost; the judge weighs each choice. Only punctuation and
  ///   symbols are completed this way: which letter was lost (`Å` for `Ł`, `ō` or `Ő`; `Ñ` for
  ///   `с` or `я`) is a question for a dictionary, not for plausibility; and nothing is guessed
  ///   before a straight quotation mark, which is more likely the byte itself, straightened.
  /// - A byte that a lossy decoder replaced by U+FFFD or `?` (``isMarker(_:)``): `SlovenÄ�ina`
  ///   (C4 and an undefined byte), `â€?`. The sequence becomes one U+FFFD (``unknown``): the
  ///   marker says a character was there, and which one is not known; the rest of the text then
  ///   reads as it should (`Ð±ÑŠÐ»Ð³Ð°Ñ€Ñ�ÐºÐ¸` is `българ�ки`).
  ///
  /// ```swift
  /// let found = Array("hello,â€ she".unicodeScalars)
  /// MojibakeRepairer.decode(found, as: .sloppyWindows1252,
  ///                         loss: .init(readsSpaces: true, filler: 0x9D, following: nil))
  /// // "hello,” she"
  /// ```
  struct Loss: Sendable, Equatable {
    /// Whether a space where a sequence needs a continuation byte is read as 0xA0.
    var readsSpaces: Bool
    /// The byte assumed lost where a sequence lacks its last continuation, or `nil`.
    var filler: UInt8?
    /// The scalar after the run in the input (`nil` at the line's end).
    var following: Unicode.Scalar?
    /// Whether a marker where a sequence needs a continuation byte stands for that byte.
    var readsMarkers = false
    /// Whether the run is followed by letters that cannot be a word (``isFragment(_:at:)``).
    var followedByFragment = false
    /// Whether the line kept its spaces: elsewhere on it a lost no-break space is followed by a
    /// second space (`podrÃ  sempre`), so the word separator after a decoded letter was not
    /// collapsed into the byte, and a single space is the byte alone (`importÃ ncia` was
    /// `importància`).
    var spacesKept = false
    /// The codepage whose lost no-break spaces ``readsSpaces`` reads: Windows-1252, or the one
    /// that garbled the rest of the text (``MojibakeRepairer/spaceCodepage(of:in:)``).
    var codepage: SingleByteEncoding = .sloppyWindows1252

    /// The bytes Windows-1252 leaves undefined, which decoders turn into C1 controls that later
    /// processing often drops.
    static let undefinedBytes: [UInt8] = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// What a sequence with a replaced byte decodes to.
    static let unknown: Unicode.Scalar = "\u{FFFD}"

    /// Whether `value` is what a lossy decoder or encoder writes for a byte it cannot map:
    /// U+FFFD, or `?`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func isMarker(_ value: UInt32) -> Bool { value == 0xFFFD || value == 0x3F }

    /// Whether a marker `value` can stand for the byte `continuations` bytes after a lead: a
    /// `?` only after a continuation byte (`â€?`), since a lead alone before a question mark is
    /// real text far more often (`¿Qué?`, `ÇA?`).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func isMarker(_ value: UInt32, afterContinuations continuations: Int) -> Bool {
      value == 0xFFFD || (value == 0x3F && continuations > 0)
    }
  }

  /// The codepages under which a ``Loss`` reads markers: the Windows ones (their lanes are
  /// the ones `RunShape` checks). Only Windows-1252 also guesses a dropped byte, and reads lost
  /// no-break spaces unless another codepage garbled the rest of the text
  /// (``spaceCodepage(of:in:)``): elsewhere the leads before a space are everyday capitals
  /// (`СССР `, Russian `В доме`).
  static let lossEncodings: [SingleByteEncoding] = [
    .sloppyWindows1252, .windows1251, .windows1250, .windows1253, .windows1257,
  ]

  /// The lanes of ``lossEncodings`` in ``SingleByteEncoding/packedBytes(of:)``, one bit each.
  static let lossLanes: UInt64 = lossEncodings.reduce(0) { $0 | 1 << $1.shift }

  /// Whether the scalar at `index` is a marker (``Loss/isMarker(_:)``) where a sequence right
  /// before it still needs a continuation byte under one of the ``lossEncodings`` (`Ä�`,
  /// `â€?`, `Ã?Â`; Greek `Ο�` under Windows-1253).
  ///
  /// - Complexity: O(1).
  static func isMarkedLoss(in scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard Loss.isMarker(scalars[index].value) else { return false }
    return lossEncodings.contains { isMarkedLoss(in: scalars, at: index, as: $0) }
  }

  private static func isMarkedLoss(
    in scalars: [Unicode.Scalar], at index: Int, as encoding: SingleByteEncoding
  ) -> Bool {
    var k = index - 1
    var continuations = 0
    while k >= 0 && continuations < 3 {
      // One unknown byte per sequence (see ``sequence(in:at:as:loss:)``).
      if Loss.isMarker(scalars[k].value) { return false }
      guard let byte = encoding.byte(of: scalars[k]) else { return false }
      if SingleByteEncoding.isLead(byte) {
        return continuations < SingleByteEncoding.sequenceShape(lead: byte).continuations
          && Loss.isMarker(scalars[index].value, afterContinuations: index - k - 1)
      }
      guard SingleByteEncoding.isContinuation(byte) else { return false }
      continuations += 1
      k -= 1
    }
    return false
  }

  /// The scalar whose Windows-1252 mojibake ends at `index` (`а` for the `°` of `Ð°`), or the
  /// scalar at `index` itself.
  ///
  /// - Complexity: O(1).
  static func decodedScalar(
    endingAt index: Int, in scalars: [Unicode.Scalar],
    as encoding: SingleByteEncoding = .sloppyWindows1252
  ) -> Unicode.Scalar {
    for start in stride(from: index - 1, through: max(0, index - 3), by: -1) {
      if let s = sequence(in: scalars, at: start, as: encoding, loss: nil),
        start + s.length == index + 1
      {
        return s.scalar
      }
    }
    return scalars[index]
  }

  /// What one pass over a run tells before any decoding: the encodings under which it holds a
  /// whole valid UTF-8 sequence (the only ones ``decode(_:as:loss:)`` can change it under),
  /// and those under which it holds a sequence cut short (the only runs a ``Loss`` can
  /// change).
  ///
  /// ```swift
  /// MojibakeRepairer.RunShape(Array("РїСЂ".unicodeScalars)).encodings  // [.windows1251]
  /// MojibakeRepairer.RunShape(Array("â€ ".unicodeScalars)).hasIncompleteSequence  // true
  /// ```
  struct RunShape {
    private(set) var encodings: [SingleByteEncoding] = []
    /// The ``MojibakeRepairer/lossEncodings`` under which the run holds a sequence cut short.
    private(set) var incomplete: [SingleByteEncoding] = []
    var hasIncompleteSequence: Bool { !incomplete.isEmpty }
    /// Whether the run holds a whole three- or four-byte sequence under Windows-1252 (`âœ”`):
    /// an accented lower-case letter followed by two or three of the symbols that stand for
    /// continuation bytes, which real text practically never has.
    private(set) var hasLongSequence = false

    /// - Complexity: O(*m*) in the length of the run.
    init(_ scalars: [Unicode.Scalar], spaces: SingleByteEncoding? = nil) {
      var lanes: UInt64 = 0
      // The lanes where some scalar reads as another byte than under Windows-1252: elsewhere
      // the other codepages read the run exactly as Windows-1252 does (`â€™` in 1250 and 1252).
      var differs: UInt64 = 0
      var incompleteLanes: UInt64 = 0
      // Windows-1252 always (lost no-break spaces, dropped bytes); the other Windows codepages
      // only for a run with a marker (`Ο�`): elsewhere their leads are everyday letters.
      // The codepage that garbled the rest of the text too, if its lost no-break spaces are read.
      let lossLanes: UInt64 =
        scalars.contains { Loss.isMarker($0.value) }
        ? MojibakeRepairer.lossLanes : 1 | (spaces.map { 1 << $0.shift } ?? 0)
      var next = scalars.first.map { SingleByteEncoding.packedBytes(of: $0.value) } ?? 0
      for i in scalars.indices {
        let packed = next
        next = i + 1 < scalars.count ? SingleByteEncoding.packedBytes(of: scalars[i + 1].value) : 0
        if packed == 0 { continue }
        let sloppy = packed & 0xFF
        for shift in SingleByteEncoding.shifts.dropFirst(2) where (packed >> shift) & 0xFF != sloppy {
          differs |= 1 << shift
        }
        for shift in SingleByteEncoding.shifts {
          let lead = UInt8(truncatingIfNeeded: packed >> shift)
          guard SingleByteEncoding.isLead(lead) else { continue }
          if lanes & (1 << shift) == 0 || (shift == 0 && !hasLongSequence),
            SingleByteEncoding.isContinuation(UInt8(truncatingIfNeeded: next >> shift)),
            let encoding = SingleByteEncoding(shift: shift),
            let found = MojibakeRepairer.sequence(in: scalars, at: i, as: encoding, loss: nil)
          {
            lanes |= 1 << shift
            if shift == 0 && found.length >= 3 { hasLongSequence = true }
          }
          if lossLanes & (1 << shift) != 0, incompleteLanes & (1 << shift) == 0,
            let encoding = SingleByteEncoding(shift: shift)
          {
            let needed = SingleByteEncoding.sequenceShape(lead: lead).continuations
            var j = i + 1
            while j < scalars.count && j - i <= needed,
              let b = encoding.byte(of: scalars[j]),
              SingleByteEncoding.isContinuation(b)
            {
              j += 1
            }
            if j - i - 1 < needed { incompleteLanes |= 1 << shift }
          }
        }
      }
      lanes &= differs | 1 | 1 << 8
      if lanes != 0 {
        encodings = SingleByteEncoding.allCases.filter { lanes & (1 << $0.shift) != 0 }
      }
      incompleteLanes &= differs | 1
      if incompleteLanes != 0 {
        incomplete = MojibakeRepairer.lossEncodings.filter { incompleteLanes & (1 << $0.shift) != 0 }
      }
    }
  }

  /// Whether a space read as the last byte of `decoded` also separated it from `next`: unless
  /// `decoded` is itself a space or of a script that does not space its words (Thai), `next` is
  /// a space, a line feed or closing punctuation, `decoded` is no lower-case letter (`Ð Ð¾…` is
  /// `Ро…`, `ΕΜΠ ΟΡΕΥΣ` `ΕΜΠΟΡΕΥΣ`, but `Ã tout` is `à tout`: a word rarely ends in one
  /// non-ASCII capital), or `decoded` is a Latin lower-case letter and what follows is a
  /// `fragment` (``isFragment(_:at:)``).
  ///
  /// - Complexity: O(1).
  static func separatesWords(
    decoded: Unicode.Scalar, next: Unicode.Scalar, fragment: Bool = false
  ) -> Bool {
    if decoded.properties.isWhitespace || [0x20, 0x0A, 0xA0].contains(next.value) { return false }
    // Thai, Lao, Khmer, Burmese, Chinese and Japanese do not space their words.
    let traits = ScalarTraits(decoded)
    if !ScriptGroup.separatesWords(traits.script) { return false }
    // Only a lower-case letter is often a word of its own or a word's end (`à`, `voilà`,
    // `città`): a capital (`Π`, `Р`, `Š`) or a letter of a script without case (`נ`) that
    // takes the space as its last byte continues its word (`ΕΜΠ ΟΡΕΥΣ` was `ΕΜΠΟΡΕΥΣ`, `Ð Ð¾`
    // `Ро`); reading the space as both byte and separator assumes a second damage, collapsed
    // spaces.
    if !decoded.properties.isLowercase { return false }
    // Closing punctuation follows a word directly (`città ,` was `città,`; `tout-à -fait`).
    switch next.properties.generalCategory {
    case .otherPunctuation, .closePunctuation, .finalPunctuation, .dashPunctuation:
      if next.value != 0x22 && next.value != 0x27 { return false }
    default: break
    }
    // Consonants alone are no word after a Latin letter: the rest of it (`Ã s` was `às`).
    if fragment && traits.script == ScriptGroup.latin && traits.kind == .lowercase { return false }
    return true
  }

  /// Whether `scalars` from `index` on start with letters that cannot be a word of their own in
  /// the Latin-script languages whose `à` a scraper splits: ASCII consonants only (no vowel, no
  /// `y`), then a space, punctuation other than an apostrophe (`l’` and `d'` are words), or the
  /// end (`s` of Portuguese `às`; `nh` of Vietnamese `hành`). In `vietnamese` text a lone `i`,
  /// `o`, `u` or `y` is the end of a syllable too (`cà i` was `cài`, `nà y` `này`). Nor can
  /// letters that open with two consonants no word starts with (``WordOnset``: `ncia` of
  /// Catalan `importància`).
  ///
  /// - Complexity: O(*k*) in the length of the fragment.
  static func isFragment(_ scalars: [Unicode.Scalar], at index: Int, vietnamese: Bool = false)
    -> Bool
  {
    let isLowerASCII: (Int) -> Bool = { k in
      k < scalars.count && scalars[k].value >= 0x61 && scalars[k].value <= 0x7A
    }
    if isLowerASCII(index) && isLowerASCII(index + 1)
      && !WordOnset.isPossible(scalars[index], scalars[index + 1])
    {
      return true
    }
    var i = index
    var vowels = 0
    while i < scalars.count, scalars[i].value < 0x80, scalars[i].properties.isLowercase {
      if "aeiouy".unicodeScalars.contains(scalars[i]) {
        guard vietnamese && "iouy".unicodeScalars.contains(scalars[i]) else { return false }
        vowels += 1
      }
      i += 1
    }
    guard i > index, vowels == 0 || i - index == 1 else { return false }
    guard i < scalars.count else { return true }
    let after = scalars[i]
    if after.properties.isAlphabetic || after.properties.numericType != nil { return false }
    return ![0x27, 0x2019, 0x2BC].contains(after.value)
  }

  /// Whether `scalar` is a letter only Vietnamese writes among Latin-script languages: `ơ`, `ư`,
  /// `đ` and the letters with two diacritics or a dot below (U+1EA0…U+1EF9).
  ///
  /// - Complexity: O(1).
  static func isVietnameseLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x110, 0x111, 0x1EA0...0x1EF9: return true
    default: return false
    }
  }

  /// Whether the scalar at `index` is a space standing for a no-break space (byte 0xA0) that a
  /// Windows-1252 sequence right before it still needs as its last byte (`Ã ` for `à`, `Â ` for
  /// U+00A0, `à¸ ` for Thai `ภ`): the sequence's lead and continuations so far are adjacent, and
  /// its result is a character real text has (`ß ` would be U+07E0, so German text is left
  /// alone), a letter for a three-byte sequence; a two-byte lead on its own after a space also
  /// needs a second space or a lower-case word after it.
  ///
  /// - Complexity: O(1).
  static func isLostNoBreakSpace(
    in scalars: [Unicode.Scalar], at index: Int,
    as encoding: SingleByteEncoding = .sloppyWindows1252
  ) -> Bool {
    guard scalars[index].value == 0x20 else { return false }
    var k = index - 1
    var continuations = 0
    while k >= 0 && continuations < 3 {
      let byte = UInt8(
        truncatingIfNeeded: SingleByteEncoding.packedBytes(of: scalars[k].value) >> encoding.shift)
      if SingleByteEncoding.isLead(byte) {
        let shape = SingleByteEncoding.sequenceShape(lead: byte)
        guard continuations < shape.continuations else { return false }
        // The last byte of a two- or three-byte sequence. In a three-byte one it must make a
        // letter (`à¸ ` is Thai `ภ`): `†` is E2 80 A0, but `â€ ` is nearly always `”` that lost
        // its 0x9D before a space.
        guard shape.continuations <= 2 else { return false }
        var value = UInt32(byte & 0x1F) << 6 | 0x20
        var end = index + 1  // after the sequence
        if shape.continuations == 2 {
          if continuations == 1 {
            guard
              let middle = encoding.byte(of: scalars[k + 1]),
              shape.first.contains(middle)
            else { return false }
            value = UInt32(byte & 0x0F) << 12 | UInt32(middle & 0x3F) << 6 | 0x20
          } else {
            // The middle byte (`å ´` is `場`, E5 A0 B4).
            guard shape.first.contains(0xA0), index + 1 < scalars.count,
              let last = encoding.byte(of: scalars[index + 1]),
              SingleByteEncoding.isContinuation(last)
            else { return false }
            value = UInt32(byte & 0x0F) << 12 | 0x20 << 6 | UInt32(last & 0x3F)
            end = index + 2
          }
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        if shape.continuations == 2 {
          // A letter of the script of a neighbour, as decoded (`à¸ à¸²` is `ภา`; `é\u{85} Tu`
          // would be CJK `酠` next to Latin, `é »` `逻`).
          let traits = ScalarTraits(scalar)
          guard traits.isLetter else { return false }
          let next =
            end < scalars.count
            ? sequence(in: scalars, at: end, as: encoding, loss: nil)?.scalar
              ?? scalars[end] : nil
          let previous = k > 0 ? decodedScalar(endingAt: k - 1, in: scalars, as: encoding) : nil
          guard
            [next, previous].contains(where: { $0.map { ScalarTraits($0).script } == traits.script })
          else { return false }
        }
        // On its own after a space, `Â ` or `Ã ` is a lost no-break space only before another
        // space (`il est Ã  Paris`) or, for a letter, a word in lower case (`Ã la carte`):
        // `C3 Ã LATIN…` in a table of bytes is a mention.
        if shape.continuations == 1 && (k == 0 || scalars[k - 1].properties.isWhitespace) {
          // The next word may be mojibake too: its case is that of what it decodes to.
          let next =
            index + 1 >= scalars.count
            ? nil
            : sequence(in: scalars, at: index + 1, as: encoding, loss: nil)?.scalar
              ?? scalars[index + 1]
          // A U+00A0 that lost its 0xA0 too (`Ã Â Â»` is `à`, U+00A0, `»`) stands for a space.
          let doubled =
            next?.value == 0x20
            || (index + 2 < scalars.count && scalars[index + 2].value == 0x20
              && encoding.byte(of: scalars[index + 1]) == 0xC2)
          let lowercaseWord =
            !scalar.properties.isWhitespace && next?.properties.isLowercase == true
          // U+00A0 before the punctuation French spaces off with it (`Â Â»` is ` »`).
          let frenchSpace =
            scalar.value == 0xA0
            && next.map { [0xBB, 0x203A, 0x21, 0x3F, 0x3A, 0x3B].contains($0.value) } == true
          // A space that ends the line is one no writer leaves: the byte's (`un message Ã `).
          let lineEnd = scalar.properties.isLowercase && (next == nil || next?.value == 0x0A)
          if !doubled && !lowercaseWord && !lineEnd && !frenchSpace { return false }
        }
        // A letter or U+00A0 (`انعطاÙ ` lost the 0x81 of `ف`; it is not `٠`), in the case of
        // the letter before it (`HÃ ` in capitals lost the 0x81 of `Á`, not `Hà`; `наÑ ` the
        // 0x8F of `я`, not `Ѡ`).
        let traits = ScalarTraits(scalar)
        // U+00A0 itself under Windows-1252, and under another codepage only against mojibake of
        // that codepage: the lead before a space is an everyday capital there (`В ` would be
        // U+00A0, and Russian writes `В доме`), but `В«В ` and `В В»` are `« ` and ` »` of
        // French through Windows-1251, whose `«` and `»` a Russian `«В ` does not garble.
        if scalar.properties.isWhitespace && encoding != .sloppyWindows1252 {
          let garbledBefore = (2...4).contains { d in
            k - d >= 0 && sequence(in: scalars, at: k - d, as: encoding, loss: nil)?.length == d
          }
          let garbledAfter =
            index + 1 < scalars.count
            && sequence(in: scalars, at: index + 1, as: encoding, loss: nil) != nil
          guard garbledBefore || garbledAfter else { return false }
        }
        guard traits.isLetter || scalar.properties.isWhitespace else { return false }
        if k > 0 {
          let before = ScalarTraits(decodedScalar(endingAt: k - 1, in: scalars, as: encoding)).kind
          // After a word's one capital, before a lower-case word, a lower-case letter is a word
          // in title case (Vietnamese `CÃ i Ä‘áº·t` is `Cài đặt`), not capitals (`HÃ MUITO`).
          let titleCase =
            traits.kind == .lowercase && (k < 2 || !scalars[k - 2].properties.isAlphabetic)
            && index + 1 < scalars.count && scalars[index + 1].properties.isLowercase
          if (traits.kind == .lowercase && before == .uppercase && !titleCase)
            || (traits.kind == .uppercase && before == .lowercase)
          {
            return false
          }
        }
        return traits.rarity < rareScalar
      }
      guard SingleByteEncoding.isContinuation(byte) else { return false }
      continuations += 1
      k -= 1
    }
    return false
  }
}
