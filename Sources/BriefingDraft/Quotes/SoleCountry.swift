/// "A government official, speaking on condition of anonymity, said …. “…,” the official said":
/// the unnamed official speaks for the country, but when that country was last named more than
/// a few paragraphs back the quote was left with no speaker and dropped. A text that names one
/// country only leaves no doubt whose official it is.
extension AttributionText {
    /// The one country among the drafted actors, when the text names exactly one.
    var soleCountry: String? {
        var found: String?
        for actor in actors.values where actor.kind == .country {
            if found != nil { return nil }
            found = actor.name
        }
        return found
    }
}
