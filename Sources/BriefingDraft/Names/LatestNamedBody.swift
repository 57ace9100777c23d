/// "Kilima Holdings … said it backed the freeze. … Tembo said it would appeal. Company lawyer
/// Daniel Mwangi said …": the body "the company" stands for is the one named last before the
/// holder, not the one first named last (Kilima was introduced after Tembo, but Tembo spoke
/// just before him). Read by name in the few sentences up to the holder's; when none of them names
/// one, the body defined last is taken, as before.
extension NameFinding {
    /// The body among `candidates` named last before `position`, within a few sentences back
    /// (a bounded look, so that a long text costs no scan per holder), else nil.
    func latestNamed(among candidates: Set<Int>, before position: TextPosition, within distance: Int = 6) -> Int? {
        guard !candidates.isEmpty, position.sentence < sentences.count else { return nil }
        for s in stride(from: position.sentence, through: max(0, position.sentence - distance), by: -1) {
            for chunk in sentences[s].chunks.reversed() where TextPosition(sentence: s, token: chunk.tokens.lowerBound) < position {
                guard chunk.kind.namesBody || chunk.isName, let body = resolve(chunk.name), candidates.contains(body) else { continue }
                return body
            }
        }
        return nil
    }
}

extension NameChunk.Kind {
    /// A chunk that names an organisation, an institution or an outlet.
    var namesBody: Bool {
        switch self {
        case .organization, .institution, .international, .media: true
        default: false
        }
    }
}
