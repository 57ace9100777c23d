import BriefingModel
@testable import BriefingDraft
import Testing

/// An answer that denies a thing indefinitely ("no such visit had been arranged", "denied any
/// political motive") and says little else answers the account just before it, even when that
/// account shares no words with it and an older, wordier claim stands nearby. Every paragraph is
/// invented; the expected sides are what a reader would draft.
@Suite struct BareAnswerTests {
    static let actors = [
        organization("Marovia", kind: .country),
        organization("Kelsland", "Dunmere", kind: .country),
        DraftActor(name: "Kelsish Foreign Ministry", kind: .organization, affiliation: "Kelsland"),
        DraftActor(name: "Kelsish Interior Ministry", kind: .organization, affiliation: "Kelsland"),
        DraftActor(name: "Kelsish Port Authority", kind: .organization, affiliation: "Kelsland", aliases: ["Port Authority"]),
        DraftActor(name: "Tomas Rehak", kind: .person, role: "energy minister", affiliation: "Marovia", aliases: ["Rehak"]),
        organization("Attorney General's Office"),
        DraftActor(name: "Ilan Voss", kind: .person, aliases: ["Voss"]),
        DraftActor(name: "Petra Lindahl", kind: .person, role: "lawyer", aliases: ["Lindahl"]),
        DraftActor(name: "Jan Oort", kind: .person, role: "analyst", aliases: ["Oort"]),
        DraftActor(name: "Lena Varg", kind: .person, role: "shipping agent", aliases: ["Varg"]),
        organization("Auditors"),
        organization("Daily Ledger", kind: .media),
    ]

    static func sides(_ raw: String) -> [[String]] {
        MentionFixture(raw, actors).disputeSides
    }

    static let cases: [DisputeProbeTests.Case] = [
        .init(name: "'no such visit' answers the proposal before it, not the older charge", text: """
            Marovia accused Kelsland of failing to pay $210 million in transit fees for the pipeline.

            Marovian Energy Minister Tomas Rehak said on Monday that a delegation would travel to Dunmere next week to sign a wider energy pact.

            The Kelsish Foreign Ministry said no such visit had been arranged.
            """, sides: ["asserts Tomas Rehak", "denies Kelsish Foreign Ministry"]),
        .init(name: "'denied any political motive' answers the lawyer", text: """
            The Attorney General's Office says Ilan Voss accepted monthly payments from a haulage firm.

            "My client is being punished for serving the previous government," Voss's lawyer, Petra Lindahl, told reporters on Monday.

            The Attorney General's Office denied any political motive.
            """, sides: ["asserts Petra Lindahl", "denies Attorney General's Office"]),
        .init(name: "'said there was no such plan' answers the report", text: """
            The Daily Ledger reported on Sunday that the government was preparing to close two border crossings with Marovia.

            The Kelsish Interior Ministry said there was no such plan.
            """, sides: ["asserts Daily Ledger", "denies Kelsish Interior Ministry"]),
        // From .probe-up-1 (customs-trial), as written.
        .init(name: "probe: the lawyer's charge of a political case, then 'denied any political motive'", text: """
            Prosecutors say Ilan Voss, 58, accepted monthly payments from a haulage firm between 2021 and 2024 in exchange for ordering inspectors to stand aside.

            Voss pleaded not guilty. His lawyer, Petra Lindahl, told reporters outside the court that the case rested on the testimony of a single witness who had struck a deal with prosecutors.

            "My client is being punished for serving the previous government," Lindahl told the broadcaster TNR on Monday evening.

            The Attorney General's Office denied any political motive. It said the investigation had begun before the change of government and had been based on bank records and intercepted calls.
            """, sides: ["asserts Petra Lindahl", "denies Attorney General's Office"]),
        // After .probe-up-2 (fishing-quota), where the speaker's camp was not drafted and the
        // sentence's words (with "The association's chairman") made the answer look too wordy.
        .init(name: "'no such offer' after a described speaker", text: """
            Fisheries Minister Tomas Rehak told the broadcaster that the government was ready to compensate crews for lost income this year.

            The association's chairman, Ilan Voss, said no such offer had been made to the crews.
            """, sides: ["asserts Tomas Rehak", "denies Ilan Voss"]),
    ]

