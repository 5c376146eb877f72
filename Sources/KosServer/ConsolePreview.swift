import Foundation
import KosCore
import KosRules

/// A draft as each of its platforms will show it: the card a reviewer recognises (a Xiaohongshu note, a Douyin
/// caption over the video, a WeChat Channels post, a Weibo post), with its media as thumbnails and its text
/// counted the platform's way against the platform's limits. Drawn by the page's own HTML and CSS: no script,
/// no request to a platform.
enum ConsolePreview {
    struct Medium: Equatable {
        /// Where the page loads it from; nil when the revision carries no file under the draft's path.
        var url: String?
        var alt: String
        var video: Bool
    }

    struct Count: Equatable {
        var label: String
        var used: Int
        var max: Int
        var over: Bool { used > max }
    }

    struct Card: Equatable {
        var platform: String
        var name: String
        var title: String
        var text: String
        /// As the platform writes a topic: `#新品` on most, `#新品#` on Weibo.
        var tags: [String]
        var media: [Medium]
        var counts: [Count]
    }

    /// What a card is called on the page, in the reader's language; nil for a platform kosflow does not know.
    static func name(of platform: String) -> String? {
        switch platform {
        case "xiaohongshu": tr("小红书 Xiaohongshu note")
        case "douyin": tr("抖音 Douyin caption")
        case "wechat-channels": tr("视频号 WeChat Channels post")
        case "weibo": tr("微博 Weibo post")
        case "bilibili": tr("B站 Bilibili description")
        default: nil
        }
    }

    /// One card per platform the draft names (a platform kosflow does not know is shown as plain text).
    static func cards(_ draft: Draft, media: [Medium]) -> [Card] {
        let text = plain(draft.body)
        return draft.platforms.map { platform in
            let limits = PlatformLimits.limits(for: platform)
            var counts: [Count] = []
            // Weibo counts half-characters: a Chinese character is two of its 4,000.
            let halves = limits?.cjkWeight == 2
            if let max = limits?.title, !draft.title.isEmpty {
                counts.append(Count(label: tr("title"), used: PlatformLimits.length(of: draft.title, platform: platform), max: max))
            }
            if let max = limits?.body {
                let counted = limits?.title == nil && !draft.title.isEmpty ? draft.title + text : text
                counts.append(Count(label: halves ? tr("text (half-characters)") : tr("text"), used: PlatformLimits.length(of: counted, platform: platform), max: max))
            }
            if let max = limits?.images, !media.isEmpty { counts.append(Count(label: tr("media"), used: media.count, max: max)) }
            let tags = draft.hashtags.map { platform == "weibo" ? "#\($0)#" : "#\($0)" }
            // A platform without titles (Weibo) shows the title as the post's first line.
            let titled = limits == nil || limits?.title != nil
            return Card(platform: platform, name: name(of: platform) ?? platform, title: titled ? draft.title : "",
                        text: titled || draft.title.isEmpty ? text : draft.title + "\n" + text, tags: tags, media: media, counts: counts)
        }
    }

