import CParseArena
import Dispatch
import Foundation
import NewsCore
import Testing

@testable import NewsClean

/// libxml2's allocations carved from a per-thread arena while a page is parsed and read: the
/// allocator's own contract, and pages cleaned the same with and without it, on one thread and
/// on several at once.
@Suite struct CleanParseArenaTests {
  @Test func windowsCarveAndDropMemoryAndPassThroughOutside() throws {
    #expect(parse_arena_is_active() == 0)
    let outside = try #require(parse_arena_malloc(64))
    #expect(parse_arena_bytes_in_use() == 0)
    parse_arena_free(outside)

    parse_arena_begin()
    let bytes = try #require(parse_arena_malloc(10)).assumingMemoryBound(to: UInt8.self)
    for i in 0..<10 { bytes[i] = UInt8(i) }
    #expect(parse_arena_bytes_in_use() >= 10)
    // Growing the newest allocation keeps its bytes (in place or moved).
    let grown = try #require(parse_arena_realloc(bytes, 100_000)).assumingMemoryBound(to: UInt8.self)
    #expect((0..<10).allSatisfy { grown[$0] == UInt8($0) })
    // An older allocation that grows is moved with its bytes.
    let older = try #require(parse_arena_strdup("headline"))
    _ = parse_arena_malloc(32)
    let moved = try #require(parse_arena_realloc(older, 4_000_000))
    #expect(String(cString: moved.assumingMemoryBound(to: CChar.self)) == "headline")
    parse_arena_free(moved)
    parse_arena_begin()
    parse_arena_end()
    #expect(parse_arena_is_active() != 0, "an inner window does not end the outer one")
    parse_arena_end()
    #expect(parse_arena_is_active() == 0)
    #expect(parse_arena_bytes_in_use() == 0)
    // A stale pointer into a kept block is ignored by free, as libxml2 may free late.
    parse_arena_free(grown)
  }

  static func cleaned(_ raw: RawDocument, arena: Bool) -> String {
    var options = CleanerOptions()
    options.usesParseArena = arena
    return TestPages.cleaned(raw, options: options)
  }

  @Test func pagesCleanTheSameWithAndWithoutTheArena() {
    let raws = TestPages.html()
    if !Paths.sharedAvailable { print("CleanParseArenaTests: ../shared is absent; golden pages only") }
    #expect(raws.count > 10)
    for raw in raws {
      #expect(Self.cleaned(raw, arena: true) == Self.cleaned(raw, arena: false), "\(raw.origin)")
    }
  }

  @Test func pagesCleanTheSameOnSeveralThreadsAtOnce() {
    let raws = TestPages.html()
    let expected = raws.map { Self.cleaned($0, arena: false) }
    let results = Results(count: raws.count * 2)
    DispatchQueue.concurrentPerform(iterations: raws.count * 2) { i in
      results.set(i, Self.cleaned(raws[i % raws.count], arena: true))
    }
    for i in 0..<raws.count * 2 { #expect(results.get(i) == expected[i % raws.count], "\(raws[i % raws.count].origin)") }
  }
}

/// Results written by several threads, one slot each.
private final class Results: @unchecked Sendable {
  private var slots: [String]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: "", count: count) }
  func set(_ i: Int, _ value: String) { lock.withLock { slots[i] = value } }
  func get(_ i: Int) -> String { lock.withLock { slots[i] } }
}
