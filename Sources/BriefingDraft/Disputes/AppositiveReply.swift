import BriefingModel

/// "Opposition parties say the party rigged the vote, a charge it denies", "…, an accusation
/// they reject", "…, which he disputes": a pronoun that answers the claim just reported in its
/// sentence stands for the one the claim is about, never for the claim's speaker (no one
/// denies their own charge).
extension PositionFinder {
    /// The pronoun subject of a verb of denying or doubting at `t` that opens an appositive
    /// reply: a comma, then "which" or a claim noun ("a charge", "an accusation"), then the
    /// pronoun. Nil when the verb is not set off that way.
    static func appositiveReplyPronoun(_ t: Int, in p: Int, floor: Int, text: AttributionText) -> Int? {
        let tokens = text.paragraphs[p].tokens
        guard D.denyVerbs.contains(tokens[t].lower) || D.questionVerbs.contains(tokens[t].lower) else { return nil }
        var k = t - 1
        while k > floor, tokens[k].kind == .word, tokens[k].depth == 0,
              D.auxiliaries.contains(tokens[k].lower) || ["also", "strongly", "flatly", "firmly", "vehemently", "repeatedly"].contains(tokens[k].lower) { k -= 1 }
        let pronouns = L.personalPronouns.union(L.pluralPronouns).union(L.neuterPronouns)
        guard k > floor, tokens[k].kind == .word, tokens[k].depth == 0, pronouns.contains(tokens[k].lower) else { return nil }
        // Back over the noun that opens the reply: "which", or "a (baseless) charge".
        var j = k - 1
        if j > floor, tokens[j].lower == "which" {
            j -= 1
        } else {
            guard j > floor, D.claimNouns.contains(tokens[j].lower) else { return nil }
            j -= 1
            if j > floor, tokens[j].kind == .word, !tokens[j].isCapitalized, !L.determiners.contains(tokens[j].lower) { j -= 1 }
            guard j > floor, L.determiners.contains(tokens[j].lower) else { return nil }
            j -= 1
        }
        guard j >= floor, tokens[j].kind == .punct, tokens[j].lower == ",", tokens[j].depth == 0 else { return nil }
        return k
    }

    /// Who answers the claim made at `claimCue` by `claimant`: the first actor its reported
    /// clause names (its subject, or the object of "accused X of"), of a kind the pronoun can
    /// stand for, up to the comma that opens the reply. Nil when the clause names no one else.
    static func replier(toClaimAt claimCue: Int, by claimant: String, pronoun: Int, in p: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let word = view.tokens[pronoun].lower
        let kinds: Set<ActorKind> = L.personalPronouns.contains(word) ? [.person] : [.organization, .group, .media, .country, .other]
        guard claimCue + 1 < pronoun else { return nil }
        for mention in view.mentions(in: (claimCue + 1)..<pronoun) where !mention.inQuote && !mention.compound {
            let head = text.chainHead(from: mention, in: p)
            guard head.actor != claimant, !head.possessive, kinds.contains(text.actors[head.actor]?.kind ?? .other),
                  text.fits(head.actor, pronoun: word) else { continue }
            return head.actor
        }
        return describedSubject(after: claimCue, before: pronoun, in: p, text: text)
    }

    /// "say the party, which has governed since 2012, rigged …": a reported clause whose subject
    /// is "the <body>" stands for the body named earlier with that head after its name ("the
    /// ruling Harbour party"); the head noun says what it is, whatever kind its name was given.
    static func describedSubject(after claimCue: Int, before limit: Int, in p: Int, text: AttributionText) -> String? {
        let tokens = text.paragraphs[p].tokens
        var k = claimCue + 1
        if k < limit, tokens[k].lower == "that" { k += 1 }
        guard k + 1 < limit, tokens[k].lower == "the" else { return nil }
        // The head: the last of up to two plain words after "the".
        var head = k + 1
        while head + 1 < limit, head < k + 2, tokens[head + 1].kind == .word, !tokens[head + 1].isCapitalized,
              bodyHeads.contains(tokens[head + 1].lower) { head += 1 }
        guard tokens[head].kind == .word, !tokens[head].isCapitalized, bodyHeads.contains(tokens[head].lower) else { return nil }
        return text.earlierDescription(tokens[head].lower, before: AttributionText.Position(paragraph: p, token: k))
    }
}
