// Mentions of mojibake (text that quotes a sequence to talk about it), which the repair
// session leaves as written.

extension MojibakeRepairer.RepairSession {
  /// A run quoted on one side only, with a space or the line's end on the other (`o Ã¨” o`):
  /// a mention when the same text also quotes a sequence fully (``quotesMojibake``), as a
  /// text listing examples does; otherwise too common in real mojibake to spare.
  func isHalfQuotedMention(
    _ found: [Unicode.Scalar], left: [Unicode.Scalar], right: [Unicode.Scalar]
  ) -> Bool {
    guard !found.isEmpty, found.count <= 4 else { return false }
    func isGap(_ c: Unicode.Scalar?) -> Bool { c.map { $0.properties.isWhitespace } ?? true }
    func isMark(_ c: Unicode.Scalar?) -> Bool {
      guard let c else { return false }
      return Self.closingPartners(of: c) != nil
        || [0x201D, 0x2019, 0xBB, 0x300D].contains(c.value)
    }
    if isGap(left.last) && isMark(right.first) && isGap(right.dropFirst().first) { return true }
    if isMark(left.last) && isGap(left.dropLast().last) && isGap(right.first) { return true }
    // The mark can be part of the run itself (`”` is a Windows-1252 continuation byte).
    let inner = found.count - 1
    if inner >= 1 && inner <= 2 && isGap(left.last) && isMark(found.last) && isGap(right.first) {
      return true
    }
    if inner >= 1 && inner <= 2 && isMark(found.first) && isGap(left.last) && isGap(right.first) {
      return true
    }
    return false
  }

  /// Whether the run is a mention of mojibake rather than mojibake (`“Ã©”`, `»Ä«`, `「Ã©」`):
  /// at most three scalars standing alone between a matching pair of quotation marks or
  /// brackets, with no letter right outside them. Mojibake of a whole text garbles its curly
  /// quotes as well, so this only spares text that quotes a sequence to talk about it.
  func isQuotedMention(
    _ found: [Unicode.Scalar], left: [Unicode.Scalar], right: [Unicode.Scalar]
  ) -> Bool {
    // The opening mark: the first scalar of the run, or the one before it, maybe with one space
    // or no-break space between (French `« Ã© »`). `left` and `right` are the context as
    // repaired, so a neighbouring sequence is not mistaken for a quotation mark.
    var first = 0
    var before = left.count - 1
    let partners: [UInt32]
    if let mark = found.first, let closers = Self.closingPartners(of: mark) {
      partners = closers
      first = 1
      if first < found.count && found[first].value == 0xA0 && Self.isGuillemet(mark) {
        first += 1
      }
    } else {
      while before >= 0 && Self.isDirectionMark(left[before]) { before -= 1 }
      if before >= 1 && Self.isPadding(left[before]) && Self.isGuillemet(left[before - 1]) {
        before -= 1
      }
      guard before >= 0, let closers = Self.closingPartners(of: left[before]) else {
        return false
      }
      partners = closers
      before -= 1
    }
    // The closing mark: the last scalar of the run, or the one right after it, maybe padded.
    var last = found.count - 1
    var after = 0
    if last > first && partners.contains(found[last].value) {
      last -= 1
      if last > first && found[last].value == 0xA0 && Self.isGuillemet(found[last + 1]) {
        last -= 1
      }
    } else {
      while after < right.count && Self.isDirectionMark(right[after]) { after += 1 }
      if after + 1 < right.count && Self.isPadding(right[after])
        && Self.isGuillemet(right[after + 1])
      {
        after += 1
      }
      guard after < right.count, partners.contains(right[after].value) else { return false }
      after += 1
    }
    guard last >= first, last - first < 3 else { return false }
    return !(before >= 0 && Self.isWordLetter(left[before]))
      && !(after < right.count && Self.isWordLetter(right[after]))
  }

  /// Whether the run ends in a closing quotation mark and the opening one before it (past
  /// padding) was itself repaired: quotation marks garbled like the text around them
  /// (`Â« Â»` is `« »`, whose `Â»` reads as `Â` quoted), not a mention of mojibake.
  ///
  /// - Complexity: O(*k*) in the scalars between the last fix and the run.
  func closesRepairedQuote(_ found: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    // A fix that only drops a lead keeps the mark after it (`Â«` → `«` drops `Â`).
    guard let fix = fixes.last, fix.range.upperBound < range.lowerBound else { return false }
    let kept = fix.replacement.isEmpty ? 1 : 0
    let opening = fix.replacement.last ?? input[fix.range.upperBound]
    guard let closers = Self.closingPartners(of: opening), let closing = found.last,
      closers.contains(closing.value), fix.range.upperBound + kept <= range.lowerBound
    else { return false }
    return input[(fix.range.upperBound + kept)..<range.lowerBound].allSatisfy {
      Self.isPadding($0) || Self.isDirectionMark($0)
    }
  }

  /// A letter of a script that spaces its words: a quotation mark right next to one is part of
  /// running text, not around a mention (CJK puts its brackets right next to letters).
  static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
    let traits = ScalarTraits(scalar)
    return traits.isLetter && ScriptGroup.separatesWords(traits.script)
  }

  static func isGuillemet(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0xAB || scalar.value == 0xBB
  }

  /// Left-to-right, right-to-left and Arabic letter marks, which bidirectional text puts next
  /// to quotation marks.
  static func isDirectionMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200E, 0x200F, 0x061C: return true
    default: return false
    }
  }

  static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0xA0, 0x202F: return true
    default: return false
    }
  }

  /// The closing marks that pair with an opening quotation mark or bracket, in any language's
  /// usage (`„…“`, `»…«`, `”…”`), or `nil` if `scalar` cannot open.
  static func closingPartners(of scalar: Unicode.Scalar) -> [UInt32]? {
    switch scalar.value {
    case 0x22, 0x27: return [scalar.value]
    case 0x28: return [0x29]
    case 0x5B: return [0x5D]
    case 0xAB: return [0xBB]
    case 0xBB: return [0xAB, 0xBB]
    case 0x2018, 0x201A: return [0x2018, 0x2019]
    case 0x201C, 0x201E: return [0x201C, 0x201D]
    case 0x201D: return [0x201C, 0x201D]
    case 0x2039: return [0x203A]
    case 0x203A: return [0x2039]
    case 0x300C: return [0x300D]
    case 0x300E: return [0x300F]
    case 0xFF08: return [0xFF09]
    default: return nil
    }
  }
}
