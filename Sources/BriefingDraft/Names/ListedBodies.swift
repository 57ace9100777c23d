/// "airlines including KLM, Delta and Condor", "the firms Alpha and Beta": names listed after a
/// plural word for bodies are bodies of that kind, whether or not they go on to act.
extension NameFinding {
    /// Plural words for bodies that open a list of their names.
    static let listedBodyNouns: Set<String> = [
        "companies", "firms", "airlines", "carriers", "banks", "lenders", "insurers", "miners", "producers",
        "manufacturers", "makers", "operators", "suppliers", "retailers", "exporters", "importers", "shippers",
        "groups", "organisations", "organizations", "parties", "unions", "charities", "agencies", "associations",
        "federations", "alliances", "coalitions", "movements", "militias", "conglomerates", "automakers",
        "carmakers", "chipmakers", "drugmakers", "regulators", "watchdogs", "consortiums", "consortia",
    ]

    /// The singular of the plural body word that opens the list the name at `start` stands in,
    /// if it stands in one: the name, then back over commas, "and" and other names, to
    /// "including", "such as", "like" or the plural word itself.
    func listedBodyDescriptor(before start: Int, in sentence: AnalyzedSentence) -> String? {
        let tokens = sentence.tokens
        // "Save the Children": capitals joined by "the" are one name the chunker cut, not two members.
        func joinedByThe(_ the: Int) -> Bool {
            the >= 1 && the + 1 < tokens.count && tokens[the - 1].isCapitalized && tokens[the + 1].isCapitalized
        }
        if let end = sentence.chunkAt[start].map({ sentence.chunks[$0].tokens.upperBound }), sentence.token(end)?.lower == "the", joinedByThe(end) { return nil }
        var t = start - 1
        while t >= 0 {
            if tokens[t].lower == "the", joinedByThe(t) { return nil }
            if tokens[t].text == "," || ["and", "or", "the"].contains(tokens[t].lower) { t -= 1; continue }
            if let chunk = sentence.chunk(endingBefore: t + 1) { t = chunk.tokens.lowerBound - 1; continue }
            break
        }
        guard t >= 0 else { return nil }
        var noun = t
        if ["including", "like"].contains(tokens[t].lower) {
            noun = t - 1
        } else if tokens[t].lower == "as", t >= 1, tokens[t - 1].lower == "such" {
            noun = t - 2
        }
        // "airlines, including" and "airlines including" alike.
        if noun != t, noun >= 0, tokens[noun].text == "," { noun -= 1 }
        guard noun >= 0, tokens[noun].isWord, !tokens[noun].isCapitalized, Self.listedBodyNouns.contains(tokens[noun].lower) else { return nil }
        let plural = tokens[noun].lower
        if plural.hasSuffix("ies") { return String(plural.dropLast(3)) + "y" }
        if plural == "consortia" { return "consortium" }
        return String(plural.dropLast())
    }

    /// "Olam, Touton and Barry Callebaut said": the company listed just before the name, when
    /// the name stands after "and" or a comma in the same list; a name listed beside a state or
    /// an international body ("the EU and Kaja Kallas") is left to the other rules.
    func listedPrivateBody(before start: Int, in sentence: AnalyzedSentence) -> ActorDefinition? {
        let tokens = sentence.tokens
        var t = start - 1
        guard t >= 0, tokens[t].text == "," || tokens[t].lower == "and" else { return nil }
        while t >= 0, tokens[t].text == "," || tokens[t].lower == "and" { t -= 1 }
        guard t >= 0, let partner = sentence.chunk(endingBefore: t + 1) else { return nil }
        // "… has donated to the Democratic Party of Socialists, and Dragan Lalovic said": ", and"
        // after a lone name joins a new clause; a list of three sets a comma before its partner too.
        if start >= 2, tokens[start - 1].lower == "and", tokens[start - 2].text == ",",
           !(partner.tokens.lowerBound >= 1 && tokens[partner.tokens.lowerBound - 1].text == ",") { return nil }
        // "The chief executive of Helix Mining, Daniel Okafor, resigned": a body that is the
        // object of a title is no list partner; the name after the comma is the title's holder.
        if tokens[start - 1].text == ",", isTitleObject(partner.tokens.lowerBound, in: sentence) { return nil }
        // "According to the Brava Journalists Association, Teller is …": the comma closes the
        // attribution; the name after it opens the clause.
        if tokens[start - 1].text == ",", isObjectOfAccordingTo(partner.tokens.lowerBound, in: sentence) { return nil }
        let at = TextPosition(sentence: sentence.order, token: partner.tokens.lowerBound)
        return definitions.last { definition in
            definition.position == at && definition.kind == .organization && !definition.governmental && !definition.international
        }
    }

    /// Whether the name starting at `start` follows "according to" (over "the").
    func isObjectOfAccordingTo(_ start: Int, in sentence: AnalyzedSentence) -> Bool {
        var t = start - 1
        if t >= 0, sentence.tokens[t].lower == "the" { t -= 1 }
        return t >= 1 && sentence.tokens[t].lower == "to" && sentence.tokens[t - 1].lower == "according"
    }

    /// Whether the name starting at `start` is the object of a title: "the head of the X",
    /// "chief executive of X", "a spokeswoman for X", "a lawmaker from the ruling X".
    func isTitleObject(_ start: Int, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        var t = Self.backOverDescribingWords(from: start - 1, in: tokens)
        if t >= 0, tokens[t].lower == "the" { t -= 1 }
        guard t >= 1, ["of", "for", "at", "from"].contains(tokens[t].lower) else { return false }
        let title = tokens[t - 1]
        return title.isWord && !title.isCapitalized && (NameLexicon.titleHeads.contains(title.lower) || Self.roleHolderNouns.contains(title.lower))
    }
}
