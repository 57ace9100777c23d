import BriefingModel

/// Raw article text → a drafted model, stage by stage: text, names, quotes, events,
/// disputes, figures. Every stage is a plain function of the stages before it.
public enum Drafter {
    public static func draft(_ raw: String, published: BriefingDate?, gazetteer: Gazetteer = .standard) -> Draft {
        let text = TextSplitter.split(raw)
        let names = NameFinder.find(in: text, gazetteer: gazetteer)
        let quotes = QuoteFinder.find(in: text, actors: names.actors, mentions: names.mentions)
        var draft = Draft(text: text)
        draft.actors = names.actors
        draft.places = names.places
        draft.quotes = quotes
        draft.events = EventFinder.find(in: text, actors: names.actors, places: names.places, mentions: names.mentions, published: published)
        draft.disputes = DisputeFinder.find(in: text, actors: names.actors, mentions: names.mentions, quotes: quotes)
        draft.figures = FigureFinder.find(in: text)
        return draft
    }
}
