import ArgumentParser
import QuoteNorm

@main
struct QuoteNormCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotenorm",
    abstract: "Normalize article text, extract quotations and match them across outlets.",
    discussion: """
      EXIT CODES
        0   success
        1   errors were reported (see standard error)
        64  usage error (bad option or option combination)
        65  bad input data: invalid UTF-8 (file and byte offset given; or pass
            --invalid-utf8 replace), a binary file, UTF-16 text
        66  an input file is missing, unreadable or a directory
        74  output could not be written (disk full, closed pipe)
      """,
    version: "quotenorm 0.1.0 (ICU \(UnicodeSupport.icuVersion), Unicode \(UnicodeSupport.unicodeVersion))",
    subcommands: [Normalize.self, Extract.self, Match.self, Cluster.self, Search.self]
  )
}
