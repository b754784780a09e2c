//! The shape of a language's table, declared once.
//!
//! [`Strings`] has about 150 text fields. A language pack (`pack.rs`) must list them in one
//! fixed order to write a table, and read them back in the same order to build one. Written
//! out by hand, that was the field list three times over, kept in step by a round-trip test.
//! Here one list declares the struct and both walks: add a field below and the packs, the
//! completeness tests and the loader's generated words all see it.
//!
//! Each field is `name: kind`, where the kind is `text` (one `&'static str`), `[n]` (an array
//! of `n` texts, such as the scale's five options), `counted` (a [`Counted`]: a template in
//! each plural form), or one of the two small groups, `profiles` and `share_errors`. In a pack,
//! an array's texts are named after the field and a group's as `field.member`.

use super::{Counted, Direction, InstrumentText, Plural, ProfileText, ShareErrorText};

/// Declares [`Strings`], [`texts`] and [`build`] from one list of fields.
macro_rules! strings_table {
    ($( $(#[$doc:meta])* $field:ident : $kind:tt ),* $(,)?) => {
        /// The strings of one language. Templates mark their slots as `{name}`; see
        /// [`fill`](super::fill). A number filled into a template other than a [`Counted`]
        /// must read right at any count: where a language's nouns agree with numbers, the
        /// template is worded so that none does ("Odpowiedzi: 6 z 48").
        #[derive(Debug)]
        pub struct Strings {
            /// The BCP 47 primary language subtag, such as `de`; it becomes the widget's `lang`.
            pub code: &'static str,
            /// The language's own name for itself, for the configurator's list.
            pub name: &'static str,
            /// Which way the language's text runs.
            pub direction: Direction,
            /// How the language picks a [`Counted`] text's form.
            pub plural: Plural,
            /// The built-in instrument in this language; `None` for English, the instrument's own.
            pub instrument: Option<&'static InstrumentText>,
            $( $(#[$doc])* pub $field: strings_table!(@type $kind), )*
        }

        /// Every text of a table with its field's name, in pack order. The completeness tests
        /// read the tables through this list too. Natively only: the wasm reads packs and never
        /// writes one, so the names stay out of it.
        #[cfg(not(target_arch = "wasm32"))]
        pub fn texts(s: &Strings) -> Vec<(&'static str, &'static str)> {
            let mut texts = Vec::with_capacity(200);
            $( strings_table!(@texts texts, s, $field, $kind); )*
            texts
        }

        /// A table whose texts come from `next`, one call per text, in pack order. `next` is a
        /// trait object so that counting and reading share one copy of this long function.
        pub fn build(
            code: &'static str,
            name: &'static str,
            direction: Direction,
            plural: Plural,
            instrument: Option<&'static InstrumentText>,
            next: &mut dyn FnMut() -> &'static str,
        ) -> Strings {
            // A struct expression evaluates its fields in the order written: pack order.
            Strings {
                code,
                name,
                direction,
                plural,
                instrument,
                $( $field: strings_table!(@build next, $kind), )*
            }
        }
    };

    (@type text) => { &'static str };
    (@type [$n:literal]) => { [&'static str; $n] };
    (@type counted) => { Counted };
    (@type profiles) => { [ProfileText; 4] };
    (@type share_errors) => { ShareErrorText };

    (@texts $texts:ident, $s:ident, $field:ident, text) => {
        $texts.push((stringify!($field), $s.$field))
    };
    (@texts $texts:ident, $s:ident, $field:ident, [$n:literal]) => {
        $texts.extend($s.$field.map(|t| (stringify!($field), t)))
    };
    (@texts $texts:ident, $s:ident, $field:ident, counted) => {{
        let c = &$s.$field;
        $texts.extend([
            (concat!(stringify!($field), ".one"), c.one),
            (concat!(stringify!($field), ".few"), c.few),
            (concat!(stringify!($field), ".many"), c.many),
        ]);
    }};
    (@texts $texts:ident, $s:ident, $field:ident, profiles) => {
        for p in &$s.$field {
            $texts.extend([("profiles.name", p.name), ("profiles.interpretation", p.interpretation)]);
        }
    };
    (@texts $texts:ident, $s:ident, $field:ident, share_errors) => {{
        let e = &$s.$field;
        $texts.extend([
            ("share_errors.empty", e.empty),
            ("share_errors.too_long", e.too_long),
            ("share_errors.not_a_code", e.not_a_code),
            ("share_errors.truncated", e.truncated),
            ("share_errors.wrong_version", e.wrong_version),
            ("share_errors.damaged", e.damaged),
            ("share_errors.other_instrument", e.other_instrument),
        ]);
    }};

    (@build $next:ident, text) => { $next() };
    (@build $next:ident, [$n:literal]) => { std::array::from_fn(|_| $next()) };
    (@build $next:ident, counted) => {
        Counted { one: $next(), few: $next(), many: $next() }
    };
    (@build $next:ident, profiles) => {
        std::array::from_fn(|_| ProfileText { name: $next(), interpretation: $next() })
    };
    (@build $next:ident, share_errors) => {
        ShareErrorText {
            empty: $next(),
            too_long: $next(),
            not_a_code: $next(),
            truncated: $next(),
            wrong_version: $next(),
            damaged: $next(),
            other_instrument: $next(),
        }
    };
}

strings_table! {
    app_title: text,

    intro_heading: text,
    /// Two sentences on management versus leadership.
    intro_body: text,
    /// `{statements}`, `{minutes}`.
    intro_duration: text,
    privacy_promise: text,
    start: text,
    /// Shown on Start when it is pressed before the widget's code has arrived (the loader
    /// draws the intro first); the widget goes on by itself once it is ready.
    preparing: text,

    context_heading: text,
    experience_question: text,
    experience_options: [5],
    reports_question: text,
    reports_options: [4],
    context_missing: text,

    statements_heading: text,
    statements_hint: text,
    scale: [5],
    no_chance_yet: text,
    /// `{n}`, `{total}`.
    statement_counter: text,
    /// `{answered}`, `{total}`.
    progress: text,
    /// `{list}`: one statement number.
    missing_one: text,
    /// `{list}`: several statement numbers.
    missing_many: text,
    /// Joins the last two items of a list.
    and: text,

    back: text,
    next: text,
    see_results: text,

    results_heading: text,
    /// Shown for the moment it takes the widget's full code to take over at the results.
    results_preparing: text,
    profiles: profiles,
    unplaced_heading: text,
    unplaced_body: text,
    management: text,
    leadership: text,
    balance_heading: text,
    /// `{management}`, `{leadership}`: the one-sentence text alternative of the balance chart.
    balance_summary: text,
    competencies_heading: text,
    /// `{count}`, `{scores}` (each competency's short name and score): the one-sentence text
    /// alternative of the competency chart. The PDF has no table of the scores, so a screen
    /// reader finds them here.
    competencies_summary: text,
    /// Heading of the results when an index is too close to the threshold to name a profile.
    placement_close_heading: text,
    /// `{list}`, `{threshold}`: which indexes are too close to call, each as `close_track` says it.
    placement_close_body: text,
    /// `{track}`, `{score}`, `{low}`, `{high}`: one index too close to call.
    close_track: text,
    /// What would tip a result that is close to the line.
    placement_close_tip: text,
    /// `{difference}`: the balance leans to management beyond its error.
    lean_management: text,
    /// `{difference}`: the balance leans to leadership beyond its error.
    lean_leadership: text,
    /// `{difference}`: the balance is within its error.
    lean_even: text,
    /// The answer to "management or leadership first?": management.
    next_step_management: text,
    /// The answer to "management or leadership first?": leadership.
    next_step_leadership: text,
    /// When the answers do not say which comes first.
    next_step_open: text,
    /// `{score}`, `{low}`, `{high}`: a score with its likely range.
    score_range: text,
    /// Column of each score's likely range.
    table_range: text,
    /// Explains the bands on the charts.
    band_note: text,
    /// Topics the answers put first.
    tier_start_here: text,
    /// Topics after the first tier.
    tier_next: text,
    /// Topics clearly below the first tier.
    tier_later: text,
    /// `{count}`: when several topics come out level at the top.
    tier_level: text,
    /// Before the rest of a first tier longer than three, by title.
    tier_also: text,
    /// When no competency stands clearly above the learner's own average.
    no_clear_strengths: text,
    /// When no competency stands clearly below it.
    no_clear_growth: text,
    /// `{name}`, `{before}`, `{after}`: a change within measurement error.
    change_same: text,
    /// Under three colleagues' answers: only the indexes show.
    view_indexes_only: text,
    /// Heading of the offer of a few more statements.
    second_stage_heading: text,
    /// `{what}`: what is too close to call.
    second_stage_body: text,
    /// Undecided: the management index.
    what_management: text,
    /// Undecided: the leadership index.
    what_leadership: text,
    /// Undecided: the balance.
    what_balance: text,
    /// Undecided: the first topics.
    what_topics: text,
    /// `{count}`: takes up the offer.
    second_stage_start: text,
    /// Declines the offer.
    second_stage_skip: text,
    /// `{answered}`, `{total}`: progress through the extra statements.
    second_stage_progress: text,
    /// `{threshold}`: explains the thin line on the competency chart.
    threshold_note: text,
    table_caption: text,
    table_competency: text,
    table_track: text,
    table_score: text,
    not_enough_answers: text,
    strengths_heading: text,
    growth_heading: text,
    nothing_to_rank: text,
    topics_heading: text,
    /// `{first}`.
    reason_one: text,
    /// `{first}`, `{second}`.
    reason_two: text,
    no_topics: text,
    reflection_heading: text,
    reflection_intro: text,
    reflection_questions: [4],
    self_rating_note: text,
    notes_heading: text,
    straight_lining_note: text,
    /// `{count}`.
    reverse_disagreement_note: text,
    start_again: text,

    /// `{answered}`, `{total}`: shown when saved progress is offered.
    welcome_back: text,
    continue_saved: text,
    start_over: text,
    storage_unavailable: text,
    privacy_details_summary: text,
    /// What is kept, where, and for how long, when answers are saved on the device.
    privacy_details: text,
    /// The same, when the provider has switched saving off.
    privacy_details_off: text,
    forget: text,
    forgotten: text,
    /// Another tab's answers were merged into this one.
    taken_over: text,
    /// The browser refused to keep the progress: what is on screen is all there is, and the
    /// link after this sentence keeps the answers.
    save_refused: text,
    /// The link to the answers so far.
    answers_so_far: text,
    /// The browser keeps the progress again after refusing.
    saving_again: text,
    /// On the statements pages, with saving on: a browser may clear what it keeps, and the link
    /// after this sentence keeps the answers so far.
    safe_copy: text,
    /// `{count}`, `{max}`: how much of a reflection note's room is used, shown near the limit.
    note_counter: text,
    /// `{reason}`.
    link_problem: text,
    share_errors: share_errors,
    shared_banner: text,
    take_it_yourself: text,
    share_heading: text,
    share_body: text,
    share_label: text,
    copy_link: text,
    copied: text,
    copy_fallback: text,
    /// The results page's mail link to the trainer, when the config names one.
    send_to_trainer: text,
    /// What the mail link opens with: nothing is sent until the learner sends it.
    send_to_trainer_hint: text,
    send_to_trainer_subject: text,
    /// `{link}`: the mail's text, with the result link.
    send_to_trainer_body: text,
    compare_heading: text,
    compare_intro: text,
    compare_details: text,
    /// `{name}`, `{before}`, `{after}`, `{change}`.
    change_line: text,
    compare_paste_label: text,
    compare_button: text,
    /// `{reason}`.
    compare_problem: text,

    download_pdf: text,
    /// Shown when the browser would not save the file.
    pdf_failed: text,
    /// While the PDF's fonts download, the first time only.
    pdf_preparing: text,
    /// The fonts could not be downloaded.
    pdf_fonts_failed: text,
    /// `{characters}`: what the PDF cannot show of the notes.
    pdf_unprintable: text,
    /// The PDF's document title (metadata).
    pdf_title: text,
    /// The PDF's subject (metadata).
    pdf_subject: text,
    /// `{date}`.
    created_on: text,
    /// `{n}`, `{total}`.
    page_counter: text,
    /// `{day}`, `{month}`, `{year}`.
    date_format: text,
    /// How the first day of a month is written, where it differs from "1" (French "1er").
    first_day: text,
    months: [12],

    load_error_heading: text,
    load_error_body: text,
    config_error_heading: text,
    config_error_body: text,
    /// Before the course title on each topic.
    course_label: text,

    // The colleague's view: asking, answering, and seeing what colleagues said.
    /// Heading of the results page's request panel.
    ask_heading: text,
    /// What asking does, and that nothing is sent by the widget.
    ask_body: text,
    /// The optional name a request carries.
    ask_name_label: text,
    /// Label of the request link's field.
    ask_link_label: text,
    /// Opens the device's mail program with a link filled in.
    email_link: text,
    /// Opens the device's share sheet (Web Share API), where the browser has one.
    share_button: text,
    /// Subject of the request mail.
    ask_mail_subject: text,
    /// `{link}`: the request link.
    ask_mail_body: text,
    /// What the share sheet sends with the request link.
    ask_share_text: text,
    /// `{name}`: who asked, as they wrote it.
    colleague_heading_named: text,
    /// The colleague's intro when the request carries no name.
    colleague_heading: text,
    /// What the colleague does, and the privacy promise.
    colleague_body: text,
    /// Starts the colleague's statements.
    colleague_start: text,
    /// Heading of a page of statements for a colleague.
    observer_heading: text,
    /// A colleague's option in place of “No chance to do this yet”.
    not_seen: text,
    /// The last page's button for a colleague.
    colleague_finish: text,
    /// The colleague's last page.
    colleague_done_heading: text,
    /// `{name}`: who asked.
    colleague_done_named: text,
    /// The colleague's last page when the request carries no name.
    colleague_done: text,
    /// Label of the response link's field.
    response_link_label: text,
    /// Subject of the colleague's reply mail.
    response_mail_subject: text,
    /// `{link}`: the response link.
    response_mail_body: text,
    /// A request link opened on the device that made it.
    own_request_heading: text,
    /// What the learner can do with their own request link.
    own_request_body: text,
    /// Starts the preview of one's own request.
    preview_button: text,
    /// The end of a preview.
    preview_done: text,
    /// `{reason}`: why a request link could not be read.
    request_problem: text,
    /// Heading of the colleagues' view on the results page.
    view_heading: text,
    /// Label of the box for a colleague's answer link.
    view_paste_label: text,
    /// Adds the pasted answer link.
    view_add: text,
    /// After an answer is counted.
    view_added: text,
    /// `{count}`: how many colleagues' answers are combined, in each plural form.
    view_count: counted,
    /// Column of the learner's own scores.
    view_you: text,
    /// Column of the colleagues' mean scores.
    view_others: text,
    /// `{own_management}`, `{others_management}`, `{own_leadership}`, `{others_leadership}`: both sides of the balance.
    view_indexes: text,
    /// Self at least 15 points above colleagues.
    blind_spots_heading: text,
    /// Colleagues at least 15 points above self.
    hidden_strengths_heading: text,
    /// `{competency}`, `{own}`, `{others}`: one blind spot or hidden strength.
    gap_item: text,
    /// When nothing differs by 15 points.
    no_gaps: text,
    /// Removes the colleagues' view from the device.
    view_forget: text,
    /// After the view is forgotten.
    view_forgotten: text,
    /// A share link pasted where a colleague's answer belongs.
    response_is_result: text,
    /// The request link pasted where an answer belongs.
    response_is_request: text,
    /// The same answer pasted again.
    response_repeat: text,
    /// `{reason}`: why an answer link could not be read.
    response_problem: text,
    /// Above the colleagues' balance chart.
    view_balance_heading: text,
    /// A checkbox: the next topics ranked from the colleagues' scores.
    view_topics_toggle: text,
    /// Above the topics ranked from the colleagues' view.
    view_topics_heading: text,
}
