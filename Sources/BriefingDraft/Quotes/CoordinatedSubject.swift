import BriefingModel

/// "Germany and France said in a joint statement", "Lavrov and Wang told reporters": names
/// coordinated as the subject of one verb of saying. A quote has one speaker, and news copy
/// credits a joint statement to the first party it names, so the first conjunct speaks, not
/// the name that happens to stand next to the verb.
extension AttributionText {
    /// The first of the names coordinated with `mention` when `mention` closes a subject
    /// "A and B" or "A, B and C" that opens its clause; nil when it is no such subject.
    func firstOfCoordinatedSubject(endingWith mention: ParagraphView.Mention, floor: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        // Back over a few title words of the last name ("and rebel commander Ivan Marquez", "and Foreign Minister X").
        var k = mention.first - 1
        var titleWords = 0
        // "and ex-England defender Marcus Bell": a modifier joined to a state's name is a title word too.
        while k > floor, titleWords < 3, tokens[k].kind == .word, tokens[k].depth == 0,
              !L.phraseBreakers.contains(tokens[k].lower), view.mention(endingAt: k).map({ $0.compound || $0.first == k && $0.kind != .person }) ?? true {
            k -= 1
            titleWords += 1
        }
        if k > floor, tokens[k].lower == "the" { k -= 1 }
        guard k > floor, tokens[k].kind == .word, tokens[k].depth == 0, tokens[k].lower == "and" else { return nil }
        k -= 1
        // "A, a former prime minister, and B said": the first conjunct's appositive stands before "and".
        if k > floor, tokens[k].lower == ",", let named = nameBeforeAppositive(endingAt: k, floor: floor, in: p) {
            k = named
        }
        if k > floor, tokens[k].lower == "," { k -= 1 }  // the serial comma
        guard k >= floor, var first = view.mention(endingAt: k), !first.possessive, !first.inQuote, !first.compound,
              sameSort(first.kind, mention.kind) else { return nil }
        // "Germany, France and Italy said": back over the list.
        while first.first - 2 >= floor, tokens[first.first - 1].lower == ",",
              let earlier = view.mention(endingAt: first.first - 2), !earlier.possessive, sameSort(earlier.kind, mention.kind) {
            first = earlier
        }
        // The coordination opens its clause: the sentence's start, after a comma or after a
        // determiner ("the"); not the object of a preposition ("talks between A and B said" is no subject).
        var before = first.first - 1
        // Over the title words of the first name ("Finance ministers Tomasz Wilk and …").
        var titles = 0
        // "Former prime minister A and …", "Former Ghana striker A and …": title words of a
        // person, lower-case or a state's name, but no verb ("Police detained A and B").
        let person = first.kind == .person
        while before >= floor, titles < 3, tokens[before].kind == .word, tokens[before].depth == 0,
              !L.phraseBreakers.contains(tokens[before].lower),
              view.mention(endingAt: before).map({ person && $0.kind != .person && $0.first == before && !$0.possessive }) ?? true,
              tokens[before].isCapitalized || L.personNouns.contains(tokens[before].lower) || L.personNouns.contains(String(tokens[before].lower.dropLast()))
                || (person && !tokens[before].lower.hasSuffix("ed") && !L.isParticiple(tokens[before].lower)) {
            before -= 1
            titles += 1
        }
        if before >= floor, tokens[before].lower == "the" { before -= 1 }
        // "“…,” Tanabe and Seo said": right after the quote that the pair reports.
        guard before < floor || tokens[before].kind == .punct || tokens[before].kind == .close
                || ["and", "but", "that", "while"].contains(tokens[before].lower) else { return nil }
        return chainHead(from: first, in: p).actor
    }

    /// "The foreign ministers of A and B, Ilse Marquardt and Juhan Tamm, said": two persons set
    /// off by commas (from `comma` to `end`, the comma before the verb) name the subject; the
    /// first of them speaks.
    func firstOfCoordinatedAppositive(from comma: Int, to end: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        guard let first = view.mention(startingAt: comma + 1), first.kind == .person, !first.possessive,
              first.last + 2 < end, view.tokens[first.last + 1].lower == "and",
              let second = view.mention(endingAt: end - 1), second.kind == .person, !second.possessive,
              second.first > first.last + 1, second.first - (first.last + 2) <= 3 else { return nil }
        return first.actor
    }

    /// The last token of a person's name before an appositive that ends with the comma at
    /// `comma`: "Piotr Zalewski, a former prime minister," — the appositive opens with a
    /// lower-case word (not another name, as in a list "A, B, and C"), and holds no quote.
    func nameBeforeAppositive(endingAt comma: Int, floor: Int, in p: Int) -> Int? {
        let view = paragraphs[p]
        guard let c = commaOpening(phraseEndingAt: comma, floor: floor, in: p, within: 14) else { return nil }
        let opener = view.tokens[c + 1]
        guard c + 1 < comma - 1, opener.kind == .word, !opener.isCapitalized, view.mention(startingAt: c + 1) == nil,
              let named = view.mention(endingAt: c - 1), named.kind == .person, !named.possessive else { return nil }
        return c - 1
    }

    /// Persons coordinate with persons, bodies and states with each other.
    private func sameSort(_ a: ActorKind, _ b: ActorKind) -> Bool {
        (a == .person) == (b == .person)
    }
}
