/// What kind of happening a trigger word names. Mentions of one event share a class
/// ("visit", "trip", "arrived", "landed" are all `.travel`), which is how later mentions
/// are folded into the first.
enum EventClass: String, Hashable, Sendable {
    /// `.election` is the vote; `.outcome` what follows it (results, victory, concession,
    /// swearing-in), so that "Saturday's election" is not folded into "declared the winner".
    /// `.contest` is a sporting or cultural fixture ("the world championships in September").
    /// `.act` is a dated past act whose verb is not in the lexicon ("greeted the decision on Monday").
    case travel, meeting, transfer, attack, measure, legal, release, election, outcome, test, agreement, diplomacy, protest, disaster, contest, act
}

/// One trigger word form.
struct TriggerEntry: Hashable, Sendable {
    enum PartOfSpeech: Hashable, Sendable { case verb, noun }

    var lemma: String
    var eventClass: EventClass
    var partOfSpeech: PartOfSpeech
    /// The form is also an ordinary noun or verb ("visits", "strike"): decided by context.
    var isAmbiguous: Bool = false
    /// A word that must follow within the clause ("released … images", "passed … law").
    var objects: Set<String>? = nil
    /// A word that must appear in the clause ("accused … in parliament").
    var context: Set<String>? = nil
    /// A noun that counts only with a verb that makes it happen ("held a news conference").
    var needsLightVerb = false
    /// A particle that must follow the verb at once ("took over", "set up").
    var particle: String? = nil
}

