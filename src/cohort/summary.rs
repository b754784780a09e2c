//! The cohort combined: how many learners, their profiles, both indexes, each competency's
//! median and spread, the programme topics the group needs most, and the advice that follows.
//!
//! Medians rather than means: a cohort is small, and one learner who answered "never" to
//! everything should not move the group's picture much.

use crate::model::answers::Experience;
use crate::model::instrument::{Instrument, Track};
use crate::model::ordering::sort_small;
use crate::model::profile::Profile;
use crate::model::report::SHOWN;
use crate::model::topics::rank_topics;
use crate::model::uncertainty::Placement;

use super::intake::Member;

/// The middle and the spread of some scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub count: usize,
    pub min: f64,
    /// The 25th percentile.
    pub lower_quartile: f64,
    pub median: f64,
    /// The 75th percentile.
    pub upper_quartile: f64,
    pub max: f64,
}

impl Spread {
    /// The spread of `values`; `None` when there are none. Percentiles interpolate between
    /// neighbours (the method spreadsheets call `PERCENTILE.INC`), so that a trainer can check
    /// them in the CSV export with the same numbers.
    ///
    /// A cohort can hold thousands of scores, too many for [`sort_small`]'s insertion sort
    /// (which took most of the time of a 1,000-learner summary), so this sorts with the
    /// standard library's unstable sort: equal scores are indistinguishable anyway.
    pub fn of(values: &[f64]) -> Option<Spread> {
        let mut sorted = values.to_vec();
        sorted.sort_unstable_by(f64::total_cmp);
        let (&min, &max) = (sorted.first()?, sorted.last()?);
        let at = |share: f64| {
            let position = share * (sorted.len() - 1) as f64;
            let below = position.floor() as usize;
            let above = (below + 1).min(sorted.len() - 1);
            sorted[below] + (sorted[above] - sorted[below]) * (position - below as f64)
        };
        Some(Spread {
            count: sorted.len(),
            min,
            lower_quartile: at(0.25),
            median: at(0.5),
            upper_quartile: at(0.75),
            max,
        })
    }
}

/// One programme topic for the cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortTopic {
    /// Index into the instrument's topics.
    pub topic: usize,
    /// The sum of every learner's own priority for it, each with their career stage's weights.
    pub priority: f64,
    /// How many learners have it among their own three next topics.
    pub in_top_three: usize,
}

/// What the group should start with, by the article's rule: new managers build management
/// first; with experience the weight moves to leadership.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Advice {
    /// Most learners are new to managing people (not yet, or under a year).
    /// `management_lower`: whether their management median is below their leadership median.
    ManagementBasics { new_managers: usize, learners: usize, management_lower: bool },
    /// Most learners have managed people for a year or more and their leadership median is
    /// the lower one.
    Leadership { experienced: usize, learners: usize },
    /// Most learners have managed people for a year or more and their management median is
    /// the lower one (or the two are level).
    ManagementGaps { experienced: usize, learners: usize },
    /// Too few learners gave their experience, or have both indexes, to say.
    NotEnough,
}

/// Everything the cohort page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortSummary {
    pub learners: usize,
    /// Learners per profile, in [`Profile::ALL`]'s order.
    pub profiles: [usize; 4],
    /// Learners whose results name no profile because an index is too close to the line.
    pub close: usize,
    /// Learners without a profile (too many "no chance yet" answers).
    pub unplaced: usize,
    /// Each learner's management index, for the dot plot; learners without one are left out.
    pub management: Vec<f64>,
    pub leadership: Vec<f64>,
    pub management_spread: Option<Spread>,
    pub leadership_spread: Option<Spread>,
    /// Each competency with its spread, lowest median first; competencies nobody could score
    /// are left out.
    pub competencies: Vec<(usize, Spread)>,
    /// Every topic someone needs, highest summed priority first.
    pub topics: Vec<CohortTopic>,
    pub advice: Advice,
}

fn is_new(experience: Option<Experience>) -> bool {
    matches!(experience, Some(Experience::NotYet | Experience::UnderOneYear))
}

fn median_of(members: &[&Member], track: Track) -> Option<f64> {
    let values: Vec<f64> = members.iter().filter_map(|m| m.scores.index(track)).collect();
    Spread::of(&values).map(|s| s.median)
}

