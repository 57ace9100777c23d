/// One word or punctuation mark of a sentence, with its UTF-8 range in the sentence text.
struct NameToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punct, possessive }

    var text: String
    /// Lowercased, without a trailing abbreviation period ("sept." → "sept", "u.s." stays).
    var lower: String
    var range: Range<Int>
    var kind: Kind
    /// Starts like a name: a capital letter, or a particle before a capitalised part ("al-Assad").
    var isCapitalized: Bool
    /// Capital letters only (with periods, digits or hyphens): "NATO", "U.S.", "G7".
    var isAcronym: Bool
    /// Whitespace stands right before the token.
    var spaceBefore: Bool

    var isWord: Bool { kind == .word }
    func `is`(_ words: Set<String>) -> Bool { kind == .word && words.contains(lower) }
    /// A person's age as news sets it after a name: one to three digits ("54").
    var isAge: Bool { kind == .number && (1...3).contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
}

/// Splits sentence text into tokens: words keep internal hyphens, apostrophes ("O'Brien"),
/// dotted abbreviations ("U.S.") and number punctuation ("1,000", "80.5"); the possessive
/// "’s" is a token of its own; every other mark is one punctuation token.
enum NameTokenizer {
    /// Hyphenated suffixes that make a capitalised word an adjective ("Washington-based").
    static let adjectivalSuffixes: Set<String> = [
        "based", "era", "backed", "led", "owned", "run", "made", "born", "style", "bound", "funded", "linked",
        "aligned", "allied", "friendly", "controlled", "occupied", "held", "sponsored", "designed", "built",
        "related", "speaking", "leaning", "oriented", "focused", "centric", "wide", "level", "type", "class",
        "registered", "flagged", "listed", "headquartered", "educated", "trained", "supplied", "brokered",
        "mediated", "imposed", "annexed", "origin", "born", "only", "first", "bashing", "skeptic", "sceptic",
    ]

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "jr", "sr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov",
        "sen", "rep", "pres", "rev", "hon", "amb", "adm", "cmdr", "brig", "cpl", "pvt", "supt", "insp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "no", "vs", "dept", "mt", "ft",
    ]

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 48 && value <= 57 }
        return scalar.properties.numericType != nil
    }

    @inline(__always) static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 65 && value <= 90 }
        return scalar.properties.isUppercase
    }

    @inline(__always) static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 97 && value <= 122 }
        return scalar.properties.isLowercase
    }

    static func tokenize(_ text: String) -> [NameToken] {
        let bytes = Array(text.utf8)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        let count = scalars.count
        func isWordScalar(_ i: Int) -> Bool {
            guard i >= 0, i < count else { return false }
            let value = scalars[i].value
            if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57) }
            let properties = scalars[i].properties
            return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
        }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < count && Self.isLetter(scalars[i]) }
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < count && Self.isDigit(scalars[i]) }
        func isLetterChain(_ start: Int, _ end: Int) -> Bool {
            guard (end - start) % 2 == 1 else { return false }
            for i in start..<end {
                if (i - start) % 2 == 0 { if !isLetter(i) { return false } } else if scalars[i] != "." { return false }
            }
            return true
        }

        var tokens: [NameToken] = []
        var index = 0
        var spaceBefore = true
        while index < count {
            let scalar = scalars[index]
            if scalar.value == 32 || (scalar.value >= 128 || scalar.value < 32) && scalar.properties.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            if isWordScalar(index) {
                var end = index + 1
                var dotted = false
                while end < count {
                    let c = scalars[end]
                    if isWordScalar(end) { end += 1; continue }
                    if c == "-" || c == "\u{2011}" || c == "&", isWordScalar(end + 1) { end += 2; continue }
                    if c == "'" || c == "\u{2019}", isLetter(end + 1) {
                        // The possessive ’s stands alone; "O'Brien", "don't" stay whole.
                        if scalars[end + 1] == "s" || scalars[end + 1] == "S", !isWordScalar(end + 2) { break }
                        end += 2
                        continue
                    }
                    if c == ".", isLetter(end + 1), !isWordScalar(end + 2), isLetterChain(index, end) {
                        // "U.S", "U.N": single letters separated by periods.
                        dotted = true
                        end += 2
                        continue
                    }
                    if (c == "." || c == ","), isDigit(end - 1), isDigit(end + 1) { end += 2; continue }
                    // "Klix.ba", "Index.hu": a web address is one word.
                    if c == ".", isLetter(end - 1) {
                        var tld = end + 1
                        while tld < count, tld - end <= 4, isLetter(tld), Self.isLower(scalars[tld]) { tld += 1 }
                        if tld - end >= 3, tld - end <= 4, !isWordScalar(tld) { end = tld; continue }
                    }
                    break
                }
                // "OPEC+": a plus glued to an acronym names a wider group of its own.
                if end < count, scalars[end] == "+", !isWordScalar(end + 1), end - index >= 2, Self.isUpper(scalars[index]),
                   (index..<end).allSatisfy({ !Self.isLower(scalars[$0]) }) {
                    end += 1
                }
                var word = String(decoding: bytes[offsets[index]..<offsets[end]], as: UTF8.self)
                var bare = word.lowercased()
                // A period that belongs to the word: "U.S.", an initial "J.", "Sept.", "Mr.".
                if end < count, scalars[end] == "." {
                    let isInitial = end - index == 1 && Self.isUpper(scalars[index])
                    if dotted || isInitial || abbreviations.contains(bare) {
                        word += "."
                        end += 1
                        if dotted { bare = word.lowercased() }
                    }
                }
                let first = scalars[index]
                var letterCount = 0
                var hasLower = false
                var hasHyphen = false
                for i in index..<end {
                    if Self.isLetter(scalars[i]) {
                        letterCount += 1
                        if Self.isLower(scalars[i]) { hasLower = true }
                    } else if scalars[i] == "-" {
                        hasHyphen = true
                    }
                }
                let isAcronym = !hasLower && letterCount >= 1 && end - index >= 2 && Self.isUpper(first)
                var isCapitalized = Self.isUpper(first)
                // "airBaltic", "easyJet", "eBay": a trade name that opens in lower case and capitalises
                // a later part names as a capitalised word does; "mRNA", "kWh", "pH" stay words.
                if !isCapitalized, !hasHyphen, letterCount == end - index, letterCount >= 4, Self.isLower(first),
                   let inner = (index + 1..<end - 2).first(where: { Self.isUpper(scalars[$0]) }),
                   Self.isLower(scalars[inner + 1]), Self.isLower(scalars[inner + 2]) {
                    isCapitalized = true
                }
                let parts = hasHyphen ? word.split(separator: "-") : []
                if !isCapitalized, parts.count >= 2, ["al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "abu", "ben"].contains(parts[0].lowercased()),
                   parts[1].first?.isUppercase == true {
                    isCapitalized = true
                }
                // "the Cote d'Ivoire-Ghana Cocoa Initiative": a particle-led country name joined by a
                // hyphen to another country's is a capitalised word inside a joint body's name.
                if !isCapitalized, parts.count >= 2, parts[0].count > 2, ["d'", "d\u{2019}"].contains(parts[0].prefix(2).lowercased()),
                   parts[0].dropFirst(2).first?.isUppercase == true, parts.last?.first?.isUppercase == true {
                    isCapitalized = true
                }
                if isCapitalized, parts.count >= 2, let last = parts.last, last.first?.isLowercase == true,
                   adjectivalSuffixes.contains(last.lowercased()) {
                    isCapitalized = false
                }
                let kind: NameToken.Kind = Self.isDigit(first) ? .number : .word
                tokens.append(NameToken(text: word, lower: bare, range: offsets[index]..<offsets[end], kind: kind,
                                        isCapitalized: isCapitalized && kind == .word, isAcronym: isAcronym && kind == .word,
                                        spaceBefore: spaceBefore))
                index = end
                spaceBefore = false
                continue
            }
            if scalar == "'" || scalar == "\u{2019}", index + 1 < count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
               !isWordScalar(index + 2), !tokens.isEmpty, !spaceBefore {
                tokens.append(NameToken(text: String(String.UnicodeScalarView(scalars[index...index + 1])), lower: "'s",
                                        range: offsets[index]..<offsets[index + 2], kind: .possessive,
                                        isCapitalized: false, isAcronym: false, spaceBefore: false))
                index += 2
                spaceBefore = false
                continue
            }
            tokens.append(NameToken(text: String(scalar), lower: String(scalar), range: offsets[index]..<offsets[index + 1],
                                    kind: .punct, isCapitalized: false, isAcronym: false, spaceBefore: spaceBefore))
            index += 1
            spaceBefore = false
        }
        return tokens
    }
}
