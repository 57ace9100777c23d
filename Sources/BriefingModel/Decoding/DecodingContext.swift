import Foundation
import Yams

/// What an `init(from:)` needs beyond Codable: the node tree (for line and column of any
/// coding path) and a place to put the problems that do not stop decoding, such as unknown keys.
/// One per decoded item; decoding is synchronous, so it is never shared across threads.
final class DecodingContext {
    let root: Node
    let path: String
    let firstLine: Int
    var diagnostics: [Diagnostic] = []

    init(root: Node, path: String, firstLine: Int) {
        self.root = root
        self.path = path
        self.firstLine = firstLine
    }

    func location(of codingPath: [CodingKey]) -> SourceLocation {
        var node = root
        var location = at(root.mark)
        for key in codingPath {
            guard let next = node.child(key) else { break }
            node = next
            if let mark = next.mark { location = at(mark) }
        }
        return location
    }

    func location(ofKey key: String, in codingPath: [CodingKey]) -> SourceLocation {
        var node: Node? = root
        for step in codingPath { node = node?.child(step) }
        if let keyNode = node?.keyNode(key), let mark = keyNode.mark { return at(mark) }
        return location(of: codingPath)
    }

    func location(at mark: Mark) -> SourceLocation { at(mark) }

    private func at(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    static let userInfoKey = CodingUserInfoKey(rawValue: "briefing.decoding-context")!

    /// Decodes one value from a node, turning every failure into a placed diagnostic.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node, path: String, firstLine: Int)
        -> (value: T?, diagnostics: [Diagnostic])
    {
        let context = DecodingContext(root: node, path: path, firstLine: firstLine)
        do {
            let value = try NodeDecoder(node, context: context).decode(type)
            return (value, context.diagnostics)
        } catch let diagnostic as Diagnostic {
            return (nil, context.diagnostics + [diagnostic])
        } catch let error as DecodingError {
            return (nil, context.diagnostics + [context.diagnostic(for: error)])
        } catch {
            return (nil, context.diagnostics + [.error("\(error)", at: context.location(of: []))])
        }
    }

    func diagnostic(for error: DecodingError) -> Diagnostic {
        switch error {
        case let .keyNotFound(key, context):
            return .error("missing required field '\(key.stringValue)'", at: location(of: context.codingPath))
        case let .typeMismatch(type, context):
            let field = context.codingPath.last.map { " for '\($0.stringValue)'" } ?? ""
            return .error("expected \(Self.describe(type))\(field)", at: location(of: context.codingPath))
        case let .valueNotFound(type, context):
            let field = context.codingPath.last.map { "'\($0.stringValue)'" } ?? "a value"
            return .error("\(field) is empty; expected \(Self.describe(type))", at: location(of: context.codingPath))
        case let .dataCorrupted(context):
            return .error(context.debugDescription, at: location(of: context.codingPath))
        @unknown default:
            return .error("\(error)", at: location(of: []))
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        case is Int.Type: return "a whole number"
        case is [Any].Type: return "a list"
        default:
            // Yams names the node it wanted: Node.Scalar, Node.Sequence or Node.Mapping.
            let name = String(describing: type)
            if name.contains("Sequence") || name.contains("Array") { return "a list" }
            if name.contains("Mapping") || name.contains("Dictionary") { return "a mapping of keys to values" }
            if name.contains("Scalar") { return "text" }
            return "a value of the right form"
        }
    }
}

/// One element of a list that fails records its diagnostic and is left out, so the
/// elements after it are still checked.
struct Lenient<Value: Decodable>: Decodable {
    var value: Value?

    init(from decoder: Decoder) throws {
        guard let context = decoder.context else {
            value = try Value(from: decoder)
            return
        }
        do {
            value = try Value(from: decoder)
        } catch let diagnostic as Diagnostic {
            context.diagnostics.append(diagnostic)
        } catch let error as DecodingError {
            context.diagnostics.append(context.diagnostic(for: error))
        }
    }
}

/// Any key, to list the keys a mapping actually has.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

extension Decoder {
    var context: DecodingContext? {
        if let decoder = self as? NodeDecoder { return decoder.decodingContext }
        return userInfo[DecodingContext.userInfoKey] as? DecodingContext
    }

