import BriefingModel
import Testing
@testable import BriefingDraft

/// Appositives around a speaker, from the miss list of set I: a name after its own title
/// words inside the appositive speaks ("The current envoy, Austrian diplomat X, said"), and a
/// title over a body named in lower case makes a person ("X, chairman of the three-member
/// state presidency, said"). The sentences are invented.
extension SpeakerCauseTests {
    @Test func aNameAfterItsTitleWordsInAnAppositiveSpeaks() {
        let raw = """
            Judge Amela Hodza wrote the majority opinion.
            The current High Representative, Austrian diplomat Konrad Wendt, said the ruling "confirms the law".
            """
        #expect(speakers(raw).contains("Konrad Wendt: confirms the law"))
    }

    @Test func aTitleOverALowercaseBodyMakesAPerson() {
        let raw = """
            Leaders welcomed the decision. Denis Halilovic, chairman of the three-member state presidency, said it "protects what belongs to all".
            """
        #expect(speakers(raw).contains("Denis Halilovic: protects what belongs to all"))
        let actor = Drafter.draft(raw, published: nil).actors.first { $0.name == "Denis Halilovic" }
        #expect(actor?.kind == .person)
        #expect(actor?.role == "chairman")
    }

    @Test func anAbbreviatedRankBeforeTheNameInAnAppositive() {
        let raw = """
            The General Directorate of Migration said the figure was a record. The agency's director, retired Gen. Luis Alberto Ferrer, said every person removed had been "in the country illegally".
            """
        #expect(speakers(raw).contains("Luis Alberto Ferrer: in the country illegally"))
    }

    @Test func aDescriptionsModifierNamesTheBody() {
        let raw = """
            The General Directorate of Migration said deportations had risen.
            The Association of Housing Builders said in October that sites had slowed, a claim the migration agency called "exaggerated".
            """
        #expect(speakers(raw).contains("General Directorate of Migration: exaggerated"))
    }
}

/// Officers named after a role, from the miss list of set L: a government that only modifies
/// its spokesman's title does not speak for him, and "said the council's chief executive,
/// X" credits X. The sentences are invented.
extension SpeakerCauseTests {
    @Test func aGovernmentSpokesmansGovernmentIsOnlyHisTitle() {
        let raw = """
            Mali's army said in a statement that the convoy had been "deliberately targeted".
            Niger's government spokesman, Idrissa Kante, rejected the statement and said Niger had kept the road open "for every convoy that asked."
            """
        #expect(speakers(raw).contains("Idrissa Kante: for every convoy that asked"))
        // A country's government itself still speaks for the country.
        let government = """
            Niger's government said the road had stayed open "for every convoy that asked."
            """
        #expect(speakers(government).contains("Niger: for every convoy that asked"))
    }

    @Test func addingThingsIsNoVerbOfSaying() {
        let raw = """
            Health Minister Orla Brennan said the government would study the report.
            She told reporters that the Health Service Executive had added more than 5,000 beds and that "no hospital system has done more."
            """
        #expect(speakers(raw).contains("Orla Brennan: no hospital system has done more"))
        // "added" as a verb of saying still attributes.
        let saying = """
            Orla Brennan spoke first. "We will appeal," she added.
            """
        #expect(speakers(saying).contains("Orla Brennan: We will appeal"))
    }

    @Test func anAppositiveWithAThousandsSeparatorOrAnAbbreviationBeforeIt() {
        let raw = """
            The Zambian Election Monitoring Network, a coalition of groups that deployed 4,300 observers, said the count had been "broadly fair".
            The Anti-Graft Forum (AGF), a civil-society watchdog, said the ruling was "a test for every court".
            """
        #expect(speakers(raw).contains("Zambian Election Monitoring Network: broadly fair"))
        #expect(speakers(raw).contains("Anti-Graft Forum: a test for every court"))
    }

    @Test func aCourtsFindingAttributesTheWordsItQuotes() {
        let raw = """
            Justice Maeve Kinsella found that the council's policy was "unlawful" under the housing act.
            """
        #expect(speakers(raw).contains("Maeve Kinsella: unlawful"))
        // "found" without a "that" clause finds things, and quotes nothing.
        #expect(speakers("""
            Rescuers found the "black box" on Tuesday.
            """).allSatisfy { !$0.hasPrefix("Rescuers") })
    }

    @Test func theOwnersOfficerNamedAfterTheCommaSpeaks() {
        let raw = """
            The Danish Refugee Council said the ruling would help hundreds of people.
            "The figures hide most of the problem," said the council's chief executive, Maren Holt, who welcomed the ruling.
            """
        #expect(speakers(raw).contains("Maren Holt: The figures hide most of the problem"))
    }
}
