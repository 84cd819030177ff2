/// The quotation marks of every convention the extractor knows, and what each can do.
///
/// Marks pair within a family: the double marks (`“ ” „ ‟ " ＂ 〝 〞 〟` and doubled
/// backticks, apostrophes or acute accents), the single marks (`‘ ’ ‚ ‛ ' ` ´`), the
/// guillemets (`« »`), the single guillemets (`‹ ›`), the CJK corner brackets (`「 」`) and white
/// corner brackets (`『 』`), and the title brackets (`《 》 〈 〉 〈 〉`), which mark names of works
/// rather than speech. Which of a mark's roles applies (opening or closing) is read from the
/// characters around it and from what is open; ``preferOpening`` breaks ties.
///
/// ```swift
/// QuotationMark.info(for: "„")?.family   // .double
/// QuotationMark.info(for: "”")?.canOpen  // true: Swedish and Finnish open with it too
/// ```
struct QuotationMark: Sendable, Hashable {
  /// Marks that pair with each other.
  enum Family: UInt8, Sendable, Hashable {
    case double, single, guillemet, singleGuillemet, corner, whiteCorner, title
    /// Dialogue dashes (``DialogueDashes``): never a mark the scanner pairs.
    case dash
  }

  var family: Family
  /// The mark can open a quotation in some convention.
  var canOpen: Bool
  /// The mark can close a quotation in some convention.
  var canClose: Bool
  /// The role to take when the context allows both and nothing open can be closed.
  var preferOpening: Bool
  /// The mark's role never depends on context (CJK brackets).
  var fixed: Bool = false

  /// What `scalar` can do as a quotation mark, or `nil` if it is none.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func info(for scalar: Unicode.Scalar) -> QuotationMark? {
    let v = scalar.value
    if v < 0x80 {
      switch v {
      case 0x22:
        return QuotationMark(family: .double, canOpen: true, canClose: true, preferOpening: true)
      case 0x27:
        return QuotationMark(family: .single, canOpen: true, canClose: true, preferOpening: true)
      case 0x60:
        return QuotationMark(family: .single, canOpen: true, canClose: false, preferOpening: true)
      default: return nil
      }
    }
    return nonASCII(v)
  }

  private static func nonASCII(_ v: UInt32) -> QuotationMark? {
    switch v {
    case 0xAB:  // « opens; closes in Danish and German »…«
      return QuotationMark(family: .guillemet, canOpen: true, canClose: true, preferOpening: true)
    case 0xBB:  // » closes; opens in »…« and Finnish/Swedish »…»
      return QuotationMark(family: .guillemet, canOpen: true, canClose: true, preferOpening: false)
    case 0xB4:  // ´ an acute accent typed for an apostrophe or a quote
      return QuotationMark(family: .single, canOpen: true, canClose: true, preferOpening: false)
    case 0x2018:  // ‘ opens; closes German ‚…‘
      return QuotationMark(family: .single, canOpen: true, canClose: true, preferOpening: true)
    case 0x2019:  // ’ closes, is the apostrophe; opens Swedish ’…’
      return QuotationMark(family: .single, canOpen: true, canClose: true, preferOpening: false)
    case 0x201A, 0x201B:  // ‚ ‛
      return QuotationMark(family: .single, canOpen: true, canClose: false, preferOpening: true)
    case 0x201C:  // “ opens; closes German „…“
      return QuotationMark(family: .double, canOpen: true, canClose: true, preferOpening: true)
    case 0x201D:  // ” closes; opens Swedish/Finnish ”…”
      return QuotationMark(family: .double, canOpen: true, canClose: true, preferOpening: false)
    case 0x201E, 0x201F, 0x2E42:  // „ ‟ ⹂
      return QuotationMark(family: .double, canOpen: true, canClose: false, preferOpening: true)
    case 0x2039:  // ‹
      return QuotationMark(
        family: .singleGuillemet, canOpen: true, canClose: true, preferOpening: true)
    case 0x203A:  // ›
      return QuotationMark(
        family: .singleGuillemet, canOpen: true, canClose: true, preferOpening: false)
    case 0x300C, 0xFE41:  // 「
      return QuotationMark(
        family: .corner, canOpen: true, canClose: false, preferOpening: true, fixed: true)
    case 0x300D, 0xFE42:  // 」
      return QuotationMark(
        family: .corner, canOpen: false, canClose: true, preferOpening: false, fixed: true)
    case 0x300E, 0xFE43:  // 『
      return QuotationMark(
        family: .whiteCorner, canOpen: true, canClose: false, preferOpening: true, fixed: true)
    case 0x300F, 0xFE44:  // 』
      return QuotationMark(
        family: .whiteCorner, canOpen: false, canClose: true, preferOpening: false, fixed: true)
    case 0x300A, 0x3008, 0x2329:  // 《 〈 〈
      return QuotationMark(
        family: .title, canOpen: true, canClose: false, preferOpening: true, fixed: true)
    case 0x300B, 0x3009, 0x232A:  // 》 〉 〉
      return QuotationMark(
        family: .title, canOpen: false, canClose: true, preferOpening: false, fixed: true)
    case 0x301D:  // 〝
      return QuotationMark(family: .double, canOpen: true, canClose: false, preferOpening: true)
    case 0x301E, 0x301F:  // 〞 〟
      return QuotationMark(family: .double, canOpen: false, canClose: true, preferOpening: false)
    case 0xFF02:  // ＂
      return QuotationMark(family: .double, canOpen: true, canClose: true, preferOpening: true)
    default: return nil
    }
  }

  /// Whether `open` … `close` is a pair some convention uses; other pairs of one family are
  /// accepted with a ``ExtractionDiagnostic/Code/mismatchedMarks`` diagnostic.
  ///
  /// - Complexity: O(1).
  static func isConventionalPair(_ open: String, _ close: String) -> Bool {
    switch (open, close) {
    case ("“", "”"), ("„", "“"), ("„", "”"), ("”", "”"), ("\"", "\""), ("＂", "＂"), ("‟", "”"),
      ("〝", "〞"), ("〝", "〟"), ("``", "''"), ("''", "''"), ("´´", "´´"), ("⹂", "“"),
      ("‘", "’"), ("‚", "‘"), ("‚", "’"), ("’", "’"), ("'", "'"), ("‛", "’"), ("`", "'"),
      ("`", "´"), ("´", "´"),
      ("«", "»"), ("»", "«"), ("»", "»"), ("‹", "›"), ("›", "‹"), ("›", "›"),
      ("「", "」"), ("『", "』"), ("﹁", "﹂"), ("﹃", "﹄"), ("《", "》"), ("〈", "〉"), ("〈", "〉"):
      return true
    default:
      return false
    }
  }
}
