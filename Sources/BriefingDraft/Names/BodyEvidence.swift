import BriefingModel

/// "Savanna Skyways said …", "Minera Cordillera Azul denied …": a company whose name holds no
/// word of trade was read as a person wherever it spoke. The text shows it is a body elsewhere:
/// - what it owns only a body owns: "its shares" right after it speaks ("Minera Cordillera
///   Azul denied on Tuesday that its tailings dam was leaking"), "X's shares", "X's chief
///   executive", "Savanna Skyways' board";
/// - "X, whose shares fell";
/// - "the airline said" or "the firm's lawyers" in the next sentences, when no business was named before to stand for;
/// - "Its managing director, Helene Dubois," opening the sentence after the one it spoke in;
/// - a name that opens with a word for a bank or firm ("Banco Meridional", "Minera …").
/// A name with a title or an honorific anywhere, or that "he", "she" or "who" follows, stays a
/// person. Found once for the whole text, the name is a body at every mention.
extension NameFinding {
    /// What a body has and a person does not, after the body's possessive.
    static let bodyPossessions: Set<String> = [
        "shares", "stock", "shareholders", "subsidiary", "subsidiaries", "headquarters", "board", "fleet", "ceo",
        "chairman", "chairwoman", "chairperson", "workforce", "plant", "plants", "factory", "factories", "mine",
        "mines", "refinery", "refineries", "flights", "routes", "branches", "stores", "profit", "profits",
        "revenue", "revenues", "bonds", "auditors", "dam", "dams", "shipyard", "smelter", "airline", "pipeline",
    ]

    /// Words for a bank, a firm or a group that open a company's name in Spanish, Portuguese,
    /// French and Italian, as written.
    static let openingCompanyWords: Set<String> = [
        "Banco", "Banca", "Banque", "Caixa", "Caja", "Grupo", "Groupe", "Gruppo", "Compañía", "Compania", "Companhia",
        "Empresa", "Empresas", "Minera", "Mineração", "Mineracao", "Aerolíneas", "Aerolineas", "Petróleos", "Petroleos",
        "Industrias", "Sociedad", "Sociedade", "Société", "Societe", "Naviera", "Constructora", "Construtora",
        "Inversiones", "Corporación", "Corporacion", "Distribuidora", "Cervecería", "Cerveceria", "Laboratorios",
        "Transportes", "Hidroeléctrica", "Hidroelectrica", "Compagnie",
    ]

    /// Words for a public body, a union, a party or an association that open its name in those
    /// languages ("Maison de la Presse", "Sindicato Nacional de Mineros", "Instituto Nacional de
    /// Estadística"): the name is a body's, though no English head word ends it.
    static let openingBodyWords: Set<String> = [
        "Maison", "Institut", "Instituto", "Istituto", "Comité", "Comite", "Comitato", "Conseil", "Consejo", "Conselho",
        "Consiglio", "Ministerio", "Ministério", "Ministère", "Ministere", "Ministero", "Agence", "Agencia", "Agência",
        "Fundación", "Fundacion", "Fundação", "Fundacao", "Fondation", "Fondazione", "Asociación", "Asociacion",
        "Associação", "Associacao", "Associazione", "Sindicato", "Syndicat", "Sindacato", "Federación", "Federacion",
        "Fédération", "Federação", "Federacao", "Confederación", "Confederacion", "Confédération", "Partido", "Parti",
        "Partito", "Movimiento", "Mouvement", "Movimento", "Rassemblement", "Frente", "Coordinadora", "Coordination",
        "Universidad", "Universidade", "Université", "Universite", "Università", "Observatorio", "Observatoire",
        "Defensoría", "Defensoria", "Procuraduría", "Procuraduria", "Fiscalía", "Fiscalia", "Contraloría", "Contraloria",
        "Superintendencia", "Secretaría", "Secretaria", "Comisión", "Comision", "Comissão", "Comissao", "Tribunal",
        "Corte", "Cour", "Asamblea", "Assemblée", "Assemblee", "Cámara", "Camara", "Câmara", "Senado", "Congreso",
        "Policía", "Policia", "Guardia", "Gendarmerie", "Ejército", "Ejercito", "Armada",
    ]

    /// Words a speech verb and "its" may have between them: "said on Monday that its".
    static let reportedClauseOpeners: Set<String> = [
        "that", "on", "late", "early", "last", "this", "week", "month", "year", "in", "a", "statement",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", ",",
    ]

