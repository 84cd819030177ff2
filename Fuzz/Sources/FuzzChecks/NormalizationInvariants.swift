import QuoteNorm

/// The invariants every normalizer keeps on every input:
/// - the stream's output bytes are valid UTF-8 as produced (not repaired afterwards);
/// - the stream's offsets account for every input and output scalar;
/// - the edits are sorted, disjoint and in range, and applying them to the input reproduces the
///   output exactly (text between edits copied unchanged);
/// - the offset map sends every output scalar into the input and every input scalar into the
///   output, monotonically, and each edit's output back onto (at least) its input;
/// - normalizing the output again changes nothing (idempotence);
/// - the output is not disproportionately longer than the input (no runaway expansion);
/// - with a reference normalizer, the same text and edits as the reference's.
public struct NormalizationInvariants: Sendable {
  public let normalizer: Normalizer
  /// Also check the tokens (ICU word breaks) map inside both texts.
  public let checksTokens: Bool
  /// A normalizer that must give exactly the same result by another path (the variant rules on
  /// whole lines rather than windows: ``Normalizer/unwindowed``).
  public let reference: Normalizer?

  /// Longest expansion allowed per input scalar (NFKD of U+FDFA gives 18 scalars; transliteration
  /// and contraction expansion add a few more).
  static let maxExpansion = 40

  public init(normalizer: Normalizer, checksTokens: Bool = false, reference: Normalizer? = nil) {
    self.normalizer = normalizer
    self.checksTokens = checksTokens
    self.reference = reference
  }

  /// Runs every check on `text`, trapping on the first violation.
  ///
  /// - Complexity: O(*n* log *e*) for *n* scalars and *e* edits, plus two normalizations.
  public func check(_ text: String) {
    let r = streamed(text)
    checkEdits(r, input: text)
    checkMap(r, input: text)
    let again = normalizer.normalize(r.text)
    Invariant.check(
      again.text.unicodeScalars.elementsEqual(r.text.unicodeScalars),
      "not idempotent: once \(hex(r.text)), twice \(hex(again.text))", input: text)
    Invariant.check(
      again.edits.isEmpty, "second pass made edits \(again.edits) but no change", input: text)
    if checksTokens { checkTokens(r, input: text) }
    if let reference {
      let other = reference.normalize(text)
      Invariant.check(
        other.text.unicodeScalars.elementsEqual(r.text.unicodeScalars) && other.edits == r.edits,
        "another path gives \(hex(other.text)), not \(hex(r.text))", input: text)
    }
  }

  /// Normalizes through ``NormalizationStream`` (the CLI's path), checking its raw output bytes.
  private func streamed(_ text: String) -> NormalizedText {
    var stream = NormalizationStream(normalizer: normalizer)
    var copy = text
    var out: [UInt8] = []
    var edits: [Edit] = []
    copy.withUTF8 { stream.feed(utf8: $0, into: &out, edits: &edits) }
    guard let output = String(validating: out, as: UTF8.self) else {
      Invariant.fail("output is not valid UTF-8: \(out.prefix(64))", input: text)
    }
    let inCount = text.unicodeScalars.count
    let outCount = output.unicodeScalars.count
    Invariant.check(
      stream.inputOffset == inCount,
      "stream consumed \(stream.inputOffset) scalars of \(inCount)", input: text)
    Invariant.check(
      stream.outputOffset == outCount,
      "stream counted \(stream.outputOffset) output scalars, wrote \(outCount)", input: text)
    Invariant.check(
      outCount <= Self.maxExpansion * inCount + 16,
      "output of \(outCount) scalars for \(inCount) input scalars", input: text)
    return NormalizedText(original: text, text: output, map: OffsetMap(edits: edits))
  }

  /// Edits sorted, disjoint, in range, and reproducing the output from the input.
  private func checkEdits(_ r: NormalizedText, input text: String) {
    let input = Array(r.original.unicodeScalars)
    let output = Array(r.text.unicodeScalars)
    var i = 0
    var o = 0
    for e in r.edits {
      Invariant.check(
        e.input.lowerBound >= i && e.output.lowerBound >= o && e.input.upperBound <= input.count
          && e.output.upperBound <= output.count
          && e.input.lowerBound - i == e.output.lowerBound - o,
        "edit \(e) out of order or out of range (input \(input.count), output \(output.count))",
        input: text)
      Invariant.check(
        input[i..<e.input.lowerBound] == output[o..<e.output.lowerBound],
        "text before edit \(e) not copied unchanged", input: text)
      Invariant.check(
        !(e.input.isEmpty && e.output.isEmpty), "empty edit \(e)", input: text)
      i = e.input.upperBound
      o = e.output.upperBound
    }
    Invariant.check(
      input.count - i == output.count - o && input[i...] == output[o...],
      "text after the last edit not copied unchanged", input: text)
  }

  /// Every scalar maps inside the other text, monotonically; edits map back onto themselves.
  private func checkMap(_ r: NormalizedText, input text: String) {
    let inCount = r.original.unicodeScalars.count
    let outCount = r.text.unicodeScalars.count
    var last = 0
    for p in 0..<outCount {
      let back = r.map.inputRange(forOutput: p..<(p + 1))
      Invariant.check(
        back.lowerBound >= last && back.upperBound <= inCount,
        "output \(p) maps to \(back), outside 0..<\(inCount) or before \(last)", input: text)
      last = back.lowerBound
    }
    last = 0
    for p in 0..<inCount {
      let forward = r.map.outputRange(forInput: p..<(p + 1))
      Invariant.check(
        forward.lowerBound >= last && forward.upperBound <= outCount,
        "input \(p) maps to \(forward), outside 0..<\(outCount) or before \(last)", input: text)
      last = forward.lowerBound
    }
    for e in r.edits where !e.output.isEmpty {
      let back = r.map.inputRange(forOutput: e.output)
      Invariant.check(
        back.lowerBound <= e.input.lowerBound && back.upperBound >= e.input.upperBound,
        "edit \(e) maps back to \(back)", input: text)
    }
    // The String.Index API on the first and last edit.
    for e in [r.edits.first, r.edits.last].compactMap({ $0 }) where !e.output.isEmpty {
      let s = r.text.unicodeScalars
      let lo = s.index(s.startIndex, offsetBy: e.output.lowerBound)
      let hi = s.index(lo, offsetBy: e.output.count)
      let original = r.originalRange(for: lo..<hi)
      let o = r.original.unicodeScalars
      Invariant.check(
        o.distance(from: o.startIndex, to: original.lowerBound) <= e.input.lowerBound,
        "originalRange(for:) of edit \(e)", input: text)
    }
  }

  /// Tokens lie inside the text, in order, and map back inside the original.
  private func checkTokens(_ r: NormalizedText, input text: String) {
    let inCount = r.original.unicodeScalars.count
    let out = Array(r.text.unicodeScalars)
    var last = 0
    for t in r.tokens() {
      Invariant.check(
        t.range.lowerBound >= last && t.range.upperBound <= out.count && !t.range.isEmpty,
        "token \(t) out of order or range", input: text)
      Invariant.check(
        t.text.unicodeScalars.elementsEqual(out[t.range]), "token text \(t) differs", input: text)
      Invariant.check(
        t.originalRange.upperBound <= inCount, "token \(t) maps outside the input", input: text)
      last = t.range.upperBound
    }
  }

  private func hex(_ s: String) -> String {
    s.unicodeScalars.prefix(80).map { String($0.value, radix: 16) }.joined(separator: " ")
  }
}
