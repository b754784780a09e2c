//! The cohort's charts as geometry, in the same shapes and inks as the learner's charts
//! ([`crate::model::chart`]), so that the cohort page's SVG and the cohort PDF draw the same
//! picture: the profiles as bars, both indexes as dot plots with their medians, and each
//! competency's spread as a box.

use crate::decimal::{format_decimal, with_decimal_mark};
use crate::model::chart::{Anchor, Chart, Ink, Shape, format_score};
use crate::model::instrument::{Instrument, Track};

use super::summary::{CohortSummary, Spread};

const WIDTH: f64 = 320.0;
/// The length of a full-scale bar or axis, leaving room for the number at its end.
const SCALE: f64 = 272.0;
const ROW: f64 = 34.0;
const BAR: f64 = 11.0;
const DOT: f64 = 6.0;
/// How many learners with the same rounded score stack up; more are not drawn.
const MAX_STACK: usize = 6;

/// The words the cohort charts need, from the cohort's words table.
#[derive(Clone, Copy, Debug)]
pub struct CohortChartLabels<'a> {
    /// The four profiles' names, in [`crate::model::profile::Profile::ALL`]'s order.
    pub profiles: [&'a str; 4],
    /// For learners too close to the line for a profile.
    pub close: &'a str,
    /// For learners without a profile.
    pub unplaced: &'a str,
    pub management: &'a str,
    pub leadership: &'a str,
    /// `{value}`: "median 62.5".
    pub median: &'a str,
    /// The language's decimal mark, for the medians.
    pub decimal_mark: char,
}

fn text(x: f64, y: f64, text: String, size: f64, anchor: Anchor, bold: bool, ink: Ink) -> Shape {
    Shape::Text { x, y, text, size, anchor, bold, ink }
}

/// A median as the trainer reads it: at most one decimal, `62.5` (`62,5`) or `50`.
pub fn format_median(value: f64, decimal_mark: char) -> String {
    with_decimal_mark(format_decimal(value, 1), decimal_mark)
}

/// One bar per profile, longest for the most learners, with the count at its end. Learners
/// close to the line, and learners without a profile, get a bar each when there are any.
pub fn profile_chart(summary: &CohortSummary, labels: &CohortChartLabels) -> Chart {
    let mut rows: Vec<(&str, usize)> = labels.profiles.iter().copied().zip(summary.profiles).collect();
    if summary.close > 0 {
        rows.push((labels.close, summary.close));
    }
    if summary.unplaced > 0 {
        rows.push((labels.unplaced, summary.unplaced));
    }
    let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    let mut shapes = Vec::new();
    for (i, (name, count)) in rows.iter().enumerate() {
        let y = i as f64 * ROW;
        shapes.push(text(0.0, y + 12.0, (*name).to_owned(), 12.0, Anchor::Start, false, Ink::Text));
        shapes.push(Shape::Rect { x: 0.0, y: y + 17.0, width: SCALE, height: BAR, ink: Ink::Track });
        let length = SCALE * *count as f64 / most;
        if length > 0.0 {
            shapes.push(Shape::Rect { x: 0.0, y: y + 17.0, width: length, height: BAR, ink: Ink::Structure });
        }
        shapes.push(text(WIDTH, y + 27.0, count.to_string(), 12.0, Anchor::End, true, Ink::Text));
    }
    Chart { width: WIDTH, height: rows.len() as f64 * ROW, shapes }
}

const DOT_ROW: f64 = 78.0;

