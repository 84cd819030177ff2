import QuoteICU

/// A quotation to cluster or search: its text and, when known, who said it, when and where it
/// was printed.
///
/// `speaker` and `date` take part in matching: quotations of different speakers are never one
/// statement, nor are the same words said on different dates (seed 004's “It's not going to
/// happen” of 18 November is not the 4 November one). `source` (the outlet) is shown in
/// reports and never prevents a match.
///
/// ```swift
/// let q = QuoteRecord(id: "afp-1", text: "That won't happen", language: "en",
///                     speaker: "Claudia Sheinbaum", date: "2025-11-04", source: "AFP")
/// ```
public struct QuoteRecord: Sendable, Hashable, Codable {
  /// A unique identifier; output refers to quotations by it, and ties are broken by it, so
  /// that results never depend on the order of the input.
  public var id: String
  /// The quoted words.
  public var text: String
  /// BCP 47, when known; read as ICU reads a tag (`spa`, `es_MX`, `Spanish` are `es`,
  /// `es-MX`, `es`), as given when it names no language.
  public var language: String?
  /// The speaker's name (`"Claudia Sheinbaum"`, `"Sheinbaum"`, `"President Sheinbaum"` are
  /// compatible) or description (`"senior official"`).
  public var speaker: String?
  /// Whether ``speaker`` describes the speaker (`"spokeswoman"`, as extraction says of `a
  /// spokeswoman said`) rather than naming them: shown in reports, but no identity (another
  /// outlet may name her). Not part of the JSON form.
  public var speakerIsDescription = false
  /// When it was said: a date (`2025-11-04`, with or without a time; `November 4, 2025`, `4 de
  /// noviembre de 2025`, an RSS `Tue, 04 Nov 2025 14:00:00 GMT`, `25/11/2025`: see
  /// `IdentityParsing.day(_:)`), or any other label of the event (`"press conference 18 Nov"`),
  /// compared as written.
  public var date: String?
  /// The outlet that printed it.
  public var source: String?

  /// Creates a record.
  ///
  /// - Complexity: O(1).
  public init(
    id: String, text: String, language: String? = nil, speaker: String? = nil, date: String? = nil,
    source: String? = nil, speakerIsDescription: Bool = false
  ) {
    self.id = id
    self.text = text
    self.language = language.flatMap(ICULanguageTag.canonical)
    self.speaker = speaker
    self.speakerIsDescription = speakerIsDescription
    self.date = date
    self.source = source
  }

  private enum CodingKeys: String, CodingKey {
    case id, text, language = "lang", speaker, date, source
  }

  /// Decodes the JSON form, `{"id", "text", "lang"?, "speaker"?, "date"?, "source"?}`.
  ///
  /// - Complexity: O(*n*) in the length of the record.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id), text: try c.decode(String.self, forKey: .text),
      language: try c.decodeIfPresent(String.self, forKey: .language),
      speaker: try c.decodeIfPresent(String.self, forKey: .speaker),
      date: try c.decodeIfPresent(String.self, forKey: .date),
      source: try c.decodeIfPresent(String.self, forKey: .source))
  }
}

/// Who said a quotation and when, in the form clustering compares.
///
/// ```swift
/// let a = UtteranceIdentity(speaker: "President Sheinbaum", date: "2025-11-04")
/// let b = UtteranceIdentity(speaker: "Claudia Sheinbaum", date: "2025-11-18")
/// a.speakerCompatible(with: b)                    // true
/// a.dateCompatible(with: b, toleranceDays: 0)     // false
/// ```
public struct UtteranceIdentity: Sendable, Hashable {
  /// The words of the speaker's name (titles and function words left out), as sorted hashes;
  /// empty when unknown.
  let speakerWords: [UInt64]
  /// The hash of the name's initials (``IdentityParsing/initials(of:)``: `amlo`), for a name of
  /// three to five words.
  let initials: UInt64?
  /// Days since 1970-01-01 for a date read as one.
  let day: Int?
  /// The hash of any other date or event label.
  let label: UInt64?

