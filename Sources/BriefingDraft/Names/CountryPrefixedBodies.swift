/// "The U.S. Treasury Department imposed …" then "the Treasury Department's under secretary":
/// a body named once with its country in front and once without is one body, named in full.
extension NameFinding {
    /// The country a body's name opens with, and the rest of the name: "U.S. Treasury
    /// Department" → ("US", "Treasury Department").
    func countryPrefix(of name: String) -> (code: String, rest: String)? {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        for length in 1...min(2, words.count - 2) {
            let prefix = words[..<length].joined(separator: " ")
            if let country = gazetteer.country(named: prefix) ?? gazetteer.country(named: prefix.acronymKey) ?? gazetteer.country(demonym: prefix) {
                return (country.code, words[length...].joined(separator: " "))
            }
        }
        return nil
    }

    /// Joins each bare body to the one body its name follows a country in. A ministry is left
    /// to the reading of its context (several countries' ministries meet in one story), and so is
    /// a bare name that two countries' bodies share ("Coast Guard" beside the Japan and the
    /// China Coast Guard).
    mutating func mergeBareBodiesIntoCountryNamedOnes() {
        var prefixed: [String: [(index: Int, code: String)]] = [:]
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            if let (code, rest) = countryPrefix(of: records[index].name) { prefixed[rest.lowercased(), default: []].append((index, code)) }
        }
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            let name = records[index].name
            let words = name.lowercased().split(separator: " ")
            guard words.count >= 2, !words.contains("ministry"), let candidates = prefixed[name.lowercased()],
                  Set(candidates.map(\.code)).count == 1, let target = candidates.first, target.index != index else { continue }
            if case .country(let code)? = records[index].qualifier, code != target.code { continue }
            absorb(index, into: target.index)
        }
    }

    /// "Sri Lanka's navy" (filed as "Sri Lankan Navy") and "the Sri Lanka Navy": a body named
    /// with its country's adjective and one named with the country itself, the rest alike, are
    /// one body under the name the text wrote.
    mutating func mergeDemonymBodiesIntoCountryNamedOnes() {
        func split(_ name: String) -> (code: String, rest: String, byName: Bool)? {
            let words = name.split(separator: " ").map(String.init)
            guard words.count >= 2 else { return nil }
            for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let prefix = words[..<length].joined(separator: " ")
                let rest = words[length...].joined(separator: " ").lowercased()
                if let country = gazetteer.country(named: prefix) { return (country.code, rest, true) }
                if let country = gazetteer.country(demonym: prefix) { return (country.code, rest, false) }
            }
            return nil
        }
        var named: [String: Int] = [:]
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            if let (code, rest, byName) = split(records[index].name), byName { named[code + " " + rest] = named[code + " " + rest] ?? index }
        }
        guard !named.isEmpty else { return }
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            guard let (code, rest, byName) = split(records[index].name), !byName,
                  let target = named[code + " " + rest], target != index, absorbed[target] == nil else { continue }
            absorb(index, into: target)
        }
    }
}
