@testable import BriefingSite
import BriefingModel
import Foundation
import Testing

/// The data export is written by `JSONStream`, not `JSONEncoder`; its bytes must stay
/// those `JSONEncoder` wrote (sorted keys, pretty, unescaped slashes), and the build cache
/// must read back whole.
@Suite struct JSONStreamTests {
    struct Inner: Encodable { var text: String; var number: Int?; var flag: Bool; var list: [String] }
    struct Outer: Encodable { var alpha: [Inner]; var beta: String?; var empty: [Inner]; var zeta: Inner }

    static let awkward = JSONTextTests.awkward + ["\u{2028}", "</b> & <a href='x'>", "tab\there\r\nline"]

    static func sample() -> Outer {
        let inners = awkward.enumerated().map { Inner(text: $1, number: $0 == 1 ? nil : $0 - 3, flag: $0 % 2 == 0, list: $0 == 0 ? [] : [$1, "a/b"]) }
        return Outer(alpha: inners, beta: "b", empty: [], zeta: Inner(text: "z", number: 7, flag: true, list: ["only"]))
    }

    /// The same value, written member by member in sorted key order.
    static func write(_ outer: Outer, to stream: inout JSONStream) {
        func inner(_ value: Inner, _ stream: inout JSONStream) {
            stream.object { stream in
                stream.member("flag", value.flag)
                stream.member("list", value.list)
                stream.member("number", value.number)
                stream.member("text", value.text)
            }
        }
        stream.object { stream in
            stream.key("alpha")
            stream.array(outer.alpha) { stream, value in inner(value, &stream) }
            stream.member("beta", outer.beta)
            stream.key("empty")
            stream.array(outer.empty) { stream, value in inner(value, &stream) }
            stream.key("zeta")
            inner(outer.zeta, &stream)
        }
    }

    static func streamed(pretty: Bool, flushSize: Int) throws -> Data {
        var bytes: [UInt8] = []
        var stream = JSONStream(pretty: pretty, flushSize: flushSize) { bytes += $0 }
        write(sample(), to: &stream)
        try stream.finish()
        return Data(bytes)
    }

    @Test(arguments: [true, false]) func matchesJSONEncoder(pretty: Bool) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(Self.sample())
        for flushSize in [1, 64, 1 << 16] {
            let actual = try Self.streamed(pretty: pretty, flushSize: flushSize)
            #expect(actual == expected, "\(firstDifference(String(decoding: expected, as: UTF8.self), String(decoding: actual, as: UTF8.self)) ?? "")")
        }
    }

    @Test func aFailingSinkIsReportedOnce() {
        struct Full: Error {}
        var calls = 0
        var stream = JSONStream(pretty: true, flushSize: 8) { _ in
            calls += 1
            throw Full()
        }
        Self.write(Self.sample(), to: &stream)
        #expect(throws: Full.self) { try stream.finish() }
        #expect(calls == 1)
    }

    /// Any JSON value, read and written by Foundation.
    indirect enum Value: Codable {
        case bool(Bool), int(Int), string(String), array([Value]), object([String: Value])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .int(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([Value].self) { self = .array(value) }
            else { self = .object(try container.decode([String: Value].self)) }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .bool(let value): try container.encode(value)
            case .int(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }
    }

    /// The export of a fixture site, read by `JSONDecoder` and written again by `JSONEncoder`,
    /// is the same bytes: keys sorted, layout and escapes as Foundation writes them.
    @Test func dataExportIsFoundationsJSON() throws {
        let briefing = try #require(SiteLoader.load(site: Fixtures.site("two-articles")).briefing)
        var bytes: [UInt8] = []
        var stream = JSONStream(pretty: true) { bytes += $0 }
        DataExport.writeModel(briefing, to: &stream)
        try stream.finish()
        let value = try JSONDecoder().decode(Value.self, from: Data(bytes))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let again = String(decoding: try encoder.encode(value), as: UTF8.self), written = String(decoding: bytes, as: UTF8.self)
        #expect(again == written, "\(firstDifference(again, written) ?? "")")
        guard case .object(let model) = value, case .array(let actors) = model["actors"] else { Issue.record("no actors"); return }
        #expect(actors.count == briefing.actors.count)
    }

    @Test func buildCacheReadsBack() throws {
        let site = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let file = output.appendingPathComponent("a.html")
        try Data("<p>".utf8).write(to: file)
        let stamp = try #require(BuildCache.FileStamp(file))
        var cache = BuildCache(output: output.standardizedFileURL.path)
        cache.pages["actors/a \"b\".html"] = .init(fingerprint: Fingerprint(value: 0xfedc_ba98_7654_3210), html: stamp, markdown: stamp,
                                                  links: ["../x.html#p1", "\u{2028}/\\"], ids: [])
        cache.graphs["graphs/a.svg"] = .init(fingerprint: Fingerprint(value: 1), svg: stamp)
        cache.save(site: site)
        let loaded = try #require(BuildCache.load(site: site, output: output))
        let entry = try #require(loaded.pages["actors/a \"b\".html"])
        #expect(entry.fingerprint.value == 0xfedc_ba98_7654_3210)
        #expect(entry.html == stamp && entry.markdown == stamp)
        #expect(entry.links == ["../x.html#p1", "\u{2028}/\\"] && entry.ids.isEmpty)
        #expect(loaded.graphs["graphs/a.svg"]?.svg == stamp)
    }
}
