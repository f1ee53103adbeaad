//! Exact Binomial and Poisson sampling by table inversion: one 64-bit draw per sample, same figures on every platform.
//!
//! Why not `rand_distr`: its samplers call `ln`, `exp` and `powf` through `num-traits`, which
//! uses the platform's libm when any crate of the build enables `num-traits/std` (criterion and
//! proptest do, in test builds) and Rust's own `libm` otherwise (the command-line build, wasm32).
//! Those libms may differ in the last bit, and a rejection sampler that sees one bit of difference
//! takes another path and consumes another number of draws, so "same seed, same figures natively
//! and in the browser" would only hold almost always. The tables below are built with `+ − × ÷`
//! only, which IEEE 754 rounds identically everywhere, and sampling compares integers.

use rand::Rng;

/// Relative weight under which a tail value is left out of a table.
///
/// The mode has weight 1 and the weights fall off faster than geometrically beyond the point
/// where they drop under this bound, so what is left out is far below the 2⁻⁶⁴ resolution of
/// one draw: such values could not be drawn anyway.
const TAIL: f64 = 1e-22;

/// 2⁶⁴ as an `f64` (exact: a power of two).
const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;

/// A discrete distribution on `first, first + 1, …` ready for inversion sampling.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Table {
    /// The smallest value the table can give.
    first: u64,
    /// `bounds[i] = ⌊P(X ≤ first + i) × 2⁶⁴⌋`, one fewer than the values: a draw `x` gives
    /// `first + (how many bounds are ≤ x)`, so value `first + i` comes out with probability
    /// `(bounds[i] − bounds[i − 1]) / 2⁶⁴`.
    bounds: Vec<u64>,
}

impl Table {
    /// A distribution that always gives `value` (a sample still consumes its draw).
    fn point(value: u64) -> Table {
        Table {
            first: value,
            bounds: Vec::new(),
        }
    }

    /// How many values the table can give.
    pub(crate) fn len(&self) -> usize {
        self.bounds.len() + 1
    }

    /// Binomial(n, p): the number of successes among `n` trials of probability `p`.
    ///
    /// `p` outside [0, 1] is read as the nearer bound. Returns `None` when the table would need
    /// more than `max_len` values (an absurdly large team), so callers can refuse instead of
    /// exhausting memory.
    pub(crate) fn binomial(n: u64, p: f64, max_len: usize) -> Option<Table> {
        if n == 0 || p <= 0.0 || p.is_nan() {
            return Some(Table::point(0));
        }
        if p >= 1.0 {
            return Some(Table::point(n));
        }
        let q = 1.0 - p;
        // ⌊(n + 1) p⌋ is the mode; the cast truncates exactly and saturates.
        let mode = (((n as f64) + 1.0) * p) as u64;
        let mode = mode.min(n);
        let up = p / q;
        let down = q / p;
        build(
            mode,
            max_len,
            |k, w| {
                // P(k + 1) / P(k) = (n − k) / (k + 1) × p / q.
                (k < n).then(|| w * ((n - k) as f64) / ((k + 1) as f64) * up)
            },
            |k, w| {
                // P(k − 1) / P(k) = k / (n − k + 1) × q / p.
                (k > 0).then(|| w * (k as f64) / ((n - k + 1) as f64) * down)
            },
        )
    }

    /// Poisson(λ): `lambda` of 0 (or less) always gives 0.
    ///
    /// Returns `None` for a non-finite `lambda` or when the table would need more than
    /// `max_len` values.
    pub(crate) fn poisson(lambda: f64, max_len: usize) -> Option<Table> {
        if !lambda.is_finite() {
            return None;
        }
        if lambda <= 0.0 {
            return Some(Table::point(0));
        }
        // Beyond 2⁵² the unit steps of k are no longer exact in f64; such a demand is refused
        // by the length bound long before, but keep the cast honest.
        if lambda >= 4_503_599_627_370_496.0 {
            return None;
        }
        let mode = lambda as u64;
        build(
            mode,
            max_len,
            // P(k + 1) / P(k) = λ / (k + 1).
            |k, w| Some(w * lambda / ((k + 1) as f64)),
            // P(k − 1) / P(k) = k / λ.
            |k, w| (k > 0).then(|| w * (k as f64) / lambda),
        )
    }

