import BriefingModel

/// The words news copy uses to attribute speech, and the words around them that the
/// attribution grammar steps over or stops at. English grammar only; no names.
enum AttributionLexicon {
    /// Verbs of saying, in the forms that are verbs and not also common nouns
    /// ("claims", "calls", "reports" are left out).
    static let speechVerbs: Set<String> = {
        let forms = """
        say says said saying tell tells told telling add adds added adding
        state states stated stating declare declares declared declaring
        announce announces announced announcing claimed claiming allege alleges alleged alleging
        insist insists insisted insisting warn warns warned warning note notes noted noting
        write writes wrote writing tweet tweets tweeted tweeting posted
        explain explains explained explaining stress stresses stressed stressing
        emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
        argue argues argued arguing assert asserts asserted asserting
        accuse accuses accused accusing deny denies denied denying
        reject rejects rejected rejecting dismiss dismisses dismissed dismissing
        describe describes described describing called calling term termed terming
        dub dubs dubbed dubbing labelled labeled labelling labeling branded branding
        hail hails hailed hailing praise praises praised praising
        criticise criticises criticised criticising criticize criticizes criticized criticizing
        condemn condemns condemned condemning urge urges urged urging asked asking
        reply replies replied replying respond responds responded responding
        comment comments commented commenting admit admits admitted admitting
        acknowledge acknowledges acknowledged acknowledging confirm confirms confirmed confirming
        vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising
        predict predicts predicted predicting suggest suggests suggested suggesting
        reported reporting quoted quoting cited citing quipped complained complaining
        demand demands demanded demanding expressed expressing threatened threatening
        mentioned recalled recalling concluded remarked boasted lamented lamenting
        blasted slammed decried decrying observed reiterated reiterating repeated
        believes believed thinks thought welcomed welcoming voiced voicing
        questioned questioning doubted cautioned cautioning contended maintained maintains
        countered retorted added wrote announced signalled signaled
        denounce denounces denounced denouncing encouraged encouraging appealed appealing
        acknowledged disclosed revealed revealing conceded conceding
        """
        return Set(forms.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }()

    /// Verbs by which a court, a judge or an inquiry states what it holds true, with a "that" clause.
    static let findingVerbs: Set<String> = ["ruled", "rules", "found", "finds", "concluded", "concludes"]
    /// The same findings as participles after what the body did ("ordered …, ruling that").
    static let findingParticiples: Set<String> = ["ruling", "finding", "concluding"]

    /// Words that open the object of "added" as an act ("added more than 5,000 beds", "added
    /// three firms to its list"), so that it is no verb of saying there.
    static let addedObjectOpeners: Set<String> = [
        "a", "an", "the", "its", "their", "his", "her", "our", "some", "another", "more", "new", "extra", "about", "nearly",
        "almost", "over", "around", "roughly", "dozens", "hundreds", "thousands", "millions", "billions",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]

    /// A speech verb in its -ing form after a comma takes the subject of its main clause
    /// ("China banned the exporter, claiming …").
    static func isParticiple(_ word: String) -> Bool { word.hasSuffix("ing") }

    /// Words that may stand between a subject and its verb ("the Kremlin said Tuesday",
    /// "Beyond Parallel last week separately released", "which has up until now urged").
    static let betweenSubjectAndVerb: Set<String> = {
        let words = """
        has have had was were is are been be being will would could can may might should shall must
        did does do not never also again later earlier then now still already previously once
        today tonight yesterday recently on last this next week month year morning afternoon
        evening night weekend up until so far just even further only in turn first too
        monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        """
        return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }()

    static let personalPronouns: Set<String> = ["he", "she"]
    static let pluralPronouns: Set<String> = ["they"]
    static let neuterPronouns: Set<String> = ["it"]
    static let relativePronouns: Set<String> = ["who", "which", "that"]

    static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "that", "whose", "such",
    ]

    static let prepositions: Set<String> = [
        "to", "from", "with", "in", "at", "on", "of", "for", "by", "against", "into", "over", "about",
        "between", "toward", "towards", "after", "before", "under", "among", "across", "aboard", "via",
        "through", "than", "including", "like", "unlike", "within", "without", "near", "around", "during",
        "despite", "upon", "onto", "amid", "behind", "below", "above", "per", "versus", "beside", "besides",
        "throughout", "along", "off", "inside", "outside", "past", "since",
    ]

