/// "the Croatian Democratic Union of Bosnia and Herzegovina", "the Hungarian Alliance of
/// Slovakia": a party named for a people and for the state it works in belongs to that state;
/// its leading adjective makes no actor of the people's own country.
extension NameFinding {
    /// The state a body's name ends with ("… of Slovakia"), when it is not `code`'s.
    func stateNamedAtEnd(of name: String, otherThan code: String) -> String? {
        guard let range = name.range(of: " of ", options: .backwards),
              let country = gazetteer.country(named: String(name[range.upperBound...])), country.code != code else { return nil }
        return country.code
    }
}
