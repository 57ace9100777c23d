import BriefingModel
import Testing
@testable import BriefingDraft

/// "The homeland security ministry said …", "The public security ministry denied …": a
/// ministry the text never names in full, described by a portfolio of two words, is an actor
/// of the story's country ("Maldivian Homeland Security Ministry") when it speaks, and holds
/// the side it takes. Not when the phrase is no subject ("a homeland security ministry
/// warehouse"), nor for words that name no portfolio. Passages are invented.
@Suite struct UnnamedPortfolioBodyTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }

    func actors(_ raw: String) -> [String] { draft(raw).actors.map(\.name) }

    func positions(_ raw: String) -> [String] {
        Drafter.positions(in: draft(raw).text).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    static let deportation = """
        MALE, March 4 (Reuters) - Two Bangladeshi workers who had told investigators about abuse at a detention centre near the capital were deported on Sunday, their lawyer said.

        The lawyer, Aisha Rasheed, said the men had been expelled to stop them from testifying.

        The homeland security ministry said the two men had been on a deportation list drawn up weeks earlier and denied that their removal had anything to do with the investigation.
        """

    @Test func aHomelandSecurityMinistryIsAnActor() {
        let names = actors(Self.deportation)
        #expect(names.contains { $0.hasPrefix("Maldiv") && $0.hasSuffix(" Homeland Security Ministry") }, "\(names)")
    }

    @Test func itHoldsItsDenial() {
        let found = positions(Self.deportation)
        #expect(found.contains { $0.hasSuffix("Homeland Security Ministry") }, "\(found)")
    }

    @Test func aPublicSecurityMinistryDenies() {
        let text = """
            HANOI, July 9 (AFP) - A blogger arrested last month in Hanoi was beaten in custody, his wife told reporters on Tuesday.

            The public security ministry rejected the account, saying the blogger had been treated in accordance with the law.
            """
        let names = actors(text)
        #expect(names.contains("Vietnamese Public Security Ministry"), "\(names)")
    }

    @Test func aWarehouseIsNoSpeaker() {
        let text = """
            MALE, March 4 (Reuters) - Fire destroyed part of the homeland security ministry warehouse in the capital on Sunday, police said.
            """
        let names = actors(text)
        #expect(!names.contains { $0.contains("Homeland Security") }, "\(names)")
    }

    @Test func wordsThatNameNoPortfolioMakeNoBody() {
        let text = """
            LIMA, Oct 2 (Reuters) - Peru's congress voted on Thursday to remove the country's ombudsman.

            The old guard ministry said nothing about the vote.
            """
        let names = actors(text)
        #expect(!names.contains { $0.contains("Guard Ministry") || $0.contains("Old") }, "\(names)")
    }
}
