/// "Company spokeswoman Alice Banda said" in a text that named "Kafue Copper Mines" and then
/// "The group, Green Kafue,": "company" passes over a body the text describes as a campaign or
/// member body ("the group", "the charity", "the union"), which no one calls "the company".
/// Before, the latest body that is no part of a state was taken, and the spokeswoman spoke for
/// the campaign group that accused her company. When every candidate is so described, all stay.
extension NameFinding {
    /// Descriptors that say a body is a campaign or member body, never a business.
    static let nonBusinessDescriptors: Set<String> = [
        "group", "organisation", "organization", "charity", "ngo", "movement", "coalition", "alliance", "union",
        "federation", "association", "network", "campaign", "campaigners", "initiative", "watchdog", "monitor",
        "foundation", "institute", "think-tank", "tank", "party", "faction", "militia", "collective", "club",
    ]

    /// Is the record described as a campaign or member body ("The group, Green Kafue,")?
    func isDescribedNonBusiness(_ index: Int) -> Bool {
        records[index].descriptor.map { Self.nonBusinessDescriptors.contains($0) } ?? false
    }

    /// The candidates not described as campaign or member bodies, or all of them when none is left.
    func preferBusinesses(_ candidates: [Int]) -> [Int] {
        let businesses = candidates.filter { !isDescribedNonBusiness($0) }
        return businesses.isEmpty ? candidates : businesses
    }
}
