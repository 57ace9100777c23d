/// "Prime Minister Viktor Halasz and his predecessor, Gabor Kertesz, traded insults … ¶
/// “…,” Kertesz said": wire copy names a person in full once and by surname after. When a
/// one-word speaker is no person, body or acronym the text has defined, and an earlier name
/// of two or three capitalised words that no rule defined ends with that word, the earlier
/// name is the speaker's full name, however it was introduced: the surname speaking shows it
/// is a person.
extension NameFinding {
    mutating func defineFullNamesOfSpeakingSurnames() {
        for definition in definitions where definition.tentative {
            let key = definition.name.lowercased()
            guard !key.contains(" "), key.count > 1, lookup[key] == nil, personWords[key] == nil,
                  initials[definition.name.acronymKey] == nil,
                  let (name, position) = earlierUndefinedFullName(endingWith: key, before: definition.position) else { continue }
            addPerson(ActorDefinition(kind: .person, name: name, position: position))
        }
    }

    /// The first name chunk before `position` of two or three capitalised words, the last of
    /// them `surname`, that no definition, place or title claims.
    func earlierUndefinedFullName(endingWith surname: String, before position: TextPosition) -> (String, TextPosition)? {
        for s in sentences.indices where s <= position.sentence {
            let sentence = sentences[s]
            for (c, chunk) in sentence.chunks.enumerated() where chunk.isName {
                let tokens = chunk.tokens
                guard s < position.sentence || tokens.upperBound <= position.token,
                      (2...3).contains(tokens.count), sentence.tokens[tokens.upperBound - 1].lower == surname,
                      tokens.allSatisfy({ sentence.tokens[$0].isWord && sentence.tokens[$0].isCapitalized }),
                      !tokens.contains(where: { NameLexicon.nonPersonWords.contains(sentence.tokens[$0].lower)
                          || NameLexicon.titleHeads.contains(sentence.tokens[$0].lower) }),
                      namePlaces.indices.contains(s) ? namePlaces[s][c] == nil : true,
                      placeNames[chunk.name] == nil, resolve(chunk.name) == nil else { continue }
                return (chunk.name, TextPosition(sentence: s, token: tokens.lowerBound))
            }
        }
        return nil
    }
}
