import QuoteNormalization
import Testing

/// Markup in scraped text (opt-in ``Normalizer/Options/markup``): tags removed, block-level
/// tags made line breaks, every removal an edit that maps back into the HTML.
@Suite("Markup")
struct MarkupTests {
  let n = Normalizer(options: Normalizer.Options.repair.union(.markup))

  @Test func tagsGoBlocksBreakLinesEntitiesDecodeAfter() {
    let html = #"<p class="lede">&ldquo;No,&rdquo; <em>she</em> said.</p><p>Next <a href="/x">link</a>.</p>"#
    let r = n.normalize(html)
    #expect(r.text.unicodeScalars.elementsEqual("\n“No,” she said.\n\nNext link.\n".unicodeScalars))
    #expect(r.edits.contains { $0.rule == .markup })
    // The word "she" maps back to itself inside <em>…</em>.
    let she = Array(r.text.unicodeScalars).firstRange(of: Array("she".unicodeScalars))
    let back = r.map.inputRange(forOutput: she!.lowerBound..<she!.upperBound)
    let source = Array(html.unicodeScalars)
    #expect(String(String.UnicodeScalarView(source[back])) == "she")
  }

  @Test func scriptsStylesAndCommentsAreRemoved() {
    let r = n.normalize("<div>Hi<script>var a = 1 < 2;</script><!-- note --> there<style>p{}</style></div>")
    #expect(r.text == "\nHi there\n")
  }

  @Test func textThatOnlyMentionsAngleBracketsIsLeftAlone() {
    for s in ["if a < b and c > d", "I <3 you", "x<y", "<<not a tag>>", "a <b c"] {
      #expect(n.normalize(s).text.unicodeScalars.elementsEqual(s.unicodeScalars), "\(s)")
    }
    #expect(!Normalizer.looksLikeHTML("if a < b and c > d"))
    #expect(Normalizer.looksLikeHTML("<p>Hi <em>there</em></p>"))
    #expect(Normalizer.looksLikeHTML("Hello <br/> world<br> and <b>more</b>"))
    // A manual about HTML keeps its tags: quoted mentions are not markup.
    #expect(!Normalizer.looksLikeHTML(#"Write <A HREF="uri">text</A> or the '<IMG>' tag."#))
  }

  @Test func theProfilesLeaveTagsAsTheyAre() {
    let html = "<p>“No,” she said.</p>"
    for p in Normalizer.Profile.allCases where p != .match {
      #expect(Normalizer(profile: p).normalize(html).text.contains("<p>"))
    }
  }
}
