/// A parsed front matter (its declaration and diagnostics) as compact bytes, so that a
/// rebuild need not compose and decode the YAML of every unchanged article again.
/// Decoding checks every byte it reads: anything malformed is nil, and the caller parses.
public enum FrontMatterArchive {
    /// `parsed` as bytes. Locations in `path` (nearly all) are stored without the path.
    public static func encode(_ parsed: ModelParser.ParsedFrontMatter, path: String) -> [UInt8] {
        var writer = ArchiveWriter(path: path)
        writer.count(parsed.diagnostics.count)
        for diagnostic in parsed.diagnostics { writer.diagnostic(diagnostic) }
        if let declaration = parsed.declaration {
            writer.flag(true)
            writer.article(declaration)
        } else {
            writer.flag(false)
        }
        return writer.bytes
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer, path: String) -> ModelParser.ParsedFrontMatter? {
        var reader = ArchiveReader(bytes: bytes, path: path)
        guard let parsed = reader.parsedFrontMatter(), reader.atEnd else { return nil }
        return parsed
    }

    /// Only the diagnostics of either form (they come first), for a rebuild that keeps the
    /// last merge and so needs no declaration of an unchanged file.
    public static func decodeDiagnostics(_ bytes: UnsafeRawBufferPointer, path: String) -> [Diagnostic]? {
        var reader = ArchiveReader(bytes: bytes, path: path)
        return reader.list { $0.diagnostic() }
    }

    /// A parsed definition file (`ModelParser.parseDefinition`) as bytes, in the same form.
    public static func encode(_ definition: DefinitionDeclaration?, diagnostics: [Diagnostic], path: String) -> [UInt8] {
        var writer = ArchiveWriter(path: path)
        writer.list(diagnostics) { $0.diagnostic($1) }
        writer.optional(definition) { writer, definition in
            switch definition {
            case .actor(let actor):
                writer.count(0)
                writer.actor(actor)
            case .place(let place):
                writer.count(1)
                writer.place(place)
            case .event(let event):
                writer.count(2)
                writer.event(event)
            case .dispute(let dispute):
                writer.count(3)
                writer.dispute(dispute)
            }
        }
        return writer.bytes
    }

    public static func decodeDefinition(_ bytes: UnsafeRawBufferPointer, path: String) -> (definition: DefinitionDeclaration?, diagnostics: [Diagnostic])? {
        var reader = ArchiveReader(bytes: bytes, path: path)
        guard let diagnostics = reader.list({ $0.diagnostic() }),
              let definition = reader.optional({ reader -> DefinitionDeclaration? in
                  switch reader.count() {
                  case 0?: reader.actor().map(DefinitionDeclaration.actor)
                  case 1?: reader.place().map(DefinitionDeclaration.place)
                  case 2?: reader.event().map(DefinitionDeclaration.event)
                  case 3?: reader.dispute().map(DefinitionDeclaration.dispute)
                  default: nil
                  }
              }),
              reader.atEnd else { return nil }
        return (definition, diagnostics)
    }
}

/// What one curated file (`actors/<id>.yml`, `places/`, `events/`, `disputes/`) declares.
public enum DefinitionDeclaration: Sendable {
    case actor(ActorDeclaration)
    case place(PlaceDeclaration)
    case event(EventDeclaration)
    case dispute(DisputeDeclaration)
}

struct ArchiveWriter {
    let path: String
    var bytes: [UInt8] = []

    init(path: String) {
        self.path = path
        bytes.reserveCapacity(2048)
    }

    mutating func count(_ value: Int) { unsigned(UInt64(max(0, value))) }

