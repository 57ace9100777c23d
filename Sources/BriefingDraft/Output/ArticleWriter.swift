import BriefingModel
import Foundation
import Yams

/// A draft → the text of an article file: YAML front matter with every drafted item marked
/// `reviewed: false`, and the article text as body. Items refer to each other by id.
public enum ArticleWriter {
    public struct Options: Sendable {
        public var title: String?
        public var published: BriefingDate
        public var sourceName: String?
        public var sourceURL: String?

        public init(title: String? = nil, published: BriefingDate, sourceName: String? = nil, sourceURL: String? = nil) {
            self.title = title
            self.published = published
            self.sourceName = sourceName
            self.sourceURL = sourceURL
        }
    }

    /// The title the article gets: the option, the headline, or the first sentence.
    public static func title(for draft: Draft, options: Options) -> String {
        if let title = options.title?.trimmingCharacters(in: .whitespaces), !title.isEmpty { return title }
        if let headline = draft.text.headline { return headline }
        let first = draft.text.sentences.first?.text ?? "Untitled article"
        return first.count <= 100 ? first : String(first.prefix(97)) + "…"
    }

    /// `existing`: the article file being replaced, whose items a person has reviewed
    /// (or added) are kept as they are, in place of the drafted items with the same id.
    public static func write(_ draft: Draft, options: Options, keeping existing: ArticleDeclaration? = nil) throws -> String {
        // Ids are unique per kind: actors/russia.html and places/russia.html can coexist.
        var actorTable = IDTable(), placeTable = IDTable(), eventTable = IDTable(), disputeTable = IDTable()
        let refs = RefMapper(text: draft.text)
        let kept = KeptItems(existing)

        // Actors first: everything else refers to them.
        var actorIDs: [String: String] = [:]
        for actor in draft.actors {
            actorIDs[actor.name] = kept.actorID(named: actor.name) ?? actorTable.make(actor.name, keeping: kept)
        }
        var placeIDs: [String: String] = [:]
        for place in draft.places {
            placeIDs[place.name] = kept.placeID(named: place.name) ?? placeTable.make(place.name, keeping: kept)
        }

        var root: [(String, Node)] = []
        root.append(("title", scalar(title(for: draft, options: options))))
        root.append(("published", scalar(options.published.iso)))
        if options.sourceName != nil || options.sourceURL != nil {
            var source: [(String, Node)] = []
            if let name = options.sourceName { source.append(("name", scalar(name))) }
            if let url = options.sourceURL { source.append(("url", scalar(url))) }
            root.append(("source", mapping(source, flow: true)))
        }

        var actorNodes = kept.actors
        for actor in draft.actors {
            guard let id = actorIDs[actor.name], !kept.has(id) else { continue }
            var fields: [(String, Node)] = [("id", scalar(id)), ("name", scalar(actor.name)), ("kind", scalar(actor.kind.rawValue))]
            if let role = actor.role { fields.append(("role", scalar(role))) }
            if let affiliation = actor.affiliation.flatMap({ actorIDs[$0] }), affiliation != id {
                fields.append(("affiliation", scalar(affiliation)))
            }
            let aliases = actor.aliases.filter { $0 != actor.name }
            if !aliases.isEmpty { fields.append(("aliases", sequence(aliases.map(scalar), flow: true))) }
            fields.append(("reviewed", notReviewed))
            actorNodes.append(mapping(fields))
        }

        var placeNodes = kept.places
        for place in draft.places {
            guard let id = placeIDs[place.name], !kept.has(id) else { continue }
            var fields: [(String, Node)] = [("id", scalar(id)), ("name", scalar(place.name)), ("kind", scalar(place.kind.rawValue))]
            if let country = place.country.flatMap({ actorIDs[$0] }) { fields.append(("country", scalar(country))) }
            fields.append(("reviewed", notReviewed))
            placeNodes.append(mapping(fields, flow: true))
        }

        var eventNodes = kept.events
        for event in draft.events {
            let id = eventTable.make(event.title, keeping: kept)
            guard let source = refs.ref(event.source), !kept.has(id) else { continue }
            var fields: [(String, Node)] = [("id", scalar(id)), ("title", scalar(event.title))]
            if let date = event.date { fields.append(("date", scalar(date.description))) }
            if let place = event.place.flatMap({ placeIDs[$0] }) { fields.append(("place", scalar(place))) }
            let participants = unique(event.participants.compactMap { actorIDs[$0] })
            if !participants.isEmpty { fields.append(("participants", sequence(participants.map(scalar), flow: true))) }
            fields.append(("source", sequence([scalar(source)], flow: true)))
            fields.append(("reviewed", notReviewed))
            eventNodes.append(mapping(fields))
        }

        var disputeNodes = kept.disputes
        for dispute in draft.disputes {
            let positions: [Node] = dispute.sides.compactMap { side in
                guard let actor = actorIDs[side.actor], let source = refs.ref(side.source) else { return nil }
                return mapping([("actor", scalar(actor)), ("stance", scalar(side.stance.rawValue)), ("claim", scalar(side.statement)),
                                ("source", sequence([scalar(source)], flow: true)), ("reviewed", notReviewed)])
            }
            let id = disputeTable.make(dispute.question, keeping: kept)
            guard !positions.isEmpty, !kept.has(id) else { continue }
            disputeNodes.append(mapping([("id", scalar(id)), ("question", scalar(dispute.question)), ("status", scalar("open")),
                                         ("positions", sequence(positions)), ("reviewed", notReviewed)]))
        }

        var quoteNodes = kept.quotes
        for quote in draft.quotes {
            guard let speaker = quote.speaker.flatMap({ actorIDs[$0] }), let source = refs.ref(quote.source),
                  !kept.hasQuote(quote.text) else { continue }
            var fields: [(String, Node)] = [("speaker", scalar(speaker))]
            if let via = quote.via.flatMap({ actorIDs[$0] }), via != speaker { fields.append(("via", scalar(via))) }
            fields.append(("text", scalar(quote.text)))
            fields.append(("source", sequence([scalar(source)], flow: true)))
            fields.append(("reviewed", notReviewed))
            quoteNodes.append(mapping(fields))
        }

        var figureNodes = kept.figures
        for figure in draft.figures {
            guard let source = refs.ref(figure.source), !kept.hasFigure(value: figure.value, about: figure.about) else { continue }
            var fields: [(String, Node)] = [("value", scalar(figure.value))]
            if let unit = figure.unit { fields.append(("unit", scalar(unit))) }
            fields.append(("about", scalar(figure.about)))
            fields.append(("source", sequence([scalar(source)], flow: true)))
            fields.append(("reviewed", notReviewed))
            figureNodes.append(mapping(fields, flow: true))
        }

        for (key, nodes) in [("actors", actorNodes), ("places", placeNodes), ("events", eventNodes),
                             ("disputes", disputeNodes), ("quotes", quoteNodes), ("figures", figureNodes)] where !nodes.isEmpty {
            root.append((key, sequence(nodes)))
        }
        // The body does not depend on the front matter, and a block mapping's entries are
        // written one after the other, so the front matter is written in two halves (quotes and
        // figures the second) at the same time as the body, and the texts joined.
        let text = draft.text
        let middle = root.firstIndex { $0.0 == "quotes" || $0.0 == "figures" } ?? root.count
        let second = UncheckedNodes(pairs: Array(root[middle...]))
        let (first, rest) = Drafter.together({ Result { try frontMatter(Array(root[..<middle])) } }, {
            Drafter.together({ Result { try frontMatter(second.pairs) } }, { MarkdownBody.make(text) })
        })
        return try "---\n" + first.get() + rest.0.get() + "---\n" + rest.1
    }

