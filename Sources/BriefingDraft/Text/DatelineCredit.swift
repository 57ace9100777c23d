/// "SANTIAGO, March 12 (Reuters) - …", "MANAGUA, Nicaragua (AP) — …": a wire dateline and the
/// agency it credits open a story's first sentence. Their names are neither the sentence's
/// subject nor its speaker: the subject starts after the dash. One reading for every token
/// kind the stages use, so quotes and events agree on where a dateline ends.
enum DatelineCredit {
    enum Piece { case dash, closingParenthesis, lowerCaseWord, quoteMark, other }

    /// How many tokens a dateline credit takes, its dash included; 0 when the text opens with
    /// none. The credit is capitalised words, numbers and punctuation, its agency in
    /// parentheses right before the dash.
    static func length(tokens count: Int, piece: (Int) -> Piece) -> Int {
        var k = 0
        while k < min(count, 14) {
            switch piece(k) {
            case .dash: return k > 0 && piece(k - 1) == .closingParenthesis ? k + 1 : 0
            case .lowerCaseWord, .quoteMark: return 0
            case .closingParenthesis, .other: k += 1
            }
        }
        return 0
    }

    static let dashes: Set<String> = ["-", "\u{2014}", "\u{2013}"]
}
