//! `cargo xtask simulate`: how often would a retake contradict what the results say?
//!
//! A Monte Carlo study over the widget's own scoring, profile, topic, band, second-stage and
//! colleague code (the library, not a copy of it). Simulated learners have a true level for
//! each competency; they answer every statement from a stated response model, twice, with
//! fresh noise each time, and each attempt is scored exactly as the widget scores it. Every
//! categorical statement the results make is then compared across the two attempts: how often
//! it is made at all, and how often the retake states the opposite.
//!
//! The model's assumptions are in [`Assumptions`] and printed with every run; they are the
//! textbook ones the issue names, not tuned to any goal. docs/trust.md explains them and the
//! figures.

use std::collections::BTreeMap;

use leadership_balance::config::ProviderConfig;
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::colleague::GAP;
use leadership_balance::model::instrument::{Instrument, Track};
use leadership_balance::model::profile::{DEFAULT_THRESHOLD, Profile};
use leadership_balance::model::report::{Report, SHOWN, next_step};
use leadership_balance::model::scoring::{CompetencyScore, Scores};
use leadership_balance::model::second_stage::{self, MAX_EXTRA};
use leadership_balance::model::topics::rank_topics;
use leadership_balance::model::uncertainty::{
    Band, Bands, Change, ErrorModel, Lean, Placement, Tier, clear_gap,
};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Distribution, StandardNormal};
use serde_json::{Value, json};

use crate::run::root;

/// What the simulated learners are assumed to be. Printed with every run.
#[derive(Clone, Debug)]
pub struct Assumptions {
    /// The correlations between two statements of one competency swept over.
    pub item_correlations: Vec<f64>,
    /// The correlation between the true levels of two competencies of one track.
    pub within_track: f64,
    /// The correlation between the true levels of two competencies of different tracks.
    pub across_tracks: f64,
    /// How a population answers a statement, Never to Almost always: the marginal shares the
    /// ordinal-probit thresholds are cut at.
    pub answer_shares: [f64; 5],
    /// Each learner's self-view of a competency differs from how colleagues see it by a
    /// normal amount with this SD (in latent units), the same on both attempts.
    pub self_view_spread: f64,
    /// How many colleagues answer, in the colleague study.
    pub colleagues: [usize; 2],
    /// In the change study: the true change of a learner who did change, in latent SDs, on
    /// every competency of one track.
    pub true_change: f64,
    /// Learners simulated per correlation.
    pub learners: usize,
    pub seed: u64,
}

impl Default for Assumptions {
    fn default() -> Assumptions {
        Assumptions {
            item_correlations: vec![0.2, 0.3, 0.4, 0.5],
            within_track: 0.5,
            across_tracks: 0.3,
            answer_shares: [0.05, 0.12, 0.30, 0.35, 0.18],
            self_view_spread: 0.5,
            colleagues: [2, 3],
            true_change: 0.5,
            learners: 20_000,
            seed: 20_261_206,
        }
    }
}

/// The inverse of the standard normal CDF (Acklam's rational approximation, relative error
/// under 1.2e-9), to cut the latent response at the answer shares.
fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -39.696_830_286_653_76,
        220.946_098_424_520_5,
        -275.928_510_446_968_7,
        138.357_751_867_269,
        -30.664_798_066_147_16,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -54.476_098_798_224_06,
        161.585_836_858_040_9,
        -155.698_979_859_886_6,
        66.801_311_887_719_72,
        -13.280_681_552_885_72,
    ];
    const C: [f64; 6] = [
        -0.007_784_894_002_430_293,
        -0.322_396_458_041_136_5,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] =
        [0.007_784_695_709_041_462, 0.322_467_129_070_039_8, 2.445_134_137_142_996, 3.754_408_661_907_416];
    let low = 0.024_25;
    if p < low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -normal_quantile(1.0 - p)
    }
}

/// The response model: a latent response `√r · level + √(1 − r) · noise`, with level and
/// noise standard normal, cut into the five answers at the thresholds that give the
/// population's answer shares. Two statements of one competency then correlate `r` (in the
/// latent response; a little less in the answers themselves, which the run reports).
struct ResponseModel {
    loading: f64,
    noise: f64,
    thresholds: [f64; 4],
}

impl ResponseModel {
    fn new(correlation: f64, shares: &[f64; 5]) -> ResponseModel {
        let mut cumulative = 0.0;
        let mut thresholds = [0.0; 4];
        for (i, share) in shares.iter().take(4).enumerate() {
            cumulative += share;
            thresholds[i] = normal_quantile(cumulative);
        }
        ResponseModel { loading: correlation.sqrt(), noise: (1.0 - correlation).sqrt(), thresholds }
    }

