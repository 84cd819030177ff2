extension NounPhrases {
  /// Where a title written in lowercase before a capitalized run starts ("presidente del
  /// Consiglio Giorgia Meloni"), or `runStart`.
  func titleStart(before runStart: Int, in tokens: [Token], from lower: Int) -> Int {
    let lo = max(lower, runStart - 3)
    guard lo < runStart else { return runStart }
    for k in lo..<runStart where tokens[k].isWord {
      if let n = lexicon.match(.title, tokens, at: k) ?? lexicon.match(.role, tokens, at: k),
        k + n > runStart - 1
      {
        return k
      }
    }
    return runStart
  }

  /// CJK: the characters before a cue back to punctuation, a quotation or 12 characters, a
  /// trailing topic particle dropped.
  func cjk(endingAt e: Int, _ tokens: [Token], _ lower: Int) -> Mention? {
    var end = e
    while end >= lower, lexicon.contains(.topicParticle, key: tokens[end].key) { end -= 1 }
    var start = end
    while start - 1 >= lower, tokens[start - 1].caseless, tokens[start - 1].isWord,
      end - start < 11,
      !lexicon.contains(.topicParticle, key: tokens[start - 1].key)
    {
      start -= 1
    }
    guard start <= end, end >= lower else { return nil }
    let r = tokens[start].range.lowerBound..<tokens[end].range.upperBound
    var key = WordKey.seed
    for t in tokens[start...end] { key = key.appending(t.first.value) }
    return Mention(kind: .name, range: r, words: [key], coreRange: r)
  }

  func cjk(startingAt s: Int, _ tokens: [Token], _ upper: Int) -> Mention? {
    var end = s
    while end + 1 < upper, tokens[end + 1].caseless, tokens[end + 1].isWord, end - s < 11 {
      end += 1
    }
    return cjk(endingAt: end, tokens, s)
  }
}
