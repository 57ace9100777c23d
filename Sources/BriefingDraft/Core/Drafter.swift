import BriefingModel
import Dispatch
import Foundation

/// Raw article text → a drafted model, stage by stage: text, names, quotes, events,
/// disputes, figures. Every stage is a plain function of the stages before it, so stages
/// that do not read each other's output run at the same time: figures beside names, then
/// events beside quotes → disputes.
public enum Drafter {
    public static func draft(_ raw: String, published: BriefingDate?, gazetteer load: @autoclosure @escaping @Sendable () -> Gazetteer = .standard) -> Draft {
        // Loading the gazetteer and the index of its names' first words takes about as long
        // as splitting the text, and neither needs the other.
        let (text, gazetteer) = together({ TextSplitter.split(raw) }, {
            let gazetteer = load()
            _ = Chunker.firstWords(of: gazetteer)
            return gazetteer
        })
        let (figures, found) = together({ FigureFinder.find(in: text) }, {
            let names = NameFinder.find(in: text, gazetteer: gazetteer)
            // Quotes and disputes read one attribution text. Disputes take longest, so they
            // start at once; the quotes follow the events on the other thread.
            let attribution = AttributionText(text: text, actors: names.actors, mentions: names.mentions)
            let (voiced, disputes) = together({
                (EventFinder.find(in: text, actors: names.actors, places: names.places, mentions: names.mentions, published: published),
                 QuoteFinder.find(in: attribution).map(\.quote),
                 // "His lawyer, Kari Moen,": the client as her affiliation (CounselAffiliation.swift).
                 TitleCamps.withCounselClients(attribution, names.actors))
            }, {
                DisputeFinder.find(in: attribution)
            })
            return (names, voiced.0, voiced.1, disputes, voiced.2)
        })
        var draft = Draft(text: text)
        draft.actors = found.4
        draft.places = found.0.places
        draft.quotes = found.2
        draft.events = found.1
        draft.disputes = found.3
        draft.figures = figures
        return withoutSilentSites(withoutUnheldGroups(draft))
    }

    /// Every stance position the dispute finder read in a drafted text, in a dispute or not
    /// (see `DisputeFinder.positions`); names are found again, so this is for diagnosis only.
    public static func positions(in text: DraftText, gazetteer: Gazetteer = .standard) -> [DraftSide] {
        let names = NameFinder.find(in: text, gazetteer: gazetteer)
        return DisputeFinder.positions(in: text, actors: names.actors, mentions: names.mentions)
    }

    /// Runs `second` on another thread while `first` runs on this one, and returns both
    /// results: the stages are pure, so the order they finish in does not matter.
    /// A thread of its own, not Dispatch's pool: stages nest, and a pool thread waiting here
    /// holds one of the pool's few threads, so a nested stage queued behind it waited for a
    /// thread while a core stood idle.
    static func together<First: Sendable, Second: Sendable>(
        _ first: () -> First, _ second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        let other = ResultSlot<Second>()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            other.value = second()
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let mine = first()
        finished.wait()
        guard let theirs = other.value else { preconditionFailure("a finished job left no result") }
        return (mine, theirs)
    }
}

extension Drafter {
    /// `transform` of every element, in order: the first half of the array on this thread, the
    /// second on another. For work done element by element, each on its own.
    static func inHalves<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        let middle = elements.count / 2
        let (first, second) = together({ elements[..<middle].map(transform) }, { elements[middle...].map(transform) })
        return first + second
    }
}

/// One result handed from a worker thread to the waiting one; the group's wait orders the
/// write before the read.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
