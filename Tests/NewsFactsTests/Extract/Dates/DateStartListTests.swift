import Testing

@testable import NewsExtract

/// The inline start list against an array doing the same prepends and appends.
@Suite struct DateStartListTests {
  @Test func holdsWhatAnArrayWouldInTheSameOrder() {
    var random = Generator(seed: 61)
    var list = DateStartList()
    for _ in 0..<2_000 {
      list.removeAll()
      var expected: [Int] = []
      for _ in 0..<random.next(DateStartList.leadRoom + 1) {
        let start = random.next(10_000)
        list.prepend(start)
        expected.insert(start, at: 0)
      }
      for _ in 0..<random.next(3) {
        let start = random.next(10_000)
        list.append(start)
        expected.append(start)
      }
      #expect(list.all == expected)
      #expect(list.end - list.first == expected.count)
    }
  }

  @Test func startsEmpty() {
    let list = DateStartList()
    #expect(list.all.isEmpty)
  }
}
