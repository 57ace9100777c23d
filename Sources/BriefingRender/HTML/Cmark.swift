import BriefingModel
import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The one file that talks to cmark (STYLE.md, "C behind one wall"): every
// `cmark_*` call is here, every tree and rendered buffer is freed here, and
// only Swift values leave.

/// A paragraph of a Markdown document, numbered from 1 in document order.
///
/// Every PARAGRAPH node counts, including those inside block quotes and list
/// items; headings are not paragraphs. `Cmark.html(from:options:)` with
/// `anchorParagraphs` numbers paragraphs by the same walk, so `#p3` is
/// always `paragraphs(in:)[2]`.
public struct MarkdownParagraph: Sendable, Equatable {
    public var number: Int
    /// 1-based line of the Markdown text where the paragraph starts.
    public var line: Int
    /// Text and code spans concatenated; soft and hard line breaks become " ".
    public var text: String

    public init(number: Int, line: Int, text: String) {
        self.number = number
        self.line = line
        self.text = text
    }
}

/// Something whose first mention in a document's paragraphs becomes a link.
public struct MentionLink: Sendable, Equatable {
    /// The name and aliases to look for, matched case-sensitively as whole words.
    public var names: [String]
    public var url: String
    public var title: String?

    public init(names: [String], url: String, title: String? = nil) {
        self.names = names
        self.url = url
        self.title = title
    }
}

public struct HTMLOptions: Sendable, Equatable {
    /// Article pages: every paragraph gets `id="pN"` and a visible number
    /// linking to itself. Paragraphs of tight lists, which cmark prints
    /// without `<p>`, get the same inside a `<span>` so the list stays tight.
    public var anchorParagraphs: Bool
    /// Every heading gets `id="<slug of its text>"`. Rules: the slug is
    /// `Slug.make(from:fallback: "section")`; a slug of the form `p<digits>`
    /// becomes `p<digits>-heading` (the `pN` ids belong to paragraphs, whether
    /// or not they are anchored); a slug already used on the page gets `-2`,
    /// `-3`, … appended.
    public var headingIDs: Bool
    /// The first mention of each entry (in this order) in the document's
    /// paragraphs becomes a link to its url. Not in headings, code, or
    /// existing links and images; whole words only; the longest name wins
    /// where several start at the same place; text already linked by an
    /// earlier entry is not linked again.
    public var mentionLinks: [MentionLink]
    /// List every link destination in `RenderedHTML.links`. A build reads links from the
    /// finished page instead, and an actor page has thousands: listing them was waste.
    public var listsLinks: Bool

    public init(anchorParagraphs: Bool = false, headingIDs: Bool = true, mentionLinks: [MentionLink] = [], listsLinks: Bool = true) {
        self.anchorParagraphs = anchorParagraphs
        self.headingIDs = headingIDs
        self.mentionLinks = mentionLinks
        self.listsLinks = listsLinks
    }
}

/// An HTML fragment and what a link checker needs to know about it.
public struct RenderedHTML: Sendable, Equatable {
    public var html: String
    /// Every id attribute the fragment defines, in document order.
    public var ids: [String]
    /// Every link and image destination, in document order, as cmark parsed
    /// it (before cmark's own href escaping; a `javascript:` destination is
    /// listed here although cmark prints it as `href=""`).
    public var links: [String]

    public init(html: String, ids: [String], links: [String]) {
        self.html = html
        self.ids = ids
        self.links = links
    }
}

public enum Cmark {
    /// Text as written (no smart punctuation); invalid UTF-8 replaced by U+FFFD.
    static let parseOptions: Int32 = CMARK_OPT_VALIDATE_UTF8
    /// Never `CMARK_OPT_UNSAFE`: raw HTML becomes `<!-- raw HTML omitted -->`
    /// and cmark empties `javascript:`, `vbscript:`, `file:` and `data:` URLs.
    static let renderOptions: Int32 = CMARK_OPT_DEFAULT

    public static func paragraphs(in markdown: String) -> [MarkdownParagraph] {
        var markdown = markdown
        return markdown.withUTF8 { paragraphs(inUTF8: $0) }
    }

