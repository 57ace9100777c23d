import BriefingModel
import Foundation

/// Finds every quoted span and who said it.
///
/// Works paragraph by paragraph on the paragraph's text, so a quote the sentence splitter
/// cut in two stays one span; the source is the sentence holding the opening mark. The
/// speaker comes from the attribution grammar of news copy, tried in this order:
///
/// 1. direct speech: `“…,” X said`, `“…,” said X`, `“…?” X asked` — a verb of saying just
///    after the closing mark;
/// 2. a verb of saying before the quote in its sentence: `X said the process was “not
///    perfect”`, `Putin hailed Xi as an “old friend”`, `…, claiming to have found “weeds”`
///    (a participle takes its main clause's subject), `…, which urged China to “talk”`;
/// 3. a verb of saying after it in its sentence (`Russia “highly values” …, Lavrov said`);
/// 4. a quote that is a sentence of its own with no attribution continues the previous
///    quote (same or previous paragraph), or takes the speaker named in the sentence before.
///
/// Scare quotes with none of these stay without a speaker (nil; they are not written).
/// Nested quotes stay inside their outer quote.
public enum QuoteFinder {
    public static func find(in text: DraftText, actors: [DraftActor], mentions: MentionIndex) -> [DraftQuote] {
        let attribution = AttributionCache.shared.text(for: text, actors: actors, mentions: mentions)
        return find(in: attribution).map(\.quote)
    }

    struct Found {
        var quote: DraftQuote
        var paragraph: Int
        var sentence: Int
        var openToken: Int
        /// A quote left open at its paragraph's end, continued in the next paragraph.
        var runsOn: Bool = false
    }

    static func find(in text: AttributionText) -> [Found] {
        var found: [Found] = []
        var previous: (speaker: AttributionText.Speaker, paragraph: Int)?
        for (p, view) in text.paragraphs.enumerated() {
            for quote in view.quotes where quote.depth == 0 {
                let words = view.content(of: quote)
                guard !words.isEmpty, view.tokens.indices.contains(quote.openToken) else { continue }
                let sentence = view.tokens[quote.openToken].sentence
                guard view.sentences.indices.contains(sentence) else { continue }
                var speaker = attribute(quote, in: p, text: text)
                if speaker == nil, let continued = continuation(of: quote, in: p, text: text, previous: previous) {
                    speaker = continued
                }
                if let speaker { previous = (speaker, p) }
                found.append(Found(
                    quote: DraftQuote(speaker: speaker?.actor, via: speaker?.via, text: words, source: view.sentences[sentence].ref),
                    paragraph: p, sentence: sentence, openToken: quote.openToken, runsOn: !quote.closed))
            }
        }
        // A quote run on over paragraphs is attributed at its end: "“A.¶“B,” X said."
        for index in found.indices.reversed() where found[index].quote.speaker == nil && found[index].runsOn {
            guard index + 1 < found.count, found[index + 1].paragraph == found[index].paragraph + 1,
                  found[index + 1].openToken == 0, let speaker = found[index + 1].quote.speaker else { continue }
            found[index].quote.speaker = speaker
            found[index].quote.via = found[index + 1].quote.via
        }
        return found
    }

    /// Rules 1–3: a verb of saying after the closing mark, before the quote, or later in its sentence.
    static func attribute(_ quote: ParagraphView.QuoteSpan, in p: Int, text: AttributionText) -> AttributionText.Speaker? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let openSentence = tokens[quote.openToken].sentence
        let closeIndex = quote.closeToken ?? quote.lastInside
        let endSentence = tokens[closeIndex].sentence
        guard view.sentenceTokens.indices.contains(openSentence), view.sentenceTokens.indices.contains(endSentence) else { return nil }
        let extentStart = view.sentenceTokens[openSentence].lowerBound
        let extentEnd = max(view.sentenceTokens[endSentence].upperBound, closeIndex + 1)
        let after = closeIndex + 1

