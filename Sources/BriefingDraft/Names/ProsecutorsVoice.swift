/// "Prosecutors say he accepted monthly payments …" in a text that names the Attorney General's
/// Office: unnamed prosecutors are the staff of the one prosecution body the text names, and
/// speak for it, as unnamed spokespeople do for theirs.
extension NameFinding {
    static func isProsecutionBody(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("prosecut") || lower.contains("attorney general") || lower.contains("attorney-general")
    }

    mutating func foldProsecutorsIntoTheirBody() {
        let bodies = records.indices.filter { absorbed[$0] == nil && records[$0].kind == .organization && Self.isProsecutionBody(records[$0].name) }
        guard bodies.count == 1, let body = bodies.first else { return }
        for index in records.indices where absorbed[index] == nil && records[index].kind == .other {
            if records[index].name.lowercased().split(separator: " ").last == "prosecutors" { absorb(index, into: body) }
        }
    }
}
