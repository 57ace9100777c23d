import BriefingModel
import Testing
@testable import BriefingDraft

/// "Police questioned two suspects": questioning people interviews them and takes no side;
/// questioning a figure or whether something holds still doubts. Found by probing invented
/// text (development set I had the form); the passages are invented.
@Suite struct InterviewTests: StanceProbing {
    @Test(arguments: [
        "Kenyan police questioned three managers on Monday over a separate fraud case.",
        "Kenyan police questioned two former employees of the estate on Monday.",
        "Kenyan police questioned Daniel Mwangi for six hours on Monday.",
    ])
    func questioningPeopleIsNoDoubt(_ sentence: String) {
        let found = positionLines("Highland Leaf Ltd said it had paid every picker the minimum wage, its chief executive Daniel Mwangi told reporters. \(sentence)")
        #expect(!found.contains { $0.hasPrefix("questions") }, "\(found)")
    }

    @Test(arguments: [
        "The Kenya Plantation Workers Union questioned the figures.",
        "The Kenya Plantation Workers Union questioned whether the company had paid anyone the minimum.",
        "The Kenya Plantation Workers Union questioned Daniel Mwangi's account.",
        "The Kenya Plantation Workers Union questioned the official figures.",
    ])
    func questioningWhatWasSaidStillDoubts(_ sentence: String) {
        let found = positionLines("Highland Leaf Ltd said it had paid every picker the minimum wage, its chief executive Daniel Mwangi told reporters. \(sentence)")
        #expect(found.contains("questions Kenya Plantation Workers Union"), "\(found)")
    }
}
