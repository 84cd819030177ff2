import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work spread over all cores (for every module of the package): `concurrentPerform` over chunks, each writing its own result
/// slot, results returned in chunk order (so output never depends on scheduling).
///
/// ```swift
/// let sums = Parallel.map(chunks: 8) { k in (k * 100..<(k + 1) * 100).reduce(0, +) }
/// ```
package enum Parallel {
  /// Cores available to this process.
  package static let cores: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  /// `body(k)` for every `k` in `0..<chunks`, run concurrently; the results in order of `k`.
  ///
  /// - Complexity: the work of the bodies, divided among the cores.
  package static func map<T: Sendable>(chunks: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard chunks > 0 else { return [] }
    let slots = Slots<T>(count: chunks)
    if chunks == 1 || cores == 1 {
      for k in 0..<chunks { slots.set(k, body(k)) }
    } else {
      DispatchQueue.concurrentPerform(iterations: chunks) { k in slots.set(k, body(k)) }
    }
    return slots.values()
  }

  /// `body(k)` for every `k` in `0..<count`, on at most `threads` threads (and cores); the
  /// results in order of `k`. With all the cores, each `k` is a work item of its own; with
  /// fewer, the items are cut into one run of consecutive `k` per thread.
  ///
  /// ```swift
  /// Parallel.map(10, threads: 2) { $0 * $0 }  // [0, 1, 4, …, 81], on two threads
  /// ```
  ///
  /// - Complexity: the work of the bodies, divided among the threads.
  package static func map<T: Sendable>(
    _ count: Int, threads: Int, _ body: @Sendable (Int) -> T
  ) -> [T] {
    let t = max(1, min(threads, cores, count))
    if t == 1 { return (0..<count).map(body) }
    if t == cores { return map(chunks: count, body) }
    let size = (count + t - 1) / t
    return map(chunks: t) { c in ((c * size)..<min(count, (c + 1) * size)).map(body) }.flatMap { $0 }
  }

  /// `0..<count` cut into about `perCore` chunks per core, none smaller than `minimum`.
  ///
  /// - Complexity: O(*k*) in the number of chunks.
  package static func ranges(_ count: Int, perCore: Int = 8, minimum: Int = 64) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let wanted = max(1, min(cores * perCore, (count + minimum - 1) / minimum))
    let size = (count + wanted - 1) / wanted
    return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
  }
}

/// One result slot per chunk. `@unchecked Sendable`: each slot is written by exactly one
/// `concurrentPerform` iteration and read only after all of them have returned, which
/// `concurrentPerform` orders (it returns when every iteration is done).
package final class Slots<T>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<T?>
  private let count: Int

  package init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  package func set(_ k: Int, _ value: T) { storage[k] = value }

  /// Every slot, in order (each was set: `concurrentPerform` ran every iteration).
  package func values() -> [T] { (0..<count).compactMap { storage[$0] } }
}
