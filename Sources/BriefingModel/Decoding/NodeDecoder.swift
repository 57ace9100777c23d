import Yams

/// Decodes a `Decodable` value from a composed Yams node tree: what
/// `YAMLDecoder.decode(_:from: Node)` does, with the same errors and coding paths, but
/// without resolving tags. Yams compares each mapping key by its resolved tag, which runs
/// up to seven `NSRegularExpression`s per key and look-up; it was most of the decoding time.
///
/// Keys are matched as Yams matches them: a scalar with the same text and no tag other
/// than `!!str`. (Yams would also refuse a plain key that reads as a null, a boolean or a
/// number; no key of the model is such a word.) `<<` merge keys are flattened as Yams does.
struct NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: Node
    let codingPath: [CodingKey]
    /// Held as it is, not in a `userInfo` dictionary: one was made for every item decoded
    /// and searched on every look-up of a location.
    let decodingContext: DecodingContext?
    /// No `<<` merge key was followed from the root to this node, so a walk from the root
    /// along `codingPath` ends at this very node (`DecodingContext.location(of:)`).
    let followsKeys: Bool

    var userInfo: [CodingUserInfoKey: Any] { decodingContext.map { [DecodingContext.userInfoKey: $0] } ?? [:] }

    init(_ node: Node, codingPath: [CodingKey] = [], context: DecodingContext?, followsKeys: Bool = true) {
        self.node = node
        self.codingPath = codingPath
        self.decodingContext = context
        self.followsKeys = followsKeys
    }

    func child(_ node: Node, at key: CodingKey, merged: Bool = false) -> NodeDecoder {
        NodeDecoder(node, codingPath: codingPath + [key], context: decodingContext, followsKeys: followsKeys && !merged)
    }

    /// Where this node was written, as `DecodingContext.location(of: codingPath)` finds it.
    var location: SourceLocation? {
        guard followsKeys, let context = decodingContext, let mark = node.mark else { return nil }
        return context.location(at: mark)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let mapping = node.mapping else { throw mismatch(Node.Mapping.self) }
        let merges = mapping.contains { Self.isMergeKey($0.key) }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(decoder: self, pairs: Self.flattened(mapping), merges: merges))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard let sequence = node.sequence else { throw mismatch(Node.Sequence.self) }
        return UnkeyedNodeContainer(decoder: self, elements: Array(sequence))
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    // MARK: Single value

    func decodeNil() -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return Self.isNull(scalar)
    }

    /// Yams' null test (`NSNull.construct`): a plain `~`, `null` in three spellings, or nothing.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // The scalar types Yams constructs itself; everything else decodes from this decoder.
        guard let constructible = type as? ScalarConstructible.Type else { return try T(from: self) }
        guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self) }
        guard let value = constructible.construct(from: scalar) as? T else { throw mismatch(type) }
        return value
    }

    // The scalars the model reads, without the generic path's run-time conformance look-up
    // (a quarter of decoding); the same construction and errors.
    func decode(_ type: String.Type) throws -> String { try construct(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try construct(type) }
    func decode(_ type: Int.Type) throws -> Int { try construct(type) }

    private func construct<T: ScalarConstructible>(_ type: T.Type) throws -> T {
        guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self) }
        guard let value = type.construct(from: scalar) else { throw mismatch(type) }
        return value
    }

    func mismatch(_ expectation: Any.Type) -> DecodingError {
        .typeMismatch(expectation, DecodingError.Context(
            codingPath: codingPath, debugDescription: "Expected to decode \(expectation) but found another kind of node instead."))
    }

    /// The pairs of a mapping with its `<<` merge keys replaced by the pairs they merge in,
    /// in Yams' order (merged pairs first; later pairs win a look-up).
    static func flattened(_ mapping: Node.Mapping) -> [(key: Node, value: Node)] {
        var merged: [(key: Node, value: Node)] = []
        var own: [(key: Node, value: Node)] = []
        own.reserveCapacity(mapping.count)
        for pair in mapping {
            guard isMergeKey(pair.key) else {
                own.append(pair)
                continue
            }
            switch pair.value {
            case .mapping(let inner):
                merged += flattened(inner)
            case .sequence(let sequence):
                for inner in sequence.compactMap({ $0.mapping.map(flattened) }).reversed() { merged += inner }
            default:
                break
            }
        }
        return merged + own
    }

    private static func isMergeKey(_ key: Node) -> Bool {
        switch key {
        case .scalar(let scalar): scalar.tag.rawValue == merge || (scalar.tag.rawValue == implicit && scalar.string == "<<")
        case .mapping(let mapping): mapping.tag.rawValue == merge
        case .sequence(let sequence): sequence.tag.rawValue == merge
        case .alias: false
        }
    }

    /// A key node that a look-up by `name` finds.
    static func key(_ key: Node, is name: String) -> Bool {
        guard case .scalar(let scalar) = key else { return false }
        return (scalar.tag.rawValue == implicit || scalar.tag.rawValue == str) && scalar.string == name
    }

    private static let implicit = Tag.Name.implicit.rawValue
    private static let str = Tag.Name.str.rawValue
    private static let merge = Tag.Name.merge.rawValue
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let pairs: [(key: Node, value: Node)]
    /// The mapping has `<<` merge keys: a value may come from another mapping.
    let merges: Bool

    var codingPath: [CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        pairs.compactMap { pair in
            guard case .scalar(let scalar) = pair.key else { return nil }
            return Key(stringValue: scalar.string)
        }
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder(for: key).decode(type)
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(for: key).decode(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(for: key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(for: key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { try decoder(for: IndexKey(stringValue: "super")) }
    func superDecoder(forKey key: Key) throws -> Decoder { try decoder(for: key) }

    private func value(for key: CodingKey) -> Node? {
        let name = key.stringValue
        return pairs.last { NodeDecoder.key($0.key, is: name) }?.value
    }

    private func decoder(for key: CodingKey) throws -> NodeDecoder {
        guard let node = value(for: key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return decoder.child(node, at: key, merged: merges)
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let elements: [Node]
    var currentIndex = 0

    init(decoder: NodeDecoder, elements: [Node]) {
        self.decoder = decoder
        self.elements = elements
    }

    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool { try next(Bool.self) { $0.decodeNil() } }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: String.Type) throws -> String { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { try $0.decode(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next(KeyedDecodingContainer<NestedKey>.self) { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try next(UnkeyedDecodingContainer.self) { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> Decoder { try next(Decoder.self) { $0 } }

    /// Decodes the current element and moves past it; Yams names elements "Index N".
    private mutating func next<T>(_ type: T.Type, _ body: (NodeDecoder) throws -> T) throws -> T {
        let key = IndexKey(index: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        let value = try body(decoder.child(elements[currentIndex], at: key))
        currentIndex += 1
        return value
    }
}

/// A list position as Yams names it in coding paths (and so in diagnostics): "Index 2".
private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }
}
