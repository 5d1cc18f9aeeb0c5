import CKernels
#if canImport(Accelerate)
import Accelerate
#endif

/// The pointer-level product `C (+)= op(A)·op(B)` shared by `Matrix` and the training loop,
/// so there is one product in the core: a register-blocked C kernel (`CKernels`) for small sizes, BLAS `dgemm` above
/// `Matrix.blasThreshold` multiply-adds.
///
/// All operands are row-major and dense; `A` is stored m×k (k×m when transposed) and
/// `B` k×n (n×k when transposed).
@inline(__always)
func productKernel(_ a: UnsafePointer<Double>, transposeA: Bool,
                   _ b: UnsafePointer<Double>, transposeB: Bool,
                   _ c: UnsafeMutablePointer<Double>, m: Int, inner: Int, n: Int, accumulate: Bool) {
    if m * inner * n > Matrix.blasThreshold, hasBLAS {
        blasProduct(a, transposeA: transposeA, b, transposeB: transposeB, c, m: m, inner: inner, n: n,
                    scale: 1, accumulate: accumulate)
        return
    }
    if transposeB {
        if !accumulate { c.update(repeating: 0, count: m * n) }
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
    // Each entry summed over k in order, products rounded before adding: the same bits as the
    // plain i-k-j loop, computed a register block at a time.
    nbrun_small_product(a, transposeA ? 1 : inner, transposeA ? m : 1, b, c, m, inner, n, accumulate ? 1 : 0)
}

/// Whether `blasProduct` calls a BLAS library (Accelerate, or OpenBLAS loaded on first use); if not, only
/// the loops run. Read only for a product above the threshold, so a run of small products never loads BLAS.
#if canImport(Accelerate)
let hasBLAS = true
#else
let hasBLAS = nbrun_blas_load() != 0
#endif

/// `C ← scale·op(A)·op(B) + (C or 0)` through BLAS `dgemm`; only call it when `hasBLAS`.
@inline(__always)
func blasProduct(_ a: UnsafePointer<Double>, transposeA: Bool,
                 _ b: UnsafePointer<Double>, transposeB: Bool,
                 _ c: UnsafeMutablePointer<Double>, m: Int, inner: Int, n: Int, scale: Double, accumulate: Bool) {
    let lda = Swift.max(transposeA ? m : inner, 1), ldb = Swift.max(transposeB ? inner : n, 1)
    #if canImport(Accelerate)
    cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                .init(m), .init(n), .init(inner), scale, a, .init(lda), b, .init(ldb),
                accumulate ? 1.0 : 0.0, c, .init(Swift.max(n, 1)))
    #else
    nbrun_dgemm(transposeA ? 1 : 0, transposeB ? 1 : 0, m, n, inner, scale, a, lda, b, ldb,
                accumulate ? 1.0 : 0.0, c, Swift.max(n, 1))
    #endif
}

/// How a layer large enough for BLAS stores its weights and multiplies. The forms compute the same
/// sums (each result is what that BLAS makes of it; only last bits may differ); they differ in what
/// OpenBLAS's copy routines and kernels are fastest at. `bench/probes/w3_forms.c` times them on bench
/// W3's 64×784·784×128 mini-batches (forward + update products, ms per epoch, one Zen 5 core):
/// AVX2 kernels (Haswell, Zen) ≈ 73 direct, 69–72 transposed product, 70–72 transposed weights;
/// AVX-512 kernels (SkylakeX, Cooperlake) ≈ 46–47 direct, 47–49 transposed product, 44–46 transposed
/// weights; bringing a transposed product back costs 0.6 more.
enum LargeLayerForm: Sendable {
    /// W stored inputs×outputs; z = h·W; W −= η·hᵀδ.
    case direct
    /// W stored inputs×outputs; zᵀ = Wᵀ·hᵀ, then transposed back with the bias added; W −= η·hᵀδ.
    case transposedProduct
    /// Wᵀ stored outputs×inputs; zᵀ = Wᵀ·hᵀ, then transposed back with the bias added; Wᵀ −= η·δᵀh.
    case transposedWeights
}

/// The form for this process's BLAS: measured OpenBLAS kernels get their faster form, anything else `.direct`.
let blasLargeLayerForm: LargeLayerForm = {
    #if !canImport(Accelerate)
    switch String(cString: nbrun_blas_corename()) {
    case "Haswell", "Zen": return .transposedProduct
    case "SkylakeX", "Cooperlake": return .transposedWeights
    default: return .direct
    }
    #else
    return .direct
    #endif
}()

extension Matrix {
    /// Which BLAS runs large products, for benchmarks to report, e.g.
    /// `OpenBLAS Haswell (OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64)`.
    public static var blasBackend: String {
        #if canImport(Accelerate)
        return "Accelerate"
        #else
        guard hasBLAS else { return "none (Swift loops only)" }
        return "OpenBLAS \(String(cString: nbrun_blas_corename())) (\(String(cString: nbrun_blas_config())))"
        #endif
    }

    /// The instruction set the small-product kernel runs on: `avx512f`, `avx2` or `portable`.
    public static var smallProductISA: String { String(cString: nbrun_small_product_isa()) }
}
