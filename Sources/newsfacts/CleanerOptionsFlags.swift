import NewsClean

/// The cleaner limits the CLI exposes.
struct CleanerOptionsFlags {
  var maxBytes: Int

  var options: CleanerOptions {
    var o = CleanerOptions()
    o.maxBytes = maxBytes
    return o
  }
}
