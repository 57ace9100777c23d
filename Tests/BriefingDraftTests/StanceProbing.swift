@testable import BriefingDraft

/// What the stance suites ask of a text: the stances one actor's positions take in it.
protocol StanceProbing {}

extension StanceProbing {
    func stances(_ raw: String, of actor: String) -> [String] {
        Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == actor }.map(\.stance.rawValue)
    }

    /// Every position the pipeline reads in a text, as "stance actor", in order.
    func positionLines(_ raw: String) -> [String] {
        Drafter.positions(in: TextSplitter.split(raw)).map { "\($0.stance.rawValue) \($0.actor)" }
    }
}
