import BriefingModel

/// Companies that the person rules would otherwise take for people: a name that ends in a
/// word of trade ("Kestrel Air said", "a spokesperson for Castor Freight"), and a name whose
/// chief executive or chairman someone is ("Adria Volt's chief executive, Mira Babic").
extension NameLexicon {
    /// Words of trade that end a company's name and no person's name. Left out on purpose:
    /// words that are surnames too ("Power", "Mills", "Gold", "Glass") and portfolios that
    /// stand before a minister's title ("Finance", "Transport", "Construction").
    static let companyEndWords: Set<String> = [
        "air", "aviation", "freight", "cargo", "couriers", "lines", "railways", "railway", "rail", "maritime",
        "docks", "ports", "terminals", "shipyards", "leasing", "trading", "exports",
        "timber", "textiles", "textile", "apparel", "apparels", "garments", "footwear", "cement", "breweries",
        "brewery", "beverages", "dairies", "dairy", "farms", "seafood", "fisheries", "plantations", "tobacco",
        "fertilisers", "fertilizers", "plastics", "packaging", "minerals", "metals", "hotels", "resorts",
        "realty", "properties", "telecoms", "software", "automotive", "healthcare", "assurance",
        "microfinance", "renewables", "solar", "broadcasting", "cosmetics",
        // Property, building and investment firms: "Adriatik Riviera Developments said", "Korab Ventures".
        "developments", "developers", "estates", "builders", "contractors", "investments", "ventures", "enterprises",
        // "Himal Pharma Traders", "Gorkha Rice Traders".
        "traders",
        // A football club's name ends so too ("Vilarinho FC").
        "fc", "afc",
        // "Kafue Copper Mines had dumped acid waste": a mining company, no person ("Mines" is no surname).
        "mines",
        // "Konkola Copper denied …": a base metal a miner is named for ("Gold", "Silver", "Tin" are surnames too).
        "copper", "zinc", "nickel", "cobalt", "lithium", "uranium",
    ]

    /// Words for a business that "the <noun> said" uses for a company named before.
    static let businessNouns: Set<String> = [
        "company", "firm", "carrier", "airline", "operator", "supplier", "maker", "manufacturer", "producer",
        "exporter", "importer", "corporation", "conglomerate", "lender", "insurer", "retailer", "brewer", "carmaker",
        "automaker", "drugmaker", "chipmaker", "steelmaker", "shipbuilder", "shipper", "refiner",
        // "Marowijne Gold N.V., a subsidiary of …" is "the company" after.
        "subsidiary",
    ]

    /// Legal forms that open a company's name, as written (Indonesian "PT", Russian "PJSC"), and
    /// the word for a bank that opens one in Romance languages ("Banca Agroinvest"; after a first
    /// name, "Joana Banco", it is a surname).
    static let leadingCompanyForms: Set<String> = ["PT", "PJSC", "OJSC", "JSC", "OAO", "ZAO", "PAO", "Banca", "Banco", "Banque"]

    /// Words that name a public body, a court or a body of members, never a business.
    static let publicBodyWords: Set<String> = [
        "ministry", "department", "agency", "authority", "regulator", "commission", "council", "court", "tribunal",
        "police", "government", "office", "bureau", "parliament", "assembly", "directorate", "inspectorate",
        "superintendency", "superintendence", "administration", "embassy", "presidency", "service", "committee",
        "army", "navy", "military", "guard",
        "prosecutors", "municipality", "watchdog", "union", "federation", "association",
        // Seats of learning and care: no one calls them "the company" either.
        "university", "college", "school", "hospital", "institute", "academy", "museum",
    ]
}

extension NameFinding {
    /// Offices that only a body confers: a person is nobody's chief executive or chairman.
    /// ("the president's spokesman" and "the minister's press secretary" are a person's.)
    static func isOfficeOfBody(_ role: String) -> Bool {
        let lower = role.lowercased()
        if lower.contains("vice") { return false }
        for pair in ["general secretary", "secretary general", "secretary-general", "director general", "director-general"] where lower.contains(pair) {
            return true
        }
        let head = roleHead(lower)
        return ["executive", "ceo", "chairman", "chairwoman", "chairperson", "director", "manager", "founder", "president"].contains(head)
    }

    /// "Adria Volt's chief executive, Mira Babic": the name a person's body office belongs to
    /// is an organisation, though it was met first as a subject ("Adria Volt said") and so
    /// drafted as a person. Only names with no title of their own change.
    mutating func retypeBodiesOfOfficeHolders() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person {
            guard let role = records[index].role, Self.isOfficeOfBody(role), let owner = records[index].affiliation,
                  let target = resolve(owner), target != index, absorbed[target] == nil else { continue }
            let body = records[target]
            guard body.kind == .person, body.role == nil, body.name.split(separator: " ").count >= 2 else { continue }
            records[target].kind = .organization
        }
    }
}