    /// One answer, on the competency's own direction (not yet reverse-keyed).
    fn answer(&self, level: f64, rng: &mut StdRng) -> Frequency {
        let noise: f64 = StandardNormal.sample(rng);
        let latent = self.loading * level + self.noise * noise;
        let step = self.thresholds.iter().filter(|&&t| latent > t).count();
        Frequency::ALL[step]
    }
}

/// A simulated learner: a true level per competency (as they see it themselves, and as
/// colleagues see it) and a career stage.
struct Learner {
    own_view: Vec<f64>,
    colleagues_view: Vec<f64>,
    experience: Experience,
}

fn learner(instrument: &Instrument, assumptions: &Assumptions, rng: &mut StdRng) -> Learner {
    // A factor structure that gives exactly the stated correlations: a general level shared by
    // all competencies, a track level shared within a track, and a competency's own part.
    let general: f64 = StandardNormal.sample(rng);
    let tracks: [f64; 2] = [StandardNormal.sample(rng), StandardNormal.sample(rng)];
    let (g, t) =
        (assumptions.across_tracks.sqrt(), (assumptions.within_track - assumptions.across_tracks).sqrt());
    let own = (1.0 - assumptions.within_track).sqrt();
    let colleagues_view: Vec<f64> = instrument
        .competencies
        .iter()
        .map(|c| {
            let track = if c.track == Track::Management { tracks[0] } else { tracks[1] };
            let part: f64 = StandardNormal.sample(rng);
            g * general + t * track + own * part
        })
        .collect();
    let own_view = colleagues_view
        .iter()
        .map(|level| {
            let bias: f64 = StandardNormal.sample(rng);
            level + assumptions.self_view_spread * bias
        })
        .collect();
    let experience = Experience::ALL[rng.random_range(0..Experience::ALL.len())];
    Learner { own_view, colleagues_view, experience }
}

/// Answers `statements` for levels `levels` into `sheet`.
fn answer_into(
    instrument: &Instrument,
    model: &ResponseModel,
    levels: &[f64],
    statements: impl Iterator<Item = usize>,
    sheet: &mut AnswerSheet,
    rng: &mut StdRng,
) {
    for s in statements {
        let f = model.answer(levels[instrument.competency_of(s)], rng);
        let f = if instrument.statements[s].reverse { f.mirrored() } else { f };
        sheet.set(s, Answer::Frequency(f));
    }
}

/// One attempt, the second stage included when `adaptive`: the answers and how many extra
/// statements were asked. The learner answers the whole bank (each statement with its own
/// noise); the second stage is replayed over those answers by the library's own
/// [`second_stage::replay`], as the command-line scorer does.
fn attempt(
    instrument: &Instrument,
    model: &ResponseModel,
    levels: &[f64],
    experience: Experience,
    errors: &ErrorModel,
    adaptive: bool,
    rng: &mut StdRng,
) -> (AnswerSheet, usize) {
    let mut all = AnswerSheet::new(instrument.statements.len());
    answer_into(instrument, model, levels, 0..instrument.statements.len(), &mut all, rng);
    if adaptive {
        let (asked, answers) =
            second_stage::replay(instrument, &all, Some(experience), DEFAULT_THRESHOLD, errors);
        return (answers, asked.len());
    }
    let mut first = AnswerSheet::new(instrument.statements.len());
    for s in (0..instrument.statements.len()).filter(|&s| !instrument.is_extra(s)) {
        if let Some(answer) = all.get(s) {
            first.set(s, answer);
        }
    }
    (first, 0)
}

/// Everything categorical one attempt states, the way today's results state it and the way
/// the banded results state it.
struct Stated {
    profile: Option<Profile>,
    placement: Option<Placement>,
    /// Leadership minus management, as today's balance chart tips it (+1, 0, −1).
    tips: i8,
    lean: Option<Lean>,
    first_topic: Option<usize>,
    top_three: Vec<usize>,
    tiers: BTreeMap<usize, Tier>,
    strengths: Vec<usize>,
    growth: Vec<usize>,
    clear_strengths: Vec<usize>,
    clear_growth: Vec<usize>,
    /// The answer to "management or leadership first?": today's, and the banded one (`None`
    /// where the answers do not support one).
    next_today: Track,
    next: Option<Track>,
    scores: Scores,
    bands: Bands,
}

