/// Decides a quotation's ``QuoteKind`` from its marks, its words and its place in the
/// sentence.
///
/// - ``QuoteKind/title``: CJK title brackets, or a title-cased quotation right after a word
///   such as *film*, *book*, *titled*.
/// - ``QuoteKind/direct`` always for a dialogue turn (``DialogueDashes``).
/// - ``QuoteKind/scare``: after a distancing word (*so-called*, *sogenannte*); or one or two
///   words, no sentence punctuation, not a predicate
///   (not after *is*, *was*, *to*, *will* …) and not reported (no cue, or no *that*/*que*
///   after a cue, in the two words before).
/// - ``QuoteKind/mixed``: opens its sentence with a capital, has no closing punctuation, and
///   narration runs on after it (`"We do not agree" with any intervention, she added.`).
/// - ``QuoteKind/direct``: ends a sentence (`."`), hands over to a cue (`,"` + cue), follows
///   a colon or a cue with a capital, or is a sentence of its own.
/// - ``QuoteKind/partial``: any other fragment inside narration.
/// - ``QuoteKind/headline``: speech (direct or mixed) in a heading line.
///
/// ```swift
/// // "designating cartels as "terrorist" organisations"
/// KindClassifier(lexicon: en).kind(span, attribution, region: .body, text: t)  // .scare
/// ```
struct KindClassifier: Sendable {
  let lexicon: CueLexicon?

  /// The kind of one quotation.
  ///
  /// - Complexity: O(*k*) in the length of the quotation.
  func kind(_ span: QuoteSpan, _ att: Attribution, region: QuoteRegion, text: [Unicode.Scalar])
    -> QuoteKind
  {
    if span.family == .title { return .title }
    // A dialogue turn is speech whatever its shape.
    if span.family == .dash { return region == .heading ? .headline : .direct }
    let (words, capitalizedWords, startsUpper) = Self.shape(text, span.content)
    let terminal = Attributor.endsSentence(span, text)
    let handsOver = Attributor.handsOver(span, text)
    let near = att.before.prefix(2)
    if let lexicon, near.contains(where: { lexicon.contains(.titleCue, key: $0) }), !terminal,
      !handsOver, startsUpper,
      capitalizedWords * 2 >= words
    {
      return .title
    }
    let cueAdjacent = att.pattern == .quoteThenCue || att.pattern == .dash || att.pattern == .source
    // European style puts the period after the closing mark: «… negocia».
    let endsOutside =
      span.close.map { c in c.upperBound < text.count && ScalarClass.isTerminal(text[c.upperBound])
      } ?? false
    var kind: QuoteKind
    let distanced = att.before.first.map { lexicon?.contains(.scareCue, key: $0) == true } ?? false
    if distanced && !terminal && !handsOver && words <= 4 {
      kind = .scare
    } else if words <= 2 && !terminal && !handsOver && !(att.sentenceInitial && cueAdjacent)
      && !att.wholeSentence
      && att.pattern != .colon
    {
      kind = isPredicate(att) || att.pattern == .source ? .partial : .scare
    } else if att.sentenceInitial && startsUpper && !terminal && !handsOver && att.narrationFollows
    {
      kind = .mixed
    } else if terminal
      && (startsUpper || att.punctuationBefore
        || (att.pattern == .cueThenQuote && Self.cueRightBefore(span, att, text)
          && !characterizedRightBefore(att)))
    {
      kind = .direct
    } else if endsOutside && words > 2 && (startsUpper || att.punctuationBefore)
      && att.pattern != .none
    {
      kind = .direct
    } else if att.cueFollows && startsUpper && words >= 3 {
      kind = .direct
    } else if handsOver && cueAdjacent {
      kind = .direct
    } else if startsUpper
      && (att.pattern == .colon || (att.pattern == .cueThenQuote && att.punctuationBefore))
    {
      kind = .direct
    } else if startsUpper && att.wholeSentence && words >= 2 {
      kind = .direct
    } else if startsUpper && att.sentenceInitial && cueAdjacent {
      kind = .direct
    } else {
      kind = .partial
    }
    if region == .heading && (kind == .direct || kind == .mixed) { kind = .headline }
    return kind
  }

  /// Only spaces between the cue and the opening mark (`said "it's not going to happen."`),
  /// not narration (`said the two countries had "never cooperated more closely."`).
  private static func cueRightBefore(_ span: QuoteSpan, _ att: Attribution, _ t: [Unicode.Scalar])
    -> Bool
  {
    guard let cue = att.cue, let open = span.open, cue.upperBound <= open.lowerBound else {
      return false
    }
    return t[cue.upperBound..<open.lowerBound].allSatisfy { !ScalarClass.isWordCharacter($0) }
  }

  /// A short quotation someone asserted: after a predicate word or a cue close before it.
  /// Whether the words right before the quotation are a characterization cue (`called it "a
  /// disgrace."`, `described it as "…"`): the quotation is a predicate, partial even when it
  /// ends a sentence.
  private func characterizedRightBefore(_ att: Attribution) -> Bool {
    guard let lexicon, !att.before.isEmpty else { return false }
    let keys = Array(att.before.reversed())
    for start in keys.indices where lexicon.match(.characterization, keys: keys, at: start) == keys.count - start {
      return true
    }
    return false
  }

  private func isPredicate(_ att: Attribution) -> Bool {
    guard let lexicon else { return att.pattern == .cueThenQuote }
    // After a determiner the quotation is a noun or its modifier: `the "terrorist" label`.
    if let first = att.before.first, lexicon.contains(.determiner, key: first) { return false }
    if let first = att.before.first, lexicon.contains(.predicate, key: first) { return true }
    if att.before.count >= 2, lexicon.contains(.predicate, key: att.before[1]),
      lexicon.contains(.skip, key: att.before[0])
    {
      return true
    }
    for (i, w) in att.before.enumerated() where i < 2 {
      if lexicon.contains(.cue, key: w) { return true }
      // Reported speech: `afirmó el martes que México "no aceptará"`, `said that "no"`.
      if att.pattern == .cueThenQuote && lexicon.contains(.complementizer, key: w) { return true }
    }
    return false
  }

  /// Words, capitalized words, and whether the first letter is a capital (or caseless).
  static func shape(_ t: [Unicode.Scalar], _ r: Range<Int>) -> (Int, Int, Bool) {
    var words = 0
    var capitalized = 0
    var cjk = 0
    var inWord = false
    var startsUpper: Bool? = nil
    for i in r {
      let s = t[i]
      let letter = ScalarClass.isLetter(s) || ScalarClass.isDigit(s)
      if ScalarClass.isCJK(s) {
        cjk += 1
        if startsUpper == nil { startsUpper = true }
        inWord = false
        continue
      }
      if letter && !inWord {
        words += 1
        if ScalarClass.isUpper(s) || ScalarClass.isCaseless(s) { capitalized += 1 }
        if startsUpper == nil, ScalarClass.isLetter(s) {
          startsUpper = ScalarClass.isUpper(s) || ScalarClass.isCaseless(s)
        }
      }
      let joiner = (s == "'" || s == "’" || s == "-") && inWord
      inWord = letter || joiner
    }
    return (words + (cjk + 1) / 2, capitalized, startsUpper ?? false)
  }
}
