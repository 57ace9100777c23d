import BriefingModel
import Testing
@testable import BriefingDraft

/// Names of wire copy that hold dispute sides, found wrong by invented probes: a body named
/// with a plural possessive ("Fishermen's").
@Suite struct SideHolderNameTests: NameProbing {
    func quotes(_ raw: String) -> [String] { AttributionProbeTests.drafted(raw) }

    // MARK: A plural without "s" and its possessive inside a body's name

    @Test(arguments: [
        ("""
            The Norwegian Fishermen's Association said on Wednesday that the new quota would ruin small boat owners.
            """, "Norwegian Fishermen's Association"),
        ("""
            The Kenya Women's Rights League accused police of ignoring complaints.
            """, "Kenya Women's Rights League"),
        ("""
            Doctors at Carrow Children's Hospital said the wards were full.
            """, "Carrow Children's Hospital"),
        ("""
            "We will not sail," said a spokesman for the Baltic Seamen's Union.
            """, "Baltic Seamen's Union"),
    ]) func aPluralPossessiveStaysInsideABodysName(_ probe: (String, String)) {
        #expect(names(find(probe.0)).contains(probe.1), "\(names(find(probe.0)))")
    }

    /// Must not fire: a country's possessive, or a plural possessive followed by no body word.
    @Test func aPossessiveWithoutABodyWordAfterItSplits() {
        let country = names(find("Norway's Fisheries Ministry said the quota was fair."))
        #expect(!country.contains("Norway's Fisheries Ministry"), "\(country)")
        let noBody = names(find("Fishermen's Day Harald Berg said the boats would stay in port."))
        #expect(!noBody.contains { $0.contains("Fishermen's") }, "\(noBody)")
    }

    @Test func theAssociationSpeaksUnderItsWholeName() {
        let drafted = quotes("""
            The Norwegian Fishermen's Association said on Wednesday that the new quota would ruin small boat owners.
            "This quota will empty our harbours," the association said in a statement.
            """)
        #expect(drafted.contains("Norwegian Fishermen's Association: This quota will empty our harbours"), "\(drafted)")
    }
}
