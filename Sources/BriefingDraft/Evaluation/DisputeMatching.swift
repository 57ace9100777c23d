/// Gold disputes paired one-to-one with the drafted disputes that find them. A drafted
/// dispute that holds opposed sides of two gold disputes (one drafted quarrel whose sides are
/// two gold quarrels' sides, as when one accuser makes two charges and both are answered)
/// is one dispute drafted, so it may count as finding one of them, not both. The count is
/// that of a maximum matching (augmenting paths, gold disputes in order), so no choice of
/// which gold dispute a drafted one stands for costs another gold dispute its only finder.
enum DisputeMatching {
    /// `finders[g]` lists the drafted disputes that find gold dispute `g`; the result maps
    /// each gold dispute found to the drafted dispute it is paired with.
    static func pairs(_ finders: [[Int]]) -> [Int: Int] {
        var goldOfDraft: [Int: Int] = [:]
        func augment(_ g: Int, _ visited: inout Set<Int>) -> Bool {
            for d in finders[g] where visited.insert(d).inserted {
                if let holder = goldOfDraft[d] {
                    guard augment(holder, &visited) else { continue }
                }
                goldOfDraft[d] = g
                return true
            }
            return false
        }
        for g in finders.indices {
            var visited = Set<Int>()
            _ = augment(g, &visited)
        }
        return Dictionary(uniqueKeysWithValues: goldOfDraft.map { ($0.value, $0.key) })
    }
}
