import BriefingModel
import Foundation

/// Who is linked to whom: actors as nodes, shared events as grey edges, shared disputes
/// as edges coloured by stance (same side blue, opposite sides red). Laid out by Graphviz
/// (`dot -Tsvg`) when it is installed; without it the site has no graph, never a broken one.
enum ActorNetwork {
    struct Edge: Hashable {
        var a: String
        var b: String
        var events = 0
        var agreements = 0
        var oppositions = 0
    }

    static func edges(in briefing: Briefing) -> [Edge] {
        var table: [String: Edge] = [:]
        func key(_ x: String, _ y: String) -> (String, String) { x < y ? (x, y) : (y, x) }
        func update(_ x: String, _ y: String, _ change: (inout Edge) -> Void) {
            guard x != y else { return }
            let (a, b) = key(x, y)
            var edge = table["\(a) \(b)"] ?? Edge(a: a, b: b)
            change(&edge)
            table["\(a) \(b)"] = edge
        }
        for event in briefing.events {
            let actors = Array(Set(event.participants.map(\.actor))).sorted()
            for (i, x) in actors.enumerated() { for y in actors[(i + 1)...] { update(x, y) { $0.events += 1 } } }
        }
        for dispute in briefing.disputes {
            let positions = dispute.positions
            for (i, p) in positions.enumerated() {
                for q in positions[(i + 1)...] where p.actor != q.actor {
                    let opposed = (p.stance == .asserts && q.stance != .asserts) || (q.stance == .asserts && p.stance != .asserts)
                    update(p.actor, q.actor) { opposed ? ($0.oppositions += 1) : ($0.agreements += 1) }
                }
            }
        }
        return table.values.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// Graphviz's spline layout grows much faster than linearly with the graph, and a
    /// drawing of hundreds of nodes is unreadable anyway: an ego network keeps the actor's
    /// most closely linked neighbours, the whole network its most connected actors.
    static let maxNeighbours = 24
    static let maxActors = 40

    /// How much an edge says: disputes weigh more than shared events.
    static func weight(_ edge: Edge) -> Int { 3 * (edge.oppositions + edge.agreements) + edge.events }

    /// The edges to draw: the ego network of `center`, or the whole network, each capped.
    static func chosenEdges(_ edges: [Edge], around center: String?) -> [Edge] {
        if let center {
            let ego = edges.filter { $0.a == center || $0.b == center }
            guard ego.count > maxNeighbours else { return ego }
            let kept = ego.sorted { (weight($1), $0.a, $0.b) < (weight($0), $1.a, $1.b) }.prefix(maxNeighbours)
            return kept.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        }
        var strength: [String: Int] = [:]
        for edge in edges {
            strength[edge.a, default: 0] += weight(edge)
            strength[edge.b, default: 0] += weight(edge)
        }
        guard strength.count > maxActors else { return edges }
        let ranked = strength.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(maxActors)
        let kept = Set(ranked.map(\.key))
        return edges.filter { kept.contains($0.a) && kept.contains($0.b) }
    }

    /// The whole network, or the ego network of one actor (it and its neighbours).
    static func dot(_ briefing: Briefing, edges: [Edge], around center: String?, linkRoot: String) -> String? {
        let chosen = chosenEdges(edges, around: center)
        guard !chosen.isEmpty else { return nil }
        let ids = Set(chosen.flatMap { [$0.a, $0.b] }).sorted()
        // An ego network is a star: drawn radially around its actor (twopi), its straight edges
        // cross no node, which neato's layout needed splines for, at five times the cost.
        let layout = center.map { #"layout=twopi, root="\#(quoted($0))", splines=false"# } ?? "layout=neato, splines=true"
        var lines = [
            "graph network {",
            #"  graph [\#(layout), overlap=false, bgcolor="transparent", fontname="sans-serif"];"#,
            ##"  node [fontname="sans-serif", fontsize=11, style=filled, fillcolor="#f4f1ea", color="#8a8170", target="_top"];"##,
            ##"  edge [color="#9a9a9a"];"##,
        ]
        for id in ids {
            guard let actor = briefing.actor(id) else { continue }
            let shape = switch actor.kind {
            case .person: "ellipse"
            case .country: "hexagon"
            case .media: "note"
            default: "box"
            }
            let emphasis = id == center ? ##", penwidth=2, fillcolor="#ffe8a3""##: ""
            lines.append(#"  "\#(id)" [label="\#(quoted(actor.name))", shape=\#(shape), URL="\#(linkRoot)actors/\#(id).html", tooltip="\#(quoted(actor.name))"\#(emphasis)];"#)
        }
        for edge in chosen {
            var attributes: [String] = []
            if edge.oppositions > 0 {
                attributes += [##"color="#c53030""##, "penwidth=\(1 + min(edge.oppositions, 4))", ##"tooltip="opposed in a dispute""##]
            } else if edge.agreements > 0 {
                attributes += [##"color="#2b6cb0""##, "penwidth=\(1 + min(edge.agreements, 4))", ##"tooltip="same side in a dispute""##]
            } else {
                attributes += ["penwidth=\(min(1 + edge.events / 2, 4))", #"tooltip="shared events""#]
            }
            lines.append(#"  "\#(edge.a)" -- "\#(edge.b)" [\#(attributes.joined(separator: ", "))];"#)
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text inside a DOT double-quoted string: quotes and backslashes escaped, control
    /// characters dropped. Graphviz writes the label into SVG as escaped XML text.
    static func quoted(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": output += "\\" + String(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: output += " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The `dot` program, if installed.
    static let graphviz: URL? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Runs `dot -Tsvg`; nil when Graphviz fails.
    static func svg(from source: String, using dot: URL) -> String? {
        run(dot, input: source).map(tidy)
    }

    /// Graphs per Graphviz run: enough that starting it costs little beside the layouts, few
    /// enough that the runs spread over the cores.
    static let batchSize = 24

    /// Lays out graphs with one `dot` run, which reads graph after graph and writes an SVG
    /// document for each: starting Graphviz costs more than laying out a small graph. When the
    /// run fails, each graph is laid out alone, so a bad graph costs only itself.
    static func svgs(from sources: [String], using dot: URL) -> [String?] {
        if sources.count > 1, let text = run(dot, input: sources.joined()) {
            let documents = svgDocuments(in: text)
            if documents.count == sources.count { return documents.map(tidy) }
        }
        return sources.map { svg(from: $0, using: dot) }
    }

    /// The SVG documents of one run, each ending with its `</svg>` line.
    static func svgDocuments(in text: String) -> [String] {
        var documents: [String] = []
        var start = text.startIndex
        while let close = text.range(of: "</svg>", range: start..<text.endIndex) {
            let end = text[close.upperBound...].first == "\n" ? text.index(after: close.upperBound) : close.upperBound
            documents.append(String(text[start..<end]))
            start = end
        }
        return documents
    }

    private static func run(_ dot: URL, input source: String) -> String? {
        let process = Process()
        process.executableURL = dot
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let writer = Thread {
            input.fileHandleForWriting.write(Data(source.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Graphviz's own comment names its version (output must not depend on it), and its
    /// fixed size in points is made relative so the page's CSS sizes the drawing. A graph
    /// after the first of a run has its group named for a page ("page0,1_graph0"): named as
    /// alone, so a graph's SVG does not depend on what it was laid out with.
    static func tidy(_ svg: String) -> String {
        var text = svg
        if let page = text.range(of: #"<g id="page"#), let graph = text.range(of: "_graph", range: page.upperBound..<text.endIndex),
           text[page.upperBound..<graph.lowerBound].allSatisfy({ $0.isNumber || $0 == "," }) {
            text.replaceSubrange(page.lowerBound..<graph.upperBound, with: #"<g id="graph"#)
        }
        if let start = text.range(of: "<!-- Generated by graphviz"), let end = text.range(of: "-->", range: start.upperBound..<text.endIndex) {
            let lineEnd = text[end.upperBound...].first == "\n" ? text.index(after: end.upperBound) : end.upperBound
            text.removeSubrange(start.lowerBound..<lineEnd)
        }
        if let root = text.range(of: "<svg width=\""), let close = text.range(of: "viewBox=", range: root.upperBound..<text.endIndex) {
            text.replaceSubrange(root.lowerBound..<close.lowerBound, with: "<svg width=\"100%\" height=\"100%\"\n ")
        }
        return text
    }
}
