/// "Cordillera Azul Resources … Cordillera Azul denied", "Siam Sky Air … Siam Sky said",
/// "Kericho Highlands Tea Ltd … Kericho Highlands said": a word for the trade a company is in,
/// at the end of its name, is dropped by later mentions as "Holdings" or "Mining" is
/// (`registerShortCompanyNames`). Without it the short
/// form became a second actor (often a person), so a company's own denial stood outside its camp
/// and its chief executive's words were read against it. Found by probing invented wire copy.
/// Only for a name already read as a company's (`registerShortCompanyNames`): "Ashanti Bullion
/// Works", which no word makes one, is left as it was.
extension NameFinding {
    static let sectorSuffixes: Set<String> = [
        "resources", "minerals", "metals", "air", "tea", "foods", "cement", "chemicals", "textiles",
        // "Kafue Copper Mines … Kafue Copper said".
        "mines",
    ]
}
