/// Reads the `href`, `src` and `id` attributes of finished HTML, to check links before a
/// site is published. It only reads; pages are never edited by pattern.
struct HTMLScanner {
    struct Tag: Sendable {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    struct Result: Sendable {
        var links: [String] = []
        var ids: [String] = []
        /// Every start tag, when asked for (the tests check what content can reach a page).
        var tags: [Tag] = []
    }

    /// Links are taken from `table` when given: a build holds every page's links at once.
    static func scan(_ html: String, collectingTags: Bool = false, sharing table: LinkTable? = nil) -> Result {
        var html = html
        // The page's own bytes, read in place: no copy of the page, no bounds check per byte.
        return html.withUTF8 { scan(bytes: $0, collectingTags: collectingTags, sharing: table) }
    }

    private static func scan(bytes: UnsafeBufferPointer<UInt8>, collectingTags: Bool, sharing table: LinkTable?) -> Result {
        var result = Result()
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            // Skip comments whole; they hold no attributes.
            if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                index += 4
                while index + 2 < count, !(bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-") && bytes[index + 2] == UInt8(ascii: ">")) { index += 1 }
                index += 3
                continue
            }
            index += 1
            guard index < count, isLetter(bytes[index]) else { continue }
            let tagStart = index
            while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            var tag = Tag(name: collectingTags ? text(bytes, tagStart..<index).lowercased() : "", attributes: [])
            // Attributes until '>'.
            while index < count, bytes[index] != UInt8(ascii: ">") {
                while index < count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                guard index < count, bytes[index] != UInt8(ascii: ">") else { break }
                let nameStart = index
                while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") { index += 1 }
                let nameRange = nameStart..<index
                // Only tests ask for every name; the link check needs three, compared as bytes.
                let name = collectingTags ? text(bytes, nameRange).lowercased() : ""
                guard index < count, bytes[index] == UInt8(ascii: "=") else {
                    if nameStart == index { index += 1 } else if collectingTags { tag.attributes.append((name, "")) }
                    continue
                }
                index += 1
                let valueRange: Range<Int>
                if index < count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    let start = index
                    while index < count, bytes[index] != quote { index += 1 }
                    valueRange = start..<min(index, count)
                    index += 1
                } else {
                    let start = index
                    while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    valueRange = start..<index
                }
                // Values of other attributes (class, title, aria-…) are not even made.
                let kind = attributeKind(bytes, nameRange)
                guard collectingTags || kind != .other else { continue }
                let value = decodeEntities(bytes, valueRange)
                if collectingTags { tag.attributes.append((name, value)) }
                switch kind {
                case .link: result.links.append(table?.shared(value) ?? value)
                case .id: result.ids.append(value)
                case .other: break
                }
            }
            if collectingTags { result.tags.append(tag) }
            index += 1
        }
        return result
    }

    private enum AttributeKind { case link, id, other }

    /// `href` or `src` (a link), `id`, or any other name, in any case.
    private static func attributeKind(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> AttributeKind {
        // Letters only are compared, so setting the case bit maps 'A'–'Z' to 'a'–'z' and
        // no other byte to a letter of these names that it is not already.
        func lower(_ offset: Int) -> UInt8 {
            let byte = bytes[range.lowerBound + offset]
            return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        }
        switch range.count {
        case 2 where lower(0) == UInt8(ascii: "i") && lower(1) == UInt8(ascii: "d"): return .id
        case 3 where lower(0) == UInt8(ascii: "s") && lower(1) == UInt8(ascii: "r") && lower(2) == UInt8(ascii: "c"): return .link
        case 4 where lower(0) == UInt8(ascii: "h") && lower(1) == UInt8(ascii: "r") && lower(2) == UInt8(ascii: "e") && lower(3) == UInt8(ascii: "f"): return .link
        default: return .other
        }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The few entities cmark and the layout write inside attributes, in one pass over the
    /// bytes (five `replacingOccurrences` per attribute were most of the scan's time).
    static func decodeEntities(_ value: String) -> String {
        var value = value
        return value.withUTF8 { decodeEntities($0, 0..<$0.count) }
    }

    private static func decodeEntities(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard let firstAmpersand = range.first(where: { bytes[$0] == UInt8(ascii: "&") }) else { return text(bytes, range) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        output.append(contentsOf: bytes[range.lowerBound..<firstAmpersand])
        var index = firstAmpersand
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&"), let (decoded, length) = entity(at: index, in: bytes, end: range.upperBound) {
                output.append(decoded)
                index += length
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let entities: [(name: [UInt8], byte: UInt8)] = [
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")), (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]

    private static func entity(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (UInt8, Int)? {
        for entity in entities where index + entity.name.count <= end
            && bytes[index..<index + entity.name.count].elementsEqual(entity.name) {
            return (entity.byte, entity.name.count)
        }
        return nil
    }
}
