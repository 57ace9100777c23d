@testable import BriefingModel
import Testing

/// The word index finds exactly what searching the text for every name finds.
struct NameIndexTests {
    static let names: [(name: String, owner: String)] = [
        ("Sergei Lavrov", "lavrov"), ("Lavrov", "lavrov"), ("U.S.", "us"), ("AT&T", "att"),
        ("Café Nord", "cafe"), ("(ABC)", "abc"), ("the foreign minister", "minister"),
        ("The foreign minister", "minister"), ("Kim", "kim"), ("G7", "g7"),
    ]
    static let texts = [
        "Sergei Lavrov’s visit to Pyongyang.", "Lavrovsky is someone else.", "The U.S. said no.",
        "AT&T and ATT.", "At the Cafe\u{301} Nord, Kim met Kimberly.", "Members (ABC) agreed.",
        "The foreign minister spoke; the foreign ministers did not.", "G7 and G77 met.", "", "Kimchi.",
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
}