fn stated(
    instrument: &Instrument,
    sheet: &AnswerSheet,
    experience: Experience,
    errors: &ErrorModel,
) -> Stated {
    // What the widget states: its own report, built as the results page builds it.
    let context = Context { experience: Some(experience), reports: None };
    let report = Report::build(instrument, sheet, &context, DEFAULT_THRESHOLD, errors);
    // What it stated before bands: the profile at the line, the balance by its sign, the
    // topics by rank, the three highest and lowest competencies.
    let scores = &report.scores;
    let profile = Profile::place(scores.management, scores.leadership, DEFAULT_THRESHOLD);
    let ranked = rank_topics(instrument, scores, Some(experience));
    let (strengths, growth) = scores.strengths_and_growth_areas(SHOWN);
    let balance = scores.balance().unwrap_or(0.0);
    let tips: i8 = if balance > 0.0 {
        1
    } else if balance < 0.0 {
        -1
    } else {
        0
    };
    let today_lean = match tips {
        1 => Lean::Leadership,
        -1 => Lean::Management,
        _ => Lean::Even,
    };
    Stated {
        next_today: next_step(profile, Some(today_lean)).unwrap_or(Track::Management),
        next: report.next_step,
        profile,
        placement: report.placement,
        tips,
        lean: report.lean,
        first_topic: ranked.first().map(|r| r.topic),
        top_three: ranked.iter().take(SHOWN).map(|r| r.topic).collect(),
        tiers: report.topics.iter().map(|t| (t.recommendation.topic, t.tier)).collect(),
        strengths,
        growth,
        clear_strengths: report.strengths.clone(),
        clear_growth: report.growth_areas.clone(),
        scores: report.scores.clone(),
        bands: report.bands.clone(),
    }
}

/// How often a statement was made, and how often a retake stated the opposite.
#[derive(Clone, Copy, Debug, Default)]
struct Rate {
    /// Occasions on which it could be made.
    chances: u64,
    /// Occasions on which the first attempt made it.
    stated: u64,
    /// Of those, occasions on which the retake stated the opposite.
    contradicted: u64,
}

impl Rate {
    fn count(&mut self, stated: bool, contradicted: bool) {
        self.chances += 1;
        self.stated += u64::from(stated);
        self.contradicted += u64::from(stated && contradicted);
    }

    fn stated_share(self) -> f64 {
        self.stated as f64 / self.chances.max(1) as f64
    }

    /// Contradicted, as a share of all chances (what a learner meets on a retake).
    fn contradicted_share(self) -> f64 {
        self.contradicted as f64 / self.chances.max(1) as f64
    }

    /// Contradicted, as a share of the occasions it was stated.
    fn contradicted_when_stated(self) -> f64 {
        self.contradicted as f64 / self.stated.max(1) as f64
    }

