//! The colleagues' answers combined into one view, which never keeps a response on its own:
//! only sums and counts, packed for the device like the links (`model::codec`); and that view
//! set beside the learner's own scores, with blind spots and hidden strengths.

use crate::model::codec::{seal, unseal};
use crate::model::instrument::Instrument;
use crate::model::ordering::sort_small;
use crate::model::scoring::{CompetencyScore, Scores};
use crate::model::share::fingerprint;
use crate::model::uncertainty::{Band, Bands, ErrorModel, clear_gap};

use super::links::{ResponseError, read_response};

/// The first byte of a kept view.
const VIEW_KIND: u8 = 0x56;
/// The longest kept view read, in characters: it grows by under three characters a response,
/// and a thousand responses is far more than anyone asks for.
const MAX_KEPT_CHARS: usize = 4096;
/// How far apart, in points out of 100, self and colleagues were once required to be for a
/// blind spot or a hidden strength, whatever the number of colleagues: the rule the simulation
/// compares the banded one with (`cargo xtask simulate`).
pub const GAP: f64 = 15.0;
/// Under this many responses, the average may give away who answered: only the two indexes
/// are shown, and no competency is named a blind spot or a hidden strength.
pub const FEW_RESPONSES: usize = 3;

/// Every response pasted so far, combined. Only sums and counts: no response can be read
/// back from it, and it is all that is kept on the device (as [`ColleagueView::to_code`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ColleagueView {
    /// The instrument's fingerprint: a view kept for other statements is dropped.
    pub fingerprint: u16,
    /// How many responses were combined.
    pub responses: usize,
    /// Per competency, in the instrument's order: the sum of the colleagues' scores.
    pub sums: Vec<f64>,
    /// Per competency: how many colleagues had seen enough to score it.
    pub counts: Vec<u32>,
    /// Each combined response's checksum, so that a repeat is recognised after its code is
    /// gone; 16 bits say nothing of the answers.
    pub seen: Vec<u16>,
}

impl ColleagueView {
    pub fn new(instrument: &Instrument) -> ColleagueView {
        let competencies = instrument.competencies.len();
        ColleagueView {
            fingerprint: fingerprint(instrument),
            responses: 0,
            sums: vec![0.0; competencies],
            counts: vec![0; competencies],
            seen: Vec::new(),
        }
    }

    /// Whether this view was made for `instrument` and has its shape.
    pub fn fits(&self, instrument: &Instrument) -> bool {
        let competencies = instrument.competencies.len();
        self.fingerprint == fingerprint(instrument)
            && self.sums.len() == competencies
            && self.counts.len() == competencies
            && self.sums.iter().all(|s| s.is_finite() && *s >= 0.0)
    }

    /// Reads `pasted` (a response link or code) and adds it.
    pub fn add_pasted(&mut self, instrument: &Instrument, pasted: &str) -> Result<(), ResponseError> {
        let (answers, checksum) = read_response(instrument, pasted)?;
        if self.seen.contains(&checksum) {
            return Err(ResponseError::Repeat);
        }
        let scores = Scores::compute(instrument, &answers);
        for (c, score) in scores.competencies.iter().enumerate() {
            if let (Some(value), Some(sum), Some(count)) =
                (score.value(), self.sums.get_mut(c), self.counts.get_mut(c))
            {
                *sum += value;
                *count += 1;
            }
        }
        self.responses += 1;
        self.seen.push(checksum);
        Ok(())
    }

    /// The view as the device keeps it: packed and checksummed like the links, so that a
    /// kept view that was damaged or edited is dropped rather than misread, and the sums
    /// come back to the bit. Kind (1), fingerprint (2), responses (2), competencies (1), then
    /// per competency its sum (8, an f64's bits) and count (2), then each checksum seen (2),
    /// then a CRC-16 (2).
    pub fn to_code(&self) -> String {
        let mut bytes = vec![VIEW_KIND];
        bytes.extend(self.fingerprint.to_be_bytes());
        bytes.extend(u16::try_from(self.responses).unwrap_or(u16::MAX).to_be_bytes());
        bytes.push(self.sums.len().min(usize::from(u8::MAX)) as u8);
        for (sum, count) in self.sums.iter().zip(&self.counts) {
            bytes.extend(sum.to_bits().to_be_bytes());
            bytes.extend(u16::try_from(*count).unwrap_or(u16::MAX).to_be_bytes());
        }
        for seen in &self.seen {
            bytes.extend(seen.to_be_bytes());
        }
        seal(bytes)
    }

