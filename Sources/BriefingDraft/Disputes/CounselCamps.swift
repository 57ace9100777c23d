/// "Mukarati shook his head. His lawyer, Farai Ndlovu, said …", "Okafor's attorney, Ada Ben,
/// said …", "Adhikari, speaking through his lawyer, denied it. “…,” lawyer Sarita Karki said": a
/// lawyer named after a possessed title speaks for the one whose lawyer the text says it is —
/// the person a "his"/"her" before the title goes back to, the name before "'s", or, for a bare
/// "lawyer X", the client an earlier "his lawyer" in the last few paragraphs named. Without it
/// the defence's own account of the charge reads as a lone assertion. For the dispute camps
/// only, and only when the names found gave the lawyer no affiliation.
extension TitleCamps {
    static let counselNouns: Set<String> = ["lawyer", "attorney", "counsel", "barrister", "solicitor", "advocate"]

    static func counselClients(_ text: AttributionText, _ actors: inout [String: DraftActor]) {
        for (p, view) in text.paragraphs.enumerated() {
            for mention in view.mentions where mention.kind == .person && !mention.inQuote {
                guard actors[mention.actor]?.affiliation == nil else { continue }
                // "Kari Moen, a lawyer for Mwamba, said", "Kari Moen, his lawyer, said".
                if let client = appositiveClient(of: mention, in: p, text: text), client != mention.actor,
                   let kind = actors[client]?.kind, kind == .person || kind == .organization, actors[client]?.affiliation != mention.actor {
                    actors[mention.actor]?.affiliation = client
                    continue
                }
                guard mention.first >= 1 else { continue }
                var h = mention.first - 1
                if h >= 1, view.tokens[h].lower == "," { h -= 1 }
                guard view.tokens[h].kind == .word, view.tokens[h].depth == 0, counselNouns.contains(view.tokens[h].lower) else { continue }
                let client = possessor(ofTitleAt: h, in: p, text: text, excluding: mention.actor)
                    ?? recalledClient(before: h, in: p, text: text, excluding: mention.actor)
                guard let client, client != mention.actor, let kind = actors[client]?.kind, kind == .person || kind == .organization,
                      actors[client]?.affiliation != mention.actor else { continue }
                actors[mention.actor]?.affiliation = client
            }
        }
    }

    /// "his lawyer" → the last person named before it (in this paragraph, else the one before);
    /// "Okafor's lawyer" → Okafor.
    static func possessor(ofTitleAt h: Int, in p: Int, text: AttributionText, excluding lawyer: String) -> String? {
        guard h >= 1 else { return nil }
        let view = text.paragraphs[p]
        let before = view.tokens[h - 1]
        if ["his", "her"].contains(before.lower) {
            func last(_ q: Int, below limit: Int) -> String? {
                text.paragraphs[q].mentions.last { $0.kind == .person && !$0.inQuote && $0.last < limit && $0.actor != lawyer }?.actor
            }
            return last(p, below: h - 1) ?? (p > 0 ? last(p - 1, below: text.paragraphs[p - 1].tokens.count) : nil)
        }
        if let owner = view.mention(endingAt: h - 1), owner.possessive { return owner.actor }
        if h >= 2, ["'s", "’s", "'", "’"].contains(before.lower), let owner = view.mention(endingAt: h - 2) { return owner.actor }
        return nil
    }

    /// A bare "lawyer X": the client of the last possessed "lawyer" title in this paragraph or
    /// the two before.
    static func recalledClient(before h: Int, in p: Int, text: AttributionText, excluding lawyer: String) -> String? {
        let title = text.paragraphs[p].tokens[h].lower
        for q in stride(from: p, through: max(0, p - 2), by: -1) {
            let tokens = text.paragraphs[q].tokens
            let end = q == p ? h : tokens.count
            for k in stride(from: end - 1, through: 1, by: -1) where tokens[k].lower == title && tokens[k].kind == .word {
                if let client = possessor(ofTitleAt: k, in: q, text: text, excluding: lawyer) { return client }
            }
        }
        return nil
    }

    /// The client an appositive after a lawyer's name gives: "Name, a lawyer for Client," or
    /// "Name, who represents Client," ("lawyer representing Client"), or "Name, his lawyer,".
    static func appositiveClient(of mention: ParagraphView.Mention, in p: Int, text: AttributionText) -> String? {
        let tokens = text.paragraphs[p].tokens
        var k = mention.last + 1
        guard k + 2 < tokens.count, tokens[k].lower == ",", tokens[k + 1].depth == 0 else { return nil }
        k += 1
        let opener = tokens[k].lower
        if ["his", "her"].contains(opener), counselNouns.contains(tokens[k + 1].lower), k + 2 < tokens.count, tokens[k + 2].lower == "," {
            return possessor(ofTitleAt: k + 1, in: p, text: text, excluding: mention.actor)
        }
        guard ["a", "an", "the"].contains(opener) else { return nil }
        // The counsel noun within two words ("a defence lawyer", "the family's lawyer" is left alone).
        var h = k + 1
        while h < tokens.count, h <= k + 3, tokens[h].kind == .word, !counselNouns.contains(tokens[h].lower) { h += 1 }
        guard h + 2 < tokens.count, counselNouns.contains(tokens[h].lower), ["for", "representing"].contains(tokens[h + 1].lower),
              let client = text.paragraphs[p].mention(startingAt: h + 2), !client.inQuote else { return nil }
        return client.actor
    }
}
