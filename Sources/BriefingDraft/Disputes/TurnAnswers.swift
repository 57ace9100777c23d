import BriefingModel

/// "The army said dissident rebels had planted the bomb. General Ruiz said it was set off by
/// remote control. … The Front said the blast came from an old army mine and that its fighters
/// were not in the area": wire copy gives one side's account, then the other's. A denial that
/// shares too few words with any claim to be linked by them answers the account just before it
/// when it is the first position from outside that account's camp (the next turn), within two
/// paragraphs, and shares a word with it or names its speaker. Layout, not words.
extension DisputeFinder {
    static func answeredByTurn(_ d: Int, positions: [StancePosition], compact: [Compact], camps: Camps) -> Int? {
        let denial = positions[d]
        // Back over the account just before: all of one camp, other than the denier's.
        var turn: [Int] = []
        for a in positions[..<d].indices.reversed() {
            let other = positions[a]
            guard denial.paragraph - other.paragraph <= 2, d - a <= 8, !camps.allied(compact[a].actor, compact[d].actor) else { break }
            if let first = turn.first, !camps.related(compact[a].actor, compact[first].actor) { break }
            guard other.stance == .asserts else { break }
            turn.append(a)
        }
        func answers(_ a: Int) -> Bool {
            shared(compact[a].stems, compact[d].stems) >= 1 || compact[a].mentioned.contains { camps.allied($0, compact[d].actor) }
                || compact[d].mentioned.contains { camps.allied($0, compact[a].actor) }
        }
        // The turn's own claim it shares words with, or that names the denier's camp.
        if let claim = turn.reversed().first(where: answers) { return claim }
        // "Cordillera on Tuesday denied that tailings had leaked into the river. … The water
        // agency said samples showed the contamination came from the mine": a lead that opens
        // with the denial tells the claim after it. Only when no other camp spoke before it.
        guard denial.paragraph <= 1, positions[..<d].indices.allSatisfy({ camps.allied(compact[$0].actor, compact[d].actor) }) else { return nil }
        return positions[(d + 1)...].prefix { $0.paragraph - denial.paragraph <= 3 }.indices.first { a in
            positions[a].stance == .asserts && positions[a].hasStatement && !camps.related(compact[a].actor, compact[d].actor)
                && shared(compact[a].stems, compact[d].stems) >= 1
        }
    }
}
