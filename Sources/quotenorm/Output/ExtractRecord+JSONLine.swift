import QuoteNorm

/// One line of `--format jsonl`, written by hand: `JSONEncoder` took a quarter of `extract`'s
/// time on JSON Lines articles. The bytes are those `ExtractRecord.json(_:)` writes (keys sorted
/// as `.sortedKeys` sorts them, absent values `null`, `date` and `outlet` left out when absent,
/// strings escaped by ``JSONText``); a test holds the two together.
///
/// ```swift
/// ExtractRecord(doc: "a", date: nil, outlet: nil, index: 0, quote: q, original: text).jsonLine()
/// // {"close":"”","closeEnd":6,…,"text":"Yes,"}
/// ```
extension ExtractRecord {
  /// The record as JSON, without a line break.
  ///
  /// - Complexity: O(*k*) in the length of the quotation and its diagnostics.
  func jsonLine() -> String {
    var o = JSONObjectText()
    func text(_ s: TextSpan?) -> String? { s.map { String(original.unicodeScalars[$0.range]) } }
    o.field("close", text(quote.closingMark))
    o.field("closeEnd", quote.closingMark?.scalars.upperBound)
    o.field("closeStart", quote.closingMark?.scalars.lowerBound)
    o.field("cue", text(quote.cue))
    o.field("cueEnd", quote.cue?.scalars.upperBound)
    o.field("cueStart", quote.cue?.scalars.lowerBound)
    if let date { o.field("date", date) }
    o.field("depth", quote.depth)
    o.key("diagnostics")
    o.raw("[")
    for (k, d) in quote.diagnostics.enumerated() {
      var item = JSONObjectText()
      item.field("code", d.code.rawValue)
      item.field("end", d.scalarRange.upperBound)
      item.field("message", d.message)
      item.field("start", d.scalarRange.lowerBound)
      o.raw((k > 0 ? "," : "") + item.closed())
    }
    o.raw("]")
    o.field("doc", doc)
    o.field("end", quote.content.scalars.upperBound)
    o.field("index", index)
    o.field("kind", quote.kind.rawValue)
    o.field("lang", quote.language)
    o.field("open", text(quote.openingMark))
    o.field("openEnd", quote.openingMark?.scalars.upperBound)
    o.field("openStart", quote.openingMark?.scalars.lowerBound)
    if let outlet { o.field("outlet", outlet) }
    o.field("parent", quote.parent)
    o.field("region", quote.region.rawValue)
    if let repaired = quote.repaired { o.field("repaired", repaired) }
    o.field("speaker", quote.speaker?.name)
    o.field("speakerEnd", quote.speaker?.mention.scalars.upperBound)
    o.field("speakerIsDescription", quote.speaker?.isDescription)
    o.field("speakerStart", quote.speaker?.mention.scalars.lowerBound)
    o.field("speakerText", quote.speaker?.text)
    o.field("start", quote.content.scalars.lowerBound)
    o.field("statement", quote.statement)
    o.field("text", quote.text)
    return o.closed()
  }
}

/// A JSON object built field by field, in the order given, without spaces.
struct JSONObjectText {
  private var text = "{"
  private var empty = true

  /// Starts a field: a comma if needed, the key and its colon.
  mutating func key(_ k: String) {
    if !empty { text += "," }
    empty = false
    text += JSONText.quoted(k) + ":"
  }

  /// Appends JSON text as it is.
  mutating func raw(_ s: String) { text += s }

  mutating func field(_ k: String, _ v: String?) {
    key(k)
    text += v.map(JSONText.quoted) ?? "null"
  }

  mutating func field(_ k: String, _ v: Int?) {
    key(k)
    text += v.map { String($0) } ?? "null"
  }

  mutating func field(_ k: String, _ v: Bool?) {
    key(k)
    text += v.map { $0 ? "true" : "false" } ?? "null"
  }

  /// The object, closed.
  func closed() -> String { text + "}" }
}
