//! Quantiles of Fisher's F distribution, for the interval around Cronbach's α
//! ([`super::reliability`]).
//!
//! Written here rather than taken from a statistics crate: the cohort page is a wasm with a
//! size budget, and α's interval needs exactly one function, the F quantile, which is a
//! bisection over the regularized incomplete beta function:
//!
//! - `P(F ≤ x) = I_y(d₁/2, d₂/2)` with `y = d₁x / (d₁x + d₂)` (Abramowitz & Stegun 26.6.2);
//! - `I_y(a, b)` by its continued fraction, evaluated with the modified Lentz method, on the
//!   side of `(a + 1) / (a + b + 2)` where it converges fast (Press et al., *Numerical Recipes*,
//!   3rd ed., §6.4);
//! - `ln Γ` by Lanczos' approximation with Godfrey's coefficients (g = 7, nine terms), good to
//!   about 15 digits for the positive arguments used here.
//!
//! The quantile is found by bisection on `y`, since `I_y` rises monotonically from 0 to 1.

/// Godfrey's coefficients for Lanczos' approximation with g = 7.
const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

/// `ln Γ(x)` for `x ≥ 0.5`: the F distribution's arguments are half its degrees of freedom,
/// at least 1/2, so the reflection formula for smaller ones (and the sine it needs) is left out.
fn ln_gamma(x: f64) -> f64 {
    let x = x - 1.0;
    let t = x + 7.5;
    let series =
        LANCZOS[1..].iter().enumerate().fold(LANCZOS[0], |sum, (i, c)| sum + c / (x + i as f64 + 1.0));
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + series.ln()
}

/// The continued fraction of the incomplete beta function (Numerical Recipes' `betacf`), by
/// the modified Lentz method.
fn beta_fraction(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=10_000 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let mut step = |coefficient: f64| {
            d = 1.0 + coefficient * d;
            if d.abs() < TINY {
                d = TINY;
            }
            c = 1.0 + coefficient / c;
            if c.abs() < TINY {
                c = TINY;
            }
            d = 1.0 / d;
            d * c
        };
        h *= step(m * (b - m) * x / ((qam + m2) * (a + m2)));
        let delta = step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)));
        h *= delta;
        if (delta - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// The regularized incomplete beta function `I_x(a, b)`, for `a, b > 0` and `x` in `[0, 1]`.
pub fn regularized_beta(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(x, a, b) / a
    } else {
        1.0 - front * beta_fraction(1.0 - x, b, a) / b
    }
}

/// `P(F ≤ x)` for F with `d1` and `d2` degrees of freedom.
pub fn f_cdf(x: f64, d1: f64, d2: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    regularized_beta(d1 * x / (d1 * x + d2), d1 / 2.0, d2 / 2.0)
}

