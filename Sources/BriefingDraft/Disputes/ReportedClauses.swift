import BriefingModel

/// "Keller said in a statement that it had never paid any official", "said its permits were in
/// order and that it had never paid any official": a verb of saying may report its clause after
/// a frame ending in "that", and may report more than one clause, each opened by "and that".
/// Each such clause is read for a denial as the first one is.
extension PositionFinder {
    /// Prepositions that open a frame of where or how something was said ("in a statement",
    /// "on its website", "at a news conference", "in an interview with state television").
    static let framePrepositions: Set<String> = ["in", "on", "at", "during", "via", "through"]

    /// Where the reported clauses after the first begin: past a frame that ends in "that", and
    /// after each "and that" (at the top level, outside quotes).
    static func laterReportedClauses(from forwardStart: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> [Int] {
        let tokens = text.paragraphs[p].tokens
        guard forwardStart < segment.upperBound else { return [] }
        var starts: [Int] = []
        if tokens[forwardStart].kind == .word, tokens[forwardStart].depth == 0, framePrepositions.contains(tokens[forwardStart].lower) {
            // A frame runs a few words without a break: "in a statement posted on its website that".
            var k = forwardStart + 1
            while k < min(segment.upperBound, forwardStart + 8), tokens[k].kind == .word, tokens[k].depth == 0, tokens[k].lower != "that" { k += 1 }
            if k < segment.upperBound, k > forwardStart + 1, tokens[k].lower == "that", tokens[k].depth == 0 { starts.append(k + 1) }
        }
        for k in forwardStart..<segment.upperBound where k + 2 < segment.upperBound
            && tokens[k].kind == .word && tokens[k].depth == 0 && tokens[k].lower == "and"
            && tokens[k + 1].lower == "that" && tokens[k + 1].depth == 0 {
            starts.append(k + 2)
        }
        return starts
    }

    /// Does one of the later reported clauses deny something of the speaker itself ("it had
    /// never paid")? A negated clause about anything else ("the figures were not confirmed")
    /// may doubt rather than deny, and is left to the words of the sentence.
    static func laterClauseDenies(actor: String, from forwardStart: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        laterReportedClauses(from: forwardStart, segment: segment, in: p, text: text).contains { start in
            deniesItself(actor: actor, from: start, segment: segment, in: p, text: text)
        }
    }

    /// "said export volumes were up and that no quota had been changed", "said the blast came from
    /// an old mine and that its fighters were not in the area": a later reported clause whose own
    /// verb is negated, or whose subject says none, denies what it names, as the first clause does
    /// (`negatesReportedClause`).
    static func laterClauseNegated(actor: String, from forwardStart: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        return laterReportedClauses(from: forwardStart, segment: segment, in: p, text: text).contains { start in
            // "and that it would not raise prices": a refusal of what is to come, not a denial of what was.
            let verbs = (start..<min(segment.upperBound, start + 8)).first { D.auxiliaries.contains(tokens[$0].lower) || D.negations.contains(tokens[$0].lower) }
            if let verbs, !["is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "not", "never", "no"].contains(tokens[verbs].lower) { return false }
            // "and that “a broken monitor is not an excuse”": words quoted as said are the speaker's
            // charge. "and that Bishkek had not consulted Tajik officials": another actor's failure
            // is a charge against it, not a denial.
            guard start < segment.upperBound, tokens[start].kind != .open, tokens[start].depth == 0 else { return false }
            let subjectEnd = verbs ?? min(segment.upperBound, start + 8)
            if text.paragraphs[p].mentions(in: start..<subjectEnd).contains(where: { mention in
                mention.actor != actor && text.actors[actor]?.affiliation != mention.actor && text.actors[mention.actor]?.affiliation != actor
            }) { return false }
            // "and that the company had not acted on that warning": a body described, not named, too.
            if (start..<subjectEnd).contains(where: { k in
                k > start && bodyHeads.contains(tokens[k].lower) && ["the", "that", "this"].contains(tokens[k - 1].lower)
            }) { return false }
            // "that the figures were “not confirmed”": unconfirmed is doubted, not denied.
            if (start..<segment.upperBound).contains(where: { D.verifyVerbs.contains(tokens[$0].lower) }) { return false }
            // "and that no warning had been given": an agentless passive of what was not done tells
            // of others' omissions as often as it denies; only the first clause is read that way.
            if tokens[start].lower == "no", (start..<min(segment.upperBound, start + 7)).contains(where: { tokens[$0].lower == "been" }) { return false }
            return negatesReportedClause(from: start, segment: segment, in: p, text: text)
        }
    }
}
