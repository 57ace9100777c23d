/// "the Democratic Republic of Congo … Congo and Rwanda signed": news copy calls the larger
/// Congo by the short name both states share once it has named it. The gazetteer files the
/// short name under the other state; in a text that names the larger one and never names the
/// other in full (or by its capital), the short name is the larger one.
extension NameFinding {
    /// A short name two states share → the code of the state news copy means by it.
    static let sharedShortNames: [String: String] = ["Congo": "CD"]

    /// The country codes whose bare short name stands for another state the text names (by
    /// name, in any use), with that state's code.
    func sharedShortNameTargets(needed: [String: TextPosition]) -> [String: String] {
        var targets: [String: String] = [:]
        for (short, target) in Self.sharedShortNames {
            guard let other = gazetteer.country(named: short), other.code != target, needed[other.code] != nil else { continue }
            var namesTarget = false
            var namesOtherInFull = false
            for sentence in sentences {
                for chunk in sentence.chunks {
                    switch chunk.kind {
                    case .country(let country):
                        if country.code == target { namesTarget = true }
                        if country.code == other.code, chunk.surface != short { namesOtherInFull = true }
                    case .city(let city):
                        if capitalCountry(city, surface: chunk.surface) == other.code { namesOtherInFull = true }
                    default: break
                    }
                }
            }
            if namesTarget, !namesOtherInFull { targets[other.code] = target }
        }
        return targets
    }
}
