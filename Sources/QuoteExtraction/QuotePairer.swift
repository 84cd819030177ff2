/// A problem found while extracting, in offsets of the text extraction ran on.
struct RawDiagnostic: Sendable, Hashable {
  var code: ExtractionDiagnostic.Code
  var message: String
  var range: Range<Int>
}

/// A paired quotation in the text extraction runs on (scalar offsets), before attribution.
struct QuoteSpan: Sendable, Hashable {
  var open: Range<Int>?
  var close: Range<Int>?
  /// Between the marks, without surrounding spaces.
  var content: Range<Int>
  var family: QuotationMark.Family
  var depth = 0
  var parent: Int?
  /// Index of the first part of the statement (itself when alone).
  var statement: Int
  var paragraph: Int
  var diagnostics: [RawDiagnostic] = []
}

/// Pairs the marks of each paragraph into quotations with a stack: nesting gives depth and
/// parent; a mark that can only close ends the innermost open quotation of its family
/// (dropping single marks left open in between, which were apostrophes); a mark that can do
/// both closes when something of its family is open and opens otherwise.
///
/// At a paragraph's end, a quotation still open continues into the next paragraph if that one
/// starts with an opening mark of the same family (the multi-paragraph convention); otherwise
/// it is closed at the paragraph's end with an ``ExtractionDiagnostic/Code/unclosedQuote``
/// diagnostic. Nothing runs past a paragraph, so one bad mark costs at most one paragraph.
///
/// Two rules keep unbalanced text linear (a quotation left open would otherwise contain every
/// later one, so *n* unclosed marks gave *n* nested quotations of O(*n*) text each):
/// - a typographic opening mark identical to the innermost open one, that cannot close (`“` in
///   English, `„` in German), ends that quotation there with an
///   ``ExtractionDiagnostic/Code/unclosedQuote`` diagnostic: such marks do not nest in any
///   convention (guillemets, which French nests, and straight marks, which nest, are exempt);
/// - at most `maxOpen` quotations are open at once: a single mark left open longest (an
///   apostrophe, by then) makes room; otherwise the new opening mark is ignored with a
///   ``ExtractionDiagnostic/Code/nestingTooDeep`` diagnostic.
///
/// ```swift
/// let t = Array("“A ‘b’ c,” he said.".unicodeScalars)
/// let p = QuotePairer(scanner: MarkScanner(elisions: []), convention: .forLanguage("en"))
/// p.pair(t, paragraphs: [0..<t.count]).spans.map(\.depth)  // [0, 1]
/// ```
struct QuotePairer: Sendable {
  var scanner: MarkScanner
  var convention: QuoteConvention
  /// Quotations open at once in a paragraph, at most.
  var maxOpen = 16
  /// Diagnostics of one kind reported mark by mark in a paragraph; the rest are counted.
  static let reportedPerParagraph = 5

  private struct Entry {
    var slot: Int
    var mark: MarkCandidate
    var statement: Int
  }

