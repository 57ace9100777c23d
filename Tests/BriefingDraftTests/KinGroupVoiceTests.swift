import BriefingModel
import Testing
@testable import BriefingDraft

/// "His family questioned that account": a person's kin as the subject of a verb of doubt or
/// denial are an actor of their own, the family of the person named last. Invented sentences.
@Suite struct KinGroupVoiceTests {
    func actorNames(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).actors.map(\.name)
    }

    @Test func kinDoubtingAnAccountAreTheFamilyOfThePersonNamed() {
        let raw = """
            A Ghanaian detainee, Kwame Asante, died in his cell in Tripoli on Monday, the Libyan interior ministry said.
            Police said he had died of a heart attack and that there were no signs of violence on his body.
            His family questioned that account.
            """
        let draft = Drafter.draft(raw, published: nil)
        #expect(draft.actors.contains { $0.name == "Family of Kwame Asante" })
        #expect(draft.disputes.contains { $0.sides.contains { $0.actor == "Family of Kwame Asante" } })
    }

    @Test func kinWhoOnlySpeakOrAreOnlyOwnedAreNoActor() {
        let raw = """
            A Ghanaian detainee, Kwame Asante, died in his cell in Tripoli on Monday, the Libyan interior ministry said.
            His family said he would be buried in Kumasi.
            Police said his family home had been searched.
            His family's lawyer disputed the police account.
            """
        #expect(!actorNames(raw).contains { $0.hasPrefix("Family of") })
    }
}
