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
        var result = Result()
        let bytes = Array(html.utf8)
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
            var tag = Tag(name: collectingTags ? String(decoding: bytes[tagStart..<index], as: UTF8.self).lowercased() : "", attributes: [])
            // Attributes until '>'.
            while index < count, bytes[index] != UInt8(ascii: ">") {
                while index < count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                guard index < count, bytes[index] != UInt8(ascii: ">") else { break }
                let nameStart = index
                while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") { index += 1 }
                let nameBytes = bytes[nameStart..<index]
                // Only tests ask for every name; the link check needs three, compared as bytes.
                let name = collectingTags ? String(decoding: nameBytes, as: UTF8.self).lowercased() : ""
                guard index < count, bytes[index] == UInt8(ascii: "=") else {
                    if nameStart == index { index += 1 } else if collectingTags { tag.attributes.append((name, "")) }
                    continue
                }
                index += 1
                var value: String
                if index < count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    let start = index
                    while index < count, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[start..<min(index, count)], as: UTF8.self)
                    index += 1
                } else {
                    let start = index
                    while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                value = decodeEntities(value)
                if collectingTags { tag.attributes.append((name, value)) }
                if equalsIgnoringCase(nameBytes, "href") || equalsIgnoringCase(nameBytes, "src") {
                    result.links.append(table?.shared(value) ?? value)
                } else if equalsIgnoringCase(nameBytes, "id") {
                    result.ids.append(value)
                }
            }
            if collectingTags { result.tags.append(tag) }
            index += 1
        }
        return result
    }

    static func equalsIgnoringCase(_ bytes: ArraySlice<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { pair in
                let byte = pair.0 >= UInt8(ascii: "A") && pair.0 <= UInt8(ascii: "Z") ? pair.0 | 0x20 : pair.0
                return byte == pair.1
            }
        }
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
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        var output: [UInt8] = []
        output.reserveCapacity(value.utf8.count)
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (decoded, length) = entity(at: index, in: bytes) {
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

    private static func entity(at index: Int, in bytes: [UInt8]) -> (UInt8, Int)? {
        for entity in entities where index + entity.name.count <= bytes.count
            && bytes[index..<index + entity.name.count].elementsEqual(entity.name) {
            return (entity.byte, entity.name.count)
        }
        return nil
    }
}

import Foundation
