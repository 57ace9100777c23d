/// "Greenpeace Africa", "Amnesty International Australia", "Greenpeace Australia Pacific": an
/// international campaign group's name followed by the countries or regions it covers is its
/// national or regional branch, one body — not the group and a country beside it.
extension NameLexicon {
    /// International campaign groups that run branches named after where they work.
    static let campaignGroups: Set<String> = [
        "Greenpeace", "Amnesty International", "Human Rights Watch", "Red Cross", "Médecins Sans Frontières", "MSF",
    ]

    /// Campaign groups the lexicon does not list as international bodies (a listed body only
    /// named in "Transparency International's index" would be dropped), whose branches are
    /// named the same way.
    static let unlistedCampaignGroups: Set<String> = ["Transparency International", "Oxfam", "Save the Children", "ActionAid", "Caritas"]
}

extension Chunker {
    /// The end of an unlisted campaign group's name starting at `start`, if one starts there.
    func campaignGroupEnd(_ sentence: AnalyzedSentence, at start: Int, before end: Int) -> Int? {
        for n in 1...3 where start + n <= end {
            if NameLexicon.unlistedCampaignGroups.contains(key(sentence, start..<(start + n))) { return start + n }
        }
        return nil
    }

    /// Whether the tokens `from..<to` are only countries, world regions or cities.
    func onlyPlaces(in sentence: AnalyzedSentence, from start: Int, to end: Int) -> Bool {
        var k = start
        while k < end {
            guard let (kind, e) = lexiconMatch(sentence, at: k, before: end), e > k else { return false }
            switch kind {
            case .country, .city, .place(.region, _): k = e
            default: return false
            }
        }
        return k == end
    }
}

extension NameFinding {
    /// "Greenpeace said" after "Greenpeace Luxembourg published a study": the group's bare name
    /// is its branch, when the text names exactly one branch of it.
    mutating func mergeCampaignGroupsIntoTheirBranch() {
        for group in NameLexicon.campaignGroups {
            let branches = records.indices.filter { absorbed[$0] == nil && records[$0].kind == .organization && records[$0].name.hasPrefix(group + " ") }
            guard branches.count == 1, let branch = branches.first else { continue }
            if let bare = resolve(group), bare != branch { absorb(bare, into: branch) }
            lookup[group.lowercased()] = branch
        }
    }
}