  /// The quotations of `paragraphs` of `text`, ordered by opening mark.
  ///
  /// - Complexity: O(*n* · `maxOpen`) in the length of the paragraphs.
  func pair(_ text: [Unicode.Scalar], paragraphs: [Range<Int>]) -> (
    spans: [QuoteSpan], diagnostics: [RawDiagnostic]
  ) {
    var slots: [QuoteSpan?] = []
    var parentOfSlot: [Int?] = []
    var diagnostics: [RawDiagnostic] = []
    var pending: (statement: Int, family: QuotationMark.Family)? = nil

    func content(_ lo: Int, _ hi: Int) -> Range<Int> {
      var a = lo
      var b = hi
      while a < b, ScalarClass.isSpace(text[a]) { a += 1 }
      while b > a, ScalarClass.isSpace(text[b - 1]) { b -= 1 }
      return a..<b
    }
    func markText(_ m: MarkCandidate) -> String {
      String(String.UnicodeScalarView(text[m.start..<m.end]))
    }

    for (pi, para) in paragraphs.enumerated() {
      let marks = scanner.scan(text, para, convention: convention)
      var stack: [Entry] = []
      let carried = pending
      pending = nil
      let firstNonSpace = content(para.lowerBound, para.upperBound).lowerBound
      // Stray marks are reported one by one up to a few per paragraph, then counted: text of
      // thousands of them gets a summary, not thousands of lines.
      var reported: [ExtractionDiagnostic.Code: Int] = [:]
      func report(_ d: RawDiagnostic) {
        reported[d.code, default: 0] += 1
        if reported[d.code, default: 0] <= Self.reportedPerParagraph { diagnostics.append(d) }
      }

      func close(_ k: Int, with m: MarkCandidate?, end: Int, code: ExtractionDiagnostic.Code?) {
        let e = stack[k]
        let c = content(e.mark.end, end)
        guard !c.isEmpty else { return }
        var span = QuoteSpan(
          open: e.mark.start..<e.mark.end, close: m.map { $0.start..<$0.end }, content: c,
          family: e.mark.family, statement: e.statement, paragraph: pi)
        if let m, !QuotationMark.isConventionalPair(markText(e.mark), markText(m)) {
          span.diagnostics.append(
            RawDiagnostic(
              code: .mismatchedMarks,
              message: "\(markText(e.mark))…\(markText(m)) mixes conventions; paired anyway",
              range: e.mark.start..<m.end))
        }
        if let code {
          let message =
            switch code {
            case .continuesInNextParagraph:
              "the paragraph ends inside the quotation and the next opens again: one statement"
            case .closedByOuterMark:
              "no closing mark of its own; ended by the closing mark of the quotation around it"
            default:
              end < para.upperBound
                ? "no closing mark before the next opening mark of the same kind; taken to end there"
                : "no closing mark before the end of the paragraph; taken to run to its end"
            }
          span.diagnostics.append(
            RawDiagnostic(code: code, message: message, range: e.mark.start..<e.mark.end))
        }
        slots[e.slot] = span
      }

      // For each mark, the next single mark that is not possessive-like (one backward pass).
      var nextSingle = [Int?](repeating: nil, count: marks.count)
      var following: Int? = nil
      for mi in marks.indices.reversed() {
        nextSingle[mi] = following
        if marks[mi].family == .single && !Self.looksPossessive(text, marks[mi], para) {
          following = mi
        }
      }
      for (mi, var m) in marks.enumerated() {
        // `The farmers' concerns are ours.'`: an s-apostrophe before a lower-case word is a
        // possessive when the one single quotation open closes later in the paragraph.
        if m.family == .single, m.closes, !m.opens || m.preferOpening == false,
          stack.filter({ $0.mark.family == .single }).count == 1,
          stack.last?.mark.family == .single,
          Self.looksPossessive(text, m, para),
          // The next single mark (not itself possessive-like) only closes: the quotation
          // runs on to it, rather than a new one opening.
          let k = nextSingle[mi], marks[k].closes, !marks[k].opens
        {
          continue
        }
        // The mark that opens a continued paragraph opens, whatever its glyph: Spanish repeats
        // the closing guillemet there (`»No habrá excepciones…`), German `»`, French `«`.
        if let carried, stack.isEmpty, m.start == firstNonSpace, carried.family == m.family,
          m.start + m.width < para.upperBound, !ScalarClass.isSpace(text[m.start + m.width])
            || m.family == .guillemet
        {
          m.opens = true
          m.closes = false
        }
        let match = m.closes ? stack.lastIndex(where: { $0.mark.family == m.family }) : nil
        var shouldClose = false
        if let k = match {
          let between = stack[(k + 1)...]
          let onlyWeak = between.allSatisfy { $0.mark.family == .single }
          shouldClose = !m.opens || k == stack.count - 1 || onlyWeak || !m.preferOpening
        }
        if shouldClose, let k = match {
          while stack.count > k + 1 {
            let top = stack.removeLast()
            if top.mark.family != .single {
              stack.append(top)
              close(stack.count - 1, with: nil, end: m.start, code: .closedByOuterMark)
              stack.removeLast()
            }
          }
          close(k, with: m, end: m.start, code: nil)
          stack.removeLast()
        } else if m.opens && (m.preferOpening || !m.closes) {
          if !m.closes, m.family != .guillemet, m.family != .singleGuillemet,
            text[m.start].value >= 0x80, let top = stack.last, top.mark.family == m.family,
            markText(top.mark) == markText(m)
          {
            // The same typographic mark again: the open quotation lacked its closing mark.
            close(stack.count - 1, with: nil, end: m.start, code: .unclosedQuote)
            stack.removeLast()
          }
          if stack.count >= maxOpen {
            if let k = stack.firstIndex(where: { $0.mark.family == .single }) {
              stack.remove(at: k)
            } else {
              report(
                RawDiagnostic(
                  code: .nestingTooDeep,
                  message:
                    "more than \(maxOpen) quotations open at once in the paragraph; this opening mark was ignored",
                  range: m.start..<m.end))
              continue
            }
          }
          let slot = slots.count
          slots.append(nil)
          parentOfSlot.append(stack.last?.slot)
          var statement = slot
          if let carried, stack.isEmpty, m.start == firstNonSpace, carried.family == m.family {
            statement = carried.statement
          }
          stack.append(Entry(slot: slot, mark: m, statement: statement))
        } else if m.closes && m.family != .single && !m.afterDigit {
          report(
            RawDiagnostic(
              code: .unopenedQuote,
              message: "a closing mark with nothing open before it in the paragraph; ignored",
              range: m.start..<m.end))
        }
      }
      for (code, n) in reported.sorted(by: { $0.key.rawValue < $1.key.rawValue })
      where n > Self.reportedPerParagraph {
        diagnostics.append(
          RawDiagnostic(
            code: code,
            message: "\(n - Self.reportedPerParagraph) more marks of this kind in the paragraph, ignored likewise",
            range: para))
      }
      // The paragraph ends: what is still open continues, or is closed here.
      let next =
        pi + 1 < paragraphs.count
        ? content(paragraphs[pi + 1].lowerBound, paragraphs[pi + 1].upperBound) : nil
      while let top = stack.last {
        if top.mark.family == .single {
          stack.removeLast()
          continue
        }
        let continues =
          stack.count == 1
          && next.map { r in
            !r.isEmpty && QuotationMark.info(for: text[r.lowerBound])?.family == top.mark.family
              && QuotationMark.info(for: text[r.lowerBound])?.canOpen == true
          } == true
        close(
          stack.count - 1, with: nil, end: para.upperBound,
          code: continues ? .continuesInNextParagraph : .unclosedQuote)
        if continues { pending = (top.statement, top.mark.family) }
        stack.removeLast()
      }
    }
    return (Self.compact(slots, parentOfSlot), diagnostics)
  }