    fn json(self) -> Value {
        json!({
            "stated": round(self.stated_share()),
            "contradicted": round(self.contradicted_share()),
            "contradicted_when_stated": round(self.contradicted_when_stated()),
        })
    }
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The rates of one run: every statement, today's way and the banded way.
#[derive(Default)]
struct Rates {
    profile_today: Rate,
    profile: Rate,
    profile_after_second_stage: Rate,
    balance_today: Rate,
    balance: Rate,
    balance_after_second_stage: Rate,
    first_topic_today: Rate,
    same_top_three_today: u64,
    top_tier_to_bottom_tier: Rate,
    top_tier_to_bottom_tier_after_second_stage: Rate,
    strengths_today: Rate,
    strengths: Rate,
    next_today: Rate,
    next: Rate,
    next_after_second_stage: Rate,
    change_today: Rate,
    change: Rate,
    change_detected: Rate,
    colleagues: BTreeMap<usize, (Rate, Rate)>,
    /// For each z of [`TRADE_OFF_Z`]: "management or leadership first?", the profile and the
    /// balance, stated with bands of that z.
    trade_off: Vec<[Rate; 3]>,
    extra_asked: Vec<usize>,
    /// Per competency and both indexes: sums of squared differences between attempts.
    squared_differences: Vec<(f64, u64)>,
    /// Σx, Σy, Σx², Σy², Σxy and n over two statements of each competency (first attempt).
    pair_sums: [f64; 6],
}

/// Band widths tried for the trade-off between saying more and being contradicted: z of 1.96
/// (95 %, the widget's), 1.64 (90 %), 1.28 (80 %), 1.0 (68 %) and 0.67 (50 %).
const TRADE_OFF_Z: [f64; 5] = [1.96, 1.645, 1.28, 1.0, 0.674];

fn opposite(a: Lean, b: Lean) -> bool {
    matches!((a, b), (Lean::Management, Lean::Leadership) | (Lean::Leadership, Lean::Management))
}

/// A strength on one attempt named a growth area on the other (or the reverse).
fn crossed(a: (&[usize], &[usize]), b: (&[usize], &[usize])) -> (u64, u64) {
    let named = (a.0.len() + a.1.len()) as u64;
    let crossed =
        a.0.iter().filter(|c| b.1.contains(c)).count() + a.1.iter().filter(|c| b.0.contains(c)).count();
    (named, crossed as u64)
}

fn run_one(
    instrument: &Instrument,
    correlation: f64,
    assumptions: &Assumptions,
    errors: &ErrorModel,
) -> Rates {
    let mut rng = StdRng::seed_from_u64(assumptions.seed ^ (correlation * 1000.0) as u64);
    let model = ResponseModel::new(correlation, &assumptions.answer_shares);
    let has_extra = (0..instrument.statements.len()).any(|s| instrument.is_extra(s));
    let mut rates =
        Rates { squared_differences: vec![(0.0, 0); instrument.competencies.len() + 2], ..Rates::default() };
    for _ in 0..assumptions.learners {
        let person = learner(instrument, assumptions, &mut rng);
        let levels = &person.own_view;
        let (first, _) = attempt(instrument, &model, levels, person.experience, errors, false, &mut rng);
        let (retake, _) = attempt(instrument, &model, levels, person.experience, errors, false, &mut rng);
        let (a, b) = (
            stated(instrument, &first, person.experience, errors),
            stated(instrument, &retake, person.experience, errors),
        );
        rates.profile_today.count(a.profile.is_some(), a.profile != b.profile);
        rates.profile.count(
            matches!(a.placement, Some(Placement::Clear(_))),
            matches!((a.placement, b.placement), (Some(Placement::Clear(x)), Some(Placement::Clear(y))) if x != y),
        );
        rates.balance_today.count(a.tips != 0, a.tips != 0 && b.tips == -a.tips);
        rates.balance.count(
            matches!(a.lean, Some(Lean::Management | Lean::Leadership)),
            matches!((a.lean, b.lean), (Some(x), Some(y)) if opposite(x, y)),
        );
        rates.first_topic_today.count(a.first_topic.is_some(), a.first_topic != b.first_topic);
        let mut sorted = (a.top_three.clone(), b.top_three.clone());
        sorted.0.sort_unstable();
        sorted.1.sort_unstable();
        rates.same_top_three_today += u64::from(sorted.0 == sorted.1);
        for (topic, tier) in &a.tiers {
            if *tier == Tier::StartHere {
                rates.top_tier_to_bottom_tier.count(true, b.tiers.get(topic) == Some(&Tier::Later));
            } else {
                rates.top_tier_to_bottom_tier.count(false, false);
            }
        }
        let (named, crossed_today) = crossed((&a.strengths, &a.growth), (&b.strengths, &b.growth));
        for i in 0..(2 * SHOWN) as u64 {
            rates.strengths_today.count(i < named, i < crossed_today);
        }
        let (named, crossed_banded) =
            crossed((&a.clear_strengths, &a.clear_growth), (&b.clear_strengths, &b.clear_growth));
        for i in 0..(2 * SHOWN) as u64 {
            rates.strengths.count(i < named, i < crossed_banded);
        }
        if rates.trade_off.is_empty() {
            rates.trade_off = vec![[Rate::default(); 3]; TRADE_OFF_Z.len()];
        }
        for (z, [next, profile, balance]) in TRADE_OFF_Z.iter().zip(&mut rates.trade_off) {
            let scaled = errors.scaled(z / leadership_balance::model::uncertainty::Z);
            let (x, y) = (
                stated(instrument, &first, person.experience, &scaled),
                stated(instrument, &retake, person.experience, &scaled),
            );
            next.count(x.next.is_some(), matches!((x.next, y.next), (Some(p), Some(q)) if p != q));
            profile.count(
                matches!(x.placement, Some(Placement::Clear(_))),
                matches!((x.placement, y.placement), (Some(Placement::Clear(p)), Some(Placement::Clear(q))) if p != q),
            );
            balance.count(
                matches!(x.lean, Some(Lean::Management | Lean::Leadership)),
                matches!((x.lean, y.lean), (Some(p), Some(q)) if opposite(p, q)),
            );
        }
        rates.next_today.count(true, a.next_today != b.next_today);
        rates.next.count(a.next.is_some(), matches!((a.next, b.next), (Some(x), Some(y)) if x != y));
        // The change study: no true change between the attempts, so any change stated is a
        // contradiction of the truth; today's results state every difference.
        for c in 0..instrument.competencies.len() {
            let (x, y) = (a.scores.competencies[c].value(), b.scores.competencies[c].value());
            if let (Some(x), Some(y)) = (x, y) {
                let differs = (x - y).abs() > f64::EPSILON;
                rates.change_today.count(differs, differs);
            }
            if let (Some(x), Some(y)) = (a.bands.competencies[c], b.bands.competencies[c]) {
                let called = Change::between(x, y) != Change::AboutTheSame;
                rates.change.count(called, called);
                let slot = &mut rates.squared_differences[c];
                *slot = (slot.0 + (x.value - y.value).powi(2), slot.1 + 1);
            }
        }
        for (i, track) in [Track::Management, Track::Leadership].into_iter().enumerate() {
            if let (Some(x), Some(y)) = (a.bands.index(track), b.bands.index(track)) {
                let slot = &mut rates.squared_differences[instrument.competencies.len() + i];
                *slot = (slot.0 + (x.value - y.value).powi(2), slot.1 + 1);
            }
        }
        // The observed correlation of two statements of one competency, on the first attempt.
        for c in 0..instrument.competencies.len() {
            let points: Vec<f64> = instrument
                .statements_of(c)
                .iter()
                .filter(|&&s| !instrument.is_extra(s))
                .filter_map(|&s| match first.get(s)? {
                    Answer::Frequency(f) if instrument.statements[s].reverse => {
                        Some(f64::from(f.mirrored().value()))
                    }
                    Answer::Frequency(f) => Some(f64::from(f.value())),
                    Answer::NoChanceYet => None,
                })
                .collect();
            if let [x, y, ..] = points[..] {
                for (slot, v) in rates.pair_sums.iter_mut().zip([x, y, x * x, y * y, x * y, 1.0]) {
                    *slot += v;
                }
            }
        }
        // A learner who truly changed: every competency of one track up by `true_change`.
        let track = if rng.random_bool(0.5) { Track::Management } else { Track::Leadership };
        let changed: Vec<f64> = levels
            .iter()
            .enumerate()
            .map(
                |(c, l)| {
                    if instrument.competencies[c].track == track { l + assumptions.true_change } else { *l }
                },
            )
            .collect();
        let (after, _) = attempt(instrument, &model, &changed, person.experience, errors, false, &mut rng);
        let after = stated(instrument, &after, person.experience, errors);
        if let (Some(x), Some(y)) = (a.bands.index(track), after.bands.index(track)) {
            let called = Change::between(x, y);
            rates.change_detected.count(called == Change::Up, called == Change::Down);
        }
        // The second stage, on both attempts.
        if has_extra {
            let (first, extra) =
                attempt(instrument, &model, levels, person.experience, errors, true, &mut rng);
            let (retake, _) = attempt(instrument, &model, levels, person.experience, errors, true, &mut rng);
            rates.extra_asked.push(extra);
            let (a, b) = (
                stated(instrument, &first, person.experience, errors),
                stated(instrument, &retake, person.experience, errors),
            );
            rates.profile_after_second_stage.count(
                matches!(a.placement, Some(Placement::Clear(_))),
                matches!((a.placement, b.placement), (Some(Placement::Clear(x)), Some(Placement::Clear(y))) if x != y),
            );
            rates.balance_after_second_stage.count(
                matches!(a.lean, Some(Lean::Management | Lean::Leadership)),
                matches!((a.lean, b.lean), (Some(x), Some(y)) if opposite(x, y)),
            );
            for (topic, tier) in &a.tiers {
                rates
                    .top_tier_to_bottom_tier_after_second_stage
                    .count(*tier == Tier::StartHere, b.tiers.get(topic) == Some(&Tier::Later));
            }
            rates
                .next_after_second_stage
                .count(a.next.is_some(), matches!((a.next, b.next), (Some(x), Some(y)) if x != y));
        }
        // Colleagues: `n` colleagues answer twice (a fresh request each time); a blind spot
        // on one occasion named a hidden strength on the other is a contradiction.
        for &n in &assumptions.colleagues {
            let (today, banded) = rates.colleagues.entry(n).or_default();
            let gaps = |own: &Stated, rng: &mut StdRng| -> Vec<(Option<f64>, Option<bool>)> {
                let mut sums = vec![(0.0, 0u32); instrument.competencies.len()];
                for _ in 0..n {
                    let (sheet, _) = attempt(
                        instrument,
                        &model,
                        &person.colleagues_view,
                        person.experience,
                        errors,
                        false,
                        rng,
                    );
                    let scores = Scores::compute(instrument, &sheet);
                    for (c, s) in scores.competencies.iter().enumerate() {
                        if let CompetencyScore::Scored(v) = s {
                            sums[c] = (sums[c].0 + v, sums[c].1 + 1);
                        }
                    }
                }
                (0..instrument.competencies.len())
                    .map(|c| {
                        let (sum, count) = sums[c];
                        let Some(own_band) = own.bands.competencies[c] else { return (None, None) };
                        if count == 0 {
                            return (None, None);
                        }
                        let mean = sum / f64::from(count);
                        let k =
                            instrument.statements_of(c).iter().filter(|&&s| !instrument.is_extra(s)).count();
                        let others = Band {
                            value: mean,
                            sem: errors.statement_error(c) / ((k * count as usize) as f64).sqrt(),
                        };
                        let gap = own_band.value - mean;
                        // Today: a gap of GAP points or more, whatever the count. Banded: only
                        // from three answers, and only beyond the error of the difference.
                        let banded =
                            (count as usize >= 3 && clear_gap(own_band, others)).then_some(gap > 0.0);
                        (Some(gap), banded)
                    })
                    .collect()
            };
            let (x, y) = (gaps(&a, &mut rng), gaps(&b, &mut rng));
            for c in 0..instrument.competencies.len() {
                let side = |gap: Option<f64>| gap.filter(|g| g.abs() >= GAP).map(|g| g > 0.0);
                let (p, q) = (side(x[c].0), side(y[c].0));
                today.count(p.is_some(), matches!((p, q), (Some(u), Some(v)) if u != v));
                let (p, q) = (x[c].1, y[c].1);
                banded.count(p.is_some(), matches!((p, q), (Some(u), Some(v)) if u != v));
            }
        }
    }
    rates
}

/// `cargo xtask simulate [--config <file>]… [--learners <n>]`.
pub fn simulate(args: &[String]) -> Result<(), String> {
    let mut assumptions = Assumptions::default();
    let mut instruments: Vec<(String, Instrument, ErrorModel)> = Vec::new();
    let builtin = Instrument::builtin().map_err(|e| e.to_string())?;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--config", Some(path)) => {
                let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
                let config = ProviderConfig::from_json(&text).map_err(|errors| {
                    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                    format!("{path}: {}", lines.join("; "))
                })?;
                let instrument = config.instrument().map_err(|e| format!("{path}: {e}"))?;
                let errors = config.error_model(&instrument);
                instruments.push((path.clone(), instrument, errors));
            }
            ("--learners", Some(n)) => {
                assumptions.learners = n.parse().map_err(|_| format!("--learners {n}: not a number"))?;
            }
            (other, _) => return Err(format!("simulate does not take `{other}`")),
        }
    }
    if instruments.is_empty() {
        let errors = ErrorModel::default_for(&builtin);
        instruments.push(("the built-in instrument".to_owned(), builtin, errors));
    }
    println!("{}", describe(&assumptions));
    let mut report = Vec::new();
    for (name, instrument, errors) in &instruments {
        for &r in &assumptions.item_correlations {
            let started = std::time::Instant::now();
            let rates = run_one(instrument, r, &assumptions, errors);
            println!(
                "\n{name}, inter-item correlation {r} ({} learners, {:.1} s)",
                assumptions.learners,
                started.elapsed().as_secs_f64()
            );
            let json = summary(instrument, r, &rates);
            print_table(&json);
            report.push(json!({ "instrument": name, "item_correlation": r, "figures": json }));
        }
    }
    let out = json!({ "assumptions": assumptions_json(&assumptions), "runs": report });
    let path = root().join("bench").join("simulation.json");
    std::fs::write(&path, serde_json::to_string_pretty(&out).map_err(|e| e.to_string())? + "\n")
        .map_err(|e| format!("{}: {e}", path.display()))?;
    println!("\nWrote {}", path.display());
    Ok(())
}

