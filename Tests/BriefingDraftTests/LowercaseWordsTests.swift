@testable import BriefingDraft
import Testing

/// `LowercaseWords.split` splits on bytes where it can; its words must be exactly those of the
/// character walk the dispute rules used before (`lowercased()`, then split at every character
/// that is no letter, no kept mark and, when asked, no digit), on any text.
struct LowercaseWordsTests {
    static let texts = [
        "The ministry said the tariffs would be removed from June 1.",
        "“Our crew reported the fault at 0400,” the company’s spokesman said — “nobody was hurt.”",
        "its profit had risen 8% in 2023, to 1,200 million; a cover-up, it's not",
        "Dalmora\u{00A0}said…\r\nno such visit had been arranged",
        "the café’s owner, José Müller, denied it",  // Latin-1 letters: the character walk
        "e\u{0301}tude — a combining accent joins its letter",
        "İstanbul officials said ½ the ships had left",
        "flags 🇺🇦 and 👍🏽 said nothing",
        "",
        "   ",
        "UPPER-case and 'quoted' words ''doubled'' -dash- ’curly’",
    ]

    static func reference(_ text: String, digits: Bool, keeping: String) -> [String] {
        let kept = Set(keeping)
        return text.lowercased().split { !$0.isLetter && !(digits && $0.isNumber) && !kept.contains($0) }.map(String.init)
    }

    @Test(arguments: texts)
    func sameWordsAsTheCharacterWalk(_ text: String) {
        for (digits, keeping) in [(false, ""), (false, "-"), (false, "'"), (false, "-'"), (true, "%")] {
            #expect(LowercaseWords.split(text, digits: digits, keeping: keeping) == Self.reference(text, digits: digits, keeping: keeping))
        }
    }

    @Test func readsWordsInLowerCase() {
        #expect(LowercaseWords.split("Keller said “the dam was SAFE.”") == ["keller", "said", "the", "dam", "was", "safe"])
        #expect(LowercaseWords.split("a cover-up’s end", keeping: "-") == ["a", "cover-up", "s", "end"])
        #expect(LowercaseWords.split("rose 8% in 2023", digits: true, keeping: "%") == ["rose", "8%", "in", "2023"])
    }
}
