import BriefingModel
@testable import BriefingDraft
import Testing

/// From an invented probe of a border story: actors joined to the agent by "and" in the subject
/// act with it ("Peru and Bolivia reopened …", "Schialer and his Bolivian counterpart, Celinda
/// Sosa, met …"); an actor in a relative clause or a prepositional phrase before the verb does not.
extension EventFinderTests {
    static let peru: (String, ActorKind, [String]) = ("Peru", .country, [])
    static let bolivia: (String, ActorKind, [String]) = ("Bolivia", .country, ["Bolivian"])

    @Test func coordinatedSubjectsAreParticipants() throws {
        let reopened = try #require(events("Peru and Bolivia reopened their main border crossing on Tuesday.", "2025-07-09",
                                           actors: [Self.peru, Self.bolivia]).first)
        #expect(reopened.participants == ["Peru", "Bolivia"])
        let met = try #require(events("Elmer Schialer and his Bolivian counterpart, Celinda Sosa, met in the border town on Monday.", "2025-07-09",
                                      actors: [("Elmer Schialer", .person, []), ("Celinda Sosa", .person, []), Self.bolivia]).first)
        #expect(met.participants.contains("Celinda Sosa"), "\(met.participants)")
    }

    @Test func anActorBeforeTheVerbButOutsideTheSubjectIsNoCoAgent() throws {
        let reopened = try #require(events("Peru, after talks with Bolivia and Chile, reopened the crossing on Tuesday.", "2025-07-09",
                                           actors: [Self.peru, Self.bolivia]).first)
        #expect(reopened.participants.first == "Peru")
        #expect(!reopened.participants.contains("Bolivia"), "\(reopened.participants)")
    }
}