fn assumptions_json(a: &Assumptions) -> Value {
    json!({
        "item_correlations": a.item_correlations,
        "within_track": a.within_track,
        "across_tracks": a.across_tracks,
        "answer_shares": a.answer_shares,
        "self_view_spread": a.self_view_spread,
        "colleagues": a.colleagues,
        "true_change": a.true_change,
        "learners": a.learners,
        "seed": a.seed,
        "threshold": DEFAULT_THRESHOLD,
        "z": leadership_balance::model::uncertainty::Z,
        "max_extra": MAX_EXTRA,
    })
}

fn describe(a: &Assumptions) -> String {
    format!(
        "Assumptions (stated, not tuned): each learner has a true level per competency, standard normal, \
         correlated {} within a track and {} across the tracks; each statement's latent response is \
         √r·level + √(1−r)·noise, cut into Never…Almost always at the shares {:?}; a retake answers with \
         fresh noise and the same levels; no \"no chance yet\" answers; the career stage is uniform over the \
         five; colleagues see the level without the learner's own view, which differs by a normal amount of \
         SD {}; a learner who truly changed moved {} SD on every competency of one track. {} learners per \
         correlation, seed {}.",
        a.within_track,
        a.across_tracks,
        a.answer_shares,
        a.self_view_spread,
        a.true_change,
        a.learners,
        a.seed
    )
}