    mutating func defineBodiesByEvidence() {
        // Names drafted only as people without a title: the candidates.
        var candidates: [String: TextPosition] = [:]
        var titled: Set<String> = []
        for definition in definitions {
            if definition.kind == .person, definition.role != nil || definition.qualifier != nil { titled.insert(definition.name) }
            if definition.kind != .person, !definition.tentative { titled.insert(definition.name) }
            guard definition.kind == .person, !definition.tentative, definition.role == nil,
                  definition.name.split(separator: " ").count >= 2 else { continue }
            candidates[definition.name] = min(candidates[definition.name] ?? definition.position, definition.position)
        }
        for name in titled { candidates[name] = nil }
        guard !candidates.isEmpty else { return }
        var bodies: Set<String> = []
        var people: Set<String> = []
        // The candidate met last, with its sentence, for "the airline said" after it.
        var lastCandidate: (name: String, sentence: Int)?
        var businessBefore = false
        // The candidate that opened the sentence before, for "Its managing director, X," after it.
        var openingCandidate: String?
        for (s, sentence) in sentences.enumerated() {
            if let last = lastCandidate, s - last.sentence <= 2, !businessBefore, Self.opensWithBusinessNoun(sentence) {
                bodies.insert(last.name)
            }
            if let opener = openingCandidate, Self.opensWithItsOffice(sentence) { bodies.insert(opener) }
            // Only a speaker ("Kivu Alloys said …"): "Marta Ruiz visited the plant. Its director …" owns nothing.
            openingCandidate = sentence.chunks.first.flatMap {
                $0.tokens.lowerBound == 0 && $0.isName && candidates[$0.name] != nil && Self.speaksOrAnswers($0, in: sentence) ? $0.name : nil
            }
            for chunk in sentence.chunks {
                switch chunk.kind {
                case .organization, .international, .institution: businessBefore = true
                default: break
                }
                guard chunk.isName, candidates[chunk.name] != nil else { continue }
                lastCandidate = (chunk.name, s)
                if Self.followsAsPerson(chunk, in: sentence) { people.insert(chunk.name) }
                if Self.ownsAsBody(chunk, in: sentence) || Self.speaksOfItsOwn(chunk, in: sentence) { bodies.insert(chunk.name) }
            }
        }
        // "Banco Meridional said", "Minera Cordillera Azul denied": a name that opens with a
        // word for a bank, firm, group or public body in the languages of its country is no person's.
        for name in candidates.keys where name.split(separator: " ").first.map({ Self.openingCompanyWords.contains(String($0)) || Self.openingBodyWords.contains(String($0)) }) == true {
            bodies.insert(name)
        }
        for name in bodies.subtracting(people).sorted() {
            guard let position = candidates[name] else { continue }
            definitions.append(ActorDefinition(kind: .organization, name: name, position: position))
        }
    }

    /// "X's shares", "Savanna Skyways' chief executive".
    static func ownsAsBody(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        let end = chunk.tokens.upperBound
        guard let mark = sentence.token(end) else { return false }
        guard mark.kind == .possessive || mark.text == "," || isPluralPossessive(at: end, in: sentence) else { return false }
        // "Norte Verde, whose shares fell 5%,".
        if mark.text == ",", sentence.token(end + 1)?.lower == "whose", let owned = sentence.token(end + 2) { return bodyPossessions.contains(owned.lower) }
        guard let owned = sentence.token(end + 1), owned.isWord, !owned.isCapitalized else { return false }
        // "X's chief executive", not "X's chief of staff".
        if owned.lower == "chief", let next = sentence.token(end + 2) { return ["executive", "financial", "operating"].contains(next.lower) }
        return bodyPossessions.contains(owned.lower)
    }

    /// "X denied on Tuesday that its dam …": "its" opening what the name said refers to it.
    static func speaksOfItsOwn(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        guard let (verb, index, _) = sentence.wordAfter(chunk.tokens.upperBound), NameLexicon.speechVerbs.contains(verb.lower) else { return false }
        var t = index + 1
        while let token = sentence.token(t), t - index <= 6 {
            // "its tailings dam", "its flights": what only a body has, within two words ("its report" may be anyone's).
            if token.lower == "its" {
                return (t + 1...t + 2).contains { sentence.token($0).map { bodyPossessions.contains($0.lower) || ownedByBodies.contains($0.lower) } ?? false }
            }
            guard reportedClauseOpeners.contains(token.lower) else { return false }
            t += 1
        }
        return false
    }

