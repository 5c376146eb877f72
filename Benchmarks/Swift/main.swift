// kos-bench: measurements of library code with no command of its own, for Benchmarks/bench.py.
//   kos-bench cron-next FILE   lines "ZONE<TAB>EXPRESSION<TAB>START": chains of next-fire calls; prints JSON (calls, seconds, each chain's last fire)
import Foundation
import KosCore
import KosSchedule

func cronNext(_ path: String, repeats: Int) throws {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    var schedules: [(CronSchedule, Int64)] = []
    for line in lines {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 3, let clock = ZoneClock(identifier: String(parts[0])), let start = Int64(parts[2]) else { continue }
        schedules.append((CronSchedule(try CronExpression(parsing: String(parts[1])), clock: clock), start))
    }
    var calls = 0
    var finals: [Int64] = []
    let t0 = DispatchTime.now().uptimeNanoseconds
    for (schedule, start) in schedules {
        var t = start
        for _ in 0..<repeats {
            guard let next = schedule.next(after: t) else { break }
            t = next
            calls += 1
        }
        finals.append(t)
    }
    let ns = Double(DispatchTime.now().uptimeNanoseconds - t0)
    print("{\"calls\": \(calls), \"seconds\": \(ns / 1e9), \"finals\": [\(finals.map(String.init).joined(separator: ","))]}")
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, arguments[1] == "cron-next" else {
    FileHandle.standardError.write(Data("usage: kos-bench cron-next FILE [REPEATS]\n".utf8))
    exit(2)
}
try cronNext(arguments[2], repeats: arguments.count > 3 ? Int(arguments[3]) ?? 100 : 100)
