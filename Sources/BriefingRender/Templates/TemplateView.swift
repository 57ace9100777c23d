@_spi(Reflection) import Swift
import Foundation
import Mustache

/// A view model whose fields templates read by name. swift-mustache finds a field through
/// `Mirror`, filtering every child for each `{{name}}` (each one decoded from the type's
/// metadata); a `TemplateView` reads each field through a reader made once per type, without
/// making a `Mirror` at all. Same values, same misses: a name the type lacks is nil, so
/// Mustache goes on up the context stack as before.
public protocol TemplateView: MustacheParent {
    /// The type's fields by name. A non-generic view declares
    /// `static let templateFields = TemplateFields(of: Self.self)`, so that reading a field
    /// takes no lock; generic views get the default, a table shared under a lock.
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateView {
    public static var templateFields: TemplateFields<Self> { FieldTables.fields(of: Self.self) }

    public func child(named name: String) -> Any? {
        guard let read = Self.templateFields.readers[name] else { return nil }
        return read(self)
    }
}

/// Field name → how to read it from a `Root`, made once per type. Strings come out as
/// `TemplateText`, which swift-mustache renders after one cast instead of four.
public struct TemplateFields<Root>: @unchecked Sendable {
    // The readers are pure functions of a value's own fields; nothing is captured but key paths.
    let readers: [String: (Root) -> Any?]

    public init(of type: Root.Type) {
        var readers: [String: (Root) -> Any?] = [:]
        _forEachFieldWithKeyPath(of: type) { label, keyPath in
            let name = String(cString: label)
            if readers[name] == nil { readers[name] = Self.reader(keyPath) }
            return true
        }
        self.readers = readers
    }

    private static func reader(_ keyPath: PartialKeyPath<Root>) -> (Root) -> Any? {
        if let text = keyPath as? KeyPath<Root, String> {
            return { TemplateText($0[keyPath: text]) }
        }
        if let text = keyPath as? KeyPath<Root, String?> {
            return { $0[keyPath: text].map(TemplateText.init) }
        }
        // As swift-mustache does: an Optional field gives its value, or nil when it is empty.
        if Swift.type(of: keyPath).valueType is any OptionalField.Type {
            return { ($0[keyPath: keyPath] as? any OptionalField)?.wrappedField }
        }
        return { $0[keyPath: keyPath] }
    }
}

/// The tables of generic views, whose types cannot hold a `static let` each.
enum FieldTables {
    // NSLock (a pthread mutex) rather than Synchronization's Mutex, whose futex ThreadSanitizer
    // cannot see: with Mutex every parallel build reported a false race here.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [ObjectIdentifier: Any] = [:]

    static func fields<Root>(of type: Root.Type) -> TemplateFields<Root> {
        let key = ObjectIdentifier(type)
        if let fields = lock.withLock({ tables[key] }) as? TemplateFields<Root> { return fields }
        let fields = TemplateFields(of: type)
        lock.withLock { tables[key] = fields }
        return fields
    }
}

/// A string field as handed to swift-mustache: rendered as its text (escaped by the
/// template's content type, as a `String` is), transformed as a `String` is, and with no
/// fields of its own, so a name inside `{{#field}}…{{/field}}` is looked up further out.
public struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent {
    public var text: String

    public init(_ text: String) { self.text = text }

    public var renderText: String { text }
    public var isNull: Bool { false }
    public func transform(_ name: String) -> Any? { text.transform(name) }
    public func child(named name: String) -> Any? { nil }
}

protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    var wrappedField: Any? { self.map { $0 as Any } }
}
