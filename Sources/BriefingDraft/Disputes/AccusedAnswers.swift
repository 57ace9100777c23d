import BriefingModel

/// "Northland accused Southland of blocking the channel. … Southland said its ships had left
/// the channel on schedule": the actor an accusation names, speaking soon after on its subject,
/// gives a rival account. It denies the charge even without a word of denial, and doubts it
/// when it hedges ("could", "may"). Grammar, not phrasing: the accused is the object of the
/// verb of accusing (`StancePosition.accused`), or, for a claim made with a plain verb of saying
/// ("Harbor Watch said Keller Mining trucks had carried waste …"), the actor its reported clause
/// opens with (`StancePosition.about`), who must then answer on the claim's subject.
extension PositionFinder {
    /// The object of a verb of accusing, in the few words before its charge: a name ("accused
    /// Southland of"), a name as a modifier ("accusing Southland's navy of", "Southern diplomats"),
    /// a body named by the head noun of its name ("accused police of" → "National Police"), or
    /// a pronoun standing for the one actor the sentence names ("accusing them of").
    static func accusedActor(after cue: Int, segment: Range<Int>, mentioned: Set<String>, in p: Int, text: AttributionText) -> String? {
        if let named = headActor(after: cue, in: p, text: text) { return named }
        let view = text.paragraphs[p]
        // Not "it": a thing as often as an actor.
        if cue + 1 < segment.upperBound, ["them", "him", "her"].contains(view.tokens[cue + 1].lower) {
            return mentioned.count == 1 ? mentioned.first : nil
        }
        var head: String?
        var k = cue + 1
        while k < min(segment.upperBound, cue + 5) {
            if let mention = view.mentionsStartingAt[k]?.first.map({ view.mentions[$0] }) { return mention.actor }
            let token = view.tokens[k]
            // The charge begins ("of", "for", "over") or the clause ends.
            guard token.kind == .word, token.depth == 0, !L.prepositions.contains(token.lower) else { break }
            if !L.determiners.contains(token.lower) { head = token.lower }
            k += 1
        }
        return head.flatMap { actorNamed(byHead: $0, in: text) }
    }

    /// The one organisation whose name ends with this noun ("police" → "National Police") or
    /// that goes by it ("the army").
    static func actorNamed(byHead noun: String, in text: AttributionText) -> String? {
        guard let named = text.organisationsByHead[noun], named.count == 1 else { return nil }
        return named.first
    }
}

extension DisputeFinder {
    /// How far (in paragraphs) an answer may stand from the charge; beyond the next paragraph
    /// it must share more of the charge's words.
    static let answerReach = 3

    static func resolveAccusedAnswers(_ positions: inout [StancePosition], camps: Camps) {
        for i in positions.indices where positions[i].stance == .asserts && !positions[i].isClaim
            && positions[i].contrastTarget == nil && positions[i].hasStatement {
            // Found in a function of its own: no slice of the array outlives the search, so
            // setting the stance does not copy the whole array.
            guard let charge = accusedCharge(answeredBy: i, positions: positions, camps: camps) else { continue }
            positions[i].stance = positions[i].hedged ? .questions : .denies
            positions[i].contrastTarget = charge
        }
    }

