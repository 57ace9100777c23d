/// Which URLs content may link to: http, https, mailto, and relative ones.
/// Anything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is an error in the model.
public enum URLPolicy {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The lowercased scheme, or nil for a relative URL. Control characters and spaces
    /// are stripped first, as browsers do, so `java\tscript:` is still seen as a scheme.
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 { continue }
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            // (No Unicode property look-up: every ASCII hex digit is a letter or digit here.)
            let isSchemeCharacter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            if !isSchemeCharacter { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// nil when the URL is allowed, otherwise why not.
    public static func problem(with url: String) -> String? {
        if url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "contains control characters"
        }
        if let scheme = scheme(of: url), !allowedSchemes.contains(scheme) {
            return "uses the scheme '\(scheme):'; only http, https, mailto and relative URLs are allowed"
        }
        // Browsers skip leading spaces and read '\\' as '/': " //x", "/\\x" and "\\\\x" leave the site too.
        let start = url.drop { $0 == " " }.prefix(2).replacingOccurrences(of: "\\", with: "/")
        if start == "//" { return "is protocol-relative; write http:// or https://" }
        return nil
    }
}