    /// Reads a kept view made for `instrument`; `None` for anything else.
    pub fn from_code(instrument: &Instrument, code: &str) -> Option<ColleagueView> {
        let body = unseal(fingerprint(instrument), code, VIEW_KIND, MAX_KEPT_CHARS).ok()?;
        let [r1, r2, competencies, rest @ ..] = body.as_slice() else { return None };
        let competencies = usize::from(*competencies);
        let (pairs, seen) = rest.split_at_checked(10 * competencies)?;
        if seen.len() % 2 != 0 {
            return None;
        }
        let mut view = ColleagueView {
            fingerprint: fingerprint(instrument),
            responses: usize::from(u16::from_be_bytes([*r1, *r2])),
            sums: Vec::with_capacity(competencies),
            counts: Vec::with_capacity(competencies),
            seen: seen.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect(),
        };
        for pair in pairs.chunks_exact(10) {
            let (sum, count) = pair.split_at(8);
            view.sums.push(f64::from_bits(u64::from_be_bytes(sum.try_into().ok()?)));
            view.counts.push(u32::from(u16::from_be_bytes(count.try_into().ok()?)));
        }
        view.fits(instrument).then_some(view)
    }

    /// The colleagues' view as scores: each competency their mean (not enough answers where
    /// no colleague could score it), both indexes from those, as for a learner's own.
    pub fn scores(&self, instrument: &Instrument) -> Scores {
        let competencies = (0..instrument.competencies.len())
            .map(|c| match (self.sums.get(c), self.counts.get(c)) {
                (Some(sum), Some(&count)) if count > 0 => CompetencyScore::Scored(sum / f64::from(count)),
                _ => CompetencyScore::NotEnoughAnswers,
            })
            .collect();
        Scores::from_competencies(instrument, competencies)
    }
}

/// One competency, self against colleagues.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SideBySide {
    pub competency: usize,
    pub own: Option<f64>,
    pub others: Option<f64>,
}

impl SideBySide {
    /// Own score minus the colleagues' mean, when both exist.
    pub fn gap(&self) -> Option<f64> {
        Some(self.own? - self.others?)
    }
}

/// Self against colleagues, competency by competency, with what stands out beyond the error of
/// both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every competency, self against colleagues; empty under [`FEW_RESPONSES`] responses.
    pub rows: Vec<SideBySide>,
    /// Self clearly above colleagues: widest gap first.
    pub blind_spots: Vec<SideBySide>,
    /// Colleagues clearly above self: widest gap first.
    pub hidden_strengths: Vec<SideBySide>,
    pub own_indexes: [Option<f64>; 2],
    pub others_indexes: [Option<f64>; 2],
}

impl Comparison {
    /// The learner's own `bands` against the colleagues' `others`, from `responses` answers.
    pub fn build(instrument: &Instrument, own: &Bands, others: &Bands, responses: usize) -> Comparison {
        let indexes = |b: &Bands| [b.management.map(|b| b.value), b.leadership.map(|b| b.value)];
        let (own_indexes, others_indexes) = (indexes(own), indexes(others));
        if responses < FEW_RESPONSES {
            return Comparison {
                rows: Vec::new(),
                blind_spots: Vec::new(),
                hidden_strengths: Vec::new(),
                own_indexes,
                others_indexes,
            };
        }
        let band = |bands: &Bands, c: usize| bands.competencies.get(c).copied().flatten();
        let rows: Vec<SideBySide> = (0..instrument.competencies.len())
            .map(|c| SideBySide {
                competency: c,
                own: band(own, c).map(|b| b.value),
                others: band(others, c).map(|b| b.value),
            })
            .collect();
        let widest = |mut list: Vec<SideBySide>| {
            sort_small(&mut list, |a, b| {
                let (ga, gb) = (a.gap().unwrap_or(0.0).abs(), b.gap().unwrap_or(0.0).abs());
                gb.total_cmp(&ga).then(a.competency.cmp(&b.competency))
            });
            list
        };
        let clear = |row: &SideBySide| match (band(own, row.competency), band(others, row.competency)) {
            (Some(a), Some(b)) => clear_gap(a, b),
            _ => false,
        };
        let blind_spots =
            widest(rows.iter().copied().filter(|r| clear(r) && r.gap().is_some_and(|g| g > 0.0)).collect());
        let hidden_strengths =
            widest(rows.iter().copied().filter(|r| clear(r) && r.gap().is_some_and(|g| g < 0.0)).collect());
        Comparison { rows, blind_spots, hidden_strengths, own_indexes, others_indexes }
    }
}

