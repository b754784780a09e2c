//! Chart geometry: every point, bar and label of the two results charts, in plain numbers.
//!
//! The SVG on the results page and, later, the vector drawing in the PDF both walk these same
//! shapes, so the two can never disagree. Coordinates are in chart units with the origin at the
//! top left and y growing downwards, as in SVG; a renderer only scales and, for PDF, flips.
//! Colours are named by role ([`Ink`]) so that each renderer maps them onto its own theme.

use super::instrument::{Instrument, Track};
use super::scoring::Scores;
use super::uncertainty::Bands;
use crate::decimal::format_decimal;

/// What a shape is drawn with; renderers map each role to a colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ink {
    /// Solid fill of the leadership track.
    Leadership,
    /// Hatch lines of the management track.
    Management,
    /// Pale ground behind the management hatching.
    ManagementTint,
    /// The empty part of a bar.
    Track,
    /// Beam, fulcrum, ground and threshold marks.
    Structure,
    Text,
    MutedText,
}

/// How a text is placed against its x coordinate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// One drawable piece.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        ink: Ink,
    },
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        width: f64,
        ink: Ink,
    },
    Polygon {
        points: Vec<(f64, f64)>,
        ink: Ink,
    },
    /// Many squares of one size and ink, by their top-left corners: a large cohort's dot
    /// plot. One shape rather than one [`Shape::Rect`] each, so that the page draws one SVG
    /// path instead of hundreds of elements (a thousand learners' dots took longer to lay out
    /// than the whole summary took to work out).
    Squares {
        corners: Vec<(f64, f64)>,
        size: f64,
        ink: Ink,
    },
    /// `y` is the text's baseline.
    Text {
        x: f64,
        y: f64,
        text: String,
        size: f64,
        anchor: Anchor,
        bold: bool,
        ink: Ink,
    },
}

/// A finished chart: its size in chart units and its shapes, back to front.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
}

/// The words a chart needs; they come from the strings table, so every language and the PDF
/// share them.
#[derive(Clone, Copy, Debug)]
pub struct ChartLabels<'a> {
    pub management: &'a str,
    pub leadership: &'a str,
    pub not_enough_answers: &'a str,
}

/// Spacing between hatch lines, in chart units.
const HATCH_SPACING: f64 = 5.0;
const HATCH_WIDTH: f64 = 1.2;

/// A rectangle in the track's look: management hatched on a pale ground, leadership solid.
/// The difference survives greyscale printing and colour blindness.
fn track_rect(track: Track, x: f64, y: f64, width: f64, height: f64, shapes: &mut Vec<Shape>) {
    match track {
        Track::Leadership => shapes.push(Shape::Rect { x, y, width, height, ink: Ink::Leadership }),
        Track::Management => {
            shapes.push(Shape::Rect { x, y, width, height, ink: Ink::ManagementTint });
            shapes.extend(hatch(x, y, width, height));
        }
    }
}

/// Diagonal lines (rising to the right) clipped to a rectangle.
fn hatch(x: f64, y: f64, width: f64, height: f64) -> Vec<Shape> {
    let mut lines = Vec::new();
    // Each line starts at the bottom edge at x + offset and rises at 45°.
    let mut offset = HATCH_SPACING / 2.0 - height;
    while offset < width {
        let (mut x1, mut y1) = (x + offset, y + height);
        if offset < 0.0 {
            x1 = x;
            y1 = y + height + offset;
        }
        let (mut x2, mut y2) = (x + offset + height, y);
        if offset + height > width {
            x2 = x + width;
            y2 = y + (offset + height - width);
        }
        if x2 > x1 {
            lines.push(Shape::Line { x1, y1, x2, y2, width: HATCH_WIDTH, ink: Ink::Management });
        }
        offset += HATCH_SPACING;
    }
    lines
}

/// A likely range across a bar, from `low` to `high` (scores), at height `y`: a line with a
/// short cap at each end, in the text's ink so that it shows on both tracks' fills.
fn whisker(low: f64, high: f64, y: f64, shapes: &mut Vec<Shape>) {
    let (x1, x2) = (BAR_LENGTH * low.clamp(0.0, 100.0) / 100.0, BAR_LENGTH * high.clamp(0.0, 100.0) / 100.0);
    shapes.push(Shape::Line { x1, y1: y, x2, y2: y, width: 1.5, ink: Ink::Text });
    for x in [x1, x2] {
        shapes.push(Shape::Line { x1: x, y1: y - 4.0, x2: x, y2: y + 4.0, width: 1.5, ink: Ink::Text });
    }
}

