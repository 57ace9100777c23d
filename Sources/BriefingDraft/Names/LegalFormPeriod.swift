/// "Kivu Alloys Ltd. denied it … Kivu Alloys Ltd chief executive Daniel Okafor": news copy writes
/// an abbreviated legal form with or without its period, and a sentence's full stop may swallow
/// it. Both spellings are one company: each name ending in such a form is also looked up under
/// the other spelling.
extension String {
    /// Legal forms abbreviated with a period, as written.
    static let periodLegalForms: Set<String> = ["Ltd", "Inc", "Co", "Corp", "Plc", "PLC", "Bhd", "Pty", "S.A", "Cia", "Ltda"]

    /// The lowercased lookup key of the same name with the period after its legal form added or
    /// dropped, or nil when the name does not end in such a form (or is the form alone).
    var legalFormVariantKey: String? {
        guard let space = lastIndex(of: " ") else { return nil }
        let last = self[index(after: space)...]
        if last.hasSuffix("."), Self.periodLegalForms.contains(String(last.dropLast())) {
            return String(dropLast()).lowercased()
        }
        if Self.periodLegalForms.contains(String(last)) { return (self + ".").lowercased() }
        return nil
    }
}