/// Both indexes as dot plots on a 0–100 axis: a dot per learner (learners with the same
/// rounded score stack up, at most [`MAX_STACK`] high), and the median as a line with its value.
pub fn index_chart(summary: &CohortSummary, labels: &CohortChartLabels) -> Chart {
    let mut shapes = Vec::new();
    let tracks = [
        (Track::Management, labels.management, &summary.management, summary.management_spread),
        (Track::Leadership, labels.leadership, &summary.leadership, summary.leadership_spread),
    ];
    for (row, (track, name, values, spread)) in tracks.into_iter().enumerate() {
        let top = row as f64 * DOT_ROW;
        let axis = top + 60.0;
        let x_of = |v: f64| DOT / 2.0 + (SCALE - DOT) * v.clamp(0.0, 100.0) / 100.0;
        shapes.push(text(0.0, top + 12.0, name.to_owned(), 12.0, Anchor::Start, true, Ink::Text));
        if let Some(Spread { median, .. }) = spread {
            let value = labels.median.replace("{value}", &format_median(median, labels.decimal_mark));
            shapes.push(text(WIDTH, top + 12.0, value, 11.0, Anchor::End, false, Ink::MutedText));
        }
        shapes.push(Shape::Line { x1: 0.0, y1: axis, x2: SCALE, y2: axis, width: 1.0, ink: Ink::Structure });
        for tick in [0.0, 50.0, 100.0] {
            let x = x_of(tick);
            shapes.push(Shape::Line {
                x1: x,
                y1: axis,
                x2: x,
                y2: axis + 4.0,
                width: 1.0,
                ink: Ink::Structure,
            });
            shapes.push(text(
                x,
                axis + 15.0,
                format_score(tick),
                10.0,
                Anchor::Middle,
                false,
                Ink::MutedText,
            ));
        }
        // Dots binned by rounded score, so that learners with the same score stack instead of
        // hiding each other. A stack stops at MAX_STACK dots: further dots would only cover
        // the top one.
        let mut stacks = [0usize; 101];
        let mut corners = Vec::new();
        for &value in values.iter() {
            let bin = value.clamp(0.0, 100.0).round() as usize;
            let Some(height) = stacks.get_mut(bin) else { continue };
            if *height == MAX_STACK {
                continue;
            }
            corners.push((x_of(bin as f64) - DOT / 2.0, axis - DOT - 2.0 - *height as f64 * (DOT + 1.0)));
            *height += 1;
        }
        let ink = if track == Track::Management { Ink::Management } else { Ink::Leadership };
        shapes.push(Shape::Squares { corners, size: DOT, ink });
        if let Some(Spread { median, .. }) = spread {
            let x = x_of(median);
            shapes.push(Shape::Line {
                x1: x,
                y1: top + 18.0,
                x2: x,
                y2: axis + 2.0,
                width: 2.0,
                ink: Ink::Text,
            });
        }
    }
    Chart { width: WIDTH, height: 2.0 * DOT_ROW, shapes }
}

