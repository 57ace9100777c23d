import BriefingModel

/// Sides that news gives in few words, often to an unnamed group: "Rights groups dispute
/// that.", "Residents of the riverside district of Buzi disputed that.", "Some analysts are
/// not convinced that …", "The Chamber of Mines backed the government's position."
extension PositionFinder {
    /// "Rights groups dispute that", "the unions dispute the figure", "we do not dispute it": the
    /// bare form "dispute" is a verb only after a plural subject or an auxiliary and before its
    /// object; "a border dispute that …", "the dispute over fees" and "dispute resolution" are nouns.
    static func isPresentDispute(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard tokens[t].lower == "dispute", tokens[t].kind == .word, tokens[t].depth == 0, t > 0, t + 1 < tokens.count else { return false }
        let before = tokens[t - 1]
        guard before.kind == .word, before.depth == 0 else { return false }
        let subjectLike = L.pluralPronouns.contains(before.lower) || ["we", "i", "you", "who"].contains(before.lower)
            || D.auxiliaries.contains(before.lower) || ["not", "also", "still", "strongly", "firmly", "flatly"].contains(before.lower)
            || text.paragraphs[p].mention(endingAt: t - 1).map { !$0.possessive } == true
            || (!before.isCapitalized && before.lower.count > 3 && before.lower.hasSuffix("s") && !before.lower.hasSuffix("ss"))
        guard subjectLike || endsNamedSubject(tokens, at: t) else { return false }
        let after = tokens[t + 1]
        guard after.kind == .word else { return false }
        return ["that", "this", "these", "those", "it", "the", "such", "any", "its", "their", "his", "her", "claims", "reports"].contains(after.lower)
    }

    /// "Residents of three villages near Tarvana dispute that, saying …", "Farmers around Lake
    /// Osh dispute that.": a long subject that ends in a place name stands right before the bare
    /// "dispute", and "that" closed by punctuation is a pronoun, so "dispute" is the verb. Read
    /// off the blind sets AH–AK (a village group's denial drafted as asserting). A name after a
    /// determiner ("the Kashmir dispute that, …") is the noun's modifier, and "dispute that"
    /// before more words ("the Osh dispute that began …") is a noun with its relative clause.
    static func endsNamedSubject(_ tokens: [ParagraphView.Token], at t: Int) -> Bool {
        guard t >= 2, t + 2 < tokens.count, tokens[t - 1].isCapitalized, tokens[t + 1].lower == "that",
              tokens[t + 1].depth == 0, tokens[t + 2].kind == .punct, [",", ".", ";"].contains(tokens[t + 2].lower) else { return false }
        return !L.determiners.contains(tokens[t - 2].lower) && tokens[t - 2].kind == .word
    }

    /// Words that say a subject is not persuaded: "are not convinced that", "remain unconvinced",
    /// "are sceptical that", "were doubtful about".
    static let unpersuadedWords: Set<String> = ["unconvinced", "sceptical", "skeptical", "doubtful", "unpersuaded"]

    /// "Some experts are not convinced that the plan will work", "Economists remain sceptical":
    /// the subject doubts what follows. The copula must come right before (over "not", "still"),
    /// so "a convinced supporter" or "convinced him to stay" is no doubt.
    static func isUnpersuaded(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let tokens = text.paragraphs[p].tokens
        guard tokens[t].kind == .word, tokens[t].depth == 0 else { return false }
        let word = tokens[t].lower
        guard word == "convinced" || unpersuadedWords.contains(word) else { return false }
        var k = t - 1
        var negated = false
        while k >= 0, k >= t - 3, tokens[k].kind == .word, tokens[k].depth == 0, ["not", "still", "also", "far", "from", "yet"].contains(tokens[k].lower) {
            if tokens[k].lower == "not" || tokens[k].lower == "far" { negated = true }
            k -= 1
        }
        guard k >= 0, tokens[k].kind == .word, tokens[k].depth == 0, copulas.contains(tokens[k].lower) || tokens[k].lower.hasSuffix("n't") else { return false }
        if tokens[k].lower.hasSuffix("n't") { negated = true }
        return word == "convinced" ? negated : !negated
    }