    /// Every link and image destination of a document as written, with the line of the
    /// block that holds it: content links are checked against the URL policy at load.
    public static func linkDestinations(in markdown: String) -> [(url: String, line: Int)] {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            guard let document = parse(bytes) else { return [] }
            defer { cmark_node_free(document) }
            return destinationsWithLines(in: document)
        }
    }

    /// `paragraphs(in:)` and `linkDestinations(in:)` from one parse: what loading an article needs.
    public static func paragraphsAndLinks(in markdown: String) -> (paragraphs: [MarkdownParagraph], links: [(url: String, line: Int)]) {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            guard let document = parse(bytes) else { return ([], []) }
            defer { cmark_node_free(document) }
            return (paragraphs(of: document), destinationsWithLines(in: document))
        }
    }

    public static func html(from markdown: String, options: HTMLOptions = .init()) -> RenderedHTML {
        var markdown = markdown
        return markdown.withUTF8 { html(fromUTF8: $0, options: options) }
    }

    /// For bytes that may not be valid UTF-8 (a Swift `String` always is).
    static func html(fromUTF8 bytes: [UInt8], options: HTMLOptions = .init()) -> RenderedHTML {
        bytes.withUnsafeBufferPointer { html(fromUTF8: $0, options: options) }
    }

    static func paragraphs(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [MarkdownParagraph] {
        guard let document = parse(bytes) else { return [] }
        defer { cmark_node_free(document) }
        return paragraphs(of: document)
    }

    private static func paragraphs(of document: OpaquePointer) -> [MarkdownParagraph] {
        let outline = Outline(document, collectingMentionText: false)
        var result: [MarkdownParagraph] = []
        result.reserveCapacity(outline.paragraphCount)
        for block in outline.blocks {
            guard case .paragraph(let node, let number) = block else { continue }
            result.append(MarkdownParagraph(
                number: number,
                line: Int(cmark_node_get_start_line(node)),
                text: plainText(of: node)))
        }
        return result
    }

    static func html(fromUTF8 bytes: UnsafeBufferPointer<UInt8>, options: HTMLOptions) -> RenderedHTML {
        guard let document = parse(bytes) else { return RenderedHTML(html: "", ids: [], links: []) }
        defer { cmark_node_free(document) }

        let linking = options.mentionLinks.contains { $0.names.contains { !$0.isEmpty } }
        if linking {
            // cmark splits text at '!', '&', '[', escapes…; one node per run
            // lets a name like "AT&T" or "Yes!" be found.
            cmark_consolidate_text_nodes(document)
        }
        let outline = Outline(document, collectingMentionText: linking)
        if linking {
            linkMentions(options.mentionLinks, in: outline.mentionText)
        }
        let ids = addAttributes(to: outline.blocks, options: options)
        let links = options.listsLinks ? destinations(in: document) : []

        guard let rendered = cmark_render_html(document, renderOptions) else {
            return RenderedHTML(html: "", ids: ids, links: links)
        }
        defer { free(rendered) }
        return RenderedHTML(html: String(cString: rendered), ids: ids, links: links)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return cmark_parse_document("", 0, parseOptions)
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            cmark_parse_document($0, bytes.count, parseOptions)
        }
    }
}

// MARK: - Walking the tree

extension Cmark {
    enum Block {
        case paragraph(OpaquePointer, number: Int)
        case heading(OpaquePointer)
    }

    /// One walk over the parsed document: its paragraphs and headings in
    /// document order and, when mentions are linked, the text nodes that
    /// may hold a mention.
    struct Outline {
        var blocks: [Block] = []
        var paragraphCount = 0
        var mentionText: [OpaquePointer] = []