    /// The order of the charge the position at `i` answers as the one accused, if any.
    static func accusedCharge(answeredBy i: Int, positions: [StancePosition], camps: Camps) -> Int? {
        let answer = positions[i]
        // Only the last few paragraphs and positions: the look-back stops there.
        let earlier = positions[..<i].reversed().prefix { answer.paragraph - $0.paragraph <= answerReach && i - $0.order <= 12 }
        // "China said the tariffs would be removed from June 1": what will be done is no rival
        // account of what was done; only a charge (`accused`) is answered whatever the tense.
        let tellsWhatWillBe = tellsFuture(answer.statement)
        // "its profit had risen 8 percent": a figure of its own business is no account of the charge.
        if isBackground(answer.statement) { return nil }
        // "her client was cooperating with investigators": a concession is no rival account.
        if concedes(answer) { return nil }
        return earlier.first(where: { claim in
            guard let accused = claim.accused ?? (tellsWhatWillBe ? nil : claim.about), claim.stance == .asserts, claim.ref != answer.ref,
                  camps.allied(accused, answer.actor), !camps.allied(claim.actor, answer.actor),
                  // One's own camp is not the accused ("the ministry accused it of …" read wrongly as its country).
                  !camps.related(camps.id(claim.actor), camps.id(accused)),
                  // "union members had blocked its trucks": an account of what the accuser did is a counter-charge.
                  !(answer.about.map { camps.allied($0, claim.actor) } ?? false),
                  // Denied by its verb later on ("denied dumping any waste"): that denial is the answer.
                  !deniedLater(claim, by: accused, after: i, positions: positions, camps: camps) else { return false }
            // Close by, one shared word or the very next position will do; farther, two.
            let common = claim.stems.intersection(answer.stems).count
            // What the charged one will do answers a charge of what it did only on its words.
            if speaksOfPlans(answer.statement), !speaksOfPlans(claim.statement), common < 2 { return false }
            // A claim made with a plain verb of saying is answered, off its subject, only by the
            // very one it is about (not by that one's spokesman on another matter).
            let nextWillDo = (claim.accused != nil || claim.about == answer.actor) && i - claim.order <= 2
            // The one charged, speaking for the first time since the charge, answers it on one shared word.
            let firstWord = accused == answer.actor && !positions[(claim.order + 1)..<i].contains { camps.allied($0.actor, accused) }
            return common >= 2 || (answer.paragraph - claim.paragraph <= 1 || firstWord) && (common >= 1 || nextWillDo)
        })?.order
    }
}

extension DisputeFinder {
    /// Does the charged camp deny by its verb, within the answer's reach after `index`?
    static func deniedLater(_ claim: StancePosition, by accused: String, after index: Int, positions: [StancePosition], camps: Camps) -> Bool {
        positions[(index + 1)...].prefix { $0.paragraph - claim.paragraph <= answerReach }.contains { later in
            later.answersByVerb && later.stance != .asserts && camps.allied(later.actor, accused)
        }
    }

    /// Does the statement's first verb group say what will or may be ("the tariffs would be removed")?
    static func tellsFuture(_ statement: String) -> Bool {
        let words = LowercaseWords.split(statement, keeping: "'")
        guard let verb = words.prefix(10).first(where: { DisputeLexicon.auxiliaries.contains($0) }) else { return false }
        return ["will", "would", "could", "may", "might", "should", "can", "shall"].contains(verb)
    }
}

extension PositionFinder {
    /// The actor a reported clause opens with, as its subject or the name modifying its subject's
    /// head ("Chinese coast guard vessels", "state oil company Pemex", "Kenyan police"), within
    /// the few words before its verb; never the speaker's own camp ("its drones").
    static func clauseSubject(from start: Int, speaker: String, segment: Range<Int>, in p: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        var k = start
        while k < segment.upperBound, tokens[k].kind == .open || tokens[k].lower == "that" { k += 1 }
        let end = min(segment.upperBound, k + 6)
        while k < end {
            if let mention = view.mentionsStartingAt[k]?.first.map({ view.mentions[$0] }) {
                guard mention.actor != speaker, text.actors[speaker]?.affiliation != mention.actor,
                      text.actors[mention.actor]?.affiliation != speaker else { return nil }
                return mention.actor
            }
            let token = tokens[k]
            // The verb group or a clause break ends the subject; "its envoy X" is the speaker's own.
            guard token.kind == .word, token.depth == 0, !D.auxiliaries.contains(token.lower), !L.prepositions.contains(token.lower),
                  !["he", "she", "it", "they", "we", "i", "you", "its", "their", "our", "his", "her", "my"].contains(token.lower) else { return nil }
            k += 1
        }
        return nil
    }
}
