import Foundation
import Mustache

/// A view model whose fields templates read by name. swift-mustache finds a field through
/// `Mirror`, filtering every child for each `{{name}}` (each one decoded from the type's
/// metadata); a `TemplateView` looks the field's position up once per type and reads only
/// that child. Same values, same misses: a name the type lacks is nil, so Mustache goes on
/// up the context stack as before.
public protocol TemplateView: MustacheParent {}

extension TemplateView {
    public func child(named name: String) -> Any? {
        let mirror = Mirror(reflecting: self)
        guard let offset = FieldPositions.offset(of: name, in: Self.self, mirror: mirror) else { return nil }
        let children = mirror.children
        return unwrapOptional(children[children.index(children.startIndex, offsetBy: offset)].value)
    }
}

/// Field name → position among `Mirror.children`, per type, filled on first use.
enum FieldPositions {
    // NSLock (a pthread mutex) rather than Synchronization's Mutex, whose futex ThreadSanitizer
    // cannot see: with Mutex every parallel build reported a false race here.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var table: [ObjectIdentifier: [String: Int]] = [:]

    static func offset(of name: String, in type: Any.Type, mirror: Mirror) -> Int? {
        let key = ObjectIdentifier(type)
        if let positions = lock.withLock({ table[key] }) { return positions[name] }
        var positions: [String: Int] = [:]
        for (offset, child) in mirror.children.enumerated() {
            if let label = child.label, positions[label] == nil { positions[label] = offset }
        }
        lock.withLock { table[key] = positions }
        return positions[name]
    }
}

/// As swift-mustache does: an Optional field gives its value, or nil when it is empty.
private func unwrapOptional(_ object: Any) -> Any? {
    let mirror = Mirror(reflecting: object)
    guard mirror.displayStyle == .optional else { return object }
    return mirror.children.first?.value
}
