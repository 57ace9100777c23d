/// "said on its Telegram channel", "wrote on his X account", "in a post on her Facebook
/// page": a name between an owner's possessive and a word for an account is the platform the
/// owner posts on, not an outlet or a body of its own.
extension NameFinding {
    static let ownerDeterminers: Set<String> = ["its", "his", "her", "their", "our", "my"]
    static let accountNouns: Set<String> = ["channel", "channels", "account", "accounts", "page", "pages", "feed", "profile", "blog", "handle"]

    static func isPlatformOfAccount(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        guard let next = sentence.token(chunk.tokens.upperBound), next.isWord, accountNouns.contains(next.lower) else { return false }
        var t = chunk.tokens.lowerBound - 1
        // "its own Telegram channel", "his official X account".
        while t >= 0, ["own", "official", "verified"].contains(sentence.tokens[t].lower) { t -= 1 }
        return t >= 0 && sentence.tokens[t].isWord && ownerDeterminers.contains(sentence.tokens[t].lower)
    }
}
