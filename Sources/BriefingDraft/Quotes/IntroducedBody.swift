import BriefingModel

/// "the socialist union CGSP Cheminots … The unions disputed that figure", "Sprava zeleznic,
/// the state rail infrastructure manager, … The rail manager disputed that": wire copy
/// introduces a body once with a common noun, right before its name or as the head of an
/// appositive after it, and later calls it by that noun alone. A definite description with that
/// head (singular or plural) stands for the latest body so introduced.
extension AttributionText {
    func introducedBody(head: String, before position: Position) -> String? {
        // "unions" → "union", "charities" → "charity".
        let forms: Set<String> = [head, head.hasSuffix("ies") ? String(head.dropLast(3)) + "y" : head.hasSuffix("s") && !head.hasSuffix("ss") ? String(head.dropLast()) : head]
        return introducedBody(asOneOf: forms, before: position)
    }

    /// "the rebel group" after "Rebels of the Northern Liberation Front": a modifier of the
    /// description that the body was introduced with ("rebel" or "rebels") names it.
    func bodyIntroducedByModifier(_ modifiers: [String], before position: Position) -> String? {
        for modifier in modifiers where !L.determiners.contains(modifier) {
            let forms: Set<String> = [modifier, modifier.hasSuffix("s") ? modifier : modifier + "s"]
            if let body = introducedBody(asOneOf: forms, before: position) { return body }
        }
        return armedGroup(described: modifiers, before: position)
    }

    /// Words for fighters and the groups they form: wire copy introduces an armed group with
    /// one ("fighters of the Macina Liberation Front") and calls it by another ("the armed
    /// group", "the insurgents", "the militants").
    static let armedGroupWords: Set<String> = [
        "armed", "rebel", "rebels", "fighters", "militants", "militant", "insurgents", "insurgent", "gunmen",
        "militia", "militias", "jihadist", "jihadists", "guerrillas", "guerrilla", "paramilitary", "paramilitaries",
    ]

    /// The body last introduced with a word for fighters, when the description has one.
    func armedGroup(described words: [String], before position: Position) -> String? {
        guard words.contains(where: { Self.armedGroupWords.contains($0) }) else { return nil }
        return introducedBody(asOneOf: Self.armedGroupWords, before: position)
    }

    /// Every body introduced with the noun of a plural description, latest first: "the unions"
    /// after "the socialist union CGSP Cheminots … the Christian union CSC-Transcom".
    func introducedBodies(head: String, before position: Position) -> [String] {
        let forms: Set<String> = [head, head.hasSuffix("ies") ? String(head.dropLast(3)) + "y" : head.hasSuffix("s") && !head.hasSuffix("ss") ? String(head.dropLast()) : head]
        var found: [String] = []
        var budget = 120  // as in introducedBody
        for q in stride(from: position.paragraph, through: max(0, position.paragraph - 2 * window), by: -1) {
            let view = paragraphs[q]
            for mention in view.mentions.reversed() where q < position.paragraph || mention.last < position.token {
                budget -= 1
                if budget < 0 { return found }
                guard mention.kind != .person, !mention.possessive, !mention.inQuote, !found.contains(mention.actor) else { continue }
                guard isIntroduced(mention, asOneOf: forms, in: view) else { continue }
                found.append(mention.actor)
                // "the socialist union CGSP Cheminots and its Christian counterpart CSC-Transcom":
                // a body joined to the introduced one by "and" is of its kind.
                if let partner = coordinatedBody(after: mention, in: view), !found.contains(partner) { found.append(partner) }
            }
        }
        return found
    }

