import Testing

@testable import NewsExtract

/// A match's groups read back as they were given, empty ranges and absent groups included.
@Suite struct DateGroupsTests {
  @Test func readsBackEveryGroup() {
    var random = Generator(seed: 12)
    for count in 1...40 {
      let expected: [Range<Int>?] = (0..<count).map { _ in
        if random.next(3) == 0 { return nil }
        let start = random.next(1_000)
        return start..<(start + random.next(20))
      }
      let groups = DateGroups(count: count) { expected[$0] }
      #expect(groups.count == count)
      for g in 0..<count { #expect(groups[g] == expected[g]) }
    }
  }
}
