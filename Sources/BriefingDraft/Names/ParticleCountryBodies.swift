/// "The company, Corporacion Minera de Bolivia, said", "Petroleos de Venezuela": unknown
/// capitals, a Romance "de"/"do"/"del" and a country that ends the run are one body's name, the
/// country a word of it (a person's name does not end in "de" and a country; a known city
/// first, "Santiago de Chile", stays a place). Before, the run split into a name
/// "Corporacion Minera de" and the country, and the body was not drafted.
extension Chunker {
    static let countryNameParticles: Set<String> = ["de", "del", "do", "da", "des", "du", "di"]

    /// The country at `country` (ending at `countryEnd`, the run's end) closes a body's name begun at `start`.
    static func isParticleCountryBody(_ tokens: [NameToken], start: Int, country: Int, countryEnd: Int, runEnd: Int) -> Bool {
        guard countryEnd == runEnd, country - 1 > start else { return false }
        let particle = tokens[country - 1]
        guard particle.isWord, !particle.isCapitalized, countryNameParticles.contains(particle.lower) else { return false }
        return tokens[start..<(country - 1)].allSatisfy { $0.isWord && ($0.isCapitalized || countryNameParticles.contains($0.lower)) }
    }
}
