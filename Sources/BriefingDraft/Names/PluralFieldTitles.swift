/// "Drugs Controller General Rajeev Raghuvanshi said", "Mines Inspector Anil Kumar",
/// "Prisons Commissioner Sunita Rao": a title may open with the plural noun of the field its
/// holder oversees. Such a word was not a known role word, so it was left before the title as
/// a name and drafted as an organisation ("Drugs", "Mines") that the holder was affiliated to.
extension Chunker {
    /// Plural field nouns that open a title (first word only; "Drugs" alone names nothing).
    static let pluralFieldWords: Set<String> = [
        "drugs", "mines", "prisons", "customs", "fisheries", "forests", "lands", "railways", "ports", "elections",
        "pensions", "roads", "works", "waterways", "narcotics", "antiquities", "statistics",
    ]
}
