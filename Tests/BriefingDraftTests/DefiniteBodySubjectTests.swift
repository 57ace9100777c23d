import BriefingModel
import Testing
@testable import BriefingDraft

/// "The association questioned whether …", "The secretariat rejected that figure": a subject
/// that is a definite description of a body stands for the nearest body named before with that
/// head in its name, however far back, and before the nearest speaker the attribution stage
/// would guess. A description whose head no body named carries is not given to another body.
/// Passages are invented.
@Suite struct DefiniteBodySubjectTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }

    func positions(_ raw: String) -> [String] {
        Drafter.positions(in: draft(raw).text).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    func sides(_ raw: String) -> [[String]] {
        draft(raw).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    /// Ten paragraphs of other news between the union's full name and its bare description.
    static let filler = """
        The hospital closed its maternity wing on Monday.

        Women in labour are being sent to two smaller clinics in the city.

        County officials said water trucks would supply three districts.

        The rains that flooded the city's drains in March have eased.

        Schools in the old town reopened on Monday.

        A cargo ship was held at the port for inspection.

        Traders at the Kongowea market said sales had fallen by half.

        Tourist arrivals at the coast rose 8% last year.
        """

    @Test func aUnionNamedFarBackHoldsItsDoubt() {
        let found = positions("""
            NAIROBI, May 3 (Reuters) - At least 40 patients have died in a cholera outbreak at Coast General Hospital in Mombasa, the Kenya Clinical Officers Union said on Tuesday, three times the toll given by the health ministry.

            The union's secretary general, Amos Kiprop, said its members had counted the deaths in the isolation ward since April 2.

            Health ministry spokesman Peter Mwangi said the outbreak was under control and that only 12 deaths were linked to it.

            \(Self.filler)

            The union questioned whether the ministry's figures were complete.
            """)
        #expect(found.contains("questions Kenya Clinical Officers Union"), "\(found)")
    }

    @Test func aSecretariatRejectsTheFigureItAnswers() {
        let found = sides("""
            QUITO, Sept 12 (Reuters) - Ecuador's Higher Education Secretariat said on Friday that a power cut had disrupted its national admissions exam in one province.

            Student groups said hundreds of applicants in Orellana had been cut off midway through the test.

            The secretariat rejected that figure, saying 58 applicants had been affected.
            """)
        #expect(found.contains { $0.contains("denies Higher Education Secretariat") && $0.contains("asserts Student groups") }, "\(found)")
    }

    @Test func aMinistryNamedOnlyInTheLeadDeniesLater() {
        let found = positions("""
            SOFIA, June 5 (AFP) - Bulgarian customs officers found two tonnes of cocaine in a shipment of pineapples at the port of Varna, the finance ministry said on Thursday.

            \(Self.filler)

            Opposition lawmakers accused the finance ministry of ignoring warnings that customs officers in Varna were taking bribes.

            The ministry said there was no evidence that any officer at Varna had been involved in the shipment.
            """)
        #expect(found.contains { $0.hasPrefix("denies") && $0.contains("Ministry") }, "\(found)")
    }

    @Test func theNearestBodyWithTheHeadIsMeant() {
        let found = positions("""
            NAIROBI, May 3 (Reuters) - At least 40 patients have died in a cholera outbreak at Coast General Hospital in Mombasa, the Kenya Clinical Officers Union said on Tuesday.

            Health ministry spokesman Peter Mwangi said the outbreak was under control and that only 12 deaths were linked to it.

            The Kenya Nurses Union said its members had not been paid for overtime since March.

            The union questioned whether the ministry's figures were complete.
            """)
        #expect(found.contains("questions Kenya Nurses Union"), "\(found)")
        #expect(!found.contains("questions Kenya Clinical Officers Union"), "\(found)")
    }

    @Test func aBoardNoBodyIsNamedForIsNotTheSecretariat() {
        let found = positions("""
            QUITO, Sept 12 (Reuters) - Ecuador's Higher Education Secretariat said on Friday that a power cut had disrupted its national admissions exam in one province.

            Student groups said hundreds of applicants in Orellana had been cut off midway through the test.

            The board questioned whether the test could be held again in time.
            """)
        #expect(!found.contains("questions Higher Education Secretariat"), "\(found)")
    }

    @Test func aBodyInsideAnotherNameIsNoDefiniteSubject() {
        // "The Kenya Nurses Union" is a name, not "the union" standing for the one named before.
        let found = positions("""
            NAIROBI, May 3 (Reuters) - The Kenya Clinical Officers Union said on Tuesday that at least 40 patients had died in a cholera outbreak in Mombasa.

            \(Self.filler)

            The Kenya Nurses Union questioned whether the hospital had enough staff.
            """)
        #expect(found.contains("questions Kenya Nurses Union"), "\(found)")
        #expect(!found.contains("questions Kenya Clinical Officers Union"), "\(found)")
    }

    @Test func aPortfolioPicksItsOwnMinistryNotTheNearestOne() {
        let found = positions("""
            KAMPALA, April 14 (Reuters) - At least 19 newborns have died in an outbreak at Mulago hospital, Uganda's health ministry said on Tuesday.

            The Uganda Medical Association said its members had counted 31 deaths since March.

            Uganda's finance ministry said it had released 2 billion shillings for supplies.

            The health ministry rejected the association's figure.
            """)
        #expect(found.contains("denies Ugandan Health Ministry"), "\(found)")
        #expect(!found.contains("denies Ugandan Finance Ministry"), "\(found)")
    }
}