impl ColleagueView {
    /// The colleagues' view as bands: each competency's mean, whose error shrinks with the
    /// number of colleagues who scored it (each over the first stage's statements of it).
    pub fn bands(&self, instrument: &Instrument, model: &ErrorModel) -> Bands {
        let scores = self.scores(instrument);
        let competencies = (0..instrument.competencies.len())
            .map(|c| {
                let value = scores.competencies.get(c).and_then(|s| s.value())?;
                let count = self.counts.get(c).copied().unwrap_or(0).max(1) as usize;
                let statements =
                    instrument.statements_of(c).iter().filter(|&&s| !instrument.is_extra(s)).count();
                Some(Band { value, sem: model.statement_error(c) / ((statements * count) as f64).sqrt() })
            })
            .collect();
        Bands::from_competencies(instrument, &scores, competencies)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Frequency};
    use crate::model::colleague::encode_response;
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::sheet_scoring;

    /// Three colleagues: two see every competency at Often (75), one at Rarely (25) but has
    /// not seen any vision statement. The learner rates planning 100 and vision 25.
    #[test]
    fn responses_combine_into_means_with_blind_spots_and_hidden_strengths_beyond_the_error() {
        let instrument = builtin();
        let model = ErrorModel::default_for(&instrument);
        let planning = instrument.competencies.iter().position(|c| c.id == "planning").expect("planning");
        let vision = instrument.competencies.iter().position(|c| c.id == "vision").expect("vision");
        let often = encode_response(&instrument, &sheet_scoring(&instrument, |_| Frequency::Often));
        let mut rarely = sheet_scoring(&instrument, |_| Frequency::Rarely);
        for &s in instrument.statements_of(vision).iter() {
            rarely.set(s, Answer::NoChanceYet);
        }
        let rarely = encode_response(&instrument, &rarely);
        let mut often_again = sheet_scoring(&instrument, |_| Frequency::Often);
        often_again.set(0, Answer::NoChanceYet);
        let often_again = encode_response(&instrument, &often_again);

        let own_answers = sheet_scoring(&instrument, |c| {
            if c == planning {
                Frequency::AlmostAlways
            } else if c == vision {
                Frequency::Rarely
            } else {
                Frequency::Sometimes
            }
        });
        let own = Bands::of(&instrument, &own_answers, &Scores::compute(&instrument, &own_answers), &model);

        let mut view = ColleagueView::new(&instrument);
        view.add_pasted(&instrument, &often).expect("first");
        view.add_pasted(&instrument, &format!("https://x.example/#lb-re={rarely}")).expect("second");
        assert_eq!(view.add_pasted(&instrument, &often), Err(ResponseError::Repeat), "counted once");
        // Two answers: only the indexes, and nothing named.
        let two = Comparison::build(&instrument, &own, &view.bands(&instrument, &model), view.responses);
        assert_eq!((two.rows.len(), two.blind_spots.len(), two.hidden_strengths.len()), (0, 0, 0));
        assert!(two.others_indexes[0].is_some());

        view.add_pasted(&instrument, &often_again).expect("third");
        assert_eq!(view.responses, 3);
        let others = view.bands(&instrument, &model);
        // Planning: (75 + 25 + 75) / 3 = 58.33 from 3 colleagues, each over its 3 statements:
        // SEM 22.8 / √9 = 7.6. Vision: only the two who saw it, 75, SEM 22.8 / √6 = 9.308.
        let p = others.competencies[planning].expect("scored");
        assert!((p.value - 175.0 / 3.0).abs() < 1e-9 && (p.sem - 7.6).abs() < 0.001, "{p:?}");
        let v = others.competencies[vision].expect("scored");
        assert!((v.value - 75.0).abs() < 1e-9 && (v.sem - 9.308).abs() < 0.001, "{v:?}");

        let comparison = Comparison::build(&instrument, &own, &others, view.responses);
        // Planning: self 100 (SEM 13.16), others 58.3: a gap of 41.7 against 1.96 · √(13.16² +
        // 7.6²) = 29.8, a blind spot. Vision: self 25, others 75: 50 against 31.6, a hidden
        // strength. Everything else: self 50, others 58.3: a gap of 8.3, within.
        assert_eq!(comparison.blind_spots.iter().map(|r| r.competency).collect::<Vec<_>>(), [planning]);
        assert_eq!(comparison.hidden_strengths.iter().map(|r| r.competency).collect::<Vec<_>>(), [vision]);
        assert_eq!(comparison.rows.len(), 16);
    }