    /// Top-level entries of the front matter as YAML; no text for none.
    static func frontMatter(_ pairs: [(String, Node)]) throws -> String {
        guard !pairs.isEmpty else { return "" }
        return try Yams.serialize(node: mapping(pairs), width: -1, allowUnicode: true, sortKeys: false)
    }

    /// Nodes handed to the thread that writes them; nothing changes them once built.
    struct UncheckedNodes: @unchecked Sendable {
        var pairs: [(String, Node)]
    }

    // MARK: Nodes

    /// Quoted where YAML would read the text as something else (a number, a date, null, a
    /// bool). Every rule of YAML's default resolver needs one of `resolvableStarts` first,
    /// so most text skips its regular expressions. The explicit `str` tag keeps the emitter
    /// from resolving every scalar again; tags are never written for scalars.
    static func scalar(_ text: String) -> Node {
        guard let first = text.first, !"0123456789+-.".contains(first) else {
            return .scalar(.init(text, tag(.str), .doubleQuoted))
        }
        let plainIsText = !resolvableStarts.contains(first) || text.utf8.count > longestResolvable
            || Resolver.default.resolveTag(of: Node(text)) == .str
        return .scalar(.init(text, tag(.str), plainIsText ? .any : .doubleQuoted))
    }

    private static let resolvableStarts: Set<Character> = Set("yYnNtTfFoO~<=")

