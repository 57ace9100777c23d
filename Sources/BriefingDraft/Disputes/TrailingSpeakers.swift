/// "The charity's teams had treated more than 900 patients, and many deaths were never
/// reported, said its emergency coordinator in Chad, Helene Marchetti.": wire copy puts the
/// speaker of a reported statement without quote marks after the verb that closes it. Read
/// only when no subject stands before the verb, and only for a speaker named right after it
/// whose phrase ends the clause. A bystander's remark ("…, said Lena Varg, a shipping agent.")
/// takes no side, so the speaker must speak for a camp: an owner's officer ("its …, Name",
/// "the union's …, Name") or a person whose affiliation was named before in the paragraph or
/// the one above it. "…, said the union's general secretary, Mirek Halas.": a known owner other
/// than a country right after "the" is an owner's officer too; "the report's author" is not.
extension PositionFinder {
    static func trailingSpeaker(after t: Int, in p: Int, range: Range<Int>, text: AttributionText) -> String? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        guard t > range.lowerBound + 3, t + 1 < range.upperBound, tokens[t - 1].kind == .punct, tokens[t - 1].lower == ",",
              tokens[t - 1].depth == 0, L.speechVerbs.contains(tokens[t].lower), !L.isParticiple(tokens[t].lower) else { return nil }
        let next = tokens[t + 1]
        let owned = next.kind == .word && (["its", "his", "her", "their"].contains(next.lower) || definiteOwner(after: t, in: view, text: text))
        guard owned || view.mention(startingAt: t + 1) != nil else { return nil }
        guard let speaker = text.subjectAfter(t, in: p) else { return nil }
        // "…, say Constructora Altiplano was a shell company": a name that starts the reported
        // clause is no speaker; the speaker's phrase ends its clause ("…, Name." / "…, Name, a …").
        for k in (t + 1)..<min(t + 14, range.upperBound) {
            guard let mention = view.mention(startingAt: k), mention.actor == speaker else { continue }
            let after = mention.last + 1
            guard after >= range.upperBound || (tokens[after].kind == .punct && [",", "."].contains(tokens[after].lower)) else { return nil }
            let officer = owned || view.mentions.contains { $0.possessive && $0.first > t && $0.last < k }
            return officer || speaksForNamedCamp(speaker, before: t, in: p, text: text) ? speaker : nil
        }
        return nil
    }

    /// "said the union's general secretary, …": "the", then a possessive mention of an owner that is
    /// not a country ("the country's top economist" speaks for no camp).
    static func definiteOwner(after t: Int, in view: ParagraphView, text: AttributionText) -> Bool {
        guard view.tokens[t + 1].lower == "the" else { return false }
        return view.mentions.contains { mention in
            mention.possessive && (t + 1...t + 2).contains(mention.first) && mention.last < t + 7
                && text.actors[mention.actor].map { $0.kind != .country && $0.kind != .person } == true
        }
    }

    /// The speaker's affiliation, other than a country, named earlier in the paragraph or in the one before.
    static func speaksForNamedCamp(_ speaker: String, before t: Int, in p: Int, text: AttributionText) -> Bool {
        guard let camp = text.actors[speaker]?.affiliation, let owner = text.actors[camp], owner.kind != .country else { return false }
        if text.paragraphs[p].mentions.contains(where: { $0.actor == camp && $0.first < t }) { return true }
        return p > 0 && text.paragraphs[p - 1].mentions.contains { $0.actor == camp }
    }
}
