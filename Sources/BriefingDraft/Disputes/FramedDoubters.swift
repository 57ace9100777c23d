import BriefingModel

/// "The WHO was less confident. Its country representative, Dr. Moussa Kone, said …": the short
/// framing sentence (`framesDoubt`) states a side of its own — its subject, the body, doubts
/// what was said before — besides lending the doubt to the speaker it introduces. The body's
/// side is drafted in the framing sentence, with the introduced speaker's words as what it
/// doubts. Only a named actor that opens the sentence and is not that speaker, nor a medium,
/// nor a mere pronoun ("It was less confident." gives the speaker's side only).
extension PositionFinder {
    static func addFramedDoubter(sentence s: Int, in p: Int, framing target: Int, to positions: inout [StancePosition], text: AttributionText) {
        let view = text.paragraphs[p]
        let range = view.sentenceTokens[s]
        // The subject opens the sentence, after at most an article: "The WHO", "UNICEF".
        var t = range.lowerBound
        if t < range.upperBound, view.tokens[t].kind == .word, view.tokens[t].lower == "the", view.mention(startingAt: t) == nil { t += 1 }
        guard t < range.upperBound, let mention = view.mention(startingAt: t), !mention.possessive,
              mention.actor != positions[target].actor, text.actors[mention.actor]?.kind != .media,
              !positions.contains(where: { $0.sentence == s && $0.actor == mention.actor }) else { return }
        var framed = positions[target]
        framed.actor = mention.actor
        framed.sentence = s
        framed.ref = view.sentences[s].ref
        framed.cue = mention.last
        framed.cueWord = view.tokens[mention.last].lower
        framed.mentioned.remove(mention.actor)
        framed.quoteOpenedIn = nil
        positions.insert(framed, at: target)
    }
}
