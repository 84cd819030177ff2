// TEMPORARY interface stub until the mojibake engine lands; removed in the same session.
enum MojibakeEncoding: String, Sendable { case windows1252, latin1, macRoman }
struct MojibakeFix: Sendable, Equatable {
  var range: Range<Int>
  var replacement: [Unicode.Scalar]
  var encoding: MojibakeEncoding
  var layers: Int
}
struct MojibakeRepairer: Sendable {
  init() {}
  func fixes(in scalars: [Unicode.Scalar]) -> [MojibakeFix] { [] }
}
