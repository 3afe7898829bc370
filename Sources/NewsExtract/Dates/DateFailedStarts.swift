/// The last few starts that read no date, so that a start is not read twice while nothing
/// changes (a miss only means it is read again: any start may be forgotten).
struct DateFailedStarts {
  private var slots: (Int, Int, Int, Int, Int, Int, Int, Int) = (-1, -1, -1, -1, -1, -1, -1, -1)
  private var next = 0

  @inline(__always) func contains(_ start: Int) -> Bool {
    slots.0 == start || slots.1 == start || slots.2 == start || slots.3 == start
      || slots.4 == start || slots.5 == start || slots.6 == start || slots.7 == start
  }

  mutating func insert(_ start: Int) {
    switch next {
    case 0: slots.0 = start
    case 1: slots.1 = start
    case 2: slots.2 = start
    case 3: slots.3 = start
    case 4: slots.4 = start
    case 5: slots.5 = start
    case 6: slots.6 = start
    default: slots.7 = start
    }
    next = (next + 1) & 7
  }

  mutating func removeAll() { self = DateFailedStarts() }
}
