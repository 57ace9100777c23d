import BriefingModel

/// "“The audit checked paperwork, not ownership,” said a campaigner", "said the ministry is
/// managing a press story, not an outbreak", "“They count resignations, not the doctors who cut
/// their hours,” she said": a correction set off by a comma denies what it names only when the
/// clause before it is the claim itself ("the fire started over a private quarrel, not the
/// strike"; "they were farmers, not guerrillas"). When that clause is another party's act on an
/// object — "they", "the inspectors", a named body, with an active verb and its object — the
/// correction says what that party does wrong: a charge against it, or, of a count ("they
/// count", "the ministry recorded"), a doubt about its figure. The speaker's own side so
/// described ("the army targeted militants, not civilians", said by the army) still denies.
extension PositionFinder {
    struct CorrectedAct {
        /// The token of the correction's "not".
        var not: Int
        /// The act is a count: the correction doubts the figure.
        var counts: Bool
    }

    static let countingVerbs: Set<String> = D.words("""
        count counts counted counting record records recorded recording tally tallies tallied tallying
        measure measures measured measuring include includes included including register registers registered
        """)
    private static let progressiveAuxiliaries: Set<String> = ["is", "are", "was", "were"]
    private static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]
    /// Where a reported clause opens, going back from the comma.
    private static let clauseOpeners: Set<String> = ["that", "said", "says", "say", "told", "tells", "added", "adds"]

    static func correctedAct(actor: String, segment: Range<Int>, in p: Int, text: AttributionText) -> CorrectedAct? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let own = Set([actor] + [text.actors[actor]?.affiliation].compactMap { $0 })
        for k in segment where k - 1 > segment.lowerBound && k + 1 < segment.upperBound && tokens[k].kind == .word && tokens[k].lower == "not" {
            let comma = k - 1
            guard tokens[comma].kind == .punct, tokens[comma].lower == ",", tokens[k + 1].kind == .word || tokens[k + 1].kind == .open else { continue }
            var start = comma
            while start > segment.lowerBound, tokens[start - 1].kind == .word, !clauseOpeners.contains(tokens[start - 1].lower) { start -= 1 }
            guard comma - start >= 3 else { continue }
            // The subject: a named body (or "the" before it), "they", or "the" and a noun or two.
            var verb: Int
            var subject: String?
            var definite = false
            if let mention = view.mention(startingAt: start) ?? (tokens[start].lower == "the" ? view.mention(startingAt: start + 1) : nil),
               mention.last + 1 < comma {
                verb = mention.last + 1
                subject = mention.actor
                definite = true
            } else if tokens[start].lower == "they" {
                verb = start + 1
            } else if tokens[start].lower == "the",
                      let found = (start + 2...min(start + 3, comma - 1)).first(where: { isActiveVerbStart(tokens, $0) }),
                      isAgentNoun(tokens[found - 1].lower) {
                // "the inspectors checked", "the health ministry is managing"; not "the fall reflected".
                if let named = ((start + 1)..<found).lazy.compactMap({ view.mention(startingAt: $0)?.actor }).first { subject = named }
                verb = found
                definite = true
            } else { continue }
            if let subject, own.contains(subject) || own.contains(text.actors[subject]?.affiliation ?? "") { continue }
            // The verb group: "is managing", "had checked", or one active verb.
            var main = verb
            let first = tokens[verb].lower
            if progressiveAuxiliaries.contains(first) {
                guard verb + 1 < comma, tokens[verb + 1].lower.hasSuffix("ing") else { continue }
                main = verb + 1
            } else if perfectAuxiliaries.contains(first) {
                guard verb + 1 < comma, tokens[verb + 1].lower.hasSuffix("ed") else { continue }
                main = verb + 1
            } else {
                guard !D.auxiliaries.contains(first), !L.prepositions.contains(first), !D.negations.contains(first),
                      !tokens[verb].isCapitalized, definite ? first.hasSuffix("ed") : true else { continue }
            }
            // Its object, not a preposition ("started over a quarrel") nor an agent ("caused by").
            let object = main + 1
            guard object < comma, tokens[object].kind == .word, !L.prepositions.contains(tokens[object].lower),
                  !D.negations.contains(tokens[object].lower) else { continue }
            return CorrectedAct(not: k, counts: countingVerbs.contains(tokens[main].lower))
        }
        return nil
    }

    /// Who or what can act on an object: a body, a person by role, an inquiry, or those who
    /// inspect and count ("the inspectors", "the auditors").
    private static let actingNouns: Set<String> = D.words("""
        police authorities inspector inspectors investigator investigators auditor auditors officials officers
        troops soldiers forces prosecutors regulators lawmakers
        """)

    static func isAgentNoun(_ noun: String) -> Bool {
        let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        return actingNouns.contains(noun) || L.organizationNouns.contains(singular) || L.governmentNouns.contains(noun)
            || L.personNouns.contains(singular) || inquiryNouns.contains(noun) || D.documentNouns.contains(noun)
    }

    /// A verb group after "the" and its noun: an auxiliary of an active tense, or a past verb.
    private static func isActiveVerbStart(_ tokens: [ParagraphView.Token], _ k: Int) -> Bool {
        guard tokens[k].kind == .word else { return false }
        let lower = tokens[k].lower
        return progressiveAuxiliaries.contains(lower) || perfectAuxiliaries.contains(lower) || (lower.hasSuffix("ed") && !tokens[k].isCapitalized)
    }
}
