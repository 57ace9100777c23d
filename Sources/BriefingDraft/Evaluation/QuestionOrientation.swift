import BriefingModel

/// A dispute's stances are relative to its yes/no question, and the drafter words its own
/// question from the claim it read first ("Is it true that the outage was used to fix the
/// count?"), where the gold may ask the opposite ("Was the outage a power failure?"). The two
/// disputes are then the same, with every `asserts` and `denies` swapped. So a drafted dispute
/// is read against a gold dispute the way round under which more of its sides match; a
/// `questions` or `neutral` stance reads the same either way. Within one drafted dispute the
/// orientation is one: flipping a single side is never allowed.
enum QuestionOrientation: Sendable, Hashable, CaseIterable {
    case asWritten
    case turned

    /// `stance` as it reads against a question asked the other way round, when turned.
    func reading(_ stance: String) -> String {
        guard self == .turned else { return stance }
        switch stance {
        case Stance.asserts.rawValue: return Stance.denies.rawValue
        case Stance.denies.rawValue: return Stance.asserts.rawValue
        default: return stance
        }
    }

    /// The orientation of `drafted` against `gold` under which more gold sides are held by one of
    /// its sides (same actor, same stance once read that way); as written on a tie.
    static func best(_ drafted: DraftDispute, against gold: Gold.Dispute, same: (String?, String?) -> Bool) -> QuestionOrientation {
        func held(_ orientation: QuestionOrientation) -> Int {
            gold.sides.filter { side in
                drafted.sides.contains { orientation.reading($0.stance.rawValue) == side.stance && same($0.actor, side.actor) }
            }.count
        }
        return held(.turned) > held(.asWritten) ? .turned : .asWritten
    }

    /// The stances of `gold` that `drafted`, read this way, holds a matching side of.
    func stancesHeld(by drafted: DraftDispute, of gold: Gold.Dispute, same: (String?, String?) -> Bool) -> Set<String> {
        Set(gold.sides.compactMap { side in
            drafted.sides.contains { reading($0.stance.rawValue) == side.stance && same($0.actor, side.actor) } ? side.stance : nil
        })
    }
}

extension Evaluator {
    /// Whether `drafted` finds `gold`: read the better way round, it holds matching sides of two
    /// opposed stances of it.
    static func finds(_ drafted: DraftDispute, _ gold: Gold.Dispute, same: (String?, String?) -> Bool) -> Bool {
        QuestionOrientation.best(drafted, against: gold, same: same).stancesHeld(by: drafted, of: gold, same: same).count >= 2
    }
}