    /// Markdown as the platforms show a caption: text without the markup (they render none).
    static func plain(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = Substring(line)
            while s.first == "#", s.dropFirst().first == "#" || s.dropFirst().first == " " {
                s = s.dropFirst()
                if s.first == " " { s = s.dropFirst(); break }
            }
            if s.hasPrefix("> ") { s = s.dropFirst(2) }
            if s.hasPrefix("- ") || s.hasPrefix("* ") { return "· " + s.dropFirst(2) }
            return String(s)
        }.joined(separator: "\n")
            .replacingOccurrences(of: "**", with: "")
            .replacingOccurrences(of: "__", with: "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The cards as the template reads them.
    static func values(_ cards: [Card], creator: String) -> [[String: Any]] {
        cards.map { card in
            var row: [String: Any] = [
                "platform": card.platform, "name": card.name, "text": card.text, "creator": creator,
                "tags": card.tags.map { ["tag": $0] },
                "counts": card.counts.map { ["label": $0.label, "used": $0.used, "max": $0.max, "over": $0.over] as [String: Any] },
            ]
            if !card.title.isEmpty { row["title"] = card.title }
            if let cover = card.media.first {
                row["cover"] = medium(cover)
                row["more"] = card.media.dropFirst().map(medium)
                row["hasMore"] = card.media.count > 1
            }
            return row
        }
    }

    static func medium(_ m: Medium) -> [String: Any] {
        var row: [String: Any] = ["alt": m.alt, "video": m.video]
        if let url = m.url { row["url"] = url }
        return row
    }

    /// The cards' template, in the current language.
    static func template() -> String {
        let label = ConsolePages.html(tr("As the platforms will show it")), heading = ConsolePages.html(tr("As it will look"))
        let video = ConsolePages.html(tr("video"))
        return """
            <section class="previews" aria-label="\(label)">
            <h2>\(heading)</h2>
            {{#previews}}<figure class="preview preview-{{platform}}">
            <figcaption>{{name}}{{#counts}} · <span class="count{{#over}} over{{/over}}">{{label}} {{used}}/{{max}}</span>{{/counts}}</figcaption>
            <div class="card">
            {{#cover}}<div class="cover">{{#url}}{{^video}}<img src="{{url}}" alt="{{alt}}">{{/video}}{{#video}}<span class="video-mark">▶ \(video)</span>{{/video}}{{/url}}{{^url}}<span class="missing">{{alt}}</span>{{/url}}</div>{{/cover}}
            <div class="words">
            {{#title}}<div class="card-title">{{title}}</div>{{/title}}
            <div class="card-text">{{text}}{{#tags}} <span class="tag">{{tag}}</span>{{/tags}}</div>
            <div class="card-author">@{{creator}}</div>
            </div>
            {{#hasMore}}<div class="strip">{{#more}}{{#url}}{{^video}}<img src="{{url}}" alt="{{alt}}">{{/video}}{{#video}}<span class="video-mark">▶</span>{{/video}}{{/url}}{{/more}}</div>{{/hasMore}}
            </div>
            </figure>
            {{/previews}}
            </section>
            """
    }

    static let style = """
        .previews { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
        .previews h2 { flex-basis: 100%; margin-bottom: 0; }
        .preview { margin: 0; width: min(100%, 19rem); }
        .preview figcaption { font-size: .8rem; color: var(--soft); margin-bottom: .3rem; }
        .preview .count.over { color: #a1001a; font-weight: 600; }
        .preview .card { border-radius: 12px; overflow: hidden; border: 1px solid var(--line); background: #fff; }
        .preview .cover { background: #eee; display: flex; align-items: center; justify-content: center; }
        .preview .cover img { width: 100%; height: 100%; object-fit: cover; display: block; }
        .preview .missing { color: var(--soft); font-size: .8rem; padding: 1rem; }
        .preview .words { padding: .5rem .7rem; }
        .preview .card-title { font-weight: 600; line-height: 1.35; }
        .preview .card-text { white-space: pre-wrap; font-size: .9rem; line-height: 1.5; }
        .preview .tag { color: #2a5db0; }
        .preview .card-author { font-size: .75rem; color: var(--soft); margin-top: .3rem; }
        .preview .strip { display: flex; gap: 2px; overflow-x: auto; }
        .preview .strip img, .preview .strip .video-mark { width: 4rem; height: 4rem; object-fit: cover; flex: none; }
        .preview .video-mark { color: #fff; background: #333; display: flex; align-items: center; justify-content: center; padding: 1rem; }
        .preview-xiaohongshu .cover { aspect-ratio: 3 / 4; }
        .preview-xiaohongshu .card-text { display: -webkit-box; -webkit-line-clamp: 6; -webkit-box-orient: vertical; overflow: hidden; }
        .preview-douyin .card { position: relative; background: #111; color: #fff; aspect-ratio: 9 / 16; }
        .preview-douyin .cover { position: absolute; inset: 0; background: #222; }
        .preview-douyin .words { position: absolute; left: 0; right: 0; bottom: 0; background: linear-gradient(transparent, rgba(0,0,0,.75)); }
        .preview-douyin .card-author { color: #fff; font-weight: 600; order: -1; }
        .preview-douyin .card-text { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
        .preview-douyin .tag { color: #fff; font-weight: 600; }
        .preview-douyin .strip { display: none; }
        .preview-wechat-channels .card { background: #191919; color: #f2f2f2; }
        .preview-wechat-channels .cover { aspect-ratio: 3 / 4; }
        .preview-wechat-channels .tag { color: #7d90a9; }
        .preview-weibo .cover { aspect-ratio: 1; max-height: 12rem; }
        .preview-weibo .tag { color: #eb7350; }
        """
}
