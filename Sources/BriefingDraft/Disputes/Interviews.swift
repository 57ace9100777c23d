import BriefingModel

/// "Police questioned two suspects", "investigators questioned three former managers of the
/// utility", "prosecutors questioned Ana Ruiz for six hours": to question people is to interview
/// them, no doubt about anything said. A verb of questioning whose object is people — a count
/// or a determiner before a noun for people, a pronoun for a person, a person by name — is no
/// stance cue. "questioned the figures", "questioned whether …", "questioned Ruiz's account"
/// still doubt.
extension PositionFinder {
    static let interviewVerbs: Set<String> = ["question", "questions", "questioned", "questioning"]

    static let interviewedPeople: Set<String> = D.words("""
        suspect suspects witness witnesses worker workers manager managers employee employees staff officer officers
        man men woman women people person residents passenger passengers driver drivers executive executives
        official officials student students detainee detainees soldier soldiers member members guard guards
        director directors owner owners crew captain pilot pilots teenager teenagers boy boys girl girls
        """)

    static let interviewCounters: Set<String> = D.words("""
        a an the two three four five six seven eight nine ten dozens several some many its his her their
        former senior local other both all at least more than
        """)

    static func isInterview(_ p: Int, _ t: Int, text: AttributionText) -> Bool {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard interviewVerbs.contains(tokens[t].lower), t + 1 < tokens.count, tokens[t + 1].depth == 0 else { return false }
        if let mention = view.mention(startingAt: t + 1) {
            return mention.kind == .person && !mention.possessive
        }
        if ["him", "her"].contains(tokens[t + 1].lower) { return true }
        // Over a count, determiners and at most one modifier, to a noun for people.
        var k = t + 1
        var modifiers = 0
        while k < tokens.count, k <= t + 5, tokens[k].kind == .word, tokens[k].depth == 0 {
            let lower = tokens[k].lower
            if interviewedPeople.contains(lower) {
                // The noun for people ends its phrase: "the official toll", "staff figures" are things.
                return (k > t + 1 || lower.hasSuffix("s")) && endsPeoplePhrase(k + 1, tokens: tokens)
            }
            if interviewCounters.contains(lower) || lower.allSatisfy(\.isNumber) { k += 1; continue }
            guard modifiers == 0, !tokens[k].isCapitalized || k == t + 1 else { return false }
            modifiers += 1
            k += 1
        }
        return false
    }

    static func endsPeoplePhrase(_ k: Int, tokens: [ParagraphView.Token]) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word else { return true }
        return L.prepositions.contains(tokens[k].lower) || ["who", "and", "last", "this", "earlier", "again", "separately", "yesterday", "today"].contains(tokens[k].lower)
            || DateLexicon.weekdays[tokens[k].lower] != nil
    }
}
