/// The people (and other named things) of one document, for normalizing speaker names and
/// resolving pronouns and descriptions.
///
/// Every run of capitalized words is a mention; titles are stripped (`Mexican President
/// Claudia Sheinbaum` → `Claudia Sheinbaum`); a one-word mention links to the fullest name of
/// the document that ends with (or contains) it, so `Sheinbaum` in a headline becomes
/// `Claudia Sheinbaum` from the first paragraph. Gender comes from given names, titles and role
/// nouns in the lexicon, and from pronouns resolved to the entity.
///
/// A pronoun or a definite role description (`the Mexican leader`) resolves to the best
/// compatible person among those mentioned in the last sentences: agreeing gender, recent,
/// subject of its sentence, speaker of the last quotation, often mentioned.
///
/// ```swift
/// // "Mexican President Claudia Sheinbaum spoke. … she said."
/// table.resolve(shePronoun, sentence: 1, position: 40, lastSpeaker: nil)?.display  // "Claudia Sheinbaum"
/// ```
struct EntityTable: Sendable {
  struct Entity: Sendable {
    /// Where the fullest mention stands in the text (its name, for ``display(_:in:)``).
    var span: Range<Int>
    var words: [WordKey]
    var gender: CueLexicon.Gender?
    var person: Bool
    var description: Bool
    /// Named once after a title or role (`President Claudia Sheinbaum`): a role description
    /// (`la mandataria`, `the leader`) may stand for it.
    var titled = false
    /// The roles and titles it was named with, lowercased (`secretary` of `Treasury Secretary
    /// Janet Yellen`, `spokesman` and `sgt.` of `Police spokesman Sgt. John Doe`): which role
    /// descriptions may stand for it (``RoleReading``).
    var offices: [String] = []
  }

  /// One mention of an entity in narration.
  struct Occurrence: Sendable {
    var entity: Int
    var sentence: Int
    var position: Int
    var subject: Bool
  }

  private(set) var entities: [Entity] = []
  private(set) var occurrences: [Occurrence] = []
  private var byName: [[WordKey]: Int] = [:]
  private var links: [Int] = []
  private var mentionCounts: [Int: Int] = [:]
  /// Mentions by canonical entity, once linked.
  private var canonicalCounts: [Int: Int] = [:]
  /// Multi-word names by each of their words but the first, for linking one-word names.
  private var containing: [WordKey: [Int]] = [:]
  /// Speakers as resolved, in text order (kept apart: narration mentions stay sorted).
  private var spoken: [Occurrence] = []
  /// ``spoken``, for the extensions.
  var spokenOccurrences: [Occurrence] { spoken }
  /// The words after the first of every multi-word name collected so far (`Biden` of `Joe
  /// Biden`): known names when they open a sentence alone.
  private var surnames: Set<WordKey> = []
  /// The last description entity by head word ("operative").
  private var descriptions: [WordKey: Int] = [:]
  let lexicon: CueLexicon

  init(lexicon: CueLexicon) { self.lexicon = lexicon }

