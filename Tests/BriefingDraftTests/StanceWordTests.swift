import BriefingModel
import Testing
@testable import BriefingDraft

/// Words of denial and doubt without the usual verbs: "described the report as “one-sided”"
/// (doubt, as "called" it that), "the allegations were “without merit”" (no ground, as "no
/// evidence"), "strongly disagreed with that" (denial), "no truth to the reports" and "a witch
/// hunt" (denial), "needed to see evidence" and "far from convinced" (doubt). Invented text.
@Suite struct StanceWordTests: StanceProbing {
    static let claim = "Kenya's fisheries ministry said on Tuesday that Ugandan patrol boats had seized 14 Kenyan fishing boats on Lake Victoria this year.\n\n"

    @Test func describedAsOneSidedDoubts() {
        let raw = Self.claim + "A report by the Kenya Human Rights Commission said Ugandan soldiers had beaten six fishermen.\n\nUgandan army spokesman Felix Okello described the report as \"one-sided and unreliable\"."
        #expect(positionLines(raw).contains("questions Felix Okello"), "\(positionLines(raw))")
    }

    @Test func describedAsAPlainThingTakesNoSide() {
        // Must-not: describing a place or a person says nothing against a claim.
        let raw = Self.claim + "Ugandan army spokesman Felix Okello described the lake as \"a shared resource\"."
        #expect(!positionLines(raw).contains { $0.hasPrefix("questions") || $0.hasPrefix("denies") }, "\(positionLines(raw))")
    }

    @Test func withoutMeritDenies() {
        let raw = Self.claim + "Uganda's ambassador, Ruth Nakato, said the allegations were \"without merit\"."
        #expect(positionLines(raw).contains("denies Ruth Nakato"), "\(positionLines(raw))")
    }

    @Test func meritPraisedDoesNotDeny() {
        // Must-not: merit that is there denies nothing.
        let raw = Self.claim + "An independent researcher, Grace Wanjiru, said the proposal for joint patrols had merit."
        #expect(!positionLines(raw).contains("denies Grace Wanjiru"), "\(positionLines(raw))")
    }

    @Test func disagreedWithThatDenies() {
        let raw = Self.claim + "Ugandan government spokesman Isaac Mwaura strongly disagreed with that."
        #expect(positionLines(raw).contains("denies Isaac Mwaura"), "\(positionLines(raw))")
    }

    static let charge = "A Zambian environmental group, Green Kafue, said on Tuesday that Kafue Copper Mines had dumped acid waste into the Kafue River.\n\n"

    @Test func noTruthToTheReportsDenies() {
        let raw = Self.charge + "Company spokeswoman Alice Banda said there was \"no truth\" to the reports."
        #expect(positionLines(raw).contains("denies Alice Banda"), "\(positionLines(raw))")
    }

    @Test func aWitchHuntDenies() {
        let raw = Self.charge + "Company spokeswoman Alice Banda called those claims \"a witch hunt\"."
        #expect(positionLines(raw).contains("denies Alice Banda"), "\(positionLines(raw))")
    }

    @Test func theTruthToldDoesNotDeny() {
        // Must-not: a witness vouching for the truth of the charge stands with it.
        let raw = Self.charge + "A fisherman, Joseph Mwale, said the group had told the truth about the river."
        #expect(!positionLines(raw).contains("denies Joseph Mwale"), "\(positionLines(raw))")
    }

    static let mercury = "Peru's environment ministry said on Tuesday that illegal gold miners had poured 30 tonnes of mercury into the Madre de Dios river last year.\n\n"

    @Test func waitingForEvidenceDoubts() {
        let raw = Self.mercury + "Regional governor Carlos Rojas said he needed to see evidence before blaming anyone."
        #expect(positionLines(raw).contains("questions Carlos Rojas"), "\(positionLines(raw))")
    }

    @Test func farFromConvincedDoubts() {
        let raw = Self.mercury + "The head of the miners' federation, Hugo Mamani, said he remained \"far from convinced\" by the figures."
        #expect(positionLines(raw).contains("questions Hugo Mamani"), "\(positionLines(raw))")
    }

    @Test func seeingTheRiverDoesNotDoubt() {
        // Must-not: wanting to see a place, not a proof.
        let raw = Self.mercury + "Regional governor Carlos Rojas said he wanted to see the river for himself next week."
        #expect(!positionLines(raw).contains("questions Carlos Rojas"), "\(positionLines(raw))")
    }
}
