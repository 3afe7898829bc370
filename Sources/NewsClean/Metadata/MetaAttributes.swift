import CLibXML2

/// The attributes of a `<meta>` element that `PageSignalReader` reads, found in one pass over
/// its attribute list (the first of each name, as `attribute(_:)` finds it).
struct MetaAttributes {
  var content: UnsafePointer<UInt8>?
  var charset: UnsafePointer<UInt8>?
  var property: UnsafePointer<UInt8>?
  var name: UnsafePointer<UInt8>?
  var itemprop: UnsafePointer<UInt8>?
  var httpEquiv: UnsafePointer<UInt8>?

  init(_ node: xmlNodePtr) {
    var attr = node.pointee.properties
    while let a = attr {
      attr = a.pointee.next
      guard let n = a.pointee.name else { continue }
      let value = a.pointee.children?.pointee.content.map { UnsafePointer($0) } ?? emptyValue.utf8Start
      switch n[0] {
      case UInt8(ascii: "c") where content == nil && strcmp(n, "content"): content = value
      case UInt8(ascii: "c") where charset == nil && strcmp(n, "charset"): charset = value
      case UInt8(ascii: "p") where property == nil && strcmp(n, "property"): property = value
      case UInt8(ascii: "n") where name == nil && strcmp(n, "name"): name = value
      case UInt8(ascii: "i") where itemprop == nil && strcmp(n, "itemprop"): itemprop = value
      case UInt8(ascii: "h") where httpEquiv == nil && strcmp(n, "http-equiv"): httpEquiv = value
      default: break
      }
    }
  }
}

private let emptyValue: StaticString = ""
