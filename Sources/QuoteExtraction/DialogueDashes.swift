/// Direct speech set off by dashes instead of quotation marks, the convention of Spanish,
/// Portuguese, Catalan, Italian, Polish and Russian prose and of interviews everywhere:
///
///     —No va a ocurrir —dijo Sheinbaum en su conferencia—. Somos un país soberano.
///     — Это не произойдёт, — сказал он.
///
/// A paragraph that opens with a dash (`—`, `―` or `–`) followed by speech is a turn. An
/// *inciso* — a dash after a space, then narration with a cue of the lexicon in its first
/// words (`—dijo Sheinbaum`, `— сказал он`) — interrupts the speech; a dash closing the inciso
/// hands back to the speech, which runs to the end of the paragraph or the next inciso. The
/// speech before and after an inciso is one statement, each part a quotation whose opening
/// and closing "marks" are the dashes. The narration in between is what the attribution
/// reads, exactly as after a closing quotation mark.
///
/// A dash opening a line is also a list bullet, so a paragraph counts as a turn only when it
/// has an inciso with a cue, when the paragraph before it ends with a cue and a colon
/// (`respondió:`), or when a neighbouring paragraph is a turn (a dialogue or an interview runs
/// over several).
///
/// ```swift
/// let t = Array("—No va a ocurrir —dijo Sheinbaum—. Somos soberanos.".unicodeScalars)
/// DialogueDashes(lexicon: es).spans(t, paragraphs: [0..<t.count]).map(\.content)
/// // [1..<16, 35..<50]: "No va a ocurrir", "Somos soberanos."
/// ```
struct DialogueDashes: Sendable {
  var lexicon: CueLexicon

  /// Words after an inciso's dash in which its cue must appear.
  static let cueWindow = 4

  /// One paragraph read as a turn: its speech parts (dash, content, closing dash).
  private struct Turn {
    var parts: [(open: Range<Int>, content: Range<Int>, close: Range<Int>?)]
    var hasInciso: Bool
  }

