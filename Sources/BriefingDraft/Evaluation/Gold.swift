import Foundation

/// A hand-made reference model (`shared/gold/<article>.json`; its README gives the shape).
public struct Gold: Sendable, Decodable {
    public struct Actor: Sendable, Decodable {
        public var name: String
        public var kind: String
        public var aliases: [String]?
        public var role: String?
        public var affiliation: String?
    }

    public struct Place: Sendable, Decodable {
        public var name: String
        public var kind: String
    }

    public struct Event: Sendable, Decodable {
        public var summary: String
        public var date: String?
        public var place: String?
        public var participants: [String]?
        public var sentence: String
    }

    public struct Quote: Sendable, Decodable {
        public var speaker: String?
        public var text: String
        public var via: String?
    }

    public struct Side: Sendable, Decodable {
        public var actor: String
        public var stance: String
        public var statement: String?
        public var sentence: String?
    }

    public struct Dispute: Sendable, Decodable {
        public var topic: String
        public var sides: [Side]
    }

    public var published: String?
    public var actors: [Actor]
    public var places: [Place]?
    public var events: [Event]
    public var quotes: [Quote]
    public var disputes: [Dispute]
}
