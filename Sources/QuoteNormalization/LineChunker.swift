/// Cuts lines longer than ``maxChunk`` scalars into pieces at a space that follows a non-space, so that a giant line is processed in bounded
/// pieces without changing the result.
enum LineChunker {
  /// Lines longer than this (in scalars) are cut.
  static let maxChunk = 1 << 16

  /// `line` cut into pieces of at most about ``maxChunk`` scalars where it is safe.
  ///
  /// - Complexity: O(*n*).
  static func pieces(of line: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    guard line.count > maxChunk else { return [line] }
    var out: [[Unicode.Scalar]] = []
    var start = 0
    while line.count - start > maxChunk {
      var cut = -1
      var k = start + maxChunk
      let limit = min(line.count - 1, start + maxChunk * 4)
      while k < limit {
        if line[k] == " " && line[k - 1] != " " && !line[k - 1].properties.isWhitespace {
          cut = k
          break
        }
        if k >= start + maxChunk * 2, line[k].isASCIILetter, line[k - 1].isASCIILetter,
          !line[max(start, k - 40)..<k].contains("&")
        {
          cut = k
          break
        }
        k += 1
      }
      if cut < 0 { cut = limit }
      out.append(Array(line[start..<cut]))
      start = cut
    }
    out.append(Array(line[start...]))
    return out
  }
}
