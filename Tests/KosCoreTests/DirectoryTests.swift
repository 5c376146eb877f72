import Foundation
import KosCore
import Testing

/// The HR export as Excel and WPS write it, and what an import plans from it.
@Suite struct DirectoryTests {
    func parse(_ text: String) -> (records: [StaffRecord], errors: [DirectoryError]) { StaffCSV.parse(Data(text.utf8)) }

    @Test func quotedCellsLineBreaksByteOrderMarkAndCRLFAreRead() throws {
        let text = "\u{FEFF}id,name,role,groups,accounts\r\n"
            + "li.na,\"李, 娜\",creator,\"store-a;store-b\",\"xiaohongshu:lina.ifc (company)\"\r\n"
            + "wang.fang,\"王\"\"芳\"\"\nsecond line\",creator,,\r\n"
            + ",,,,\r\n"
            + "chen.jie,陈杰,reviewer,brand-compliance,"
        let (records, errors) = parse(text)
        #expect(errors.isEmpty, "\(errors)")
        #expect(records.map(\.person.id) == ["li.na", "wang.fang", "chen.jie"])
        #expect(records.map(\.line) == [2, 3, 6], "a row is named by the line it starts on")
        #expect(records[0].person.name == "李, 娜" && records[0].person.groups == ["store-a", "store-b"])
        #expect(records[0].accounts == [PlatformAccount(platform: "xiaohongshu", handle: "lina.ifc", operatorID: "li.na", ownership: .company)])
        #expect(records[1].person.name == "王\"芳\"\nsecond line")
        #expect(records[2].person.role == .reviewer && records[2].columns == ["id", "name", "role", "groups", "accounts"])
    }

    @Test func mistakesAreLocatedAndNothingIsTaken() {
        let cases: [(String, String)] = [
            ("id,role\nli.na,creator\n\"unclosed,creator\n", "line 3: a quoted cell is never closed"),
            ("id,role\nli\"na,creator\n", "line 2: a quote inside an unquoted cell (quote the whole cell and double the quote)"),
            ("id,role,colour\nli.na,creator,red\n", "line 1: unknown column 'colour' (the columns are id, name, role, store, manager, groups, accounts, agency, tier)"),
            ("name\n李娜\n", "line 1: the header has no 'id' column"),
            ("id,role\nｌｉｎａ,creator\n", "line 2: id 'ｌｉｎａ' is not ASCII letters, digits and . - _ @ (at most 64)"),
            ("id,role\n\(String(repeating: "李", count: 22)),creator\n", "is not ASCII letters"),
            ("id,role\nli.na,creator,extra\n", "line 2: 3 cells where the header names 2 (a comma inside a cell needs quotes)"),
            ("id,role,tier\nli.na,creator,kol\n", "line 2: li.na: a tier is for an agency's creators"),
            ("id,role,agency\nx,admin,mcn\n", "line 2: x: an agency's people are creators or reviewers (its account managers), never admins"),
            ("id,role,agency\nx,creator,mcn\n", "line 2: x: an agency's creator has a tier: kol or koc"),
            ("id,role,accounts\nx,creator,douyin:a (company);douyin:a (employee)\n", "line 2: x: account douyin:a is already x's (line 2); an account has one operator"),
        ]
        for (text, message) in cases {
            let (records, errors) = parse(text)
            #expect(records.isEmpty && errors.contains { $0.description.contains(message) }, "\(message)\n\(errors)")
        }
        var gbk = Data("id,role\nli.na,creator\n".utf8)
        gbk.append(contentsOf: [0xC0, 0xEE, 0x2C, 0x63])
        #expect(StaffCSV.parse(gbk).errors.map(\.description) == ["line 3: the file is not UTF-8 (save it as 'CSV UTF-8' from Excel or WPS)"])
        #expect(StaffCSV.parse(Data(count: StaffCSV.maxBytes + 1)).errors.first?.message.contains("at most 8 MiB") == true)
    }

    @Test func aColumnTheFileLacksKeepsWhatTheDirectoryHolds() {
        var manager = Person(id: "am.a", role: .reviewer, groups: ["agency-managers"], store: nil)
        manager.agency = "xingyao-mcn"
        manager.name = "星耀客户经理"
        let current = [manager]
        let accounts = [PlatformAccount(platform: "douyin", handle: "am", operatorID: "am.a", ownership: .company)]
        // An export without agency, groups or accounts columns: he stays the agency's, with his groups and account.
        let plan = DirectoryPlan.make(records: parse("id,name,role\nam.a,星耀客户经理,reviewer\n").records, current: current, currentAccounts: accounts,
                                      knownStores: nil, knownAgencies: ["xingyao-mcn"])
        #expect(plan.errors.isEmpty && plan.changes.map(\.kind) == [.unchanged] && plan.people.isEmpty && plan.accounts.isEmpty, "\(plan)")
        // Naming the column empty is what moves him to the brand, and says so.
        let moved = DirectoryPlan.make(records: parse("id,role,agency\nam.a,reviewer,\n").records, current: current, currentAccounts: accounts,
                                       knownStores: nil, knownAgencies: ["xingyao-mcn"])
        #expect(moved.changes.first?.fields == ["agency"] && moved.people.first?.agency == nil && moved.people.first?.groups == ["agency-managers"])
    }
}
