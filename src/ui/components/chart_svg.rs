//! Draws a [`Chart`] as inline SVG. The shapes come from `model::chart`, which the PDF draws
//! too; this file only maps them onto SVG elements and theme classes.

use yew::prelude::*;

use crate::model::chart::{Anchor, Chart, Ink, Shape, format_coordinate};

/// The theme role of an ink, as a class suffix; `styles/leadership-balance.css` gives each a colour.
fn ink_name(ink: Ink) -> &'static str {
    match ink {
        Ink::Leadership => "leadership",
        Ink::Management => "management",
        Ink::ManagementTint => "management-tint",
        Ink::Track => "track",
        Ink::Structure => "structure",
        Ink::Text => "text",
        Ink::MutedText => "muted",
    }
}

/// The colour class of a shape: lines are stroked, everything else filled, in the ink's
/// colour. `tests/stylesheet.rs` checks that the stylesheet has a rule for each one used.
pub fn colour_class(shape: &Shape) -> String {
    let (kind, ink) = match shape {
        Shape::Line { ink, .. } => ("stroke", *ink),
        Shape::Rect { ink, .. }
        | Shape::Polygon { ink, .. }
        | Shape::Squares { ink, .. }
        | Shape::Text { ink, .. } => ("fill", *ink),
    };
    format!("lb-{kind}-{}", ink_name(ink))
}

/// Two decimals are enough for any screen, and keep the markup short.
fn n(value: f64) -> String {
    format_coordinate(value)
}

fn draw(shape: &Shape) -> Html {
    let class = colour_class(shape);
    match shape {
        Shape::Rect { x, y, width, height, .. } => html! {
            <rect x={n(*x)} y={n(*y)} width={n(*width)} height={n(*height)} {class} />
        },
        Shape::Line { x1, y1, x2, y2, width, .. } => html! {
            <line x1={n(*x1)} y1={n(*y1)} x2={n(*x2)} y2={n(*y2)} stroke-width={n(*width)} {class} />
        },
        Shape::Polygon { points, .. } => {
            let points: Vec<String> = points.iter().map(|(x, y)| format!("{},{}", n(*x), n(*y))).collect();
            html! { <polygon points={points.join(" ")} {class} /> }
        }
        Shape::Squares { corners, size, .. } => {
            let side = n(*size);
            let d: String =
                corners.iter().map(|(x, y)| format!("M{} {}h{side}v{side}h-{side}z", n(*x), n(*y))).collect();
            html! { <path {d} {class} /> }
        }
        Shape::Text { x, y, text, size, anchor, bold, .. } => {
            let anchor = match anchor {
                Anchor::Start => "start",
                Anchor::Middle => "middle",
                Anchor::End => "end",
            };
            html! {
                <text x={n(*x)} y={n(*y)} font-size={n(*size)} text-anchor={anchor}
                    font-weight={if *bold { "700" } else { "400" }} {class}>
                    { text.clone() }
                </text>
            }
        }
    }
}

/// A chart and its text alternative.
pub struct ChartSvgProps<'a> {
    /// The geometry, shared with the PDF.
    pub chart: &'a Chart,
    /// One sentence that says what the chart shows: the image's accessible name.
    pub summary: String,
    /// The chart's own class, such as `lb-chart--balance`.
    pub class: &'static str,
}

/// A chart's geometry as inline SVG, with its description for screen readers.
pub fn chart_svg(props: ChartSvgProps) -> Html {
    let ChartSvgProps { chart, summary, class } = props;
    html! {
        <svg
            class={classes!("lb-chart", class)}
            viewBox={format!("0 0 {} {}", n(chart.width), n(chart.height))}
            role="img"
            aria-label={summary}
            focusable="false"
        >
            { for chart.shapes.iter().map(draw) }
        </svg>
    }
}