    /// The body named right after "and" following a mention, over a few words of description
    /// ("and its Christian counterpart").
    private func coordinatedBody(after mention: ParagraphView.Mention, in view: ParagraphView) -> String? {
        let tokens = view.tokens
        var k = mention.last + 1
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].lower == "and" else { return nil }
        k += 1
        while k < tokens.count, k <= mention.last + 6, tokens[k].kind == .word, tokens[k].depth == 0 {
            if let partner = view.mention(startingAt: k) { return partner.possessive ? nil : partner.actor }
            // "and its leader X" joins a person, not a body.
            if L.personNouns.contains(tokens[k].lower) { return nil }
            k += 1
        }
        return nil
    }

    private func introducedBody(asOneOf forms: Set<String>, before position: Position) -> String? {
        var budget = 120  // mentions looked at: a bound on the work in long text
        for q in stride(from: position.paragraph, through: max(0, position.paragraph - 2 * window), by: -1) {
            let view = paragraphs[q]
            for mention in view.mentions.reversed() where q < position.paragraph || mention.last < position.token {
                budget -= 1
                if budget < 0 { return nil }
                guard mention.kind != .person, !mention.possessive, !mention.inQuote else { continue }
                if isIntroduced(mention, asOneOf: forms, in: view) { return mention.actor }
            }
        }
        return nil
    }

    private func isIntroduced(_ mention: ParagraphView.Mention, asOneOf forms: Set<String>, in view: ParagraphView) -> Bool {
        let tokens = view.tokens
        // Before the name: "the socialist union CGSP Cheminots".
        let before = mention.first - 1
        if before >= 0, tokens[before].kind == .word, tokens[before].depth == 0, !tokens[before].isCapitalized,
           forms.contains(tokens[before].lower) { return true }
        // "Rebels of the Northern Liberation Front", "fighters from the Kanem Guard".
        if before >= 2, tokens[before].lower == "the", ["of", "from"].contains(tokens[before - 1].lower),
           tokens[before - 2].kind == .word, tokens[before - 2].depth == 0, forms.contains(tokens[before - 2].lower) { return true }
        // After it as a plain noun: "Northern Liberation Front rebels".
        let after = mention.last + 1
        if after < tokens.count, tokens[after].kind == .word, tokens[after].depth == 0, !tokens[after].isCapitalized,
           forms.contains(tokens[after].lower) { return true }
        // An indefinite phrase with the name as its appositive: "A militia loyal to the
        // government, the Kanem Guard, said".
        if introducesAppositive(mention, asOneOf: forms, in: view) { return true }
        // After it, as an appositive's head: ", the state rail infrastructure manager,".
        var k = mention.last + 1
        guard k + 1 < tokens.count, tokens[k].kind == .punct, tokens[k].lower == ",",
              ["the", "a", "an", "its"].contains(tokens[k + 1].lower) else { return false }
        k += 2
        var last: Int?
        while k < tokens.count, k <= mention.last + 9, tokens[k].kind == .word, tokens[k].depth == 0, view.mention(startingAt: k) == nil {
            if L.prepositions.contains(tokens[k].lower) || L.relativePronouns.contains(tokens[k].lower) { break }
            last = k
            k += 1
        }
        // ", the company that runs the trains,": a relative clause may follow the head.
        guard let last, last + 1 < tokens.count,
              tokens[last + 1].kind == .punct || L.prepositions.contains(tokens[last + 1].lower) || L.relativePronouns.contains(tokens[last + 1].lower)
        else { return false }
        return forms.contains(tokens[last].lower)
    }

    private func introducesAppositive(_ mention: ParagraphView.Mention, asOneOf forms: Set<String>, in view: ParagraphView) -> Bool {
        let tokens = view.tokens
        var k = mention.first - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k > 0, tokens[k].kind == .punct, tokens[k].lower == "," else { return false }
        // Back over the phrase to its indefinite article; the noun must stand in it.
        var sawForm = false
        k -= 1
        while k >= 0, k >= mention.first - 12, tokens[k].kind == .word, tokens[k].depth == 0 {
            if ["a", "an", "another"].contains(tokens[k].lower) { return sawForm }
            if forms.contains(tokens[k].lower) { sawForm = true }
            k -= 1
        }
        return false
    }
}
