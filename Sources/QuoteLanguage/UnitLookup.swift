/// An Apertium program that reads every unit of its stream on its own — a dictionary lookup
/// (`lt-proc -b`), a generator (`lt-proc -g`, `-n`), the post-chunk stage
/// (`apertium-postchunk`, one chunk per rule) — run over a batch's **distinct** units only.
///
/// A batch of news sentences repeats most of its units (`^el<det><def><m><sg>$`, `^de<pr>$`):
/// 1,000 Spanish sentences hold 26,600 units but 6,100 distinct ones, so the lookup does a
/// quarter of the work, and its output, put back in place, is the program's output on the
/// whole stream byte for byte. A unit is a top-level `^…$` of the stream (a chunk
/// `^name<tags>{^…$ ^…$}$` counts as one); the blanks between units are kept as they are.
///
/// ```swift
/// let lookup = UnitLookup(stage: .init(executable: "/usr/bin/lt-proc",
///                                      arguments: ["-z", "-b", "spa-eng.autobil.bin"]))
/// try lookup.run(["^de<pr>$ ^casa<n><f><sg>$", "^de<pr>$"])
/// // ["^de<pr>/of<pr>/from<pr>$ ^casa<n><f><sg>/house<n><sg>$", "^de<pr>/of<pr>/from<pr>$"]
/// // (the program saw `^de<pr>$` once)
/// ```
///
/// - Complexity: O(*n*) in the length of the records, plus the program's work on the distinct
///   units; one process per call.
struct UnitLookup: Sendable {
  /// The program, with `-z`: one unit per null-separated record in, one out.
  var stage: ProcessPipeline.Stage

  /// Whether `stage` reads every unit on its own, so that it may run on distinct units.
  /// Analysers (`lt-proc` without a mode flag), post-generation (`lt-proc -p`) and the
  /// transfer and tagging stages, which look at neighbours, never do.
  ///
  /// - Complexity: O(number of arguments).
  static func handles(_ stage: ProcessPipeline.Stage) -> Bool {
    if stage.executable.hasSuffix("/apertium-postchunk") { return true }
    guard stage.executable.hasSuffix("/lt-proc") else { return false }
    let flags = Set(stage.arguments.filter { $0.hasPrefix("-") })
    return flags.isSubset(of: ["-z", "-b", "-g", "-n", "-c", "-w"])
      && !flags.isDisjoint(with: ["-b", "-g", "-n"])
  }

  /// Each record with every unit replaced by the program's output for it.
  ///
  /// - Throws: ``QuoteLanguageError/Code/processFailed`` when the program fails or gives
  ///   another number of units than it was given.
  /// - Complexity: O(*n*) in the total length, plus the program's work on the distinct units.
  func run(_ records: [String]) throws -> [String] {
    var slot: [ArraySlice<UInt8>: Int] = [:]
    var distinct: [String] = []
    var pieces: [[Piece]] = []
    var bytes: [[UInt8]] = []
    pieces.reserveCapacity(records.count)
    bytes.reserveCapacity(records.count)
    for record in records {
      let b = Array(record.utf8)
      var p: [Piece] = []
      var last = 0
      for unit in Self.units(in: b) {
        if unit.lowerBound > last { p.append(.text(last..<unit.lowerBound)) }
        let key = b[unit]
        if let k = slot[key] {
          p.append(.unit(k))
        } else {
          slot[key] = distinct.count
          p.append(.unit(distinct.count))
          distinct.append(String(decoding: key, as: UTF8.self))
        }
        last = unit.upperBound
      }
      if last < b.count { p.append(.text(last..<b.count)) }
      pieces.append(p)
      bytes.append(b)
    }
    let looked = try lookUp(distinct)
    var out: [String] = []
    out.reserveCapacity(records.count)
    for (b, p) in zip(bytes, pieces) {
      var r: [UInt8] = []
      r.reserveCapacity(b.count * 2)
      for piece in p {
        switch piece {
        case .text(let range): r.append(contentsOf: b[range])
        case .unit(let k): r.append(contentsOf: looked[k].utf8)
        }
      }
      out.append(String(decoding: r, as: UTF8.self))
    }
    return out
  }