    /// Words that end a noun phrase: a chain of names and titles never runs through them.
    static let phraseBreakers: Set<String> = {
        var words = prepositions.union(determiners).union(relativePronouns)
        words.formUnion(["and", "or", "but", "as", "while", "when", "where", "whether", "if", "because", "nor",
                         "is", "are", "was", "were", "has", "have", "had", "will", "would", "not", "who"])
        words.formUnion(speechVerbs)
        return words
    }()

    /// Words that open a new clause inside a sentence; a main subject is looked for after the last one.
    static let clauseOpeners: Set<String> = ["where", "which", "who", "while", "whereas", "but", "although", "though", "because"]

    /// Reflexives that stress the subject they follow: "Voss himself said".
    static let intensifyingReflexives: Set<String> = ["himself", "herself", "itself", "themselves"]

    /// Verbs of saying whose object is the one addressed: in the passive ("was told", "had
    /// been warned") their subject is the hearer, not the speaker.
    static let addresseeVerbs: Set<String> = ["told", "informed", "warned", "assured", "reminded", "advised", "asked", "urged", "notified"]

    /// Nouns that name a person by role: "the foreign minister", "a spokesman".
    static let personNouns: Set<String> = Set<String>([
        "minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "official", "diplomat",
        "ambassador", "envoy", "senator", "secretary", "chancellor", "premier", "governor", "mayor", "general",
        "commander", "chief", "head", "director", "chairman", "chairwoman", "chair", "ceo", "founder", "lawmaker",
        "politician", "candidate", "incumbent", "challenger", "prosecutor", "judge", "lawyer", "attorney",
        "analyst", "researcher", "expert", "economist", "professor", "man", "woman", "king", "queen", "prince",
        "princess", "pope", "monarch", "emperor", "dictator", "representative", "congressman", "congresswoman",
        "mp", "legislator", "deputy", "aide", "adviser", "advisor", "negotiator", "executive", "owner",
        "spokesperson", "official", "officer", "commissioner", "justice", "speaker", "veteran", "activist",
    ]).union(NameLexicon.personDemonyms.map { $0.lowercased() })

    /// Nouns that name an organisation: "the group", "the ministry".
    static let organizationNouns: Set<String> = [
        "group", "organisation", "organization", "company", "firm", "agency", "ministry", "department",
        "office", "body", "bloc", "alliance", "union", "council", "committee", "commission", "court", "tribunal",
        "military", "army", "navy", "party", "institute", "tank", "bank", "watchdog", "regulator", "embassy",
        "coalition", "campaign", "movement", "network", "outlet", "newspaper", "broadcaster", "channel",
        "service", "centre", "center", "foundation", "board", "monitor", "observatory", "operator", "team",
        "fund", "corporation", "conglomerate", "maker", "manufacturer", "producer", "exporter", "importer",
        "carrier", "airline", "university", "paper", "daily", "magazine", "website", "platform", "parliament",
        "congress", "senate", "assembly", "cabinet", "secretariat", "mission", "delegation", "consulate",
        "federation", "association", "authority", "regime", "junta",
        // "a member of the company's staff", "X's entourage": the owner's people speak for it.
        "staff", "entourage",
    ]

    /// Organisation nouns that may stand for any organisation ("the group said"); the others
    /// ("the ministry") only for an organisation whose name holds the noun.
    static let genericOrganizationNouns: Set<String> = [
        "group", "organisation", "organization", "company", "firm", "body", "bloc", "alliance", "coalition",
        "movement", "network", "outlet", "team", "institute", "tank", "watchdog", "monitor", "maker", "manufacturer",
        "producer", "exporter", "importer", "carrier", "airline", "broadcaster", "newspaper", "paper", "daily",
        "magazine", "website", "platform", "channel", "conglomerate", "corporation", "campaign", "operator",
    ]

    /// Nouns that stand for a state's government.
    static let governmentNouns: Set<String> = ["government", "administration", "authorities", "state", "country", "nation"]
}
