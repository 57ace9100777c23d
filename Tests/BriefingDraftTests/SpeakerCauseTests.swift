import BriefingModel
import Testing
@testable import BriefingDraft

/// Speaker rules added from the held-out miss lists, run through the whole drafter so that
/// names and quotes meet as they do on real text. The sentences are invented.
@Suite struct SpeakerCauseTests {
    func speakers(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
    }

    @Test func freeRelativeSubjectIsNotThePronounsAntecedent() {
        let raw = """
            Finance Minister Gabor Varga rejected the estimate. Deputy governor Zsofia Kis said the bank saw no room for a cut.
            The bank blamed food prices and what Kis called "a wave of money" for inflation, a view Varga dismissed. "Pensioners buying bread do not drive inflation," he said.
            """
        #expect(speakers(raw).contains("Gabor Varga: Pensioners buying bread do not drive inflation"))
    }

    @Test func organisationSetBesideItsKindSpeaks() {
        let raw = """
            The Athletics Integrity Unit suspended the runner on Monday.
            Her management company, Stellar Track, said it had suspended its contract, "in line with our policy".
            """
        #expect(speakers(raw).contains("Stellar Track: in line with our policy"))
    }

    @Test func bodyWithItsSeatSpeaksOverThePlace() {
        let raw = """
            The Czech government accused a hacking group of the attack, an accusation the Russian embassy in Prague dismissed as "groundless".
            """
        #expect(speakers(raw) == ["Russian Embassy: groundless"])
    }

    @Test func theUnitIsTheBodyWhoseNameEndsSo() {
        let raw = """
            The Athletics Integrity Unit (AIU) said on Monday that the sample was positive.
            In its statement, the unit said the sample had been "collected and stored in full compliance" with the rules.
            """
        #expect(speakers(raw).contains("Athletics Integrity Unit: collected and stored in full compliance"))
    }

    @Test func unnamedSpokespersonOfABodyNamedAfterItsSeat() {
        let raw = """
            Taiwan said the cable was cut on Sunday.
            "We call on all parties to respect undersea infrastructure," a spokesperson for the American Institute in Taiwan said in a statement.
            """
        #expect(speakers(raw).contains("American Institute in Taiwan: We call on all parties to respect undersea infrastructure"))
    }

    @Test func appositiveTitleOverAnAcronymInParentheses() {
        let raw = """
            "We will not accept this result," Mwila Banda, leader of the United Party for Renewal (UPR), told a news conference.
            """
        #expect(speakers(raw) == ["Mwila Banda: We will not accept this result"])
    }

    @Test func saidBeforeAnAbbreviatedTitle() {
        let raw = """
            "The timing is no coincidence," said Dr. Marta Ruiz, a trade economist at the Fennec think tank.
            """
        #expect(speakers(raw) == ["Marta Ruiz: The timing is no coincidence"])
    }

    @Test func aCountrysGovernmentSpeaksForTheCountry() {
        let raw = """
            Burkina Faso's government has rejected a United Nations report on the killings, calling the findings "a collection of rumours".
            """
        #expect(speakers(raw) == ["Burkina Faso: a collection of rumours"])
    }

    @Test func rankBeforeARankIsPartOfTheTitle() {
        let draft = Drafter.draft("Junta spokesman Major General Aung Myo Lwin gave a different account on Monday.", published: nil)
        #expect(!draft.actors.contains { $0.name == "Major" })
        #expect(draft.actors.contains { $0.name == "Aung Myo Lwin" && $0.kind == .person })
    }
}