/// A score as the learner sees it: a whole number.
pub fn format_score(score: f64) -> String {
    (score.round() as i64).to_string()
}

/// The change between two scores as the learner reads it: `+12`, `-3`, `±0`, computed on the
/// rounded scores so that it always matches the two numbers shown.
pub fn format_change(before: f64, after: f64) -> String {
    let change = after.round() as i64 - before.round() as i64;
    match change {
        0 => "±0".to_owned(),
        c if c > 0 => format!("+{c}"),
        c => c.to_string(),
    }
}

/// A coordinate with at most two decimals and no trailing zeros: `12.5`, `-3.07`, `40`.
pub fn format_coordinate(value: f64) -> String {
    format_decimal(value, 2)
}

/// sin and cos for the beam's small tilt (at most 12°, about 0.21 rad), by Taylor series.
/// Exact to better than 1e-9 there, and far smaller in wasm than the general routines.
fn small_angle_sin_cos(angle: f64) -> (f64, f64) {
    let a2 = angle * angle;
    let sin = angle * (1.0 - a2 / 6.0 * (1.0 - a2 / 20.0 * (1.0 - a2 / 42.0)));
    let cos = 1.0 - a2 / 2.0 * (1.0 - a2 / 12.0 * (1.0 - a2 / 30.0 * (1.0 - a2 / 56.0)));
    (sin, cos)
}

const BALANCE_WIDTH: f64 = 320.0;
const BALANCE_HEIGHT: f64 = 158.0;
/// Low enough that a fully raised end still leaves room for the tallest weight and its labels.
const PIVOT: (f64, f64) = (160.0, 118.0);
const HALF_BEAM: f64 = 115.0;
/// The beam tilts at most this far, reached at a balance of ±[`FULL_TILT_AT`] points.
const MAX_TILT_DEGREES: f64 = 12.0;
const FULL_TILT_AT: f64 = 50.0;

/// The seesaw: management's weight on the left, leadership's on the right. Each weight's size
/// follows its index, and the beam tips towards the larger one.
///
/// With `bands`, each index shows its likely range under its value; with `earlier` scores, its
/// change since then.
pub fn balance_chart(
    scores: &Scores,
    bands: Option<&Bands>,
    labels: &ChartLabels,
    earlier: Option<&Scores>,
) -> Chart {
    let mut shapes = Vec::new();
    let tilt = scores.balance().map_or(0.0, |b| {
        (b.clamp(-FULL_TILT_AT, FULL_TILT_AT) / FULL_TILT_AT * MAX_TILT_DEGREES).to_radians()
    });
    let (px, py) = PIVOT;
    let (sin, cos) = small_angle_sin_cos(tilt);
    let (dx, dy) = (HALF_BEAM * cos, HALF_BEAM * sin);
    let left = (px - dx, py - dy);
    let right = (px + dx, py + dy);

    let ground = py + 32.0;
    shapes.push(Shape::Line { x1: 30.0, y1: ground, x2: 290.0, y2: ground, width: 2.0, ink: Ink::Structure });
    shapes.push(Shape::Polygon {
        points: vec![(px, py + 2.0), (px - 20.0, ground), (px + 20.0, ground)],
        ink: Ink::Structure,
    });
    shapes.push(Shape::Line {
        x1: left.0,
        y1: left.1,
        x2: right.0,
        y2: right.1,
        width: 4.0,
        ink: Ink::Structure,
    });

    for (track, end, name) in
        [(Track::Management, left, labels.management), (Track::Leadership, right, labels.leadership)]
    {
        let index = scores.index(track);
        // Sized by area would understate differences at a glance; side length is linear.
        let side = index.map_or(0.0, |v| 18.0 + v * 0.34);
        let top = end.1 - 2.0 - side;
        if side > 0.0 {
            track_rect(track, end.0 - side / 2.0, top, side, side, &mut shapes);
        }
        let mut value = index.map_or_else(|| labels.not_enough_answers.to_owned(), format_score);
        if let (Some(now), Some(before)) = (index, earlier.and_then(|e| e.index(track))) {
            value = format!("{value} ({})", format_change(before, now));
        }
        let range = bands.and_then(|b| b.index(track));
        // The range stands under the weight's value when there is room above the beam's end.
        let text_y = top - 6.0 - if range.is_some() { 13.0 } else { 0.0 };
        if let Some(band) = range {
            shapes.push(Shape::Text {
                x: end.0,
                y: top - 6.0,
                text: format!("{}–{}", format_score(band.low()), format_score(band.high())),
                size: 11.0,
                anchor: Anchor::Middle,
                bold: false,
                ink: Ink::MutedText,
            });
        }
        shapes.push(Shape::Text {
            x: end.0,
            y: text_y - 16.0,
            text: name.to_owned(),
            size: 13.0,
            anchor: Anchor::Middle,
            bold: false,
            ink: Ink::Text,
        });
        shapes.push(Shape::Text {
            x: end.0,
            y: text_y,
            text: value,
            size: if index.is_some() { 16.0 } else { 11.0 },
            anchor: Anchor::Middle,
            bold: index.is_some(),
            ink: if index.is_some() { Ink::Text } else { Ink::MutedText },
        });
    }
    Chart { width: BALANCE_WIDTH, height: BALANCE_HEIGHT, shapes }
}

