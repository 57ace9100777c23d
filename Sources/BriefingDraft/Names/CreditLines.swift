/// "(Reporting by Halima Said in Dar es Salaam; Editing by Clare Holt)": an agency's credit
/// line at the end of a story names the journalists who wrote and edited it, who are no
/// actors of the story (their names were drafted as people, their cities as places).
extension NameFinding {
    static let creditOpenings = ["reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "reported by"]

    static func isCreditLine(_ text: String) -> Bool {
        var lower = text.prefix(40).lowercased()
        if lower.hasPrefix("(") { lower.removeFirst() }
        return creditOpenings.contains { lower.hasPrefix($0) }
    }
}