  /// The program's output for each of `units`. Units go in records of up to ``groupSize``,
  /// joined by the superblank ``separator`` (which the programs copy through as they copy any
  /// blank), so that the program flushes once per record and not once per unit; a record
  /// whose output does not split back into its units is looked up again one unit per record.
  ///
  /// - Complexity: O(*n*) in the total length of the units, plus the program's work.
  func lookUp(_ units: [String]) throws -> [String] {
    let size = Self.groupSize
    var records: [String] = []
    records.reserveCapacity(units.count / size + 1)
    for start in stride(from: 0, to: units.count, by: size) {
      records.append(
        units[start..<min(units.count, start + size)].joined(separator: Self.separator))
    }
    var looked = [String](repeating: "", count: units.count)
    var unsplit: [Int] = []
    try ProcessPipeline(stages: [stage]).run(records, separator: 0) { g, out in
      let range = (g * size)..<min(units.count, (g + 1) * size)
      let parts = out.split(separator: Self.separator, omittingEmptySubsequences: false)
      if parts.count == range.count {
        for (k, part) in zip(range, parts) { looked[k] = String(part) }
      } else {
        unsplit.append(contentsOf: range)
      }
    }
    if !unsplit.isEmpty {
      try ProcessPipeline(stages: [stage]).run(unsplit.map { units[$0] }, separator: 0) {
        i, out in looked[unsplit[i]] = out
      }
    }
    return looked
  }

  /// The most units in one record given to the program.
  static let groupSize = 256

  /// The blank between two units of a record: a superblank no unit's output contains (the
  /// stream format escapes `[` and `]` inside units).
  static let separator = "[@qn]"

  /// A stretch of a record: text kept as it is, or the distinct unit it holds.
  enum Piece {
    case text(Range<Int>)
    case unit(Int)
  }

  /// The byte ranges of the top-level units of a stream: from a `^` to its `$`, a chunk's
  /// `{…}` included, `\` escapes skipped; superblanks (`[…]`) between units are not units.
  ///
  /// - Complexity: O(*n*) in the length of the stream.
  static func units(in b: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var i = 0
    var start = -1  // the open unit's `^`, or -1 between units
    var depth = 0  // `{` nesting inside a unit
    var blank = false  // inside a superblank between units
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if start < 0 {
        if blank {
          if c == UInt8(ascii: "]") { blank = false }
        } else if c == UInt8(ascii: "[") {
          blank = true
        } else if c == UInt8(ascii: "^") {
          start = i
        }
      } else if c == UInt8(ascii: "{") {
        depth += 1
      } else if c == UInt8(ascii: "}") {
        depth -= 1
      } else if c == UInt8(ascii: "$") && depth == 0 {
        ranges.append(start..<(i + 1))
        start = -1
      }
      i += 1
    }
    return ranges
  }

  /// Runs `stages` over `records`, in order: consecutive programs as one pipeline, and every
  /// program ``handles(_:)`` accepts on the distinct units only; `body` gets each record of
  /// the last program's output.
  ///
  /// - Throws: ``QuoteLanguageError/Code/processFailed`` when a program fails.
  /// - Complexity: O(*n*) in the total length per group of programs, plus their work.
  static func run(
    _ stages: [ProcessPipeline.Stage], over records: [String],
    each body: (Int, String) throws -> Void
  ) throws {
    var current = records
    var k = 0
    while k < stages.count {
      if handles(stages[k]) {
        current = try UnitLookup(stage: stages[k]).run(current)
        k += 1
        continue
      }
      var group: [ProcessPipeline.Stage] = []
      while k < stages.count && !handles(stages[k]) {
        group.append(stages[k])
        k += 1
      }
      if k == stages.count {
        try ProcessPipeline(stages: group).run(current, separator: 0, body)
        return
      }
      var next = [String](repeating: "", count: current.count)
      try ProcessPipeline(stages: group).run(current, separator: 0) { i, s in next[i] = s }
      current = next
    }
    for (i, r) in current.enumerated() { try body(i, r) }
  }
}
