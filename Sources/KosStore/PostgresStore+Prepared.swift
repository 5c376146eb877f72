import Logging
import PostgresNIO

/// The text of a statement on the hot path (a step's commit, a submit, a round's reads), which PostgreSQL parses
/// and plans once per connection (a named prepared statement) and afterwards only binds and runs. Sent as text
/// each time, parsing, analysing and planning them took about half of the server's CPU time.
///
/// Parameters are typed by the values bound on a connection's first use: a parameter that may be NULL carries a
/// cast to the type its values are sent as (`$1::text` for a `String?`, `$2::bigint` for an `Int64?` or `Int?`),
/// so a NULL first does not fix a type the later values do not have.
protocol PreparedText {
    static var sql: String { get }
}

/// Named by its full type (`KosStore.Prepared<KosStore.PostgresStore.SQLNow>`): two texts never share a name,
/// which would run one's SQL for the other.
struct Prepared<Text: PreparedText>: PostgresPreparedStatement {
    typealias Row = PostgresRow
    static var sql: String { Text.sql }
    var bindings: PostgresBindings
    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// Bindings in the order of a statement's parameters.
struct Binds {
    var bindings = PostgresBindings()

    init() {}

    init(_ values: [any PostgresDynamicTypeEncodable]) {
        for value in values { add(value) }
    }

    @discardableResult
    mutating func add(_ value: some PostgresDynamicTypeEncodable) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    @discardableResult
    mutating func add(_ value: (some PostgresDynamicTypeEncodable)?) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    /// A value whose encoding may fail (`Data`).
    @discardableResult
    mutating func add(throwing value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
        try bindings.append(value)
        return "$\(bindings.count)"
    }
}

extension PostgresConnection {
    /// Runs the prepared statement `text` with `binds`; its rows, each to decode.
    func run<Text: PreparedText>(_ text: Text.Type, _ binds: Binds, logger: Logger) async throws -> AsyncThrowingMapSequence<PostgresRowSequence, PostgresRow> {
        try await execute(Prepared<Text>(bindings: binds.bindings), logger: logger)
    }

    /// Runs the prepared statement `text` with `values` bound in order.
    func run<Text: PreparedText>(_ text: Text.Type, _ values: any PostgresDynamicTypeEncodable..., logger: Logger)
        async throws -> AsyncThrowingMapSequence<PostgresRowSequence, PostgresRow> {
        try await run(text, Binds(values), logger: logger)
    }
}
