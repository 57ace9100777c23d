/// "Greenpeace Africa", "Amnesty International Australia", "Greenpeace Australia Pacific": an
/// international campaign group's name followed by the countries or regions it covers is its
/// national or regional branch, one body — not the group and a country beside it.
extension NameLexicon {
    /// International campaign groups that run branches named after where they work.
    static let campaignGroups: Set<String> = [
        "Greenpeace", "Amnesty International", "Human Rights Watch", "Red Cross", "Médecins Sans Frontières", "MSF",
    ]
}

extension Chunker {
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
