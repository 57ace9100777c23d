/// "His lawyer, Kari Moen, said …": the drafted lawyer's affiliation names the client, as the
/// dispute camps already read it (CounselCamps.swift), so a reviewer sees whose lawyer she is
/// instead of a lawyer for nobody. Only a lawyer the names found gave no affiliation.
extension TitleCamps {
    static func withCounselClients(_ text: AttributionText, _ actors: [DraftActor]) -> [DraftActor] {
        var byName = text.actors
        counselClients(text, &byName)
        return actors.map { actor in
            var actor = actor
            if actor.affiliation == nil, actor.kind == .person, let client = byName[actor.name]?.affiliation { actor.affiliation = client }
            return actor
        }
    }
}
