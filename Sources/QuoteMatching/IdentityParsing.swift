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
    president president-elect presidentin bundeskanzler kanzlerin herr frau mme mlle monsieur madame \
    pres sen gov sec secy amb atty supt lt capt cmdr adm sgt maj rev hon pm vp fm mp mep lic ing dip
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

  /// The hashes of the words that name a speaker (match keys), in order: a description written
  /// before the name up to its last office word (`Mexican President`, `Secretary of State`), a
  /// part after a comma that holds an office word (`, Mexico's president`) and parentheses are
  /// left out, then titles and function words. A part that ends with an office word names no
  /// one (`the Mexican president`, `Sheinbaum's spokesman`): a speaker written only so is a
  /// description, and has no name words.
  ///
  /// ```swift
  /// IdentityParsing.nameWords("Mexican President Andrés Manuel López Obrador")
  /// // the hashes of andres, manuel, lopez, obrador
  /// IdentityParsing.nameWords("the Mexican president")  // []
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of the string.
  static func nameWords(_ speaker: String) -> [UInt64] {
    names(speaker).map(\.hash)
  }

  /// ``nameWords(_:)`` with each word's letters.
  ///
  /// - Complexity: O(*n*) in the length of the string.
  static func names(_ speaker: String) -> [(hash: UInt64, text: Substring)] {
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
    let naming = parts.filter { !$0.contains(where: { offices.contains($0.hash) }) }
    if !naming.isEmpty && naming.count < parts.count { parts = naming }
    let function = Lexicon.shared.anyFunctionWord
    var words: [(hash: UInt64, text: Substring)] = []
    for part in parts {
      // After the last office word, which a name word must follow.
      guard let last = part.lastIndex(where: { offices.contains($0.hash) }) else {
        words += part.filter { !titles.contains($0.hash) && !function.contains($0.hash) }
        continue
      }
      words += part[(last + 1)...].filter { !titles.contains($0.hash) && !function.contains($0.hash) }
    }
    return words
  }

  /// The word tokens of `text`'s match key, with their letters.
  private static func tokens(of text: String) -> [(hash: UInt64, text: Substring)] {
    let key = normalizer.normalize(text).text
    let utf8 = Array(key.utf8)
    return KeyTokenizer.tokens(in: key).map { t in
      (t.hash, Substring(decoding: utf8[t.bytes], as: UTF8.self))
    }
  }

  /// The hash of the initials of a name of three to five words, generation aside (`Andrés Manuel
  /// López Obrador` → `amlo`, `John F. Kennedy` → `jfk`): a speaker may be written so.
  ///
  /// - Complexity: O(*k*) in the number of name words.
  static func initials(of names: [(hash: UInt64, text: Substring)]) -> UInt64? {
    let words = names.filter { !generations.contains($0.hash) }
    guard words.count >= 3, words.count <= 5 else { return nil }
    let letters = words.compactMap(\.text.unicodeScalars.first).map(Character.init)
    guard letters.count == words.count, letters.allSatisfy(\.isLetter) else { return nil }
    return WordHash.of(String(letters))
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
