/// "Nordkyst Havbruk AS … Nordkyst said", "Sahyadri Tunnelling and Infrastructure Ltd …
/// Sahyadri said": news copy shortens a company with a legal form to its first, distinctive
/// word, which is then no other actor.
extension NameFinding {
    /// Legal forms that end only a company's name.
    static let legalFormEndings: Set<String> = ["ltd", "ltd.", "plc", "llc", "inc", "inc.", "as", "asa", "ab", "ag", "sa", "gmbh", "nv", "bv", "spa", "oy", "oyj", "pt", "pjsc", "jsc", "corp", "corp."]

    mutating func registerFirstWordsOfCompanies() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization && !records[index].governmental {
            let words = records[index].name.split(separator: " ").map(String.init)
            // Also a bank or group named like a business ("Tembo Capital Bank … Tembo said"; CommercialBanks.swift).
            guard words.count >= 3, let last = words.last,
                  Self.legalFormEndings.contains(last.lowercased()) || ["bank", "group"].contains(last.lowercased()) else { continue }
            let first = words[0]
            let key = first.lowercased()
            guard first.count >= 4, first.first?.isUppercase == true, first.dropFirst().allSatisfy({ $0.isLowercase }), lookup[key] == nil,
                  !NameLexicon.functionWords.contains(key), !NameLexicon.nonNameCapitals.contains(first),
                  !NameLexicon.organizationCues.contains(key), !NameLexicon.companyEndWords.contains(key),
                  gazetteer.country(named: first) == nil, gazetteer.country(demonym: first) == nil, gazetteer.city(named: first) == nil,
                  NameLexicon.institutions[first] == nil else { continue }
            // The word is this company's alone: no other body opens with it and no person bears it.
            let shared = records.indices.contains { $0 != index && absorbed[$0] == nil && records[$0].name.split(separator: " ").first.map(String.init) == first }
            let personal = definitions.contains { $0.kind == .person && $0.name.split(separator: " ").contains { String($0) == first } }
            guard !shared, !personal else { continue }
            lookup[key] = index
        }
    }
}
