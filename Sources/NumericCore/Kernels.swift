#if canImport(Accelerate)
import Accelerate
#elseif canImport(COpenBLAS)
import COpenBLAS
#endif

/// The pointer-level product `C (+)= op(A)·op(B)` shared by `Matrix` and the training loop,
/// so there is one product in the core: a Swift loop for small sizes, BLAS `dgemm` above
/// `Matrix.blasThreshold` multiply-adds.
///
/// All operands are row-major and dense; `A` is stored m×k (k×m when transposed) and
/// `B` k×n (n×k when transposed).
@inline(__always)
func productKernel(_ a: UnsafePointer<Double>, transposeA: Bool,
                   _ b: UnsafePointer<Double>, transposeB: Bool,
                   _ c: UnsafeMutablePointer<Double>, m: Int, inner: Int, n: Int, accumulate: Bool) {
    if m * inner * n > Matrix.blasThreshold {
        #if canImport(Accelerate) || canImport(COpenBLAS)
        cblas_dgemm(CblasRowMajor,
                    transposeA ? CblasTrans : CblasNoTrans,
                    transposeB ? CblasTrans : CblasNoTrans,
                    .init(m), .init(n), .init(inner),
                    1.0, a, .init(Swift.max(transposeA ? m : inner, 1)),
                    b, .init(Swift.max(transposeB ? inner : n, 1)),
                    accumulate ? 1.0 : 0.0, c, .init(Swift.max(n, 1)))
        return
        #endif
    }
    if !accumulate { c.update(repeating: 0, count: m * n) }
    if transposeB {
        // c[i,j] += Σ_k a[i,k]·b[j,k]: rows of b are contiguous, so take dot products.
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for k in 0..<inner { sum += (transposeA ? a[k * m + i] : a[i * inner + k]) * b[j * inner + k] }
                c[i * n + j] += sum
            }
        }
        return
    }
    // i-k-j order: the innermost loop runs along contiguous rows of b and c and vectorises.
    for i in 0..<m {
        let rowC = c + i * n
        for k in 0..<inner {
            let aik = transposeA ? a[k * m + i] : a[i * inner + k]
            let rowB = b + k * n
            for j in 0..<n { rowC[j] += aik * rowB[j] }
        }
    }
}