/// The `p` quantile of F with `d1` and `d2` degrees of freedom: the `x` with `P(F ≤ x) = p`.
/// `None` unless `p` lies strictly between 0 and 1 and both degrees of freedom are positive.
pub fn f_quantile(p: f64, d1: f64, d2: f64) -> Option<f64> {
    if !(p > 0.0 && p < 1.0 && d1 > 0.0 && d2 > 0.0 && d1.is_finite() && d2.is_finite()) {
        return None;
    }
    let (a, b) = (d1 / 2.0, d2 / 2.0);
    let (mut low, mut high) = (0.0_f64, 1.0_f64);
    // Halving down to 1e-13 in y takes about 43 steps and leaves the quantile good to about
    // ten significant digits, far beyond the two decimals an interval is shown with.
    for _ in 0..100 {
        if high - low <= 1e-13 {
            break;
        }
        let middle = 0.5 * (low + high);
        if regularized_beta(middle, a, b) < p {
            low = middle;
        } else {
            high = middle;
        }
    }
    let y = 0.5 * (low + high);
    Some(d2 * y / (d1 * (1.0 - y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(found: Option<f64>, expected: f64, tolerance: f64) {
        let found = found.unwrap_or(f64::NAN);
        assert!((found - expected).abs() <= tolerance, "{found} is not {expected} ± {tolerance}");
    }

    #[test]
    fn ln_gamma_matches_factorials_and_the_half() {
        // Γ(n) = (n − 1)!, Γ(1/2) = √π.
        assert!((ln_gamma(1.0)).abs() < 1e-14);
        assert!((ln_gamma(5.0) - 24.0_f64.ln()).abs() < 1e-13);
        assert!((ln_gamma(20.0) - 121_645_100_408_832_000.0_f64.ln()).abs() < 1e-12);
        assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-14);
    }

    #[test]
    fn closed_forms_of_small_degrees_of_freedom() {
        // F(2, 2): P(F ≤ x) = x / (1 + x), so the p quantile is p / (1 − p).
        close(f_quantile(0.975, 2.0, 2.0), 39.0, 1e-9);
        close(f_quantile(0.25, 2.0, 2.0), 1.0 / 3.0, 1e-12);
        // F(1, 1) is the square of a Cauchy variable: the p quantile is tan²(πp/2).
        let tan = (std::f64::consts::FRAC_PI_2 * 0.95).tan();
        close(f_quantile(0.95, 1.0, 1.0), tan * tan, 1e-8);
        assert!((f_cdf(39.0, 2.0, 2.0) - 0.975).abs() < 1e-14);
    }

    #[test]
    fn quantiles_match_printed_f_tables() {
        // Upper percentage points as standard F tables print them (numerator df first):
        // 5 %: F(1, 1) 161.4476, F(1, 3) 10.1280, F(10, 3) 8.7855;
        // 2.5 %: F(1, 3) 17.4434, F(2, 3) 16.0441, F(10, 3) 14.4189;
        // 1 %: F(10, 2) 99.3992, F(2, 10) 7.56, F(4, 10) 5.99; 5 %: F(4, 10) 3.48.
        for (p, d1, d2, printed, places) in [
            (0.95, 1.0, 1.0, 161.4476, 4),
            (0.95, 1.0, 3.0, 10.1280, 4),
            (0.95, 10.0, 3.0, 8.7855, 4),
            (0.975, 1.0, 3.0, 17.4434, 4),
            (0.975, 2.0, 3.0, 16.0441, 4),
            (0.975, 10.0, 3.0, 14.4189, 4),
            (0.99, 10.0, 2.0, 99.3992, 4),
            (0.99, 2.0, 10.0, 7.56, 2),
            (0.99, 4.0, 10.0, 5.99, 2),
            (0.95, 4.0, 10.0, 3.48, 2),
        ] {
            close(f_quantile(p, d1, d2), printed, 0.5 * 10f64.powi(-places));
        }
    }

    #[test]
    fn large_degrees_of_freedom_reproduce_a_published_interval() {
        // statpsych's ci.cronbach(.05, .85, 7, 89) prints LL 0.7971254 and UL 0.8931436 from
        // F quantiles with 88 and 534 degrees of freedom: LL = 1 − 0.15 · F(.975; 88, 534) and
        // UL = 1 − 0.15 / F(.975; 534, 88).
        close(f_quantile(0.975, 88.0, 534.0).map(|f| 1.0 - 0.15 * f), 0.797_125_4, 1e-7);
        close(f_quantile(0.975, 534.0, 88.0).map(|f| 1.0 - 0.15 / f), 0.893_143_6, 1e-7);
        // A large cohort: 5,000 learners and 15 items still converge, to the reciprocal rule.
        let (upper, lower) = (f_quantile(0.975, 4999.0, 69986.0), f_quantile(0.025, 69986.0, 4999.0));
        close(upper.zip(lower).map(|(u, l)| u * l), 1.0, 1e-9);
    }

    #[test]
    fn nonsense_asks_get_no_answer() {
        assert_eq!(f_quantile(0.0, 1.0, 1.0), None);
        assert_eq!(f_quantile(1.0, 1.0, 1.0), None);
        assert_eq!(f_quantile(0.5, 0.0, 1.0), None);
        assert_eq!(f_quantile(f64::NAN, 1.0, 1.0), None);
    }
}
