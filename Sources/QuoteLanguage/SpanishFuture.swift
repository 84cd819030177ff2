/// The Spanish periphrastic future (`ir a` + infinitive) written as the simple future before
/// Apertium reads it: the pair translates `Eso no va a ocurrir` word by word (`This does not go
/// to occur`) but `Eso no ocurrirá` as `This will not occur`. Spoken Spanish, and so quotations,
/// uses the periphrasis far more than the simple form.
///
/// The present of *ir* (`voy`, `vas`, `va`, `vamos`, `vais`, `van`), `a`, and an infinitive
/// become the infinitive's future in the same person: regular verbs add the ending to the
/// infinitive (`ocurrir` → `ocurrirá`), the irregular ones change their stem (`tener` →
/// `tendrá`, `decir` → `dirá`, `hacer` → `hará`); pronouns written onto the infinitive go
/// before the future (`no vamos a permitirlo` → `no lo permitiremos`). The past (`iba a`) and a
/// noun after `a` (`va a México`) are left alone.
///
/// ```swift
/// SpanishFuture.rewrite("Eso no va a ocurrir.")          // "Eso no ocurrirá."
/// SpanishFuture.rewrite("No vamos a tolerar a los cárteles")  // "No toleraremos a los cárteles"
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
enum SpanishFuture {
  /// Each present form of *ir* and the future ending of its person.
  static let endings: [String: String] = [
    "voy": "é", "vas": "ás", "va": "á", "vamos": "emos", "vais": "éis", "van": "án",
  ]

  /// Future stems that are not the infinitive (and their compounds' roots).
  static let irregular: [String: String] = [
    "tener": "tendr", "poner": "pondr", "venir": "vendr", "salir": "saldr", "valer": "valdr",
    "poder": "podr", "saber": "sabr", "caber": "cabr", "haber": "habr", "querer": "querr",
    "decir": "dir", "hacer": "har", "mantener": "mantendr", "obtener": "obtendr",
    "contener": "contendr", "detener": "detendr", "sostener": "sostendr", "proponer": "propondr",
    "imponer": "impondr", "suponer": "supondr", "disponer": "dispondr", "componer": "compondr",
    "intervenir": "intervendr", "convenir": "convendr", "prevenir": "prevendr",
    "deshacer": "deshar",
    "rehacer": "rehar", "predecir": "predir", "contradecir": "contradir",
  ]

  static func rewrite(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    // Words with their scalar ranges.
    var words: [Range<Int>] = []
    var i = 0
    while i < scalars.count {
      guard scalars[i].properties.isAlphabetic else {
        i += 1
        continue
      }
      var j = i + 1
      while j < scalars.count, scalars[j].properties.isAlphabetic { j += 1 }
      words.append(i..<j)
      i = j
    }
    func word(_ k: Int) -> String { String(String.UnicodeScalarView(scalars[words[k]])) }
    var replacements: [(Range<Int>, String)] = []
    var k = 0
    while k + 2 < words.count {
      defer { k += 1 }
      let aux = word(k)
      guard let ending = endings[aux.lowercased()], word(k + 1) == "a",
        // Only spaces between the three words.
        scalars[words[k].upperBound..<words[k + 1].lowerBound].allSatisfy({ $0 == " " }),
        scalars[words[k + 1].upperBound..<words[k + 2].lowerBound].allSatisfy({ $0 == " " })
      else { continue }
      let written = word(k + 2)
      guard written == written.lowercased(), let (verb, clitics) = Self.infinitive(written) else {
        continue
      }
      let stem = irregular[verb] ?? verb
      var future = (clitics.isEmpty ? "" : clitics.joined(separator: " ") + " ") + stem + ending
      // The capital of a sentence opened by the auxiliary moves to the verb.
      if let first = aux.first, first.isUppercase {
        future = future.prefix(1).uppercased() + future.dropFirst()
      }
      replacements.append((words[k].lowerBound..<words[k + 2].upperBound, future))
      k += 2
    }
    guard !replacements.isEmpty else { return text }
    return Self.replacing(scalars, replacements)
  }

  /// The pronouns written onto an infinitive (`permitirlo`, `decírselo`).
  static let clitics = ["me", "te", "se", "nos", "os", "lo", "la", "los", "las", "le", "les"]

  /// An infinitive and the clitics written onto it, in order (`decírselo` → `decir`, [`se`,
  /// `lo`]); nil for a word that is none (`México`, `mar`).
  static func infinitive(_ word: String) -> (String, [String])? {
    func isInfinitive(_ w: String) -> Bool {
      w.count >= 3 && ["ar", "er", "ir"].contains(String(w.suffix(2)))
    }
    if isInfinitive(word) { return (word, []) }
    // Up to two clitics, the last first; the accent the clitics put on the infinitive goes.
    var rest = word
    var found: [String] = []
    for _ in 0..<2 {
      guard
        let c = clitics.filter({ rest.hasSuffix($0) && rest.count > $0.count + 2 }).max(by: {
          $0.count < $1.count
        })
      else { break }
      found.insert(c, at: 0)
      rest = String(rest.dropLast(c.count))
      let plain = String(rest.map { ["á": "a", "é": "e", "í": "i"][$0] ?? $0 })
      if isInfinitive(plain) { return (plain, found) }
    }
    return nil
  }

  private static func replacing(_ scalars: [Unicode.Scalar], _ replacements: [(Range<Int>, String)])
    -> String
  {
    var out = String.UnicodeScalarView()
    var at = 0
    for (range, future) in replacements {
      out.append(contentsOf: scalars[at..<range.lowerBound])
      out.append(contentsOf: future.unicodeScalars)
      at = range.upperBound
    }
    out.append(contentsOf: scalars[at...])
    return String(out)
  }
}