    /// The resolver's rules that such a start can meet are whole words of at most five bytes
    /// ("false", "NULL", "<<"), which `$` also matches before one final line break (at most
    /// three bytes): a longer text is never resolved, and skips the regular expressions.
    private static let longestResolvable = 8

    /// `reviewed: false`, tagged so the emitter need not resolve it.
    static var notReviewed: Node { .scalar(.init("false", tag(.bool), .plain)) }

    /// A tag with one shared constructor: `Tag(name)` builds Yams's default constructor, three
    /// dictionaries, for every node, and writing never constructs values from nodes.
    static func tag(_ name: Tag.Name) -> Tag { Tag(name, .default, sharedConstructor) }

    nonisolated(unsafe) private static let sharedConstructor = Constructor.default

    static func mapping(_ pairs: [(String, Node)], flow: Bool = false) -> Node {
        .mapping(.init(pairs.map { (.scalar(.init($0.0, tag(.str), .plain)), $0.1) }, tag(.implicit), flow ? .flow : .block))
    }

    static func sequence(_ nodes: [Node], flow: Bool = false) -> Node {
        .sequence(.init(nodes, tag(.implicit), flow ? .flow : .block))
    }

    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

/// Slug ids, unique within the file. A slug that a kept item already has is that item:
/// the drafted twin of a reviewed item takes its id and is then left out.
struct IDTable {
    private var used: Set<String> = []
    /// Base → the first suffix number not yet tried: numbers below it are taken (used only
    /// grows), so a title that repeats does not count up from 2 again (quadratic on long texts).
    private var nextNumber: [String: Int] = [:]

    mutating func make(_ text: String, keeping kept: KeptItems) -> String {
        var base = Slug.make(from: text, fallback: "item")
        if base.count > 60 {
            base = String(base.prefix(60))
            while base.hasSuffix("-") { base.removeLast() }
        }
        if kept.has(base), used.insert(base).inserted { return base }
        var id = base
        var number = nextNumber[base] ?? 2
        while used.contains(id) || kept.has(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        if id != base { nextNumber[base] = number }
        used.insert(id)
        return id
    }
}

/// Draft sentence pointers → source references of the written body, where subheadings
/// are headings rather than numbered paragraphs.
struct RefMapper {
    private var paragraphNumbers: [Int: Int] = [:]
    private var sentenceCounts: [Int: Int] = [:]

    init(text: DraftText) {
        var number = 0
        for paragraph in text.paragraphs where !paragraph.isSubheading {
            number += 1
            paragraphNumbers[paragraph.number] = number
            sentenceCounts[paragraph.number] = paragraph.sentences.count
        }
    }

    /// `pN` for a paragraph of one sentence, `pN.sM` otherwise.
    func ref(_ pointer: SourceRef) -> String? {
        guard let number = paragraphNumbers[pointer.paragraph] else { return nil }
        guard let sentence = pointer.sentence, (sentenceCounts[pointer.paragraph] ?? 1) > 1 else { return "p\(number)" }
        return "p\(number).s\(sentence)"
    }
}
