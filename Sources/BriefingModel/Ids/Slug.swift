import Foundation

/// Ids are slugs: lowercase ASCII letters, digits and single '-' between them.
public enum Slug {
    public static func isValid(_ id: String) -> Bool { problem(with: id) == nil }

    /// At most this many bytes: a page's file name stays far below the 255 bytes file
    /// systems allow, with room for ".html" and folder names.
    public static let maxLength = 120

    /// Windows refuses these as file names with any extension (`con.html`, `nul.md`),
    /// so a page named after one could not be copied to a Windows disk or share.
    public static let reservedNames: Set<String> = Set(["con", "prn", "aux", "nul"]
        + (0...9).map { "com\($0)" } + (0...9).map { "lpt\($0)" })

    public enum Problem: Sendable, Equatable {
        case notASlug
        case tooLong(bytes: Int)
        case reservedName

        /// What is wrong, and the rule to follow: "<id> \(reason); \(rule)".
        public var explanation: (reason: String, rule: String) {
            switch self {
            case .notASlug:
                return ("is not a slug", "ids use lowercase a-z, 0-9 and single '-'")
            case .tooLong(let bytes):
                return ("is \(bytes) bytes long", "ids use at most \(Slug.maxLength) bytes of lowercase a-z, 0-9 and single '-'")
            case .reservedName:
                return ("is a device name that Windows reserves (CON, PRN, AUX, NUL, COM0-9, LPT0-9), so no file can be named after it there", "use another id")
            }
        }
    }

    /// Why `id` cannot be an id (and so a file name), or nil when it can.
    public static func problem(with id: String) -> Problem? {
        guard !id.isEmpty else { return .notASlug }
        var previousWasDash = true  // forbids a leading dash
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasDash = false
            case UInt8(ascii: "-"):
                if previousWasDash { return .notASlug }
                previousWasDash = true
            default:
                return .notASlug
            }
        }
        if previousWasDash { return .notASlug }
        if id.utf8.count > maxLength { return .tooLong(bytes: id.utf8.count) }
        if reservedNames.contains(id) { return .reservedName }
        return nil
    }

    /// Text transliterated to Latin and folded. ASCII text is Latin already, without
    /// diacritics or wide forms, and `make` lowercases it itself: the ICU transform was the
    /// whole cost of a build's heading ids.
    static func latinFolded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        return latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// A slug made from any text: transliterated to Latin, diacritics stripped,
    /// everything else folded to '-'. Never empty: `fallback` when nothing is left.
    public static func make(from text: String, fallback: String = "item") -> String {
        let folded = latinFolded(text)
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            let isAlnum = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
            let isUpper = value >= 0x41 && value <= 0x5A
            if isAlnum || isUpper {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(isUpper ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if scalar == "'" || scalar == "’" {
                continue  // "Xi's" → "xis", not "xi-s"
            } else {
                pendingDash = true
            }
            if slug.utf8.count >= 80 { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if reservedNames.contains(slug) { slug += "-1" }
        return slug.isEmpty ? fallback : slug
    }
}