        // 1. Direct speech.
        if let close = quote.closeToken {
            let raw = view.text(quote.contentStart..<quote.contentEnd).trimmingCharacters(in: .whitespaces)
            let punctuated = raw.last.map { ",?!—–-".contains($0) } ?? false
                || (after < tokens.count && tokens[after].kind == .punct && tokens[after].lower == ",")
            let startsSentence = quote.openToken == extentStart
            if punctuated || startsSentence {
                // A quote that ends its sentence with a full stop is not attributed by what follows
                // ("“…,” he said" and "“…?” he asked" are; "“….” The ministry said" is not).
                let endsQuestion = raw.last.map { "?!".contains($0) } ?? false
                var k = close + 1
                while k < tokens.count, k <= close + 11 {
                    let token = tokens[k]
                    if token.kind == .open { break }
                    if token.sentence != tokens[close].sentence && !endsQuestion { break }
                    if token.kind == .punct, [".", ";", ":", "?", "!"].contains(token.lower) { break }
                    if token.kind == .word, AttributionLexicon.clauseOpeners.contains(token.lower) { break }
                    // "…, hours after Y had called it …": a subordinate clause's verb reports nothing of the quote.
                    if token.kind == .word, token.depth == 0, subordinators.contains(token.lower) { break }
                    if text.isQuoteCue(p, k) || text.isMannerOfSpeaking(p, k, afterClose: close),
                       let speaker = text.speaker(ofCue: k, in: p) { return speaker }
                    k += 1
                }
            }
        }
        // 2. A verb of saying before the quote in its sentence.
        var k = quote.openToken - 1
        while k >= extentStart {
            if text.isQuoteCue(p, k), let speaker = text.speaker(ofCue: k, in: p) { return speaker }
            // "“…,” he continued, “and …”": a manner-of-speaking verb that reports the quote
            // before it reports the rest of the split quote too.
            if tokens[k].kind == .word, tokens[k].depth == 0,
               let close = view.quotes.last(where: { ($0.closeToken ?? k) < k && ($0.closeToken ?? k) >= k - 5 })?.closeToken,
               text.isMannerOfSpeaking(p, k, afterClose: close), let speaker = text.speaker(ofCue: k, in: p) { return speaker }
            k -= 1
        }
        // A full sentence quoted after a colon whose lead-in reports no speech: "Her reply was short: “…”".
        if quote.openToken > extentStart, tokens[quote.openToken - 1].lower == ":",
           view.tokens.indices.contains(quote.openToken + 1), view.tokens[quote.openToken + 1].isCapitalized,
           let actor = text.leadInSpeaker(beforeColon: quote.openToken - 1, in: p) {
            return AttributionText.Speaker(actor: actor, via: nil)
        }
        // 3. A verb of saying after it (the tail of reported speech).
        k = after
        while k < extentEnd, k < tokens.count {
            if tokens[k].kind == .open, let next = view.quoteOpeningAt[k] {
                // Another quote first: its own attribution will serve it; keep looking past it.
                k = (view.quotes[next].closeToken ?? view.quotes[next].lastInside) + 1
                continue
            }
            if text.isQuoteCue(p, k), let speaker = text.speaker(ofCue: k, in: p) { return speaker }
            k += 1
        }
        return nil
    }

    /// Words that open a subordinate clause after a quote: its verb is not the quote's reporting verb.
    static let subordinators: Set<String> = ["after", "before", "when", "until", "unless", "if"]

    /// Rule 4: a quoted sentence with no attribution of its own.
    static func continuation(of quote: ParagraphView.QuoteSpan, in p: Int, text: AttributionText,
                             previous: (speaker: AttributionText.Speaker, paragraph: Int)?) -> AttributionText.Speaker? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        let sentence = tokens[quote.openToken].sentence
        guard quote.openToken == view.sentenceTokens[sentence].lowerBound else { return nil }
        // Nothing but punctuation (or another quote) may follow it in its sentence.
        let closeIndex = quote.closeToken ?? quote.lastInside
        let endSentence = tokens[closeIndex].sentence
        var k = closeIndex + 1
        while k < view.sentenceTokens[endSentence].upperBound {
            if tokens[k].kind == .word && tokens[k].depth == 0 { return nil }
            k += 1
        }
        // "“….” Those were the words of X": the sentence after names the speaker.
        if let actor = text.speakerNamedAfter(sentence: endSentence, in: p) {
            return AttributionText.Speaker(actor: actor, via: nil)
        }
        // The sentence before ends with a colon: "X said:".
        let before = previousSentence(p, sentence, text: text)
        if let before, let last = lastTokenIndex(before, text: text),
           text.paragraphs[before.paragraph].tokens[last].lower == ":" {
            if let speaker = lastCueSpeaker(before, text: text) { return speaker }
            if let actor = text.leadInSpeaker(beforeColon: last, in: before.paragraph) {
                return AttributionText.Speaker(actor: actor, via: nil)
            }
        }
        // "Nowicka was unmoved. “…”": a quote alone right after a sentence of its own paragraph
        // that opens with a person or body and reports no speech is that subject's, not the
        // previous speaker's.
        if let before, before.paragraph == p, !text.reportsSpeech(before.sentence, in: p),
           let actor = text.openingSubject(of: before.sentence, in: p) {
            return AttributionText.Speaker(actor: actor, via: nil)
        }
        if let previous, previous.paragraph >= p - 1 { return previous.speaker }
        if let before { return lastCueSpeaker(before, text: text) }
        return nil
    }

    static func previousSentence(_ p: Int, _ sentence: Int, text: AttributionText) -> (paragraph: Int, sentence: Int)? {
        if sentence > 0 { return (p, sentence - 1) }
        var q = p - 1
        while q >= 0 {
            let view = text.paragraphs[q]
            if !view.sentenceTokens.isEmpty { return (q, view.sentenceTokens.count - 1) }
            q -= 1
        }
        return nil
    }

    static func lastTokenIndex(_ at: (paragraph: Int, sentence: Int), text: AttributionText) -> Int? {
        let range = text.paragraphs[at.paragraph].sentenceTokens[at.sentence]
        return range.isEmpty ? nil : range.upperBound - 1
    }

    static func lastCueSpeaker(_ at: (paragraph: Int, sentence: Int), text: AttributionText) -> AttributionText.Speaker? {
        let range = text.paragraphs[at.paragraph].sentenceTokens[at.sentence]
        for k in range.reversed() where text.isQuoteCue(at.paragraph, k) {
            if let speaker = text.speaker(ofCue: k, in: at.paragraph) { return speaker }
        }
        return nil
    }
}
