import CLibXML2

/// A subtree taken out of the document, and where it was: its parent and the sibling before it.
struct UnlinkedNode {
  let node: xmlNodePtr
  let parent: xmlNodePtr?
  let previous: xmlNodePtr?

  /// Puts the subtree back at its place. Valid while the siblings around it are as they were
  /// when it was unlinked (undo unlinks in reverse order). Only elements are unlinked, so
  /// libxml2 merges no text nodes here.
  func relink() {
    if let previous {
      xmlAddNextSibling(previous, node)
    } else if let first = parent?.pointee.children {
      xmlAddPrevSibling(first, node)
    } else if let parent {
      xmlAddChild(parent, node)
    }
  }
}