  /// Records the name runs of a paragraph's tokens; `sentenceBase` numbers its sentences
  /// after the earlier paragraphs'.
  ///
  /// - Complexity: O(*k*) in the number of tokens.
  mutating func collect(
    _ tokens: [Token], sentences: [Range<Int>], sentenceBase: Int, text: [Unicode.Scalar],
    phrases: NounPhrases
  ) {
    for (si, s) in sentences.enumerated() {
      var i = s.lowerBound
      while i < s.upperBound {
        guard phrases.isNameWord(tokens[i]) else {
          i += 1
          continue
        }
        var j = i
        while j + 1 < s.upperBound,
          phrases.isNameWord(tokens[j + 1])
            || phrases.particlesLeadToName(tokens, j + 1, s.upperBound)
        {
          j += 1
        }
        let run = i...j
        i = j + 1
        // A lone capitalized word opening a sentence is usually not a name.
        if run.count == 1 && run.lowerBound == s.lowerBound
          && !isKnownName(tokens[run.lowerBound].key)
        {
          continue
        }
        let start = phrases.titleStart(before: run.lowerBound, in: tokens, from: s.lowerBound)
        let determiner =
          start > s.lowerBound && lexicon.contains(.determiner, key: tokens[start - 1].key)
        guard var m = phrases.build(Array(tokens[start...j]), determiner: nil), m.kind == .name,
          !determiner || m.titled
        else { continue }
        // The title before the name, inside the capitalized run or not (`Treasury Secretary`).
        var offices = tokens[start...j].filter { $0.range.upperBound <= m.coreRange.lowerBound }
          .compactMap { office($0, text) }
        // A role written in lower case right before, past adjectives (`el analista político
        // Jorge Zepeda`).
        var back = start - 1
        while back >= s.lowerBound, start - back <= 3, tokens[back].isWord,
          !tokens[back].capitalized, !lexicon.contains(.stopword, key: tokens[back].key),
          !lexicon.contains(.cue, key: tokens[back].key)
        {
          if let o = office(tokens[back], text), !offices.contains(o) { offices.append(o) }
          back -= 1
        }
        // In apposition to a role: `La presidenta de México, Claudia Sheinbaum,`.
        if !m.titled, run.lowerBound > s.lowerBound, tokens[run.lowerBound - 1].isPunctuation(",") {
          var k = run.lowerBound - 2
          while k >= max(s.lowerBound, run.lowerBound - 7), tokens[k].isWord {
            if lexicon.contains(.role, key: tokens[k].key)
              || lexicon.contains(.title, key: tokens[k].key)
            {
              m.titled = true
              if let o = office(tokens[k], text) { offices.append(o) }
              break
            }
            k -= 1
          }
        }
        let next = j + 1 < s.upperBound ? tokens[j + 1] : nil
        let subject =
          next.map { n in
            n.isWord && !n.capitalized
              && (!lexicon.contains(.stopword, key: n.key) || lexicon.contains(.skip, key: n.key)
                || lexicon.contains(.cue, key: n.key) || lexicon.contains(.predicate, key: n.key))
              // Or opening its sentence before an apposition (`Evo Morales, Bolivia's …,`).
              || (start == s.lowerBound && n.isPunctuation(","))
          } ?? false
        let e = entity(for: m)
        for o in offices where !entities[e].offices.contains(o) { entities[e].offices.append(o) }
        occurrences.append(
          Occurrence(
            entity: e, sentence: sentenceBase + si, position: m.range.lowerBound, subject: subject))
        mentionCounts[e, default: 0] += 1
      }
    }
  }

  private func isKnownName(_ w: WordKey) -> Bool {
    // A surname of someone named in full before (`Biden was more cautious.`) too.
    lexicon.gender(.given, key: w) != nil || byName[[w]] != nil || surnames.contains(w)
  }

  /// The entity of a name mention, created if new; a one-word name links to a fuller one.
  ///
  /// - Complexity: O(*e*) in the number of entities for a one-word name.
  mutating func entity(for m: Mention) -> Int {
    let key = m.words
    if let e = byName[key] {
      if m.titled {
        entities[e].person = true
        entities[e].titled = true
      }
      if entities[e].gender == nil, let g = m.gender { entities[e].gender = g }
      return e
    }
    let given = m.words.count > 1 ? lexicon.gender(.given, key: m.words[0]) : nil
    let e = entities.count
    entities.append(
      Entity(
        span: m.coreRange, words: m.words, gender: m.gender ?? given,
        person: m.titled || given != nil,
        description: false, titled: m.titled))
    byName[key] = e
    if m.words.count > 1 { surnames.formUnion(m.words.dropFirst()) }
    return e
  }

  /// The entity a one-word name stands for: the most mentioned fuller name containing it.
  ///
  /// - Complexity: O(*e*).
  func canonical(_ e: Int) -> Int {
    if e < links.count { return links[e] }
    return linkTarget(e)
  }

  /// Works out every entity's ``canonical(_:)`` once all names are collected.
  ///
  /// - Complexity: O(*e*²).
  mutating func link() {
    containing = [:]
    for (k, other) in entities.enumerated() where !other.description && other.words.count > 1 {
      for w in Set(other.words.dropFirst()) { containing[w, default: []].append(k) }
    }
    links = entities.indices.map(linkTarget)
    canonicalCounts = [:]
    for (e, n) in mentionCounts { canonicalCounts[links[e], default: 0] += n }
  }

  private func linkTarget(_ e: Int) -> Int {
    let words = entities[e].words
    guard words.count == 1 else { return e }
    var best = e
    var bestCount = -1
    for k in containing[words[0]] ?? [] where k != e {
      let count = mentionCounts[k] ?? 0
      if count > bestCount {
        best = k
        bestCount = count
      }
    }
    return best
  }