const BARS_WIDTH: f64 = 320.0;
const BAR_LENGTH: f64 = 272.0;
const BAR_HEIGHT: f64 = 11.0;
const ROW_HEIGHT: f64 = 34.0;
const HEADER_HEIGHT: f64 = 26.0;

/// All competencies as horizontal bars, grouped by track with a heading each, and a thin
/// mark at the profile threshold. Each label sits above its bar so that long names fit on a
/// phone. With `bands`, a whisker across each bar spans its likely range. With `earlier`
/// scores, a tick marks each earlier score on its bar and the change stands at the end of the
/// label row.
pub fn competency_chart(
    instrument: &Instrument,
    scores: &Scores,
    bands: Option<&Bands>,
    threshold: f64,
    labels: &ChartLabels,
    earlier: Option<&Scores>,
) -> Chart {
    let mut shapes = Vec::new();
    let mut y = 0.0;
    for track in Track::ALL {
        let competencies: Vec<usize> = instrument.competencies_in(track).collect();
        if competencies.is_empty() {
            continue;
        }
        let heading = match track {
            Track::Management => labels.management,
            Track::Leadership => labels.leadership,
        };
        shapes.push(Shape::Text {
            x: 0.0,
            y: y + 17.0,
            text: heading.to_owned(),
            size: 14.0,
            anchor: Anchor::Start,
            bold: true,
            ink: Ink::Text,
        });
        y += HEADER_HEIGHT;
        let block_top = y;
        for c in competencies {
            shapes.push(Shape::Text {
                x: 0.0,
                y: y + 12.0,
                text: instrument.competencies[c].short_name.clone(),
                size: 12.0,
                anchor: Anchor::Start,
                bold: false,
                ink: Ink::Text,
            });
            let bar_y = y + 17.0;
            match scores.competencies[c].value() {
                Some(score) => {
                    shapes.push(Shape::Rect {
                        x: 0.0,
                        y: bar_y,
                        width: BAR_LENGTH,
                        height: BAR_HEIGHT,
                        ink: Ink::Track,
                    });
                    let length = BAR_LENGTH * score.clamp(0.0, 100.0) / 100.0;
                    if length > 0.0 {
                        track_rect(track, 0.0, bar_y, length, BAR_HEIGHT, &mut shapes);
                    }
                    if let Some(band) = bands.and_then(|b| b.competencies.get(c).copied().flatten()) {
                        whisker(band.low(), band.high(), bar_y + BAR_HEIGHT / 2.0, &mut shapes);
                    }
                    if let Some(before) = earlier.and_then(|e| e.competencies.get(c)).and_then(|s| s.value())
                    {
                        let x = BAR_LENGTH * before.clamp(0.0, 100.0) / 100.0;
                        shapes.push(Shape::Line {
                            x1: x,
                            y1: bar_y - 3.0,
                            x2: x,
                            y2: bar_y + BAR_HEIGHT + 3.0,
                            width: 2.5,
                            ink: Ink::Text,
                        });
                        shapes.push(Shape::Text {
                            x: BARS_WIDTH,
                            y: y + 12.0,
                            text: format_change(before, score),
                            size: 11.0,
                            anchor: Anchor::End,
                            bold: false,
                            ink: Ink::MutedText,
                        });
                    }
                    shapes.push(Shape::Text {
                        x: BARS_WIDTH,
                        y: bar_y + 10.0,
                        text: format_score(score),
                        size: 12.0,
                        anchor: Anchor::End,
                        bold: true,
                        ink: Ink::Text,
                    });
                }
                None => shapes.push(Shape::Text {
                    x: 0.0,
                    y: bar_y + 10.0,
                    text: labels.not_enough_answers.to_owned(),
                    size: 11.0,
                    anchor: Anchor::Start,
                    bold: false,
                    ink: Ink::MutedText,
                }),
            }
            y += ROW_HEIGHT;
        }
        let mark = BAR_LENGTH * threshold.clamp(0.0, 100.0) / 100.0;
        shapes.push(Shape::Line {
            x1: mark,
            y1: block_top + 14.0,
            x2: mark,
            y2: y - 2.0,
            width: 1.0,
            ink: Ink::Structure,
        });
        y += 6.0;
    }
    Chart { width: BARS_WIDTH, height: y, shapes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Frequency::*};
    use crate::model::fixtures::{sheet_scoring, sheet_with};

    const LABELS: ChartLabels = ChartLabels {
        management: "Management",
        leadership: "Leadership",
        not_enough_answers: "not enough answers",
    };

    fn texts(chart: &Chart) -> Vec<&str> {
        chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    fn within_bounds(chart: &Chart) {
        let inside = |x: f64, y: f64| {
            (-0.01..=chart.width + 0.01).contains(&x) && (-0.01..=chart.height + 0.01).contains(&y)
        };
        for shape in &chart.shapes {
            match shape {
                Shape::Rect { x, y, width, height, .. } => {
                    assert!(inside(*x, *y) && inside(x + width, y + height), "{shape:?}")
                }
                Shape::Line { x1, y1, x2, y2, .. } => {
                    assert!(inside(*x1, *y1) && inside(*x2, *y2), "{shape:?}")
                }
                Shape::Polygon { points, .. } => {
                    assert!(points.iter().all(|(x, y)| inside(*x, *y)), "{shape:?}")
                }
                Shape::Squares { corners, size, .. } => {
                    assert!(
                        corners.iter().all(|(x, y)| inside(*x, *y) && inside(x + size, y + size)),
                        "{shape:?}"
                    )
                }
                Shape::Text { x, y, size, .. } => {
                    assert!(inside(*x, *y) && inside(*x, y - size), "{shape:?}")
                }
            }
        }
    }

    fn beam(chart: &Chart) -> (f64, f64, f64, f64) {
        chart
            .shapes
            .iter()
            .find_map(|s| match s {
                Shape::Line { x1, y1, x2, y2, width, .. } if *width == 4.0 => Some((*x1, *y1, *x2, *y2)),
                _ => None,
            })
            .expect("the chart has a beam")
    }

    #[test]
    fn small_angle_trigonometry_matches_the_library() {
        for step in -24..=24 {
            let angle = f64::from(step) * 0.5_f64.to_radians();
            let (sin, cos) = small_angle_sin_cos(angle);
            assert!((sin - angle.sin()).abs() < 1e-10, "{angle}");
            assert!((cos - angle.cos()).abs() < 1e-10, "{angle}");
        }
    }

    #[test]
    fn the_beam_tips_towards_the_stronger_track_and_levels_when_equal() {
        let instrument = Instrument::builtin().expect("valid");
        let lean = |m, l| {
            let sheet = sheet_scoring(&instrument, |c| {
                if instrument.competencies[c].track == Track::Management { m } else { l }
            });
            balance_chart(&Scores::compute(&instrument, &sheet), None, &LABELS, None)
        };
        // Leadership 100 against management 0: balance +100, clamped to full tilt (12°).
        let chart = lean(Never, AlmostAlways);
        let (x1, y1, x2, y2) = beam(&chart);
        assert!(y2 > y1, "the leadership end is lower");
        let angle = ((y2 - y1) / (x2 - x1)).atan().to_degrees();
        assert!((angle - 12.0).abs() < 1e-9, "{angle}");
        assert_eq!(texts(&chart), ["Management", "0", "Leadership", "100"]);
        within_bounds(&chart);

        let (_, y1, _, y2) = beam(&lean(AlmostAlways, Rarely));
        assert!(y1 > y2, "the management end is lower");
        let (_, y1, _, y2) = beam(&lean(Often, Often));
        assert_eq!(y1, y2);
        within_bounds(&lean(AlmostAlways, Rarely));
    }

    #[test]
    fn the_tilt_is_proportional_below_full_tilt() {
        let instrument = Instrument::builtin().expect("valid");
        // Management 50, leadership 75: balance +25 → half of the full 12° tilt.
        let sheet = sheet_scoring(&instrument, |c| {
            if instrument.competencies[c].track == Track::Management { Sometimes } else { Often }
        });
        let (x1, y1, x2, y2) =
            beam(&balance_chart(&Scores::compute(&instrument, &sheet), None, &LABELS, None));
        let angle = ((y2 - y1) / (x2 - x1)).atan().to_degrees();
        assert!((angle - 6.0).abs() < 1e-9, "{angle}");
    }

    #[test]
    fn a_missing_index_draws_no_weight_and_says_why() {
        let instrument = Instrument::builtin().expect("valid");
        let sheet = sheet_with(&instrument, |_, _| Some(Answer::NoChanceYet));
        let chart = balance_chart(&Scores::compute(&instrument, &sheet), None, &LABELS, None);
        assert!(!chart.shapes.iter().any(|s| matches!(s, Shape::Rect { .. })));
        assert_eq!(texts(&chart), ["Management", "not enough answers", "Leadership", "not enough answers"]);
        within_bounds(&chart);
    }

    #[test]
    fn competency_bars_are_proportional_and_tracks_look_different() {
        let instrument = Instrument::builtin().expect("valid");
        let vision = instrument.competencies.iter().position(|c| c.id == "vision").expect("known");
        let sheet = sheet_with(&instrument, |c, s| {
            if c == vision {
                return Some(Answer::NoChanceYet);
            }
            let f = if instrument.competencies[c].track == Track::Management { Often } else { Rarely };
            Some(Answer::Frequency(if instrument.statements[s].reverse { f.mirrored() } else { f }))
        });
        let chart =
            competency_chart(&instrument, &Scores::compute(&instrument, &sheet), None, 60.0, &LABELS, None);
        within_bounds(&chart);
        let labels = texts(&chart);
        assert_eq!(labels[0], "Management");
        assert_eq!(labels[1], "Planning & organizing");
        assert_eq!(labels[2], "75");
        assert!(labels.contains(&"Leadership") && labels.contains(&"not enough answers"));
        // 7 management bars at 75 % and 8 leadership bars at 25 % of the bar length; the
        // background tracks are full length.
        let rects: Vec<(f64, Ink)> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { width, ink, .. } => Some((*width, *ink)),
                _ => None,
            })
            .collect();
        assert_eq!(
            rects.iter().filter(|(w, i)| *i == Ink::ManagementTint && *w == BAR_LENGTH * 0.75).count(),
            7
        );
        assert_eq!(rects.iter().filter(|(w, i)| *i == Ink::Leadership && *w == BAR_LENGTH * 0.25).count(), 8);
        assert_eq!(rects.iter().filter(|(_, i)| *i == Ink::Track).count(), 15);
        // Only management is hatched.
        assert!(chart.shapes.iter().any(|s| matches!(s, Shape::Line { ink: Ink::Management, .. })));
        // Threshold marks at 60 % of the bar, one per track.
        let marks = chart.shapes.iter().filter(|s| matches!(s, Shape::Line { x1, x2, ink: Ink::Structure, .. } if *x1 == *x2 && (*x1 - BAR_LENGTH * 0.6).abs() < 1e-9)).count();
        assert_eq!(marks, 2);
    }

    #[test]
    fn an_earlier_result_adds_ticks_and_changes() {
        let instrument = Instrument::builtin().expect("valid");
        let now = Scores::compute(&instrument, &sheet_scoring(&instrument, |_| Often));
        let before = Scores::compute(
            &instrument,
            &sheet_scoring(&instrument, |c| if c == 0 { Rarely } else { Often }),
        );
        let bars = competency_chart(&instrument, &now, None, 60.0, &LABELS, Some(&before));
        within_bounds(&bars);
        let labels = texts(&bars);
        assert_eq!(labels.iter().filter(|t| **t == "+50").count(), 1, "planning went from 25 to 75");
        assert_eq!(labels.iter().filter(|t| **t == "±0").count(), 15);
        let ticks =
            bars.shapes.iter().filter(|s| matches!(s, Shape::Line { width, .. } if *width == 2.5)).count();
        assert_eq!(ticks, 16);
        let balance = balance_chart(&now, None, &LABELS, Some(&before));
        // Management's index moved from (25 + 6 × 75) / 7 = 67.9 → 68 to 75: +7.
        assert_eq!(texts(&balance), ["Management", "75 (+7)", "Leadership", "75 (±0)"]);
        assert_eq!(format_change(52.6, 48.4), "-5");
    }

    #[test]
    fn coordinates_print_short_and_exact() {
        let cases = [
            (0.0, "0"),
            (40.0, "40"),
            (12.5, "12.5"),
            (3.07, "3.07"),
            (-3.07, "-3.07"),
            (-0.004, "0"),
            (99.999, "100"),
            (0.1 + 0.2, "0.3"),
        ];
        for (value, expected) in cases {
            assert_eq!(format_coordinate(value), expected, "{value}");
        }
        assert_eq!(format_score(52.78), "53");
        assert_eq!(format_score(0.0), "0");
    }

    #[test]
    fn hatching_stays_inside_its_rectangle() {
        for (w, h) in [(100.0, 11.0), (3.0, 11.0), (40.0, 40.0), (0.5, 30.0)] {
            let lines = hatch(10.0, 20.0, w, h);
            assert!(!lines.is_empty() || w < HATCH_SPACING / 2.0, "{w}x{h}");
            for line in lines {
                let Shape::Line { x1, y1, x2, y2, .. } = line else { unreachable!() };
                for (x, y) in [(x1, y1), (x2, y2)] {
                    assert!((10.0 - 1e-9..=10.0 + w + 1e-9).contains(&x), "{x}");
                    assert!((20.0 - 1e-9..=20.0 + h + 1e-9).contains(&y), "{y}");
                }
                assert!((x2 - x1 - (y1 - y2)).abs() < 1e-9, "45 degrees");
            }
        }
    }

    #[test]
    fn bands_draw_a_whisker_on_each_bar_and_a_range_under_each_index() {
        use crate::model::uncertainty::{Band, ErrorModel};
        let instrument = Instrument::builtin().expect("valid");
        let sheet = sheet_scoring(&instrument, |_| Often);
        let scores = Scores::compute(&instrument, &sheet);
        let bands = Bands::of(&instrument, &sheet, &scores, &ErrorModel::default_for(&instrument));
        let bars = competency_chart(&instrument, &scores, Some(&bands), 60.0, &LABELS, None);
        let plain = competency_chart(&instrument, &scores, None, 60.0, &LABELS, None);
        // Three lines per bar (the span and its two caps), 16 bars.
        assert_eq!(bars.shapes.len() - plain.shapes.len(), 48);
        // Every bar scores 75 with 3 statements: 75 ± 1.96 · 22.8 / √3 = 49.2 to 100.8, the top
        // held at 100; at 272 units a bar: x from 133.8 to 272.
        let Band { value, sem } = bands.competencies[0].expect("scored");
        assert!((value - 75.0).abs() < 1e-9 && (sem - 13.164).abs() < 0.001);
        let span = bars.shapes.iter().find_map(|s| match s {
            Shape::Line { x1, x2, y1, y2, .. } if y1 == y2 && (x2 - x1) > 100.0 => Some((*x1, *x2)),
            _ => None,
        });
        let (x1, x2) = span.expect("a whisker");
        assert!((x1 - 133.82).abs() < 0.05 && (x2 - 272.0).abs() < 1e-9, "{x1} {x2}");
        // Management 75 ± 9.75, leadership 75 ± 8.60.
        let balance = balance_chart(&scores, Some(&bands), &LABELS, None);
        assert_eq!(texts(&balance), ["65–85", "Management", "75", "66–84", "Leadership", "75"]);
    }
}
