import BriefingModel
import Testing
@testable import BriefingDraft

/// The agency in a wire dateline ("CONAKRY (AFP) -", "BRUSSELS, May 20 (Reuters) -") wrote the
/// story; it takes no side the lead's subject takes ("…, accusing the company of …"), even when
/// the text names it again later ("told AFP"). It speaks only where the text says so ("Reuters
/// reported"). Invented wire copy, several agencies and countries.
@Suite struct DatelineAgencyTests {
    static func positions(_ raw: String) -> [DraftSide] {
        Drafter.positions(in: Drafter.draft(raw, published: nil).text)
    }

    static let agencies: Set<String> = ["AFP", "Reuters", "AP", "Associated Press", "Agence France-Presse", "Xinhua"]

    @Test(arguments: [
        """
        ULAANBAATAR (AFP) - Mongolia's competition authority has fined a state-owned coal trader $12 million, accusing it of fixing prices for power stations.

        The trader called the fine unfounded, a spokeswoman told AFP by telephone.
        """,
        """
        TEGUCIGALPA, March 3 (Reuters) - Honduras expelled two Nicaraguan diplomats on Monday, accusing them of financing protests against the government.

        Nicaragua rejected the accusation, a ministry official told Reuters.
        """,
        """
        LIMA, Peru (AP) — Peru's Congress censured the energy minister on Thursday and accused him of hiding the cost of a refinery upgrade.

        The minister denied hiding anything, he told The Associated Press.
        """,
        """
        Tashkent (AFP) - Uzbekistan's government has cancelled a cotton export deal with a Swiss trader, accusing the firm of underpaying farmers.

        The firm said it had paid every farmer in full, according to a statement sent to AFP.
        """,
    ])
    func theDatelineAgencyTakesNoSideOfTheLead(_ raw: String) {
        let lead = Self.positions(raw).filter { $0.source.paragraph == 1 && $0.source.sentence == 1 }
        #expect(!lead.isEmpty)
        // Dropping the dateline credit's mention (Names/Mentions.swift) reads these, and set R's
        // leads go to Guinea and Niger, but it cost one dispute on check set S; not kept yet.
        withKnownIssue("the dateline's agency is still read as the lead's subject", isIntermittent: true) {
            #expect(!lead.contains { Self.agencies.contains($0.actor) }, "\(lead.map { "\($0.stance.rawValue) \($0.actor)" })")
        }
    }

    @Test(arguments: [
        """
        NAIROBI, Oct 2 (Reuters) - Kenya's port authority has cancelled a dredging contract.

        Reuters reported last month that the contract had been awarded without a tender.
        """,
        """
        MANILA (AFP) - The Philippine coast guard said a Chinese ship had rammed a supply boat.

        AFP reported on Monday that the boat had been carrying food and fuel.
        """,
    ])
    func theAgencyStillSpeaksWhereTheTextSaysSo(_ raw: String) {
        let later = Self.positions(raw).filter { $0.source.paragraph == 2 }
        #expect(later.contains { Self.agencies.contains($0.actor) }, "\(later.map { "\($0.stance.rawValue) \($0.actor)" })")
    }
}
