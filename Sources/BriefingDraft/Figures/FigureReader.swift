/// Reads the figures of one tokenised sentence.
struct FigureReader {
    struct Figure {
        var value: String
        var unit: String?
        var about: String
        /// Tokens of the number and its unit.
        var range: Range<Int>
    }

    let tokens: [SentenceToken]
    let sentence: String
    /// Tokens inside a time expression: years, days, durations, "two days after".
    let isTime: [Bool]

    init(sentence: String, tokens: [SentenceToken]) {
        self.tokens = tokens
        self.sentence = sentence
        var isTime = [Bool](repeating: false, count: tokens.count)
        for found in DateFinder.find(tokens: tokens, in: sentence, published: nil) {
            for index in found.tokens { isTime[index] = true }
        }
        self.isTime = isTime
    }

    func figures() -> [(value: String, unit: String?, about: String)] {
        var result: [Figure] = []
        var index = 0
        while index < tokens.count {
            if let figure = read(at: index, previous: result.last) {
                result.append(figure)
                index = figure.range.upperBound
            } else {
                index += 1
            }
        }
        return result.map { ($0.value, $0.unit, $0.about) }
    }

    private func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    private func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return utf8Text(of: sentence, tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    // MARK: - One figure

    private func read(at start: Int, previous: Figure?) -> Figure? {
        var index = start
        var currency: String?
        let token = tokens[index]
        if token.kind == .punct, let name = FigureLexicon.currencySymbols[token.text], index + 1 < tokens.count, tokens[index + 1].kind == .number {
            currency = name
            if name == "dollars", index > 0, let country = FigureLexicon.dollarPrefixes[tokens[index - 1].text],
               tokens[index - 1].range.upperBound == token.range.lowerBound {
                currency = country
            }
            index += 1
        }
        let number = tokens[index]
        guard !isTime[index] else { return nil }
        var value: String
        var unit: String?
        var end = index + 1
        if number.kind == .number {
            guard let parsed = numberToken(number) else { return nil }
            value = parsed.value
            unit = parsed.unit
        } else if let count = FigureLexicon.numberWords[number.lower], number.isWord {
            // "five Portuguese diplomats", "dozens of people": a count of a plural noun.
            guard count >= 2, !["the", "these", "those", "all", "both", "its", "their", "his", "her"].contains(word(index - 1) ?? ""),
                  !(tokens[max(0, index - 1)].isPossessive && index > 0) else { return nil }
            value = number.text
        } else {
            return nil
        }
        guard !isNamePart(index), !isTimeOfDay(index), !isConversion(index, previous: previous) else { return nil }

        // Scale: "2.5 million".
        if let scale = word(end), ["thousand", "million", "billion", "trillion"].contains(scale) {
            value += " " + tokens[end].text
            end += 1
        }
        var about: String?
        if currency != nil {
            unit = currency
            if let word = word(end), FigureLexicon.currencyWords.contains(word) { end += 1 }
            about = moneyAbout(after: end) ?? contextAbout(before: start)
        } else if let (length, words) = percent(at: end) {
            unit = words
            end += length
            about = percentAbout(after: end) ?? contextAbout(before: start)
        } else if let word = word(end), FigureLexicon.currencyWords.contains(word) {
            unit = tokens[end].text
            end += 1
            about = moneyAbout(after: end) ?? contextAbout(before: start)
        } else {
            let found = unit == nil ? countedPhrase(from: end) : nil
            if number.isWord, found == nil { return nil }
            var counted: Range<Int>?
            if var phrase = found {
                let coordinated = phrase.contains { tokens[$0].lower == "and" }
                // The head is the last plural noun: "two supply boats en route" → "boats".
                var head = phrase.upperBound - 1
                if !tokens[head].lower.endsWith("s"), let plural = phrase.last(where: { tokens[$0].lower.endsWith("s") && !tokens[$0].lower.endsWith("ss") && !tokens[$0].isCapitalized }) {
                    head = plural
                    phrase = phrase.lowerBound..<(plural + 1)
                }
                unit = coordinated ? text(tokens[phrase.lowerBound].isCapitalized ? (phrase.lowerBound + 1)..<phrase.upperBound : phrase) : tokens[head].text
                end = phrase.upperBound
                counted = phrase
                // "eight days to file", "a third term of five years": lengths of time, not amounts.
                if number.isWord, DateLexicon.units[tokens[head].lower] != nil || ["hours", "minutes", "terms", "times"].contains(tokens[head].lower) { return nil }
            }
            let unitWord = unit?.lowercased() ?? ""
            if counted == nil, unit != nil, let following = shortPhrase(from: end, limit: 3) {
                // "a 290-kilometre range", "the 275-seat parliament"
                about = text(following)
            } else if FigureLexicon.lengthUnits.contains(unitWord) {
                about = distanceAbout(after: end, verb: governingVerb(before: start))
            } else if let counted {
                about = countAbout(phrase: counted, unit: unitWord, verb: governingVerb(before: start))
            } else if unit != nil {
                about = countAbout(phrase: nil, unit: unitWord, verb: governingVerb(before: start)) ?? contextAbout(before: start)
            } else if let (borrowed, phraseText) = borrowedUnit(before: start) {
                unit = borrowed
                let governor = governingNoun(before: start)
                about = governor.map { "\(phraseText) \($0)" } ?? phraseText
            } else {
                about = governingNoun(before: start) ?? contextAbout(before: start)
            }
        }
        guard let about, !about.isEmpty else { return nil }
        return Figure(value: value, unit: unit, about: trimmed(about), range: start..<max(end, index + 1))
    }

    /// The value of a number token, and a unit written into it ("290-kilometer", "2bn").
    private func numberToken(_ token: SentenceToken) -> (value: String, unit: String?)? {
        let text = token.text
        if token.isNumeral { return (text, nil) }
        let lower = token.lower
        if ["st", "nd", "rd", "th"].contains(where: { lower.hasSuffix($0) }), lower.dropLast(2).allSatisfy(\.isNumber) { return nil }
        if lower.contains("-old") || lower.contains("year-old") { return nil }
        let parts = text.split(separator: "-", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }), parts[1].first?.isLetter == true {
            // "290-kilometre range", "275-seat parliament", "1,000-strong force"
            return (parts[0], parts[1])
        }
        for suffix in FigureLexicon.scaleSuffixes where lower.hasSuffix(suffix) {
            let digits = lower.dropLast(suffix.count)
            if !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { return (text, nil) }
        }
        return nil
    }

