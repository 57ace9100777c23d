@testable import BriefingDraft

/// What the name suites ask of a text: the actors the names stage finds in it, one by name, or
/// all their names.
protocol NameProbing {}

extension NameProbing {
    func find(_ raw: String) -> NameFinder.Result {
        NameFinder.find(in: TextSplitter.split(raw), gazetteer: .standard)
    }

    func actor(_ result: NameFinder.Result, _ name: String) -> DraftActor? {
        result.actors.first { $0.name == name }
    }

    func names(_ result: NameFinder.Result) -> Set<String> { Set(result.actors.map(\.name)) }

    /// An actor of the whole draft by name: after every stage, unheld groups pruned.
    func draftedActor(_ raw: String, _ name: String) -> DraftActor? {
        Drafter.draft(raw, published: nil).actors.first { $0.name == name }
    }

    /// "Name of Affiliation" for each actor: what a failed affiliation check prints.
    func affiliations(_ result: NameFinder.Result) -> [String] {
        result.actors.map { "\($0.name) of \($0.affiliation ?? "-")" }
    }
}