  /// The identity of a record: its speaker (unless a description) and date.
  ///
  /// ```swift
  /// let r = QuoteRecord(id: "a", text: "…", speaker: "spokeswoman", speakerIsDescription: true)
  /// UtteranceIdentity(r).speakerCompatible(with: UtteranceIdentity(speaker: "Ana Torres", date: nil))  // true
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of the two strings.
  public init(_ record: QuoteRecord) {
    self.init(speaker: record.speakerIsDescription ? nil : record.speaker, date: record.date)
  }

  /// The identity of a speaker and a date.
  ///
  /// - Complexity: O(*n*) in the length of the two strings.
  public init(speaker: String?, date: String?) {
    let names = speaker.map(IdentityParsing.names) ?? []
    speakerWords = Array(Set(names.map(\.hash))).sorted()
    initials = IdentityParsing.initials(of: names)
    if let date, !date.isEmpty {
      if let d = IdentityParsing.day(date) {
        day = d
        label = nil
      } else {
        day = nil
        label = WordHash.of(IdentityParsing.normalizer.normalize(date).text)
      }
    } else {
      day = nil
      label = nil
    }
  }

  /// Whether two speakers may be one person: either is unknown or only described (`the
  /// Mexican president`, `a spokesman`: no name words), or the words of one name (titles,
  /// descriptions and function words aside: ``IdentityParsing/nameWords(_:)``) are all in the
  /// other (`Sheinbaum`, `President Sheinbaum`, `Mexican President Claudia Sheinbaum` and
  /// `Claudia Sheinbaum Pardo`; not `Claudia Sheinbaum` and `Pedro Sheinbaum`, nor `Donald Trump`
  /// and `Donald Trump Jr.`, while `Trump` may be either), or one is a single word of three to
  /// five letters that spells the other's initials (`AMLO`, `Andrés Manuel López Obrador`).
  ///
  /// - Complexity: O(*k*) in the number of name words.
  public func speakerCompatible(with other: UtteranceIdentity) -> Bool {
    if speakerWords.isEmpty || other.speakerWords.isEmpty { return true }
    let (small, large) =
      speakerWords.count <= other.speakerWords.count ? (speakerWords, other.speakerWords) : (other.speakerWords, speakerWords)
    let largeInitials = speakerWords.count <= other.speakerWords.count ? other.initials : initials
    if small.count == 1, small[0] == largeInitials, initials == nil || other.initials == nil { return true }
    // A full name without the generation another has is the father (`Donald Trump`, `Donald
    // Trump Jr.`); a surname alone may be either.
    if small.count >= 2, large.contains(where: IdentityParsing.generations.contains),
      !small.contains(where: IdentityParsing.generations.contains)
    {
      return false
    }
    return small.allSatisfy { large.contains($0) }
  }

  /// Whether two dates may be one utterance: either is unknown, two dates are at most
  /// `toleranceDays` apart, two labels are equal. A date and a label cannot be compared
  /// and are let through.
  ///
  /// - Complexity: O(1).
  public func dateCompatible(with other: UtteranceIdentity, toleranceDays: Int) -> Bool {
    if let a = day, let b = other.day { return abs(a - b) <= toleranceDays }
    if let a = label, let b = other.label { return a == b }
    return true
  }

  /// Whether both quotations name a speaker and a date, and these agree: the case where
  /// clustering trusts a shared run of words more (``Calibration/sameSpeakerAndDayLogOdds``).
  ///
  /// - Complexity: O(*k*).
  func knownAndAgreeing(with other: UtteranceIdentity, toleranceDays: Int) -> Bool {
    guard !speakerWords.isEmpty, !other.speakerWords.isEmpty, day != nil || label != nil,
      other.day != nil || other.label != nil
    else { return false }
    if (day == nil) != (other.day == nil) { return false }
    return compatible(with: other, toleranceDays: toleranceDays)
  }

  /// Whether both checks pass.
  ///
  /// - Complexity: O(*k*).
  public func compatible(with other: UtteranceIdentity, toleranceDays: Int) -> Bool {
    speakerCompatible(with: other) && dateCompatible(with: other, toleranceDays: toleranceDays)
  }
}
