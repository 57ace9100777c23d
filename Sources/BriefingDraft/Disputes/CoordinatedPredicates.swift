import BriefingModel

/// "said the boats had been fishing near the islet, and had never crossed the boundary": a second
/// predicate of the reported clause's own subject, joined by "and" with no subject of its own,
/// negated in a verb group of what was or was not done (had, has, have, was, were, did), denies
/// as a negated first clause does. Only when that subject is the speaker, its people or its
/// things ("we", "its crew", "the boats", or the speaker named): not another actor named or a
/// body described ("said the rebels had burned the village and had not spared children"
/// accuses), and not a measure or a thing done ("said a ban had let stocks recover and had not
/// hurt fishermen" defends the measure; those it hurt hold the rival account, not the ministry).
extension PositionFinder {
    /// Heads of a subject that is a measure or a thing done: what is defended, not denied.
    static let measureSubjects = D.measureNouns.union(rulingObjects).union(D.words("""
        policy policies cut cuts reform reforms programme programmes program programs plan plans scheme schemes
        curfew curfews lockdown lockdowns subsidy subsidies taxes levy levies quota quotas closure closures
        """))

    /// Words that open a subject of the speaker's own: a pronoun, a possessive, a definite article.
    static let ownSubjectOpeners: Set<String> = D.words("""
        we it they he she our its their his her the these those all
        """)

    static func coordinatedPredicateNegated(actor: String, from forwardStart: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        var t = forwardStart
        while t < segment.upperBound, tokens[t].kind == .open || tokens[t].lower == "that" { t += 1 }
        guard t < segment.upperBound, tokens[t].kind == .word, tokens[t].depth == 0,
              let verb = (t..<min(segment.upperBound, t + 8)).first(where: { D.auxiliaries.contains(tokens[$0].lower) }), verb > t,
              !(t..<verb).contains(where: { tokens[$0].kind != .word }) else { return false }
        let mentions = view.mentions(in: t..<verb)
        if mentions.contains(where: { mention in
            mention.actor != actor && text.actors[actor]?.affiliation != mention.actor && text.actors[mention.actor]?.affiliation != actor
        }) { return false }
        if (t..<verb).contains(where: { k in k > t && bodyHeads.contains(tokens[k].lower) && ["the", "that", "this"].contains(tokens[k - 1].lower) }) { return false }
        // A measure or a thing done ("a ban on trawling", "the new law", "its spending cuts").
        if (t..<verb).contains(where: { measureSubjects.contains(tokens[$0].lower) }) { return false }
        // The speaker's own people or things, or the speaker named; not "a study", "officials".
        guard ownSubjectOpeners.contains(tokens[t].lower) || !mentions.isEmpty else { return false }
        for k in (verb + 1)..<segment.upperBound where k + 2 < segment.upperBound && tokens[k].depth == 0 && tokens[k].lower == "and" {
            guard ["had", "has", "have", "was", "were", "did"].contains(tokens[k + 1].lower) else { continue }
            let next = tokens[k + 2].lower
            if next == "not" || next == "never" || next == "n't" { return true }
            // "and had “nothing whatsoever” to do with it", "and had no role in it" (`DeniedLinks`).
            var link = k + 2
            while link < segment.upperBound, tokens[link].kind == .open { link += 1 }
            if link < segment.upperBound, deniesLink(tokens, at: link, end: segment.upperBound) { return true }
        }
        return false
    }
}
