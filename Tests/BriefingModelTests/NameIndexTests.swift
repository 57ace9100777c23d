@testable import BriefingModel
import Testing

/// The word index finds exactly what searching the text for every name finds.
struct NameIndexTests {
    static let names: [(name: String, owner: String)] = [
        ("Sergei Lavrov", "lavrov"), ("Lavrov", "lavrov"), ("U.S.", "us"), ("AT&T", "att"),
        ("Café Nord", "cafe"), ("(ABC)", "abc"), ("the foreign minister", "minister"),
        ("The foreign minister", "minister"), ("Kim", "kim"), ("G7", "g7"),
        ("Rich", "rich"), ("Zürich", "zurich"), ("Zoë", "zoe"), ("Lavrov’s aide", "aide"),
    ]
    static let texts = [
        "Sergei Lavrov’s visit to Pyongyang.", "Lavrovsky is someone else.", "The U.S. said no.",
        "AT&T and ATT.", "At the Cafe\u{301} Nord, Kim met Kimberly.", "Members (ABC) agreed.",
        "The foreign minister spoke; the foreign ministers did not.", "G7 and G77 met.", "", "Kimchi.",
        // Curly quotes, dashes and Latin letters: split on bytes, each scalar a character.
        "“Kim” — and Kim’s aide — met Zürich’s mayor.", "ZüRich and Zürich, Rich·Kim, naïveKim, Kimé.",
        "«Rich»\u{A0}Kim²; G7€ Lavrov’s aide said.", "Kim\u{AD}Rich", "Zoë and Zoe\u{308} met.",
        // Characters of more than one scalar, or scripts outside the byte split: searched by name.
        "Kime\u{301} and Kim\u{200D}Rich, Kim👍🏽 Rich.", "Ким and Kim in Москва; Rich\u{0301}.",
        "Καλημέρα Kim", "Kim\r\nRich",
    ]

    @Test(arguments: texts)
    func findsWhatSearchingForEveryNameFinds(_ text: String) {
        let index = NameIndex(Self.names)
        let owners = Set(Self.names.map(\.owner))
        let expected = Set(Self.names.filter { TextSearch.containsWord($0.name, in: text) }.map(\.owner))
        #expect(index.owners(mentionedIn: text, among: owners) == expected)
    }

    @Test func onlyCandidatesAreReturned() {
        let index = NameIndex(Self.names)
        #expect(index.owners(mentionedIn: "Kim met Lavrov.", among: ["kim"]) == ["kim"])
    }

    @Test func wordsSplitAtLettersAndDigits() {
        #expect(TextSearch.words(in: "Lavrov’s G7-summit, 2023!") == ["Lavrov", "s", "G7", "summit", "2023"])
        #expect(TextSearch.words(in: "Zoë met Kim") == ["Zoë", "met", "Kim"])
    }

    @Test func curlyQuotesAndLatinLettersAreSplitOnBytes() {
        func words(_ text: String) -> [String]? {
            var text = text
            return text.withUTF8 { bytes in
                guard TextSearch.scalarsAreCharacters(bytes) else { return nil }
                var words: [String] = []
                TextSearch.forEachWord(in: bytes) { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0..<$1]), as: UTF8.self)) }
                return words
            }
        }
        #expect(words("“Zürich’s” — Zoë, 2²") == ["Zürich", "s", "Zoë", "2²"])
        #expect(words("Kime\u{301}") == nil)
        #expect(words("Kim\u{200D}Rich") == nil)
        #expect(words("Ким") == nil)
    }
}
