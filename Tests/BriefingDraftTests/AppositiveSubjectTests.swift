import BriefingModel
@testable import BriefingDraft
import Testing

/// "The port's watchdog, Harbor Watch, questioned the decree": a name set off by commas after
/// the noun phrase that opens the sentence is the subject of the verb of denying or doubting
/// after it. Found among the dispute sides of development sets B and G that had no position
/// read. The sentences are invented.
extension DisputeFinderTests {
    @Test func aNameSetOffBeforeTheVerbIsItsSubject() throws {
        let found = disputes("""
            Northland said the emergency decree had restored order at the port.
            The port's watchdog, Harbor Watch, questioned the decree, saying it had recorded no violent incidents.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "questions Harbor Watch"])
        #expect(stances("The ship's owner, a Dubai-based firm called Harbor Watch, denied that the tanker had ignored the patrol boat.") == ["denies Harbor Watch"])
    }

    @Test func aNameInAClauseOfItsOwnIsNoSubject() {
        // The name closes a clause with its own verb of saying: not the denier.
        #expect(stances("Northland said it had warned Harbor Watch, denied entry and closed the port.").allSatisfy { $0 != "denies Harbor Watch" })
    }
}

/// An owner before the description ("Zambia's main opposition party"), the name's
/// abbreviation in parentheses, and the day said before the verb leave the apposition the
/// subject: the party rejects the result, not its country. Names found by the pipeline.
@Suite struct OwnedDescriptionSubjectTests: StanceProbing {
    func stances(_ sentence: String) -> [String] { positionLines("Vote disputed\n\n" + sentence) }

    @Test(arguments: [
        "Zambia's main opposition party, the Patriotic Front (PF), on Thursday rejected the result of the vote in Kitwe.",
        "Zambia's main opposition party, the Patriotic Front, on Thursday rejected the result of the vote in Kitwe.",
        "Zambia's main opposition party, the Patriotic Front (PF), rejected the result of the vote in Kitwe.",
        "Zambia's main opposition party, the Patriotic Front (PF), said on Thursday that the result of the vote in Kitwe was false.",
        // A wire dateline's commas before the subject are not the apposition's.
        "LUSAKA, Aug. 14 (Reuters) - Zambia's main opposition party, the Patriotic Front (PF), on Thursday rejected the result of the vote in Kitwe.",
    ])
    func anOwnedDescriptionIsNamedByItsApposition(_ sentence: String) {
        #expect(stances(sentence) == ["denies Patriotic Front"])
    }

    @Test func theCountryItselfStillSpeaks() {
        // No apposition: the country's own government is the subject.
        #expect(stances("Zambia on Thursday rejected the result of the vote in Kitwe.") == ["denies Zambia"])
    }
}

/// "The party rejected the result, accusing the ruling party of buying votes": the accusation
/// after a denial is the accuser's claim of its own, answered by the accused.
@Suite struct AccusationBesideDenialTests: StanceProbing {
    @Test func theAccusationIsAClaimTheAccusedAnswers() throws {
        let draft = Drafter.draft("""
            Opposition rejects result

            The Patriotic Front on Thursday rejected the result of the vote, accusing the United Party for National Development of buying votes with maize meal.

            The United Party for National Development denied buying votes.
            """, published: nil)
        let sides = draft.disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
        #expect(sides.contains(["asserts Patriotic Front", "denies United Party for National Development"]))
        let accusation = try #require(draft.disputes.first?.sides.first)
        #expect(accusation.source.paragraph == 1)
    }

    @Test func theClaimEndsBeforeTheChargeNounThatAnswersIt() {
        let positions = Drafter.positions(in: TextSplitter.split("""
            Vote disputed

            The Patriotic Front accused the United Party for National Development of buying votes, an allegation the United Party for National Development called "desperate".
            """))
        #expect(positions.first { $0.actor == "Patriotic Front" }?.statement == "the United Party for National Development of buying votes")
    }

    @Test func aDenialAloneStaysOnePosition() {
        #expect(positionLines("Vote disputed\n\nThe Patriotic Front on Thursday rejected the result of the vote, saying it had been rigged.") == ["denies Patriotic Front"])
    }
}

/// "A Namibian court on Wednesday ordered a halt …, ruling that …": a country's adjective before
/// "court" describes the court the next paragraphs name, not the country (set J's Namibian
/// story gave the ruling to Namibia). Sentences invented.
@Suite struct DescribedCourtTests: StanceProbing {
    func positions(_ body: String) -> [String] { positionLines("Court halts port deal\n\n" + body) }

    @Test func theCourtNamedNextRules() {
        // Kenya is an actor of its own in the text, so the adjective could be read as Kenya.
        let found = positions("""
            A Kenyan court on Wednesday ordered a temporary halt to work at the port, ruling that the transport ministry had approved the lease without a full assessment.

            The High Court in Nairobi granted the order sought by the Dock Workers Union. Kenya said it would take the case to the Supreme Court.
            """)
        #expect(found.first == "asserts High Court")
        #expect(found.filter { $0.hasSuffix("Kenya") }.count == 1)
    }

    @Test func withNoCourtNamedNoCourtIsMadeUp() {
        let found = positions("""
            A Kenyan court on Wednesday ordered a temporary halt to work at the port, ruling that the transport ministry had approved the lease without a full assessment.

            Kenya said it would appeal.
            """)
        #expect(!found.contains { $0.hasSuffix("Court") })
    }
}
