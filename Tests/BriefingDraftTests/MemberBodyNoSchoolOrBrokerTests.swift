import BriefingModel
import Testing
@testable import BriefingDraft

/// "the union" or "the federation" is never a university or a securities house named just
/// before, and is the association named a few paragraphs up
/// (Names/MemberBodiesNoSchoolsOrBrokers.swift). Invented wire copy, found by probing.
@Suite struct MemberBodyNoSchoolOrBrokerTests {
    static func actors(in text: String) -> [DraftActor] {
        Drafter.draft(text, published: nil).actors
    }

    static func aliases(of name: String, in text: String) -> [String] {
        actors(in: text).first { $0.name == name }?.aliases.map { $0.lowercased() } ?? []
    }

    @Test func federationIsNotTheUniversity() {
        let text = """
        PUERTO MONTT, Chile, June 10 (Reuters) - Fishermen's leader Jorge Millan said on Tuesday that barges had dumped dead fish off Chiloe island.

        Scientists at the University of Los Lagos said the bloom was most likely caused by warm water.

        The federation said it would take the company to court.
        """
        #expect(!Self.aliases(of: "University of Los Lagos", in: text).contains("the federation"))
    }

    @Test func unionIsTheAssociationNotTheBroker() {
        let text = """
        BANGKOK, June 8 (Reuters) - The Thai Pilots Association said on Monday that Siam Skylines had kept flying two jets with faulty sensors.

        Association president Somchai Rattana said pilots had filed eleven reports.

        Analysts at Kasikorn Securities said the dispute was unlikely to affect bookings.

        The union said the airline had threatened to dismiss pilots who spoke to the press.
        """
        #expect(!Self.aliases(of: "Kasikorn Securities", in: text).contains("the union"))
        #expect(Self.aliases(of: "Thai Pilots Association", in: text).contains("the union"))
    }

    /// Must not: "the union" named as a union still reads that union, and "the bank" still reads a bank.
    @Test func aNamedUnionAndABankStillResolve() {
        let text = """
        OSLO, March 3 (Reuters) - The Norwegian Pilots Association and the Norwegian Transport Workers' Union both criticised the plan on Tuesday.

        The union said the strike would go ahead.
        """
        #expect(Self.aliases(of: "Norwegian Transport Workers' Union", in: text).contains("the union"))
        #expect(!Self.aliases(of: "Norwegian Pilots Association", in: text).contains("the union"))
    }
}
