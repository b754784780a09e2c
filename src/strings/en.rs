//! English, the source language.

use super::{Direction, ProfileText, ShareErrorText, Strings};

pub static ENGLISH: Strings = Strings {
    code: "en",
    name: "English",
    direction: Direction::LeftToRight,
    instrument: None,

    app_title: "Leadership Balance",

    intro_heading: "Management or leadership: where should you grow next?",
    intro_body: "Management is the how: planning, organizing and keeping work on track. \
        Leadership is the why: giving people a direction worth following, and the drive and \
        support to get there.",
    intro_duration: "{statements} short statements · about {minutes} minutes",
    privacy_promise: "Your answers never leave this device.",
    start: "Start the self-assessment",
    preparing: "Getting the questions ready…",

    context_heading: "First, a little about your role",
    experience_question: "How long have you been managing people?",
    experience_options: ["Not yet", "Under 1 year", "1–3 years", "3–5 years", "Over 5 years"],
    reports_question: "How many people report to you directly?",
    reports_options: ["None", "1–3", "4–8", "9 or more"],
    context_missing: "Please answer both questions to continue.",

    statements_heading: "How often do you do this?",
    statements_hint: "Think of the last few months. Keys 1 to 5 answer the statement you are on.",
    scale: ["Never", "Rarely", "Sometimes", "Often", "Almost always"],
    no_chance_yet: "No chance to do this yet",
    statement_counter: "Statement {n} of {total}",
    progress: "{answered} of {total} answered",
    missing_one: "Statement {list} still needs an answer.",
    missing_many: "Statements {list} still need an answer.",
    and: " and ",

    back: "Back",
    next: "Next",
    see_results: "See my results",

    results_heading: "Your leadership balance",
    results_preparing: "Getting your results ready…",
    profiles: [
        ProfileText {
            name: "Well-rounded",
            interpretation: "You are strong on both the how and the why: work runs smoothly \
                around you, and people want to follow where you lead. Keep both sharp with \
                stretch roles that test them together.",
        },
        ProfileText {
            name: "Steady organizer",
            interpretation: "You are strong on the how: planning, tracking and keeping work \
                running. Your next step is the why: the vision, coaching and encouragement that \
                make people want to give their best.",
        },
        ProfileText {
            name: "People champion",
            interpretation: "You are strong on the why: people respond to your direction and \
                your support. Your next step is the how: the planning and tracking habits that \
                turn that energy into reliable results.",
        },
        ProfileText {
            name: "Rising manager",
            interpretation: "You are building both sides, which is normal early in a \
                management career. Start with the management basics, such as planning, time \
                and communication: they give your leadership something solid to stand on.",
        },
    ],
    unplaced_heading: "Not enough answers to place you yet",
    unplaced_body: "Each track needs at least one competency with two answers on the scale. \
        Go back and answer a few of the statements you marked “No chance to do this yet”.",
    management: "Management",
    leadership: "Leadership",
    balance_heading: "Your balance",
    balance_summary: "Management scores {management} and leadership scores {leadership} out of 100.",
    competencies_heading: "Competency by competency",
    competencies_summary: "Bar chart of your {count} competency scores, out of 100: {scores}.",
    threshold_note: "The thin line marks {threshold}, the score from which a track counts as strong in your profile.",
    table_caption: "Your scores, out of 100",
    table_competency: "Competency",
    table_track: "Track",
    table_score: "Score",
    not_enough_answers: "not enough answers",
    strengths_heading: "Your strengths",
    growth_heading: "Room to grow",
    nothing_to_rank: "Answer more statements to see these.",
    topics_heading: "What to learn next",
    reason_one: "Because {first} scored lowest.",
    reason_two: "Because {first} and {second} scored lowest.",
    no_topics: "Answer more statements to get topic suggestions.",
    reflection_heading: "A short reflection",
    reflection_intro: "Think of the best manager you have worked with. A few words per \
        question are enough. Your notes stay on this device.",
    reflection_questions: [
        "Who is the best manager you have worked with?",
        "What did you admire about them?",
        "What did they do that set you up to succeed?",
        "In which situations did their way of working suit best?",
    ],
    self_rating_note: "Self-ratings tend to run high. Ask a colleague you trust how they see \
        you: their view is often the most useful part.",
    notes_heading: "A note on your answers",
    straight_lining_note: "Almost all your answers are the same point on the scale. If you \
        went quickly, your results may say less than they could.",
    reverse_disagreement_note: "In {count} competencies, your answers to differently worded \
        statements point different ways. Reading each statement slowly may sharpen your \
        results.",
    start_again: "Start again",

    welcome_back: "Welcome back. You have answered {answered} of {total} statements on this device.",
    continue_saved: "Continue where you left off",
    start_over: "Start over",
    storage_unavailable: "This browser does not let the page keep your answers, so they are lost if you \
        leave or reload. Everything else works.",
    privacy_details_summary: "How your answers are kept",
    privacy_details: "Your answers and notes stay in this browser's own storage on this device, so you \
        can leave and continue later. Nothing is sent to any server and no cookie is set. They stay \
        until you choose “Forget my answers on this device” or clear your browser's data.",
    privacy_details_off: "Your answers and notes are kept only while this page is open. Nothing is sent \
        to any server and no cookie is set.",
    forget: "Forget my answers on this device",
    forgotten: "Your answers are forgotten on this device.",
    taken_over: "Updated with the answers you gave in another tab.",
    save_refused: "This browser has stopped keeping your progress. Your answers are safe while this page \
        stays open; to keep them, save this link:",
    answers_so_far: "Your answers so far",
    saving_again: "Your progress is kept on this device again.",
    safe_copy: "Stepping away? Some browsers clear what they keep after a few days without a visit; \
        this link always keeps your answers:",
    note_counter: "{count} of {max} characters",
    link_problem: "This result link could not be opened: {reason}.",
    share_errors: ShareErrorText {
        empty: "the link holds no result",
        too_long: "the link is far longer than a result link can be",
        not_a_code: "the link contains characters a result link never has",
        truncated: "the link is cut short; copy the whole link and try again",
        wrong_version: "the link was made by a different version of this self-assessment",
        damaged: "the link is damaged: part of it was changed or lost",
        other_instrument: "the link was made for a different set of statements",
    },
    shared_banner: "You are looking at a result someone shared with you. It holds their scores, never \
        their notes.",
    take_it_yourself: "Take it yourself",
    share_heading: "Share your result",
    share_body: "This link holds your answers: keep it to see this result again, since browsers may clear \
        what they store. Anyone with it sees these scores, never your notes. The result travels \
        inside the link itself and is not stored anywhere.",
    share_label: "Link to your result",
    copy_link: "Copy the link",
    copied: "Copied.",
    copy_fallback: "Press Ctrl+C (or ⌘C) to copy the selected link.",
    send_to_trainer: "Send my result to my trainer",
    send_to_trainer_hint: "This opens your own mail program with the link filled in. Nothing is sent until you send it.",
    send_to_trainer_subject: "My Leadership Balance result",
    send_to_trainer_body: "Hello,\n\nhere is my Leadership Balance result:\n{link}\n\nBest regards",
    compare_heading: "Since your earlier result",
    compare_intro: "The ticks on the bars mark your earlier scores.",
    compare_details: "Every competency",
    change_line: "{name}: {before} → {after} ({change})",
    compare_paste_label: "Compare with an earlier result: paste its link",
    compare_button: "Compare",
    compare_problem: "That link could not be read: {reason}.",

    download_pdf: "Download PDF",
    pdf_failed: "Your browser would not save the PDF. Please try again, or print this page instead.",
    pdf_title: "Leadership Balance: your results",
    pdf_subject: "Management and leadership self-assessment",
    created_on: "Created on {date}",
    page_counter: "Page {n} of {total}",
    date_format: "{day} {month} {year}",
    first_day: "1",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],

    load_error_heading: "The self-assessment could not load",
    load_error_body: "Please let the owner of this page know. The details:",
    config_error_heading: "This self-assessment is not set up correctly",
    config_error_body: "Please let the owner of this page know. Their configuration needs these fixes:",
    course_label: "Our course:",

    ask_heading: "Ask colleagues for their view",
    ask_body: "Self-ratings tend to run high. Colleagues can show you what you cannot see yourself. Send them this link: they answer the same statements about you on their own device and send you back a link with their answers. Nothing is sent by this page.",
    ask_name_label: "Your first name or initials, as colleagues will see it (optional)",
    ask_link_label: "Link to send to colleagues",
    email_link: "Send by email",
    share_button: "Share…",
    ask_mail_subject: "Would you give me your view of my work?",
    ask_mail_body: "Hello,\n\nI am working on my development as a manager. Would you answer some short statements about how you see my work? It takes about 8 minutes, and your answers come back to me only inside the link you send me:\n{link}\n\nThank you!",
    ask_share_text: "Would you give me your view of my work? It takes about 8 minutes.",
    colleague_heading_named: "{name} asked how you see their work",
    colleague_heading: "A colleague asked how you see their work",
    colleague_body: "Read each statement and choose how often you see them do it. Choose “I haven’t seen this” where you cannot say. Your answers go back only inside the link you send them, and nothing is kept on this device.",
    colleague_start: "Start",
    observer_heading: "How often do they do this?",
    not_seen: "I haven’t seen this",
    colleague_finish: "Make my answer link",
    colleague_done_heading: "Thank you. Now send your answers back",
    colleague_done_named: "Send this link to {name} by mail or chat. It holds your answers and nothing else, and nothing is kept on this device.",
    colleague_done: "Send this link back to the colleague who asked, by mail or chat. It holds your answers and nothing else, and nothing is kept on this device.",
    response_link_label: "Your answer link",
    response_mail_subject: "My view of your work",
    response_mail_body: "Hello,\n\nhere are my answers. Paste this link under “How colleagues see you” on your results page:\n{link}",
    own_request_heading: "This is your own request link",
    own_request_body: "Colleagues answer it on their own devices. Here you can preview what they will see; a preview makes no answer link.",
    preview_button: "Preview the questions",
    preview_done: "This was a preview. Send the request link to your colleagues: their answers come back to you as links.",
    request_problem: "This request link could not be opened: {reason}.",
    view_heading: "How colleagues see you",
    view_paste_label: "Paste a colleague’s answer link",
    view_add: "Add this answer",
    view_added: "Added. The link itself is not kept: only the average and the count are.",
    view_count_one: "Combined from 1 colleague’s answers.",
    view_count_many: "Combined from {count} colleagues’ answers.",
    view_few: "With fewer than 3 answers, the average may show who answered what.",
    view_you: "You",
    view_others: "Colleagues",
    view_indexes: "Management: you {own_management}, colleagues {others_management}. Leadership: you {own_leadership}, colleagues {others_leadership}.",
    blind_spots_heading: "Blind spots: you rate yourself higher",
    hidden_strengths_heading: "Hidden strengths: colleagues rate you higher",
    gap_item: "{competency}: you {own}, colleagues {others}",
    no_gaps: "No competency differs by 15 points or more between you and your colleagues.",
    view_forget: "Forget colleagues’ answers",
    view_forgotten: "Colleagues’ answers are forgotten on this device.",
    response_is_result: "This is a result link, not a colleague’s answer. Colleagues answer through the link you send them with “Ask colleagues for their view”.",
    response_is_request: "This is the request link you send to colleagues, not their answer.",
    response_repeat: "This answer has already been counted.",
    response_problem: "This answer link could not be read: {reason}.",
    view_balance_heading: "The balance as colleagues see it",
    view_topics_toggle: "Rank my next topics by my colleagues’ view",
    view_topics_heading: "Your next topics, from your colleagues’ view",
};
