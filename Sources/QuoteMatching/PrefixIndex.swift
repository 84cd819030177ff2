/// The inverted index of ``LinkFinder`` and ``QuoteSearcher``: for some quotations of a
/// collection (its *members*), their distinct classes with summed weights, heaviest first, the
/// prefix of each (the classes a match must touch), and class → members postings.
///
/// ```swift
/// let index = PrefixIndex(collection: c, members: Array(0..<c.count), tau: 0.5)
/// index.postings(index.classID[0])  // the members holding member 0's heaviest class
/// ```
///
/// - Complexity: O(*t* log *t*) to build over *t* terms (classes are sorted per quotation);
///   memory O(*t*).
struct PrefixIndex: Sendable {
  /// Quotation index (in the collection) of each member.
  let members: [Int]
  /// Member → its classes: `classStart[m]..<classStart[m + 1]` in `classID`/`classWeight`,
  /// heaviest first.
  let classStart: [Int32]
  let classID: [UInt32]
  let classWeight: [Float]
  /// Length of each member's prefix, and the weight in it.
  let prefixLength: [Int32]
  let prefixWeight: [Float]
  /// Total weight of each member.
  let total: [Float]
  /// Class → members holding it: `postingStart[c]..<postingStart[c + 1]` in `posting`.
  let postingStart: [Int32]
  let posting: [Int32]

  init(collection: QuoteCollection, members: [Int], tau: Double) {
    self.members = members
    var classStart: [Int32] = [0]
    var classID: [UInt32] = []
    var classWeight: [Float] = []
    var prefixLength: [Int32] = []
    var prefixWeight: [Float] = []
    var total: [Float] = []
    classStart.reserveCapacity(members.count + 1)
    var pairs: [(UInt32, Float)] = []
    for q in members {
      pairs.removeAll(keepingCapacity: true)
      for k in collection.terms(q) where collection.weight[k] > 0 {
        let id = collection.lexeme[k]
        if let j = pairs.firstIndex(where: { $0.0 == id }) {
          pairs[j].1 += collection.weight[k]
        } else {
          pairs.append((id, collection.weight[k]))
        }
      }
      pairs.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
      var w: Float = 0
      for p in pairs { w += p.1 }
      var remaining = w
      var length = 0
      let bound = Float(tau) * w
      while length < pairs.count && remaining >= bound {
        remaining -= pairs[length].1
        length += 1
      }
      for p in pairs {
        classID.append(p.0)
        classWeight.append(p.1)
      }
      classStart.append(Int32(classID.count))
      prefixLength.append(Int32(length))
      prefixWeight.append(w - remaining)
      total.append(w)
    }
    // Postings by counting sort over class ids, members in order.
    let vocabulary = collection.vocabulary.count
    var counts = [Int32](repeating: 0, count: vocabulary + 1)
    for id in classID { counts[Int(id) + 1] += 1 }
    for c in 0..<vocabulary { counts[c + 1] += counts[c] }
    var fill = counts
    var posting = [Int32](repeating: 0, count: classID.count)
    for m in 0..<members.count {
      for k in Int(classStart[m])..<Int(classStart[m + 1]) {
        let id = Int(classID[k])
        posting[Int(fill[id])] = Int32(m)
        fill[id] += 1
      }
    }
    self.classStart = classStart
    self.classID = classID
    self.classWeight = classWeight
    self.prefixLength = prefixLength
    self.prefixWeight = prefixWeight
    self.total = total
    self.postingStart = counts
    self.posting = posting
  }

  /// Raw views of the arrays, for the inner loops of candidate generation.
  struct Buffers {
    let members: UnsafeBufferPointer<Int>
    let classStart: UnsafeBufferPointer<Int32>
    let classID: UnsafeBufferPointer<UInt32>
    let classWeight: UnsafeBufferPointer<Float>
    let prefixLength: UnsafeBufferPointer<Int32>
    let prefixWeight: UnsafeBufferPointer<Float>
    let total: UnsafeBufferPointer<Float>
    let postingStart: UnsafeBufferPointer<Int32>
    let posting: UnsafeBufferPointer<Int32>
  }

  /// Calls `body` with raw views of the index (valid only inside it).
  func withBuffers<R>(_ body: (Buffers) -> R) -> R {
    members.withUnsafeBufferPointer { m in
      classStart.withUnsafeBufferPointer { cs in
        classID.withUnsafeBufferPointer { ci in
          classWeight.withUnsafeBufferPointer { cw in
            prefixLength.withUnsafeBufferPointer { pl in
              prefixWeight.withUnsafeBufferPointer { pw in
                total.withUnsafeBufferPointer { t in
                  postingStart.withUnsafeBufferPointer { ps in
                    posting.withUnsafeBufferPointer { p in
                      body(
                        Buffers(
                          members: m, classStart: cs, classID: ci, classWeight: cw, prefixLength: pl, prefixWeight: pw,
                          total: t, postingStart: ps, posting: p))
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// The members holding class `c`.
  func postings(_ c: UInt32) -> ArraySlice<Int32> {
    posting[Int(postingStart[Int(c)])..<Int(postingStart[Int(c) + 1])]
  }
}
