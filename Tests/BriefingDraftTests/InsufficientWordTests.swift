import BriefingModel
import Testing
@testable import BriefingDraft

/// "said it was not enough for police to say weapons were found": another side's word called
/// insufficient is doubted, not denied; "we are all guessing" doubts too. Found by probing
/// invented text (development sets S and V had the forms); the passages are invented.
@Suite struct InsufficientWordTests: StanceProbing {
    static let claim = """
        SANTIAGO, June 2 (Reuters) - Andes Cobre, a copper miner, said on Tuesday that its meters showed it had drawn no more water than its permit allowed from an aquifer near Calama.
        """

    @Test(arguments: [
        "Paula Soto, a hydrologist, said it was not enough for the company to say its meters worked.",
        "Paula Soto, a hydrologist, said it was insufficient for the miner to claim its filters worked.",
        "\"Without independent data, we are all guessing,\" said Paula Soto, a hydrologist at the University of Chile.",
    ])
    func anInsufficientWordIsDoubted(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Paula Soto")
        #expect(found == ["questions"], "\(found)")
    }

    @Test(arguments: [
        // An amount found short, not a word: no doubt of the claim.
        "Paula Soto, a hydrologist at the University of Chile, said the rain had not been enough to refill the aquifer.",
        "Paula Soto, a hydrologist at the University of Chile, said the fine was not enough to cover the cost of new wells.",
    ])
    func anAmountFoundShortIsNoDoubt(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Paula Soto")
        #expect(!found.contains("questions"), "\(found)")
    }
}
