extension DateStep {
  /// The time of day at `i` (digits) written with `a.m.` or `p.m.`, on the 24-hour clock, and
  /// the end of what it replaces; nil for digits that are no such time.
  ///
  /// The hour is 1–12, minutes (after `:` or `.`) 00–59; the marker is `am`/`pm` with or
  /// without periods, with or without a space before it, or `a. m.`/`p. m.` (Spanish style). A
  /// marker's final period that may also end a sentence (at the end of the line, or before a
  /// word the text capitalizes) stays; `17:00.` then ends the sentence as `5 p.m.` did.
  ///
  /// ```swift
  /// time(Array("5:30 p.m. on Friday".unicodeScalars), at: 0, context: c)  // ("17:30", 10)
  /// ```
  ///
  /// - Complexity: O(1).
  func time(
    _ s: [Unicode.Scalar], at i: Int, context: VariantContext
  ) -> ([Unicode.Scalar], Int)? {
    let n = s.count
    func digit(_ k: Int) -> Int? { k < n && s[k].isASCIIDigit ? Int(s[k].value - 0x30) : nil }
    guard var hour = digit(i) else { return nil }
    var k = i + 1
    if let d = digit(k) {
      hour = hour * 10 + d
      k += 1
    }
    guard (1...12).contains(hour), digit(k) == nil else { return nil }
    var minutes = 0
    if k + 2 < n, s[k] == ":" || s[k] == ".", let m1 = digit(k + 1), let m2 = digit(k + 2) {
      guard digit(k + 3) == nil, m1 <= 5 else { return nil }
      minutes = m1 * 10 + m2
      k += 3
    }
    if k < n && s[k] == " " { k += 1 }
    // The marker: a or p, an optional period (and then an optional space), m, an optional period.
    guard k < n, s[k] == "a" || s[k] == "p" else { return nil }
    let afternoon = s[k] == "p"
    k += 1
    var dotted = false
    if k < n && s[k] == "." {
      dotted = true
      k += 1
      if k < n && s[k] == " " { k += 1 }
    }
    guard k < n, s[k] == "m" else { return nil }
    k += 1
    var end = k
    if dotted {
      guard k < n, s[k] == "." else { return nil }
      end = k + 1
      if endsSentence(s, after: end, context: context) { end = k }
    }
    guard end == n || !VariantWords.isWordScalar(s[end]) else { return nil }
    // `5 am` with no period: the marker must stand alone (`5 amps` is no time).
    if !dotted && k < n && VariantWords.isWordScalar(s[k]) { return nil }
    // Nor may another marker follow (`10am p.m.`): the clock would read it next time.
    if Self.markerFollows(s, end) { return nil }
    let h24 = afternoon ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
    let clock = Array((String(h24) + ":" + (minutes < 10 ? "0" : "") + String(minutes)).unicodeScalars)
    // The number step must leave the clock as it is, next to what follows it (`5pm,431`, `%`,
    // `per cent`, `million`): it runs before this step now, and on the clock's digits next time.
    let next = Array(clock + s[end..<min(n, end + 24)])
    if let r = numbers.apply(to: next, context: VariantContext(identity: next)),
      r.edits.contains(where: { $0.input.lowerBound < clock.count })
    {
      return nil
    }
    return (clock, end)
  }

  /// Whether the period before `i` may end a sentence: nothing follows on the line, or a
  /// space and a word the text as written capitalizes.
  private func endsSentence(_ s: [Unicode.Scalar], after i: Int, context: VariantContext) -> Bool {
    var k = i
    while k < s.count, s[k] == " " { k += 1 }
    guard k < s.count else { return true }
    guard k > i, VariantWords.isWordScalar(s[k]) else { return false }
    return context.isCapitalized(k..<(k + 1))
  }

  /// Whether `am`/`pm` in one of the ways ``time(_:at:context:)`` reads it starts at `i`,
  /// after a space if any.
  static func markerFollows(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    let n = s.count
    var k = i
    if k < n && s[k] == " " { k += 1 }
    guard k < n, s[k] == "a" || s[k] == "p" else { return false }
    k += 1
    if k < n && s[k] == "." { k += 1 }
    if k < n && s[k] == " " { k += 1 }
    return k < n && s[k] == "m"
  }

  /// What may stand before a time's digits: not a word, digit or number separator.
  static func opensTime(_ c: Unicode.Scalar) -> Bool {
    !VariantWords.isWordScalar(c) && c != "." && c != "," && c != ":" && c != "-" && c != "/"
  }
}
