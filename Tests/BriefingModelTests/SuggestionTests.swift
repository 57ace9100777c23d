@testable import BriefingModel
import Testing

@Suite struct SuggestionTests {
    @Test func findsTheNearestCandidate() {
        let actors = ["vladimir-putin", "sergei-lavrov", "kim-jong-un", "russia"]
        #expect(Suggestion.nearest(to: "vladimir-putn", in: actors) == "vladimir-putin")
        #expect(Suggestion.nearest(to: "sergei-lavrof", in: actors) == "sergei-lavrov")
        #expect(Suggestion.nearest(to: "rusia", in: actors) == "russia")
        #expect(Suggestion.nearest(to: "participant", in: ["participants", "place", "title"]) == "participants")
        #expect(Suggestion.nearest(to: "persn", in: ActorKind.allCases.map(\.rawValue)) == "person")
    }

    @Test func nothingWhenTooFar() {
        #expect(Suggestion.nearest(to: "russian-federation", in: ["russia", "north-korea"]) == nil)
        #expect(Suggestion.nearest(to: "colour", in: ["id", "question", "status", "positions", "description"]) == nil)
        #expect(Suggestion.nearest(to: "anything", in: [String]()) == nil)
    }

    @Test func theLimitGrowsWithTheWord() {
        // Two edits are always allowed; longer words allow a third of their length.
        #expect(Suggestion.nearest(to: "abcd", in: ["abxy"]) == "abxy")
        #expect(Suggestion.nearest(to: "abcd", in: ["axyz"]) == nil)
        #expect(Suggestion.nearest(to: "abcdefghi", in: ["abcdefxyz"]) == "abcdefxyz")
        #expect(Suggestion.nearest(to: "abcdefghi", in: ["abcdewxyz"]) == nil)
    }

    @Test func tiesGoToTheFirstInAlphabeticalOrder() {
        #expect(Suggestion.nearest(to: "cat", in: ["cot", "bat", "cut"]) == "bat")
        #expect(Suggestion.nearest(to: "cat", in: ["cut", "cot"]) == "cot")
    }

    @Test func anExactMatchIsItsOwnNearest() {
        #expect(Suggestion.nearest(to: "russia", in: ["russian", "russia"]) == "russia")
    }

    @Test func hint() {
        #expect(Suggestion.hint(for: "rol", in: ["actor", "role"]) == " (did you mean 'role'?)")
        #expect(Suggestion.hint(for: "zzzzzz", in: ["actor", "role"]) == "")
    }

    @Test func editDistanceCountsUnicodeScalars() {
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("Лавров", "Лавроф") == 1)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }
}
