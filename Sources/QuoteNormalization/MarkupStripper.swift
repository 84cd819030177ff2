/// Removes HTML and XML markup from scraped text: a block-level tag (`<p>`, `</p>`, `<br>`,
/// `<div>`, `<li>`, `<h1>` …) becomes a line break, any other tag (`<a href=…>`, `<em>`,
/// `<span>`) and comment is removed, and so is the content of `<script>` and `<style>` on the
/// same line. Entities are left to ``HTMLEntityDecoder``, which runs after. Opt-in
/// (``Normalizer/Options/markup``): correct text may hold `<` (`a < b`, `<3`), and the
/// profiles never change correct text. Only a `<` followed by a letter, `/` or `!` and closed
/// by a `>` on the same line, with no `<` in between, is a tag. Escaped markup (`&lt;b&gt;`)
/// decodes to text after this step and stays: normalizing such output again would remove it.
///
/// ```swift
/// let n = Normalizer(options: Normalizer.Options.repair.union(.markup))
/// n.normalize("<p>&ldquo;No,&rdquo; <em>she</em> said.</p>").text  // "\n“No,” she said.\n"
/// ```
///
/// - Complexity: O(*n*) in the length of the line.
struct MarkupStripper: NormalizationStep {
  var triggers: LineFeatures { .all }

  /// The tags that end or start a block of text.
  static let blockTags: Set<String> = [
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "aside", "figure", "figcaption",
    "hr", "title", "dd", "dt", "dl", "pre", "main", "nav", "td", "th",
  ]

  /// The longest tag read, in scalars (an attribute-heavy `<a>` or `<img>`).
  static let maxTagLength = 4096

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    guard s.contains("<") else { return nil }
    var rw = ScalarRewriter(s)
    var i = 0
    // Elements whose closing tag is not on the line: not looked for again (linear time on a
    // line of a million `<script>`s).
    var unclosed: Set<String> = []
    while i < s.count {
      guard s[i] == "<", let end = Self.tagEnd(s, i) else {
        i += 1
        continue
      }
      let (name, closing) = Self.tagName(s, i)
      var stop = end
      if !closing, name == "script" || name == "style", !unclosed.contains(name) {
        if let close = Self.closingTag(name, in: s, from: end) {
          stop = close
        } else {
          unclosed.insert(name)
        }
      }
      if Self.blockTags.contains(name) {
        rw.replace(i..<stop, with: ["\n"], rule: .markup)
      } else {
        rw.delete(i..<stop, rule: .markup)
      }
      i = stop
    }
    return rw.finish()
  }

  /// The index after the `>` of the tag opening at `i`, or `nil` if `i` opens none.
  static func tagEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    guard i + 1 < s.count else { return nil }
    let next = s[i + 1]
    guard next.isASCIILetter || next == "/" || next == "!" else { return nil }
    var k = i + 1
    while k < s.count, k - i < maxTagLength {
      if s[k] == ">" { return k + 1 }
      if s[k] == "<" || s[k] == "\n" { return nil }
      k += 1
    }
    return nil
  }

  /// The tag's name in lower case (`"p"`, `"br"`; `"!"` for a comment or declaration) and
  /// whether it closes an element.
  static func tagName(_ s: [Unicode.Scalar], _ i: Int) -> (String, Bool) {
    var k = i + 1
    let closing = k < s.count && s[k] == "/"
    if closing { k += 1 }
    if k < s.count, s[k] == "!" { return ("!", false) }
    var name = String.UnicodeScalarView()
    while k < s.count, s[k].isASCIILetter || ("0"..."9").contains(s[k]) {
      name.append(Unicode.Scalar(UInt8(truncatingIfNeeded: s[k].value | 0x20)))
      k += 1
    }
    return (String(name), closing)
  }

  /// The index after `</name>` at or after `from`, on the same line.
  static func closingTag(_ name: String, in s: [Unicode.Scalar], from: Int) -> Int? {
    var k = from
    while k < s.count, s[k] != "\n" {
      if s[k] == "<", let end = tagEnd(s, k), tagName(s, k) == (name, true) { return end }
      k += 1
    }
    return nil
  }

  /// Whether `text` looks like HTML: in its first 64 KiB, at least two block-level tags
  /// (`<p>`, `</p>`, `<br>`, `<div>`, `<li>` …) among at least three tags. A manual that
  /// mentions `<A HREF="uri">` or `'<IMG>'` is text about HTML, and keeps its tags.
  ///
  /// ```swift
  /// MarkupStripper.looksLikeHTML("<p>Hi</p><p>there</p>")  // true
  /// MarkupStripper.looksLikeHTML("Use the '<IMG>' and <A> tags")  // false
  /// ```
  ///
  /// - Complexity: O(min(*n*, 64 KiB)).
  static func looksLikeHTML(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "<")) else { return false }
    let s = Array(text.unicodeScalars.prefix(65536))
    var blocks = 0
    var tags = 0
    var i = 0
    while i < s.count {
      if s[i] == "<", let end = tagEnd(s, i) {
        let (name, _) = tagName(s, i)
        if blockTags.contains(name) {
          blocks += 1
          tags += 1
        } else if inlineTags.contains(name) {
          tags += 1
        }
        if blocks >= 2 && tags >= 3 { return true }
        i = end
        continue
      }
      i += 1
    }
    return false
  }

  /// Inline tags common in scraped articles.
  static let inlineTags: Set<String> = ["a", "span", "em", "strong", "b", "i", "u", "img", "sup", "sub"]
}

extension Normalizer {
  /// Whether `text` looks like HTML (two block-level tags among three in its first 64 KiB),
  /// for callers choosing ``Options/markup``.
  ///
  /// ```swift
  /// Normalizer.looksLikeHTML("<p>“No,” <em>she</em> said.</p>")  // true
  /// Normalizer.looksLikeHTML("if a < b and c > d")      // false
  /// ```
  ///
  /// - Complexity: O(min(*n*, 64 KiB)).
  public static func looksLikeHTML(_ text: String) -> Bool { MarkupStripper.looksLikeHTML(text) }
}
