/// "Congress approved funds in September" in a text about the Dominican Republic: many states
/// call their legislature Congress, and the lexicon files the bare word under the United States.
/// In a text about such a state that never names the United States, a bare "Congress" is that
/// state's own, named as news names it with its country ("Dominican Congress"); so is a bare
/// "Congress" after the text has named its owner ("Peru's Congress").
extension NameFinding {
    /// States whose legislature news copy calls Congress (besides the United States).
    static let congressStates: Set<String> = [
        "MX", "GT", "HN", "CO", "PE", "CL", "AR", "BR", "PY", "DO", "PH", "ES", "BO", "UY",
    ]

    /// Whether a definition is the lexicon's bare "Congress", filed under the United States.
    static func isBareCongress(_ definition: ActorDefinition) -> Bool {
        definition.name == "Congress" && definition.qualifier == .country("US")
    }

    /// The state a bare "Congress" belongs to: the home state when it has a Congress and the
    /// text never names the United States.
    func bareCongressState(named: Set<String>) -> String? {
        // "Peru's Congress voted … Congress needed 66 votes": the owner named once holds for all.
        if let index = resolve("Congress"), case .country(let owner)? = records[index].qualifier, owner != "US" { return owner }
        guard let home = homeCountry, home != "US", Self.congressStates.contains(home), !named.contains("US") else { return nil }
        return home
    }

    /// Re-homes the bare "Congress" record to `code`, renamed with the state's adjective.
    mutating func rehomeBareCongress(to code: String) {
        guard let index = resolve("Congress"), records[index].name == "Congress", let country = gazetteer.country(code: code) else { return }
        records[index].qualifier = .country(code)
        let named = preferredDemonym(of: country) + " Congress"
        records[index].addAlias("Congress")
        records[index].name = named
        lookup[named.lowercased()] = index
    }
}