/// Each competency's spread, in the summary's order (lowest median first): a whisker from
/// the lowest to the highest score, a box over the middle half, and the median as a bar
/// across the box with its value at the row's end.
pub fn competency_box_chart(
    instrument: &Instrument,
    summary: &CohortSummary,
    labels: &CohortChartLabels,
) -> Chart {
    let mut shapes = Vec::new();
    let x_of = |v: f64| SCALE * v.clamp(0.0, 100.0) / 100.0;
    for (i, (competency, spread)) in summary.competencies.iter().enumerate() {
        let Some(info) = instrument.competencies.get(*competency) else { continue };
        let y = i as f64 * ROW;
        shapes.push(text(0.0, y + 12.0, info.short_name.clone(), 12.0, Anchor::Start, false, Ink::Text));
        let middle = y + 17.0 + BAR / 2.0;
        shapes.push(Shape::Rect { x: 0.0, y: y + 17.0, width: SCALE, height: BAR, ink: Ink::Track });
        let (low, high) = (x_of(spread.min), x_of(spread.max));
        shapes.push(Shape::Line {
            x1: low,
            y1: middle,
            x2: high,
            y2: middle,
            width: 1.5,
            ink: Ink::Structure,
        });
        let (q1, q3) = (x_of(spread.lower_quartile), x_of(spread.upper_quartile));
        let ink = if info.track == Track::Management { Ink::ManagementTint } else { Ink::Leadership };
        shapes.push(Shape::Rect { x: q1, y: y + 17.0, width: (q3 - q1).max(1.0), height: BAR, ink });
        let m = x_of(spread.median);
        shapes.push(Shape::Line {
            x1: m,
            y1: y + 14.0,
            x2: m,
            y2: y + 17.0 + BAR + 3.0,
            width: 2.5,
            ink: Ink::Text,
        });
        let value = format_median(spread.median, labels.decimal_mark);
        shapes.push(text(WIDTH, y + 27.0, value, 12.0, Anchor::End, true, Ink::Text));
    }
    Chart { width: WIDTH, height: summary.competencies.len() as f64 * ROW, shapes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::intake::Member;
    use crate::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
    use crate::model::fixtures::builtin;
    use crate::model::profile::Profile;
    use crate::model::scoring::Scores;
    use crate::model::uncertainty::Placement;

    const LABELS: CohortChartLabels = CohortChartLabels {
        profiles: ["Both strong", "Management strong", "Leadership strong", "Both growing"],
        close: "Close to the line",
        unplaced: "Not placed",
        management: "Management",
        leadership: "Leadership",
        median: "median {value}",
        decimal_mark: '.',
    };

    fn member(instrument: &Instrument, level: Frequency) -> Member {
        let answer = |s: usize| if instrument.statements[s].reverse { level.mirrored() } else { level };
        let answers = AnswerSheet::from_answers(
            (0..instrument.statements.len()).map(|s| Some(Answer::Frequency(answer(s)))).collect(),
        );
        let scores = Scores::compute(instrument, &answers);
        let profile = Profile::place(scores.management, scores.leadership, 60.0);
        Member {
            code: format!("{level:?}"),
            answers,
            context: Context { experience: Some(Experience::NotYet), reports: None },
            scores,
            placement: profile.map(Placement::Clear),
            profile,
        }
    }

    /// The summary of a group in which each learner answered every statement at one level.
    fn summary_of(instrument: &Instrument, levels: &[Frequency]) -> CohortSummary {
        let members: Vec<Member> = levels.iter().map(|f| member(instrument, *f)).collect();
        CohortSummary::build(instrument, &members)
    }

    /// The management dot plot's squares' corners.
    fn management_dots(chart: &Chart) -> Vec<(f64, f64)> {
        chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Squares { corners, ink: Ink::Management, size: DOT } => Some(corners.clone()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    fn texts(chart: &Chart) -> Vec<String> {
        chart
            .shapes
            .iter()
            .filter_map(|s| if let Shape::Text { text, .. } = s { Some(text.clone()) } else { None })
            .collect()
    }

    #[test]
    fn profiles_are_bars_as_long_as_their_counts() {
        let instrument = builtin();
        let summary = summary_of(&instrument, &[Frequency::Often, Frequency::Often, Frequency::Rarely]);
        let chart = profile_chart(&summary, &LABELS);
        assert_eq!(
            texts(&chart),
            ["Both strong", "2", "Management strong", "0", "Leadership strong", "0", "Both growing", "1"]
        );
        let bars: Vec<f64> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { width, ink: Ink::Structure, .. } => Some(*width),
                _ => None,
            })
            .collect();
        assert_eq!(bars, [SCALE, SCALE / 2.0], "two learners fill the scale, one half of it");
    }

    #[test]
    fn each_learner_is_a_dot_and_the_median_a_line() {
        let instrument = builtin();
        let levels = [Frequency::Often, Frequency::Often, Frequency::Rarely, Frequency::Sometimes];
        let summary = summary_of(&instrument, &levels);
        let chart = index_chart(&summary, &LABELS);
        let dots = management_dots(&chart);
        assert_eq!(dots.len(), 4, "one dot per learner");
        // The two at 75 share an x and stack.
        assert_eq!(dots[0].0, dots[1].0);
        assert!(dots[1].1 < dots[0].1);
        // Management 75, 75, 25, 50: median 62.5.
        assert!(texts(&chart).contains(&"median 62.5".to_owned()), "{:?}", texts(&chart));
    }

    #[test]
    fn medians_are_written_with_the_languages_decimal_mark() {
        let instrument = builtin();
        let summary = summary_of(&instrument, &[Frequency::Often, Frequency::Sometimes]);
        let labels = CohortChartLabels { decimal_mark: ',', ..LABELS };
        let dots = texts(&index_chart(&summary, &labels));
        assert!(dots.contains(&"median 62,5".to_owned()), "{dots:?}");
        let boxes = texts(&competency_box_chart(&instrument, &summary, &labels));
        assert!(boxes.contains(&"62,5".to_owned()) && !boxes.iter().any(|t| t.contains("62.5")), "{boxes:?}");
    }

    #[test]
    fn a_stack_stops_at_six_dots() {
        let instrument = builtin();
        let summary = summary_of(&instrument, &[Frequency::Often; 10]);
        let chart = index_chart(&summary, &LABELS);
        let dots = management_dots(&chart);
        assert_eq!(dots.len(), MAX_STACK, "ten learners at 75, six dots");
        assert!(dots.iter().all(|d| d.0 == dots[0].0), "one column: {dots:?}");
        assert!(dots.windows(2).all(|w| w[1].1 < w[0].1), "each dot above the last: {dots:?}");
        assert!(texts(&chart).contains(&"median 75".to_owned()), "the median still counts all ten");
    }

    #[test]
    fn competencies_are_boxes_lowest_median_first() {
        let instrument = builtin();
        let summary =
            summary_of(&instrument, &[Frequency::Never, Frequency::Sometimes, Frequency::AlmostAlways]);
        let chart = competency_box_chart(&instrument, &summary, &LABELS);
        assert_eq!(chart.height, 16.0 * ROW);
        // Every competency at 0, 50 and 100: the box runs from 25 to 75, the whisker 0 to 100.
        let boxes: Vec<(f64, f64)> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { x, width, ink: Ink::ManagementTint | Ink::Leadership, .. } => {
                    Some((*x, *width))
                }
                _ => None,
            })
            .collect();
        assert_eq!(boxes.len(), 16);
        assert!(boxes.iter().all(|b| *b == (SCALE * 0.25, SCALE * 0.5)), "{boxes:?}");
        assert_eq!(texts(&chart).iter().filter(|t| *t == "50").count(), 16);
    }
}
