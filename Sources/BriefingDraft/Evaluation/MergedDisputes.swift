/// A drafted dispute that holds opposed sides of two or more gold disputes, for
/// `briefing-eval --merged`: under the one-to-one scorer (`DisputeMatching`) it can stand for
/// one of them only, so the others are lost unless another drafted dispute finds them. Listing
/// them shows the forms a split of the drafted dispute would have to read.
public struct MergedDispute: Sendable, Hashable {
    /// The drafted question and its sides ("actor stance pP.sS").
    public var question: String
    public var sides: [String]
    /// The gold disputes it finds, by topic, each marked when no other drafted dispute finds it.
    public var goldTopics: [String]
    /// How many of those gold disputes the one-to-one matching leaves unfound.
    public var lost: Int

    public var description: String {
        "\"\(question)\" finds \(goldTopics.count) gold disputes (\(lost) lost)\n"
            + goldTopics.map { "      gold: \($0)" }.joined(separator: "\n") + "\n"
            + sides.map { "      side: \($0)" }.joined(separator: "\n")
    }
}

extension Evaluator {
    /// Every drafted dispute that finds two or more gold disputes (`finds`), with the gold
    /// questions; a gold topic found by no other drafted dispute is marked "only here".
    public static func mergedDisputes(_ draft: Draft, against gold: Gold) -> [MergedDispute] {
        let same = ActorMatch(draft: draft, gold: gold).same
        let finders = gold.disputes.map { goldDispute in draft.disputes.indices.filter { finds(draft.disputes[$0], goldDispute, same: same) } }
        let paired = DisputeMatching.pairs(finders)
        return draft.disputes.indices.compactMap { d in
            let found = gold.disputes.indices.filter { finders[$0].contains(d) }
            guard found.count >= 2 else { return nil }
            let topics = found.map { g in gold.disputes[g].topic + (finders[g] == [d] ? " [only here]" : "") }
            let sides = draft.disputes[d].sides.map { side in
                "\(side.actor) \(side.stance.rawValue) p\(side.source.paragraph).s\(side.source.sentence ?? 0): \(side.statement.prefix(100))"
            }
            return MergedDispute(question: draft.disputes[d].question, sides: sides, goldTopics: topics,
                                 lost: found.filter { paired[$0] == nil }.count)
        }
    }
}
