import NewsCore

/// UTF-8 validity without building a String (`UTF8Validity`, shared with the stream reader).
enum UTF8Check {
  static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { UTF8Validity.isValid($0) }
  }

  static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool { UTF8Validity.isValid(buffer) }
}
