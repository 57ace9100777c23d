import BriefingModel
@testable import BriefingDraft
import Testing

/// "…, said its field coordinator, Ana Duarte.": a reported statement without quote marks whose
/// speaker is named after the verb that ends it. The speaker takes a side only when it speaks for
/// a camp (an owner's officer, or a person whose organisation was named just before); a bystander
/// so named ("…, said Lena Varg, a shipping agent.") takes none. Every paragraph is invented.
@Suite struct TrailingSpeakerTests {
    static let actors = [
        organization("Marovia", kind: .country),
        organization("Marovian Health Ministry", "Health Ministry"),
        organization("Relief Corps"),
        DraftActor(name: "Ana Duarte", kind: .person, role: "field coordinator", affiliation: "Relief Corps", aliases: ["Duarte"]),
        organization("Kelsport Dock Company"),
        organization("Dockers' Union", "union"),
        DraftActor(name: "Mirek Halas", kind: .person, role: "general secretary", affiliation: "Dockers' Union", aliases: ["Halas"]),
        organization("Northern Rail"),
        organization("Rail Workers Union"),
        DraftActor(name: "Ilse Brandt", kind: .person, role: "spokeswoman", affiliation: "Rail Workers Union", aliases: ["Brandt"]),
        organization("Brightline Capital"),
        DraftActor(name: "Jan Oort", kind: .person, role: "analyst", affiliation: "Brightline Capital", aliases: ["Oort"]),
        DraftActor(name: "Tove Aune", kind: .person, role: "economist", affiliation: "Marovia", aliases: ["Aune"]),
    ]

    static func sides(_ raw: String) -> [[String]] {
        MentionFixture(raw, actors).disputeSides
    }

    /// The dispute that holds `speaker`'s side also holds a side of `other`.
    static func joined(_ speaker: String, with other: String, in drafted: [[String]]) -> Bool {
        drafted.contains { dispute in dispute.contains { $0.hasSuffix(" " + speaker) } && dispute.contains { $0.hasSuffix(" " + other) } }
    }

    static func hasSide(_ speaker: String, in drafted: [[String]]) -> Bool {
        drafted.contains { $0.contains { $0.hasSuffix(" " + speaker) } }
    }

    @Test func anOwnersOfficerNamedAfterTheVerbTakesASide() {
        let drafted = Self.sides("""
            The Marovian Health Ministry said on Monday that the cholera outbreak in the eastern camps was under control and that 41 people had died.

            Relief Corps, which runs two treatment centres in the region, said the official figures understated the outbreak. Its teams alone had treated more than 900 patients since July, and many deaths in outlying villages were never reported, said its field coordinator in the east, Ana Duarte.
            """)
        #expect(Self.joined("Ana Duarte", with: "Marovian Health Ministry", in: drafted), "\(drafted)")
    }

    @Test func anOfficerOfANamedOwnerTakesASide() {
        let drafted = Self.sides("""
            The Kelsport Dock Company said the strike had collapsed and that most crews were back at work on Tuesday.

            The Dockers' Union denied that. Only a third of the crews had returned, and the container berths stood idle, said the union's general secretary, Mirek Halas.
            """)
        #expect(Self.joined("Mirek Halas", with: "Kelsport Dock Company", in: drafted), "\(drafted)")
    }

    @Test func anAuthorOfAReportTakesNoSide() {
        let drafted = Self.sides("""
            Northern Rail said the new timetable had cut delays by a fifth since March. The Rail Workers Union disputed the figure.

            Fares had risen twice as fast as wages in the region, said the report's author, Jan Oort, an analyst at Brightline Capital.
            """)
        #expect(!Self.hasSide("Jan Oort", in: drafted), "\(drafted)")
    }

    @Test func aStudysLeadAuthorTakesNoSide() {
        let drafted = Self.sides("""
            The Marovian Health Ministry said the outbreak was under control. Relief Corps said the official figures understated the outbreak.

            The region's clinics had been short of staff for years, said the study's lead author, Tove Aune.
            """)
        #expect(!Self.hasSide("Tove Aune", in: drafted), "\(drafted)")
    }

    @Test func aCountrysEconomistTakesNoSide() {
        let drafted = Self.sides("""
            The Marovian Health Ministry said the outbreak was under control. Relief Corps said the official figures understated the outbreak.

            The region's clinics had been short of staff for years, said the country's best-known economist, Tove Aune.
            """)
        #expect(!Self.hasSide("Tove Aune", in: drafted), "\(drafted)")
    }

    @Test func aPersonOfACampNamedJustBeforeTakesASide() {
        let drafted = Self.sides("""
            Northern Rail said the new timetable had cut delays by a fifth since March.

            The Rail Workers Union disputed the figure. Drivers were still working double shifts to cover cancelled services, said Ilse Brandt, a spokeswoman for the union.
            """)
        #expect(Self.joined("Ilse Brandt", with: "Northern Rail", in: drafted), "\(drafted)")
    }

    @Test func aBystanderNamedAfterTheVerbTakesNoSide() {
        let drafted = Self.sides("""
            Northern Rail said the new timetable had cut delays by a fifth since March. The Rail Workers Union disputed the figure.

            Fares had risen twice as fast as wages in the region, said Jan Oort, an analyst at Brightline Capital.
            """)
        #expect(!Self.hasSide("Jan Oort", in: drafted), "\(drafted)")
    }

    @Test func aPersonTiedOnlyToACountryTakesNoSide() {
        let drafted = Self.sides("""
            The Marovian Health Ministry said the outbreak was under control. Relief Corps said the official figures understated the outbreak.

            The region's clinics had been short of staff for years, said Tove Aune, a Marovian economist.
            """)
        #expect(!Self.hasSide("Tove Aune", in: drafted), "\(drafted)")
    }
}