    /// Further things "its" owns that only a body has, after what it said.
    static let ownedByBodies: Set<String> = [
        "employees", "workers", "customers", "passengers", "aircraft", "planes", "jets", "ships", "vessels",
        "trucks", "mills", "wells", "fields", "licence", "license", "accounts", "depositors", "members", "fighters",
        "troops", "clinics", "offices", "products", "prices", "fares", "services", "network", "pilots", "crews",
    ]

    /// "X said he …", "X, who …", "X said she": a person.
    static func followsAsPerson(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        let end = chunk.tokens.upperBound
        // "X, who": a person; "X, whose shares fell" is a body's (`ownsAsBody`), any other "whose" a person's.
        if sentence.token(end)?.text == ",", let who = sentence.token(end + 1), ["who", "whose"].contains(who.lower) {
            return !(who.lower == "whose" && sentence.token(end + 2).map { bodyPossessions.contains($0.lower) } == true)
        }
        guard let (verb, index, _) = sentence.wordAfter(end), NameLexicon.speechVerbs.contains(verb.lower) else { return false }
        var t = index + 1
        while let token = sentence.token(t), t - index <= 6 {
            if ["he", "she", "his", "her", "him"].contains(token.lower) { return true }
            guard reportedClauseOpeners.contains(token.lower) else { return false }
            t += 1
        }
        return false
    }

    /// "Its managing director, Helene Dubois, said": a sentence that opens with "Its" and a
    /// body's officer or possession.
    static func opensWithItsOffice(_ sentence: AnalyzedSentence) -> Bool {
        guard sentence.token(0)?.lower == "its" else { return false }
        for t in 1...3 {
            guard let word = sentence.token(t), word.isWord, !word.isCapitalized else { return false }
            if ["executive", "director", "chairman", "chairwoman", "chairperson", "ceo", "president", "founder", "owner", "officer"].contains(word.lower)
                || bodyPossessions.contains(word.lower) { return true }
        }
        return false
    }

    /// Verbs by which a body answers a charge, besides the verbs of saying ("Garuda Data Centres
    /// rejected that account").
    static let answeringVerbs: Set<String> = [
        "rejected", "rejects", "disputed", "disputes", "dismissed", "dismisses", "contested", "contests",
        "welcomed", "welcomes", "criticised", "criticized", "condemned", "condemns", "accused", "accuses",
    ]

    /// The name is followed by a verb of saying or of answering.
    static func speaksOrAnswers(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        if sentence.isFollowedBySpeechVerb(chunk) { return true }
        guard let (verb, _, _) = sentence.wordAfter(chunk.tokens.upperBound) else { return false }
        return answeringVerbs.contains(verb.lower)
    }

    /// "The airline said …", "…," the airline said.", "The firm's lawyers said": a business noun
    /// as the speaker or an owner, opening the sentence or after a quotation.
    static func opensWithBusinessNoun(_ sentence: AnalyzedSentence) -> Bool {
        for t in sentence.tokens.indices where sentence.tokens[t].lower == "the" {
            // "the firm said", or "the firm's lawyers".
            guard let noun = sentence.token(t + 1), NameLexicon.businessNouns.contains(noun.lower),
                  let verb = sentence.token(t + 2), NameLexicon.speechVerbs.contains(verb.lower) || verb.kind == .possessive else { continue }
            if t == 0 || sentence.isSentenceStart(t) || AnalyzedSentence.quoteMarks.contains(sentence.tokens[t - 1].text) { return true }
        }
        return false
    }
}

/// "Savanna Skyways' chief executive, Paula Herrera": the bare apostrophe after a name ending in
/// "s" is its possessive (the tokenizer keeps only "'s" as one), so the title is the name's.
/// A closing single quote has the same shape, so only a capitalised word glued to it counts.
extension NameFinding {
    static func isPluralPossessive(at t: Int, in sentence: AnalyzedSentence) -> Bool {
        guard t >= 1, let mark = sentence.token(t), mark.kind == .punct, mark.text == "'" || mark.text == "\u{2019}", !mark.spaceBefore,
              let next = sentence.token(t + 1), next.spaceBefore, next.isWord, !next.isCapitalized || NameLexicon.titleHeads.contains(next.lower) else { return false }
        let word = sentence.tokens[t - 1]
        return word.isWord && word.isCapitalized && word.lower.hasSuffix("s")
    }
}