  /// The speech parts of the dialogue turns among `paragraphs`, in text order; each part
  /// after the first of its paragraph continues the first (``QuoteSpan/statement``).
  ///
  /// - Complexity: O(*n*) in the length of the paragraphs.
  func spans(_ t: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [QuoteSpan] {
    var turns = [Turn?](repeating: nil, count: paragraphs.count)
    for (k, p) in paragraphs.enumerated() { turns[k] = turn(t, p) }
    // Which turns count: those with an inciso, after a colon, and their neighbours.
    var accepted = [Bool](repeating: false, count: paragraphs.count)
    for k in paragraphs.indices {
      guard let turn = turns[k] else { continue }
      accepted[k] = turn.hasInciso || (k > 0 && introducesSpeech(t, paragraphs[k - 1]))
    }
    for k in paragraphs.indices.dropFirst() where !accepted[k] && turns[k] != nil {
      accepted[k] = accepted[k - 1]
    }
    for k in paragraphs.indices.reversed().dropFirst() where !accepted[k] && turns[k] != nil {
      accepted[k] = accepted[k + 1]
    }
    var out: [QuoteSpan] = []
    for k in paragraphs.indices where accepted[k] {
      guard let turn = turns[k] else { continue }
      let first = out.count
      for part in turn.parts {
        out.append(
          QuoteSpan(
            open: part.open, close: part.close, content: part.content, family: .dash,
            statement: first, paragraph: k))
      }
    }
    return out
  }

  /// The turn a paragraph holds, if it opens with a dash and speech.
  private func turn(_ t: [Unicode.Scalar], _ p: Range<Int>) -> Turn? {
    var i = p.lowerBound
    while i < p.upperBound, ScalarClass.isSpace(t[i]) { i += 1 }
    guard i < p.upperBound, Self.isSpeechDash(t[i]), let start = speechStart(t, i + 1, p) else {
      return nil
    }
    var parts: [(open: Range<Int>, content: Range<Int>, close: Range<Int>?)] = []
    var open = i..<(i + 1)
    var from = start
    var hasInciso = false
    var k = start
    while k < p.upperBound {
      guard Self.isSpeechDash(t[k]), ScalarClass.isSpace(t[k - 1]), incisoHasCue(t, k, p) else {
        k += 1
        continue
      }
      hasInciso = true
      let speech = trimmed(t, from..<k)
      if !speech.isEmpty { parts.append((open, speech, k..<(k + 1))) }
      // The dash that closes the inciso, if the speech resumes after it.
      var m = k + 1
      while m < p.upperBound, !Self.isSpeechDash(t[m]) { m += 1 }
      guard m < p.upperBound else { return Turn(parts: parts, hasInciso: true) }
      var resume = m + 1
      while resume < p.upperBound,
        ScalarClass.isSpace(t[resume]) || t[resume] == "." || t[resume] == ","
          || t[resume] == ";" || t[resume] == ":"
      {
        resume += 1
      }
      guard resume < p.upperBound else { return Turn(parts: parts, hasInciso: true) }
      open = m..<(m + 1)
      from = resume
      k = resume
    }
    let last = trimmed(t, from..<p.upperBound)
    if !last.isEmpty { parts.append((open, last, nil)) }
    guard !parts.isEmpty else { return nil }
    return Turn(parts: parts, hasInciso: hasInciso)
  }

  /// Where the speech after an opening dash starts: a letter, digit or opening punctuation
  /// after at most one space (`—No`, `— Это`, `—¿Qué?`); `nil` for a dash before a space run,
  /// another dash or nothing.
  private func speechStart(_ t: [Unicode.Scalar], _ i: Int, _ p: Range<Int>) -> Int? {
    var k = i
    if k < p.upperBound, t[k] == " " || t[k] == "\u{A0}" || t[k] == "\u{202F}" { k += 1 }
    guard k < p.upperBound else { return nil }
    let c = t[k]
    if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || c == "¿" || c == "¡" || c == "…" {
      return k
    }
    return QuotationMark.info(for: c)?.canOpen == true ? k : nil
  }

  /// Whether a cue is among the first words after the dash at `k`.
  private func incisoHasCue(_ t: [Unicode.Scalar], _ k: Int, _ p: Range<Int>) -> Bool {
    var end = k + 1
    while end < p.upperBound, end - k < 80, !Self.isSpeechDash(t[end]) { end += 1 }
    guard end > k + 1 else { return false }
    let tokens = Tokenizer(lexicon: lexicon).tokens(t, (k + 1)..<end, quotes: [])
    var words = 0
    for (n, token) in tokens.enumerated() where token.isWord {
      if lexicon.match(.cue, tokens, at: n) != nil { return true }
      words += 1
      if words >= Self.cueWindow { break }
    }
    return false
  }

  private func trimmed(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b, ScalarClass.isSpace(t[a]) { a += 1 }
    while b > a, ScalarClass.isSpace(t[b - 1]) { b -= 1 }
    return a..<b
  }

  /// The dashes that set off speech: em dash, horizontal bar, en dash.
  @inline(__always)
  static func isSpeechDash(_ s: Unicode.Scalar) -> Bool {
    s.value == 0x2014 || s.value == 0x2015 || s.value == 0x2013
  }

  /// Whether a paragraph ends with a cue and a colon (`respondió:`, `сказал:`), introducing
  /// the turn after it; `Lista:` before bullets does not.
  private func introducesSpeech(_ t: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
    var k = p.upperBound
    while k > p.lowerBound, ScalarClass.isSpace(t[k - 1]) { k -= 1 }
    guard k > p.lowerBound, t[k - 1] == ":" || t[k - 1] == "：" else { return false }
    let tokens = Tokenizer(lexicon: lexicon).tokens(
      t, max(p.lowerBound, k - 1 - 60)..<(k - 1), quotes: [])
    // A paragraph that is a colon alone has no words (fuzz finding `colon-alone-before-turn`).
    guard !tokens.isEmpty else { return false }
    for n in 1...min(4, tokens.count) where lexicon.match(.cue, tokens, at: tokens.count - n) == n {
      return true
    }
    return false
  }
}
