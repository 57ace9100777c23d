import BriefingModel

/// Unnamed group voices that do not open their sentence but are framed by it, forms of wire
/// copy read off set R's misses: after an opening place or time ("In Chennai, opposition
/// lawmakers accused New Delhi of …"), as the antecedent of a relative clause that speaks
/// ("He was responding to opposition lawmakers, who accused the bank of …"), and past an
/// aside on how they spoke ("Mining executives in Conakry, speaking privately, said …").
extension NameFinding {
    /// Words that open a framing phrase set off by a comma before the clause's subject.
    static let framingOpeners: Set<String> = [
        "in", "on", "at", "across", "after", "since", "from", "outside", "inside", "elsewhere", "meanwhile", "back",
    ]

    /// Framing openers that give a place, so a placed voice head after them is placed.
    static let placeFramingOpeners: Set<String> = ["in", "across", "outside", "inside"]

    mutating func defineFramedGroupVoices(in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        let start = sentence.datelineEnd
        // "In Chennai, opposition lawmakers …": a short framing phrase, then the voice.
        if let first = sentence.token(start), first.isWord, Self.framingOpeners.contains(first.lower),
           let comma = (start + 1..<min(tokens.count, start + 7)).first(where: { tokens[$0].kind == .punct }),
           tokens[comma].text == ",",
           !(start..<comma).contains(where: { Self.stanceWords.contains(tokens[$0].lower) }) {
            // "In the Amazon province of Orellana, parents said": the frame is the group's place.
            defineGroupVoice(from: comma + 1, in: sentence, afterContrast: false, framedByPlace: Self.placeFramingOpeners.contains(first.lower))
        }
        // "…, responding to opposition lawmakers, who accused …": the voice the relative clause speaks for.
        for w in tokens.indices where w >= 2 && tokens[w].isWord && tokens[w].lower == "who"
            && tokens[w - 1].kind == .punct && tokens[w - 1].text == "," {
            let head = w - 2
            guard tokens[head].isWord, Self.voiceHeads.contains(tokens[head].lower) || Self.modifiedVoiceHeads.contains(tokens[head].lower) else { continue }
            var open = head
            // One modifier at most, and no verb ("answering rights groups").
            while open - 1 >= 0, head - (open - 1) < 2, tokens[open - 1].isWord,
                  !tokens[open - 1].lower.hasSuffix("ing"), !tokens[open - 1].lower.hasSuffix("ed"),
                  !NameLexicon.functionWords.contains(tokens[open - 1].lower) || Self.voiceOpeners.contains(tokens[open - 1].lower),
                  !Self.stanceWords.contains(tokens[open - 1].lower),
                  sentence.chunkAt[open - 1] == nil || isModifierChunk(sentence, at: open - 1) { open -= 1 }
            defineGroupVoice(from: open, in: sentence, afterContrast: false)
        }
    }

    /// ", speaking privately,", ", speaking on condition of anonymity,": an aside before the verb.
    static func opensSpeakingAside(_ sentence: AnalyzedSentence, at v: Int) -> Bool {
        guard v >= 1, let token = sentence.token(v), token.isWord, token.lower == "speaking",
              let before = sentence.token(v - 1) else { return false }
        return before.kind == .punct && before.text == ","
    }
}
