//! How reliable the statements are on the provider's own learners, measured from the answers
//! their result links carry: the figures the cohort page shows and offers as a `reliability`
//! block for the provider's config, whose standard errors then set the widget's bands.
//!
//! Only the first stage's statements count: every learner answered those, while the second
//! stage asks its extra statements of some learners only, chosen by their first answers.
//! Reverse-keyed statements are mirrored first, as scoring does. "No chance to do this yet" is
//! a missing value: a competency's figures rest on the learners who answered all of its
//! statements on the scale (listwise), and each figure says how many those are.
//!
//! - **Cronbach's α** (Cronbach, 1951), over `k` items and `n` learners:
//!   `α = k / (k − 1) · (1 − Σ s²ᵢ / s²ₜ)`, with `s²ᵢ` each item's variance and `s²ₜ` the
//!   variance of their sum (both with `n − 1`). A competency's items are its statements; an
//!   index's items are its competencies' scores.
//! - **Its 95 % interval** by Feldt (1965), as Feldt, Woodruff & Salih (1987, p. 95, formulas 6
//!   and 7) give it: `(1 − ρ) / (1 − α)` follows F with `n − 1` and `(n − 1)(k − 1)` degrees of
//!   freedom, so `lower = 1 − (1 − α) · F(0.975)` and `upper = 1 − (1 − α) · F(0.025)`. (The R
//!   packages cocron, `cronbach.alpha.CI`, and psychometric, `alpha.CI`, compute the same.)
//! - **The standard error of measurement**, in score points: `SEM = SD · √(1 − α)`, with `SD`
//!   the spread of the score (a competency's 0–100 score, or the index) over the same learners.
//! - **Each statement's corrected item-total correlation**: its Pearson correlation with the
//!   sum of the *other* statements of its competency; under [`WEAK_ITEM_TOTAL`] it is flagged,
//!   a statement that does not go with the rest on these learners.

use crate::model::answers::Answer;
use crate::model::instrument::{Instrument, Track};
use crate::model::scoring::MIN_ANSWERED;

use super::f_distribution::f_quantile;
use super::intake::Member;

/// Figures resting on fewer learners than this are rough, and the page says so.
pub const ROUGH_BELOW: usize = 30;
/// A statement whose corrected item-total correlation is below this is flagged.
pub const WEAK_ITEM_TOTAL: f64 = 0.2;
/// The confidence of the interval around α.
pub const CONFIDENCE: f64 = 0.95;
/// One answer step in score points: the 1..5 scale is stretched onto 0..100.
const POINTS_PER_STEP: f64 = 25.0;

/// α with its interval and the standard error it implies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    pub alpha: f64,
    /// The interval's lower end (Feldt).
    pub low: f64,
    /// The interval's upper end (Feldt).
    pub high: f64,
    /// The standard error of measurement of the score, in points.
    pub sem: f64,
}

/// One scale measured: a competency over its statements, or an index over its competencies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The learners with every item of the scale: those the figures rest on.
    pub learners: usize,
    /// How many items the scale has (first-stage statements, or competencies).
    pub items: usize,
    /// `None` with fewer than two learners or two items, or when the learners' sums do not
    /// differ at all.
    pub figures: Option<Figures>,
}

impl Scale {
    /// Whether the figures rest on fewer than [`ROUGH_BELOW`] learners.
    pub fn is_rough(&self) -> bool {
        self.learners < ROUGH_BELOW
    }
}

/// One first-stage statement against the rest of its competency.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StatementFit {
    /// Index into the instrument's statements.
    pub statement: usize,
    /// The corrected item-total correlation; `None` where the statement's answers or the
    /// others' sums do not vary.
    pub item_total: Option<f64>,
}

impl StatementFit {
    /// Whether it is below [`WEAK_ITEM_TOTAL`].
    pub fn is_weak(&self) -> bool {
        self.item_total.is_some_and(|r| r < WEAK_ITEM_TOTAL)
    }
}

/// One competency measured.
#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyReliability {
    /// Index into the instrument's competencies.
    pub competency: usize,
    pub scale: Scale,
    /// Its first-stage statements, in instrument order.
    pub statements: Vec<StatementFit>,
}

