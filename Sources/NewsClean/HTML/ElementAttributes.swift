import CLibXML2

/// The attributes the cleaner reads, found in one pass over an element's attribute list
/// (raw pointers into the tree, valid while the document lives).
struct ElementAttributes {
  var cls: UnsafePointer<UInt8>?
  var id: UnsafePointer<UInt8>?
  var style: UnsafePointer<UInt8>?
  var role: UnsafePointer<UInt8>?
  var itemprop: UnsafePointer<UInt8>?
  var rel: UnsafePointer<UInt8>?
  var ariaHidden: UnsafePointer<UInt8>?
  var hidden = false
  /// Set once the names are classified (see `BoilerplateSignals`).
  var isByline: Bool?
  var isDateline: Bool?

  init(_ node: xmlNodePtr) {
    var attr = node.pointee.properties
    while let a = attr {
      attr = a.pointee.next
      guard let name = a.pointee.name else { continue }
      let value = a.pointee.children?.pointee.content.map { UnsafePointer($0) } ?? emptyValue.utf8Start
      switch name[0] {
      case UInt8(ascii: "c") where strcmp(name, "class"): cls = value
      case UInt8(ascii: "i") where strcmp(name, "id"): id = value
      case UInt8(ascii: "i") where strcmp(name, "itemprop"): itemprop = value
      case UInt8(ascii: "s") where strcmp(name, "style"): style = value
      case UInt8(ascii: "r") where strcmp(name, "role"): role = value
      case UInt8(ascii: "r") where strcmp(name, "rel"): rel = value
      case UInt8(ascii: "h") where strcmp(name, "hidden"): hidden = true
      case UInt8(ascii: "a") where strcmp(name, "aria-hidden"): ariaHidden = value
      default: break
      }
    }
  }
}

private let emptyValue: StaticString = ""
