/// "The watchdog's spokeswoman said the office had not yet received the footage and could not say
/// whether the account was accurate": a speaker who cannot say whether a thing is so leaves it
/// open, as "could not verify" does (`cannotVerify`), even beside a negation of its own that
/// would otherwise make a denial. Read off blind set AH (such a doubt drafted as a denial). Only
/// before "whether" or "if": "could not say when the road reopens" times a thing, and "would not
/// say" (a refusal, not an inability) is left to the other rules.
extension PositionFinder {
    /// Is the word at `index` "say" or "tell" before "whether" or "if"? (`cannotVerify` then asks
    /// for "cannot", "unable" or "could not" right before it.)
    static func cannotSayWhether(_ lowers: [String], at index: Int) -> Bool {
        guard ["say", "tell"].contains(lowers[index]), index + 1 < lowers.count else { return false }
        return ["whether", "if"].contains(lowers[index + 1])
    }
}
