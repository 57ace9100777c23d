/// "Colombia blames ELN for deadly attack on army base": a headline whose subject is a country
/// (by its name or capital, then a verb in lower case) or that opens with a country's adjective
/// names the country the story is about. Confirmed by the body, it weighs as a dateline the lead
/// confirms, so that a neighbour the body names twice as a subject ("Venezuela rejected that
/// claim … said Venezuela does not allow …") does not become the owner of every ministry the
/// text leaves unqualified. "China's hefty tariff on Australian barley" is not about China.
extension NameFinding {
    /// The country the headline opens with: its name (up to four words) or capital before a
    /// word in lower case, or its adjective.
    static func headlineCountry(_ headline: String?, gazetteer: Gazetteer) -> String? {
        guard let headline else { return nil }
        let words = headline.split(separator: " ").prefix(5).map(String.init)
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
            let phrase = words[..<count].joined(separator: " ")
            if count == 1, let country = gazetteer.country(demonym: phrase) { return country.code }
            guard let next = words.dropFirst(count).first?.first, next.isLowercase else { continue }
            if let country = gazetteer.country(named: phrase) ?? (count == 1 ? gazetteer.country(capital: phrase) : nil) { return country.code }
        }
        return nil
    }
}