        init(_ document: OpaquePointer, collectingMentionText: Bool) {
            guard let iterator = cmark_iter_new(document) else { return }
            defer { cmark_iter_free(iterator) }
            var paragraphDepth = 0
            var linkDepth = 0
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let entering = event == CMARK_EVENT_ENTER
                switch cmark_node_get_type(node) {
                case CMARK_NODE_PARAGRAPH:
                    if entering {
                        paragraphCount += 1
                        blocks.append(.paragraph(node, number: paragraphCount))
                        paragraphDepth += 1
                    } else {
                        paragraphDepth -= 1
                    }
                case CMARK_NODE_HEADING:
                    if entering { blocks.append(.heading(node)) }
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    linkDepth += entering ? 1 : -1
                case CMARK_NODE_TEXT:
                    // Leaves get only an ENTER event.
                    if collectingMentionText && paragraphDepth > 0 && linkDepth == 0 {
                        mentionText.append(node)
                    }
                default:
                    break
                }
            }
        }
    }

    /// Text and code of a node's inlines; line breaks as spaces.
    static func plainText(of node: OpaquePointer) -> String {
        var bytes: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                bytes.append(contentsOf: literal(of: child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(UInt8(ascii: " "))
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every LINK and IMAGE destination, in document order.
    static func destinations(in document: OpaquePointer) -> [String] {
        var links: [String] = []
        guard let iterator = cmark_iter_new(document) else { return links }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                // Owned by the node: copied, never freed here.
                links.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
            }
        }
        return links
    }

    static func destinationsWithLines(in document: OpaquePointer) -> [(url: String, line: Int)] {
        var links: [(url: String, line: Int)] = []
        guard let iterator = cmark_iter_new(document) else { return links }
        defer { cmark_iter_free(iterator) }
        var blockLine = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                blockLine = Int(cmark_node_get_start_line(node))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let line = Int(cmark_node_get_start_line(node))
                links.append((cmark_node_get_url(node).map { String(cString: $0) } ?? "", line > 0 ? line : blockLine))
            }
        }
        return links
    }

    /// A copy of a TEXT/CODE node's literal (owned by the node, not freed here).
    static func literal(of node: OpaquePointer) -> UnsafeRawBufferPointer {
        guard let pointer = cmark_node_get_literal(node) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
    }
}

// MARK: - Ids on paragraphs and headings

extension Cmark {
    /// Replaces anchored paragraphs and headings by custom nodes whose
    /// on_enter/on_exit carry the attributes. Returns the ids, in order.
    ///
    /// A node is replaced by CUSTOM_BLOCK (no on_enter/on_exit) holding one
    /// CUSTOM_INLINE (`<p …>` … `</p>`) that holds the inlines. cmark's
    /// CUSTOM_BLOCK could hold the inlines itself, but its renderer puts a
    /// newline after on_enter and before on_exit; an inline wrapper keeps
    /// the output byte-for-byte like cmark's own `<p>…</p>\n`.
    /// The strings are built only from numbers and slugs computed here.
    static func addAttributes(to blocks: [Block], options: HTMLOptions) -> [String] {
        var ids: [String] = []
        var headingIDs = HeadingIDs()
        for block in blocks {
            switch block {
            case .paragraph(let node, let number):
                guard options.anchorParagraphs else { continue }
                let id = "p\(number)"
                let marker = "<a class=\"para-number\" href=\"#\(id)\" aria-label=\"Paragraph \(number)\">\(number)</a> "
                let wrapped: Bool
                if isTight(node) {
                    // cmark prints no <p> here; keep it so.
                    wrapped = wrapInlines(of: node, enter: "<span id=\"\(id)\" class=\"para\">" + marker, exit: "</span>")
                } else {
                    wrapped = replace(node, enter: "<p id=\"\(id)\" class=\"para\">" + marker, exit: "</p>")
                }
                if wrapped { ids.append(id) }
            case .heading(let node):
                guard options.headingIDs else { continue }
                let id = headingIDs.next(for: plainText(of: node))
                let level = min(max(Int(cmark_node_get_heading_level(node)), 1), 6)
                if replace(node, enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>") {
                    ids.append(id)
                }
            }
        }
        return ids
    }

    struct HeadingIDs {
        private var used: Set<String> = []

