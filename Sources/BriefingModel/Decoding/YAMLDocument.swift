import Foundation
import Yams

/// YAML text composed into Yams' node tree, with errors placed in the file.
public enum YAMLDocument {
    /// A document may expand to at most this many nodes once aliases are followed;
    /// a "billion laughs" alias bomb exceeds it after a few microseconds of counting.
    public static let nodeBudget = 100_000
    /// Front matter and definition files hold a model, not text: a megabyte is hundreds
    /// of articles' worth. Larger YAML is refused before libyaml reads it.
    public static let byteLimit = 1_048_576
    /// libyaml's own limit (`yaml_set_max_nest_level`), named in its error.
    public static let nestingLimit = 1_000

    /// The root node (nil for an empty document), or the diagnostics that stop it.
    /// `firstLine` is the file line the YAML text starts on.
    public static func compose(_ yaml: String, path: String, firstLine: Int = 1) -> Result<Node?, Diagnostic> {
        let size = yaml.utf8.count
        if size > byteLimit {
            return .failure(.error("the YAML is \(size) bytes, over the limit of 1 MB (\(byteLimit) bytes) for front matter and definition files; keep long text in the article body", at: SourceLocation(path: path, line: firstLine)))
        }
        if usesAliasedKeys(yaml) {
            return .failure(.error("YAML uses an alias or a list or mapping as a key, in a file with aliases; keys must be plain text", at: SourceLocation(path: path, line: firstLine)))
        }
        let root: Node?
        do {
            // No tag rules: the model reads scalars by what it expects (text, number, true or
            // false), and each default rule is a regular expression run on every key Yams
            // hashes or compares. `.utf8`, not `.default`: that one reads the environment.
            root = try Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, firstLine: firstLine, yaml: yaml))
        } catch {
            return .failure(.error("cannot read YAML: \(error)", at: SourceLocation(path: path, line: firstLine)))
        }
        guard let root else { return .success(nil) }
        if !fitsBudget(root) {
            let location = SourceLocation(path: path, line: firstLine)
            return .failure(.error("YAML expands to more than \(nodeBudget) nodes through aliases; aliases are not allowed to multiply content", at: location))
        }
        return .success(root)
    }

    /// Yams hashes every mapping key while composing, following aliases, before the node
    /// budget can be counted: an alias bomb used as a key would hash for hours. So a text
    /// with aliases may not use one as a key, nor a collection (which could hold one).
    /// The model's keys are plain words, so this refuses nothing a model needs; a quoted
    /// `*x:` or `]:` in a file with aliases is refused too, which errs on the safe side.
    static func usesAliasedKeys(_ yaml: String) -> Bool {
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return false }
        let aliasInUse = /(?m)(?:^|[\s\[{,:-])\*[A-Za-z0-9_-]/
        // An alias or a flow collection followed by the value indicator, or an explicit `?` key.
        // In a flow collection the indicator may touch the value (`[*a:8]`, found by the
        // fuzzer), so any colon right after an alias or a closing bracket counts.
        let complexKey = /(?m)\*[A-Za-z0-9_-]+[ \t]*:|[\]}][ \t]*:|(?:^|[\[{,])[ \t]*\?(?:[ \t\r\n]|$)/
        return yaml.firstMatch(of: aliasInUse) != nil && yaml.firstMatch(of: complexKey) != nil
    }

    /// Counts nodes, following aliases, and stops as soon as the budget is spent.
    static func fitsBudget(_ root: Node) -> Bool {
        var remaining = nodeBudget
        var stack = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return false }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return true
    }

    static func diagnostic(for error: YamlError, path: String, firstLine: Int, yaml: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level reached") {
                return .error("YAML nested more than \(nestingLimit) levels deep (the nesting limit); flatten it", at: at(mark))
            }
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error("YAML syntax error: \(detail)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let repeated = duplicates.first.flatMap { repeatedKey($0, after: context.mark, in: yaml) }
                ?? (context.mark.line, context.mark.column)
            return .error("duplicate key \(keys) in one mapping", at: SourceLocation(path: path, line: repeated.line + firstLine - 1, column: repeated.column))
        case let .reader(problem, offset, _, yaml):
            var location = SourceLocation(path: path, line: firstLine)
            if let offset {
                let prefix = yaml.utf8.prefix(offset)
                let line = prefix.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                location.line = firstLine + line
            }
            return .error("cannot read YAML: \(problem)", at: location)
        default:
            return .error("cannot read YAML: \(error)", at: SourceLocation(path: path, line: firstLine))
        }
    }
}

/// Yams places a duplicate key at its first occurrence; the error belongs to the repeat:
/// the next line at the same indentation that starts with the same key or, in a flow
/// mapping (`{name: A, name: B}`), the key after a ',' later on the same line.
func repeatedKey(_ key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    let indent = first.column - 1
    guard first.line >= 1, first.line <= lines.count else { return nil }
    if let column = repeatedFlowKey(key, in: lines[first.line - 1], after: first.column) {
        return (first.line, column)
    }
    for index in first.line..<lines.count {
        let line = lines[index]
        let leading = line.prefix { $0 == " " }.count
        guard leading == indent else { continue }
        let rest = line.dropFirst(leading)
        for form in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(form) {
            let after = rest.dropFirst(form.count).drop { $0 == " " }
            if after.first == ":" { return (index + 1, first.column) }
        }
    }
    return nil
}

/// The 1-based column of `, key:` after `column` on a line of a flow mapping.
private func repeatedFlowKey(_ key: String, in line: Substring, after column: Int) -> Int? {
    let characters = Array(line)
    var index = column  // the character after the first key's start
    while index < characters.count {
        defer { index += 1 }
        guard characters[index] == "," else { continue }
        var start = index + 1
        while start < characters.count && characters[start] == " " { start += 1 }
        for form in [key, "\"\(key)\"", "'\(key)'"].map(Array.init) {
            var end = start + form.count
            guard end <= characters.count, characters[start..<end].elementsEqual(form) else { continue }
            while end < characters.count && characters[end] == " " { end += 1 }
            if end < characters.count && characters[end] == ":" { return start + 1 }
        }
    }
    return nil
}

extension Node {
    /// The child at one coding-path step: a mapping key by name, a sequence element by index.
    func child(_ key: CodingKey) -> Node? {
        switch self {
        case .mapping(let mapping):
            return mapping.first(where: { $0.key.string == key.stringValue })?.value
        case .sequence(let sequence):
            guard let index = key.intValue, sequence.indices.contains(index) else { return nil }
            return sequence[index]
        default:
            return nil
        }
    }

    /// The key node of a mapping entry, for errors about the key itself.
    func keyNode(_ key: String) -> Node? {
        mapping?.first(where: { $0.key.string == key })?.key
    }
}
