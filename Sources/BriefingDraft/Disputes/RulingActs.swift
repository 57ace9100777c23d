import BriefingModel

/// "The Supreme Court on Friday upheld the ban on the party", "an appeals tribunal overturned
/// the fine", "the regulator struck down the merger", "judges threw out the case": a ruling or
/// an official act that keeps a measure takes its side, and one that undoes it opposes it, as a
/// verb of saying would — with no verb of saying in the sentence. What is kept or undone is the
/// ruling's object; the one whose measure, case or appeal is undone holds the other side.
extension PositionFinder {
    static let upholdingVerbs = D.words("upheld uphold upholds upholding")
    static let overturningVerbs = D.words("""
        overturned overturn overturns overturning quashed quash quashes quashing annulled annul annuls annulling
        invalidated invalidate invalidates
        """)
    /// Phrasal acts of undoing: the verb and its particle ("struck down", "threw out").
    static let undoingParticles: [String: String] = [
        "struck": "down", "strike": "down", "strikes": "down", "striking": "down",
        "threw": "out", "throw": "out", "throws": "out", "thrown": "out", "throwing": "out",
    ]
    /// What a court or a regulator is asked to decide: the case a party brings ("dismissed a case
    /// brought by X", "rejected an appeal by X").
    static let caseNouns = D.words("appeal appeals case cases lawsuit lawsuits suit petition petitions challenge complaint bid request application motion")

    /// The stance a ruling act takes on its object, or nil when the word is no ruling act here.
    static func rulingStance(_ p: Int, _ t: Int, text: AttributionText) -> Stance? {
        let tokens = text.paragraphs[p].tokens
        let token = tokens[t]
        guard token.kind == .word, token.depth == 0 else { return nil }
        // "the upheld ban", "an overturned verdict": a modifier, not the act.
        if t > 0, L.determiners.contains(tokens[t - 1].lower) { return nil }
        let stance: Stance
        var object = t + 1
        if upholdingVerbs.contains(token.lower) {
            stance = .asserts
        } else if overturningVerbs.contains(token.lower) {
            stance = .denies
        } else if let particle = undoingParticles[token.lower], t + 1 < tokens.count, tokens[t + 1].lower == particle {
            stance = .denies
            object += 1
        } else {
            return nil
        }
        // "Protesters overturned cars": only a measure, a ruling or a case is kept or undone.
        var k = object
        while k < min(tokens.count, object + 8), tokens[k].kind == .word {
            if rulingObjects.contains(tokens[k].lower) { return stance }
            k += 1
        }
        return nil
    }

    /// What a ruling keeps or undoes: a measure someone took or a case someone brought (not an
    /// election or its result, which no party to the story claims as its own).
    static let rulingObjects = caseNouns.union(D.words("""
        sanction sanctions measure measures tariff tariffs duty duties ban bans embargo decision decisions ruling verdict
        restriction restrictions expulsion expulsions sentence sentences conviction convictions acquittal fine fines penalty
        law laws decree decrees order orders permit permits licence license licences licenses merger deal policy rule rules
        regulation regulations tax contract contracts approval award judgment judgement charges suspension dismissal
        """))

    /// The one whose measure or case a ruling undoes: the first actor named in its object ("a fine
    /// the State Food Service had imposed", "a case brought by Nerija Fleet", "an appeal by Civic
    /// Dawn"), for an act of undoing or a denial whose object is a case ("rejected the appeal").
    static func rulingCounterpart(cue: Int, actor: String, segment: Range<Int>, in p: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let undoes = rulingStance(p, cue, text: text) == .denies
        var k = cue + 1
        if undoingParticles[tokens[cue].lower] != nil { k += 1 }
        if !undoes {
            // "rejected an appeal by", "dismissed the lawsuit brought by": a denial verb, then a case noun.
            guard D.denyVerbs.contains(tokens[cue].lower) else { return nil }
            let objectEnd = min(segment.upperBound, k + 4)
            guard let noun = (k..<objectEnd).first(where: { caseNouns.contains(tokens[$0].lower) }),
                  (k..<noun).allSatisfy({ tokens[$0].kind == .word && view.mentionsStartingAt[$0] == nil }) else { return nil }
            k = noun + 1
        }
        // The object runs to the clause's end: a comma, or a participle that says why ("saying").
        while k < segment.upperBound, !(tokens[k].kind == .punct && tokens[k].depth == 0) {
            if let mention = view.mentionsStartingAt[k]?.first.map({ view.mentions[$0] }) {
                return mention.actor == actor ? nil : mention.actor
            }
            k += 1
        }
        return nil
    }
}
