import BriefingModel
import Testing
@testable import BriefingDraft

/// A description ("the company", "the agency") names the latest actor of its kind that the
/// text makes the topic, not one it only addresses ("told AFP", "In an email to X,") or
/// names in its dateline.
@Suite struct AddressedMentionTests {
    static func speakers(_ raw: String) -> [String] { AttributionProbeTests.drafted(raw) }

    static func aliases(_ raw: String, of name: String) -> [String] {
        Drafter.draft(raw, published: nil).actors.first { $0.name == name }?.aliases ?? []
    }

    // Must bind to the topic, not the addressee.
    @Test func anEmailToAnOutletLeavesTheCompanyToTheFirm() {
        let raw = """
            Korvell Mining Holdings also denied wrongdoing. In an email to the Organized Crime and Corruption Reporting Project, the company said the mine was "fully licensed".
            """
        #expect(Self.speakers(raw).contains("Korvell Mining Holdings: fully licensed"), "\(Self.speakers(raw))")
    }

    @Test func aLetterToARegulatorLeavesTheGroupToItsWriter() {
        let raw = """
            Baltic Ferry Lines defended its timetable on Monday. In a letter to the Maritime Safety Authority, the company said the crossings were "safe in every season".
            """
        #expect(Self.speakers(raw).contains("Baltic Ferry Lines: safe in every season"), "\(Self.speakers(raw))")
    }

    @Test func anOutletToldSomethingIsNotTheAgency() {
        let raw = """
            Lusaka (AFP) - The Zambia Revenue Authority rejected the audit on Tuesday. "The figures are wrong," spokeswoman Mwila Banda told AFP. She said the agency had "never lost a single return".
            """
        #expect(!Self.aliases(raw, of: "AFP").contains("the agency"), "\(Self.aliases(raw, of: "AFP"))")
    }

    @Test func aStatementToReutersLeavesTheUnionItsQuote() {
        let raw = """
            The Harbour Workers Union called the new rules unlawful. In a statement to Reuters, the union said it would "fight them in every court".
            """
        #expect(Self.speakers(raw).contains("Harbour Workers Union: fight them in every court"), "\(Self.speakers(raw))")
    }

    // Must still bind: an actor that is the topic is still the one meant.
    @Test func aCompanyThatSpeaksIsStillTheCompany() {
        let raw = """
            Korvell Mining Holdings said on Monday the mine was safe. "We have met every standard," the company said.
            """
        #expect(Self.speakers(raw).contains("Korvell Mining Holdings: We have met every standard"), "\(Self.speakers(raw))")
    }

    @Test func anAgencyThatReportsIsStillTheAgency() {
        let raw = """
            The state news agency Petrel News Service reported the blast on Friday. The agency said "at least nine people" had died.
            """
        #expect(Self.speakers(raw).contains("Petrel News Service: at least nine people"), "\(Self.speakers(raw))")
    }

    @Test func aBodyThatSpeaksToAnOutletIsStillTheTopic() {
        let raw = """
            The Harbour Workers Union told Reuters the strike would go on. "We have waited long enough," the union said.
            """
        #expect(Self.speakers(raw).contains("Harbour Workers Union: We have waited long enough"), "\(Self.speakers(raw))")
    }
}

/// A name ending in a word of trade ("Developments", "Ventures") is a company, not a person,
/// so "the company" can find it past an outlet the text addresses.
@Suite struct TradeEndWordTests {
    @Test func aDevelopmentsFirmIsTheCompanyPastTheAddressedOutlet() {
        let raw = """
            The plans show a hotel complex proposed by Ionian Vista Developments, a company registered in Tirana.

            "First they draw the villas, then they send the bulldozers," Petrit Hoxha told the television channel Klan News.

            Ionian Vista Developments also denied any link. In an email to the Caspian Investigative Reporting Network, the company said its project was "several kilometres away" from the beach.
            """
        let drafted = AttributionProbeTests.drafted(raw)
        #expect(drafted.contains("Ionian Vista Developments: several kilometres away"), "\(drafted)")
        let kind = Drafter.draft(raw, published: nil).actors.first { $0.name == "Ionian Vista Developments" }?.kind
        #expect(kind == .organization)
    }

    @Test func aPersonIsStillAPerson() {
        let raw = """
            "We had no warning," said Ivana Peric, a resident of the village.
            """
        #expect(AttributionProbeTests.drafted(raw).contains("Ivana Peric: We had no warning"))
    }
}
