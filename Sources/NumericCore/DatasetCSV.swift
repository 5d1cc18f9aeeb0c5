#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension Dataset {
    /// Loads a classification CSV whose last column is an integer class label (0, 1, …) and
    /// whose other columns are numeric inputs; targets are the one-hot rows of the labels.
    ///
    /// A first line that is not all numbers is a header. A header in scikit-learn's layout
    /// (`150,4,setosa,versicolor,virginica`: rows, features, then class names, as in
    /// `iris.csv`) supplies `classNames`; any other header is skipped. Blank lines are ignored.
    public static func csv(path: String) throws -> Dataset {
        try csvFile(path)
    }

    /// The dataset in a CSV file (see ``csv(path:)``); an unreadable or malformed file stops the program.
    public static func csv(_ path: String) -> Dataset {
        stopOnError { try csvFile(path) }
    }

    private static func csvFile(_ path: String) throws -> Dataset {
        guard let file = fopen(path, "rb") else {
            throw DatasetError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            bytes += chunk.prefix(count)
            if count < chunk.count { break }
        }
        guard ferror(file) == 0 else { throw DatasetError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DatasetError.unreadable(path: path, reason: "the file is not UTF-8 text")
        }
        return try csv(text: text)
    }

    /// Parses CSV text in the layout described at `csv(path:)`.
    public static func csv(text: String) throws -> Dataset {
        // Split on UTF-8 bytes and trim ASCII blanks by hand: Foundation's trimming costs more than the parse.
        var lines: [(number: Int, fields: [Substring])] = []
        for (offset, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            let fields = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { field in
                var trimmed = field
                while let first = trimmed.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { trimmed.removeFirst() }
                while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed.removeLast() }
                return Substring(trimmed)
            }
            if fields.count == 1 && fields[0].isEmpty { continue }
            lines.append((offset + 1, fields))
        }
        var classNames: [String]?
        if let first = lines.first, first.fields.contains(where: { Double($0) == nil }) {
            if first.fields.count > 2, Int(first.fields[0]) != nil, Int(first.fields[1]) != nil {
                classNames = first.fields.dropFirst(2).map(String.init)
            }
            lines.removeFirst()
        }
        guard let width = lines.first?.fields.count, width >= 2 else {
            throw DatasetError.malformed(line: lines.first?.number ?? 1, message: "expected inputs and a label column")
        }
        var storage: [Double] = []
        storage.reserveCapacity(lines.count * (width - 1))
        var labels: [Int] = []
        for line in lines {
            guard line.fields.count == width else {
                throw DatasetError.malformed(line: line.number,
                                             message: "expected \(width) fields like the first row, found \(line.fields.count)")
            }
            for (column, field) in line.fields.dropLast().enumerated() {
                guard let value = Double(field) else {
                    throw DatasetError.malformed(line: line.number, message: "field \(column + 1) '\(field)' is not a number")
                }
                storage.append(value)
            }
            guard let label = Int(line.fields[width - 1]), label >= 0 else {
                throw DatasetError.malformed(line: line.number,
                                             message: "the label '\(line.fields[width - 1])' is not a class number 0, 1, …")
            }
            labels.append(label)
        }
        try Matrix.checkShape(rows: lines.count, columns: width - 1)
        let inputs = Matrix(rows: lines.count, columns: width - 1, storage: storage)
        return try Dataset(validating: inputs, labels: labels, classNames: classNames)
    }
}