fn advice(members: &[Member]) -> Advice {
    let known: Vec<&Member> = members.iter().filter(|m| m.context.experience.is_some()).collect();
    let (new, experienced): (Vec<&Member>, Vec<&Member>) =
        known.iter().copied().partition(|m| is_new(m.context.experience));
    let learners = members.len();
    let majority = |group: &[&Member]| 2 * group.len() > known.len();
    if known.is_empty() {
        return Advice::NotEnough;
    }
    let group = if majority(&new) { &new } else { &experienced };
    let (Some(management), Some(leadership)) =
        (median_of(group, Track::Management), median_of(group, Track::Leadership))
    else {
        return Advice::NotEnough;
    };
    if majority(&new) {
        Advice::ManagementBasics {
            new_managers: new.len(),
            learners,
            management_lower: management < leadership,
        }
    } else if leadership < management {
        Advice::Leadership { experienced: experienced.len(), learners }
    } else {
        Advice::ManagementGaps { experienced: experienced.len(), learners }
    }
}

impl CohortSummary {
    pub fn build(instrument: &Instrument, members: &[Member]) -> CohortSummary {
        let mut profiles = [0; 4];
        let (mut close, mut unplaced) = (0, 0);
        for member in members {
            match member.placement {
                Some(Placement::Clear(profile)) => {
                    if let Some(i) = Profile::ALL.iter().position(|q| *q == profile) {
                        profiles[i] += 1;
                    }
                }
                Some(Placement::Close { .. }) => close += 1,
                None => unplaced += 1,
            }
        }
        let index = |track: Track| members.iter().filter_map(|m| m.scores.index(track)).collect::<Vec<f64>>();
        let (management, leadership) = (index(Track::Management), index(Track::Leadership));

        let mut competencies: Vec<(usize, Spread)> = (0..instrument.competencies.len())
            .filter_map(|c| {
                let values: Vec<f64> = members
                    .iter()
                    .filter_map(|m| m.scores.competencies.get(c).and_then(|s| s.value()))
                    .collect();
                Some((c, Spread::of(&values)?))
            })
            .collect();
        sort_small(&mut competencies, |(a, sa), (b, sb)| sa.median.total_cmp(&sb.median).then(a.cmp(b)));

        let mut topics: Vec<CohortTopic> = (0..instrument.topics.len())
            .map(|topic| CohortTopic { topic, priority: 0.0, in_top_three: 0 })
            .collect();
        for member in members {
            let ranked = rank_topics(instrument, &member.scores, member.context.experience);
            for (rank, recommendation) in ranked.iter().enumerate() {
                if let Some(entry) = topics.get_mut(recommendation.topic) {
                    entry.priority += recommendation.priority;
                    if rank < SHOWN {
                        entry.in_top_three += 1;
                    }
                }
            }
        }
        topics.retain(|t| t.priority > 0.0);
        sort_small(&mut topics, |a, b| b.priority.total_cmp(&a.priority).then(a.topic.cmp(&b.topic)));

        CohortSummary {
            learners: members.len(),
            profiles,
            close,
            unplaced,
            management_spread: Spread::of(&management),
            leadership_spread: Spread::of(&leadership),
            management,
            leadership,
            competencies,
            topics,
            advice: advice(members),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::fixtures::members_of;
    use crate::cohort::intake::read_pasted;
    use crate::model::answers::{Context, DirectReports, Frequency};
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::sheet_scoring;
    use crate::model::profile::DEFAULT_THRESHOLD;
    use crate::model::share::encode;

    /// A learner whose management statements all score `management` and leadership ones
    /// `leadership` (Never 0, Rarely 25, Sometimes 50, Often 75, Almost always 100).
    fn learner(
        instrument: &Instrument,
        management: Frequency,
        leadership: Frequency,
        experience: Experience,
    ) -> String {
        with_reports(instrument, management, leadership, experience, None)
    }

    fn with_reports(
        instrument: &Instrument,
        management: Frequency,
        leadership: Frequency,
        experience: Experience,
        reports: Option<DirectReports>,
    ) -> String {
        let answers = sheet_scoring(instrument, |c| {
            if instrument.competencies[c].track == Track::Management { management } else { leadership }
        });
        let context = Context { experience: Some(experience), reports };
        encode(instrument, &answers, &context)
    }

    fn cohort(instrument: &Instrument, codes: &[String]) -> CohortSummary {
        CohortSummary::build(instrument, &members_of(instrument, codes))
    }

    #[test]
    fn medians_and_quartiles_for_odd_and_even_counts() {
        let odd = Spread::of(&[50.0, 0.0, 100.0, 25.0, 75.0]).expect("values");
        assert_eq!(
            (odd.min, odd.lower_quartile, odd.median, odd.upper_quartile, odd.max),
            (0.0, 25.0, 50.0, 75.0, 100.0)
        );
        // Even: the median halfway between the middle two; the quartiles interpolated
        // (positions 0.75 and 2.25 of 0..=3).
        let even = Spread::of(&[10.0, 40.0, 20.0, 30.0]).expect("values");
        assert_eq!((even.median, even.lower_quartile, even.upper_quartile), (25.0, 17.5, 32.5));
        let one = Spread::of(&[62.5]).expect("a value");
        assert_eq!((one.min, one.median, one.max, one.count), (62.5, 62.5, 62.5, 1));
        assert_eq!(Spread::of(&[]), None);
    }

    #[test]
    fn a_cohort_of_new_managers_is_told_to_start_with_management() {
        use Frequency::*;
        let instrument = builtin();
        let mut codes = Vec::new();
        // Three new managers, low on management; one experienced learner.
        for (m, l) in [(Rarely, Sometimes), (Sometimes, Often), (Rarely, Often)] {
            codes.push(learner(&instrument, m, l, Experience::UnderOneYear));
        }
        codes.push(learner(&instrument, AlmostAlways, Rarely, Experience::OverFiveYears));
        let summary = cohort(&instrument, &codes);
        assert_eq!(summary.learners, 4);
        // Management 25, 50, 25, 100: sorted 25 25 50 100, median 37.5.
        assert_eq!(summary.management_spread.map(|s| s.median), Some(37.5));
        // Leadership 50, 75, 75, 25: sorted 25 50 75 75, median 62.5.
        assert_eq!(summary.leadership_spread.map(|s| s.median), Some(62.5));
        assert_eq!(summary.management, [25.0, 50.0, 25.0, 100.0], "one dot per learner, in order");
        // Profiles: (25, 50) both growing; (50, 75) leadership strong; (25, 75) leadership
        // strong; (100, 25) management strong. ALL order: both strong, management strong,
        // leadership strong, both growing.
        assert_eq!(summary.profiles, [0, 1, 2, 1]);
        assert_eq!(
            summary.advice,
            Advice::ManagementBasics { new_managers: 3, learners: 4, management_lower: true }
        );
        // The weakest competencies come first; all management ones share the median 37.5.
        let first = summary.competencies[0];
        assert_eq!(instrument.competencies[first.0].track, Track::Management);
        assert_eq!(first.1.median, 37.5);
    }

    /// The advice for a group of learners, each given as (management, leadership, experience).
    fn advice_for(instrument: &Instrument, group: &[(Frequency, Frequency, Experience)]) -> Advice {
        let codes: Vec<String> = group.iter().map(|&(m, l, e)| learner(instrument, m, l, e)).collect();
        cohort(instrument, &codes).advice
    }

    #[test]
    fn experienced_managers_weak_on_leadership_are_told_to_focus_on_it() {
        use Experience::*;
        use Frequency::*;
        let instrument = builtin();
        let group = [
            (Often, Rarely, ThreeToFiveYears),
            (AlmostAlways, Sometimes, OverFiveYears),
            (Rarely, Rarely, NotYet),
        ];
        assert_eq!(advice_for(&instrument, &group), Advice::Leadership { experienced: 2, learners: 3 });
        let group = [(Rarely, Often, ThreeToFiveYears), (Sometimes, Sometimes, OneToThreeYears)];
        assert_eq!(advice_for(&instrument, &group), Advice::ManagementGaps { experienced: 2, learners: 2 });
    }

    #[test]
    fn half_is_not_most_and_level_medians_are_not_a_lower_one() {
        use Experience::*;
        use Frequency::*;
        let instrument = builtin();
        // One new manager and one experienced: the new managers are not most of the group, so
        // the advice follows the experienced one, who is weaker on leadership.
        let group = [(Sometimes, Sometimes, UnderOneYear), (Often, Rarely, OverFiveYears)];
        assert_eq!(advice_for(&instrument, &group), Advice::Leadership { experienced: 1, learners: 2 });
        // Experienced and level on both: the gaps are looked for in management.
        let group = [(Sometimes, Sometimes, OneToThreeYears)];
        assert_eq!(advice_for(&instrument, &group), Advice::ManagementGaps { experienced: 1, learners: 1 });
        // New and level on both: management is not said to be the lower.
        assert_eq!(
            advice_for(&instrument, &[(Sometimes, Sometimes, NotYet)]),
            Advice::ManagementBasics { new_managers: 1, learners: 1, management_lower: false }
        );
    }

    #[test]
    fn a_learner_with_no_chance_yet_everywhere_is_counted_without_a_profile() {
        use Frequency::*;
        let instrument = builtin();
        let answers = crate::model::fixtures::sheet_with(&instrument, |_, _| {
            Some(crate::model::answers::Answer::NoChanceYet)
        });
        let context = Context { experience: Some(Experience::NotYet), reports: None };
        let codes = vec![
            encode(&instrument, &answers, &context),
            learner(&instrument, AlmostAlways, AlmostAlways, Experience::NotYet),
        ];
        let summary = cohort(&instrument, &codes);
        assert_eq!(
            (summary.learners, summary.profiles, summary.close, summary.unplaced),
            (2, [1, 0, 0, 0], 0, 1)
        );
        assert_eq!(summary.management, [100.0], "only the learner with an index has a dot");
        assert_eq!(summary.topics, [], "neither learner needs a topic: none is listed");
    }

    #[test]
    fn topic_priorities_add_up_each_learners_own_weighted_priorities() {
        use Frequency::*;
        let instrument = builtin();
        let a = learner(&instrument, Rarely, Often, Experience::NotYet);
        let b = learner(&instrument, Often, Rarely, Experience::OverFiveYears);
        let summary = cohort(&instrument, &[a.clone(), b.clone()]);
        let intake = read_pasted(
            &instrument,
            &format!("{a}\n{b}"),
            DEFAULT_THRESHOLD,
            &crate::model::uncertainty::ErrorModel::default_for(&instrument),
        );
        for entry in &summary.topics {
            let mut expected = 0.0;
            let mut top = 0;
            for member in &intake.members {
                let ranked = rank_topics(&instrument, &member.scores, member.context.experience);
                if let Some(rank) = ranked.iter().position(|r| r.topic == entry.topic) {
                    expected += ranked[rank].priority;
                    top += usize::from(rank < SHOWN);
                }
            }
            assert_eq!(
                (entry.priority, entry.in_top_three),
                (expected, top),
                "{}",
                instrument.topics[entry.topic].id
            );
        }
        // Hand-computed for one topic: a new manager (weights 150/50) at 25 on management has
        // a deficit of 75 per management competency, × 1.5; the experienced one (60/140) at 75
        // has 25 × 0.6. So a management topic with k competencies sums k × (112.5 + 15).
        let management_topic = summary
            .topics
            .iter()
            .find(|t| instrument.topics[t.topic].track == Track::Management)
            .expect("a management topic");
        let k = (0..instrument.competencies.len())
            .filter(|&c| instrument.topics_of(c).contains(&management_topic.topic))
            .count() as f64;
        assert_eq!(management_topic.priority, k * (112.5 + 15.0));
        // Sorted by priority, highest first.
        assert!(summary.topics.windows(2).all(|w| w[0].priority >= w[1].priority));
    }

    #[test]
    fn tied_topics_keep_the_instrument_order_and_tied_competencies_their_own() {
        use Frequency::*;
        let instrument = builtin();
        // Everyone the same on every competency: every management topic's priority is its
        // competency count times the same deficit, so equal counts tie.
        let codes = vec![learner(&instrument, Sometimes, Sometimes, Experience::OneToThreeYears)];
        let summary = cohort(&instrument, &codes);
        for pair in summary.topics.windows(2) {
            if pair[0].priority == pair[1].priority {
                assert!(pair[0].topic < pair[1].topic, "a tie keeps the instrument's order");
            }
        }
        assert!(summary.topics.windows(2).any(|p| p[0].priority == p[1].priority), "the case has ties");
        let order: Vec<usize> = summary.competencies.iter().map(|(c, _)| *c).collect();
        assert_eq!(order, (0..16).collect::<Vec<_>>(), "all medians 50: the instrument's order");
    }

    #[test]
    fn one_learner_and_five_hundred_learners() {
        use Frequency::*;
        let instrument = builtin();
        let one = cohort(&instrument, &[learner(&instrument, Often, Sometimes, Experience::OneToThreeYears)]);
        assert_eq!((one.learners, one.management_spread.map(|s| s.median)), (1, Some(75.0)));
        assert_eq!(one.topics.iter().filter(|t| t.in_top_three == 1).count(), SHOWN);

        // 500 different learners: every management level, leadership level, career stage and
        // team size (5 × 5 × 5 × 4 = 500), each once.
        let codes: Vec<String> = (0..500)
            .map(|i| {
                let (m, l) = (Frequency::ALL[i % 5], Frequency::ALL[(i / 5) % 5]);
                with_reports(
                    &instrument,
                    m,
                    l,
                    Experience::ALL[(i / 25) % 5],
                    Some(DirectReports::ALL[i / 125]),
                )
            })
            .collect();
        let summary = cohort(&instrument, &codes);
        assert_eq!(summary.learners, 500);
        // 100 learners at each of 0, 25, 50, 75, 100: the middle two (positions 249 and 250)
        // are both 50; the quartiles (positions 124.75 and 374.25) fall inside the runs of 25
        // and 75.
        let spread = summary.management_spread.expect("indexes");
        assert_eq!((spread.lower_quartile, spread.median, spread.upper_quartile), (25.0, 50.0, 75.0));
        // Each (management, leadership) pair is 20 learners; at the threshold 60, levels 75 and
        // 100 count as strong: 2 × 2 pairs both strong, 2 × 3 each one-sided, 3 × 3 both growing.
        assert_eq!(summary.profiles, [80, 120, 120, 180]);
        assert_eq!(summary.unplaced, 0);
    }
}
