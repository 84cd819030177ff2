extension DialogueDashes {
  /// `dialogue` (from ``spans(_:paragraphs:)``) and the marked quotations `spans` as one list
  /// in text order, with statements and parents renumbered: a marked quotation inside a
  /// turn's speech is nested in it (`—Lo he dicho: «no se negocia» —insistió.`). A paragraph
  /// whose marked quotations cross its dashes (an unclosed mark running over an inciso) keeps
  /// its marked quotations only.
  ///
  /// ```swift
  /// DialogueDashes.merge([turn], into: [inner]).map(\.depth)  // [0, 1]
  /// ```
  ///
  /// - Complexity: O((*d* + *s*) log(*d* + *s*)) for *d* turn parts and *s* quotations.
  static func merge(_ dialogue: [QuoteSpan], into spans: [QuoteSpan]) -> [QuoteSpan] {
    guard !dialogue.isEmpty else { return spans }
    // Turn parts crossed by a marked quotation disqualify their paragraph.
    var crossed = Set<Int>()
    var d = 0
    for s in spans {
      let o = Attributor.outer(s)
      while d < dialogue.count, Attributor.outer(dialogue[d]).upperBound <= o.lowerBound { d += 1 }
      var k = d
      while k < dialogue.count, Attributor.outer(dialogue[k]).lowerBound < o.upperBound {
        let part = Attributor.outer(dialogue[k])
        let inside = o.lowerBound >= dialogue[k].content.lowerBound
          && o.upperBound <= dialogue[k].content.upperBound
        if !inside && part.lowerBound < o.upperBound && o.lowerBound < part.upperBound {
          crossed.insert(dialogue[k].paragraph)
        }
        k += 1
      }
    }
    let turns = dialogue.enumerated().filter { !crossed.contains($0.element.paragraph) }
    guard !turns.isEmpty else { return spans }
    // Text order; a turn's dash comes before anything it holds.
    enum Source { case marked(Int), turn(Int) }
    var order: [(start: Int, rank: Int, source: Source)] = []
    order.reserveCapacity(spans.count + turns.count)
    for (i, s) in spans.enumerated() {
      order.append((Attributor.outer(s).lowerBound, 1, .marked(i)))
    }
    for (i, _) in turns { order.append((Attributor.outer(dialogue[i]).lowerBound, 0, .turn(i))) }
    order.sort { ($0.start, $0.rank) < ($1.start, $1.rank) }
    var markedIndex = [Int](repeating: 0, count: spans.count)
    var turnIndex = [Int: Int]()
    for (n, entry) in order.enumerated() {
      switch entry.source {
      case .marked(let i): markedIndex[i] = n
      case .turn(let i): turnIndex[i] = n
      }
    }
    var out: [QuoteSpan] = []
    out.reserveCapacity(order.count)
    var open: Int? = nil  // the turn part (new index) whose speech may hold what follows
    for entry in order {
      switch entry.source {
      case .turn(let i):
        var s = dialogue[i]
        s.statement = turnIndex[s.statement] ?? out.count
        open = out.count
        out.append(s)
      case .marked(let i):
        var s = spans[i]
        s.statement = markedIndex[s.statement]
        s.parent = s.parent.map { markedIndex[$0] }
        if let t = open, Attributor.outer(s).lowerBound >= out[t].content.lowerBound,
          Attributor.outer(s).upperBound <= out[t].content.upperBound
        {
          s.depth += 1
          if s.parent == nil { s.parent = t }
        }
        out.append(s)
      }
    }
    return out
  }
}