impl CompetencyReliability {
    /// The figures a config can use for the widget's bands: an α of at least 0 (below, the
    /// statements do not measure one thing on these learners, and `SD · √(1 − α)` is no
    /// standard error) and a standard error of at least 0.05 points, which still reads as a
    /// positive number at one decimal.
    pub fn usable(&self) -> Option<Figures> {
        self.scale.figures.filter(|f| f.alpha >= 0.0 && f.sem >= 0.05)
    }
}

/// Everything the cohort page, its CSV and its PDF say about reliability.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortReliability {
    /// The cohort's size.
    pub learners: usize,
    /// How many first-stage statements the figures are measured over.
    pub first_stage: usize,
    /// Indexed like the instrument's competencies.
    pub competencies: Vec<CompetencyReliability>,
    pub management: Scale,
    pub leadership: Scale,
}

impl CohortReliability {
    /// Measures every competency and both indexes on `members`.
    pub fn measure(instrument: &Instrument, members: &[Member]) -> CohortReliability {
        let competencies =
            (0..instrument.competencies.len()).map(|c| measure_competency(instrument, members, c)).collect();
        CohortReliability {
            learners: members.len(),
            first_stage: instrument.first_stage(),
            competencies,
            management: measure_index(instrument, members, Track::Management),
            leadership: measure_index(instrument, members, Track::Leadership),
        }
    }

    /// The index of one track.
    pub fn track(&self, track: Track) -> &Scale {
        match track {
            Track::Management => &self.management,
            Track::Leadership => &self.leadership,
        }
    }

    /// Every scale with figures: whether there is anything to show.
    pub fn has_figures(&self) -> bool {
        self.scales().any(|scale| scale.figures.is_some())
    }

    /// Whether any figure rests on fewer than [`ROUGH_BELOW`] learners.
    pub fn is_rough(&self) -> bool {
        self.scales().any(|scale| scale.figures.is_some() && scale.is_rough())
    }

    /// The flagged statements, in instrument order, with their correlation.
    pub fn weak_statements(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.competencies
            .iter()
            .flat_map(|c| &c.statements)
            .filter(|fit| fit.is_weak())
            .filter_map(|fit| Some((fit.statement, fit.item_total?)))
    }

    /// For each competency, the SEM and the statement count a config's `reliability` block
    /// carries, where its figures are usable: what `ErrorModel::measured` takes.
    pub fn measured(&self) -> Vec<Option<(f64, usize)>> {
        self.competencies.iter().map(|c| c.usable().map(|f| (f.sem, c.scale.items))).collect()
    }

    fn scales(&self) -> impl Iterator<Item = &Scale> {
        self.competencies.iter().map(|c| &c.scale).chain([&self.management, &self.leadership])
    }
}

/// The first-stage statements of competency `c`.
pub(super) fn first_stage_of(instrument: &Instrument, c: usize) -> Vec<usize> {
    instrument.statements_of(c).iter().copied().filter(|&s| !instrument.is_extra(s)).collect()
}

/// A statement's answer on the 1..5 scale, reverse-keyed ones mirrored; `None` for "no chance
/// yet" or no answer.
fn scored(instrument: &Instrument, member: &Member, statement: usize) -> Option<f64> {
    match member.answers.get(statement)? {
        Answer::Frequency(f) if instrument.statements[statement].reverse => {
            Some(f64::from(f.mirrored().value()))
        }
        Answer::Frequency(f) => Some(f64::from(f.value())),
        Answer::NoChanceYet => None,
    }
}

fn measure_competency(instrument: &Instrument, members: &[Member], c: usize) -> CompetencyReliability {
    let statements = first_stage_of(instrument, c);
    let rows: Vec<Vec<f64>> = members
        .iter()
        .filter_map(|member| statements.iter().map(|&s| scored(instrument, member, s)).collect())
        .collect();
    let items = statements.len();
    // A competency's score is the mean of its k answers, less 1, times 25: its spread is the
    // sum's spread times 25 / k.
    let per_sum = POINTS_PER_STEP / items.max(1) as f64;
    CompetencyReliability {
        competency: c,
        scale: Scale { learners: rows.len(), items, figures: figures(&rows, per_sum) },
        statements: statements
            .iter()
            .enumerate()
            .map(|(i, &statement)| StatementFit { statement, item_total: corrected_item_total(&rows, i) })
            .collect(),
    }
}

