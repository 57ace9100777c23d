/// "Samuel Otieno, who heads the opposition Orange Democratic Movement, said": a relative clause
/// whose verb is heading a body gives the person a role and the body as affiliation, as
/// ", the head of the Orange Democratic Movement," does. Before, the person had neither, and a
/// side taken for the movement stood apart from its leader's. Only a named body (a chunk read
/// as an organisation, institution or international body) after at most three lower-case
/// modifiers, closing the clause; "who heads home", "who leads a protest group" and "who heads
/// the X Administration's office in Y" (a part of the body) give nothing.
extension NameFinding {
    /// Verbs of heading a body, with the role each gives.
    static let headingVerbs: [String: String] = ["heads": "head", "leads": "leader", "chairs": "chair", "runs": "head", "directs": "director"]

    /// `who` is the token "who"; the role and the body when "who heads [the] [modifiers] <Body>" follows.
    func headedBody(afterWho who: Int, in sentence: AnalyzedSentence) -> (String, Qualifier)? {
        guard sentence.tokens[who].lower == "who", let verb = sentence.token(who + 1), let role = Self.headingVerbs[verb.lower] else { return nil }
        var t = who + 2
        if sentence.token(t)?.lower == "the" { t += 1 }
        var modifiers = 0
        while modifiers < 3, let word = sentence.token(t), word.isWord, !word.isCapitalized, sentence.chunkAt[t] == nil,
              !NameLexicon.functionWords.contains(word.lower) {
            t += 1
            modifiers += 1
        }
        guard let body = sentence.chunk(startingAt: t) else { return nil }
        switch body.kind {
        case .organization, .institution, .international: break
        default: return nil
        }
        // "who heads the Fisheries Administration's office in …" heads a part of the body, not the body.
        guard let closing = sentence.token(body.tokens.upperBound), [",", ".", ";"].contains(closing.text) else { return nil }
        return (role, .surface(body.name))
    }
}
