import BriefingModel

/// "Police said about 8,000 people had taken part … Organisers said more than 40,000 had
/// joined": wire copy sets two counts of one thing side by side with plain verbs of saying, and
/// neither calls the other wrong. A reported clause whose subject is a number is a count; a
/// later count by another camp of the same thing (a word of what is counted shared, or both
/// counting people who took part) with another number denies the earlier one.
struct CountClause: Sendable, Hashable {
    /// The number as written, digit groups joined ("8,000").
    var number: String
    /// Stems of what the clause says of the number ("people", "killed"), taking part folded to one.
    var stems: Set<String>
    /// "said the figure was closer to 15 percent": the count names no thing, it corrects the one
    /// counted before.
    var corrects = false
    /// "only two meetings", "two such meetings": a count that says there were fewer than told
    /// (`LimitedCounts`); the stem of what it counts, when that is no general unit ("meet").
    var limits = false
    var noun: String?
}

extension PositionFinder {
    /// Words before the number that only qualify it: "about 8,000", "more than 40,000", "at least 12".
    static let countQualifiers = D.words("""
        about around some roughly nearly almost approximately only just over under up to more fewer less than
        at least most as many much close closer barely well
        """)

    /// Taking part in a march or a strike, however said: one thing counted.
    static let participationWords = D.words("""
        join joined joining marched marching march protested protesting rallied rallying attended attending
        gathered gathering demonstrated demonstrating took taken taking turned walked stopped struck striking
        participated participating
        """)

    /// Dying, however said: "two died", "nine had been killed", "the dead".
    static let deathWords = D.words("died die dies dead killed deaths death")

    /// Units too general to tell two counts of one thing: "3 people were killed" and "12 people
    /// were hurt" count different things.
    static let countUnits = D.words("people persons individuals percent per cent")

    /// The count a reported clause opens with, if its subject is a number ("said more than 40,000
    /// had joined", "said that about 8,000 people took part"). Not a number inside the clause
    /// ("said the fund would run out by 2031"), nor a date or a year right after the verb.
    static func countClause(from start: Int, segment: Range<Int>, in p: Int, text: AttributionText) -> CountClause? {
        let view = text.paragraphs[p]
        let tokens = view.tokens
        // From the verb: the statement may start past "only 200", whose words are skippable.
        var t = start
        var qualifiers = 0
        var corrects = false
        var limits = false
        while t < segment.upperBound, qualifiers < 4 {
            let token = tokens[t]
            if token.kind == .open || token.lower == "that" {
                t += 1
            } else if !corrects, let past = correctedCountSubject(at: t, segment: segment, tokens: tokens) {
                // "the figure was", "the real number is": what follows is the count.
                t = past
                corrects = true
            } else if token.kind == .word, countQualifiers.contains(token.lower) {
                limits = limits || limitingQualifiers.contains(token.lower)
                t += 1
                qualifiers += 1
            } else if token.kind == .word, token.lower.first?.isNumber != true, text.isSkippable(t, in: p) {
                // "said on Tuesday that …"
                t += 1
            } else {
                break
            }
        }
        guard t < segment.upperBound, tokens[t].kind == .word,
              isCountWord(tokens[t]) else { return nil }
        // "two people died", "at least nine had been killed": wire copy spells small counts.
        var number = FigureLexicon.numberWords[tokens[t].lower].map(String.init) ?? tokens[t].lower
        t += 1
        while t + 1 < segment.upperBound, view.isDigitGroupSeparator(t) {
            number += "," + tokens[t + 1].lower
            t += 2
        }
        // "said 2019 was the worst year": a year is no count.
        if number.count == 4, number.hasPrefix("19") || number.hasPrefix("20"), qualifiers == 0 { return nil }
        // "two such meetings": "such" points back at meetings someone else told of.
        if t < segment.upperBound, tokens[t].lower == "such" {
            limits = true
            t += 1
        }
        let noun = t < segment.upperBound && tokens[t].kind == .word && !countUnits.contains(tokens[t].lower) ? D.stem(tokens[t].lower) : nil
        var stems = Set<String>()
        while t < segment.upperBound, !(tokens[t].kind == .punct && tokens[t].depth == 0) {
            let lower = tokens[t].lower
            if tokens[t].kind == .word, lower.first?.isNumber != true, !countUnits.contains(lower) {
                if participationWords.contains(lower) {
                    stems.insert("participate")
                } else if deathWords.contains(lower) {
                    stems.insert("die")
                } else if let stem = D.stem(lower) {
                    stems.insert(stem)
                }
            }
            t += 1
        }
        if corrects { return CountClause(number: number, stems: stems, corrects: true, limits: limits, noun: noun) }
        return stems.isEmpty ? nil : CountClause(number: number, stems: stems, limits: limits, noun: noun)
    }

    /// Verbs that give a corrected count its number: "the figure was", "the real toll stood at".
    static let countCopulas = D.words("was is were are stood stands")

    /// Past "the [real] figure was [at]" when a clause opens so; nil otherwise.
    static func correctedCountSubject(at start: Int, segment: Range<Int>, tokens: [ParagraphView.Token]) -> Int? {
        var t = start
        func word(_ words: Set<String>) -> Bool {
            t < segment.upperBound && tokens[t].kind == .word && words.contains(tokens[t].lower)
        }
        guard word(["the"]) else { return nil }
        t += 1
        if word(D.trueCountWords) { t += 1 }
        guard word(D.countNouns.union(["turnout"])) else { return nil }
        t += 1
        guard word(countCopulas) else { return nil }
        t += 1
        if word(["at", "nearer"]) { t += 1 }
        return t
    }
}

extension DisputeFinder {
    /// A count that rivals the latest count by another camp in the last two paragraphs denies it.
    static func resolveRivalCounts(_ positions: inout [StancePosition], camps: Camps) {
        for i in positions.indices where positions[i].stance == .asserts && positions[i].contrastTarget == nil {
            guard let count = positions[i].countClause else { continue }
            // Only the last two paragraphs: the look-back stops there, whatever the text's length.
            let earlier = positions[..<i].reversed().prefix { positions[i].paragraph - $0.paragraph <= 2 }
            // "The ministry said construction would create 12,000 jobs. Economists said the figure
            // was closer to 3,000": a correction names no thing, so it answers the nearest number
            // another camp gave, whatever the subject of that clause (`CorrectedCounts`).
            if count.corrects, let target = correctedCount(by: positions[i], earlier: earlier, camps: camps) {
                positions[i].stance = .denies
                positions[i].contrastTarget = target
                continue
            }
            guard let target = earlier.first(where: { $0.countClause != nil && ($0.ref != positions[i].ref || $0.actor != positions[i].actor) }),
                  let rival = target.countClause, target.stance == .asserts,
                  !camps.allied(target.actor, positions[i].actor), rival.number != count.number,
                  count.corrects || !rival.stems.isDisjoint(with: count.stems) else {
                if let target = limitedAccount(by: positions[i], earlier: earlier, camps: camps) {
                    positions[i].stance = .denies
                    positions[i].contrastTarget = target
                }
                continue
            }
            positions[i].stance = .denies
            positions[i].contrastTarget = target.order
        }
    }
}