    /// Draws one value with one `next_u64` of `rng`.
    pub(crate) fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> u64 {
        let x = rng.next_u64();
        self.first + self.bounds.partition_point(|&bound| bound <= x) as u64
    }

    /// The value drawn for the 64-bit number `x` (what [`Table::sample`] does after drawing).
    #[cfg(test)]
    fn value_at(&self, x: u64) -> u64 {
        self.first + self.bounds.partition_point(|&bound| bound <= x) as u64
    }

    /// The probability of each value, from `first` on (for tests).
    #[cfg(test)]
    fn probabilities(&self) -> Vec<f64> {
        let mut previous = 0u64;
        let mut out = Vec::with_capacity(self.len());
        for &bound in &self.bounds {
            out.push((bound - previous) as f64 / TWO_POW_64);
            previous = bound;
        }
        out.push((u64::MAX - previous) as f64 / TWO_POW_64);
        out
    }
}

/// Builds a table from the mode outwards with the ratios of neighbouring probabilities.
///
/// `next(k, w)` gives the weight of `k + 1` from that of `k` (`None` past the support) and
/// `previous(k, w)` the weight of `k − 1`. Only `+ − × ÷` are used, in a fixed order, so the
/// table is bit-for-bit the same on every platform.
fn build(
    mode: u64,
    max_len: usize,
    next: impl Fn(u64, f64) -> Option<f64>,
    previous: impl Fn(u64, f64) -> Option<f64>,
) -> Option<Table> {
    // Weights below the mode, nearest first.
    let mut below = Vec::new();
    let mut k = mode;
    let mut w = 1.0;
    while let Some(v) = previous(k, w) {
        if v < TAIL {
            break;
        }
        below.push(v);
        if below.len() >= max_len {
            return None;
        }
        k -= 1;
        w = v;
    }
    let first = mode - below.len() as u64;
    let mut weights = below;
    weights.reverse();
    weights.push(1.0);
    let mut k = mode;
    let mut w = 1.0;
    while let Some(v) = next(k, w) {
        if v < TAIL {
            break;
        }
        weights.push(v);
        if weights.len() > max_len {
            return None;
        }
        k += 1;
        w = v;
    }
    if weights.len() > max_len {
        return None;
    }
    let total: f64 = weights.iter().sum();
    let mut cumulative = 0.0;
    let last = weights.len() - 1;
    let mut bounds: Vec<u64> = weights[..last]
        .iter()
        .map(|&weight| {
            cumulative += weight;
            // The cast saturates, so a cumulative probability that rounds to 1 gives u64::MAX.
            (cumulative / total * TWO_POW_64) as u64
        })
        .collect();
    // Values whose bound is 0 can never be drawn: drop them so the table starts at one that can.
    let never = bounds.iter().take_while(|&&bound| bound == 0).count();
    bounds.drain(..never);
    Some(Table {
        first: first + never as u64,
        bounds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    const BIG: usize = 1 << 20;

    fn binomial_pmf(n: u64, p: f64, k: u64) -> f64 {
        // C(n, k) pᵏ qⁿ⁻ᵏ by a plain product: fine for the small n of these tests.
        let mut value = 1.0;
        for i in 0..k {
            value *= (n - i) as f64 / (i + 1) as f64;
        }
        value * p.powi(k as i32) * (1.0 - p).powi((n - k) as i32)
    }

    fn poisson_pmf(lambda: f64, k: u64) -> f64 {
        let mut value = (-lambda).exp();
        for i in 1..=k {
            value *= lambda / i as f64;
        }
        value
    }

    fn moments(table: &Table) -> (f64, f64) {
        let probabilities = table.probabilities();
        let mean: f64 = probabilities
            .iter()
            .enumerate()
            .map(|(i, p)| (table.first + i as u64) as f64 * p)
            .sum();
        let variance: f64 = probabilities
            .iter()
            .enumerate()
            .map(|(i, p)| ((table.first + i as u64) as f64 - mean).powi(2) * p)
            .sum();
        (mean, variance)
    }

    #[test]
    fn binomial_table_matches_the_exact_probabilities() {
        for &(n, p) in &[(1, 0.92), (12, 0.92), (40, 0.5), (60, 0.08), (7, 0.3)] {
            let table = Table::binomial(n, p, BIG).unwrap();
            for (i, prob) in table.probabilities().iter().enumerate() {
                let k = table.first + i as u64;
                let exact = binomial_pmf(n, p, k);
                assert!(
                    (prob - exact).abs() < 1e-12,
                    "n={n} p={p} k={k}: {prob} vs {exact}"
                );
            }
        }
    }

    #[test]
    fn poisson_table_matches_the_exact_probabilities() {
        for &lambda in &[0.3, 1.0, 11.5, 12.0, 80.0, 650.0] {
            let table = Table::poisson(lambda, BIG).unwrap();
            for (i, prob) in table.probabilities().iter().enumerate() {
                let k = table.first + i as u64;
                let exact = poisson_pmf(lambda, k);
                assert!(
                    (prob - exact).abs() < 1e-12,
                    "λ={lambda} k={k}: {prob} vs {exact}"
                );
            }
        }
    }

    #[test]
    fn tables_have_the_right_mean_and_variance_for_large_parameters() {
        let (mean, variance) = moments(&Table::binomial(100_000, 0.92, BIG).unwrap());
        assert!((mean - 92_000.0).abs() < 1e-6, "{mean}");
        assert!((variance - 7_360.0).abs() < 1e-3, "{variance}");
        let (mean, variance) = moments(&Table::poisson(1.0e6, BIG).unwrap());
        assert!((mean - 1.0e6).abs() < 1e-4, "{mean}");
        assert!((variance - 1.0e6).abs() < 1.0, "{variance}");
    }

    #[test]
    fn degenerate_parameters_give_a_single_value() {
        assert_eq!(Table::binomial(0, 0.92, BIG), Some(Table::point(0)));
        assert_eq!(Table::binomial(25, 1.0, BIG), Some(Table::point(25)));
        assert_eq!(Table::binomial(25, 0.0, BIG), Some(Table::point(0)));
        assert_eq!(Table::poisson(0.0, BIG), Some(Table::point(0)));
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        assert_eq!(Table::point(7).sample(&mut rng), 7);
    }

    #[test]
    fn oversized_or_non_finite_tables_are_refused() {
        assert_eq!(Table::poisson(1.0e12, 1000), None);
        assert_eq!(Table::poisson(f64::INFINITY, BIG), None);
        assert_eq!(Table::poisson(f64::NAN, BIG), None);
        assert_eq!(Table::binomial(u64::from(u32::MAX), 0.5, 1000), None);
    }

    #[test]
    fn inversion_is_monotone_and_covers_the_extremes() {
        let table = Table::binomial(30, 0.92, BIG).unwrap();
        assert_eq!(table.value_at(0), table.first);
        assert_eq!(table.value_at(u64::MAX), 30);
        let mut last = 0;
        for step in 0..=1000u64 {
            let value = table.value_at(step.wrapping_mul(u64::MAX / 1000));
            assert!(value >= last);
            last = value;
        }
    }

    #[test]
    fn samples_follow_the_table() {
        // 200,000 draws of Binomial(20, 0.92): each value's frequency is within 5 standard
        // errors of its probability.
        let table = Table::binomial(20, 0.92, BIG).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(42);
        let draws = 200_000;
        let mut counts = vec![0u64; table.len()];
        for _ in 0..draws {
            counts[(table.sample(&mut rng) - table.first) as usize] += 1;
        }
        for (count, prob) in counts.iter().zip(table.probabilities()) {
            let expected = prob * draws as f64;
            let sd = (draws as f64 * prob * (1.0 - prob)).sqrt();
            assert!(
                (*count as f64 - expected).abs() <= 5.0 * sd + 1.0,
                "{count} vs {expected}"
            );
        }
    }
}
