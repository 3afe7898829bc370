/// Tag names that may appear inside an inline `<svg>` drawing whose body the pre-pass removes.
///
/// Any other tag inside a drawing (an HTML element, or an end tag that would close the drawing
/// early in libxml2's recovery) leaves that drawing as it is.
enum DrawingTagNames {
  static let names: Set<[UInt8]> = Set(
    [
      "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "use", "defs",
      "symbol", "title", "desc", "metadata", "lineargradient", "radialgradient", "stop", "clippath",
      "mask", "pattern", "filter", "text", "tspan", "textpath", "image", "marker", "animate",
      "animatetransform", "set", "style", "script", "fegaussianblur", "feoffset", "feblend",
      "fecolormatrix", "fecomposite", "feflood", "femerge", "femergenode", "femorphology",
      "fedropshadow", "feturbulence", "fedisplacementmap", "fetile",
    ].map { Array($0.utf8) })

  /// Elements whose bodies libxml2 reads as raw text up to `</name`.
  static let rawText: [[UInt8]] = [Array("script".utf8), Array("style".utf8)]
}
