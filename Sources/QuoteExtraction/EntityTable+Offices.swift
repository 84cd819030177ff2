extension EntityTable {
  /// What a role description says about whom it may stand for, by its last word.
  ///
  /// ```swift
  /// // "Treasury Secretary Janet Yellen" was named with ["treasury"?, "secretary"]:
  /// RoleReading.office("president").fits(["secretary"])  // false
  /// RoleReading.office("senator").fits(["sen."])         // true: the abbreviation
  /// RoleReading.any.fits(["chancellor"])                 // true: `the leader`
  /// RoleReading.plain("mother").fits(["chief", "dr."])   // false
  /// ```
  enum RoleReading: Sendable, Hashable {
    /// A hypernym (`the leader`, `el jefe`), or no role word: anyone titled.
    case any
    /// An office, a title that is also a role (`the president`, `el alcalde`): someone named
    /// with it, or whose roles are unknown.
    case office(String)
    /// Another role (`the mother`, `the spokesman`): only someone named with it.
    case plain(String)

    /// Whether someone named with `known` roles and titles may be meant.
    ///
    /// - Complexity: O(*r*) in the number of roles.
    func fits(_ known: [String]) -> Bool {
      switch self {
      case .any: return true
      case .office(let w): return known.isEmpty || Self.matches(known, w)
      case .plain(let w): return Self.matches(known, w)
      }
    }

    /// Whether one of `known` is `word`, part of it or it of them (`Kanzler`,
    /// `Bundeskanzler`), or its abbreviation (`sen.` for `senator`).
    static func matches(_ known: [String], _ word: String) -> Bool {
      known.contains { w in
        if w.hasSuffix(".") { return word.hasPrefix(w.dropLast()) }
        return w.hasSuffix(word) || word.hasSuffix(w)
      }
    }
  }

  /// The sentence in which entity `e` last spoke, if it did.
  ///
  /// - Complexity: O(*s*) in the speakers noted.
  func lastSpoken(_ e: Int) -> Int? {
    spokenOccurrences.last { canonical($0.entity) == canonical(e) }?.sentence
  }

  /// Whether entity `e` may be what `it` stands for: never titled, no gender (no given name,
  /// no gendered role) — an organization or a description of one (`the ministry`). Every
  /// speaker is marked a person, so that flag cannot tell.
  ///
  /// - Complexity: O(1).
  func isOrganizationLike(_ e: Int) -> Bool {
    let ent = entities[canonical(e)]
    return !ent.titled && ent.gender == nil
  }

  /// The word of `t`, lowercased, when it is a role or title someone is named with
  /// (`secretary`, `spokesman`, `sen.`, `leader`); an abbreviation keeps its period.
  ///
  /// - Complexity: O(*k*) in the length of the word.
  func office(_ t: Token, _ text: [Unicode.Scalar]) -> String? {
    guard t.isWord, lexicon.contains(.role, key: t.key) || lexicon.contains(.title, key: t.key)
    else { return nil }
    var word = String(String.UnicodeScalarView(text[t.range])).lowercased()
    // The token may leave the period of `Sen.` out.
    if t.range.upperBound < text.count, text[t.range.upperBound] == ".",
      lexicon.contains(.abbreviation, key: t.key) || !lexicon.contains(.role, key: t.key)
    {
      word += "."
    }
    return word
  }

  /// How a role description's last word reads (``RoleReading``): `the former president` is
  /// an office, `the German leader` a hypernym, `the mother` another role.
  ///
  /// - Complexity: O(*k*) in the length of the description.
  func reading(of m: Mention, _ text: [Unicode.Scalar]) -> RoleReading {
    guard let head = m.words.last, lexicon.contains(.role, key: head),
      !lexicon.contains(.hypernym, key: head)
    else { return .any }
    var k = m.coreRange.upperBound
    while k > m.coreRange.lowerBound, text[k - 1].properties.isAlphabetic || text[k - 1] == "-" {
      k -= 1
    }
    let word = String(String.UnicodeScalarView(text[k..<m.coreRange.upperBound])).lowercased()
    return lexicon.contains(.title, key: head) ? .office(word) : .plain(word)
  }
}
