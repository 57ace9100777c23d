/// A file name's stem and extension, found by byte. `NSString`'s path methods were 4% of
/// a rebuild after one edit at 10,000 articles, called several times for every file.
/// Only for plain names from a folder listing (no `/`), which is all the site reads.
enum FileName {
    /// "fed-rate.md" → "fed-rate", "a." → "a"; a name without a dot, or whose only dot starts
    /// it (".md", a hidden file), is its own stem, as with `NSString.deletingPathExtension`.
    static func stem(_ name: String) -> String {
        guard let dot = extensionDot(name) else { return name }
        return String(name.utf8[..<dot]) ?? name
    }

    /// "fed-rate.MD" → "MD"; "" when there is none.
    static func pathExtension(_ name: String) -> String {
        guard let dot = extensionDot(name) else { return "" }
        return String(name.utf8[name.utf8.index(after: dot)...]) ?? ""
    }

    private static func extensionDot(_ name: String) -> String.Index? {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return nil }
        return dot
    }
}
