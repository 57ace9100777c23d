import Foundation
import Yams

/// The declarations read straight off Yams' node tree, without Codable's containers, coding
/// paths and dynamic casts (most of a front matter's parse). Only for items written the
/// usual way: every key plain text that the type knows, every value of the expected form,
/// every check passed. Anything else is nil, and the caller decodes with `init(from:)`,
/// which makes the value and every diagnostic as it always did; so a diagnostic never
/// comes from here, and a value from here equals the one `init(from:)` makes.
protocol DirectlyDecodable {
    /// The value `init(from:)` makes of `node`, when it makes one with no diagnostic; else nil.
    static func direct(_ node: Node, in context: DirectContext) -> Self?
}

/// Where the decoded text sits: places nodes in the file as `DecodingContext` does.
struct DirectContext {
    let path: String
    let firstLine: Int

    func location(of node: Node) -> SourceLocation? {
        guard let mark = node.mark else { return nil }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// `- russia`: a bare id where a mapping may also stand (`Decoder.bareReference`).
    func bareReference(_ node: Node) -> Located<String>? {
        guard case .scalar(let scalar) = node, let location = location(of: node),
              let id = String.construct(from: scalar) else { return nil }
        return Located(id, at: location)
    }
}

/// One mapping's values by key, when every key is plain text among `known` (no merge key,
/// no tag but `!!str`): the keys `KeyedNodeContainer` finds, with no unknown key to report.
struct DirectFields {
    private let pairs: [(key: String, value: Node)]
    let context: DirectContext

    init?(_ node: Node, known: [String], context: DirectContext) {
        guard case .mapping(let mapping) = node else { return nil }
        var pairs: [(key: String, value: Node)] = []
        pairs.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { return nil }
            let tag = scalar.tag.rawValue
            guard tag == Self.implicit || tag == Self.str, scalar.string != "<<", known.contains(scalar.string) else { return nil }
            pairs.append((scalar.string, value))
        }
        self.pairs = pairs
        self.context = context
    }

    private static let implicit = Tag.Name.implicit.rawValue
    private static let str = Tag.Name.str.rawValue

    func node(_ key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }

    /// The key is there with a value that is not null (`contains` and not `decodeNil`).
    func present(_ key: String) -> Node? {
        guard let node = node(key) else { return nil }
        if case .scalar(let scalar) = node, NodeDecoder.isNull(scalar) { return nil }
        return node
    }

    /// A scalar's text (`decode(String.self, forKey:)`); nil when absent or not a scalar.
    func string(_ key: String) -> String? {
        guard case .scalar(let scalar)? = node(key) else { return nil }
        return String.construct(from: scalar)
    }

    /// `decodeText`: trimmed and not empty.
    func text(_ key: String) -> String? {
        guard let text = string(key).map({ trimmed($0, .whitespacesAndNewlines) }), !text.isEmpty else { return nil }
        return text
    }

    /// `decodeTextIfPresent`: `.some(nil)` when absent or null, nil when it would fail.
    func optionalText(_ key: String) -> String?? {
        guard present(key) != nil else { return .some(nil) }
        return text(key).map { .some($0) }
    }

    /// `decodeID`: the text as written, where its value was written.
    func id(_ key: String) -> Located<String>? {
        guard let node = node(key), let text = string(key), let location = context.location(of: node) else { return nil }
        return Located(text, at: location)
    }

    func optionalID(_ key: String) -> Located<String>?? {
        guard present(key) != nil else { return .some(nil) }
        return id(key).map { .some($0) }
    }

    /// `decodeIfPresent(Bool.self, forKey:)`.
    func optionalBool(_ key: String) -> Bool?? {
        guard let node = present(key) else { return .some(nil) }
        guard case .scalar(let scalar) = node, let value = Bool.construct(from: scalar) else { return nil }
        return .some(value)
    }

    /// `decodeVocabulary`: a known word, or absent.
    func vocabulary<V: Vocabulary>(_ type: V.Type, _ key: String) -> V?? {
        guard present(key) != nil else { return .some(nil) }
        guard let raw = string(key), let value = V(rawValue: raw) else { return nil }
        return .some(value)
    }

    /// `decodeStrings`: one text or a list of texts.
    func strings(_ key: String) -> [String]? {
        guard let node = present(key) else { return [] }
        switch node {
        case .scalar(let scalar): return String.construct(from: scalar).map { [$0] }
        case .sequence(let sequence):
            var texts: [String] = []
            texts.reserveCapacity(sequence.count)
            for element in sequence {
                guard case .scalar(let scalar) = element, let text = String.construct(from: scalar) else { return nil }
                texts.append(text)
            }
            return texts
        default: return nil
        }
    }

    /// `decodeSources`: `p9` or `[p9, p10.s2]`, each where it was written.
    func sources(_ key: String) -> [Located<SourceRef>]? {
        guard let node = present(key) else { return [] }
        let elements: [Node]
        switch node {
        case .scalar: elements = [node]
        case .sequence(let sequence): elements = Array(sequence)
        default: return nil
        }
        var refs: [Located<SourceRef>] = []
        refs.reserveCapacity(elements.count)
        for element in elements {
            guard case .scalar(let scalar) = element, let text = String.construct(from: scalar), let location = context.location(of: element),
                  let ref = SourceRef(parsing: trimmed(text, .whitespaces)) else { return nil }
            refs.append(Located(ref, at: location))
        }
        return refs
    }

    /// `decodeDateText`: a number's digits or the text, trimmed; `.some(nil)` when absent or null.
    func dateText(_ key: String) -> String?? {
        guard let node = present(key) else { return .some(nil) }
        guard case .scalar(let scalar) = node else { return nil }
        if let number = Int.construct(from: scalar) { return .some(String(number)) }
        return String.construct(from: scalar).map { .some(trimmed($0, .whitespaces)) }
    }

    /// A list of items each decoded directly (`[Lenient<T>]`); nil when any would not be.
    func list<T: DirectlyDecodable>(_ type: T.Type, _ key: String) -> [T]? {
        guard let node = present(key) else { return [] }
        guard case .sequence(let sequence) = node else { return nil }
        var items: [T] = []
        items.reserveCapacity(sequence.count)
        for element in sequence {
            guard let item = T.direct(element, in: context) else { return nil }
            items.append(item)
        }
        return items
    }
}

/// `text.trimmingCharacters(in: set)` for `.whitespaces` or `.whitespacesAndNewlines`, without
/// the Foundation call when both ends are printable ASCII other than space, as nearly all are.
func trimmed(_ text: String, _ set: CharacterSet) -> String {
    let utf8 = text.utf8
    if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return text }
    return text.trimmingCharacters(in: set)
}