        mutating func next(for text: String) -> String {
            var base = Slug.make(from: text, fallback: "section")
            if Self.looksLikeParagraphID(base) { base += "-heading" }
            var id = base
            var suffix = 2
            while used.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            return id
        }

        static func looksLikeParagraphID(_ slug: String) -> Bool {
            let bytes = slug.utf8
            guard bytes.count > 1, bytes.first == UInt8(ascii: "p") else { return false }
            return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
    }

    /// The renderer's own test: a paragraph in an item of a tight list prints without <p>.
    private static func isTight(_ paragraph: OpaquePointer) -> Bool {
        guard let grandparent = cmark_node_parent(cmark_node_parent(paragraph)) else { return false }
        return cmark_node_get_type(grandparent) == CMARK_NODE_LIST && cmark_node_get_list_tight(grandparent) != 0
    }

    /// Puts CUSTOM_BLOCK > CUSTOM_INLINE(enter, exit) in the place of `node`,
    /// moves its inlines there and frees it.
    private static func replace(_ node: OpaquePointer, enter: String, exit: String) -> Bool {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return false }
        guard let inline = customInline(enter: enter, exit: exit),
              cmark_node_append_child(block, inline) == 1 else {
            cmark_node_free(block)
            return false
        }
        guard cmark_node_replace(node, block) == 1 else {
            cmark_node_free(block)  // frees `inline` with it
            return false
        }
        moveChildren(of: node, to: inline)
        cmark_node_free(node)
        return true
    }

    /// Wraps all inlines of `node` in one CUSTOM_INLINE(enter, exit).
    private static func wrapInlines(of node: OpaquePointer, enter: String, exit: String) -> Bool {
        guard let inline = customInline(enter: enter, exit: exit) else { return false }
        moveChildren(of: node, to: inline)
        guard cmark_node_append_child(node, inline) == 1 else {
            moveChildren(of: inline, to: node)
            cmark_node_free(inline)
            return false
        }
        return true
    }

    private static func customInline(enter: String, exit: String) -> OpaquePointer? {
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        _ = enter.withCString { cmark_node_set_on_enter(inline, $0) }
        _ = exit.withCString { cmark_node_set_on_exit(inline, $0) }
        return inline
    }

    private static func moveChildren(of source: OpaquePointer, to target: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            guard cmark_node_append_child(target, child) == 1 else { return }
        }
    }
}

// MARK: - Mention links

extension Cmark {
    private struct Needle {
        var bytes: [UInt8]
        var mention: Int
    }

    private struct Region {
        var segment: Int
        var start: Int
        var end: Int
        var mention: Int

        func overlaps(_ other: Region) -> Bool {
            segment == other.segment && start < other.end && other.start < end
        }
    }

    /// Finds every whole-word occurrence of every name in one pass over the
    /// text, then gives each mention, in order, its first occurrence not
    /// already taken, and splits the text nodes around the chosen ones.
    static func linkMentions(_ mentions: [MentionLink], in textNodes: [OpaquePointer]) {
        guard !textNodes.isEmpty else { return }
        let segments = textNodes.map { [UInt8](literal(of: $0)) }

        // Needles grouped by first byte, longest first within a group, so
        // the longest name at a position is met first.
        var needles: [Needle] = []
        for (index, mention) in mentions.enumerated() {
            for name in Set(mention.names) where !name.isEmpty {
                needles.append(Needle(bytes: Array(name.utf8), mention: index))
            }
        }
        needles.sort { a, b in
            if a.bytes[0] != b.bytes[0] { return a.bytes[0] < b.bytes[0] }
            if a.bytes.count != b.bytes.count { return a.bytes.count > b.bytes.count }
            return a.mention < b.mention
        }
        var bucketStart = [Int](repeating: needles.count, count: 257)
        for (index, needle) in needles.enumerated().reversed() {
            bucketStart[Int(needle.bytes[0])] = index
        }
        for byte in stride(from: 255, through: 0, by: -1) where bucketStart[byte] > bucketStart[byte + 1] {
            bucketStart[byte] = bucketStart[byte + 1]
        }

        var candidates = [[Region]](repeating: [], count: mentions.count)
        for (segmentIndex, text) in segments.enumerated() {
            var position = 0
            while position < text.count {
                let first = Int(text[position])
                let lower = bucketStart[first]
                let upper = bucketStart[first + 1]
                if lower < upper && !UTF8Words.isWordCharacter(endingAt: position, in: text) {
                    for needle in needles[lower..<upper] {
                        let end = position + needle.bytes.count
                        guard end <= text.count,
                              text[position..<end].elementsEqual(needle.bytes),
                              !UTF8Words.isWordCharacter(startingAt: end, in: text) else { continue }
                        candidates[needle.mention].append(
                            Region(segment: segmentIndex, start: position, end: end, mention: needle.mention))
                    }
                }
                position += 1
            }
        }

        var chosen: [Region] = []
        for mentionCandidates in candidates {
            if let region = mentionCandidates.first(where: { candidate in
                !chosen.contains { $0.overlaps(candidate) }
            }) {
                chosen.append(region)
            }
        }
        chosen.sort { ($0.segment, $0.start) < ($1.segment, $1.start) }

        var index = 0
        while index < chosen.count {
            let segment = chosen[index].segment
            var regions: [Region] = []
            while index < chosen.count && chosen[index].segment == segment {
                regions.append(chosen[index])
                index += 1
            }
            split(textNodes[segment], text: segments[segment], at: regions, mentions: mentions)
        }
    }

