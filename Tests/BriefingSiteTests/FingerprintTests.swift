@testable import BriefingSite
import Foundation
import Testing

/// Page fingerprints decide which pages an incremental build renders again: two different
/// inputs must never share one, and the same input must always give the same one.
@Suite struct FingerprintTests {
    struct Item: Encodable, Equatable {
        var name: String
        var note: String?
        var tags: [[String]]
    }

    @Test func sameValueSameFingerprint() {
        let item = Item(name: "Lavrov", note: nil, tags: [["a"], ["b", "c"]])
        #expect(FingerprintEncoder.fingerprint(of: item) == FingerprintEncoder.fingerprint(of: item))
    }

    @Test func nestingIsPartOfTheFingerprint() {
        // Containers are never closed in Swift's Encoder: depth tells [[a], b] from [[a, b]].
        let split = FingerprintEncoder.fingerprint(of: Item(name: "x", note: nil, tags: [["a"], ["b"]]))
        let joined = FingerprintEncoder.fingerprint(of: Item(name: "x", note: nil, tags: [["a", "b"]]))
        #expect(split != joined)
    }

    @Test func stringBoundariesArePartOfTheFingerprint() {
        let one = FingerprintEncoder.fingerprint(of: Item(name: "ab", note: "c", tags: []))
        let two = FingerprintEncoder.fingerprint(of: Item(name: "a", note: "bc", tags: []))
        let none = FingerprintEncoder.fingerprint(of: Item(name: "abc", note: nil, tags: []))
        #expect(one != two)
        #expect(one != none)
        #expect(two != none)
    }

    @Test func numbersAndTextDiffer() {
        struct Value: Encodable { var number: Int?; var text: String? }
        #expect(FingerprintEncoder.fingerprint(of: Value(number: 1, text: nil)) != FingerprintEncoder.fingerprint(of: Value(number: nil, text: "1")))
    }

    /// A citation enters a page's fingerprint as one hash of its label, url and title, so
    /// each of them still changes it, and a boundary moved between two of them too.
    @Test func eachOfACitationsFieldsChangesItsFingerprint() {
        let base = CitationView(label: "¶3", url: "../articles/a.html#p3", title: "Source: paragraph 3 of “A”")
        let variants = [
            base,
            CitationView(label: "¶4", url: base.url, title: base.title),
            CitationView(label: base.label, url: "../articles/b.html#p3", title: base.title),
            CitationView(label: base.label, url: base.url, title: "Source: paragraph 3 of “B”"),
            CitationView(label: "¶3../", url: "articles/a.html#p3", title: base.title),
        ]
        let prints = variants.map { FingerprintEncoder.fingerprint(of: [$0]) }
        #expect(Set(prints).count == prints.count)
        #expect(FingerprintEncoder.fingerprint(of: [base]) == FingerprintEncoder.fingerprint(of: [CitationView(label: "¶3", url: "../articles/a.html#p3", title: "Source: paragraph 3 of “A”")]))
    }

    /// Strings longer than the sink's buffer are hashed in place: every byte still counts.
    @Test func longStringsCountToTheLastByte() {
        let long = String(repeating: "Lavrov said. ", count: 1_000)
        let one = FingerprintEncoder.fingerprint(of: Item(name: long, note: "n", tags: [["a"]]))
        #expect(one == FingerprintEncoder.fingerprint(of: Item(name: long, note: "n", tags: [["a"]])))
        #expect(one != FingerprintEncoder.fingerprint(of: Item(name: long + ".", note: "n", tags: [["a"]])))
        #expect(one != FingerprintEncoder.fingerprint(of: Item(name: long, note: "m", tags: [["a"]])))
    }

    /// The cache stores a fingerprint as sixteen hex digits; an entry of the older two-lane
    /// FNV form does not decode, so an old cache is ignored rather than misread.
    @Test func cacheFormIsHexAndOldFormIsRejected() throws {
        let print = FingerprintEncoder.fingerprint(of: Item(name: "x", note: nil, tags: []))
        let data = try JSONEncoder().encode([print])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(print.description)\"]")
        #expect(try JSONDecoder().decode([Fingerprint].self, from: data) == [print])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Fingerprint].self, from: Data(#"[{"high":1,"low":2}]"#.utf8))
        }
        #expect(Fingerprint("dot source") == Fingerprint("dot source"))
        #expect(Fingerprint("dot source") != Fingerprint("dot sourcf"))
    }

    /// Text, flags and hashes are written by the containers' own overloads, lists and views
    /// without the casts of the generic path: both paths must give the same bytes, so that
    /// the fingerprints kept in a site's build cache stay valid.
    @Test func typedOverloadsWriteWhatTheGenericPathWrites() {
        enum Key: CodingKey { case value }
        struct Typed: Encodable {
            var text: String, flag: Bool, note: String?, print: UInt64
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(text, forKey: .value)
                try c.encode(flag, forKey: .value)
                try c.encodeIfPresent(note, forKey: .value)
                var list = c.nestedUnkeyedContainer(forKey: .value)
                try list.encode(text)
                var single = c.superEncoder(forKey: .value).singleValueContainer()
                try single.encode(print)
            }
        }
        struct Generic: Encodable {
            var text: String, flag: Bool, note: String?, print: UInt64
            func encode(to encoder: Encoder) throws {
                func keyed<T: Encodable>(_ value: T, _ c: inout KeyedEncodingContainer<Key>) throws { try c.encode(value, forKey: .value) }
                func element<T: Encodable>(_ value: T, _ c: inout UnkeyedEncodingContainer) throws { try c.encode(value) }
                func single<T: Encodable>(_ value: T, _ c: inout SingleValueEncodingContainer) throws { try c.encode(value) }
                var c = encoder.container(keyedBy: Key.self)
                try keyed(text, &c)
                try keyed(flag, &c)
                if let note { try keyed(note, &c) }
                var list = c.nestedUnkeyedContainer(forKey: .value)
                try element(text, &list)
                var value = c.superEncoder(forKey: .value).singleValueContainer()
                try single(print, &value)
            }
        }
        for (text, flag, note, print) in [("Lavrov", true, "n" as String?, UInt64(7)), ("", false, nil, UInt64.max)] {
            #expect(FingerprintEncoder.fingerprint(of: Typed(text: text, flag: flag, note: note, print: print))
                    == FingerprintEncoder.fingerprint(of: Generic(text: text, flag: flag, note: note, print: print)))
        }
    }
}
