import Foundation

/// Countries, capitals, demonyms and cities, converted from iso-codes and GeoNames data by
/// `scripts/gazetteer/make-gazetteer.py` (see its README for origin and licences).
public struct Gazetteer: Sendable {
    public struct Country: Sendable, Hashable, Decodable {
        public var code: String
        public var name: String
        public var names: [String]
        public var demonyms: [String]
        public var capital: String?
    }

    public struct City: Sendable, Hashable, Decodable {
        public var name: String
        public var names: [String]
        public var country: String
        public var population: Int?
        public var capital: Bool?
    }

    public var countries: [Country]
    public var cities: [City]

    private var countryByName: [String: Int] = [:]
    private var countryByDemonym: [String: Int] = [:]
    private var countryByCapital: [String: Int] = [:]
    private var countryByCode: [String: Int] = [:]
    private var cityByName: [String: Int] = [:]
    /// Names that cities of more than one country share, each with its cities, larger first.
    private var sharedCityNames: [String: [Int]] = [:]

    public init(countries: [Country], cities: [City]) {
        self.countries = countries.map(Self.withStemDemonym)
        self.cities = cities
        for (index, country) in self.countries.enumerated() {
            countryByCode[country.code] = index
            for name in [country.name] + country.names where countryByName[name] == nil { countryByName[name] = index }
            for demonym in country.demonyms where countryByDemonym[demonym] == nil { countryByDemonym[demonym] = index }
            if let capital = country.capital, countryByCapital[capital] == nil { countryByCapital[capital] = index }
        }
        // Larger cities win a shared name ("Portland").
        for (index, city) in cities.enumerated().sorted(by: { ($0.element.population ?? 0) > ($1.element.population ?? 0) }) {
            for name in [city.name] + city.names + [Self.shortName(of: city)].compactMap({ $0 }) {
                if let first = cityByName[name] {
                    if cities[first].country != city.country { sharedCityNames[name, default: [first]].append(index) }
                } else {
                    cityByName[name] = index
                }
            }
        }
    }

    /// "Santa Cruz" for Santa Cruz de la Sierra, "Rio" for Rio de Janeiro: news names a city of a
    /// million or more by the words before its "de" (or "do", "dos"…), which the data may lack.
    static func shortName(of city: City) -> String? {
        guard (city.population ?? 0) >= 1_000_000 else { return nil }
        let words = city.name.split(separator: " ")
        guard let linker = words.dropFirst().firstIndex(where: { ["de", "del", "do", "da", "dos", "das"].contains($0) }) else { return nil }
        return words[..<linker].joined(separator: " ")
    }

    /// This gazetteer with a shared city name read as the city of a country the text names:
    /// "Brest" in a story that says "French authorities" is the French port, not the larger
    /// Belarusian city. A capital keeps its name ("London" in a story naming Canada).
    public func preferring(countriesNamedIn text: String) -> Gazetteer {
        // The text's words, read once ("France's" gives "France"): a name of several words is
        // looked for whole only when each of its words is there.
        let words = Set(LowercaseWords.split(text, keeping: "-", keepingCase: true))
        func names(_ name: String) -> Bool {
            let parts = LowercaseWords.split(name, keeping: "-", keepingCase: true)
            guard !parts.isEmpty, parts.allSatisfy(words.contains) else { return false }
            return !name.contains(" ") || text.contains(name)
        }
        var result = self
        for (name, indices) in sharedCityNames where !(cities[indices[0]].capital ?? false) && names(name) {
            var named: [String: Bool] = [:]
            func isNamed(_ code: String) -> Bool {
                if let known = named[code] { return known }
                let country = countryByCode[code].map { countries[$0] }
                let answer = country.map { ([$0.name] + $0.names + $0.demonyms).contains(where: names) } ?? false
                named[code] = answer
                return answer
            }
            if !isNamed(cities[indices[0]].country), let other = indices.dropFirst().first(where: { isNamed(cities[$0].country) }) {
                result.cityByName[name] = other
            }
        }
        return result
    }

    public func country(named name: String) -> Country? { countryByName[name].map { countries[$0] } }
    /// "-stan" names form their adjective from the stem ("Tajikistan" → "Tajik", "Kyrgyzstan" →
    /// "Kyrgyz"), which the demonym data may spell otherwise ("Tadzhik"). Short stems are left
    /// out: "Pak" is a Korean surname more often than an adjective. Plural names form it from
    /// the singular ("Philippines" → "Philippine").
    static func withStemDemonym(_ country: Country) -> Country {
        var country = country
        for suffix in ["istan", "stan"] where country.name.hasSuffix(suffix) {
            let stem = String(country.name.dropLast(suffix.count))
            // First, as news names the state's bodies with it ("Tajik Foreign Ministry", not "Tadzhik").
            if stem.count >= 5 {
                country.demonyms.removeAll { $0 == stem }
                country.demonyms.insert(stem, at: 0)
            }
            break
        }
        // A one-word name that is a plural in "-es" forms its attributive adjective from the
        // singular ("the Philippine coast guard"), which the demonym data gives as a people's
        // noun instead ("Filipino").
        if !country.name.contains(" "), country.name.hasSuffix("es"), country.name.count >= 8 {
            let singular = String(country.name.dropLast())
            // First, as news names the state's bodies with it ("Philippine Foreign Ministry").
            if !country.demonyms.contains(singular) { country.demonyms.insert(singular, at: 0) }
        }
        return country
    }

    public func country(demonym: String) -> Country? { countryByDemonym[demonym].map { countries[$0] } }
    public func country(capital: String) -> Country? { countryByCapital[capital].map { countries[$0] } }
    public func country(code: String) -> Country? { countryByCode[code].map { countries[$0] } }
    public func city(named name: String) -> City? { cityByName[name].map { cities[$0] } }

    /// The gazetteer shipped with Briefing.
    public static let standard: Gazetteer = {
        struct File: Decodable {
            var countries: [Country]
            var cities: [City]
        }
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data)
        else { return Gazetteer(countries: [], cities: []) }
        return Gazetteer(countries: file.countries, cities: file.cities)
    }()
}