    /// LEB128 of the zigzag form: small numbers of either sign take one byte.
    mutating func int(_ value: Int) {
        unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))))
    }

    private mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ArchiveWriter, T) -> Void) {
        flag(value != nil)
        if let value { write(&self, value) }
    }

    mutating func list<T>(_ values: [T], _ write: (inout ArchiveWriter, T) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }

    mutating func location(_ location: SourceLocation) {
        if location.path == path {
            flag(false)
        } else {
            flag(true)
            string(location.path)
        }
        int(location.line)
        int(location.column)
    }

    mutating func located(_ value: Located<String>) {
        string(value.value)
        location(value.location)
    }

    mutating func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.severity.rawValue)
        string(diagnostic.message)
        location(diagnostic.location)
    }

    mutating func date(_ date: BriefingDate) {
        int(date.year)
        optional(date.month) { $0.int($1) }
        optional(date.day) { $0.int($1) }
    }

    mutating func sources(_ refs: [Located<SourceRef>]) {
        list(refs) { writer, ref in
            writer.int(ref.value.paragraph)
            writer.optional(ref.value.sentence) { $0.int($1) }
            writer.location(ref.location)
        }
    }

    mutating func text(_ value: String?) { optional(value) { $0.string($1) } }
    mutating func reference(_ value: Located<String>?) { optional(value) { $0.located($1) } }
    mutating func reviewed(_ value: Bool?) { optional(value) { $0.flag($1) } }

    mutating func article(_ article: ArticleDeclaration) {
        string(article.title)
        date(article.published)
        optional(article.source) { writer, source in
            writer.text(source.name)
            writer.reference(source.url)
        }
        text(article.byline)
        text(article.summary)
        flag(article.draft)
        list(article.actors) { $0.actor($1) }
        list(article.places) { $0.place($1) }
        list(article.events) { $0.event($1) }
        list(article.disputes) { $0.dispute($1) }
        list(article.quotes) { writer, quote in
            writer.located(quote.speaker)
            writer.reference(quote.via)
            writer.string(quote.text)
            writer.sources(quote.source)
            writer.reviewed(quote.reviewed)
            writer.location(quote.origin)
        }
        list(article.figures) { writer, figure in
            writer.string(figure.value)
            writer.text(figure.unit)
            writer.string(figure.about)
            writer.sources(figure.source)
            writer.reviewed(figure.reviewed)
            writer.location(figure.origin)
        }
    }

    mutating func actor(_ actor: ActorDeclaration) {
        located(actor.id)
        text(actor.name)
        text(actor.kind?.rawValue)
        text(actor.role)
        reference(actor.affiliation)
        list(actor.aliases) { $0.string($1) }
        text(actor.description)
        text(actor.wikidata)
        reviewed(actor.reviewed)
        location(actor.origin)
    }

    mutating func place(_ place: PlaceDeclaration) {
        located(place.id)
        text(place.name)
        text(place.kind?.rawValue)
        reference(place.country)
        list(place.aliases) { $0.string($1) }
        text(place.description)
        reviewed(place.reviewed)
        location(place.origin)
    }

    mutating func event(_ event: EventDeclaration) {
        located(event.id)
        text(event.title)
        optional(event.date) { writer, date in
            writer.date(date.value.start)
            writer.optional(date.value.end) { $0.date($1) }
            writer.location(date.location)
        }
        reference(event.place)
        list(event.participants) { writer, participant in
            writer.located(participant.actor)
            writer.text(participant.role)
        }
        text(event.description)
        sources(event.source)
        reviewed(event.reviewed)
        location(event.origin)
    }

    mutating func dispute(_ dispute: DisputeDeclaration) {
        located(dispute.id)
        text(dispute.question)
        text(dispute.status?.rawValue)
        list(dispute.positions) { writer, position in
            writer.located(position.actor)
            writer.string(position.stance.rawValue)
            writer.string(position.claim)
            writer.text(position.evidence)
            writer.sources(position.source)
            writer.reviewed(position.reviewed)
            writer.location(position.origin)
        }
        text(dispute.description)
        reviewed(dispute.reviewed)
        location(dispute.origin)
    }
}

