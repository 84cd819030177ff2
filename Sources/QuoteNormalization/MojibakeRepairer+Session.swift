extension MojibakeRepairer {
  /// The state of one pass of ``MojibakeRepairer/fixes(in:)``: the fixes so far and the end of the
  /// repaired text up to the last fix, which serves as left context for the next run.
  struct RepairSession {
    let input: [Unicode.Scalar]
    /// How much lower the cost of a decoding must be than the cost of the run as found.
    let margin: Float
    private(set) var fixes: [MojibakeFix] = []
    /// The last few scalars of `input[..<copied]` with the fixes applied, transparent ones left
    /// out.
    private var repairedTail: [Unicode.Scalar] = []
    private var copied = 0
    /// The end of the run being judged (its right neighbour is what a lost space precedes).
    private var rangeEnd = 0
    /// The start of the run being judged.
    private var rangeStart = 0

    /// Fixes of an earlier, stricter pass: the right context is read as they repaired it.
    private let hints: [MojibakeFix]
    private var nextHint = 0

    /// The scripts of the text (as repaired by the earlier pass, if any).
    private let profile: ScriptProfile

    /// The codepage that garbled most of the text (``dominantCodepage(of:in:)``): a run it reads is
    /// then taken at any gain, or none (`РІ` for `в`, `Рё` for `и`, which read as short
    /// capitalised words once alone, amid repaired Cyrillic). Windows-1252 keeps its margin.
    private let dominantCodepage: SingleByteEncoding?
    /// The codepage that garbled most of the text, Windows-1252 included: a lost no-break
    /// space under it is then read at any gain (`Å veices` is `Šveices` amid `baÅ†Ä·ieri`,
    /// Latvian garbled the same way), though alone it keeps the margin. Another codepage counts
    /// from one fix (``spaces``).
    private let garblingCodepage: SingleByteEncoding?

    /// Whether the text (as repaired by the earlier pass) has letters only Vietnamese writes.
    private let vietnamese: Bool

    /// The codepage other than Windows-1252 whose lost no-break spaces are read
    /// (``MojibakeRepairer/spaceCodepage(of:in:)``).
    private let spaces: SingleByteEncoding?

    /// Whether the line kept its spaces where a no-break space was lost (``Loss/spacesKept``).
    private let spacesKept: Bool

    /// Whether the line has an opening guillemet `«` (``unopenedGuillemetCost(_:)``).
    private let guillemetsOpened: Bool

    /// Whether the line shows ISO 8859-2 rather than Windows-1250 (``showsISO88592(_:)``).
    private let prefersISO88592: Bool

    /// Whether the line shows ISO 8859-2 or the earlier pass made a fix under it.
    private let readsISO88592: Bool

    /// The languages of the letters the earlier pass repaired (``agreedLetters(of:in:)``,
    /// ``Orthographies/lineLanguages(_:)``; 0 on the first pass). The rest of the line may still
    /// be garbled (`Ă` is no Norwegian). Computed at the first run either codepage reads (most
    /// lines never need it).
    private var languages: UInt64? = nil

    /// The languages of the text as the caller gave them (``MojibakeRepairer/languages``).
    private let textLanguages: UInt64

    /// The pass's reading of open quotation marks and brackets (``expectedCloser(before:)``).
    let bracketScan = BracketScan()

    init(
      input: [Unicode.Scalar], margin: Float, hints: [MojibakeFix] = [],
      spaces: SingleByteEncoding? = nil, languages: UInt64 = 0
    ) {
      self.input = input
      self.textLanguages = languages
      self.margin = margin
      self.hints = hints
      self.spaces = spaces
      dominantCodepage = Self.dominantCodepage(of: hints, in: input)
      garblingCodepage =
        dominantCodepage ?? spaces
        ?? Self.dominantCodepage(of: hints, in: input, among: [.sloppyWindows1252])
      let repaired = hints.isEmpty ? input : MojibakeRepairer.applying(hints, to: input)
      self.profile = ScriptProfile(repaired)
      self.vietnamese = !hints.isEmpty && repaired.contains(where: MojibakeRepairer.isVietnameseLetter)
      self.spacesKept = Self.keepsSpaces(input, codepage: spaces)
      self.guillemetsOpened = input.contains { $0.value == 0xAB }
      self.prefersISO88592 = Self.showsISO88592(input)
      self.readsISO88592 = prefersISO88592 || hints.contains { $0.encoding == .iso88592 }
    }

    /// Whether every scalar of `found` but its spaces is the same byte under `encoding` as under
    /// ``garblingCodepage`` (a lost no-break space is read under Windows-1252 only; `Å ` is
    /// C5 A0 under Windows-1257 too).
    ///
    /// - Complexity: O(*m*) in the length of the run.
    private func readsAsGarbling(_ found: [Unicode.Scalar], under encoding: SingleByteEncoding)
      -> Bool
    {
      guard let garbling = garblingCodepage else { return false }
      return found.allSatisfy { c in
        c.value == 0x20 || (encoding.byte(of: c).map { $0 == garbling.byte(of: c) } ?? false)
      }
    }

    /// Whether `encoding` is ISO 8859-2 or Windows-1250, which read most letters alike.
    @inline(__always)
    static func isTwin(_ encoding: SingleByteEncoding) -> Bool {
      encoding == .windows1250 || encoding == .iso88592
    }

    /// One decoding of a run: the scalars, their cost in context, and the encoding undone last.
    private struct Reading {
      var scalars: [Unicode.Scalar]
      var cost: Float
      var encoding: SingleByteEncoding
      /// The damage this reading undid after the bad decoding (``MojibakeRepairer/Loss``).
      var loss: MojibakeRepairer.Loss? = nil
      /// The part of ``cost`` that is foreign letters to the line's ``languages``: it ranks the
      /// readings, which are all weighed against the run as found without it.
      var penalty: Float = 0

      init(
        scalars: [Unicode.Scalar], cost: Float, encoding: SingleByteEncoding,
        loss: MojibakeRepairer.Loss? = nil, penalty: Float = 0
      ) {
        self.scalars = scalars
        self.cost = cost + penalty
        self.encoding = encoding
        self.loss = loss
        self.penalty = penalty
      }
    }

    /// Judges the run `range` of the input and records a fix if a decoding of it is clearly more
    /// plausible than the run as found.
    ///
    /// Every chain of up to ``MojibakeRepairer/maximumLayers`` decodings is scored (each layer
    /// under Windows-1252 or MacRoman, the outermost also under Windows-1251 or -1250), as one
    /// layer's most plausible reading need not lead to the best reading two layers down.
    ///
    /// - Complexity: O(*m*) in the length of the run (at most 28 decodings are scored, and 11
    ///   more for a run holding a sequence cut short).
    mutating func repairRun(_ range: Range<Int>) {
      rangeEnd = range.upperBound
      rangeStart = range.lowerBound
      let members = range.filter { !MojibakeRepairer.isTransparent(input[$0].value) }
      let found = members.map { input[$0] }
      // Nothing to read (correct Cyrillic has Windows-1251 leads and continuations side by
      // side, rarely a whole sequence): no context, no scoring.
      let shape = MojibakeRepairer.RunShape(found, spaces: spaces)
      if shape.encodings.isEmpty && !shape.hasIncompleteSequence { return }
      let left = leftContext(before: range.lowerBound)
      let right = rightContext(from: range.upperBound)
      if isQuotedMention(found, left: left, right: right) && !closesRepairedQuote(found, range) {
        return
      }
      if isHalfQuotedMention(found, left: left, right: right) && quotesMojibake { return }
      func cost(_ middle: [Unicode.Scalar]) -> Float {
        let window = left + middle + right
        return MojibakeRepairer.implausibility(of: window, in: profile)
          + (guillemetsOpened ? 0 : Self.unopenedGuillemetCost(window))
      }
      // The line's language ranks the readings of ISO 8859-2 and Windows-1250, which read most
      // letters alike and some as different Latin letters (`ĂĄ` is `á` or `å`).
      if languages == nil && shape.encodings.contains(where: Self.isTwin) {
        // The text's language (from the caller) where the letters tell nothing or agree with
        // it (`ó` is written in Spanish, and in many others), the letters where they do not.
        let letters = Orthographies.lineLanguages(Self.agreedLetters(of: hints, in: input))
        languages = letters == 0 || letters & textLanguages != 0 ? textLanguages : letters
      }
      let lineLanguages = languages ?? 0
      func penalty(_ middle: [Unicode.Scalar]) -> Float {
        Orthographies.foreignLetterCost(middle, languages: lineLanguages)
      }
      var best: (reading: Reading, score: Float, layers: Int, outermost: SingleByteEncoding)?
      // The dominant codepage's own single-layer reading, which other codepages' readings do
      // not outbid (amid Windows-1250 mojibake `Ăś` is `Ü`, whatever another codepage reads).
      var dominantReading: Reading?
      var outermostReadings: [[Unicode.Scalar]] = []
      // ISO 8859-2 reads the Windows-1252 glyphs `š`, `ž`, `ś` as other bytes: a run made of
      // Windows-1252 glyphs only is Windows-1252 mojibake (`Îš` is `Κ`, not `ι`), and ISO
      // 8859-2 reads only a run with a letter of its own (`Ăź`, `ĹĄ`).
      // On a line where ISO 8859-2 made a fix, such a run is its mojibake too (`ÂŠ` is `©`
      // beside `ultĂŠrieure`).
      let readsAsWindows1252 =
        !readsISO88592 && found.allSatisfy(SingleByteEncoding.isWindows1252Glyph)
      // A reading that still decodes the same way after one layer was undone is likely mojibake
      // itself, so deeper readings of one encoding get a small head start (`â”’` vs `┒`).
      func explore(
        _ scalars: [Unicode.Scalar], depth: Int, outermost: SingleByteEncoding?, uniform: Bool
      ) {
        guard depth < MojibakeRepairer.maximumLayers else { return }
        // Windows-1251 and Windows-1250 as the outermost layer only: layered mojibake goes
        // through Windows-1252 (or MacRoman), and four encodings at every layer would score
        // 84 readings a run instead of 28.
        let encodings = depth == 0 ? shape.encodings : [.sloppyWindows1252, .macRoman]
        for encoding in encodings where encoding != .iso88592 || !readsAsWindows1252 {
          guard let decoded = MojibakeRepairer.decode(scalars, as: encoding) else { continue }
          // Windows-1250 reads `â€™` as Windows-1252 does: an outermost reading already
          // scored (with everything below it) is not scored again.
          if depth == 0 {
            if outermostReadings.contains(decoded) { continue }
            outermostReadings.append(decoded)
          }
          // ISO 8859-2 is the rarer misreading of Central European text: where Windows-1252 or
          // -1250 reads a run as well, theirs is taken (`Äž` is `Ğ` in a table, not `ľ`).
          let prior: Float
          if encoding == .iso88592 {
            prior = dominantCodepage == .iso88592 || prefersISO88592 ? 0 : 0.5
          } else {
            prior = encoding == .windows1250 && prefersISO88592 ? 0.5 : 0
          }
          let reading = Reading(
            scalars: decoded, cost: cost(decoded) + prior, encoding: encoding,
            penalty: Self.isTwin(encoding) ? penalty(decoded) : 0)
          if depth == 0 && encoding == dominantCodepage { dominantReading = reading }
          let isUniform = uniform && (outermost ?? encoding) == encoding
          let score = reading.cost - (isUniform ? MojibakeRepairer.layerBonus * Float(depth) : 0)
          // Strictly lower only: on a tie the reading found first wins.
          if best.map({ score < $0.score }) ?? true {
            best = (reading, score, depth + 1, outermost ?? encoding)
          }
          explore(decoded, depth: depth + 1, outermost: outermost ?? encoding, uniform: isUniform)
        }
      }
      explore(found, depth: 0, outermost: nil, uniform: true)
      // Readings that also undo damage done after the bad decoding (``MojibakeRepairer/Loss``),
      // one layer only: a deeper reading of a guessed byte or space (`â€Â ` → `â€` U+00A0 →
      // `†`) builds on the guess.
      for reading in shape.hasIncompleteSequence
        ? lossReadings(found, in: shape.incomplete, cost: cost) : []
      {
        // At a tie with the plain reading of the same codepage, the one that also reads a lost
        // no-break space explains more of the bytes (`Р РёСЃСѓРЅРѕРє` is `Рисунок`; the plain
        // reading leaves `Р` before a space).
        let explainsMore =
          best.map {
            reading.cost == $0.score && $0.layers == 1 && $0.outermost == reading.encoding
              && reading.loss?.readsSpaces == true && $0.reading.loss == nil
          } ?? false
        if best.map({ reading.cost < $0.score }) ?? true || explainsMore {
          best = (reading, reading.cost, 1, reading.encoding)
        }
      }
      // The run as found is scored only when some reading exists (most runs of correct text
      // that reach here, Cyrillic under Windows-1251, decode to nothing).
      guard var best else { return }
      // ISO 8859-2 and Windows-1250 read most letters alike, so one of them dominates a line
      // garbled by the other as well: between the two the judge decides (`ĂĄ` is `á` in a
      // Spanish line, ``languages``).
      if let reading = dominantReading, let encoding = dominantCodepage,
        best.outermost != encoding || best.layers != 1,
        !(best.layers == 1 && Self.isTwin(encoding) && Self.isTwin(best.outermost))
      {
        best = (reading, reading.cost, 1, encoding)
      }
      // Box drawing alone is line art more often than codepage 437 mojibake (`├┤a┼┐a`): it is
      // read only amid other codepage 437 mojibake, or when it opens a word and reads as
      // punctuation (`┬┐que` is `¿que`: line art does not run into a word).
      let isBox: (Unicode.Scalar) -> Bool = { (0x2500...0x259F).contains($0.value) }
      if best.outermost == .cp437 && dominantCodepage != .cp437 && found.allSatisfy(isBox)
        && !(right.first.map { ScalarTraits($0).isLetter } == true
          && left.last.map { ScalarTraits($0).isLetter } != true
          && best.reading.scalars.allSatisfy { !isBox($0) && !ScalarTraits($0).isLetter })
      {
        return
      }
      // Under the dominant codepage a tie is enough: `РІ` reads as well as `в` to the judge (a
      // word in capitals), but amid text that codepage garbled it is `в` garbled too. A whole
      // three- or four-byte sequence is evidence in itself: the smaller margin.
      let dominant =
        best.layers == 1
        && (best.outermost == dominantCodepage
          || (best.reading.loss.map { $0.readsSpaces && $0.filler == nil } == true
            && readsAsGarbling(found, under: best.outermost)))
      let needed =
        dominant
        ? 0 : shape.hasLongSequence ? min(margin, MojibakeRepairer.marginWithEvidence) : margin
      let costFound = cost(found)
      // A tie is enough under the dominant codepage, and with the smaller margin for a whole
      // long sequence (`hatikuâ™«~`: the word `hatikuâ` and two marks, or `hatiku♫~`).
      let tieWins = dominant || (shape.hasLongSequence && needed > 0)
      // The line's language ranks the readings; it does not argue against the run as found.
      let reading = best.reading.cost - best.reading.penalty + needed
      guard reading < costFound || (tieWins && reading <= costFound) else { return }
      // A reading made of scalars real text practically never has (IPA, spacing modifiers, rare
      // marks) is only taken when the run as found is impossible text (C1 controls and the like).
      if Self.maximumRarity(best.reading.scalars) >= MojibakeRepairer.rareScalar
        && Self.maximumRarity(found) < MojibakeRepairer.impossibleScalar
      {
        return
      }
      record(
        found: found, members: members, repaired: best.reading.scalars,
        outermost: best.outermost, layers: best.layers, loss: best.reading.loss)
    }

    /// The readings of `found` under sloppy Windows-1252 that undo lost no-break spaces and lost
    /// undefined bytes (``MojibakeRepairer/Loss``), each distinct from the plain reading. A lost
    /// byte is guessed only when one guess is clearly the most plausible: the best reading with
    /// a guessed byte must beat every reading that guesses another byte by the margin (`Ñ`
    /// lost 0x81 for `с`, 0x8D for `э` or 0x8F for `я` alike, so none is guessed).
    ///
    /// - Complexity: O(*m*) in the length of the run; at most 11 decodings are scored (the
    ///   caller asks only for runs with an incomplete sequence, ``MojibakeRepairer/RunShape``).
    private func lossReadings(
      _ found: [Unicode.Scalar], in encodings: [SingleByteEncoding],
      cost: ([Unicode.Scalar]) -> Float
    ) -> [Reading] {
      typealias Loss = MojibakeRepairer.Loss
      let following = rangeEnd < input.count ? input[rangeEnd] : nil
      let marker = found.first { Loss.isMarker($0.value) }
      var readings: [Reading] = []
      // Other codepages: markers (a Greek `Ο�` under Windows-1253 is `�`), and lost no-break
      // spaces under the one that garbled the rest of the text (`Г ` is `à` amid `rГ©gion`).
      for encoding in encodings where encoding != .sloppyWindows1252 {
        var losses: [Loss] = []
        if marker != nil {
          losses.append(
            Loss(readsSpaces: false, filler: nil, following: following, readsMarkers: true))
        }
        if encoding == spaces {
          losses.append(
            Loss(
              readsSpaces: true, filler: nil, following: following,
              followedByFragment: MojibakeRepairer.isFragment(
                input, at: rangeEnd, vietnamese: vietnamese),
              spacesKept: spacesKept, codepage: encoding))
        }
        for loss in losses {
          guard let decoded = MojibakeRepairer.decode(found, as: encoding, loss: loss),
            decoded != found, decoded != MojibakeRepairer.decode(found, as: encoding)
          else { continue }
          readings.append(
            Reading(
              scalars: decoded, cost: cost(Self.judged(decoded, marker: marker)),
              encoding: encoding, loss: loss))
        }
      }
      guard encodings.contains(.sloppyWindows1252) else { return readings }
      let plain = MojibakeRepairer.decode(found, as: .sloppyWindows1252)
      var guessed: [(reading: Reading, filler: UInt8)] = []
      var seen: [[Unicode.Scalar]] = []
      // A straight quotation mark right after the run is more likely the missing byte itself,
      // straightened by a later step (`â€"` was `â€”` or `â€“`): then no byte is guessed.
      let straightened = following.map { $0.value == 0x22 || $0.value == 0x27 } ?? false
      let fragment = MojibakeRepairer.isFragment(input, at: rangeEnd, vietnamese: vietnamese)
      let marked = marker != nil
      for filler in [nil] + (straightened ? [] : Loss.undefinedBytes) {
        for spaces in [false, true] {
          if filler == nil && !spaces && !marked { continue }  // the plain reading
          let loss = Loss(
            readsSpaces: spaces, filler: filler, following: following, readsMarkers: marked,
            followedByFragment: fragment, spacesKept: spacesKept)
          guard let decoded = MojibakeRepairer.decode(found, as: .sloppyWindows1252, loss: loss),
            decoded != plain, !seen.contains(decoded),
            !decoded.contains(where: { Self.isInvisibleOrSpace($0) && !found.contains($0) })
          else { continue }
          seen.append(decoded)
          if filler != nil && !Self.completesPunctuation(plain ?? found, decoded) { continue }
          let reading = Reading(
            scalars: decoded, cost: cost(Self.judged(decoded, marker: marker)),
            encoding: .sloppyWindows1252, loss: loss)
          if let filler { guessed.append((reading, filler)) } else { readings.append(reading) }
        }
      }
      if let top = guessed.min(by: { $0.reading.cost < $1.reading.cost }) {
        let rival = guessed.filter { $0.filler != top.filler }.map(\.reading.cost).min()
        // The closing mark of a quotation or bracket left open before the run, if exactly one
        // byte completes it and that reading is not clearly worse than the best.
        let closer =
          Set(guessed.map(\.filler)).count > 1 ? expectedCloser(before: rangeStart) : nil
        let closing =
          closer.map { c in
            guessed.filter { guess in
              guess.reading.scalars.contains { $0.value == c } && !found.contains { $0.value == c }
            }
          } ?? []
        if let chosen = closing.first, Set(closing.map(\.filler)).count == 1,
          chosen.reading.cost <= top.reading.cost + margin
        {
          readings.append(contentsOf: closing.map(\.reading))
        } else if rival.map({ top.reading.cost + margin < $0 }) ?? true {
          readings.append(contentsOf: guessed.filter { $0.filler == top.filler }.map(\.reading))
        }
      }
      return readings
    }

    /// What a reading is judged as: a marker's sequence with the marker as found in its place,
    /// since the question is whether what came before it was mojibake (`bbâ€?` against `bb?`);
    /// the U+FFFD it becomes is no worse than the marker.
    private static func judged(_ decoded: [Unicode.Scalar], marker: Unicode.Scalar?)
      -> [Unicode.Scalar]
    {
      guard let marker else { return decoded }
      return decoded.map { $0 == MojibakeRepairer.Loss.unknown ? marker : $0 }
    }

    /// Trims what `found` and `repaired` share at both ends and records the rest as a fix.
    private mutating func record(
      found: [Unicode.Scalar], members: [Int], repaired: [Unicode.Scalar],
      outermost: SingleByteEncoding, layers: Int, loss: MojibakeRepairer.Loss? = nil
    ) {
      // A marker is not shared with the U+FFFD it became part of: that maps back to the whole
      // sequence (`Ñ�` → `�`), not to the marker alone.
      let compared =
        loss?.readsMarkers == true
        ? found.map { MojibakeRepairer.Loss.isMarker($0.value) ? "\u{FFFF}" : $0 } : found
      let (prefix, suffix) = Self.sharedEnds(compared, repaired)
      // Nothing of the run changes (a reading can give the run back: under Windows-1251 `Р `
      // with its space as 0xA0 is `Р`, the space kept): nothing to record.
      guard prefix + suffix < found.count else { return }
      let range = members[prefix]..<(members[found.count - 1 - suffix] + 1)
      let replacement = Array(repaired[prefix..<(repaired.count - suffix)])
      var encoding = MojibakeEncoding(outermost)
      if outermost == .sloppyWindows1252 {
        let changed = found[prefix..<(found.count - suffix)]
        if changed.contains(where: Self.isLatin1Only) {
          encoding = .latin1
        } else if !changed.allSatisfy(SingleByteEncoding.isWindows1252Glyph) {
          encoding = .windows1254
        }
      }
      // Where a loss was undone, a character's UTF-8 length no longer says how many scalars it
      // replaced: keep the decoder's count, so that each maps back to its own scalars.
      var consumed: [Int]? = nil
      if layers == 1, let loss {
        var counts: [Int]? = []
        if MojibakeRepairer.decode(found, as: outermost, loss: loss, consumed: &counts)
          == repaired, let counts, counts.count == repaired.count
        {
          let slice = Array(counts[prefix..<(repaired.count - suffix)])
          if slice.reduce(0, +) == found.count - suffix - prefix { consumed = slice }
        }
      }
      fixes.append(
        MojibakeFix(
          range: range, replacement: replacement, encoding: encoding, layers: layers,
          consumed: consumed))
      repairedTail = Self.lastScalars(of: [
        repairedTail[...], input[copied..<range.lowerBound],
        replacement[...],
      ])
      copied = range.upperBound
    }

    /// Whether the input quotes a short mojibake sequence on its own somewhere (`“Ã©”`): text
    /// that talks about mojibake. Computed once per input.
    private lazy var quotesMojibake: Bool = {
      let s = input
      var i = 0
      func isGap(_ k: Int) -> Bool { k < 0 || k >= s.count || s[k].properties.isWhitespace }
      func isOuter(_ k: Int) -> Bool {
        isGap(k) || (s[k].properties.generalCategory == .otherPunctuation && isGap(k + 1))
      }
      while i < s.count {
        // An opening mark after a space, one to three scalars, its closing mark before a space
        // or punctuation: `“Ã©”,` (inside mojibake, curly quotes sit between other scalars).
        // The mark first: a property lookup for the scalar before it only at a quotation mark.
        if let closers = Self.closingPartners(of: s[i]), isGap(i - 1) {
          var j = i + 1
          while j < s.count, j - i <= 4, s[j].value < 0x10000,
            LineFeatures.mojibakeRoles[Int(s[j].value)] != 0, !closers.contains(s[j].value)
          {
            j += 1
          }
          if j > i + 1, j - i <= 4, j < s.count, closers.contains(s[j].value), isOuter(j + 1) {
            return true
          }
        }
        i += 1
      }
      return false
    }()

    /// Whether what `decoded` has where `plain` (the run's reading without loss, or the run)
    /// differs (past their common start and end) is all punctuation and symbols: the only
    /// completions of a sequence that lost its last byte that are guessed (a control character
    /// would only feed a deeper layer a letter: `Ð` and a guessed U+0090 make `А`).
    private static func completesPunctuation(
      _ plain: [Unicode.Scalar], _ decoded: [Unicode.Scalar]
    ) -> Bool {
      let (prefix, suffix) = sharedEnds(plain, decoded)
      return decoded[prefix..<(decoded.count - suffix)].allSatisfy(isPunctuationOrSymbol)
    }

    /// How many scalars `a` and `b` share at their start, and then at their end.
    ///
    /// - Complexity: O(*m*) in the shorter length.
    static func sharedEnds(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> (
      prefix: Int, suffix: Int
    ) {
      var prefix = 0
      while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
      var suffix = 0
      while suffix < a.count - prefix && suffix < b.count - prefix
        && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
      {
        suffix += 1
      }
      return (prefix, suffix)
    }

    private static func isPunctuationOrSymbol(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.properties.generalCategory {
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
        .otherSymbol:
        return true
      default: return false
      }
    }

    /// A format character or a space other than U+0020 and U+00A0: a lost byte is not taken to
    /// have encoded one (E2 80 8D would be a zero-width joiner).
    private static func isInvisibleOrSpace(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.value == 0x20 || scalar.value == 0xA0 { return false }
      let category = scalar.properties.generalCategory
      return category == .format || category == .spaceSeparator || category == .control
    }

    private static func maximumRarity(_ scalars: [Unicode.Scalar]) -> Float {
      scalars.reduce(0) { max($0, ScalarTraits($1).rarity) }
    }

    /// A C1 control that Windows-1252 would have decoded to a printable character.
    private static func isLatin1Only(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x81, 0x8D, 0x8F, 0x90, 0x9D: return false
      case 0x80...0x9F: return true
      default: return false
      }
    }

    /// Up to ``MojibakeRepairer/contextLength`` scalars before `index`, as repaired so far.
    private func leftContext(before index: Int) -> [Unicode.Scalar] {
      Self.lastScalars(of: [repairedTail[...], input[copied..<index]])
    }

    /// The last ``MojibakeRepairer/contextLength`` non-transparent scalars of `segments` joined.
    private static func lastScalars(of segments: [ArraySlice<Unicode.Scalar>]) -> [Unicode.Scalar] {
      var context: [Unicode.Scalar] = []
      for segment in segments.reversed() {
        for scalar in segment.reversed() where !MojibakeRepairer.isTransparent(scalar.value) {
          if context.count == MojibakeRepairer.contextLength { return context.reversed() }
          context.append(scalar)
        }
      }
      return context.reversed()
    }

    /// Up to ``MojibakeRepairer/contextLength`` scalars from `index` on, as found or, with hints,
    /// as the earlier pass repaired them.
    private mutating func rightContext(from index: Int) -> [Unicode.Scalar] {
      while nextHint < hints.count && hints[nextHint].range.lowerBound < index { nextHint += 1 }
      var context: [Unicode.Scalar] = []
      var position = index
      var hint = nextHint
      while context.count < MojibakeRepairer.contextLength && position < input.count {
        if hint < hints.count && hints[hint].range.lowerBound == position {
          context.append(contentsOf: hints[hint].replacement)
          position = hints[hint].range.upperBound
          hint += 1
          continue
        }
        if !MojibakeRepairer.isTransparent(input[position].value) {
          context.append(input[position])
        }
        position += 1
      }
      return Array(context.prefix(MojibakeRepairer.contextLength))
    }
  }
}