    /// Some drafted dispute holds both expected sides (the claimant's camp may join it too:
    /// "Marovia" beside its minister is `grow`'s doing, not this rule's).
    static func paired(_ expected: [String], in drafted: [[String]]) -> Bool {
        drafted.contains { dispute in expected.allSatisfy { dispute.contains($0) } }
    }

    @Test(arguments: cases) func pairs(_ probe: DisputeProbeTests.Case) {
        let drafted = Self.sides(probe.text)
        if probe.gap {
            withKnownIssue("not read yet: \(probe.name)") { #expect(Self.paired(probe.sides, in: drafted), "\(drafted)") }
        } else {
            #expect(Self.paired(probe.sides, in: drafted), "\(drafted)")
        }
    }

    /// A definite pointer names what it answers: a third party's remark between the charge and
    /// "rejected the accusation" is no side.
    @Test func definiteAnswerSkipsTheRemarkBetween() {
        let drafted = Self.sides("""
            Marovia accused Kelsland of failing to pay $210 million in transit fees for the pipeline.

            Jan Oort, an analyst, said the halt would strain the budget of the region.

            Kelsland rejected the accusation.
            """)
        #expect(drafted.contains(["asserts Marovia", "denies Kelsland"]), "\(drafted)")
        #expect(!drafted.contains { $0.contains("asserts Jan Oort") }, "\(drafted)")
    }

    /// "No such visit" answers one account, not the whole quarrel: it stays a dispute of its own
    /// beside the charge its camp answered before.
    @Test func indefiniteAnswerIsNotMergedIntoTheCharge() {
        let drafted = Self.sides("""
            Marovia accused Kelsland of failing to pay $210 million in transit fees for the pipeline. Kelsland rejected the accusation.

            Marovian Energy Minister Tomas Rehak said on Monday that a delegation would travel to Dunmere next week to sign a wider energy pact.

            The Kelsish Foreign Ministry said no such visit had been arranged.
            """)
        #expect(Self.paired(["asserts Marovia", "denies Kelsland"], in: drafted), "\(drafted)")
        #expect(Self.paired(["asserts Tomas Rehak", "denies Kelsish Foreign Ministry"], in: drafted), "\(drafted)")
        #expect(!Self.paired(["denies Kelsland", "denies Kelsish Foreign Ministry"], in: drafted), "\(drafted)")
    }

    /// Agreement is no dispute: a statement that finds no fault after the account it agrees with.
    /// Known issue, older than this rule (no "no such", no "any"): "found no problems" is read as a
    /// denial of the account before it.
    @Test func agreementStaysApart() {
        let drafted = Self.sides("""
            The Kelsish Port Authority said the new terminal had been built on time and within its budget.

            Lena Varg, a shipping agent, said the terminal had found no problems in its first month.
            """)
        withKnownIssue("agreement worded with a negation ('found no problems') is read as a denial") { #expect(drafted.isEmpty, "\(drafted)") }
    }

    /// A "no such" answer from the speaker's own camp is no dispute: the look-back skips allies.
    @Test func ownCampAnswerStaysApart() {
        let drafted = Self.sides("""
            Tomas Rehak said on Monday that Marovia would not send a delegation to Dunmere this year.

            Marovia said no such visit was planned.
            """)
        #expect(drafted.isEmpty, "\(drafted)")
    }

    /// "denied any wrongdoing" answers the charge against the denier, not a bystander's remark
    /// made just before it.
    @Test func denialOfWrongdoingAnswersTheCharge() {
        let drafted = Self.sides("""
            Auditors accused the Kelsish Port Authority of overspending by $40 million on a new terminal.

            The terminal opened in May and now handles 40 ships a week, said Lena Varg, a shipping agent. The Port Authority denied any wrongdoing.
            """)
        #expect(drafted.contains(["asserts Auditors", "denies Kelsish Port Authority"]), "\(drafted)")
        #expect(!drafted.contains { $0.contains("asserts Lena Varg") }, "\(drafted)")
    }
}
