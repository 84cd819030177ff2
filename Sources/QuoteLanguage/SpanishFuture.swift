/// The Spanish periphrastic future (`ir a` + infinitive) written as the simple future before
/// Apertium reads it: the pair translates `Eso no va a ocurrir` word by word (`This does not go
/// to occur`) but `Eso no ocurrirá` as `That will not occur`. Spoken Spanish, and so quotations,
/// uses the periphrasis far more than the simple form.
///
/// The present of *ir* (`voy`, `vas`, `va`, `vamos`, `vais`, `van`), `a`, and an infinitive
/// without a clitic (`a hacer`, not `a hacerlo`) become the infinitive's future in the same
/// person: regular verbs add the ending to the infinitive (`ocurrir` → `ocurrirá`), the irregular
/// ones change their stem (`tener` → `tendrá`, `decir` → `dirá`, `hacer` → `hará`). The past
/// (`iba a`) and a noun after `a` (`va a México`) are left alone.
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
    "intervenir": "intervendr", "convenir": "convendr", "prevenir": "prevendr", "deshacer": "deshar",
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
      let verb = word(k + 2)
      guard verb.count >= 3, verb == verb.lowercased(), ["ar", "er", "ir"].contains(String(verb.suffix(2)))
      else { continue }
      let stem = irregular[verb] ?? verb
      var future = stem + ending
      // The capital of a sentence opened by the auxiliary moves to the verb.
      if let first = aux.first, first.isUppercase { future = future.prefix(1).uppercased() + future.dropFirst() }
      replacements.append((words[k].lowerBound..<words[k + 2].upperBound, future))
      k += 2
    }
    guard !replacements.isEmpty else { return text }
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
