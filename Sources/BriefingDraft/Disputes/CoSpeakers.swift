import BriefingModel

/// "Quispe and another farmer leader, Hector Mamani, said they would take the case to court":
/// two subjects of one verb of saying say the same thing. The claim's sentence names the first,
/// but as a speaker beside the second, not as the party the claim is about, so the first does
/// not answer it (`namedPartyAnswer` made her deny her own words). Found by probing invented
/// wire copy; "Quispe said … Mamani said she was wrong" (another verb) still answers.
extension DisputeFinder {
    /// Were both positions read off one verb of saying in one sentence, with one statement
    /// (coordinated subjects; "accused each other" gives each its own statement)?
    static func coSpeakers(_ a: StancePosition, _ b: StancePosition) -> Bool {
        a.ref == b.ref && a.cue == b.cue && a.statement == b.statement
    }
}
