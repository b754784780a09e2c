//! Where a learner stands: one of four profiles, from the two track indexes.
//!
//! No profile is better than another. Both kinds of development matter, and the profile only
//! says which one to invest in next.

/// The threshold the indexes are compared with, until a provider sets their own.
pub const DEFAULT_THRESHOLD: f64 = 60.0;

/// The four places a learner can stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Both indexes at or above the threshold.
    BothStrong,
    /// Management at or above the threshold, leadership below it.
    ManagementStrong,
    /// Leadership at or above the threshold, management below it.
    LeadershipStrong,
    /// Both below the threshold: start with management fundamentals, as the article advises
    /// for junior learners.
    BothGrowing,
}

impl Profile {
    /// Every profile, in the order the strings tables and the cohort's counts use.
    pub const ALL: [Profile; 4] =
        [Profile::BothStrong, Profile::ManagementStrong, Profile::LeadershipStrong, Profile::BothGrowing];

    /// Its stable id in host events, configs, the cohort CSV and the scorer's output.
    pub fn id(self) -> &'static str {
        match self {
            Profile::BothStrong => "both_strong",
            Profile::ManagementStrong => "management_strong",
            Profile::LeadershipStrong => "leadership_strong",
            Profile::BothGrowing => "both_growing",
        }
    }
    /// The profile for two indexes, or `None` while either track has no scored competency:
    /// an empty track is missing evidence, not a low score.
    ///
    /// ```
    /// use leadership_balance::model::profile::Profile;
    /// assert_eq!(Profile::place(Some(60.0), Some(59.9), 60.0), Some(Profile::ManagementStrong));
    /// assert_eq!(Profile::place(Some(80.0), None, 60.0), None);
    /// ```
    pub fn place(management: Option<f64>, leadership: Option<f64>, threshold: f64) -> Option<Profile> {
        let management_high = management? >= threshold;
        let leadership_high = leadership? >= threshold;
        Some(match (management_high, leadership_high) {
            (true, true) => Profile::BothStrong,
            (true, false) => Profile::ManagementStrong,
            (false, true) => Profile::LeadershipStrong,
            (false, false) => Profile::BothGrowing,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_follow_the_threshold_inclusively() {
        let cases = [
            (Some(60.0), Some(60.0), Some(Profile::BothStrong)),
            (Some(100.0), Some(20.0), Some(Profile::ManagementStrong)),
            (Some(59.99), Some(60.0), Some(Profile::LeadershipStrong)),
            (Some(0.0), Some(59.99), Some(Profile::BothGrowing)),
            (None, Some(90.0), None),
            (Some(90.0), None, None),
            (None, None, None),
        ];
        for (m, l, expected) in cases {
            assert_eq!(Profile::place(m, l, DEFAULT_THRESHOLD), expected, "{m:?} {l:?}");
        }
    }

    #[test]
    fn a_provider_threshold_moves_the_line() {
        assert_eq!(Profile::place(Some(55.0), Some(45.0), 50.0), Some(Profile::ManagementStrong));
        assert_eq!(Profile::place(Some(55.0), Some(45.0), 40.0), Some(Profile::BothStrong));
    }
}
