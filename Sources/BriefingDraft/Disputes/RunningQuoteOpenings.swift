/// "Residents said the men were farmers. “They were not rebels. They carried hoes, not rifles,”
/// Maria Lopez, whose husband was among the dead, told the newspaper.": a quote that runs over
/// sentences and closes before a speaker named after it is said where it opens, as a quote
/// found right before its verb is (`moveToQuoteOpening`). When the speaker's description is
/// long, the verb stands too far from the quote for `position` to see it, so the quoted sentence
/// handed to that speaker by `speakerOfRunningQuote` marks the opening instead: the side is the
/// first quoted sentence ("They were not rebels."), which is where readers and the gold put it.
extension PositionFinder {
    static func markQuoteOpening(_ s: Int, of position: inout StancePosition) {
        guard s < position.sentence else { return }
        position.quoteOpenedIn = min(position.quoteOpenedIn ?? s, s)
    }
}
