import BriefingModel

/// "The Namibian Chamber of Mines backed the government's position", "the opposition echoed
/// those claims": an actor that takes up another's account holds it too — the same side, on
/// the same subject, as the position it backs.
extension PositionFinder {
    static let endorsingVerbs: Set<String> = D.words("""
        back backs backed backing support supports supported supporting endorse endorses endorsed endorsing
        echo echoes echoed echoing share shares shared sharing
        """).union(defendingVerbs)

    /// Nouns for what was said, the object of an endorsing verb.
    static let accountNouns: Set<String> = D.words("""
        position positions stance view views account accounts version argument arguments assessment assessments
        line claim claims allegation allegations findings conclusion conclusions figure figures criticism
        """)

    /// An endorsing verb whose object is an account: `supported` is the actor whose account it
    /// is when a possessive names it ("the government's position"), else nil ("echoed those claims").
    struct Endorsement {
        var supported: String?
    }

    static func endorsement(_ p: Int, _ t: Int, text: AttributionText) -> Endorsement? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard tokens[t].kind == .word, tokens[t].depth == 0 else { return nil }
        if makesSimilarCase(view, at: t) { return Endorsement(supported: nil) }
        guard endorsingVerbs.contains(tokens[t].lower) else { return nil }
        // "a government-backed plan", "the backed bill": an adjective, not a verb.
        if t > 0, L.determiners.contains(tokens[t - 1].lower) { return nil }
        var k = t + 1
        var supported: String?
        var steps = 0
        while k < tokens.count, steps < 5, tokens[k].depth == 0 {
            if let mention = view.mention(startingAt: k) {
                guard mention.possessive else { return nil }
                supported = mention.actor
                k = mention.last + 1
                if k < tokens.count, tokens[k].kind != .word { k += 1 }  // the possessive mark
                steps += 1
                continue
            }
            let token = tokens[k]
            guard token.kind == .word else { return nil }
            if accountNouns.contains(token.lower) {
                // "defended its figures": no other's account named, nothing backed (`DefendedAccounts`).
                if defendingVerbs.contains(tokens[t].lower), supported == nil { return nil }
                return Endorsement(supported: supported)
            }
            // Determiners and modifiers only: "the government's official position", "those claims".
            guard L.determiners.contains(token.lower) || ["these", "those", "this", "that", "its", "their", "his", "her", "earlier", "official"].contains(token.lower)
                    || (!token.isCapitalized && token.lower.count > 2 && !L.prepositions.contains(token.lower)) else { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// Each endorsement takes the stance and subject of the account it backs: the latest
    /// position, within three paragraphs, of the actor it names, or of another actor when it
    /// names none ("echoed those claims").
    static func resolveEndorsements(_ positions: inout [StancePosition], text: AttributionText) {
        for index in positions.indices where endorsingVerbs.contains(positions[index].cueWord) || similarCaseVerbs.contains(positions[index].cueWord) {
            let position = positions[index]
            guard let endorsement = endorsement(position.paragraph, position.cue, text: text) else { continue }
            let backed = positions[..<index].lastIndex { candidate in
                candidate.actor != position.actor && position.paragraph - candidate.paragraph <= 3
                    && (endorsement.supported.map { candidate.actor == $0 } ?? true)
            }
            guard let backed else { continue }
            positions[index].stance = positions[backed].stance
            positions[index].stems.formUnion(positions[backed].stems)
            positions[index].mentioned.formUnion(positions[backed].mentioned.subtracting([position.actor]))
            positions[index].isClaim = positions[backed].isClaim
            // "made a similar case" says nothing of its own: it holds the words it takes up.
            if similarCaseVerbs.contains(position.cueWord) { positions[index].statement = positions[backed].statement }
        }
    }
}
