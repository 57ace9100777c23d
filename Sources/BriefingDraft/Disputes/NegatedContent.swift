import BriefingModel

/// "“We heard no siren,” said a farmer" after "the district said sirens had sounded"; "“Our
/// soldiers fight the gangs; they do not protect them”" after "the gangs are protected by the
/// army": a statement that negates a content word of another camp's claim just before it ("no
/// siren", "not protect", "never signed") denies that claim, with no verb of denial. Read off
/// sets U, V and S (a denying quote drafted as asserting). Only the word right after the
/// negation ("no", "not", "never", "n't", "nothing" as object is left alone) and only a word the
/// claim itself says without negating it: "no comment", "no one was hurt" answer nothing.
extension DisputeFinder {
    /// Stems of the words a statement negates: the word after "no" (over one describing word),
    /// the verb after "not", "never", "n't" (over an auxiliary or an adverb).
    static func negatedStems(_ statement: String) -> Set<String> {
        let words = LowercaseWords.split(statement, keeping: "'")
        var stems = Set<String>()
        for (index, word) in words.enumerated() {
            let isNegation = word == "no" || word == "not" || word == "never" || word.hasSuffix("n't")
            guard isNegation else { continue }
            var k = index + 1
            var taken = 0
            while k < words.count, taken < 2 {
                let next = words[k]
                if negationSkips.contains(next) { k += 1; continue }
                if let stem = DisputeLexicon.stem(next) { stems.insert(stem) }
                taken += 1
                // "no siren", "no such plan": the noun may follow one describing word.
                if word != "no" { break }
                k += 1
            }
        }
        return stems
    }

    static let negationSkips: Set<String> = ["be", "been", "have", "has", "had", "ever", "once", "even", "a", "single", "any", "one", "yet", "always", "only"]

    static func resolveNegatedContent(_ positions: inout [StancePosition], camps: Camps, actors: [String: DraftActor], open: Set<Int>) {
        for i in positions.indices where open.contains(i) && positions[i].stance == .asserts && !positions[i].isClaim
            && positions[i].contrastTarget == nil && positions[i].hasStatement && !positions[i].accusesToo {
            let answer = positions[i]
            guard actors[answer.actor]?.kind != .media, !concedes(answer), !tellsFuture(answer.statement) else { continue }
            let negated = negatedStems(answer.statement)
            guard !negated.isEmpty else { continue }
            // The nearest earlier claim of another camp within a paragraph or two that says the negated word unnegated.
            var j = i - 1
            while j >= 0, answer.paragraph - positions[j].paragraph <= 2, i - j <= 8 {
                let claim = positions[j]
                if claim.stance == .asserts, claim.hasStatement, claim.actor != answer.actor,
                   !camps.allied(claim.actor, answer.actor), !camps.related(camps.id(claim.actor), camps.id(answer.actor)),
                   actors[claim.actor]?.kind != .media,
                   !negated.isDisjoint(with: claim.stems.subtracting(negatedStems(claim.statement))) {
                    positions[i].stance = answer.hedged ? .questions : .denies
                    positions[i].contrastTarget = claim.order
                    break
                }
                j -= 1
            }
        }
    }
}