fn summary(instrument: &Instrument, r: f64, rates: &Rates) -> Value {
    let learners = rates.profile_today.chances.max(1) as f64;
    let sem = |slot: (f64, u64)| round((slot.0 / slot.1.max(1) as f64 / 2.0).sqrt());
    let competencies: BTreeMap<String, f64> = instrument
        .competencies
        .iter()
        .enumerate()
        .map(|(c, comp)| (comp.id.clone(), sem(rates.squared_differences[c])))
        .collect();
    let n = instrument.competencies.len();
    let extra = &rates.extra_asked;
    let colleagues: BTreeMap<String, Value> = rates
        .colleagues
        .iter()
        .map(|(n, (today, banded))| {
            (format!("{n}"), json!({ "today": today.json(), "banded": banded.json() }))
        })
        .collect();
    let [sx, sy, sxx, syy, sxy, count] = rates.pair_sums;
    let observed = (sxy / count - sx * sy / count / count)
        / ((sxx / count - (sx / count).powi(2)).sqrt() * (syy / count - (sy / count).powi(2)).sqrt());
    json!({
        "latent_item_correlation": r,
        "observed_item_correlation": round(observed),
        "profile": { "today": rates.profile_today.json(), "banded": rates.profile.json(), "after_second_stage": rates.profile_after_second_stage.json() },
        "balance_direction": { "today": rates.balance_today.json(), "banded": rates.balance.json(), "after_second_stage": rates.balance_after_second_stage.json() },
        "first_topic_today": rates.first_topic_today.json(),
        "same_top_three_today": round(rates.same_top_three_today as f64 / learners),
        "top_tier_topic_in_bottom_tier": { "banded": rates.top_tier_to_bottom_tier.json(), "after_second_stage": rates.top_tier_to_bottom_tier_after_second_stage.json() },
        "strengths_and_growth_areas": { "today": rates.strengths_today.json(), "banded": rates.strengths.json() },
        "management_or_leadership_first": { "today": rates.next_today.json(), "banded": rates.next.json(), "after_second_stage": rates.next_after_second_stage.json() },
        "change_without_true_change": { "today": rates.change_today.json(), "banded": rates.change.json() },
        "true_change_of_one_track_detected": rates.change_detected.json(),
        "blind_spots_and_hidden_strengths_by_colleagues": colleagues,
        "trade_off": TRADE_OFF_Z.iter().zip(&rates.trade_off).map(|(z, [next, profile, balance])| json!({
            "z": z,
            "management_or_leadership_first": next.json(),
            "profile": profile.json(),
            "balance_direction": balance.json(),
        })).collect::<Vec<_>>(),
        "extra_statements": {
            "mean": round(extra.iter().sum::<usize>() as f64 / extra.len().max(1) as f64),
            "most": extra.iter().max().copied().unwrap_or(0),
            "none": round(extra.iter().filter(|&&e| e == 0).count() as f64 / extra.len().max(1) as f64),
        },
        "sem_measured": {
            "management": sem(rates.squared_differences[n]),
            "leadership": sem(rates.squared_differences[n + 1]),
            "competencies": competencies,
        },
    })
}

