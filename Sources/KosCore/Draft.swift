/// Where in a draft a piece of text sits; rules choose the scopes they read.
public enum Scope: String, Hashable, Sendable, CaseIterable, Codable {
    case title, body, hashtags, alt, links
}

/// A sales associate's draft: Markdown with YAML front matter, split into the parts rules read.
public struct Draft: Sendable {
    /// One run of text and the place its first character has in the file.
    public struct Segment: Sendable {
        public var scope: Scope
        public var text: String
        /// Line and column of the segment's first character in the draft file.
        public var start: SourceLocation
        public init(scope: Scope, text: String, start: SourceLocation) {
            self.scope = scope
            self.text = text
            self.start = start
        }
    }

    public struct Media: Sendable, Hashable {
        public var path: String
        public var alt: String
        public init(path: String, alt: String) {
            self.path = path
            self.alt = alt
        }
    }

    /// The path the draft was read from (`-` for stdin).
    public var path: String
    public var title: String
    public var body: String
    public var platforms: [String]
    public var hashtags: [String]
    public var products: [String]
    public var links: [String]
    public var media: [Media]
    public var workflow: String?
    /// The calendar slot asked for, as a local date-time on the calendar's clock; nil for the next free one.
    public var slot: String?
    /// The campaign the post belongs to (campaign caps count it).
    public var campaign: String?
    /// The platform accounts it goes out on (`xiaohongshu:lina.sh`), one per platform.
    public var accounts: [String] = []
    /// An agency creator's collaboration model (`product-seeding`, `pay-per-sale`, `pay-per-click`, `flat-rate`)
    /// and the platform's commercial-cooperation order id (蒲公英, 星图).
    public var cooperationModel: String?
    public var cooperationOrder: String?
    /// The campaign kit it was made from (`arco-autumn@2`), as its front matter claims.
    public var kit: String?
    public var segments: [Segment]
    /// Where each front-matter key's value starts (`products`, `links`, …), for findings about a field.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(
        path: String, title: String = "", body: String = "", platforms: [String] = [], hashtags: [String] = [],
        products: [String] = [], links: [String] = [], media: [Media] = [], workflow: String? = nil, segments: [Segment] = []
    ) {
        self.path = path
        self.title = title
        self.body = body
        self.platforms = platforms
        self.hashtags = hashtags
        self.products = products
        self.links = links
        self.media = media
        self.workflow = workflow
        self.segments = segments
    }

    /// A draft of plain text in one scope, for fixtures and quick checks.
    public static func text(_ text: String, scope: Scope = .body) -> Draft {
        var d = Draft(path: "-")
        switch scope {
        case .title: d.title = text
        case .body: d.body = text
        case .hashtags: d.hashtags = [text]
        case .alt: d.media = [Media(path: "", alt: text)]
        case .links: d.links = [text]
        }
        d.segments = [Segment(scope: scope, text: text, start: SourceLocation(line: 1, column: 1))]
        return d
    }
}

/// A region of an image, in its pixels from the top left.
public struct ImageBox: Sendable, Hashable, Codable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The smallest box holding both.
    public func union(_ other: ImageBox) -> ImageBox {
        let x0 = min(x, other.x), y0 = min(y, other.y)
        return ImageBox(x: x0, y: y0, width: max(x + width, other.x + other.width) - x0, height: max(y + height, other.y + other.height) - y0)
    }

    /// `at 80,338 598×52`.
    public var description: String { tr("at \(x),\(y) \(width)×\(height)") }
}

/// What a guideline rule found in a draft.
public struct Finding: Sendable, Hashable, Codable {
    /// `pack/rule`.
    public var rule: String
    public var level: FindingLevel
    public var scope: Scope?
    /// 1-based line and column in the draft file, columns in Unicode scalars; nil for whole-draft findings.
    public var line: Int?
    public var column: Int?
    /// The original text that matched, as written.
    public var match: String?
    public var message: String
    public var suggestion: String?
    public var link: String?
    /// The rule is in shadow mode: reported, never blocking, while compliance sees how often it fires.
    public var shadow: Bool?
    /// Why this finding does not block: an inline suppression's or a brand exception's reason, shown to reviewers.
    public var suppressed: String?
    /// Found in a picture: the image (as the draft names it) and where in it, in the image's pixels.
    public var media: String?
    public var box: ImageBox?

    /// Whether this finding stops a draft at `level`: shadow and suppressed findings never do.
    public func blocks(at level: FindingLevel) -> Bool { shadow != true && suppressed == nil && self.level >= level }

    public init(rule: String, level: FindingLevel, scope: Scope?, line: Int?, column: Int?, match: String?, message: String, suggestion: String? = nil, link: String? = nil) {
        self.rule = rule
        self.level = level
        self.scope = scope
        self.line = line
        self.column = column
        self.match = match
        self.message = message
        self.suggestion = suggestion
        self.link = link
    }
}
