/// A JSON value made of what schema.org data needs: strings, arrays and objects.
/// Written straight to text: `JSONSerialization` (boxing every value in Foundation
/// objects) was most of a page's plan time.
indirect enum JSONValue: Sendable, ExpressibleByStringLiteral {
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    init(stringLiteral value: String) { self = .string(value) }
}

/// Members in any order; written with sorted keys, so the bytes are deterministic.
struct JSONObject: Sendable, ExpressibleByDictionaryLiteral {
    var members: [(key: String, value: JSONValue)] = []

    init(dictionaryLiteral elements: (String, JSONValue)...) {
        members = elements.map { (key: $0.0, value: $0.1) }
    }

    subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            members.removeAll { $0.key == key }
            if let newValue { members.append((key, newValue)) }
        }
    }
}

/// Compact JSON as `JSONSerialization` writes it with `.sortedKeys` and
/// `.withoutEscapingSlashes`, and
/// safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 are `\u` escapes.
enum JSONText {
    static func script(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        write(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func write(_ value: JSONValue, to output: inout [UInt8]) {
        switch value {
        case .string(let text):
            writeString(text, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.sorted(by: { keyOrder($0.key, $1.key) }).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                write(member.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Foundation's sorted keys compare as a locale would: case-insensitively, lowercase
    /// first on a tie. Written for the keys schema.org uses (ASCII letters, an `@` prefix).
    static func keyOrder(_ a: String, _ b: String) -> Bool {
        if a.utf8.lexicographicallyPrecedes(b.utf8, by: { lower($0) < lower($1) }) { return true }
        if b.utf8.lexicographicallyPrecedes(a.utf8, by: { lower($0) < lower($1) }) { return false }
        return b.utf8.lexicographicallyPrecedes(a.utf8)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                writeEscape(UInt16(byte), to: &output)
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) end a line in older JavaScript.
                var next = index
                if next != bytes.endIndex, bytes[next] == 0x80 {
                    bytes.formIndex(after: &next)
                    if next != bytes.endIndex, bytes[next] == 0xA8 || bytes[next] == 0xA9 {
                        writeEscape(bytes[next] == 0xA8 ? 0x2028 : 0x2029, to: &output)
                        bytes.formIndex(after: &next)
                        index = next
                        continue
                    }
                }
                output.append(byte)
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func writeEscape(_ code: UInt16, to output: inout [UInt8]) {
        output += [UInt8(ascii: "\\"), UInt8(ascii: "u"),
                   hexDigits[Int(code >> 12 & 0xF)], hexDigits[Int(code >> 8 & 0xF)],
                   hexDigits[Int(code >> 4 & 0xF)], hexDigits[Int(code & 0xF)]]
    }
}