fn percent(v: &Value) -> String {
    v.as_f64().map_or_else(|| "–".to_owned(), |x| format!("{:.1} %", x * 100.0))
}

fn print_table(figures: &Value) {
    let pair =
        |v: &Value| format!("{:>7} / {:<7}", percent(&v["stated"]), percent(&v["contradicted_when_stated"]));
    let row = |name: &str, today: &Value, banded: &Value, after: Option<&Value>| {
        println!("  {name:<44} {} {} {}", pair(today), pair(banded), after.map_or(String::new(), pair));
    };
    println!(
        "  {:<44} {:<17} {:<17} {:<17}",
        "statement: stated / of those, contradicted", "today", "banded", "after 2nd stage"
    );
    row(
        "profile",
        &figures["profile"]["today"],
        &figures["profile"]["banded"],
        Some(&figures["profile"]["after_second_stage"]),
    );
    row(
        "balance direction",
        &figures["balance_direction"]["today"],
        &figures["balance_direction"]["banded"],
        Some(&figures["balance_direction"]["after_second_stage"]),
    );
    row(
        "first topic (today) / top tier → bottom tier",
        &figures["first_topic_today"],
        &figures["top_tier_topic_in_bottom_tier"]["banded"],
        Some(&figures["top_tier_topic_in_bottom_tier"]["after_second_stage"]),
    );
    row(
        "strengths and growth areas (per slot)",
        &figures["strengths_and_growth_areas"]["today"],
        &figures["strengths_and_growth_areas"]["banded"],
        None,
    );
    row(
        "management or leadership first?",
        &figures["management_or_leadership_first"]["today"],
        &figures["management_or_leadership_first"]["banded"],
        Some(&figures["management_or_leadership_first"]["after_second_stage"]),
    );
    row(
        "a change, where there was none (per score)",
        &figures["change_without_true_change"]["today"],
        &figures["change_without_true_change"]["banded"],
        None,
    );
    if let Some(map) = figures["blind_spots_and_hidden_strengths_by_colleagues"].as_object() {
        for (n, v) in map {
            row(&format!("blind spots, {n} colleagues (per competency)"), &v["today"], &v["banded"], None);
        }
    }
    println!("  narrower bands, first stage only (z: told first / contradicted; profile; balance):");
    for row in figures["trade_off"].as_array().into_iter().flatten() {
        let pair =
            |v: &Value| format!("{} / {}", percent(&v["stated"]), percent(&v["contradicted_when_stated"]));
        println!(
            "    z {:<5}  first: {:<17}  profile: {:<17}  balance: {}",
            row["z"],
            pair(&row["management_or_leadership_first"]),
            pair(&row["profile"]),
            pair(&row["balance_direction"])
        );
    }
    println!(
        "  same top three topics on a retake (today): {}; a true change of one track called up: {}",
        percent(&figures["same_top_three_today"]),
        percent(&figures["true_change_of_one_track_detected"]["stated"])
    );
    println!(
        "  extra statements: mean {}, most {}, none asked {}",
        figures["extra_statements"]["mean"],
        figures["extra_statements"]["most"],
        percent(&figures["extra_statements"]["none"])
    );
    println!(
        "  SEM measured (the spread of a retake's difference / √2): management {}, leadership {}; the answers' own inter-item correlation {}",
        figures["sem_measured"]["management"],
        figures["sem_measured"]["leadership"],
        figures["observed_item_correlation"]
    );
    if let Some(each) = figures["sem_measured"]["competencies"].as_object() {
        let each: Vec<String> = each.iter().map(|(id, sem)| format!("{id} {sem}")).collect();
        println!("  SEM measured per competency: {}", each.join(", "));
    }
}

