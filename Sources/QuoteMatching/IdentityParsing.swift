import QuoteNormalization

/// Reading speaker names and dates for ``UtteranceIdentity``.
///
/// ```swift
/// IdentityParsing.isoDay("2025-11-04")           // 20396
/// IdentityParsing.isoDay("2025-11-04T09:30:00Z") // 20396
/// IdentityParsing.isoDay("4 Nov")                // nil: compared as a label
/// ```
enum IdentityParsing {
  static let normalizer = Normalizer(profile: .match)

  /// Titles and honorifics left out of speaker names (match-key forms).
  static let titles: Set<UInt64> = Set(
    """
    president vice prime minister secretary senator senador rep representative governor mayor \
    general gen col chancellor king queen prince princess pope sir dame lord lady mr mrs ms miss \
    dr prof professor judge justice ambassador spokesman spokeswoman spokesperson ceo chairman \
    presidente presidenta ministro ministra secretario secretaria senora senor sra sr don dona \
    president president-elect presidentin bundeskanzler kanzlerin herr frau mme mlle monsieur madame
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })

  /// Generational suffixes of names (match-key forms): `Jr.`, `Sr.`, `III`, `hijo`.
  static let generations: Set<UInt64> = Set(
    ["jr", "sr", "junior", "ii", "iii", "iv", "hijo"].map { WordHash.of($0) })

  /// Words of offices and descriptions that end the description written before a name
  /// (`Mexican President`, `U.S. Secretary of State`, `Foreign Minister`, `White House press
  /// secretary`), beyond ``titles`` (match-key forms).
  static let offices: Set<UInt64> = titles.union(
    """
    state foreign affairs defense defence interior treasury homeland security attorney press \
    chief head leader director official deputy former ex acting commander candidate nominee \
    canciller portavoz vocero vocera jefe jefa lider directora gobernador gobernadora alcalde \
    alcaldesa diputado diputada expresidente expresidenta exministro exministra
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })

  /// The hashes of the words that name a speaker (match keys): a description written before the
  /// name up to its last office word (`Mexican President`, `Secretary of State`), a part after a
  /// comma that holds an office word (`, Mexico's president`) and parentheses are left out, then
  /// titles and function words.
  ///
  /// ```swift
  /// IdentityParsing.nameWords("Mexican President Andrés Manuel López Obrador")
  /// // the hashes of andres, manuel, lopez, obrador
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of the string.
  static func nameWords(_ speaker: String) -> [UInt64] {
    // Parentheses out; the parts between commas that describe (hold an office word) out,
    // unless every part does.
    var plain = ""
    var depth = 0
    for c in speaker.unicodeScalars {
      if c == "(" || c == "[" { depth += 1 } else if c == ")" || c == "]" { depth = max(0, depth - 1) } else if depth == 0 {
        plain.unicodeScalars.append(c)
      }
    }
    var parts = plain.split(separator: ",").map { tokens(of: String($0)) }
    let naming = parts.filter { !$0.contains(where: offices.contains) }
    if !naming.isEmpty && naming.count < parts.count { parts = naming }
    var words: [UInt64] = []
    for part in parts {
      // After the last office word that some name word follows.
      var start = 0
      for (k, t) in part.enumerated() where offices.contains(t) {
        if part[(k + 1)...].contains(where: { !offices.contains($0) && !Lexicon.shared.anyFunctionWord.contains($0) }) {
          start = k + 1
        }
      }
      for t in part[start...] where !titles.contains(t) && !Lexicon.shared.anyFunctionWord.contains(t) {
        words.append(t)
      }
    }
    return words
  }

  /// The hashes of the word tokens of `text`'s match key.
  private static func tokens(of text: String) -> [UInt64] {
    KeyTokenizer.tokens(in: normalizer.normalize(text).text).map(\.hash)
  }

  /// Days since 1970-01-01 of a date written `YYYY-MM-DD` (anything after the tenth character,
  /// such as a time, is ignored); nil for any other text or an impossible date.
  ///
  /// - Complexity: O(1).
  static func isoDay(_ s: String) -> Int? {
    let b = Array(s.utf8.prefix(10))
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
    func number(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
        v = v * 10 + Int(b[i] - 0x30)
      }
      return v
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    return civilDay(year: y, month: m, day: d)
  }
}
