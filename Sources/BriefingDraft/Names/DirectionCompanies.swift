/// "The company, Southern Andes Copper, said the march would not affect its mines": a name that
/// opens with a direction word ("Southern", "North") was read as a region ("Central Java"),
/// so the company was not drafted and its statement went to another body. A word of trade
/// at its end makes it a company's name.
extension NameLexicon {
    static let tradeEndWords: Set<String> = companyEndWords.union(NameFinding.companySuffixes).union([
        "copper", "zinc", "nickel", "cobalt", "lithium", "coal", "oil", "gas", "bank", "cocoa", "sugar", "mining",
    ])

    static func endsInTradeWord(_ word: String) -> Bool { tradeEndWords.contains(word) }
}