/// A competency's score from its first-stage `statements` alone, as scoring makes it: `None`
/// with fewer than [`MIN_ANSWERED`] of them answered on the scale.
fn first_stage_score(instrument: &Instrument, member: &Member, statements: &[usize]) -> Option<f64> {
    let (sum, count) = statements
        .iter()
        .filter_map(|&s| scored(instrument, member, s))
        .fold((0.0, 0usize), |(sum, count), value| (sum + value, count + 1));
    (count >= MIN_ANSWERED).then(|| (sum / count as f64 - 1.0) * POINTS_PER_STEP)
}

fn measure_index(instrument: &Instrument, members: &[Member], track: Track) -> Scale {
    let competencies: Vec<Vec<usize>> =
        instrument.competencies_in(track).map(|c| first_stage_of(instrument, c)).collect();
    let rows: Vec<Vec<f64>> = members
        .iter()
        .filter_map(|member| {
            competencies.iter().map(|statements| first_stage_score(instrument, member, statements)).collect()
        })
        .collect();
    // The index is the mean of its m competency scores: its spread is the sum's over m.
    let per_sum = 1.0 / competencies.len().max(1) as f64;
    Scale { learners: rows.len(), items: competencies.len(), figures: figures(&rows, per_sum) }
}

/// α, its interval and the SEM of `rows` (one per learner, one value per item), the score's
/// spread being `per_sum` times the spread of the item sum.
fn figures(rows: &[Vec<f64>], per_sum: f64) -> Option<Figures> {
    let alpha = cronbach_alpha(rows)?;
    let items = rows.first()?.len();
    let (low, high) = feldt_interval(alpha, rows.len(), items, CONFIDENCE)?;
    let sums: Vec<f64> = rows.iter().map(|row| row.iter().sum()).collect();
    let sd = variance(&sums)?.sqrt() * per_sum;
    Some(Figures { alpha, low, high, sem: sd * (1.0 - alpha).max(0.0).sqrt() })
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// The sample variance (with `n − 1`); `None` for fewer than two values.
fn variance(values: &[f64]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let m = mean(values);
    Some(values.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (values.len() - 1) as f64)
}

/// Cronbach's α of `rows` (one per learner, the same number of items in each); `None` with
/// fewer than two learners or two items, or when the sums do not vary.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if k < 2 || rows.iter().any(|row| row.len() != k) {
        return None;
    }
    let sums: Vec<f64> = rows.iter().map(|row| row.iter().sum()).collect();
    let total = variance(&sums)?;
    if total <= 0.0 {
        return None;
    }
    let mut items = 0.0;
    for i in 0..k {
        let column: Vec<f64> = rows.iter().map(|row| row[i]).collect();
        items += variance(&column)?;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - items / total))
}

/// Feldt's interval around `alpha`, measured on `learners` over `items`, at `confidence`:
/// `1 − (1 − α) · F(1 − c/2)` to `1 − (1 − α) · F(c/2)`, F with `n − 1` and `(n − 1)(k − 1)`
/// degrees of freedom and `c = 1 − confidence` (Feldt, Woodruff & Salih, 1987, p. 95).
pub fn feldt_interval(alpha: f64, learners: usize, items: usize, confidence: f64) -> Option<(f64, f64)> {
    if learners < 2 || items < 2 {
        return None;
    }
    let d1 = (learners - 1) as f64;
    let d2 = d1 * (items - 1) as f64;
    let tail = (1.0 - confidence) / 2.0;
    let upper_f = f_quantile(1.0 - tail, d1, d2)?;
    let lower_f = f_quantile(tail, d1, d2)?;
    Some((1.0 - (1.0 - alpha) * upper_f, 1.0 - (1.0 - alpha) * lower_f))
}

