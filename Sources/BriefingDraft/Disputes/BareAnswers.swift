/// "Kelsish officials said no such visit had been arranged", "The prosecutor's office denied any
/// political motive": an answer that denies a thing indefinitely ("no such", "any") and carries
/// almost no subject matter of its own (at most three content words) answers what was said just
/// before it — the last position from outside its camp, when that one is an assertion in the same
/// or the previous paragraph. Sharing no words with it is no reason to look for an older, wordier
/// claim. A definite pointer ("disputed the Polish account", "rejected the allegation") names what
/// it answers and is left to `link`.
extension DisputeFinder {
    /// How much an answer's link to the account it follows is raised (`link` scores).
    static let bareAnswerWeight = 3.0

    /// The assertion a bare answer follows, when there is one.
    static func bareAnswerTarget(_ d: Int, positions: [StancePosition], camps: Camps) -> Int? {
        let answer = positions[d]
        guard answer.stance != .asserts, answer.stems.count <= 3, answer.anaphora > 0 || answer.answersByVerb,
              answer.namedClaimant == nil, answer.contrastTarget == nil, deniesIndefinitely(answer.statement) else { return nil }
        // Only the positions just before: the look-back stops at the previous paragraph.
        guard let last = positions[..<d].indices.reversed().prefix(while: { answer.paragraph - positions[$0].paragraph <= 1 })
            .first(where: { !camps.allied(positions[$0].actor, answer.actor) }) else { return nil }
        let target = positions[last]
        return target.stance == .asserts && target.hasStatement ? last : nil
    }

    /// A dispute made of a "no such" answer and the account it follows is about that account
    /// alone ("a delegation would travel … next week" — "no such visit"): it is not merged into
    /// an older quarrel between the same camps.
    static func answersJustBefore(_ cluster: Cluster, positions: [StancePosition], camps: Camps) -> Bool {
        guard let first = cluster.opposing.first, pointsWithSuch(positions[first].statement) else { return false }
        return bareAnswerTarget(first, positions: positions, camps: camps) == cluster.core
    }

    /// "any political motive", "no such meeting had been confirmed", "any such plan": the thing
    /// denied is not named as someone's claim, only as something that does not exist.
    static func deniesIndefinitely(_ statement: String) -> Bool {
        let words = letterWords(statement)
        return words.first == "any" || pointsWithSuch(words)
    }

    /// "no such visit", "any such plan": a thing just mentioned, said not to exist. ("Denied that
    /// any payment was overdue" answers the charge of the quarrel itself and may join it.)
    static func pointsWithSuch(_ statement: String) -> Bool { pointsWithSuch(letterWords(statement)) }

    private static func pointsWithSuch(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { ($0.0 == "no" || $0.0 == "any") && $0.1 == "such" }
    }

    private static func letterWords(_ statement: String) -> [String] {
        LowercaseWords.split(statement)
    }
}
