import CLibXML2

/// Raw reads on libxml2 nodes, without building Strings unless asked.
extension UnsafeMutablePointer where Pointee == xmlNode {
  var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
  var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }
  var firstChild: xmlNodePtr? { pointee.children }
  var nextSibling: xmlNodePtr? { pointee.next }
  var parentNode: xmlNodePtr? { pointee.parent }

  /// The raw value of attribute `name` (lowercase ASCII), or nil.
  func attribute(_ name: StaticString) -> UnsafePointer<UInt8>? {
    assert(ReadAttributeNames.contains(name), "list \(name) in ReadAttributeNames: the pre-pass removes it")
    var attr = pointee.properties
    while let a = attr {
      if let n = a.pointee.name, strcmp(n, name) {
        guard let value = a.pointee.children, let content = value.pointee.content else { return emptyValue.utf8Start }
        return UnsafePointer(content)
      }
      attr = a.pointee.next
    }
    return nil
  }

  /// Attribute value as a String (entities decoded by the parser).
  func attributeString(_ name: StaticString) -> String? {
    attribute(name).map { String(cString: $0) }
  }

  /// Whether the element has attribute `name`, whatever its value.
  func hasAttribute(_ name: StaticString) -> Bool {
    assert(ReadAttributeNames.contains(name), "list \(name) in ReadAttributeNames: the pre-pass removes it")
    var attr = pointee.properties
    while let a = attr {
      if let n = a.pointee.name, strcmp(n, name) { return true }
      attr = a.pointee.next
    }
    return false
  }

  /// All text below the node, as one String.
  var textContent: String {
    guard let content = xmlNodeGetContent(self) else { return "" }
    defer { newsfacts_xml_free(content) }
    return String(cString: content)
  }
}

private let emptyValue: StaticString = ""

/// Byte comparison of a C string with an ASCII literal.
@inline(__always)
func strcmp(_ a: UnsafePointer<UInt8>, _ b: StaticString) -> Bool {
  let bytes = b.utf8Start
  let n = b.utf8CodeUnitCount
  for i in 0..<n where a[i] != bytes[i] { return false }
  return a[n] == 0
}
