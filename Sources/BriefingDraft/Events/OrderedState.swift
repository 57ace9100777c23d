import BriefingModel

/// "A court on Friday ordered him held for eight days", "the ministry ordered the mine closed for
/// two weeks": the length belongs to the state the order puts in place, told by the participle
/// after the object, not to the order, which is made on one day.
extension CandidateBuilder {
    static func isLengthOfOrderedState(_ found: DateFinder.Found, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        let before = clause.lowerBound..<found.tokens.lowerBound
        guard let order = before.last(where: { orderVerbs.contains(analysis.tokens[$0].lower) }) else { return false }
        // The object stands between the order and the participle: "ordered him held".
        return ((order + 2)..<found.tokens.lowerBound).contains { index in
            let token = analysis.tokens[index]
            guard token.isWord, !token.isCapitalized, index - order <= 6 else { return false }
            return token.lower.hasSuffix("ed") || TenseDetector.irregularPast.contains(token.lower) || participles.contains(token.lower)
        }
    }

    /// An order that puts a state in place for a length is an act of its own, never a later
    /// mention of the act before it ("arrested a farmer … A court ordered him held").
    static func ordersAState(clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        analysis.dates.contains { found in
            guard clause.contains(found.tokens.lowerBound), case .duration = found.mention.kind else { return false }
            return isLengthOfOrderedState(found, clause: clause, in: analysis)
        }
    }

    static let orderVerbs: Set<String> = ["order", "orders", "ordered", "ordering"]
    static let participles: Set<String> = ["shut", "kept", "held", "put", "set", "hidden", "frozen", "seized"]
}
