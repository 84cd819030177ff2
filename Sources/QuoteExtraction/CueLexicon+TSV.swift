extension CueLexicon {
  /// Reads a lexicon from TSV text: one entry a line, `category<TAB>entry[<TAB>attributes]`;
  /// `#` starts a comment line; attributes are a gender (`m f n p 1`) and flags
  /// (`indefinite`), separated by commas or spaces. The format is documented in
  /// `Sources/QuoteExtraction/Lexicons/README.md`.
  ///
  /// ```swift
  /// let l = try CueLexicon(language: "en", tsv: "cue\tquipped\npronoun\tshe\tf\n")
  /// l.entries(.cue)  // ["quipped"]
  /// ```
  ///
  /// - Throws: ``QuoteExtractionError`` naming the line, for an unknown category, an empty
  ///   entry or an attribute that is neither a gender nor `indefinite`.
  /// - Complexity: O(*n*) in the length of the text.
  public init(language: String, tsv: String) throws(QuoteExtractionError) {
    self.init(language: language)
    var lineNumber = 0
    for raw in tsv.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    {
      lineNumber += 1
      let line = Self.trimmed(raw)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.trimmed)
      guard let category = Category(rawValue: columns[0]) else {
        let names = Category.allCases.map(\.rawValue).joined(separator: ", ")
        throw QuoteExtractionError(
          code: .unknownCategory,
          message: "line \(lineNumber): unknown category \"\(columns[0])\"; use one of \(names)")
      }
      guard columns.count > 1, !columns[1].isEmpty else {
        throw QuoteExtractionError(
          code: .emptyEntry,
          message: "line \(lineNumber): no entry after \"\(columns[0])\"; write category<TAB>entry")
      }
      var gender: Gender? = nil
      var indefinite = false
      for attribute in columns.dropFirst(2).flatMap({
        $0.split(whereSeparator: { $0 == "," || $0 == " " })
      }) {
        let a = String(attribute)
        if let g = Gender(rawValue: a) {
          gender = g
        } else if a == "indefinite" {
          indefinite = true
        } else {
          throw QuoteExtractionError(
            code: .badAttribute,
            message:
              "line \(lineNumber): attribute \"\(a)\" is neither a gender (m f n p 1) nor indefinite"
          )
        }
      }
      add(category, columns[1], gender: gender, indefinite: indefinite)
    }
  }

  /// The built-in lexicon of `language` (its primary subtag), with the shared given names, or
  /// `nil` if there is none.
  ///
  /// ```swift
  /// CueLexicon.builtIn("pt-BR")?.language  // "pt"
  /// ```
  ///
  /// - Complexity: O(1) after the first call, which parses every built-in file.
  public static func builtIn(_ language: String) -> CueLexicon? {
    let primary = String(language.split(separator: "-").first ?? "").lowercased()
    return builtInTable[primary]
  }

  /// The languages with a built-in lexicon.
  ///
  /// - Complexity: O(*k* log *k*).
  public static var builtInLanguages: [String] { builtInTable.keys.sorted() }

  private static let builtInTable: [String: CueLexicon] = {
    var shared = CueLexicon(language: "und")
    if let names = LexiconData.files["names"], let l = try? CueLexicon(language: "und", tsv: names)
    {
      shared = l
    }
    var table: [String: CueLexicon] = [:]
    for (name, text) in LexiconData.files where name != "names" {
      // The built-in files are checked by the tests; a broken one is simply absent.
      guard let l = try? CueLexicon(language: name, tsv: text) else { continue }
      table[name] = l.merging(shared)
    }
    return table
  }()

  private static func trimmed(_ s: Substring) -> String {
    var a = s.startIndex
    var b = s.endIndex
    while a < b, s[a] == " " || s[a] == "\r" { a = s.index(after: a) }
    while b > a, s[s.index(before: b)] == " " || s[s.index(before: b)] == "\r" {
      b = s.index(before: b)
    }
    return String(s[a..<b])
  }
}
