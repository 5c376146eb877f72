import Foundation
public import KosCore
import KosSystem

/// What kosflow read in one picture: its lines of text with where each is, and the QR codes and barcodes in it.
public struct ImageReading: Sendable, Hashable, Codable {
    public struct Line: Sendable, Hashable, Codable {
        public var text: String
        public var box: ImageBox
        public init(text: String, box: ImageBox) {
            self.text = text
            self.box = box
        }
    }

    public struct Code: Sendable, Hashable, Codable {
        /// `QR-Code`, `EAN-13`, …, as ZBar names it.
        public var type: String
        public var data: String
        public init(type: String, data: String) {
            self.type = type
            self.data = data
        }
    }

    public var lines: [Line]
    public var codes: [Code]
    /// Why the picture was not (wholly) read: out of time, a reader missing. Nil when it was.
    public var problem: String?

    public init(lines: [Line] = [], codes: [Code] = [], problem: String? = nil) {
        self.lines = lines
        self.codes = codes
        self.problem = problem
    }
}

/// Reads pictures: the text in them with Tesseract (Simplified Chinese and English) and their QR codes and
/// barcodes with ZBar, each through its own program behind this one door, with the image on stdin, one core,
/// a time budget, and no environment of kosd's. What is read depends only on the image's bytes, so readings
/// are kept by SHA-256.
public struct ImageReader: Sendable {
    /// Seconds one image may take (both readers together).
    public var budget: Double
    /// The Tesseract languages.
    public var languages: String

    public init(budget: Double = 8, languages: String = "chi_sim+eng") {
        self.budget = budget
        self.languages = languages
    }

    /// Reads a medium already checked to be what it claims (`MediaKind.verify`): an image as it is, a video by its
    /// cover frame (the first, as a feed shows it before it plays).
    public func read(_ bytes: Data, video: Bool) -> ImageReading {
        guard video else { return read(bytes) }
        switch ChildProcess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", "pipe:0", "-frames:v", "1", "-f", "image2pipe", "-vcodec", "png", "pipe:1"],
                                input: bytes, timeout: budget, maxOutput: 64 << 20, environment: ["OMP_THREAD_LIMIT": "1"], tool: true) {
        case .exited(0, let frame) where !frame.isEmpty:
            guard case .success(let kind)? = MediaKind.sniff([UInt8](frame)), kind.width * kind.height <= MediaKind.maxPixels else {
                return ImageReading(problem: tr("its cover frame is larger than \(MediaKind.maxPixels / 1_000_000) megapixels"))
            }
            return read(frame)
        case .exited(let status, _): return ImageReading(problem: tr("its cover frame could not be taken (ffmpeg status \(status))"))
        case .timedOut: return ImageReading(problem: tr("its cover frame was not taken within \(String(format: "%g", budget)) s"))
        case .signalled(let signal): return ImageReading(problem: tr("ffmpeg was stopped by signal \(signal)"))
        case .failedToStart(let why): return ImageReading(problem: tr("its cover frame could not be taken: \(why) (Debian's ffmpeg)"))
        }
    }

    /// Reads `bytes`, an image already checked to be what it claims (`MediaKind.verify`).
    public func read(_ bytes: Data) -> ImageReading {
        let start = Date()
        let seconds = String(format: "%g", budget)
        var reading = ImageReading()
        switch ChildProcess.run(["zbarimg", "--xml", "-q", "-"], input: bytes, timeout: budget, maxOutput: 1 << 20, tool: true) {
        case .exited(let status, let out) where status == 0 || status == 4:   // 4: no symbol found
            reading.codes = Self.codes(fromXML: String(decoding: out, as: UTF8.self))
        case .exited(let status, _): reading.problem = tr("the barcode reader (zbarimg) failed with status \(status)")
        case .timedOut: reading.problem = tr("its codes were not read within \(seconds) s")
        case .signalled(let signal): reading.problem = tr("the barcode reader (zbarimg) was stopped by signal \(signal)")
        case .failedToStart(let why): reading.problem = tr("the barcode reader could not start: \(why) (Debian's zbar-tools)")
        }
        let left = budget - Date().timeIntervalSince(start)
        guard left > 0.5 else {
            reading.problem = reading.problem ?? tr("its text was not read within \(seconds) s")
            return reading
        }
        switch ChildProcess.run(["tesseract", "stdin", "stdout", "-l", languages, "--psm", "11", "tsv"], input: bytes, timeout: left,
                                maxOutput: 8 << 20, environment: ["OMP_THREAD_LIMIT": "1"], tool: true) {
        case .exited(0, let out): reading.lines = Self.lines(fromTSV: String(decoding: out, as: UTF8.self))
        case .exited(let status, _): reading.problem = reading.problem ?? tr("the text reader (tesseract) failed with status \(status)")
        case .timedOut: reading.problem = tr("its text was not read within \(seconds) s")
        case .signalled(let signal): reading.problem = tr("the text reader (tesseract) was stopped by signal \(signal)")
        case .failedToStart(let why): reading.problem = tr("the text reader could not start: \(why) (Debian's tesseract-ocr, tesseract-ocr-chi-sim)")
        }
        return reading
    }

    /// Tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height, confidence, text):
    /// the words of each line joined — without a space between two Chinese characters — with the line's box.
    static func lines(fromTSV tsv: String) -> [ImageReading.Line] {
        var order: [String] = []
        var words: [String: [(text: String, box: ImageBox)]] = [:]
        for row in tsv.split(separator: "\n").dropFirst() {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 12, f[0] == "5", let x = Int(f[6]), let y = Int(f[7]), let w = Int(f[8]), let h = Int(f[9]),
                  let confidence = Double(f[10]), confidence >= 30 else { continue }
            let text = f[11...].joined(separator: "\t").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let key = "\(f[1]).\(f[2]).\(f[3]).\(f[4])"
            if words[key] == nil { order.append(key) }
            words[key, default: []].append((text, ImageBox(x: x, y: y, width: w, height: h)))
        }
        return order.compactMap { key in
            guard let ws = words[key], var box = ws.first?.box else { return nil }
            var text = ""
            for word in ws {
                box = box.union(word.box)
                if let last = text.unicodeScalars.last, let first = word.text.unicodeScalars.first, !(isHan(last) && isHan(first)) { text += " " }
                text += word.text
            }
            return ImageReading.Line(text: text, box: box)
        }
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(s.value) || (0xF900...0xFAFF).contains(s.value) || (0x3000...0x303F).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
    }

    /// ZBar's XML: each `<symbol type='QR-Code' …><data><![CDATA[…]]></data></symbol>`.
    static func codes(fromXML xml: String) -> [ImageReading.Code] {
        var codes: [ImageReading.Code] = []
        var rest = Substring(xml)
        while let symbol = rest.range(of: "<symbol ") {
            rest = rest[symbol.upperBound...]
            guard let end = rest.range(of: "</symbol>") else { break }
            let element = rest[..<end.lowerBound]
            rest = rest[end.upperBound...]
            let type = element.range(of: "type='").flatMap { t in element[t.upperBound...].firstIndex(of: "'").map { String(element[t.upperBound..<$0]) } } ?? "code"
            var data = ""
            if let open = element.range(of: "<![CDATA["), let close = element.range(of: "]]>", range: open.upperBound..<element.endIndex) {
                data = String(element[open.upperBound..<close.lowerBound])
            }
            codes.append(ImageReading.Code(type: type, data: data))
        }
        return codes
    }
}
