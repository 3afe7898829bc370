import CLibXML2

/// How an element's own names (`class`, `id`, `role`, `itemprop`) classify it.
enum NameSignal: Equatable {
  case neutral
  /// Boilerplate (comments, share bars, related links …): drop the element, unread.
  case boilerplate
  /// Furniture that may carry metadata (bylines, datelines, headers): drop the element, but
  /// read it for metadata first.
  case furniture
  /// A name article bodies carry: score it up.
  case articleLike
  /// Names the article body itself.
  case bodyMarker
}

/// Classifies elements by their names, with `BoilerplateWords`.
enum BoilerplateSignals {
  /// The signal of one element from its `itemprop`, `role`, `class` and `id`.
  static func signal(of attributes: inout ElementAttributes, names: NameCategoryCache) -> NameSignal {
    if let prop = attributes.itemprop, strcmp(prop, "articleBody") { return .bodyMarker }
    if let role = attributes.role {
      if strcmp(role, "navigation") || strcmp(role, "banner") || strcmp(role, "contentinfo")
        || strcmp(role, "complementary") || strcmp(role, "dialog") || strcmp(role, "alert")
      { return .furniture }
    }
    let cls = attributes.cls
    let id = attributes.id
    if cls == nil && id == nil { return .neutral }
    // The lists hit by `class` and `id` together are those hit by each.
    let found = names.categories(of: cls).union(names.categories(of: id))
    attributes.isByline = cls != nil && found.contains(.byline)
    attributes.isDateline = found.contains(.dateline)
    return classify(found)
  }

  static func classify(_ found: NameCategories) -> NameSignal {
    if found.contains(.embeddedPost) { return .neutral }
    let always = found.contains(.always)
    if !always && found.contains(.bodyMarker) { return .bodyMarker }
    if always { return .boilerplate }
    let articleLike = found.contains(.article)
    if !articleLike && found.contains(.unlessArticle) { return .furniture }
    return articleLike ? .articleLike : .neutral
  }

  /// Hidden by the `hidden` attribute, `aria-hidden="true"`, or an inline style.
  static func isHidden(_ attributes: ElementAttributes) -> Bool {
    if attributes.hidden { return true }
    if let aria = attributes.ariaHidden, strcmp(aria, "true") { return true }
    guard let style = attributes.style else { return false }
    return StyleText.hides(style)
  }
}

/// Inline `style` values read on bytes.
enum StyleText {
  private static let hiding: [[UInt8]] = [Array("display:none".utf8), Array("visibility:hidden".utf8)]

  /// Whether the style sets `display: none` or `visibility: hidden`.
  static func hides(_ style: UnsafePointer<UInt8>) -> Bool {
    var squashed: [UInt8] = []
    var p = style
    while p.pointee != 0 {
      let b = p.pointee
      if b != 0x20 && b != 0x09 && b != 0x0A { squashed.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
      p += 1
    }
    for needle in hiding where squashed.count >= needle.count {
      for i in 0...(squashed.count - needle.count) where squashed[i] == needle[0] {
        if squashed[i..<(i + needle.count)].elementsEqual(needle) { return true }
      }
    }
    return false
  }
}