    /// Where the value being decoded was written (read off the node itself when no walk
    /// from the root is needed to find it).
    var location: SourceLocation {
        if let decoder = self as? NodeDecoder, let location = decoder.location { return location }
        return context?.location(of: codingPath) ?? SourceLocation(path: "<input>")
    }

    func location(of key: CodingKey, in container: some KeyedDecodingContainerProtocol) -> SourceLocation {
        context?.location(of: container.codingPath + [key]) ?? location
    }

    /// `- russia`: a bare id, referencing an item defined elsewhere.
    func bareReference() -> Located<String>? {
        guard let id = try? singleValueContainer().decode(String.self) else { return nil }
        return Located(id, at: location)
    }

    func error(_ message: String, at key: CodingKey? = nil) -> Diagnostic {
        let path = codingPath + (key.map { [$0] } ?? [])
        return .error(message, at: context?.location(of: path) ?? location)
    }

    /// Yams ignores keys a type does not know; a typo must not vanish silently.
    func rejectUnknownKeys<Key: CodingKey & CaseIterable>(_ keys: Key.Type, alsoAllowed: [String] = []) throws {
        let container = try self.container(keyedBy: AnyCodingKey.self)
        // A key is known when the type's coding keys read it: no list of names made per item.
        for key in container.allKeys where Key(stringValue: key.stringValue) == nil && !alsoAllowed.contains(key.stringValue) {
            let known = keys.allCases.map(\.stringValue) + alsoAllowed
            let place = context?.location(ofKey: key.stringValue, in: codingPath) ?? location
            let hint = Suggestion.hint(for: key.stringValue, in: known)
            context?.diagnostics.append(.error("unknown key '\(key.stringValue)'\(hint)", at: place))
        }
    }
}

extension KeyedDecodingContainer {
    /// A field of a closed vocabulary, with a suggestion for a near miss.
    func decodeVocabulary<V: Vocabulary>(_ type: V.Type, forKey key: Key, in decoder: Decoder) throws -> V? {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        if let value = V(rawValue: raw) { return value }
        let all = V.allCases.map(\.rawValue)
        throw decoder.error("unknown \(V.vocabularyName) '\(raw)'\(Suggestion.hint(for: raw, in: all)); expected one of \(all.joined(separator: ", "))", at: key)
    }

    /// Text that must not be empty.
    func decodeText(_ key: Key, in decoder: Decoder) throws -> String {
        let text = try decode(String.self, forKey: key).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw decoder.error("'\(key.stringValue)' is empty", at: key) }
        return text
    }

    func decodeTextIfPresent(_ key: Key, in decoder: Decoder) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeText(key, in: decoder)
    }

    /// An id or reference to an id, with where it was written.
    func decodeID(_ key: Key, in decoder: Decoder) throws -> Located<String> {
        let id = try decode(String.self, forKey: key)
        return Located(id, at: decoder.location(of: key, in: self))
    }

    func decodeIDIfPresent(_ key: Key, in decoder: Decoder) throws -> Located<String>? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeID(key, in: decoder)
    }

    /// `source: p9` or `source: [p9, p10.s2]`.
    func decodeSources(_ key: Key, in decoder: Decoder) throws -> [Located<SourceRef>] {
        guard contains(key), try !decodeNil(forKey: key) else { return [] }
        let texts: [String]
        if let single = try? decode(String.self, forKey: key) {
            texts = [single]
        } else {
            texts = try decode([String].self, forKey: key)
        }
        let base = decoder.location(of: key, in: self)
        var refs: [Located<SourceRef>] = []
        for (index, text) in texts.enumerated() {
            let place = decoder.context?.location(of: codingPath + [key, AnyCodingKey(intValue: index)!]) ?? base
            guard let ref = SourceRef(parsing: text.trimmingCharacters(in: .whitespaces)) else {
                throw Diagnostic.error("'\(text)' is not a source reference; write pN for paragraph N or pN.sM for its sentence M", at: place)
            }
            refs.append(Located(ref, at: place))
        }
        return refs
    }

    func decodeStrings(_ key: Key) throws -> [String] {
        guard contains(key), try !decodeNil(forKey: key) else { return [] }
        if let single = try? decode(String.self, forKey: key) { return [single] }
        return try decode([String].self, forKey: key)
    }
}
