/// Units, scales and currencies of the numbers news copy reports.
enum FigureLexicon {
    static let scales: Set<String> = ["thousand", "million", "billion", "trillion", "mn", "bn", "m", "k", "tn"]
    /// Number-and-scale tokens written as one word: "2bn", "3m", "1.2tn".
    static let scaleSuffixes: [String] = ["bn", "mn", "tn", "m", "k"]

    static let currencySymbols: [String: String] = ["$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "₩": "won", "₽": "roubles"]
    /// "US$", "A$": the country letters before a dollar sign.
    static let dollarPrefixes: [String: String] = ["US": "US dollars", "A": "Australian dollars", "AU": "Australian dollars", "C": "Canadian dollars", "CA": "Canadian dollars", "NZ": "New Zealand dollars", "HK": "Hong Kong dollars", "S": "Singapore dollars"]
    static let currencyWords: Set<String> = ["dollars", "euros", "pounds", "yuan", "yen", "rupees", "roubles", "rubles", "won", "riyals", "rials", "dirhams", "francs", "pesos", "rand", "naira", "shillings", "kwacha", "lira", "reais", "renminbi", "baht", "ringgit", "rupiah"]

    static let percentWords: [[String]] = [["per", "cent"], ["percent"], ["pc"], ["percentage", "points"], ["percentage", "point"], ["%"]]

    static let lengthUnits: Set<String> = [
        "kilometers", "kilometres", "kilometer", "kilometre", "km", "miles", "mile", "meters", "metres", "meter", "metre",
        "feet", "foot", "yards", "kms",
    ]
    /// Units that measure an amount of something named after "of": "1,000 containers of munitions".
    static let containerUnits: Set<String> = [
        "containers", "container", "tonnes", "tons", "tonne", "ton", "barrels", "barrel", "rounds", "pieces", "units",
        "shipments", "loads", "truckloads", "sacks", "bags", "trucks", "wagons", "cargoes", "batches", "kinds", "types",
        "kilograms", "kg", "litres", "liters", "gallons", "cubic", "hectares", "acres", "square", "worth", "sets", "lots",
        "crates", "boxes", "bales", "head", "cartons", "consignments", "doses", "vials", "packages",
    ]
    /// Words between a verb and its counted object: "delivering more than 1,000 containers".
    static let approximators: Set<String> = ["more", "than", "less", "fewer", "nearly", "almost", "about", "around", "some", "roughly", "approximately", "over", "under", "at", "least", "most", "up", "to", "just", "only", "a", "total", "of", "estimated", "an", "another", "additional", "further", "as", "many", "much", "close"]
    /// Words after a number that say it is a time, not a quantity.
    static let timeWords: Set<String> = ["a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs", "hours", "o'clock", "local", "bst", "edt", "est", "cet", "kst", "jst"]
    /// Counted things that are people.
    static let numberWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
    ]
}
