@_spi(Reflection) import Swift
import Foundation
import Mustache

/// A view model whose fields templates read by name. swift-mustache finds a field through
/// `Mirror`, filtering every child for each `{{name}}` (each one decoded from the type's
/// metadata); a `TemplateView` finds the key path of each stored field once per type and
/// then reads only that field, without making a `Mirror` at all. Same values, same misses:
/// a name the type lacks is nil, so Mustache goes on up the context stack as before.
public protocol TemplateView: MustacheParent {}

extension TemplateView {
    public func child(named name: String) -> Any? {
        guard let field = FieldKeyPaths.field(named: name, in: Self.self) else { return nil }
        guard let value = self[keyPath: field.keyPath] else { return nil }
        // As swift-mustache does: an Optional field gives its value, or nil when it is empty.
        return field.isOptional ? (value as? any OptionalField)?.wrappedField : value
    }
}

/// Field name → key path, per type, filled on first use.
enum FieldKeyPaths {
    struct Field {
        var keyPath: AnyKeyPath
        var isOptional: Bool
    }

    // NSLock (a pthread mutex) rather than Synchronization's Mutex, whose futex ThreadSanitizer
    // cannot see: with Mutex every parallel build reported a false race here.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var table: [ObjectIdentifier: [String: Field]] = [:]

    static func field<Root>(named name: String, in type: Root.Type) -> Field? {
        let key = ObjectIdentifier(type)
        if let fields = lock.withLock({ table[key] }) { return fields[name] }
        var fields: [String: Field] = [:]
        _forEachFieldWithKeyPath(of: type) { label, keyPath in
            let name = String(cString: label)
            if fields[name] == nil {
                fields[name] = Field(keyPath: keyPath, isOptional: Swift.type(of: keyPath).valueType is any OptionalField.Type)
            }
            return true
        }
        lock.withLock { table[key] = fields }
        return fields[name]
    }
}

protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    var wrappedField: Any? { self.map { $0 as Any } }
}
