// Generated from Locales/*.po by scripts/embed-catalogs; edit the catalogs, then run it.

extension MessageCatalog {
    static let sources: [(name: String, po: String)] = [
        ("en", #"""
# kosflow messages. Edit the translations here; scripts/extract-messages adds and removes messages,
# scripts/embed-catalogs puts the catalogs into the binary.
msgid ""
msgstr ""
"Project-Id-Version: kosflow\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Language: en\nPlural-Forms: nplurals=2; plural=(n != 1);\n"

"""#),
        ("zh_CN", #"""
# kosflow messages. Edit the translations here; scripts/extract-messages adds and removes messages,
# scripts/embed-catalogs puts the catalogs into the binary.
msgid ""
msgstr ""
"Project-Id-Version: kosflow\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Language: zh_CN\nPlural-Forms: nplurals=1; plural=0;\n"

"""#),
    ]
}