    #[test]
    fn a_gap_just_beyond_the_error_counts_and_one_just_within_does_not() {
        let instrument = builtin();
        let band = |value: f64, sem: f64| Some(Band { value, sem });
        let with = |first: f64, sem: f64, rest: f64| {
            let competencies: Vec<Option<Band>> =
                (0..16).map(|c| if c == 0 { band(first, sem) } else { band(rest, sem) }).collect();
            let scores = Scores::from_competencies(
                &instrument,
                competencies.iter().map(|b| CompetencyScore::Scored(b.map_or(0.0, |b| b.value))).collect(),
            );
            Bands::from_competencies(&instrument, &scores, competencies)
        };
        // The error of the difference: √(12² + 5²) = 13, so 1.96 · 13 = 25.48 points.
        let others = with(50.0, 5.0, 50.0);
        let beyond = Comparison::build(&instrument, &with(75.5, 12.0, 50.0), &others, 3);
        assert_eq!(beyond.blind_spots.iter().map(|r| r.competency).collect::<Vec<_>>(), [0]);
        let within = Comparison::build(&instrument, &with(75.4, 12.0, 50.0), &others, 3);
        assert!(within.blind_spots.is_empty() && within.hidden_strengths.is_empty());
    }

    #[test]
    fn a_kept_view_reads_back_to_the_bit_and_a_damaged_one_not_at_all() {
        let instrument = builtin();
        let mut view = ColleagueView::new(&instrument);
        for level in [Frequency::Often, Frequency::Rarely, Frequency::AlmostAlways] {
            let mut answers = sheet_scoring(&instrument, |_| level);
            answers.set(0, Answer::NoChanceYet);
            view.add_pasted(&instrument, &encode_response(&instrument, &answers)).expect("added");
        }
        let code = view.to_code();
        assert_eq!(ColleagueView::from_code(&instrument, &code), Some(view.clone()));
        let mut damaged = code.clone();
        let swapped = if &damaged[20..21] == "A" { "B" } else { "A" };
        damaged.replace_range(20..21, swapped);
        assert_eq!(ColleagueView::from_code(&instrument, &damaged), None);
        assert_eq!(ColleagueView::from_code(&instrument, &code[..code.len() - 2]), None);
        let mut other = instrument.clone();
        other.statements[0].id = "changed".into();
        assert_eq!(ColleagueView::from_code(&other, &code), None, "kept for other statements");
        assert_eq!(ColleagueView::from_code(&instrument, "{\"responses\": 2}"), None);
    }

    #[test]
    fn a_kept_view_for_other_statements_does_not_fit() {
        let instrument = builtin();
        let view = ColleagueView::new(&instrument);
        assert!(view.fits(&instrument));
        let mut other = instrument.clone();
        other.statements[0].reverse = !other.statements[0].reverse;
        assert!(!view.fits(&other));
        let mut broken = view.clone();
        broken.sums.pop();
        assert!(!broken.fits(&instrument));
        // A sum no colleague's answers can give, finite or not, is damage, never a score.
        for impossible in [-25.0, f64::NAN, f64::INFINITY] {
            let mut damaged = view.clone();
            damaged.sums[0] = impossible;
            assert!(!damaged.fits(&instrument), "a sum of {impossible} is refused");
        }
    }
}
