import Foundation
import KosCLI

exit(KosCommand.run(Array(CommandLine.arguments.dropFirst()), console: .standard))
