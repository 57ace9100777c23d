import BriefingModel
import Testing
@testable import BriefingDraft

/// "would examine whether the discharges were compatible with EU rules", "no decision had been
/// taken": a body that has yet to judge leaves the question open. Found by probing invented
/// text (development sets G and W had the form); the passages are invented.
@Suite struct ReservedJudgmentTests: StanceProbing {
    static let claim = """
        TALLINN, June 2 (Reuters) - Estonia's environment ministry said on Tuesday that a Latvian paper mill, Daugava Pulp, had dumped untreated waste into the Gauja river for months.
        """

    @Test(arguments: [
        "A European Commission spokesperson said the Commission was aware of the complaint and would examine whether the discharges were compatible with EU water rules.",
        "A European Commission spokesperson said the Commission was looking into whether the mill had breached its permit.",
        "A European Commission spokesperson said no decision had been taken on the mill's permit.",
        "A European Commission spokesperson said no final decision had yet been made on the complaint.",
    ])
    func anInquiryStillToComeDoubts(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "European Commission")
        #expect(found == ["questions"], "\(found)")
    }

    @Test(arguments: [
        // A finding already made, a plan weighed, a decision taken, an object with no "whether".
        "A European Commission spokesperson said inspectors had examined whether the discharges were legal and found they were.",
        "A European Commission spokesperson said the Commission would examine whether to open infringement proceedings.",
        "A European Commission spokesperson said its lawyers were studying whether they could challenge the permit.",
        "A European Commission spokesperson said a decision had been taken to suspend the mill's permit.",
        "A European Commission spokesperson said the Commission would examine the complaint next week.",
    ])
    func aFindingAPlanOrADecisionIsNoDoubt(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "European Commission")
        #expect(!found.contains("questions"), "\(found)")
    }
}
