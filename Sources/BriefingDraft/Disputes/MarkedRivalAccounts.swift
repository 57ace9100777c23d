import BriefingModel

/// "The minister said the drop showed that deterrence worked. Aid groups said more people were
/// instead taking the longer route from Libya", "The government says the wall has cut smuggling.
/// Rights groups say migrants simply pay smugglers more": right after one camp's claim, another
/// camp's statement that carries a word setting its account against the one before ("instead",
/// "in fact", "actually", "simply", "merely") denies that claim, though the claim charges no one
/// and the answer has no word of denial. `resolveCounterAccounts` answers only a charge made
/// about the answerer; this reads the marker, so it stays next to the claim: the same
/// paragraph or the next, the nearest claim of another camp. "instead of" is a preposition
/// ("paid in cash instead of vouchers"), and an answer that tells a plan, concedes or offers is
/// no rival account.
extension DisputeFinder {
    static let rivalMarkers: Set<String> = ["instead", "actually", "simply", "merely"]

    /// Does the statement set itself against another account ("instead", "in fact")?
    static func marksRivalAccount(_ statement: String) -> Bool {
        let words = LowercaseWords.split(statement, keeping: "'")
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if rivalMarkers.contains(word), !(word == "instead" && next == "of") { return true }
            if word == "in", next == "fact" { return true }
        }
        return false
    }

    static func resolveMarkedRivalAccounts(_ positions: inout [StancePosition], camps: Camps, actors: [String: DraftActor], open: Set<Int>) {
        for i in positions.indices where open.contains(i) && positions[i].stance == .asserts && !positions[i].isClaim
            && positions[i].contrastTarget == nil && positions[i].hasStatement && !positions[i].accusesToo {
            let answer = positions[i]
            guard actors[answer.actor]?.kind != .media, marksRivalAccount(answer.statement), !concedes(answer),
                  !tellsFuture(answer.statement), !offers(answer.statement), !isBackground(answer.statement) else { continue }
            // The nearest earlier position, if it is another camp's claim in this paragraph or the one before.
            guard i > 0 else { continue }
            let claim = positions[i - 1]
            guard answer.paragraph - claim.paragraph <= 1, claim.stance == .asserts, claim.hasStatement,
                  claim.actor != answer.actor, !camps.allied(claim.actor, answer.actor),
                  !camps.related(camps.id(claim.actor), camps.id(answer.actor)),
                  // The claim marks itself as the rival one: it is the answer, not the claim answered.
                  !marksRivalAccount(claim.statement) else { continue }
            positions[i].stance = answer.hedged ? .questions : .denies
            positions[i].contrastTarget = claim.order
        }
    }
}
