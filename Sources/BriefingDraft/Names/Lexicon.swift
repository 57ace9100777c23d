/// Closed-class words and cue words that the name stage reads. These are word classes of
/// English news writing (titles, the head nouns of organisation and place names, the
/// verbs of attribution), not names from any particular article. The few proper names
/// here are institutions and outlets that news text names without any cue word
/// ("the Kremlin said", "Reuters reported"); each is listed with what it is.
enum NameLexicon {
    // MARK: Function words

    /// Words that start sentences in capitals but never start a name.
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
        "it", "he", "she", "they", "we", "i", "you", "them", "us", "him", "who", "whom", "whose", "which", "what",
        "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "because", "since", "while", "whilst",
        "although", "though", "when", "where", "why", "how", "whether", "unless", "until", "after", "before",
        "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "into", "onto", "over", "under",
        "about", "above", "below", "between", "among", "amid", "against", "during", "through", "throughout",
        "across", "along", "around", "behind", "beyond", "despite", "inside", "outside", "near", "within",
        "according", "also", "both", "each", "every", "either", "neither", "all", "any", "some", "many", "most",
        "more", "much", "few", "several", "other", "another", "such", "no", "not", "only", "even", "still",
        "however", "meanwhile", "moreover", "furthermore", "instead", "indeed", "later", "earlier", "now",
        "here", "there", "should", "would", "could", "will", "shall", "may", "might", "must", "can", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "one", "two", "three",
        "last", "next", "first", "second", "third", "new", "once", "upon", "like", "unlike", "per", "via",
        "yes", "oh", "well", "just", "again", "already", "perhaps", "thus", "hence", "therefore", "overall",
        "separately", "elsewhere", "today", "tonight", "yesterday", "tomorrow", "currently", "recently",
        "asked", "speaking", "writing", "citing", "including", "following", "under", "off", "out", "up",
        "down", "back", "away", "ahead", "toward", "towards", "whereas", "nevertheless", "nonetheless",
        "anyway", "besides", "else", "otherwise", "last", "whatever", "whoever", "whichever",
        "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "nothing", "everything",
        "something", "anything", "none", "noone",
        // Sentence adverbs that open a sentence before its subject ("Afterwards Kaya said").
        "afterwards", "afterward", "subsequently", "initially", "previously", "eventually", "ultimately",
        "finally", "similarly", "likewise", "additionally", "consequently", "accordingly", "originally",
        "reportedly", "apparently", "notably", "privately", "publicly",
    ]

    /// Months and weekdays (also abbreviated): never part of a name.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "christmas", "easter",
    ]

    // MARK: Titles

    /// Words that head a title before a person's name ("President", "spokesman").
    static let titleHeads: Set<String> = [
        "president", "vice-president", "president-elect", "minister", "premier", "chancellor", "secretary",
        "secretary-general", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman",
        "chairperson", "chair", "chief", "head", "director", "director-general", "ambassador", "envoy",
        "senator", "governor", "mayor", "king", "queen", "prince", "princess", "emperor", "empress", "pope",
        "general", "admiral", "colonel", "commander", "captain", "lieutenant", "sergeant", "marshal", "major",
        "lawmaker", "legislator", "congressman", "congresswoman", "representative", "mp", "official",
        "adviser", "advisor", "aide", "analyst", "researcher", "professor", "economist", "expert",
        "negotiator", "diplomat", "judge", "justice", "prosecutor", "attorney", "lawyer", "commissioner",
        "speaker", "ceo", "founder", "co-founder", "dictator", "ruler", "monarch", "sheikh", "ayatollah",
        "cardinal", "bishop", "archbishop", "counsellor", "counselor", "correspondent", "reporter", "editor",
        "journalist", "activist", "candidate", "nominee", "rapporteur", "coordinator", "strategist",
        "officer", "inspector", "ombudsman", "deputy", "sultan", "emir", "crown", "vice-chairman",
        "executive", "councillor", "councilor", "consul", "attache", "chargé", "premier", "statesman",
        "tycoon", "billionaire", "businessman", "businesswoman", "entrepreneur", "scientist", "scholar",
        "fellow", "partner", "manager", "superintendent", "commissar", "viceroy", "delegate", "mufti",
        "counterpart", "actor", "actress", "singer", "writer", "author", "artist", "footballer", "player", "coach",
        "athlete", "pilot", "soldier", "doctor", "nurse", "teacher", "banker", "dissident", "rapper", "musician",
        "filmmaker", "photographer", "blogger", "priest", "cleric", "imam", "rabbi", "monk", "hostage", "prisoner",
        "detainee", "suspect", "defendant", "plaintiff", "veteran", "refugee", "novelist", "poet", "historian",
        "commentator", "columnist", "presenter", "investor", "financier", "magnate",
        // Scientists by field: "Hydrologist Wendy Chin said".
        "hydrologist", "geologist", "epidemiologist", "virologist", "seismologist", "climatologist", "toxicologist",
        "criminologist", "sociologist", "psychologist", "biologist", "ecologist", "meteorologist", "volcanologist",
        "pathologist", "anthropologist", "archaeologist", "glaciologist", "oceanographer", "agronomist", "demographer",
        "oligarch", "warlord", "commander-in-chief", "chief-of-staff", "lieutenant-general", "major-general",
        "brigadier", "field-marshal", "diplomat", "envoy", "member", "d'affaires", "d’affaires",
        "magistrate", "coroner", "registrar", "auditor-general", "comptroller", "sheriff", "treasurer",
        // Offices that "General" follows ("Auditor General X", "Drugs Controller General X").
        "auditor", "controller", "solicitor", "surveyor", "postmaster",
        // Occupations that news copy sets before a name like a title ("Firefighter Diego Salinas").
        "firefighter", "paramedic", "surgeon", "physician", "midwife", "pharmacist", "engineer", "architect",
        "conservationist", "environmentalist", "campaigner", "epidemiologist", "virologist", "climatologist",
        "meteorologist", "seismologist", "geologist", "biologist", "ecologist", "sociologist", "psychologist",
        "criminologist", "demographer", "pollster", "consultant", "lecturer", "farmer", "fisherman", "striker",
        "defender", "goalkeeper", "midfielder", "chef", "designer", "broker", "accountant", "lifeguard",
        "mountaineer", "skipper",
        // Ordinary people quoted in a story, with the same capital opening a sentence ("Villager
        // Esther Nabintu said …"): the word is her role, not the first word of her name.
        "villager", "resident", "trader", "herder", "shopkeeper", "vendor", "survivor", "miner", "shepherd",
        "labourer", "laborer", "smallholder", "fishmonger",
    ]

    /// Heads that are also common adjectives or nouns: they make a title only before a
    /// name of two or more words ("chief Josep Borrell", not "official KCNA").
    static let weakTitleHeads: Set<String> = [
        "official", "chief", "head", "general", "expert", "executive", "deputy", "representative",
        "crown", "partner", "fellow", "justice", "speaker", "chair", "captain", "director", "editor",
        "manager", "officer", "delegate", "member",
    ]

    /// Heads that also denote any head of state or government: "the Kremlin leader" can
    /// refer to a person with the role "President".
    static let leaderHeads: Set<String> = [
        "leader", "president", "premier", "chancellor", "king", "queen", "emperor", "ruler", "monarch",
        "dictator", "sultan", "emir",
    ]

    /// Titles of address and abbreviated ranks, before a name ("Mr. Kim", "Sen. Smith").
    static let honorifics: [String: String?] = [
        "mr": nil, "mrs": nil, "ms": nil, "miss": nil, "mx": nil, "dr": "Dr.", "prof": "Professor",
        "sen": "Senator", "rep": "Representative", "gen": "General", "lt": "Lieutenant", "col": "Colonel",
        "adm": "Admiral", "gov": "Governor", "capt": "Captain", "sgt": "Sergeant", "maj": "Major",
        "pres": "President", "amb": "Ambassador", "cmdr": "Commander", "rev": "Reverend", "hon": nil,
        "brig": "Brigadier", "cpl": "Corporal", "pvt": "Private", "supt": "Superintendent", "insp": "Inspector",
        "sir": nil, "dame": nil, "lord": nil, "lady": nil, "madam": nil, "madame": nil, "monsieur": nil,
        "herr": nil, "frau": nil, "mister": nil,
    ]

    /// Lowercase words that may stand between a title's qualifier and its head:
    /// "White House national security spokesman", "foreign ministry spokeswoman".
    static let roleModifiers: Set<String> = [
        "national", "security", "foreign", "defense", "defence", "deputy", "vice", "chief", "top", "senior",
        "former", "prime", "trade", "finance", "financial", "interior", "home", "state", "affairs", "press",
        "presidential", "military", "opposition", "party", "supreme", "acting", "interim", "assistant",
        "special", "economic", "economy", "commerce", "health", "justice", "energy", "environment",
        "education", "labor", "labour", "culture", "agriculture", "transport", "industry", "intelligence",
        "police", "nuclear", "army", "navy", "air", "force", "executive", "managing", "junior", "regional",
        "provincial", "local", "federal", "central", "bank", "ministry", "communications", "information",
        "immigration", "treasury", "climate", "science", "technology", "digital", "social", "welfare",
        "housing", "tourism", "sports", "veterans", "homeland", "cabinet", "government", "policy",
        "spy", "intelligence", "diplomatic", "human", "rights", "foreign-policy", "national-security",
        "de", "facto", "outgoing", "incoming", "longtime", "long-time", "veteran", "newly", "elected",
        "appointed", "current", "then", "late", "retired", "exiled", "ousted", "jailed", "detained",
        "opposition", "ruling", "independent", "conservative", "liberal", "socialist", "communist",
        "democratic", "republican", "labor", "green", "centrist", "populist", "nationalist", "separatist",
        "rebel", "militant", "insurgent", "parliamentary", "legislative", "judicial", "constitutional",
        "election", "electoral", "campaign", "party's", "group's", "union", "trade-union", "business",
        "investment", "market", "markets", "research", "policy", "media", "news", "communication",
        "public", "relations", "international", "global", "world", "european", "asian", "western",
        "eastern", "northern", "southern", "vice-foreign", "first", "second", "deputy-prime", "prime-minister",
        // Ranks before a rank: "Major General", "Rear Admiral", "Brigadier General", "Staff Sergeant".
        "major", "rear", "brigadier", "staff", "lieutenant", "master", "petty", "flight", "wing", "squadron",
        "charge", "chargé", "board", "commission", "committee", "council",
        // "Presiding Judge Ana Morales": the judge who chairs the bench.
        "presiding",
        // "company spokeswoman Ana Berg": a business noun names the body she speaks for (BodyNounTitles.swift).
        "company", "firm", "airline", "group",
        // "its chief operating officer, Budi Santoso": the whole office.
        "operating", "commercial",
    ]

    /// Capitalised words that make a title with the head after them ("Foreign Minister",
    /// "Trade Minister", "Vice President") even when the run does not otherwise mark them.
    static let portfolioHeads: Set<String> = ["minister", "secretary", "president", "chancellor", "commissioner", "chief", "spokesman", "spokeswoman", "spokesperson"]

    // MARK: Organisations and places

    /// Head nouns of organisation names: a capitalised run that contains one names an organisation.
    static let organizationCues: Set<String> = [
        "ministry", "department", "agency", "council", "party", "house", "office", "service", "services",
        "bank", "union", "committee", "court", "parliament", "assembly", "congress", "senate", "commission",
        "organization", "organisation", "association", "institute", "institution", "foundation", "fund",
        "university", "college", "academy", "corporation", "corp", "company", "co", "inc", "ltd", "llc",
        "plc", "group", "forces", "force", "army", "navy", "guard", "guards", "command", "authority",
        "authorities", "bureau", "administration", "cabinet", "government", "treasury", "federation",
        "alliance", "front", "movement", "league", "board", "coalition", "centre", "center", "secretariat",
        "police", "airlines", "airline", "airways", "exchange", "reserve", "tribunal", "programme", "program",
        "directorate", "inspectorate", "regiment", "brigade", "battalion", "division", "corps", "fleet",
        // "the Superintendency of the Environment said": a regulator's name in Latin America.
        "superintendency", "superintendence",
        "industries", "holdings", "water", "utilities", "management", "shipping", "motors", "systems", "technologies", "partners", "capital", "energy",
        "petroleum", "oil", "gas", "electric", "telecom", "pharmaceuticals", "laboratories", "labs",
        "hospital", "church", "council", "parliament", "chamber", "cabinet", "legislature", "politburo",
        "junta", "militia", "brotherhood", "watch", "international", "network", "initiative", "project",
        "consortium", "conglomerate", "enterprises", "trust", "society", "mission", "delegation",
        "embassy", "consulate", "observatory", "monitor", "diet", "knesset", "duma", "majlis", "community",
        "organisations", "organizations", "unions", "parties", "nations", "entertainment", "electronics",
        "studios", "semiconductor", "semiconductors", "aerospace", "dynamics", "shipbuilding", "logistics",
        "solutions", "foods", "resources", "mining", "steel", "chemicals", "communications", "insurance",
        "securities", "investments", "ventures", "pharma", "biotech", "pictures", "media", "wing", "collective",
        "confederation", "syndicate",
        // "the Piran Fishermen’s Cooperative": a cooperative is a body, and closes its name.
        "cooperative", "co-operative",
        // "U.S. Customs and Border Protection", "Immigration and Customs Enforcement".
        "protection", "enforcement",
        // "Ak-Tash Energo": a power firm named in its own language.
        "energo",
    ]

    /// Lowercase words for the parties and blocs a politician belongs to ("of the Creemos alliance").
    static let partyWords: Set<String> = ["party", "alliance", "coalition", "movement", "bloc", "front", "union", "faction", "caucus"]

    /// Government cues: "the Federal Government", "the Chinese government" name a country.
    static let governmentWords: Set<String> = ["government", "administration", "cabinet", "authorities", "regime"]
    static let governmentAdjectives: Set<String> = ["federal", "national", "central", "state", "coalition", "interim", "military", "new", "current"]

    /// Last words of site names.
    static let siteCues: Set<String> = [
        "airport", "airbase", "base", "port", "harbor", "harbour", "station", "bridge", "square", "palace",
        "stadium", "dam", "plant", "depot", "camp", "prison", "terminal", "facility", "complex", "airfield",
        "shipyard", "dockyard", "refinery", "mine", "reactor", "checkpoint", "crossing", "tower", "building",
        "hall", "castle", "cathedral", "mosque", "temple", "monastery", "museum", "park", "compound", "range",
        "field", "arsenal", "barracks", "garrison", "naval", "cemetery", "memorial", "zone",
    ]

    /// Last (or, with "of", first) words of region names.
    static let regionCues: Set<String> = [
        "sea", "ocean", "strait", "straits", "gulf", "peninsula", "island", "islands", "province", "region",
        "bay", "river", "lake", "mountains", "mountain", "valley", "desert", "canal", "oblast", "prefecture",
        "county", "district", "territory", "territories", "coast", "basin", "plateau", "archipelago",
        "channel", "krai", "governorate", "highlands", "heights", "strip", "corridor", "delta", "isthmus",
        "steppe", "forest", "border", "borderlands", "frontier", "state", "states", "republic", "emirate",
        "canton", "municipality", "raion", "voivodeship", "sound", "reef", "atoll", "cape", "hills",
    ]

    /// Region cues that also head organisation or country names; they make a region only
    /// when the rest of the name is a place ("Shan State" yes, "Islamic State" no).
    static let weakRegionCues: Set<String> = ["state", "states", "republic", "emirate", "border", "sound", "range", "field", "zone", "cape"]

    /// Continents and large regions news text names without a cue word.
    static let regions: Set<String> = [
        "Europe", "Asia", "Africa", "Antarctica", "Oceania", "North America", "South America", "Latin America",
        "Central America", "Middle East", "Near East", "Far East", "Central Asia", "Southeast Asia",
        "South Asia", "East Asia", "West Africa", "East Africa", "North Africa", "Southern Africa",
        "Central Africa", "Sub-Saharan Africa", "Eastern Europe", "Western Europe", "Central Europe",
        "Northern Europe", "Southern Europe", "Balkans", "Baltics", "Caucasus", "Scandinavia", "Arctic",
        "Antarctic", "Indo-Pacific", "Asia-Pacific", "Pacific", "Atlantic", "Mediterranean", "Caribbean",
        "Sahel", "Horn of Africa", "Persian Gulf", "West Bank", "Gaza Strip", "Gaza", "Siberia", "Patagonia",
        "Eurasia", "Levant", "Maghreb", "Himalayas", "Amazon",
    ]

    /// Ship prefixes and the country whose navy uses them (ISO 3166-1 alpha-2).
    static let vesselPrefixes: [String: String] = [
        "USS": "US", "USNS": "US", "USCGC": "US", "HMS": "GB", "HMAS": "AU", "HMCS": "CA", "HMNZS": "NZ",
        "INS": "IN", "ROKS": "KR", "JS": "JP", "KRI": "ID", "BRP": "PH", "TCG": "TR", "FGS": "DE",
        "HNLMS": "NL", "HDMS": "DK", "HSwMS": "SE", "ITS": "IT", "ESPS": "ES", "NRP": "PT", "RFS": "RU",
    ]

    /// Prefixes of merchant and research ships, which say nothing of a flag ("MV", motor vessel;
    /// "MT", motor tanker).
    static let merchantVesselPrefixes: Set<String> = ["MV", "M/V", "MT", "M/T", "RV", "FV"]

    /// Words before a ship's name ("aircraft carrier USS Ronald Reagan", "tanker Eagle S").
    static let vesselWords: Set<String> = [
        "carrier", "destroyer", "frigate", "submarine", "warship", "ship", "vessel", "tanker", "cruiser",
        "corvette", "icebreaker", "freighter", "yacht", "ferry", "boat", "trawler", "liner", "flagship",
        "battleship", "amphibious", "sub", "cutter", "dhow",
    ]

    // MARK: Media

    /// Lowercase words after a name that make it an outlet ("Yonhap news agency").
    static let mediaAfter: [[String]] = [
        ["news", "agency"], ["news", "agencies"], ["newswire"], ["newspaper"], ["daily"], ["broadcaster"], ["tv"],
        ["television"], ["radio"], ["news", "service"], ["wire", "service"], ["magazine"], ["news", "outlet"],
        ["outlet"], ["news", "site"], ["news", "website"], ["website"], ["tabloid"], ["channel"], ["weekly"],
        ["news", "network"], ["state", "media"], ["media"], ["agency"], ["news"], ["journal"],
    ]

    /// Lowercase words before a name that make it an outlet ("state media KCNA").
    static let mediaBefore: Set<String> = [
        "media", "newspaper", "broadcaster", "daily", "agency", "tabloid", "magazine", "outlet", "channel",
        "newswire", "weekly", "website", "tv", "television", "radio", "wire",
        // "the shipping publication Lloyd's List", "the medical journal The Lancet", "the news portal X".
        "publication", "journal", "newsletter", "portal",
        // "the French broadcasters RFI and France 24": the plural before the first of several.
        "broadcasters", "newspapers", "channels", "outlets", "dailies", "magazines", "websites",
    ]

    /// Last words of outlet names ("The New York Times", "Sky News").
    static let mediaNameCues: Set<String> = [
        "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "chronicle",
        "observer", "economist", "daily", "mail", "express", "news", "broadcasting", "television", "tv",
        "radio", "press", "newswire", "wire", "inquirer", "courier", "dispatch", "bulletin",
        "review", "today", "insider", "politico",
    ]

    /// Outlets that news text names without a cue word. Each is a news agency or
    /// broadcaster whose name alone is common in attributions.
    static let mediaNames: Set<String> = [
        "Reuters", "AFP", "Agence France-Presse", "AP", "Associated Press", "Bloomberg", "Xinhua", "TASS",
        "Interfax", "RIA", "RIA Novosti", "Kyodo", "Yonhap", "KCNA", "CNN", "BBC", "NHK", "CCTV", "CGTN",
        "Al Jazeera", "Anadolu", "dpa", "DPA", "EFE", "ANSA", "PTI", "ANI", "Sputnik", "Ukrinform", "IRNA",
        "Fars", "Tasnim", "WAFA", "SPA", "WAM", "Bernama", "Antara", "Jiji", "Asahi", "Yomiuri", "Nikkei",
        "ABC", "CBS", "NBC", "Fox News", "Sky News", "Axios", "Politico", "Euronews", "Deutsche Welle", "DW",
    ]

    // MARK: Known institutions

    /// Institutions that news text names without a cue word, with their country.
    static let institutions: [String: String] = [
        "Kremlin": "RU", "White House": "US", "Pentagon": "US", "State Department": "US",
        "Downing Street": "GB", "Whitehall": "GB", "Elysee": "FR", "Élysée": "FR", "Elysee Palace": "FR",
        "Élysée Palace": "FR", "Blue House": "KR", "Zhongnanhai": "CN", "Knesset": "IL", "Duma": "RU",
        "State Duma": "RU", "Bundestag": "DE", "Bundeswehr": "DE", "Bundesrat": "DE", "Quai d'Orsay": "FR",
        "Kantei": "JP", "Lok Sabha": "IN", "Rajya Sabha": "IN", "Verkhovna Rada": "UA", "Rada": "UA",
        "Storting": "NO", "Riksdag": "SE", "Sejm": "PL", "Oireachtas": "IE", "Dail": "IE",
        "Capitol Hill": "US", "Congress": "US", "Federal Reserve": "US", "Fed": "US",
        "Mossad": "IL", "Shin Bet": "IL",
    ]

    /// Cities that news text uses for an international body seated there rather than for the
    /// host country ("Brussels imposed duties" is the European Union, not Belgium), with the
    /// bodies in order of preference; used only when the text names one of them.
    static let seatsOfInternationalBodies: [String: [String]] = [
        "Brussels": ["European Union", "EU", "European Commission"],
    ]

    /// International organisations named by acronym or short name alone.
    static let internationalOrganizations: Set<String> = [
        "UN", "U.N.", "United Nations", "EU", "E.U.", "European Union", "NATO", "Nato", "WTO", "WHO", "IMF",
        "IAEA", "OPEC", "OPEC+", "ASEAN", "Asean", "G7", "G-7", "G20", "G-20", "BRICS", "SCO", "APEC", "OECD",
        "OSCE", "ICC", "ICJ", "UNESCO", "UNICEF", "UNHCR", "UNRWA", "Interpol", "Europol", "World Bank",
        "African Union", "Arab League", "Quad", "AUKUS", "Frontex", "Red Cross", "ICRC", "Amnesty International",
        "Human Rights Watch", "Greenpeace", "Médecins Sans Frontières", "MSF", "Gulf Cooperation Council", "GCC",
        "Commonwealth", "Mercosur", "ECOWAS", "OAS", "IEA", "WFP", "FAO", "UNDP", "UNCTAD", "ILO", "WMO", "IOC",
        "FIFA", "UEFA",
    ]

    // MARK: Context words

    /// Verbs of saying after (or before) a speaker.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes",
        "tweeted", "posted", "declared", "declares", "announced", "announces", "insisted", "insists",
        "warned", "warns", "claimed", "claims", "argued", "argues", "noted", "notes", "explained",
        "explains", "confirmed", "confirms", "denied", "denies", "stressed", "stresses", "urged", "urges",
        "asked", "asks", "replied", "replies", "responded", "responds", "reported", "reports", "commented",
        "acknowledged", "acknowledges", "admitted", "admits", "predicted", "suggested", "suggests", "vowed",
        "vows", "pledged", "pledges", "promised", "cautioned", "complained", "accused", "accuses",
        "described", "describes", "called", "calls", "quoted", "recalled", "observed", "remarked", "emphasised",
        "emphasized", "underlined", "alleged", "alleges", "countered", "conceded", "concluded", "estimated",
        "told", "wrote", "posted", "announced", "testified", "briefed", "disclosed", "revealed", "rejected",
        "rejects", "dismissed", "dismisses", "condemned", "condemns", "criticised", "criticized", "welcomed",
        "welcomes", "hailed", "hails", "praised", "praises", "blamed", "blames", "demanded", "demands",
    ]

    /// Auxiliaries and common finite verbs that show a preceding name is a subject.
    static let finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "must", "shall", "should", "does", "do", "did", "wants", "plans", "seeks", "faces", "remains",
        "continues", "considers", "hopes", "expects", "believes", "supports", "opposes", "imposes",
        "threatens", "holds", "takes", "makes", "gives", "keeps", "sends", "buys", "sells", "exports",
        "imports", "produces", "needs", "agrees", "refuses", "aims", "tries", "presents", "sees", "signs",
        "fears", "launches", "attacks", "bans", "announces", "meets", "visits", "hosts", "leads", "joins",
        "provides", "offers", "backs", "helps", "uses", "wins", "loses", "gets", "puts", "sets", "runs",
        "shows", "stands", "moves", "lies", "intends", "hopes", "owns", "controls", "dominates", "accounts",
        "maintains", "insists", "argues", "vows", "accuses", "pledges", "rejects", "slams", "blasts",
        "sanctions", "targets", "wants", "considers", "appears", "seems", "became", "becomes", "began",
        "begins", "went", "goes", "came", "comes", "took", "made", "gave", "sent", "sought", "held", "met",
        "led", "won", "lost", "left", "kept", "put", "set", "ran", "saw", "brought", "bought", "sold",
        "struck", "fought", "built", "spent", "paid", "told", "said", "says", "got", "found", "drew", "flew",
        "shot", "hit", "cut", "let", "stood", "knew", "thought", "felt", "chose", "froze", "broke", "spoke",
        "swore", "wrote", "rose", "fell", "grew", "threw", "drove", "sank", "hid", "bore", "beat", "bid",
        "quit", "shut", "split", "spread", "withdrew", "undertook", "overtook", "forbade",
        // "Uganda's fisheries authority cast doubt on that estimate": a body that acts.
        "cast",
    ]

    /// Words that make a preceding name a subject even when the verb is farther away.
    static let subjectSkips: Set<String> = [
        "also", "now", "already", "still", "again", "then", "too", "not", "never", "reportedly", "previously",
        "recently", "separately", "repeatedly", "later", "earlier", "once", "ultimately", "finally", "thus",
        "jointly", "officially", "publicly", "formally", "effectively", "initially", "subsequently", "allegedly",
        "apparently", "immediately", "quickly", "has", "have", "had", "in", "turn",
    ]

    /// Prepositions that make a country or city a location.
    static let locativePrepositions: Set<String> = [
        "in", "to", "from", "into", "at", "across", "inside", "outside", "near", "toward", "towards",
        "through", "throughout", "within", "around", "via", "onto", "beyond", "aboard", "out",
    ]

    /// Verbs whose object is a place ("visited Russia").
    static let travelVerbs: Set<String> = [
        "visit", "visits", "visited", "visiting", "toured", "tour", "touring", "entered", "enter", "entering",
        "left", "leaving", "leave", "reached", "reaching", "fled", "flee", "fleeing", "landed", "crossed",
        "returned", "arrived", "departed", "flew", "traveled", "travelled", "travel", "trip", "tour",
    ]

    /// Nouns after "from" that make the following country an actor ("anger from Pyongyang").
    static let responseNouns: Set<String> = [
        "anger", "criticism", "condemnation", "response", "reaction", "protest", "protests", "pressure",
        "support", "warning", "warnings", "threat", "threats", "demand", "demands", "opposition", "backlash",
        "retaliation", "objection", "objections", "complaint", "complaints", "approval", "aid", "help",
        "assistance", "request", "requests", "invitation", "offer", "rebuke", "concern", "concerns", "outrage",
        "statement", "comment", "comments", "reply", "message", "orders", "order", "envoy", "envoys",
        "delegation", "officials", "diplomats", "ministers", "leaders", "forces", "troops", "hackers", "funding",
    ]

    /// Words before "of" that make the following place a location ("south of Seoul").
    static let locativeOfNouns: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts",
        "suburbs", "suburb", "centre", "center", "heart", "city", "capital", "streets", "region", "province",
        "part", "parts", "edge", "coast", "port", "town", "village", "area", "areas", "territory", "side",
        "shores", "waters", "skies", "airspace", "soil", "interior", "north-east", "north-west", "south-east",
        "south-west", "northern", "southern", "eastern", "western", "residents", "people", "citizens", "mayor",
        "invasion", "occupation", "annexation", "siege", "bombing", "shelling", "liberation", "map",
    ]

    /// Nouns after a possessive that make it a location ("Russia's border").
    static let placeNouns: Set<String> = [
        "border", "borders", "territory", "territories", "coast", "coastline", "soil", "capital", "airspace",
        "waters", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "region", "regions", "city", "cities", "port", "ports", "frontier", "interior", "mainland", "islands",
        "provinces", "province", "countryside", "skies", "shores", "streets", "outskirts", "heartland",
        "borderlands", "largest", "biggest", "second-largest", "capital's", "regions",
    ]

    /// Nouns after a country name that show the country acting ("U.S. sanctions").
    static let agentiveNouns: Set<String> = [
        "sanctions", "tariffs", "tariff", "officials", "official", "forces", "troops", "military", "government",
        "president", "army", "navy", "embassy", "envoy", "ambassador", "authorities", "bomber", "bombers",
        "jets", "warships", "intelligence", "administration", "diplomats", "delegation", "leader", "leaders",
        "lawmakers", "regulators", "prosecutors", "police", "minister", "ministers", "spokesman", "spokeswoman",
        "spokesperson", "state", "ban", "embargo", "demands", "strikes", "airstrikes", "missiles", "drones",
        "soldiers", "coast", "negotiators", "diplomat", "counterpart", "side", "pressure", "aid", "support",
        "policy", "claims", "accusations", "officials'", "warplanes", "aircraft", "submarines", "carrier",
        "deployment", "restrictions", "measures", "countermeasures", "retaliation", "threats", "allies",
        "team", "investigators", "agents", "spies", "hackers", "navy's",
    ]

    /// Words that introduce a list whose members are only listed ("includes Japan").
    static let listingWords: Set<String> = ["including", "include", "includes", "included", "like", "unlike", "except", "excluding", "plus"]

    /// Lowercase nouns before a name that make it an organisation ("analysts Beyond Parallel").
    static let organizationDescriptors: Set<String> = [
        "analysts", "think-tank", "tank", "group", "organisation", "organization", "firm", "company",
        "exporter", "importer", "handler", "producer", "maker", "manufacturer", "giant", "startup",
        "start-up", "militia", "movement", "ngo", "charity", "monitor", "consultancy", "lender", "insurer",
        "airline", "bank", "operator", "supplier", "retailer", "conglomerate", "miner", "developer",
        "contractor", "watchdog", "regulator", "party", "faction", "coalition", "alliance", "network",
        "institute", "foundation", "platform", "outfit", "consortium", "club", "union", "federation",
        "association", "agency", "body", "authority", "researchers", "trader", "traders", "shipper",
        "broker", "fund", "investor", "automaker", "carmaker", "chipmaker", "drugmaker", "telecoms",
        "subsidiary", "unit", "affiliate", "brand", "portal", "website", "app", "collective", "campaigners",
        "campaign", "initiative", "project", "unit", "team", "cooperative", "co-operative",
        // "the tracking service Vessel Finder", "the messaging service Signal".
        "service",
    ]

    /// Descriptions ("the group") that refer to a recent organisation that is not a government body.
    static let groupDescriptions: Set<String> = [
        "group", "organisation", "organization", "company", "firm", "think", "tank", "think-tank",
        "institute", "body", "watchdog", "agency", "monitor", "exporter", "handler", "producer", "maker",
        "manufacturer", "lender", "bank", "operator", "supplier", "charity", "ngo", "network", "alliance",
        "coalition", "movement", "militia", "outfit", "consortium", "party", "union", "association", "project",
        "foundation", "researchers", "analysts", "campaign", "initiative", "platform", "federation",
    ]

    /// Particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen").
    static let nameParticles: Set<String> = [
        "bin", "bint", "ibn", "abu", "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von",
        "la", "le", "du", "dos", "das", "do", "y", "ter", "ten", "zu", "st", "ben", "mac", "af", "av",
        // Mauritanian and Sahelian patronymics ("Sidi Ould Bah", "Ahmed Ag Ibrahim").
        "ould", "ag",
    ]

    /// Words after which "of" continues a capitalised name ("Ministry of Commerce").
    static let ofJoiners: Set<String> = [
        // "Chief of Staff Anna Berg", "Director of National Intelligence": titles with their portfolio.
        "chief", "director",
        "republic", "kingdom", "secretary", "minister", "bank", "university", "church", "emirate", "emirates",
        "commonwealth", "state", "states", "sultanate", "principality", "duchy", "federation", "department",
        "ministry", "collective", "office", "council", "court", "organization", "organisation", "chamber", "college",
        "institute", "academy", "museum", "bureau", "agency", "commission", "committee", "league",
        "association", "board", "house", "assembly", "party", "army", "corps", "chiefs", "union", "people's",
        "gulf", "sea", "strait", "straits", "bay", "isle", "isles", "island", "islands", "province", "cape",
        "lake", "horn", "cathedral", "palace", "centre", "center", "school", "society", "fund", "services",
        "service", "authority", "federation", "movement", "alliance", "coalition", "front", "guardians",
        "guard", "forces", "force", "government", "administration", "group", "conference", "summit",
        "treaty", "convention", "declaration", "charter", "city", "port", "bureau", "directorate", "community",
        "nations", "organizations", "organisations",
        // "National Confederation of Agriculture", "Congress of South African Trade Unions".
        "confederation", "congress", "network", "forum", "foundation", "syndicate", "tribunal", "guild",
        "observatory", "secretariat", "inspectorate", "superintendency", "superintendence",
    ]

    /// Plural nouns that open sentences in capitals ("Officials said") and are no names.
    static let commonOpeners: Set<String> = [
        "officials", "analysts", "experts", "critics", "residents", "witnesses", "authorities", "police",
        "investigators", "sources", "diplomats", "observers", "protesters", "protestors", "lawmakers", "rescuers",
        "doctors", "troops", "soldiers", "militants", "rebels", "economists", "prosecutors", "scientists",
        "researchers", "people", "others", "citizens", "voters", "supporters", "opponents", "activists", "locals",
        "workers", "farmers", "officers", "leaders", "ministers", "negotiators", "traders", "investors", "markets",
        "shares", "prices", "sales", "exports", "imports", "talks", "tensions", "relations", "sanctions", "tariffs",
        "reports", "images", "data", "figures", "documents", "videos", "photos", "survivors", "families",
        "students", "teachers", "journalists", "reporters", "organisers", "organizers", "campaigners", "members",
        "delegates", "participants", "allies", "partners", "neighbours", "neighbors", "governments", "countries",
        "states", "nations", "companies", "firms", "banks", "groups", "forces", "weapons", "shipments",
    ]

    /// Capitalised words that make a name something other than a person ("Cold War",
    /// "Olympic Games", "Special Military Operation").
    static let nonPersonWords: Set<String> = [
        "war", "games", "day", "year", "cup", "act", "bill", "treaty", "agreement", "accord", "operation", "plan", "staff",
        "summit", "forum", "conference", "festival", "olympics", "olympic", "championship", "prize", "award",
        "initiative", "project", "programme", "program", "road", "street", "avenue", "era", "age", "revolution",
        "crisis", "doctrine", "declaration", "convention", "charter", "protocol", "pact", "deal", "zone", "line",
        "corridor", "route", "belt", "law", "constitution", "code", "report", "index", "fund", "exercise", "exercises",
        "drills", "mission", "games", "league", "series", "show", "awards", "week", "month", "weekend", "eve",
        "strategy", "policy", "framework", "talks", "dialogue", "process", "format", "council", "reform", "reforms",
        "budget", "election", "elections", "referendum", "vote", "poll", "census", "airlines", "express", "times",
        "post", "news", "daily", "online", "media", "network", "company", "group", "bank", "holdings", "capital",
        "partners", "university", "college", "school", "hospital", "church", "mosque", "temple", "museum",
        "centre", "center", "institute", "foundation", "trust", "society", "association", "union", "party",
        "movement", "front", "army", "force", "forces", "navy", "guard", "brigade", "battalion", "regiment",
        "fleet", "corps", "command", "police", "service", "agency", "office", "ministry", "department", "court",
        "committee", "commission", "authority", "board", "bureau", "government", "administration", "state",
        "states", "republic", "kingdom", "empire", "federation", "islands", "island", "sea", "ocean", "river",
        "mountains", "valley", "peninsula", "gulf", "bay", "coast", "desert", "strait", "canal", "lake",
        // "Reporters Without Borders", "Doctors Without Borders": a preposition in capitals.
        "without", "against", "beyond", "borders",
        // "told FrontPage Africa": a continent names no person.
        "africa", "europe", "asia", "eurasia", "oceania", "americas", "arabia", "caribbean", "balkans",
    ]

    /// Capitalised words that stand alone as common words in headlines or after quotes and
    /// are not names by themselves.
    static let nonNameCapitals: Set<String> = Set<String>([
        "I", "OK", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Yes", "Western", "Eastern", "Northern", "Southern",
        "Soviet", "Islamic", "Muslim", "Christian", "Jewish", "Arab", "Catholic", "Orthodox", "Communist",
        "Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives", "Labour",
        "Liberal", "Liberals", "Socialist", "Socialists", "Allied", "Allies", "Coalition", "Cold", "War",
        "World", "Internet", "English", "French", "Covid", "COVID", "COVID-19", "Covid-19", "GDP", "CEO",
        "AI", "PM", "MP", "MPs", "TV", "BC", "AD", "GMT", "UTC", "EST", "EDT", "PST", "AM", "PM", "NGO",
        "NGOs", "Parliament", "Government", "President", "Minister", "Prime", "Senator", "Premier",
    ]).union(personDemonyms)

    /// Nouns for one person of a nation ("the Briton", "the Spaniard"): wire copy calls someone
    /// named before by them, as it does by "the 62-year-old"; they are no names of their own.
    static let personDemonyms: Set<String> = [
        "Briton", "Englishman", "Englishwoman", "Scotsman", "Scotswoman", "Welshman", "Welshwoman", "Irishman",
        "Irishwoman", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Spaniard",
    ]
}
