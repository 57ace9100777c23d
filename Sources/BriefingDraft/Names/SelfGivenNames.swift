/// "The militia, which calls itself the Ndeke Defence Front, said …": a description followed by
/// the name its referent gives itself is that named body, not the latest body of the kind named
/// before (a company named earlier took "the militia" and with it "the group said"). The
/// description becomes an alias of the self-given name.
extension NameFinding {
    /// "calls itself", "styles itself", "call themselves".
    static let selfNamingVerbs: Set<String> = ["calls", "call", "called", "calling", "styles", "style", "styled", "styling"]

    /// The actor a description ending before `end` names itself: ", which calls itself X",
    /// "calling itself X", ", who call themselves X"; nil otherwise.
    func selfGivenName(after end: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        var k = end
        if k < tokens.count, tokens[k].text == "," { k += 1 }
        if k < tokens.count, ["which", "that", "who"].contains(tokens[k].lower) { k += 1 }
        guard k + 1 < tokens.count, Self.selfNamingVerbs.contains(tokens[k].lower),
              ["itself", "themselves"].contains(tokens[k + 1].lower) else { return nil }
        k += 2
        // The chunk may start at "the" or just after it.
        let chunk = sentence.chunk(startingAt: k) ?? (sentence.token(k)?.lower == "the" ? sentence.chunk(startingAt: k + 1) : nil)
        guard let chunk else { return nil }
        switch chunk.kind {
        case .name, .organization: break
        default: return nil
        }
        return resolve(chunk.name)
    }

    /// Descriptions of a body of people rather than a business: "the group" said right after one
    /// of these was named is that body.
    static let peopleGroupNouns: Set<String> = [
        "militia", "movement", "coalition", "alliance", "party", "union", "association", "network", "campaign",
        "charity", "rebels", "faction", "front", "collective",
    ]
}
