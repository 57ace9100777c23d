/// "Myanmar's military government said …", "Myanmar's military has denied …", "Junta spokesman
/// X": where the military rules a country, its military, its military government and "the junta"
/// are one body. (Its army joins only where the text also says "its military", which
/// `mergeArmedForces` makes one with the army; an army named alone stays apart, as texts that set
/// it beside the government that commands it do.)
extension NameFinding {
    mutating func mergeRulingMilitary() {
        let ruling = records.indices.filter { index in
            guard absorbed[index] == nil, records[index].kind == .organization else { return false }
            let name = records[index].name
            return name.hasSuffix(" Military Government") || name.hasSuffix(" Military Junta") || name.hasSuffix(" Military Regime")
        }
        // Two ruling militaries in one text (a neighbour's too) leave the bare "junta" unclear.
        guard ruling.count == 1, let body = ruling.first else { return }
        let words = records[body].name.split(separator: " ").map(String.init)
        let owner = words.dropLast(2).joined(separator: " ").lowercased()
        let sameBody: Set<String> = [owner + " military", owner + " junta", "junta", "military junta", "military government", "the junta"]
        for index in records.indices where index != body && absorbed[index] == nil && records[index].kind == .organization {
            if sameBody.contains(records[index].name.lowercased()) { absorb(index, into: body) }
        }
    }
}