/// Verbs and nominalisations of things that happen, with their inflections.
enum EventLexicon {
    static let releasedThings: Set<String> = [
        "report", "reports", "images", "image", "photos", "photographs", "pictures", "video", "videos", "footage",
        "data", "intelligence", "statement", "findings", "results", "list", "document", "documents", "transcript",
        "prisoners", "prisoner", "hostages", "hostage", "detainees", "figures", "details", "evidence", "recording",
        "recordings", "audio", "map", "maps", "graphic", "assessment", "analysis", "study", "article", "investigation",
        "letter", "paper", "survey", "dossier", "names", "emails", "records", "tape", "tapes", "forecast", "forecasts", "account", "projections", "estimates", "outlook",
        "plans", "plan", "proposals", "guidance", "rules", "regulations", "figures", "bail",
    ]
    private static let lawThings: Set<String> = [
        "law", "laws", "bill", "bills", "resolution", "resolutions", "legislation", "motion", "budget", "amendment",
        "amendments", "measure", "measures", "act", "constitution", "declaration", "decree", "plan", "strategy", "statement",
    ]
    private static let electionThings: Set<String> = [
        "election", "elections", "vote", "votes", "seat", "seats", "majority", "presidency", "race", "contest", "poll",
        "polls", "referendum", "runoff", "run-off", "term", "primary", "nomination", "re-election", "reelection", "ballot",
        "mandate", "premiership", "leadership", "landslide", "round", "victory", "reelection",
    ]
    private static let liftedThings: Set<String> = ["sanctions", "ban", "bans", "embargo", "restrictions", "tariffs", "tariff", "curbs", "measures", "blockade", "suspension", "duties", "controls"]
    private static let filedThings: Set<String> = ["complaint", "complaints", "case", "lawsuit", "suit", "appeal", "challenge", "request", "claim", "charges", "protest", "motion", "petition", "dispute"]
    private static let agreedThings: Set<String> = ["agreement", "deal", "accord", "consensus", "compromise", "settlement", "truce", "ceasefire", "cease-fire", "understanding", "pact", "treaty"]
    private static let firedThings: Set<String> = ["missile", "missiles", "rocket", "rockets", "shells", "shots", "artillery", "drones", "drone", "torpedo", "torpedoes", "salvo", "barrage", "projectiles", "warning", "cannon", "cannons", "gas", "flares", "bullets", "rounds", "grenades", "mortars", "mortar", "weapons", "fire"]
    private static let envoyThings: Set<String> = ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "commissioner", "staff", "embassy"]
    private static let declaredThings: Set<String> = ["emergency", "war", "victory", "independence", "law", "ceasefire", "truce", "state", "curfew", "winner", "president", "himself", "herself", "itself", "elected"]
    private static let accusedContexts: Set<String> = ["parliament", "court", "tribunal", "assembly", "congress", "senate", "council", "commons", "formally", "publicly", "legislature"]

    /// Verb specs: "base", "base+" (doubles its last consonant), "base:irregular,forms".
    private static let verbs: [(EventClass, [String])] = [
        (.travel, ["visit", "travel+", "tour", "arrive", "fly:flew,flown", "land", "dock", "depart", "sail", "journey", "transit",
                   "patrol+", "dispatch", "deploy", "redeploy", "escort", "intercept"]),
        (.meeting, ["meet:met", "negotiate", "host", "gather", "debate"]),
        (.transfer, ["ship+", "deliver", "send:sent", "transfer+", "supply", "smuggle", "airlift"]),
        (.attack, ["attack", "strike:struck,stricken", "bomb", "shell", "invade", "kill", "assassinate", "murder", "shoot:shot",
                   "raid", "seize", "capture", "hack", "ambush", "storm", "launch", "torpedo", "clash", "collide", "ram+"]),
        (.measure, ["sanction", "impose", "slap+", "ban+", "embargo", "expel+", "suspend", "blacklist", "halt", "boycott", "reimpose", "block", "fine"]),
        (.legal, ["arrest", "detain", "jail", "imprison", "sentence", "convict", "indict", "sue", "prosecute", "extradite", "deport", "summon", "convene",
                  "acquit+", "pardon", "inspect", "annul+", "overturn", "uphold:upheld"]),
        (.release, ["unveil", "declassify", "leak"]),
        (.election, ["elect", "re-elect", "reelect", "vote"]),
        (.outcome, ["defeat", "inaugurate", "resign", "appoint", "nominate", "concede", "oust", "topple", "overthrow:overthrew,overthrown"]),
        (.test, ["test", "test-fire", "test-launch"]),
        (.agreement, ["sign", "ratify", "approve", "enshrine", "amend", "veto"]),
        (.diplomacy, ["sever", "withdraw:withdrew,withdrawn", "evacuate"]),
        (.disaster, ["crash", "explode", "sink:sank,sunk", "collapse"]),
    ]
    /// Verbs that count only with a particular object or context.
    private static let conditionalVerbs: [(EventClass, String, Set<String>?, Set<String>?)] = [
        (.release, "release", releasedThings, nil),
        (.release, "publish", releasedThings, nil),
        (.agreement, "pass", lawThings, nil),
        (.agreement, "adopt", lawThings, nil),
        (.agreement, "reach", agreedThings, nil),
        (.agreement, "seal", agreedThings, nil),
        (.outcome, "win:won", electionThings, nil),
        (.outcome, "swear:swore,sworn", ["in"], nil),
        (.measure, "lift", liftedThings, nil),
        (.measure, "freeze:froze,frozen", ["assets", "accounts", "funds", "talks", "ties", "cooperation", "relations"], nil),
        (.legal, "file", filedThings, nil),
        (.legal, "lodge", filedThings, nil),
        (.legal, "charge", ["with"], nil),
        (.legal, "accuse", nil, accusedContexts),
        (.attack, "fire", firedThings, nil),
        (.diplomacy, "recall", envoyThings, nil),
        (.outcome, "declare", declaredThings, nil),
        (.diplomacy, "cut", ["ties", "relations", "rate", "rates", "taxes", "dividends", "dividend", "jobs", "output", "production", "off"], nil),
        (.diplomacy, "order", ["out", "leave", "expelled", "expulsion", "withdrawal"], nil),
        // "ordered reinforcements to the region", "ordered the detention of the ship": an order
        // whose object is itself an act.
        (.measure, "order", ["reinforcements", "troops", "evacuation", "evacuations", "detention", "arrest", "arrests", "closure",
                             "suspension", "investigation", "inquiry", "probe", "audit", "recount", "retrial", "deployment", "seizure"], nil),
        (.legal, "plead", ["guilty", "innocent"], nil),
        (.diplomacy, "apply", ["join", "membership", "accession"], nil),
        (.legal, "submit", ["evidence", "application", "request", "complaint", "bid", "dossier", "case", "appeal"], nil),
        (.legal, "request", ["consultations", "talks", "panel", "hearing", "extradition", "arbitration", "review", "inquiry", "investigation", "ruling", "session"], nil),
        (.legal, "ask", ["panel", "tribunal", "court", "arbitration", "arbitrator"], nil),
        (.attack, "drop+", ["bombs", "bomb", "munitions", "explosives", "shells", "leaflets"], nil),
        (.attack, "disperse", ["march", "marches", "protest", "protests", "protesters", "crowd", "crowds", "rally", "demonstration", "demonstrators", "marchers"], nil),
        (.measure, "promise", ["response", "retaliation", "countermeasures", "reprisals"], nil),
        (.measure, "waive", ["bonus", "bonuses", "fees", "fee", "immunity", "debt", "debts", "requirement", "requirements", "visas", "visa"], nil),
        (.measure, "shut:shut", ["down"], nil),
        (.travel, "enter", ["waters", "airspace", "territory", "zone", "port", "strait", "harbour", "harbor", "country", "capital", "city", "town",
                            "network", "networks", "compound", "embassy", "building"], nil),
        (.travel, "cross", ["border", "line", "strait", "frontier", "boundary", "river", "channel"], nil),
        (.test, "scramble", ["jets", "fighters", "aircraft", "planes", "warplanes"], nil),
        // Policy and operations: a verb of change counts with the thing it changes.
        (.measure, "raise", policyLevels, nil),
        (.measure, "lower", policyLevels, nil),
        (.measure, "hike", policyLevels, nil),
        (.measure, "cap+", ["prices", "price", "margins", "rents", "fees", "rates", "imports", "exports", "production", "output", "salaries", "bonuses"], nil),
        (.measure, "cancel+", ["services", "flights", "trains", "visit", "trip", "talks", "meeting", "summit", "contract", "contracts", "licence", "license",
                               "licences", "licenses", "visas", "event", "events", "election", "elections"], nil),
        (.measure, "restore", ["service", "services", "power", "electricity", "ties", "relations", "order", "access", "supplies", "flights", "internet"], nil),
        (.measure, "reopen", ["border", "borders", "crossings", "crossing", "embassy", "consulate", "schools", "airport", "port", "route", "routes", "talks", "investigation", "case"], nil),
        (.measure, "install", ["cameras", "camera", "equipment", "systems", "system", "missiles", "radar", "radars", "sensors", "fence", "barrier", "barriers", "devices", "spyware", "malware"], nil),
        (.attack, "plant", ["software", "malware", "spyware", "bomb", "bombs", "explosives", "mines", "device", "devices"], nil),
        (.transfer, "pledge", ["$", "€", "£", "aid", "funds", "funding", "million", "billion", "loans", "loan", "troops", "weapons"], nil),
        (.diplomacy, "leave:left", ["bloc", "alliance", "union", "organisation", "organization", "coalition", "federation", "commonwealth", "unchanged"], nil),
        (.diplomacy, "move", ["residents", "villagers", "civilians", "families", "embassy", "headquarters"], nil),
        (.travel, "return", ["home", "homes"], nil),
        (.legal, "confirm", ["result", "results", "finding", "findings"], nil),
        (.attack, "open", ["fire"], nil),
        // "are due to discuss Georgia on Feb. 23": a discussion on the calendar, not the purpose
        // of another act ("met to discuss").
        (.meeting, "discuss", nil, ["due", "scheduled", "slated", "set", "will"]),
        (.measure, "close", ["school", "schools", "border", "borders", "embassy", "consulate", "airport", "airports", "crossing", "crossings",
                             "port", "ports", "airspace", "road", "roads", "market", "markets", "mine", "mines", "plant", "plants", "factory",
                             "factories", "office", "offices", "universities", "bridge", "bridges", "route", "routes", "account", "accounts"], nil),
        (.legal, "hear:heard", ["arguments", "case", "appeal", "appeals", "petition", "challenge", "testimony", "evidence", "witnesses", "objections"], nil),
        (.legal, "appeal", ["ruling", "decision", "verdict", "sentence", "conviction", "judgment", "judgement", "against", "award"], nil),
        // "added the firm to its sanctions list": an act, where "added" alone is a verb of saying.
        (.measure, "add", ["list", "lists", "blacklist", "register", "registry"], nil),
        // "had asked donors for $15 million", "asked Telegram for data on the channels": a formal
        // request for a named thing ("asked for comment" and "asked not to be named" are not).
        (.legal, "ask", requestedThings, nil),
        // "the government had offered a 9% rise", "has offered 250,000 pesos to each family".
        (.transfer, "offer", offeredThings, nil),
        // "joined the EU in 2004", "had joined the case as an aggrieved party": joining a body or
        // a case ("joined a march" is the march's light verb).
        (.diplomacy, "join", ["eu", "nato", "bloc", "alliance", "coalition", "wto", "case", "lawsuit", "federation", "commonwealth", "asean", "opec", "brics"], nil),
        // Helper ev, from misses across the development sets: "heavy rains flooded large parts of
        // the city", "a power cable … was damaged", "controllers lost contact with the satellite",
        // "agreed in September to testify for the prosecution".
        (.disaster, "flood", nil, ["rain", "rains", "rainfall", "downpours", "storm", "storms", "monsoon", "cyclone", "typhoon", "hurricane", "floodwaters"]),
        (.disaster, "damage", ["cable", "cables", "pipeline", "pipelines", "interconnector"], nil),
        (.disaster, "lose:lost", ["contact", "connection"], nil),
        (.legal, "agree", ["testify", "cooperate"], nil),
        // "airlines challenged it in court", "would challenge the listing at the General Court".
        (.legal, "challenge", ["court", "courts", "tribunal"], nil),
        (.measure, "revoke", ["permit", "permits", "licence", "licences", "license", "licenses", "visa", "visas", "citizenship",
                              "accreditation", "concession", "concessions", "status", "mandate"], nil),
    ]
    /// What a formal request asks for.
    private static let requestedThings: Set<String> = ["data", "records", "reports", "funds", "funding", "aid", "assistance", "$", "€", "£",
                                                       "million", "billion", "extradition", "asylum", "compensation", "documents", "footage",
                                                       "inquiry", "investigation", "probe"]
    /// What an offer in a dispute over pay or damages holds.
    private static let offeredThings: Set<String> = ["%", "percent", "rise", "increase", "raise", "pesos", "$", "€", "£", "million", "billion",
                                                     "compensation", "pay", "bonus", "settlement"]
    /// "The Daily Monitor newspaper reported on Saturday …", "Bloomberg News reported last week
    /// that …": a report by a named outlet is an act (the gold's "media report that starts the
    /// dispute"); "police reported", "the reported deaths" are not.
    static let mediaWords: Set<String> = ["newspaper", "news", "daily", "broadcaster", "television", "magazine", "tabloid", "weekly", "outlet", "radio"]
    /// Verbs that count only in the past: "the court ruled", not "trade rules" or "WTO rules that".
    static let pastOnlyVerbs: [(EventClass, form: String, lemma: String)] = [(.legal, "ruled", "rule")]
    /// What a verb of change changes: "raised the interest rate", "raised the deficit target".
    private static let policyLevels: Set<String> = ["rate", "rates", "target", "targets", "tariff", "tariffs", "tax", "taxes", "duty", "duties", "prices", "forecast", "forecasts", "ceiling"]
    /// Phrasal verbs whose particle must follow at once: "took over", "set up".
    private static let particleVerbs: [(EventClass, String, String)] = [
        (.outcome, "take:took,taken", "over"),
        (.agreement, "set:set", "up"),
        // "a fire broke out in the engine room", "fighting broke out on Sunday".
        (.disaster, "break:broke,broken", "out"),
    ]

    private static let nouns: [(EventClass, [String])] = [
        (.travel, ["visit", "visits", "trip", "trips", "tour", "tours", "arrival", "departure", "journey", "stopover", "landing", "voyage", "flight",
                   "transit", "passage", "patrol", "patrols", "deployment", "incursion", "interception"]),
        (.meeting, ["meeting", "meetings", "summit", "summits", "talks", "negotiations", "negotiation", "consultations", "consultation", "encounter", "tete-a-tete", "call",
                    "conference", "hearing", "hearings", "session", "sessions"]),
        (.transfer, ["shipment", "shipments", "delivery", "deliveries", "transfer", "transfers", "supply", "airlift"]),
        (.attack, ["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air-strike", "bombing", "bombings", "shelling",
                   "killing", "killings", "assassination", "murder", "raid", "raids", "offensive", "explosion", "explosions", "blast",
                   "shooting", "ambush", "incursion", "bombardment", "invasion", "assault", "cyberattack", "clash", "clashes", "skirmish", "skirmishes", "collision"]),
        (.measure, ["sanctions", "tariff", "tariffs", "ban", "bans", "embargo", "embargoes", "expulsion", "expulsions", "suspension",
                    "blockade", "boycott", "countermeasures", "restrictions", "curbs", "duties", "levy", "levies", "blacklisting", "shutdown", "imposition",
                    "fine", "fines", "penalty", "penalties", "privatisation", "privatization", "nationalisation", "nationalization"]),
        (.legal, ["arrest", "arrests", "trial", "verdict", "ruling", "conviction", "indictment", "lawsuit", "investigation", "investigations", "probe", "probes", "inquiry", "inquiries",
                  "petition", "seizure", "inspection", "inspections", "audit", "audits"]),
        (.release, ["release", "publication"]),
        (.election, ["election", "elections", "vote", "referendum", "ballot", "runoff", "run-off", "rerun", "re-run", "contest", "re-election", "reelection", "polls"]),
        (.outcome, ["inauguration", "resignation", "victory", "coup", "results"]),
        (.test, ["test", "tests", "exercise", "exercises", "drill", "drills", "launch", "launches", "maneuvers", "manoeuvres", "wargames"]),
        (.agreement, ["agreement", "deal", "treaty", "pact", "accord", "memorandum", "ceasefire", "cease-fire", "truce"]),
        (.diplomacy, ["withdrawal", "evacuation", "recall"]),
        (.protest, ["protest", "protests", "march", "marches", "rally", "rallies", "demonstration", "demonstrations", "uprising", "walkout", "walkouts", "stoppage", "stoppages"]),
        (.disaster, ["crash", "collapse"]),
        (.contest, ["championship", "championships", "tournament", "tournaments", "olympics", "marathon", "festival", "grand-prix"]),
    ]
    /// Nouns that are everyday words unless something makes them happen.
    private static let lightVerbNouns: Set<String> = [
        "call", "release", "contest", "victory", "flight", "supply", "test", "tests", "deal", "vote", "launch", "launches",
        "ruling", "publication", "encounter", "investigation", "probe", "inquiry", "duties", "levy", "levies", "collapse",
        "offensive", "recall", "conference", "hearing", "hearings", "session", "sessions", "results", "polls", "petition", "seizure", "inspection",
        "inspections", "passage", "transit", "flight", "patrol", "patrols", "investigations", "probes", "inquiries",
        "fine", "fines", "penalty", "penalties", "privatisation", "privatization", "nationalisation", "nationalization",
    ]
    /// Nouns that name a long-running state rather than an event; only a light verb
    /// ("launched an invasion") makes them one.
    private static let stateNouns: Set<String> = ["invasion", "restrictions", "curbs", "boycott", "blockade", "embargo", "embargoes"]

    /// Every form, by lowercased spelling. A spelling may be both a verb and a noun.
    static let entries: [String: [TriggerEntry]] = {
        var table: [String: [TriggerEntry]] = [:]
        func add(_ form: String, _ entry: TriggerEntry) {
            if !(table[form] ?? []).contains(entry) { table[form, default: []].append(entry) }
        }
        func addVerb(_ spec: String, _ eventClass: EventClass, objects: Set<String>?, context: Set<String>?) {
            for form in inflections(spec) {
                add(form, TriggerEntry(lemma: lemma(spec), eventClass: eventClass, partOfSpeech: .verb, objects: objects, context: context))
            }
        }
        for (eventClass, specs) in verbs { for spec in specs { addVerb(spec, eventClass, objects: nil, context: nil) } }
        for (eventClass, spec, objects, context) in conditionalVerbs { addVerb(spec, eventClass, objects: objects, context: context) }
        add("reported", TriggerEntry(lemma: "report", eventClass: .release, partOfSpeech: .verb, context: mediaWords))
        for (eventClass, form, lemma) in pastOnlyVerbs { add(form, TriggerEntry(lemma: lemma, eventClass: eventClass, partOfSpeech: .verb, particle: nil)) }
        for (eventClass, spec, particle) in particleVerbs {
            for form in inflections(spec) {
                add(form, TriggerEntry(lemma: lemma(spec), eventClass: eventClass, partOfSpeech: .verb, particle: particle))
            }
        }
        for (eventClass, forms) in nouns {
            for form in forms {
                let lemma = form.hasSuffix("s") && form != "talks" && form != "sanctions" && form != "countermeasures" ? String(form.dropLast()) : form
                add(form, TriggerEntry(lemma: lemma, eventClass: eventClass, partOfSpeech: .noun,
                                       needsLightVerb: lightVerbNouns.contains(form) || stateNouns.contains(form)))
            }
        }
        // A spelling that is both a verb form and a noun is decided by its neighbours.
        for (form, list) in table where Set(list.map(\.partOfSpeech)).count > 1 {
            table[form] = list.map { var entry = $0; entry.isAmbiguous = true; return entry }
        }
        return table
    }()

    /// Verbs that make a noun trigger happen: "held talks", "began a visit", "imposed sanctions".
    static let lightVerbs: Set<String> = inflectedSet([
        "hold:held", "conduct", "carry:carried", "stage", "launch", "begin:began,begun", "start", "open", "complete",
        "wrap+", "end", "conclude", "attend", "host", "join", "participate", "impose", "slap+", "announce", "unveil",
        "order", "approve", "pay:paid", "make:made", "undertake:undertook,undertaken", "chair", "call", "win:won",
        "lose:lost", "boycott", "raise", "increase", "double", "extend", "tighten", "expand", "renew", "reimpose", "lift",
        "ease", "scrap+", "cancel+", "postpone", "delay", "suspend", "resume", "cut", "file", "lodge", "reach", "sign",
        "seal", "claim", "declare", "mount", "carry", "perform", "organise", "organize", "convene", "arrange", "set",
        "plan+", "schedule", "agree", "kick", "finish", "introduce", "enforce", "apply", "levy",
        "take:took,taken", "give:gave,given", "deliver", "publish", "release", "issue", "unleash", "ramp",
        "happen", "occur+", "erupt", "unfold", "break:broke,broken", "close", "broker", "mediate", "count", "certify", "publish", "present", "submit",
    ])

    /// Verbs that say when a named event took place: "the attack, which began on …".
    static let happeningVerbs: Set<String> = inflectedSet([
        "begin:began,begun", "start", "erupt", "happen", "occur+", "take:took,taken", "hold:held", "break:broke,broken", "end", "unfold",
    ])

    /// Nouns that a trigger noun modifies ("election monitors", "ruling party", "test site"):
    /// then the trigger is not the head of its phrase and names no event.
    static let compoundHeads: Set<String> = [
        "results", "result", "observers", "observer", "monitors", "monitor", "commission", "commissions", "official",
        "officials", "campaign", "campaigns", "day", "law", "laws", "process", "date", "site", "sites", "venue", "group",
        "groups", "force", "forces", "helicopter", "helicopters", "jet", "jets", "team", "teams", "period", "season",
        "program", "programme", "plan", "plans", "zone", "zones", "fraud", "violence", "body", "authorities", "board",
        "candidate", "candidates", "rules", "regime", "regimes", "list", "package", "packages", "threat", "threats",
        "capability", "capabilities", "victims", "survivors", "suspects", "warning", "warnings", "material", "materials",
        "route", "routes", "costs", "rate", "rates", "revenue", "party", "parties", "coalition", "class", "elite",
        "committee", "council", "station", "stations", "booth", "booths", "centre", "center", "centres", "centers",
        "rally", "rallies", "call", "calls", "drone", "drones", "ship", "ships", "vessel", "vessels", "aircraft",
        "boat", "boats", "carrier", "carriers", "policy", "policies", "talks", "framework", "deadline", "turnout",
        "count", "counting", "tally", "system", "systems", "victim", "survivor", "agreement", "ban", "mission",
        "missions", "diplomacy", "preparations", "officer", "officers", "troops", "activities", "activity",
        "chain", "chains", "line", "lines", "side", "sides", "shortage", "shortages", "sector", "demand", "network",
        "networks", "corridor", "corridors", "depot", "depots", "base", "bases", "convoy", "convoys", "room", "rooms",
        "proposal", "proposals", "efforts", "effort", "terms", "negotiators", "mediators", "mediator", "monitoring",
    ]

    /// Adjectives that mark a noun trigger as a new event: "new sanctions", "a snap election".
    static let newEventAdjectives: Set<String> = [
        "new", "fresh", "upcoming", "planned", "proposed", "additional", "further", "retaliatory", "sweeping",
        "surprise", "snap", "first", "rare", "second", "third", "another", "historic", "unprecedented",
        "scheduled", "expected", "reciprocal", "punitive",
    ]

    /// Any form of a known verb → its past participle ("delivering" → "delivered",
    /// "flew" → "flown"), for saying what a counted thing underwent.
    static let pastParticiples: [String: String] = {
        let extra = ["kill", "injure", "wound", "displace", "deploy", "export", "import", "sell:sold", "buy:bought", "spend:spent",
                     "produce", "lose:lost", "build:built", "destroy", "damage", "evacuate", "rescue", "recruit", "mobilise", "mobilize",
                     "station", "receive", "allocate", "pledge", "donate", "earn", "collect", "process", "manufacture", "intercept"]
        var table: [String: String] = [:]
        let specs = verbs.flatMap(\.1) + conditionalVerbs.map(\.1) + extra + [
            "hold:held", "carry:carried", "begin:began,begun", "pay:paid", "make:made", "take:took,taken", "give:gave,given", "win:won",
        ]
        for spec in specs {
            let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
            let base = parts[0].replacingOccurrences(of: "+", with: "")
            let irregular = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
            let participle = irregular.count >= 2 && irregular[1] != "stricken" ? irregular[1] : irregular.first ?? past(base, doubles: parts[0].hasSuffix("+"))
            for form in inflections(spec) where table[form] == nil { table[form] = participle }
        }
        return table
    }()

    // MARK: - Inflection

    static func lemma(_ spec: String) -> String {
        String(spec.split(separator: ":")[0]).replacingOccurrences(of: "+", with: "")
    }

    /// base, -s, -ed, -ing, and the irregular forms of a verb spec.
    static func inflections(_ spec: String) -> [String] {
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        let doubles = parts[0].hasSuffix("+")
        let base = parts[0].replacingOccurrences(of: "+", with: "")
        var forms = [base, thirdPerson(base)]
        let irregular = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
        forms += irregular
        if irregular.isEmpty { forms.append(past(base, doubles: doubles)) }
        if doubles { forms.append(past(base, doubles: false)) }   // "traveled" and "travelled"
        forms.append(progressive(base, doubles: doubles))
        if doubles { forms.append(progressive(base, doubles: false)) }
        return forms
    }

    static func inflectedSet(_ specs: [String]) -> Set<String> {
        Set(specs.flatMap(inflections))
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func thirdPerson(_ base: String) -> String {
        if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("o") {
            return base + "es"
        }
        if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) { return base.dropLast() + "ies" }
        return base + "s"
    }

    static func past(_ base: String, doubles: Bool) -> String {
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) { return base.dropLast() + "ied" }
        if doubles, let last = base.last { return base + String(last) + "ed" }
        return base + "ed"
    }

    static func progressive(_ base: String, doubles: Bool) -> String {
        if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
        if base.hasSuffix("e"), !base.hasSuffix("ee") { return base.dropLast() + "ing" }
        if doubles, let last = base.last { return base + String(last) + "ing" }
        return base + "ing"
    }
}