/// Reads what `ArchiveWriter` wrote, in the same order; every read fails (nil) rather than trap.
struct ArchiveReader {
    let bytes: UnsafeRawBufferPointer
    let path: String
    var offset = 0

    init(bytes: UnsafeRawBufferPointer, path: String) {
        self.bytes = bytes
        self.path = path
    }

    var atEnd: Bool { offset == bytes.count }

    private mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    private mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let next = byte() {
            guard shift < 64 else { return nil }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func count() -> Int? {
        guard let value = unsigned(), value <= UInt64(bytes.count) else { return nil }
        return Int(value)
    }

    mutating func int() -> Int? {
        guard let value = unsigned() else { return nil }
        return Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func flag() -> Bool? {
        switch byte() {
        case 0: false
        case 1: true
        default: nil
        }
    }

    mutating func string() -> String? {
        guard let length = count(), offset + length <= bytes.count else { return nil }
        defer { offset += length }
        return UTF8Bytes.string(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]))
    }

    /// nil when the value is malformed; `.some(nil)` when it was absent.
    mutating func optional<T>(_ read: (inout ArchiveReader) -> T?) -> T?? {
        guard let present = flag() else { return nil }
        guard present else { return .some(nil) }
        guard let value = read(&self) else { return nil }
        return .some(value)
    }

    mutating func list<T>(_ read: (inout ArchiveReader) -> T?) -> [T]? {
        guard let count = count() else { return nil }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }

    mutating func location() -> SourceLocation? {
        guard let explicit = flag() else { return nil }
        let file = explicit ? string() : path
        guard let file, let line = int(), let column = int() else { return nil }
        return SourceLocation(path: file, line: line, column: column)
    }

    mutating func located() -> Located<String>? {
        guard let value = string(), let location = location() else { return nil }
        return Located(value, at: location)
    }

    mutating func diagnostic() -> Diagnostic? {
        guard let severity = string().flatMap(Diagnostic.Severity.init(rawValue:)), let message = string(),
              let location = location() else { return nil }
        return Diagnostic(severity, message, at: location)
    }

    mutating func date() -> BriefingDate? {
        guard let year = int(), let month = optional({ $0.int() }), let day = optional({ $0.int() }) else { return nil }
        return BriefingDate(year: year, month: month, day: day)
    }

    mutating func sources() -> [Located<SourceRef>]? {
        list { reader in
            guard let paragraph = reader.int(), let sentence = reader.optional({ $0.int() }),
                  let location = reader.location() else { return nil }
            return Located(SourceRef(paragraph: paragraph, sentence: sentence), at: location)
        }
    }

    mutating func text() -> String?? { optional { $0.string() } }
    mutating func reference() -> Located<String>?? { optional { $0.located() } }
    mutating func reviewed() -> Bool?? { optional { $0.flag() } }
    mutating func strings() -> [String]? { list { $0.string() } }

    /// A vocabulary word: absent, or one the vocabulary still has.
    mutating func word<V: RawRepresentable<String>>(_ type: V.Type) -> V?? {
        guard let raw = text() else { return nil }
        guard let raw else { return .some(nil) }
        guard let value = V(rawValue: raw) else { return nil }
        return .some(value)
    }

    mutating func parsedFrontMatter() -> ModelParser.ParsedFrontMatter? {
        guard let diagnostics = list({ $0.diagnostic() }), let hasDeclaration = flag() else { return nil }
        guard hasDeclaration else { return ModelParser.ParsedFrontMatter(declaration: nil, diagnostics: diagnostics) }
        guard let declaration = article() else { return nil }
        return ModelParser.ParsedFrontMatter(declaration: declaration, diagnostics: diagnostics)
    }

