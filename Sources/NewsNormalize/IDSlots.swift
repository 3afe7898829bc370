/// An open-addressing table from 64-bit hashes to ids, for the per-resolution numbering of
/// words, names and texts: the caller keeps what each id stands for and tells whether a
/// candidate id is the one sought (equal hashes need not mean equal values).
struct IDSlots {
  private var hashes: [UInt64]
  private var ids: [Int32]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    hashes = Array(repeating: 0, count: size)
    ids = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// The id stored under `hash` that `matches` accepts, else nil.
  @inline(__always)
  func find(_ hash: UInt64, _ matches: (Int32) -> Bool) -> Int32? {
    var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while ids[i] >= 0 {
      if hashes[i] == hash && matches(ids[i]) { return ids[i] }
      i = (i + 1) & mask
    }
    return nil
  }

  /// Stores `id` under `hash` (the caller has checked that it is absent).
  mutating func insert(_ hash: UInt64, _ id: Int32) {
    if (count + 1) * 2 > ids.count { grow() }
    var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while ids[i] >= 0 { i = (i + 1) & mask }
    hashes[i] = hash
    ids[i] = id
    count += 1
  }

  private mutating func grow() {
    let old = zip(hashes, ids).filter { $0.1 >= 0 }
    hashes = Array(repeating: 0, count: ids.count * 2)
    ids = Array(repeating: -1, count: hashes.count)
    mask = ids.count - 1
    count = 0
    for (hash, id) in old { insert(hash, id) }
  }
}

/// A fast 64-bit hash of bytes and of id lists, for `IDSlots` (not for anything stored).
enum SlotHash {
  static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

  @inline(__always)
  static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
    let x = (h ^ v) &* 0xD6E8_FEB8_6659_FD93
    return x ^ (x >> 32)
  }

  static func bytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = mix(seed, UInt64(bytes.count))
    var i = 0
    guard let base = bytes.baseAddress else { return h }
    while bytes.count - i >= 8 {
      h = mix(h, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < bytes.count {
      tail |= UInt64(bytes[i]) << shift
      shift += 8
      i += 1
    }
    return mix(h, tail)
  }

  static func ids(_ ids: [Int32]) -> UInt64 {
    var h = mix(seed, UInt64(ids.count))
    for id in ids { h = mix(h, UInt64(UInt32(bitPattern: id))) }
    return h
  }
}