  /// An apostrophe after `s` and before a space and a lower-case word (`farmers' concerns`).
  ///
  /// - Complexity: O(1).
  static func looksPossessive(_ t: [Unicode.Scalar], _ m: MarkCandidate, _ para: Range<Int>)
    -> Bool
  {
    guard m.start > para.lowerBound, m.end + 1 < para.upperBound else { return false }
    let before = t[m.start - 1]
    return (before == "s" || before == "S") && t[m.end] == " "
      && t[m.end + 1].properties.isLowercase
  }

  /// Drops the empty slots (apostrophes, empty quotations), renumbering parents and
  /// statements and recomputing depth from the surviving ancestors.
  private static func compact(_ slots: [QuoteSpan?], _ parentOfSlot: [Int?]) -> [QuoteSpan] {
    var newIndex = [Int?](repeating: nil, count: slots.count)
    var n = 0
    for (i, s) in slots.enumerated() where s != nil {
      newIndex[i] = n
      n += 1
    }
    func survivingParent(_ slot: Int) -> Int? {
      var p = parentOfSlot[slot]
      while let q = p, newIndex[q] == nil { p = parentOfSlot[q] }
      return p.flatMap { newIndex[$0] }
    }
    var out: [QuoteSpan] = []
    out.reserveCapacity(n)
    for (i, s) in slots.enumerated() {
      guard var span = s else { continue }
      span.parent = survivingParent(i)
      span.depth = span.parent.map { out[$0].depth + 1 } ?? 0
      span.statement = newIndex[span.statement] ?? out.count
      out.append(span)
    }
    return out
  }
}
