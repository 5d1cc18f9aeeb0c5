/// One of N shares of a course split over machines (`--shard K/N`, as a CI matrix runs it).
///
/// Every machine computes the same split from the same inputs, so the N shares cover every notebook
/// exactly once: notebooks are dealt longest first, each to the share with the least work so far
/// (Graham's LPT rule; ties go to the lower share, equal weights to the earlier path). A share keeps
/// the notebooks' run order.
public struct Shard: Sendable, Codable, Equatable, CustomStringConvertible {
    /// Which share, from 1.
    public let index: Int
    /// How many shares.
    public let count: Int

    /// The most shares a split may have.
    public static let maximumCount = 10_000

    /// Reads `K/N` with 1 ≤ K ≤ N ≤ ``maximumCount``; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let index = Int(parts[0]), let count = Int(parts[1]),
              (1...Self.maximumCount).contains(count), (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// The share of every one of the N shares: `shares(...)[k - 1]` holds the positions of share k, ascending.
    public static func shares(count: Int, weights: [Double]) -> [[Int]] {
        let order = weights.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        var loads = [Double](repeating: 0, count: count)
        var shares = [[Int]](repeating: [], count: count)
        for position in order {
            let lightest = loads.indices.min { loads[$0] != loads[$1] ? loads[$0] < loads[$1] : $0 < $1 }!
            loads[lightest] += weights[position]
            shares[lightest].append(position)
        }
        return shares.map { $0.sorted() }
    }

    /// This share of `items`, in their order, when item i takes `weights[i]` to run.
    public func select<Item>(_ items: [Item], weights: [Double]) -> [Item] {
        precondition(items.count == weights.count, "one weight per item")
        return Self.shares(count: count, weights: weights)[index - 1].map { items[$0] }
    }
}