    mutating func article() -> ArticleDeclaration? {
        guard let title = string(), let published = date(),
              let source = optional({ reader -> ArticleSourceInfo? in
                  guard let name = reader.text(), let url = reader.reference() else { return nil }
                  return ArticleSourceInfo(name: name, url: url)
              }),
              let byline = text(), let summary = text(), let draft = flag(),
              let actors = list({ $0.actor() }), let places = list({ $0.place() }), let events = list({ $0.event() }),
              let disputes = list({ $0.dispute() }), let quotes = list({ $0.quote() }), let figures = list({ $0.figure() })
        else { return nil }
        return ArticleDeclaration(title: title, published: published, source: source, byline: byline, summary: summary, draft: draft,
                                  actors: actors, places: places, events: events, disputes: disputes, quotes: quotes, figures: figures)
    }

    mutating func actor() -> ActorDeclaration? {
        guard let id = located(), let name = text(), let kind = word(ActorKind.self), let role = text(),
              let affiliation = reference(), let aliases = strings(), let description = text(), let wikidata = text(),
              let reviewed = reviewed(), let origin = location() else { return nil }
        return ActorDeclaration(id: id, name: name, kind: kind, role: role, affiliation: affiliation, aliases: aliases,
                                description: description, wikidata: wikidata, reviewed: reviewed, origin: origin)
    }

    mutating func place() -> PlaceDeclaration? {
        guard let id = located(), let name = text(), let kind = word(PlaceKind.self), let country = reference(),
              let aliases = strings(), let description = text(), let reviewed = reviewed(), let origin = location() else { return nil }
        return PlaceDeclaration(id: id, name: name, kind: kind, country: country, aliases: aliases, description: description,
                                reviewed: reviewed, origin: origin)
    }

    mutating func event() -> EventDeclaration? {
        guard let id = located(), let title = text(),
              let date = optional({ reader -> Located<DateSpan>? in
                  guard let start = reader.date(), let end = reader.optional({ $0.date() }), let location = reader.location() else { return nil }
                  return Located(DateSpan(start: start, end: end), at: location)
              }),
              let place = reference(),
              let participants = list({ reader -> Participant? in
                  guard let actor = reader.located(), let role = reader.text() else { return nil }
                  return Participant(actor: actor, role: role)
              }),
              let description = text(), let source = sources(), let reviewed = reviewed(), let origin = location()
        else { return nil }
        return EventDeclaration(id: id, title: title, date: date, place: place, participants: participants, description: description,
                                source: source, reviewed: reviewed, origin: origin)
    }

    mutating func dispute() -> DisputeDeclaration? {
        guard let id = located(), let question = text(), let status = word(DisputeStatus.self),
              let positions = list({ reader -> PositionDeclaration? in
                  guard let actor = reader.located(), let stance = reader.string().flatMap(Stance.init(rawValue:)),
                        let claim = reader.string(), let evidence = reader.text(), let source = reader.sources(),
                        let reviewed = reader.reviewed(), let origin = reader.location() else { return nil }
                  return PositionDeclaration(actor: actor, stance: stance, claim: claim, evidence: evidence, source: source,
                                             reviewed: reviewed, origin: origin)
              }),
              let description = text(), let reviewed = reviewed(), let origin = location()
        else { return nil }
        return DisputeDeclaration(id: id, question: question, status: status, positions: positions, description: description,
                                  reviewed: reviewed, origin: origin)
    }

    mutating func quote() -> QuoteDeclaration? {
        guard let speaker = located(), let via = reference(), let text = string(), let source = sources(),
              let reviewed = reviewed(), let origin = location() else { return nil }
        return QuoteDeclaration(speaker: speaker, via: via, text: text, source: source, reviewed: reviewed, origin: origin)
    }

    mutating func figure() -> FigureDeclaration? {
        guard let value = string(), let unit = text(), let about = string(), let source = sources(),
              let reviewed = reviewed(), let origin = location() else { return nil }
        return FigureDeclaration(value: value, unit: unit, about: about, source: source, reviewed: reviewed, origin: origin)
    }
}
