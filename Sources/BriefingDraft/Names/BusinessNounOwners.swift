/// "Company spokeswoman Alice Banda said" in a text that named "Kafue Copper Mines" and then
/// "The group, Green Kafue,": "company" picks out the body named as a business, not the latest
/// body that is no part of a state. Before, the spokeswoman spoke for the campaign group that
/// accused her company, and her denials stood on the accusers' side. When no body is named as a
/// business, every non-state body is still a candidate, as before.
extension NameFinding {
    /// Descriptors that say a body is a campaign or member body, never a business.
    static let nonBusinessDescriptors: Set<String> = [
        "group", "organisation", "organization", "charity", "ngo", "movement", "coalition", "alliance", "union",
        "federation", "association", "network", "campaign", "campaigners", "initiative", "watchdog", "monitor",
        "foundation", "institute", "think-tank", "tank", "party", "faction", "militia", "collective", "club",
    ]

    /// Is the record named or described as a business ("Kafue Copper Mines", "the miner X")?
    func isNamedBusiness(_ index: Int) -> Bool {
        let record = records[index]
        if let descriptor = record.descriptor {
            if NameLexicon.businessNouns.contains(descriptor) { return true }
            if Self.nonBusinessDescriptors.contains(descriptor) { return false }
        }
        guard let last = record.name.split(separator: " ").last?.lowercased() else { return false }
        return Self.companySuffixes.contains(last) || NameLexicon.companyEndWords.contains(last)
    }

    /// The candidates named as businesses, or all of them when none is.
    func preferBusinesses(_ candidates: [Int]) -> [Int] {
        let businesses = candidates.filter(isNamedBusiness)
        return businesses.isEmpty ? candidates : businesses
    }
}
