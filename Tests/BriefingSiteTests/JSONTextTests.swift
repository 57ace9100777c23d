@testable import BriefingSite
import Foundation
import Testing

/// JSON-LD is written by `JSONText`, not `JSONSerialization`; pages must keep their bytes.
/// Foundation (sorted keys, unescaped slashes) followed by the script-safe escaping is the
/// reference the writer is compared against.
@Suite struct JSONTextTests {
    static func reference(_ value: JSONValue) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: foundation(value), options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        return StructuredData.safeForScript(String(decoding: data, as: UTF8.self))
    }

    static func foundation(_ value: JSONValue) -> Any {
        switch value {
        case .string(let text): text
        case .array(let elements): elements.map(foundation)
        case .object(let object): Dictionary(object.members.map { ($0.key, foundation($0.value)) }, uniquingKeysWith: { _, last in last })
        }
    }

    /// Every ASCII byte, the two JavaScript line terminators and their neighbours,
    /// combining marks, an emoji, a lone "E2" lead byte's look-alikes.
    static let awkward: [String] = [
        String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self),
        "\u{2027}\u{2028}\u{2029}\u{202A}", "</script><!--", "a/b\\c\"d", "e\u{301}", "👍🏽 Ω ‰ “quoted” — ’",
        "\u{7F}\u{80}\u{9F}\u{A0}\u{FEFF}", "",
    ]

    @Test func stringsMatchFoundation() throws {
        for text in Self.awkward {
            #expect(JSONText.script(.string(text)) == (try Self.reference(.string(text))), "\(text.debugDescription)")
        }
    }

    @Test func keysSortLikeFoundation() throws {
        // schema.org's own keys and a few that only differ in case or by a suffix.
        let keys = ["@type", "@context", "url", "name", "inLanguage", "isBasedOn", "datePublished", "description", "about",
                    "mentions", "jobTitle", "alternateName", "sameAs", "parentOrganization", "affiliation", "startDate",
                    "endDate", "location", "attendee", "mainEntity", "containedInPlace", "headline", "author", "publisher",
                    "text", "appearance", "Name", "nameX", "b", "B", "Zeta", "alpha"]
        var object = JSONObject()
        for (index, key) in keys.enumerated() { object[key] = .string("v\(index)") }
        let ours = JSONText.script(.object(object)), theirs = try Self.reference(.object(object))
        #expect(ours == theirs, "\(ours)\n\(theirs)")
    }

    @Test func nestedValuesMatchFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let value = Self.randomValue(depth: 0, using: &generator)
            #expect(JSONText.script(value) == (try Self.reference(value)))
        }
    }

    static func randomValue(depth: Int, using generator: inout SystemRandomNumberGenerator) -> JSONValue {
        let pick = depth > 2 ? 0 : Int.random(in: 0..<3, using: &generator)
        switch pick {
        case 0:
            let pieces = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in awkward.randomElement(using: &generator) ?? "" }
            return .string(pieces.joined())
        case 1:
            return .array((0..<Int.random(in: 0..<4, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            var object = JSONObject()
            for key in ["@type", "name", "url", "Url", "about", "zz"].shuffled(using: &generator).prefix(Int.random(in: 0..<6, using: &generator)) {
                object[key] = randomValue(depth: depth + 1, using: &generator)
            }
            return .object(object)
        }
    }

    @Test func assigningAKeyAgainReplacesIt() {
        var object: JSONObject = ["name": "a"]
        object["name"] = "b"
        object["url"] = "c"
        object["url"] = nil
        #expect(JSONText.script(.object(object)) == #"{"name":"b"}"#)
    }
}
