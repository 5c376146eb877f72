import Foundation
import KosCore
import Testing

@testable import KosYAML

/// Inputs the fuzzer found interesting, kept so they stay handled: each must load or be refused
/// with a located diagnostic, never crash or hang.
@Suite struct FuzzRegressionTests {
    static let folder = YAMLTestSuiteTests.repoRoot.appendingPathComponent("Tests/Fixtures/fuzz-regressions")
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test func thereAreRegressionInputs() {
        #expect(Self.inputs.count >= 10)
    }

    @Test(arguments: inputs)
    func loadsOrIsRefusedCleanly(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        for options in [YAMLLoader.Options(), .permissive] {
            let result = Array(data).withUnsafeBufferPointer { b in
                Result { () throws(Diagnostic) in try YAMLLoader(options: options).load(bytes: b, file: name) }
            }
            if case .failure(let d) = result {
                #expect(d.code.hasPrefix("KOS10"))
                #expect(d.file == name)
                #expect(!d.message.isEmpty)
            }
        }
    }
}
