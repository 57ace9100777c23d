import BriefingModel

/// "Harbor Watch said the dam was unsafe. … Keller insisted that the dam was safe": an actor
/// outside the claimant's camp who says, of the same subject, the predicate the claim negated by
/// its prefix ("safe" / "unsafe", "legal" / "illegal", "proportionate" / "disproportionate"), or
/// the reverse, contradicts the claim. Morphology, not a word list: the two words differ by a
/// negative prefix, and each stands right after a copula ("was", "is", "remained", "as").
extension DisputeFinder {
    static func resolvePolarAnswers(_ positions: inout [StancePosition], camps: Camps) {
        // Each statement's predicates are read once: a claim is tried against a dozen answers.
        var predicates = [String: Set<String>]()
        func predicateWords(_ statement: String) -> Set<String> {
            if let known = predicates[statement] { return known }
            let found = Self.predicateWords(statement)
            predicates[statement] = found
            return found
        }
        for i in positions.indices where positions[i].stance == .asserts && positions[i].contrastTarget == nil && positions[i].hasStatement {
            let answer = positions[i]
            let answerPredicates = predicateWords(answer.statement)
            guard !answerPredicates.isEmpty else { continue }
            func answers(_ claim: StancePosition) -> Bool {
                claim.stance == .asserts && claim.ref != answer.ref && claim.hasStatement
                    && !camps.allied(claim.actor, answer.actor) && !claim.stems.isDisjoint(with: answer.stems)
                    && arePolar(predicateWords(claim.statement), answerPredicates)
            }
            // Only the last two paragraphs and a dozen positions: the look-back stops there.
            // Read by index, not through a slice: a slice alive when the stance is set below
            // would copy the whole array.
            var found: Int?
            var j = i - 1
            while j >= 0, answer.paragraph - positions[j].paragraph <= 2 && i - positions[j].order <= 12 {
                if answers(positions[j]) { found = positions[j].order; break }
                j -= 1
            }
            guard let claimOrder = found else { continue }
            positions[i].stance = answer.hedged ? .questions : .denies
            positions[i].contrastTarget = claimOrder
        }
    }

    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "remains", "remained", "as"]

    /// The words right after a copula, over a degree adverb ("was completely safe").
    static func predicateWords(_ statement: String) -> Set<String> {
        let words = DisputeLexicon.hyphenatedWords(statement)
        var found: Set<String> = []
        for (index, word) in words.enumerated() where copulas.contains(word) {
            var k = index + 1
            while k < words.count, k <= index + 2, words[k].hasSuffix("ly") || ["very", "so", "entirely", "fully", "perfectly"].contains(words[k]) { k += 1 }
            if k < words.count { found.insert(words[k]) }
        }
        return found
    }

    static let negativePrefixes = ["un", "in", "il", "im", "ir", "dis", "non", "non-"]

    /// Do two sets of predicates hold a word and its negation by prefix ("safe", "unsafe")?
    static func arePolar(_ a: Set<String>, _ b: Set<String>) -> Bool {
        for x in a {
            for y in b where x != y {
                let (long, short) = x.count > y.count ? (x, y) : (y, x)
                guard short.count >= 4 else { continue }
                if negativePrefixes.contains(where: { long == $0 + short }) { return true }
            }
        }
        return false
    }
}