  /// A description entity ("senior official"), new when indefinite or unseen.
  ///
  /// - Complexity: O(*e*).
  mutating func describe(_ m: Mention) -> Int {
    let head = m.words.last ?? 0
    if !m.indefinite, let e = describedEntity(head: head) { return e }
    entities.append(
      Entity(
        span: m.coreRange, words: m.words, gender: m.gender, person: m.isRole, description: true))
    descriptions[head] = entities.count - 1
    return entities.count - 1
  }

  /// The last description entity whose head is `head` ("the operative" after "an operative").
  ///
  /// - Complexity: O(1).
  func describedEntity(head: WordKey) -> Int? { descriptions[head] }

  /// Marks an entity as a person who spoke at `position` of sentence `sentence`, learning its
  /// gender from a resolved pronoun.
  mutating func noteSpeaker(_ e: Int, gender: CueLexicon.Gender?, sentence: Int, position: Int) {
    spoken.append(Occurrence(entity: e, sentence: sentence, position: position, subject: true))
    entities[e].person = true
    if entities[e].gender == nil, let g = gender, g == .masculine || g == .feminine {
      entities[e].gender = g
    }
  }

  /// The best person for a pronoun or role description of `gender` at `position`; with
  /// `titledOnly`, only among people once named after a title or role (a role description
  /// does not stand for a nurse quoted by name).
  ///
  /// - Complexity: O(log *o* + *w*) for *w* occurrences in the last sentences.
  func resolve(
    gender: CueLexicon.Gender?, sentence: Int, position: Int, lastSpeaker: Int?,
    titledOnly: Bool = false, role: RoleReading = .any
  ) -> Int? {
    var scores: [Int: (score: Double, last: Int)] = [:]
    func fits(_ e: Int) -> Bool {
      role.fits(entities[e].offices + entities[canonical(e)].offices)
    }
    func consider(_ o: Occurrence, narration: Bool = false) {
      let e = canonical(o.entity)
      let ent = entities[e]
      if titledOnly && !ent.titled && !entities[o.entity].titled { return }
      if !fits(o.entity) { return }
      // A person: known as one, or a full name that is the subject of its sentence.
      guard
        ent.person || ent.gender != nil || e == lastSpeaker || (o.subject && ent.words.count > 1)
      else {
        return
      }
      var s = 0.0
      if let g = gender, g == .masculine || g == .feminine, let eg = ent.gender {
        guard eg == g else { return }
        s += 2
      }
      s -= Double(sentence - o.sentence)
      if o.subject { s += 1 }
      // The subject of the sentence right before (`Biden was more cautious. "…," he said.`).
      if narration && o.subject && o.sentence == sentence - 1 { s += 1.5 }
      s += 0.3 * Double(min(canonicalCounts[e] ?? mentionCounts[e] ?? 0, 10))
      if e == lastSpeaker { s += 1.5 }
      if let old = scores[e], old.score >= s { return }
      scores[e] = (s, o.position)
    }
    // Narration mentions are in text order: start at the first of the window.
    var lo = 0
    var hi = occurrences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if occurrences[mid].sentence < sentence - 6 { lo = mid + 1 } else { hi = mid }
    }
    var i = lo
    while i < occurrences.count, occurrences[i].position < position {
      consider(occurrences[i], narration: true)
      i += 1
    }
    for o in spoken.reversed() {
      if o.sentence < sentence - 6 { break }
      if o.position < position { consider(o) }
    }
    if let ls = lastSpeaker, scores[ls] == nil,
      entities[ls].gender == gender || entities[ls].gender == nil,
      !titledOnly || entities[ls].titled, fits(ls)
    {
      scores[ls] = (1.5 - 3, 0)
    }
    return scores.max { a, b in
      a.value.score != b.value.score ? a.value.score < b.value.score : a.value.last < b.value.last
    }?.key
  }

  /// The name of entity `e` as written in `text`, a trailing possessive removed.
  ///
  /// - Complexity: O(*k*) in the length of the name.
  func display(_ e: Int, in text: [Unicode.Scalar]) -> String {
    var r = entities[e].span
    while r.count > 1, text[r.upperBound - 1] == "'" || text[r.upperBound - 1] == "’" {
      r = r.lowerBound..<(r.upperBound - 1)
    }
    if r.count > 2, text[r.upperBound - 1] == "s",
      text[r.upperBound - 2] == "'" || text[r.upperBound - 2] == "’"
    {
      r = r.lowerBound..<(r.upperBound - 2)
    }
    return String(String.UnicodeScalarView(text[r]))
  }

}