    static let copulas: Set<String> = ["are", "is", "was", "were", "remain", "remains", "remained", "seem", "seemed", "appear", "appeared", "be", "been"]

    /// The subject of "are not convinced", before its copula and any auxiliary: "Some analysts
    /// are not convinced" → Analysts.
    static func unpersuadedSubject(_ t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        var k = t - 1
        while k >= floor, view.tokens[k].kind == .word, view.tokens[k].depth == 0, view.mention(endingAt: k) == nil,
              ["not", "still", "also", "far", "from", "yet", "all"].contains(view.tokens[k].lower) || copulas.contains(view.tokens[k].lower)
                || D.auxiliaries.contains(view.tokens[k].lower) || view.tokens[k].lower.hasSuffix("n't") {
            k -= 1
        }
        guard k >= floor, let mention = view.mention(endingAt: k), !mention.possessive else { return nil }
        return mention.actor
    }

    /// "Residents of the riverside district of Buzi disputed that", "aid groups working in the
    /// flood-hit districts say …": an unnamed group that opens its clause, with a phrase after
    /// it (of a place, of what they do) that holds no other actor and no verb of saying, is the
    /// subject of the verb that ends the phrase.
    static func groupVoiceSubject(before t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        var k = t - 1
        // "Residents of Ha Ntsie, a village near the dam wall, said …": an apposition that closes
        // right before the verb describes the place; the group is before it.
        // "…, the state that supplies most of the water, did not believe her": over the verb's
        // auxiliary and negation to the apposition's close.
        var verb = t
        while verb - 1 > floor, tokens[verb - 1].kind == .word, tokens[verb - 1].depth == 0,
              D.auxiliaries.contains(tokens[verb - 1].lower) || ["not", "never"].contains(tokens[verb - 1].lower) { verb -= 1 }
        if let opening = placeAppositionOpening(closingAt: verb - 1, in: p, floor: floor, text: text) { k = opening - 1 }
        // Far enough for a relative clause between the group and its verb ("Residents who … say").
        while k >= floor, t - k <= 30 {
            let token = tokens[k]
            // "near the Kok-Tash quarry": a hyphen inside a word is part of the phrase.
            if token.kind == .punct, token.lower == "-", k > floor, tokens[k - 1].kind == .word { k -= 1; continue }
            guard token.kind == .word, token.depth == 0 else { return nil }
            if let mention = view.mention(endingAt: k) {
                guard mention.kind == .other, !mention.possessive, mention.last < t - 1 else { return nil }
                let before = mention.first - 1
                let opensClause = before < floor || tokens[before].kind == .punct
                    || ["but", "while", "though", "although", "yet", "and", "some", "many", "other", "several", "most"].contains(tokens[before].lower)
                guard opensClause, ["of", "from", "in", "at", "across", "near", "working", "living", "based", "who"].contains(tokens[mention.last + 1].lower) else { return nil }
                return mention.actor
            }
            if L.speechVerbs.contains(token.lower) || ["that", "which", "whose"].contains(token.lower) || isStanceCue(p, k, text: text) { return nil }
            k -= 1
        }
        return nil
    }

    /// ", a village of about 400 people near the dam wall," closing at `close`: the token of its
    /// opening comma, when it opens with an article and holds no verb of saying and no other comma.
    static func placeAppositionOpening(closingAt close: Int, in p: Int, floor: Int, text: AttributionText) -> Int? {
        let tokens = text.paragraphs[p].tokens
        guard close > floor, tokens[close].kind == .punct, tokens[close].lower == "," else { return nil }
        var j = close - 1
        while j > floor, close - j <= 16 {
            let token = tokens[j]
            if token.kind == .punct {
                guard token.lower == ",", ["a", "an", "the"].contains(tokens[j + 1].lower), j + 2 < close else { return nil }
                return j
            }
            if token.depth != 0 || L.speechVerbs.contains(token.lower) || isStanceCue(p, j, text: text) { return nil }
            j -= 1
        }
        return nil
    }
}