/// The error of one statement under the response model at item correlation `r`: the spread of
/// a competency's score between two attempts, over √2, times √(its statements), averaged over
/// the competencies. What the widget's default error model is set to (at r = .3).
#[cfg(test)]
fn measured_statement_error(instrument: &Instrument, r: f64, assumptions: &Assumptions) -> f64 {
    let mut rng = StdRng::seed_from_u64(assumptions.seed);
    let model = ResponseModel::new(r, &assumptions.answer_shares);
    let first_stage = |s: &usize| !instrument.is_extra(*s);
    let mut squares = vec![0.0; instrument.competencies.len()];
    for _ in 0..assumptions.learners {
        let person = learner(instrument, assumptions, &mut rng);
        let mut sheets =
            [AnswerSheet::new(instrument.statements.len()), AnswerSheet::new(instrument.statements.len())];
        for sheet in &mut sheets {
            let statements = (0..instrument.statements.len()).filter(first_stage);
            answer_into(instrument, &model, &person.own_view, statements, sheet, &mut rng);
        }
        let [a, b] = sheets.map(|sheet| Scores::compute(instrument, &sheet));
        for (c, square) in squares.iter_mut().enumerate() {
            if let (Some(x), Some(y)) = (a.competencies[c].value(), b.competencies[c].value()) {
                *square += (x - y).powi(2);
            }
        }
    }
    let errors: Vec<f64> = squares
        .iter()
        .enumerate()
        .map(|(c, square)| {
            let statements = instrument.statements_of(c).iter().filter(|s| first_stage(s)).count() as f64;
            (square / assumptions.learners as f64 / 2.0).sqrt() * statements.sqrt()
        })
        .collect();
    errors.iter().sum::<f64>() / errors.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use leadership_balance::model::uncertainty::DEFAULT_STATEMENT_ERROR;

    #[test]
    fn the_widgets_default_error_is_what_the_stated_model_gives_at_item_correlation_point_3() {
        let instrument = Instrument::builtin().expect("the built-in instrument");
        let assumptions = Assumptions { learners: 4_000, ..Assumptions::default() };
        let measured = measured_statement_error(&instrument, 0.3, &assumptions);
        assert!(
            (measured - DEFAULT_STATEMENT_ERROR).abs() < 0.5,
            "the model gives {measured:.2} points a statement; the widget assumes {DEFAULT_STATEMENT_ERROR}"
        );
    }

    #[test]
    fn the_normal_quantile_matches_known_values() {
        for (p, z) in [(0.5, 0.0), (0.975, 1.959_964), (0.05, -1.644_854), (0.001, -3.090_232)] {
            assert!((normal_quantile(p) - z).abs() < 1e-5, "{p}: {}", normal_quantile(p));
        }
    }
}
