/// The members of a JSON object with some string values kept as UTF-8 bytes: what a stream
/// line needs when one member is a whole page ("html") that goes on as bytes, so it is
/// neither made a `String` nor copied again.
public struct JSONObjectBytes: Sendable, Equatable {
  /// The members, except the string values of the raw keys.
  public var members: [String: JSON]
  /// The string values of the raw keys, as UTF-8 bytes with escapes resolved.
  public var strings: [String: [UInt8]]
}

extension JSON {
  /// Parses one JSON object from UTF-8 bytes as `JSON(parsing:)` does, but hands back the
  /// string values of `rawKeys` as bytes. Of two members with the same key the last counts.
  /// - Returns: nil when the document is valid JSON but not an object.
  public static func object(parsing bytes: [UInt8], rawKeys: Set<String>) throws -> JSONObjectBytes? {
    var reader = JSONReader(bytes: bytes)
    reader.skipSpace()
    guard reader.i < bytes.count, bytes[reader.i] == UInt8(ascii: "{") else {
      _ = try reader.document()
      return nil
    }
    let object = try reader.rawObject(rawKeys: rawKeys)
    reader.skipSpace()
    guard reader.i == bytes.count else { throw reader.fail("unexpected data after the value") }
    return object
  }
}

extension JSONReader {
  /// An object whose members named in `rawKeys` keep string values as bytes; the same checks
  /// and messages as `parseObject`.
  mutating func rawObject(rawKeys: Set<String>) throws -> JSONObjectBytes {
    var object = JSONObjectBytes(members: [:], strings: [:])
    try readMembers { reader, key in
      reader.skipSpace()
      if rawKeys.contains(key), reader.i < reader.bytes.count, reader.bytes[reader.i] == UInt8(ascii: "\"") {
        object.strings[key] = try reader.parseStringBytes()
        object.members[key] = nil
      } else {
        object.members[key] = try reader.parseValue()
        object.strings[key] = nil
      }
    }
    return object
  }
}