    /// "Freedom Shield 23", "Article 5", "Resolution 2231": a number that ends a name.
    private func isNamePart(_ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].isWord, tokens[index - 1].isCapitalized, index - 1 > 0 else { return false }
        if FigureLexicon.dollarPrefixes[tokens[index - 1].text] != nil { return false }
        if ["No", "Nos", "Article", "Resolution", "Flight", "Route", "Highway", "Chapter", "Section", "Clause", "Phase", "Group", "Class", "Type", "Model", "Level"].contains(tokens[index - 1].text) { return true }
        guard let next = word(index + 1) else { return true }
        return tokens[index + 1].kind == .punct || !(tokens[index + 1].isWord && !tokens[index + 1].isCapitalized) || next == "and"
    }

    private func isTimeOfDay(_ index: Int) -> Bool {
        if word(index - 1) == ":" || word(index + 1) == ":" { return true }
        if let next = word(index + 1), FigureLexicon.timeWords.contains(next) { return true }
        if word(index - 1) == "no." || word(index - 1) == "aged" { return true }
        return false
    }

    /// "290 kilometers (180 miles)": the bracketed conversion of the figure before.
    private func isConversion(_ index: Int, previous: Figure?) -> Bool {
        guard let previous, word(index - 1) == "(" else { return false }
        return previous.range.upperBound == index - 1
    }

    private func percent(at index: Int) -> (Int, String)? {
        for words in FigureLexicon.percentWords {
            guard index + words.count <= tokens.count else { continue }
            if words.indices.allSatisfy({ tokens[index + $0].lower == words[$0] }) {
                return (words.count, text(index..<(index + words.count)))
            }
        }
        return nil
    }

    // MARK: - Phrases

    private static let timeAdverbs: Set<String> = ["late", "early", "earlier", "later", "overnight", "yesterday", "today", "tonight"]
    private static let stopWords: Set<String> = ["and", "or", "but", "that", "which", "who", "while", "as", "than", "off", "per", "were", "was", "is", "are", "had", "have", "has", "been", "be", "will", "would", "could", "the", "a", "an", "this", "its", "their"]

    /// The counted noun phrase after a number: "election monitors", "individuals and companies".
    private func countedPhrase(from start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < 5, !isTime[end] {
            let token = tokens[end]
            guard token.isWord, !TriggerDetector.prepositions.contains(token.lower) else { break }
            if token.lower == "and", end > start, end + 1 < tokens.count, tokens[end + 1].isWord, !ClauseSplitter.looksLikeVerb(tokens[end + 1]),
               !Self.stopWords.contains(tokens[end + 1].lower), !TriggerDetector.prepositions.contains(tokens[end + 1].lower) {
                end += 2
                continue
            }
            if Self.stopWords.contains(token.lower) { break }
            let nextIsWord = end + 1 < tokens.count && tokens[end + 1].isWord && !Self.stopWords.contains(tokens[end + 1].lower)
                && !TriggerDetector.prepositions.contains(tokens[end + 1].lower)
            // "40 people late on Tuesday": a time adverb ends the phrase unless it modifies a noun ("late payments").
            if end > start, Self.timeAdverbs.contains(token.lower), !nextIsWord || end + 1 < tokens.count && isTime[end + 1] { break }
            // "internally displaced Palestinians", "wounded soldiers": a participle before its noun.
            if ClauseSplitter.looksLikeVerb(token), !nextIsWord || end == start && token.lower.endsWith("ing") { break }
            // A capitalised word is a modifier before a noun ("Portuguese diplomats") or a plural
            // head of its own ("10 Russians", "displaced Palestinians").
            if token.isCapitalized, !(nextIsWord && !tokens[end + 1].isCapitalized), !token.lower.endsWith("s") { break }
            end += 1
            // A unit of measure ends the phrase: "100 kilometers south of Seoul".
            if FigureLexicon.lengthUnits.contains(token.lower) || FigureLexicon.containerUnits.contains(token.lower) && token.lower != "worth" { break }
        }
        // A phrase ends on a noun, not on an adjective before a stop.
        return end > start ? start..<end : nil
    }

    /// A short noun phrase after a preposition: "the Ukrainian border", "Australian barley".
    private func shortPhrase(from start: Int, limit: Int = 5, allowAnd: Bool = false) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < limit {
            let token = tokens[end]
            guard token.isWord || (token.kind == .number && end > start) else { break }
            if TriggerDetector.prepositions.contains(token.lower) { break }
            if token.lower == "and" || token.lower == "or" {
                guard allowAnd, end + 1 < tokens.count, tokens[end + 1].isWord, !ClauseSplitter.looksLikeVerb(tokens[end + 1]) else { break }
                end += 1
                continue
            }
            if ["that", "which", "who", "while", "as", "than", "were", "was", "is", "are", "had", "have", "has", "will", "would"].contains(token.lower) { break }
            if ClauseSplitter.looksLikeVerb(token), end > start { break }
            end += 1
        }
        return end > start ? start..<end : nil
    }

    private func countAbout(phrase: Range<Int>?, unit: String, verb: String?) -> String? {
        var about: String?
        let after = phrase?.upperBound ?? 0
        if let phrase, word(after) == "of", let of = shortPhrase(from: after + 1, limit: 6, allowAnd: true) {
            about = FigureLexicon.containerUnits.contains(unit) ? text(of) : text(phrase) + " of " + text(of)
        } else if let phrase {
            about = text(phrase)
        }
        let verb = verb ?? phrase.flatMap { participle(after: $0.upperBound) }
        if let verb { about = (about ?? unit) + " " + verb }
        else if let phrase, let about2 = about, let target = targetContext(before: phrase.lowerBound) {
            // "sanctions on nearly 400 individuals and companies"
            about = target + " " + about2
        }
        return about
    }

    private func distanceAbout(after index: Int, verb: String?) -> String {
        var k = index
        if word(k) == "(" { while k < tokens.count, word(k) != ")" { k += 1 }; k += 1 }
        // "from the border", "south of Seoul", "away from", "off the coast"
        var phraseStart = k
        if let direction = word(k), ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "away", "short", "inland", "offshore"].contains(direction) {
            phraseStart = k
            k += 1
        }
        if let preposition = word(k), ["from", "of", "off", "to", "into", "inside", "beyond", "along", "across"].contains(preposition), let tail = shortPhrase(from: k + 1) {
            return "distance " + text(phraseStart..<tail.upperBound)
        }
        return verb.map { "distance " + $0 } ?? "distance"
    }

    private func percentAbout(after index: Int) -> String? {
        if word(index) == "of", let of = shortPhrase(from: index + 1) { return "share of " + text(of) }
        guard let phrase = shortPhrase(from: index) else { return nil }
        if let preposition = word(phrase.upperBound), ["on", "in", "against", "for"].contains(preposition), let tail = shortPhrase(from: phrase.upperBound + 1, limit: 4) {
            return text(phrase.lowerBound..<tail.upperBound)
        }
        return text(phrase)
    }

    private func moneyAbout(after index: Int) -> String? {
        if word(index) == "worth", word(index + 1) == "of", let of = shortPhrase(from: index + 2) { return text(of) }
        if let preposition = word(index), ["in", "for", "of"].contains(preposition), let of = shortPhrase(from: index + 1) { return text(of) }
        if let phrase = shortPhrase(from: index, limit: 4), !ClauseSplitter.looksLikeVerb(tokens[phrase.lowerBound]) { return text(phrase) }
        return nil
    }

    /// "a forecast of 2.5 million" after "production of shells": the unit named earlier.
    private func borrowedUnit(before index: Int) -> (String, String)? {
        var k = index - 1
        while k >= max(0, index - 14) {
            if tokens[k].kind == .punct, tokens[k].text != "," { return nil }
            if word(k) == "of", k + 1 < index, k >= 1, tokens[k + 1].isWord, tokens[k + 1].lower.hasSuffix("s"), tokens[k - 1].isWord,
               !TriggerDetector.prepositions.contains(tokens[k + 1].lower) {
                return (tokens[k + 1].text, text((k - 1)..<(k + 2)))
            }
            k -= 1
        }
        return nil
    }

    /// "a forecast of 2.5 million" → "forecast"; "the death toll rose to 45" → "death toll".
    private func governingNoun(before index: Int) -> String? {
        guard word(index - 1) == "of", index >= 2, tokens[index - 2].isWord, !ClauseSplitter.looksLikeVerb(tokens[index - 2]) else { return nil }
        return tokens[index - 2].text
    }

    /// The noun phrase before the number's verb: "The death toll rose to 45" → "death toll".
    private func contextAbout(before index: Int) -> String? {
        var k = index - 1
        while k >= 0, FigureLexicon.approximators.contains(tokens[k].lower) || ["to", "by", "at", "from"].contains(tokens[k].lower) { k -= 1 }
        while k >= 0, tokens[k].isWord, ClauseSplitter.looksLikeVerb(tokens[k]) || ["was", "were", "is", "are", "has", "have", "had", "stood", "reached", "hit", "rose", "fell"].contains(tokens[k].lower) { k -= 1 }
        var start = k + 1
        while k >= 0, start - k <= 4, tokens[k].isWord, !TriggerDetector.prepositions.contains(tokens[k].lower), !TriggerDetector.determiners.contains(tokens[k].lower), !ClauseSplitter.looksLikeVerb(tokens[k]) {
            start = k
            k -= 1
        }
        let end = (start..<index).first { ClauseSplitter.looksLikeVerb(tokens[$0]) || FigureLexicon.approximators.contains(tokens[$0].lower) || ["was", "were", "is", "are", "to"].contains(tokens[$0].lower) } ?? index
        return end > start ? text(start..<end) : nil
    }

    /// "sanctions on nearly 400 …" → "sanctions on": the noun and preposition a count is the object of.
    private func targetContext(before phraseStart: Int) -> String? {
        var k = phraseStart - 1
        while k >= 0, tokens[k].kind == .number || FigureLexicon.approximators.contains(tokens[k].lower) && !["to", "of"].contains(tokens[k].lower) { k -= 1 }
        guard k >= 1, let preposition = word(k), ["on", "against", "for", "to"].contains(preposition), tokens[k - 1].isWord,
              !ClauseSplitter.looksLikeVerb(tokens[k - 1]), !TriggerDetector.determiners.contains(tokens[k - 1].lower),
              !TriggerDetector.prepositions.contains(tokens[k - 1].lower) else { return nil }
        return tokens[k - 1].text + " " + preposition
    }

    /// "20 people have been killed" → "killed": the passive verb after a counted phrase.
    private func participle(after index: Int) -> String? {
        var k = index
        while let word = word(k), ["have", "has", "had", "were", "was", "been", "are", "is", "reportedly", "also"].contains(word) { k += 1 }
        guard k > index, k < tokens.count, tokens[k].isWord, tokens[k].lower.endsWith("ed") || TenseDetector.irregularPast.contains(tokens[k].lower) else { return nil }
        return tokens[k].lower
    }

    /// "delivering more than 1,000 containers" → "delivered".
    private func governingVerb(before index: Int) -> String? {
        var k = index - 1
        while k >= 0, tokens[k].isWord, FigureLexicon.approximators.contains(tokens[k].lower) { k -= 1 }
        guard k >= 0, tokens[k].isWord, !tokens[k].isCapitalized else { return nil }
        let verb = tokens[k].lower
        if ["including", "include", "includes", "included", "involving", "involved", "totaling", "totalling", "numbering", "reaching", "said", "says", "told", "was", "were", "is", "are", "has", "have", "had", "with", "about", "called", "named", "dubbed", "termed", "described", "estimated", "put", "numbered"].contains(verb) { return nil }
        if let participle = EventLexicon.pastParticiples[verb] { return participle }
        guard ClauseSplitter.looksLikeVerb(tokens[k]) else { return nil }
        if verb.hasSuffix("ed") { return verb }
        // "delivering" → "delivered", "imposing" → "imposed", "shipping" → "shipped".
        if verb.hasSuffix("ing") { return String(verb.dropLast(3)) + "ed" }
        return TenseDetector.irregularPast.contains(verb) ? verb : nil
    }

    private func trimmed(_ about: String) -> String {
        let words = about.split(separator: " ")
        return words.count > 9 ? words.prefix(9).joined(separator: " ") : about
    }
}
