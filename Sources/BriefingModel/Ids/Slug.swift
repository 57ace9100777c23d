import Foundation

/// Ids are slugs: lowercase ASCII letters, digits and single '-' between them.
public enum Slug {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 120 else { return false }
        var previousWasDash = true  // forbids a leading dash
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasDash = false
            case UInt8(ascii: "-"):
                if previousWasDash { return false }
                previousWasDash = true
            default:
                return false
            }
        }
        return !previousWasDash
    }

    /// A slug made from any text: transliterated to Latin, diacritics stripped,
    /// everything else folded to '-'. Never empty: `fallback` when nothing is left.
    public static func make(from text: String, fallback: String = "item") -> String {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        let folded = latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
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
        return slug.isEmpty ? fallback : slug
    }
}