    /// TEXT "before name after" → TEXT "before", LINK(TEXT "name"), TEXT "after".
    private static func split(_ node: OpaquePointer, text: [UInt8], at regions: [Region], mentions: [MentionLink]) {
        var cursor = 0
        for region in regions {
            if region.start > cursor, let before = textNode(text[cursor..<region.start]) {
                insert(before, before: node)
            }
            guard let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
            let mention = mentions[region.mention]
            _ = mention.url.withCString { cmark_node_set_url(link, $0) }
            if let title = mention.title {
                _ = title.withCString { cmark_node_set_title(link, $0) }
            }
            if let name = textNode(text[region.start..<region.end]), cmark_node_append_child(link, name) != 1 {
                cmark_node_free(name)
            }
            insert(link, before: node)
            cursor = region.end
        }
        if cursor < text.count {
            withCString(text[cursor...]) { _ = cmark_node_set_literal(node, $0) }
        } else {
            cmark_node_free(node)  // unlinks it first
        }
    }

    private static func insert(_ new: OpaquePointer, before node: OpaquePointer) {
        if cmark_node_insert_before(node, new) != 1 {
            cmark_node_free(new)
        }
    }

    private static func textNode(_ bytes: ArraySlice<UInt8>) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        withCString(bytes) { _ = cmark_node_set_literal(node, $0) }
        return node
    }

    private static func withCString(_ bytes: ArraySlice<UInt8>, _ body: (UnsafePointer<CChar>) -> Void) {
        var terminated = [UInt8]()
        terminated.reserveCapacity(bytes.count + 1)
        terminated.append(contentsOf: bytes)
        terminated.append(0)
        terminated.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }
}

/// Word boundaries on UTF-8 bytes: a word character is a Unicode letter,
/// digit or combining mark ("Lavrov’s" ends a word at ’, "Lavrová" does not).
/// The edges of a text node count as boundaries.
enum UTF8Words {
    static func isWordCharacter(endingAt position: Int, in text: [UInt8]) -> Bool {
        guard position > 0 else { return false }
        var start = position - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(startingAt: start, in: text)
    }

    static func isWordCharacter(startingAt position: Int, in text: [UInt8]) -> Bool {
        guard position < text.count else { return false }
        let lead = text[position]
        if lead < 0x80 {
            return (lead >= 0x30 && lead <= 0x39) || ((lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A)
        }
        guard let scalar = scalar(at: position, in: text) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func scalar(at position: Int, in text: [UInt8]) -> Unicode.Scalar? {
        let lead = text[position]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard position + length <= text.count else { return nil }
        for offset in 1..<length {
            let byte = text[position + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value)
    }
}