/// The Pearson correlation of item `item` with the sum of the other items of `rows`; `None`
/// when either does not vary or there are fewer than two learners or two items.
pub fn corrected_item_total(rows: &[Vec<f64>], item: usize) -> Option<f64> {
    if rows.len() < 2 || rows.iter().any(|row| row.len() < 2 || item >= row.len()) {
        return None;
    }
    let own: Vec<f64> = rows.iter().map(|row| row[item]).collect();
    let rest: Vec<f64> = rows.iter().map(|row| row.iter().sum::<f64>() - row[item]).collect();
    let (mo, mr) = (mean(&own), mean(&rest));
    let covariance: f64 = own.iter().zip(&rest).map(|(o, r)| (o - mo) * (r - mr)).sum();
    let spread = own.iter().map(|o| (o - mo) * (o - mo)).sum::<f64>()
        * rest.iter().map(|r| (r - mr) * (r - mr)).sum::<f64>();
    (spread > 0.0).then(|| covariance / spread.sqrt())
}

/// `value` with exactly `places` decimals, never `-0`: how the page, the CSV and the PDF
/// write α and its interval, so that a column of them lines up. Rounded in integers, as
/// [`crate::decimal::format_decimal`] does, so that no float formatting reaches the wasm.
pub fn fixed(value: f64, places: u32) -> String {
    let scale = 10_u64.pow(places);
    let units = if value.is_finite() { (value * scale as f64).round() as i64 } else { 0 };
    let sign = if units < 0 { "-" } else { "" };
    let (whole, fraction) = (units.unsigned_abs() / scale, units.unsigned_abs() % scale);
    let width = places as usize;
    if width == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction:0width$}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::fixtures::{FIVE_LEARNERS, code_by_place, members_of};
    use crate::model::answers::{Context, Frequency};
    use crate::model::fixtures::builtin;
    use crate::model::share::encode;

    fn close(found: Option<f64>, expected: f64, tolerance: f64) {
        let found = found.unwrap_or(f64::NAN);
        assert!((found - expected).abs() <= tolerance, "{found} is not {expected} ± {tolerance}");
    }

    /// Denis (2016), *Applied Univariate, Bivariate, and Multivariate Statistics*, Wiley, §1
    /// on reliability: five items, ten cases, with SPSS's output printed beside them.
    const DENIS: [[f64; 5]; 10] = [
        [10.0, 12.0, 15.0, 11.0, 12.0],
        [12.0, 18.0, 12.0, 12.0, 1.0],
        [8.0, 16.0, 14.0, 14.0, 4.0],
        [6.0, 8.0, 16.0, 8.0, 6.0],
        [4.0, 7.0, 8.0, 7.0, 5.0],
        [6.0, 6.0, 3.0, 7.0, 3.0],
        [3.0, 4.0, 6.0, 5.0, 8.0],
        [7.0, 3.0, 7.0, 9.0, 9.0],
        [8.0, 9.0, 4.0, 10.0, 10.0],
        [9.0, 5.0, 6.0, 11.0, 12.0],
    ];

    #[test]
    fn alpha_and_item_total_correlations_match_a_published_example() {
        let rows: Vec<Vec<f64>> = DENIS.iter().map(|row| row.to_vec()).collect();
        // SPSS: α 0.633; corrected item-total correlations .712, .558, .512, .796, −.228; α
        // without item 5, 0.824.
        close(cronbach_alpha(&rows), 0.633, 0.0005);
        for (item, printed) in [0.712, 0.558, 0.512, 0.796, -0.228].into_iter().enumerate() {
            close(corrected_item_total(&rows, item), printed, 0.0005);
        }
        let four: Vec<Vec<f64>> = DENIS.iter().map(|row| row[..4].to_vec()).collect();
        close(cronbach_alpha(&four), 0.824, 0.0005);
    }

    #[test]
    fn alpha_its_interval_and_the_sem_worked_by_hand() {
        let rows: Vec<Vec<f64>> = FIVE_LEARNERS.iter().map(|row| row.map(f64::from).to_vec()).collect();
        // Item variances 2.5, 1.0, 1.3 (sum 4.8); sums 5, 7, 10, 13, 12 with variance 11.3:
        // α = 3/2 · (1 − 4.8/11.3) = 0.862832.
        close(cronbach_alpha(&rows), 0.862_832, 1e-6);
        // F with 4 and 8 degrees of freedom: F(.975) = 5.0526 and F(.025) = 1 / F(.975; 8, 4) =
        // 1 / 8.9796 = 0.11136 (printed tables): 1 − 0.137168 · 5.0526 = 0.3069 and
        // 1 − 0.137168 · 0.11136 = 0.9847.
        let (low, high) = feldt_interval(0.862_832, 5, 3, 0.95).expect("an interval");
        close(Some(low), 0.3069, 0.0001);
        close(Some(high), 0.9847, 0.0001);
        // The score's spread: 25/3 · √11.3 = 28.013 points; SEM = 28.0129 · √0.137168 = 10.3749.
        let figures = figures(&rows, 25.0 / 3.0).expect("figures");
        close(Some(figures.sem), 10.3749, 0.0001);
        // Item 1 against items 2 + 3: covariance sum 10, squares 10 and 15.2: r = 0.811; item 2:
        // 7 / √(4 · 27.2) = 0.671; item 3: 9 / √(5.2 · 22) = 0.841.
        for (item, by_hand) in [0.811, 0.671, 0.841].into_iter().enumerate() {
            close(corrected_item_total(&rows, item), by_hand, 0.0005);
        }
    }

    #[test]
    fn no_figure_without_two_learners_two_items_or_any_spread() {
        assert_eq!(cronbach_alpha(&[vec![1.0, 2.0]]), None);
        assert_eq!(cronbach_alpha(&[vec![1.0], vec![2.0]]), None);
        assert_eq!(cronbach_alpha(&[vec![3.0, 3.0], vec![3.0, 3.0]]), None);
        assert_eq!(cronbach_alpha(&[]), None);
        assert_eq!(corrected_item_total(&[vec![1.0, 2.0], vec![1.0, 3.0]], 0), None, "item 1 does not vary");
        assert_eq!(feldt_interval(0.8, 1, 3, 0.95), None);
        // Identical items: α is 1, and so is its whole interval; the SEM is 0.
        let same = [vec![1.0, 1.0], vec![3.0, 3.0], vec![4.0, 4.0]];
        let figures = figures(&same, 12.5).expect("figures");
        assert_eq!((figures.alpha, figures.low, figures.high, figures.sem), (1.0, 1.0, 1.0, 0.0));
    }

    #[test]
    fn fixed_decimals_never_show_minus_zero() {
        assert_eq!(fixed(0.862_832, 2), "0.86");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(-0.228, 2), "-0.23");
        assert_eq!(fixed(1.0, 2), "1.00");
        assert_eq!(fixed(10.3749, 1), "10.4");
        assert_eq!(fixed(0.05, 0), "0");
        assert_eq!(fixed(f64::NAN, 2), "0.00");
    }

    #[test]
    fn a_cohort_is_measured_on_its_first_stage_with_reverse_keyed_statements_mirrored() {
        let instrument = builtin();
        assert!(
            instrument.statements.iter().any(|s| s.reverse),
            "the built-in set has reverse-keyed statements"
        );
        let levels = FIVE_LEARNERS;
        // The second stage's answers, given by some learners only, change nothing.
        let extras = [None, Some(Answer::Frequency(Frequency::Never)), None, Some(Answer::NoChanceYet), None];
        let codes: Vec<String> =
            levels.iter().zip(extras).map(|(l, e)| code_by_place(&instrument, *l, e)).collect();
        let reliability = CohortReliability::measure(&instrument, &members_of(&instrument, &codes));
        assert_eq!((reliability.learners, reliability.first_stage), (5, 48));
        assert_eq!(reliability.competencies.len(), 16);
        for competency in &reliability.competencies {
            assert_eq!((competency.scale.learners, competency.scale.items), (5, 3));
            let figures = competency.scale.figures.expect("figures");
            close(Some(figures.alpha), 0.862_832, 1e-6);
            close(Some(figures.low), 0.3069, 0.0001);
            close(Some(figures.sem), 10.3749, 0.0001);
            assert_eq!(competency.statements.len(), 3);
            assert!(competency.statements.iter().all(|fit| !fit.is_weak()));
        }
        // Every competency scores the same for each learner, so the index's items agree
        // perfectly: α 1, SEM 0, and nothing for the widget to use from the index.
        let management = reliability.track(Track::Management);
        assert_eq!((management.learners, management.items), (5, 7));
        close(management.figures.map(|f| f.alpha), 1.0, 1e-12);
        assert_eq!(reliability.leadership.items, 9);
        assert!(reliability.is_rough(), "five learners");
        assert!(reliability.has_figures());
        let measured = reliability.measured();
        assert_eq!(measured.len(), 16);
        assert!(measured.iter().all(|m| m.is_some_and(|(sem, k)| (sem - 10.3749).abs() < 0.0001 && k == 3)));
    }

    #[test]
    fn no_chance_answers_leave_a_learner_out_of_that_competency_only() {
        let instrument = builtin();
        let levels = FIVE_LEARNERS;
        let mut codes: Vec<String> = levels.iter().map(|l| code_by_place(&instrument, *l, None)).collect();
        // A sixth learner with "no chance yet" on planning's first statement.
        let mut sheet = crate::model::share::decode(&instrument, &codes[2]).expect("a code").0;
        let planning = first_stage_of(&instrument, 0);
        sheet.set(planning[0], Answer::NoChanceYet);
        codes.push(encode(&instrument, &sheet, &Context::default()));
        let reliability = CohortReliability::measure(&instrument, &members_of(&instrument, &codes));
        assert_eq!(reliability.competencies[0].scale.learners, 5, "listwise: planning rests on five");
        close(reliability.competencies[0].scale.figures.map(|f| f.alpha), 0.862_832, 1e-6);
        assert_eq!(reliability.competencies[1].scale.learners, 6);
        // Two of planning's three answered still score it: the index keeps all six.
        assert_eq!(reliability.management.learners, 6);
    }

    #[test]
    fn a_statement_against_the_rest_of_its_competency_is_flagged() {
        let instrument = builtin();
        // The first two statements rise together; the third runs mildly against them.
        let levels = [[1, 1, 3], [2, 2, 3], [3, 3, 2], [4, 4, 3], [5, 5, 2], [3, 2, 4]];
        let codes: Vec<String> = levels.iter().map(|l| code_by_place(&instrument, *l, None)).collect();
        let reliability = CohortReliability::measure(&instrument, &members_of(&instrument, &codes));
        let planning = &reliability.competencies[0];
        assert!(!planning.statements[0].is_weak() && !planning.statements[1].is_weak(), "{planning:?}");
        assert!(planning.statements[2].is_weak(), "{:?}", planning.statements[2]);
        let weak: Vec<usize> = reliability.weak_statements().map(|(s, _)| s).collect();
        assert_eq!(weak.len(), 16, "the same in every competency");
        assert_eq!(weak[0], first_stage_of(&instrument, 0)[2]);
    }

    #[test]
    fn only_a_non_negative_alpha_with_a_standard_error_is_usable() {
        let with = |alpha: f64, sem: f64| CompetencyReliability {
            competency: 0,
            scale: Scale {
                learners: 40,
                items: 3,
                figures: Some(Figures { alpha, low: 0.0, high: 1.0, sem }),
            },
            statements: Vec::new(),
        };
        assert_eq!(with(-0.3, 30.0).usable(), None, "the statements do not measure one thing");
        assert_eq!(with(1.0, 0.0).usable(), None, "no error to widen a band with");
        assert_eq!(with(0.0, 25.0).usable().map(|f| f.sem), Some(25.0));
        assert_eq!(with(0.71, 9.8).usable().map(|f| f.alpha), Some(0.71));
        assert!(!with(0.7, 9.0).scale.is_rough());
    }
}
