/// A list of word beginnings ("illegal", "bribe", "fail") asked whether a word starts with one
/// of them. The beginnings are kept by their first byte, so a word is compared only with the
/// few that share it: the dispute stage asks this of every word of every answer.
struct WordBeginnings: Sendable {
    private var byFirstByte: [UInt8: [String]] = [:]

    init(_ beginnings: [String]) {
        for beginning in beginnings {
            guard let first = beginning.utf8.first else { continue }
            byFirstByte[first, default: []].append(beginning)
        }
    }

    func begins(_ word: some StringProtocol) -> Bool {
        guard let first = word.utf8.first, let candidates = byFirstByte[first] else { return false }
        return candidates.contains { word.hasPrefix($0) }
    }
}
