//! German. Machine-assisted translation from the English table, reviewed for meaning against
//! it; see the README's "Languages" section. Formal address (Sie), as in German workplace
//! training.

use super::{
    CompetencyText, Counted, Direction, InstrumentText, Plural, ProfileText, ShareErrorText, Strings,
    TopicText,
};

pub static GERMAN: Strings = Strings {
    code: "de",
    name: "Deutsch",
    direction: Direction::LeftToRight,
    plural: Plural::OneOther,
    instrument: Some(&INSTRUMENT),

    app_title: "Leadership Balance",

    intro_heading: "Management oder Führung: Wo sollten Sie sich als Nächstes entwickeln?",
    intro_body: "Management ist das Wie: planen, organisieren und die Arbeit auf Kurs halten. \
        Führung ist das Warum: Menschen eine Richtung geben, der sie gern folgen, und ihnen \
        Antrieb und Unterstützung auf dem Weg dorthin.",
    intro_duration: "{statements} kurze Aussagen · etwa {minutes} Minuten",
    privacy_promise: "Ihre Antworten verlassen dieses Gerät nie.",
    start: "Selbsteinschätzung starten",
    preparing: "Die Fragen werden vorbereitet…",

    context_heading: "Zuerst ein wenig zu Ihrer Rolle",
    experience_question: "Seit wann führen Sie Mitarbeitende?",
    experience_options: ["Noch gar nicht", "Unter 1 Jahr", "1–3 Jahre", "3–5 Jahre", "Über 5 Jahre"],
    reports_question: "Wie viele Personen berichten direkt an Sie?",
    reports_options: ["Keine", "1–3", "4–8", "9 oder mehr"],
    context_missing: "Bitte beantworten Sie beide Fragen, um fortzufahren.",

    statements_heading: "Wie oft tun Sie das?",
    statements_hint: "Denken Sie an die letzten Monate. Die Tasten 1 bis 5 beantworten die Aussage, \
        auf der Sie gerade sind.",
    scale: ["Nie", "Selten", "Manchmal", "Oft", "Fast immer"],
    no_chance_yet: "Bisher keine Gelegenheit dazu",
    statement_counter: "Aussage {n} von {total}",
    progress: "{answered} von {total} beantwortet",
    missing_one: "Aussage {list} braucht noch eine Antwort.",
    missing_many: "Die Aussagen {list} brauchen noch eine Antwort.",
    and: " und ",

    back: "Zurück",
    next: "Weiter",
    see_results: "Meine Ergebnisse ansehen",

    results_heading: "Ihre Führungsbalance",
    results_preparing: "Ihre Ergebnisse werden vorbereitet…",
    profiles: [
        ProfileText {
            name: "Rundum stark",
            interpretation: "Sie sind stark im Wie und im Warum: Um Sie herum läuft die Arbeit \
                rund, und Menschen folgen Ihnen gern. Halten Sie beides wach, mit anspruchsvollen \
                Aufgaben, die beides zugleich fordern.",
        },
        ProfileText {
            name: "Stark im Organisieren",
            interpretation: "Sie sind stark im Wie: planen, nachhalten und die Arbeit am Laufen \
                halten. Ihr nächster Schritt ist das Warum: die Vision, das Coaching und die \
                Ermutigung, die Menschen ihr Bestes geben lassen.",
        },
        ProfileText {
            name: "Stark mit Menschen",
            interpretation: "Sie sind stark im Warum: Menschen folgen Ihrer Richtung und schätzen \
                Ihre Unterstützung. Ihr nächster Schritt ist das Wie: die Planungs- und \
                Kontrollgewohnheiten, die aus dieser Energie verlässliche Ergebnisse machen.",
        },
        ProfileText {
            name: "Auf dem Weg",
            interpretation: "Sie bauen beide Seiten auf, und das ist am Anfang einer \
                Führungslaufbahn normal. Beginnen Sie mit den Grundlagen des Managements wie \
                Planung, Zeit und Kommunikation: Sie geben Ihrer Führung ein festes Fundament.",
        },
    ],
    unplaced_heading: "Noch zu wenige Antworten für eine Einordnung",
    unplaced_body: "Jeder Bereich braucht mindestens eine Kompetenz mit zwei Antworten auf der \
        Skala. Gehen Sie zurück und beantworten Sie einige der Aussagen, die Sie mit „Bisher keine \
        Gelegenheit dazu“ markiert haben.",
    management: "Management",
    leadership: "Führung",
    balance_heading: "Ihre Balance",
    balance_summary: "Management erreicht {management} und Führung {leadership} von 100 Punkten.",
    competencies_heading: "Kompetenz für Kompetenz",
    competencies_summary: "Balkendiagramm Ihrer {count} Kompetenzwerte von 100: {scores}.",
    placement_close_heading: "Nah an der Linie",
    placement_close_body: "Zu nah an der Linie bei {threshold}, um zu sagen, auf welcher Seite Sie stehen: {list}. Eine Wiederholung könnte auf jeder Seite landen, darum nennt Ihr Ergebnis noch kein Profil.",
    close_track: "{track} {score} (wahrscheinlich {low}–{high})",
    placement_close_tip: "Was den Ausschlag gäbe: ein paar Punkte mehr oder weniger. Ein paar weitere Aussagen oder die Selbsteinschätzung in einigen Wochen noch einmal zeigen, auf welcher Seite Sie stehen.",
    lean_management: "Ihre Antworten neigen zum Management: Es liegt {difference} Punkte über der Führung, mehr als eine Wiederholung ändern würde.",
    lean_leadership: "Ihre Antworten neigen zur Führung: Sie liegt {difference} Punkte über dem Management, mehr als eine Wiederholung ändern würde.",
    lean_even: "Ihr Management und Ihre Führung sind etwa gleich: Ein Unterschied von {difference} Punkten liegt in dem, was eine Wiederholung ändern könnte.",
    next_step_management: "Ihr nächster Schritt: Managemententwicklung, das Wie von Planen, Organisieren und Überwachen.",
    next_step_leadership: "Ihr nächster Schritt: Führungsentwicklung, das Warum von Vision, Motivation und Coaching.",
    next_step_open: "Ihre Antworten sagen noch nicht, ob Management oder Führung zuerst kommen sollte.",
    score_range: "{score} (wahrscheinlich {low}–{high})",
    table_range: "Wahrscheinlicher Bereich",
    band_note: "Jedes Band zeigt, wo eine Wiederholung in 19 von 20 Fällen landen würde.",
    tier_start_here: "Hier anfangen",
    tier_next: "Danach",
    tier_later: "Später",
    tier_level: "Diese {count} liegen gleichauf: Ihre Antworten können sie nicht unterscheiden.",
    tier_also: "Ebenfalls gleichauf",
    no_clear_strengths: "Keine Kompetenz liegt klar über Ihrem eigenen Durchschnitt: Ihre Werte liegen nah beieinander.",
    no_clear_growth: "Keine Kompetenz liegt klar unter Ihrem eigenen Durchschnitt.",
    change_same: "{name}: {before} → {after}, etwa gleich",
    view_indexes_only: "Bis 3 Personen geantwortet haben, werden nur die beiden Indizes gezeigt, damit niemandes Antworten erkennbar sind.",
    second_stage_heading: "Ein paar Aussagen mehr?",
    second_stage_body: "Ihre Antworten lassen {what} offen. Ein paar Aussagen mehr würden Ihr Ergebnis schärfen (etwa eine Minute).",
    what_management: "Ihren Managementwert",
    what_leadership: "Ihren Führungswert",
    what_balance: "wohin Ihre Balance neigt",
    what_topics: "welche Themen zuerst kommen",
    second_stage_start: "{count} weitere beantworten",
    second_stage_skip: "Überspringen, Ergebnis zeigen",
    second_stage_progress: "{answered} von {total} zusätzlichen beantwortet",
    threshold_note: "Die dünne Linie markiert {threshold}: Ab diesem Wert gilt ein Bereich in Ihrem \
        Profil als stark.",
    table_caption: "Ihre Werte von 100",
    table_competency: "Kompetenz",
    table_track: "Bereich",
    table_score: "Wert",
    not_enough_answers: "zu wenige Antworten",
    strengths_heading: "Ihre Stärken",
    growth_heading: "Raum zum Wachsen",
    nothing_to_rank: "Beantworten Sie mehr Aussagen, um diese zu sehen.",
    topics_heading: "Was Sie als Nächstes lernen können",
    reason_one: "Weil {first} am niedrigsten lag.",
    reason_two: "Weil {first} und {second} am niedrigsten lagen.",
    no_topics: "Beantworten Sie mehr Aussagen, um Themenvorschläge zu erhalten.",
    reflection_heading: "Eine kurze Reflexion",
    reflection_intro: "Denken Sie an die beste Führungskraft, mit der Sie gearbeitet haben. Ein \
        paar Worte pro Frage genügen. Ihre Notizen bleiben auf diesem Gerät.",
    reflection_questions: [
        "Wer ist die beste Führungskraft, mit der Sie gearbeitet haben?",
        "Was haben Sie an dieser Person bewundert?",
        "Was hat sie getan, damit Sie erfolgreich sein konnten?",
        "In welchen Situationen passte ihre Arbeitsweise am besten?",
    ],
    self_rating_note: "Selbsteinschätzungen fallen oft zu hoch aus. Fragen Sie eine Kollegin oder \
        einen Kollegen Ihres Vertrauens, wie sie Sie sehen: Dieser Blick ist oft der wertvollste Teil.",
    notes_heading: "Ein Hinweis zu Ihren Antworten",
    straight_lining_note: "Fast alle Ihre Antworten liegen auf demselben Punkt der Skala. Wenn Sie \
        schnell geantwortet haben, sagen Ihre Ergebnisse womöglich weniger, als sie könnten.",
    reverse_disagreement_note: "Bei {count} Kompetenzen weisen Ihre Antworten auf unterschiedlich \
        formulierte Aussagen in verschiedene Richtungen. Wenn Sie jede Aussage in Ruhe lesen, \
        werden Ihre Ergebnisse genauer.",
    start_again: "Neu beginnen",

    welcome_back: "Willkommen zurück. Sie haben auf diesem Gerät {answered} von {total} Aussagen \
        beantwortet.",
    continue_saved: "Dort weitermachen, wo Sie aufgehört haben",
    start_over: "Von vorn beginnen",
    storage_unavailable: "Dieser Browser erlaubt der Seite nicht, Ihre Antworten zu speichern; sie \
        gehen also verloren, wenn Sie die Seite verlassen oder neu laden. Alles andere funktioniert.",
    privacy_details_summary: "Wie Ihre Antworten aufbewahrt werden",
    privacy_details: "Ihre Antworten und Notizen bleiben im Speicher dieses Browsers auf diesem \
        Gerät, damit Sie später weitermachen können. Nichts wird an einen Server gesendet, und es \
        wird kein Cookie gesetzt. Sie bleiben erhalten, bis Sie „Meine Antworten auf diesem Gerät \
        vergessen“ wählen oder Ihre Browserdaten löschen.",
    privacy_details_off: "Ihre Antworten und Notizen bleiben nur erhalten, solange diese Seite \
        geöffnet ist. Nichts wird an einen Server gesendet, und es wird kein Cookie gesetzt.",
    forget: "Meine Antworten auf diesem Gerät vergessen",
    forgotten: "Ihre Antworten sind auf diesem Gerät vergessen.",
    taken_over: "Aktualisiert mit den Antworten, die Sie in einem anderen Tab gegeben haben.",
    save_refused: "Dieser Browser speichert Ihren Fortschritt nicht mehr. Ihre Antworten bleiben erhalten, \
        solange diese Seite offen ist; um sie zu behalten, speichern Sie diesen Link:",
    answers_so_far: "Ihre bisherigen Antworten",
    saving_again: "Ihr Fortschritt wird auf diesem Gerät wieder gespeichert.",
    safe_copy: "Sie machen eine Pause? Manche Browser löschen Gespeichertes nach einigen Tagen ohne \
        Besuch; dieser Link bewahrt Ihre Antworten immer:",
    note_counter: "{count} von {max} Zeichen",
    link_problem: "Dieser Ergebnislink ließ sich nicht öffnen: {reason}.",
    share_errors: ShareErrorText {
        empty: "Der Link enthält kein Ergebnis",
        too_long: "Der Link ist viel länger, als ein Ergebnislink sein kann",
        not_a_code: "Der Link enthält Zeichen, die in einem Ergebnislink nie vorkommen",
        truncated: "Der Link ist abgeschnitten; kopieren Sie den ganzen Link und versuchen Sie es \
            erneut",
        wrong_version: "Der Link stammt aus einer anderen Version dieser Selbsteinschätzung",
        damaged: "Der Link ist beschädigt: Ein Teil wurde verändert oder fehlt",
        other_instrument: "Der Link wurde für andere Aussagen erstellt",
    },
    shared_banner: "Sie sehen ein Ergebnis, das jemand mit Ihnen geteilt hat. Es enthält die \
        Werte dieser Person, nie ihre Notizen.",
    take_it_yourself: "Selbst ausfüllen",
    share_heading: "Ihr Ergebnis teilen",
    share_body: "Dieser Link enthält Ihre Antworten: Bewahren Sie ihn auf, um dieses Ergebnis wieder zu \
        sehen, denn Browser können Gespeichertes löschen. Wer ihn hat, sieht diese Werte, nie Ihre \
        Notizen. Das Ergebnis steckt im Link selbst und wird nirgends gespeichert.",
    share_label: "Link zu Ihrem Ergebnis",
    copy_link: "Link kopieren",
    copied: "Kopiert.",
    copy_fallback: "Drücken Sie Strg+C (oder ⌘C), um den markierten Link zu kopieren.",
    send_to_trainer: "Mein Ergebnis an meine Trainerin oder meinen Trainer senden",
    send_to_trainer_hint: "Damit öffnet sich Ihr eigenes E-Mail-Programm mit dem Link. Gesendet wird erst, wenn Sie \
        selbst auf Senden drücken.",
    send_to_trainer_subject: "Mein Ergebnis der Leadership Balance",
    send_to_trainer_body: "Guten Tag,\n\nhier ist mein Ergebnis der Leadership Balance:\n{link}\n\nViele Grüße",
    compare_heading: "Seit Ihrem früheren Ergebnis",
    compare_intro: "Die Striche auf den Balken zeigen Ihre früheren Werte.",
    compare_details: "Alle Kompetenzen",
    change_line: "{name}: {before} → {after} ({change})",
    compare_paste_label: "Mit einem früheren Ergebnis vergleichen: Link einfügen",
    compare_button: "Vergleichen",
    compare_problem: "Dieser Link ließ sich nicht lesen: {reason}.",

    download_pdf: "PDF herunterladen",
    pdf_failed: "Ihr Browser hat das PDF nicht gespeichert. Bitte versuchen Sie es erneut oder \
        drucken Sie stattdessen diese Seite.",
    pdf_preparing: "Die Schriften für Ihr PDF werden geladen …",
    pdf_fonts_failed: "Die Schriften des PDFs konnten nicht geladen werden. Prüfen Sie die Verbindung und klicken Sie erneut auf PDF herunterladen.",
    pdf_unprintable: "Diese Zeichen aus Ihren Notizen kann das PDF nicht zeigen: {characters}. Es markiert, wo sie stehen, und Ihre Notizen behalten sie.",
    pdf_title: "Leadership Balance: Ihre Ergebnisse",
    pdf_subject: "Selbsteinschätzung zu Management und Führung",
    created_on: "Erstellt am {date}",
    page_counter: "Seite {n} von {total}",
    date_format: "{day}. {month} {year}",
    first_day: "1",
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],

    load_error_heading: "Die Selbsteinschätzung konnte nicht geladen werden",
    load_error_body: "Bitte geben Sie dem Betreiber dieser Seite Bescheid. Die Einzelheiten:",
    config_error_heading: "Diese Selbsteinschätzung ist nicht richtig eingerichtet",
    config_error_body: "Bitte geben Sie dem Betreiber dieser Seite Bescheid. Die Konfiguration \
        braucht diese Korrekturen:",
    course_label: "Unser Kurs:",

    ask_heading: "Bitten Sie Kolleginnen und Kollegen um ihre Sicht",
    ask_body: "Selbsteinschätzungen fallen oft zu gut aus. Kolleginnen und Kollegen sehen, was Sie selbst nicht sehen. Schicken Sie ihnen diesen Link: Sie beantworten dieselben Aussagen über Sie auf ihrem eigenen Gerät und schicken Ihnen einen Link mit ihren Antworten zurück. Diese Seite sendet nichts.",
    ask_name_label: "Ihr Vorname oder Ihre Initialen, wie die anderen sie sehen (freiwillig)",
    ask_link_label: "Link für Ihre Kolleginnen und Kollegen",
    email_link: "Per E-Mail senden",
    share_button: "Teilen…",
    ask_mail_subject: "Wie sehen Sie meine Arbeit?",
    ask_mail_body: "Hallo,\n\nich arbeite an meiner Entwicklung als Führungskraft. Würden Sie ein paar kurze Aussagen dazu beantworten, wie Sie meine Arbeit sehen? Es dauert etwa 8 Minuten, und Ihre Antworten kommen nur in dem Link zu mir, den Sie mir schicken:\n{link}\n\nVielen Dank!",
    ask_share_text: "Wie sehen Sie meine Arbeit? Es dauert etwa 8 Minuten.",
    colleague_heading_named: "{name} möchte wissen, wie Sie die eigene Arbeit sehen",
    colleague_heading: "Eine Kollegin oder ein Kollege möchte wissen, wie Sie die eigene Arbeit sehen",
    colleague_body: "Lesen Sie jede Aussage und wählen Sie, wie oft Sie das bei der Person erleben. Wählen Sie „Habe ich nicht erlebt“, wo Sie es nicht sagen können. Ihre Antworten gehen nur in dem Link zurück, den Sie schicken, und auf diesem Gerät wird nichts gespeichert.",
    colleague_start: "Beginnen",
    observer_heading: "Wie oft tut die Person das?",
    not_seen: "Habe ich nicht erlebt",
    colleague_finish: "Meinen Antwort-Link erstellen",
    colleague_done_heading: "Danke. Schicken Sie Ihre Antworten jetzt zurück",
    colleague_done_named: "Schicken Sie diesen Link per E-Mail oder Chat an {name}. Er enthält Ihre Antworten und sonst nichts, und auf diesem Gerät wird nichts gespeichert.",
    colleague_done: "Schicken Sie diesen Link per E-Mail oder Chat an die Person zurück, die gefragt hat. Er enthält Ihre Antworten und sonst nichts, und auf diesem Gerät wird nichts gespeichert.",
    response_link_label: "Ihr Antwort-Link",
    response_mail_subject: "Meine Sicht auf Ihre Arbeit",
    response_mail_body: "Hallo,\n\nhier sind meine Antworten. Fügen Sie diesen Link auf Ihrer Ergebnisseite unter „So sehen andere Sie“ ein:\n{link}",
    own_request_heading: "Das ist Ihr eigener Anfrage-Link",
    own_request_body: "Kolleginnen und Kollegen beantworten ihn auf ihren eigenen Geräten. Hier sehen Sie in einer Vorschau, was sie sehen werden; eine Vorschau erstellt keinen Antwort-Link.",
    preview_button: "Fragen in der Vorschau ansehen",
    preview_done: "Das war eine Vorschau. Schicken Sie den Anfrage-Link an Ihre Kolleginnen und Kollegen: Ihre Antworten kommen als Links zu Ihnen zurück.",
    request_problem: "Dieser Anfrage-Link ließ sich nicht öffnen: {reason}.",
    view_heading: "So sehen andere Sie",
    view_paste_label: "Antwort-Link einer Kollegin oder eines Kollegen einfügen",
    view_add: "Antwort hinzufügen",
    view_added: "Hinzugefügt. Der Link selbst wird nicht gespeichert, nur der Durchschnitt und die Anzahl.",
    view_count: Counted::two(
        "Aus den Antworten von {count} Person zusammengefasst.",
        "Aus den Antworten von {count} Personen zusammengefasst.",
    ),
    view_you: "Sie",
    view_others: "Andere",
    view_indexes: "Management: Sie {own_management}, andere {others_management}. Führung: Sie {own_leadership}, andere {others_leadership}.",
    blind_spots_heading: "Blinde Flecken: Sie sehen sich stärker",
    hidden_strengths_heading: "Verborgene Stärken: andere sehen Sie stärker",
    gap_item: "{competency}: Sie {own}, andere {others}",
    no_gaps: "Bei keiner Kompetenz liegen Sie und die anderen weiter auseinander, als eine Wiederholung erklären könnte.",
    view_forget: "Antworten der anderen vergessen",
    view_forgotten: "Die Antworten der anderen sind auf diesem Gerät vergessen.",
    response_is_result: "Das ist ein Ergebnis-Link, keine Antwort. Andere antworten über den Link, den Sie ihnen mit „Bitten Sie Kolleginnen und Kollegen um ihre Sicht“ schicken.",
    response_is_request: "Das ist der Anfrage-Link für die anderen, nicht ihre Antwort.",
    response_repeat: "Diese Antwort wurde bereits gezählt.",
    response_problem: "Dieser Antwort-Link ließ sich nicht lesen: {reason}.",
    view_balance_heading: "Die Balance aus Sicht der anderen",
    view_topics_toggle: "Meine nächsten Themen nach der Sicht der anderen ordnen",
    view_topics_heading: "Ihre nächsten Themen aus Sicht der anderen",
};

static INSTRUMENT: InstrumentText = InstrumentText {
    topics: &[
        TopicText {
            id: "time_management",
            title: "Zeitmanagement",
            summary: "Die Woche planen, Zeit für konzentrierte Arbeit schützen und Anfragen mit \
                wenig Nutzen ablehnen.",
        },
        TopicText {
            id: "communication",
            title: "Kommunikation",
            summary: "Den richtigen Menschen im richtigen Moment die richtige Botschaft geben.",
        },
        TopicText {
            id: "conflict_resolution",
            title: "Konfliktlösung",
            summary: "Aus Meinungsverschiedenheiten Entscheidungen machen, mit denen alle leben können.",
        },
        TopicText {
            id: "project_management",
            title: "Projektmanagement",
            summary: "Arbeit abgrenzen, planen und verfolgen, damit sie pünktlich und im Budget \
                fertig wird.",
        },
        TopicText {
            id: "policies_processes",
            title: "Richtlinien und Prozesse",
            summary: "Die Regeln und Abläufe kennen, die Ihren Bereich am Laufen halten, und sie \
                gut nutzen.",
        },
        TopicText {
            id: "personalities",
            title: "Menschliche Persönlichkeiten",
            summary: "Verstehen, was verschiedene Menschen antreibt, und die Zusammenarbeit auf \
                jede Person abstimmen.",
        },
        TopicText {
            id: "influence",
            title: "Einfluss und Überzeugung",
            summary: "Unterstützung für Ideen gewinnen, ohne sich auf die eigene Position zu stützen.",
        },
        TopicText {
            id: "motivation",
            title: "Motivation",
            summary: "Herausfinden, was Menschen Energie gibt, und diese Energie lebendig halten.",
        },
        TopicText {
            id: "delegation",
            title: "Delegation und Befähigung",
            summary: "Arbeit samt der nötigen Befugnisse abgeben, damit Menschen daran wachsen.",
        },
    ],
    competencies: &[
        CompetencyText {
            id: "planning",
            name: "Arbeit und Personal planen und organisieren",
            short_name: "Planen & organisieren",
        },
        CompetencyText { id: "monitoring", name: "Leistung überwachen", short_name: "Leistung überwachen" },
        CompetencyText {
            id: "administration",
            name: "Verwaltungsaufgaben erledigen",
            short_name: "Verwaltung",
        },
        CompetencyText { id: "budgets", name: "Budgets verwalten", short_name: "Budgets" },
        CompetencyText {
            id: "stakeholders",
            name: "Mit Interessengruppen kommunizieren",
            short_name: "Stakeholder-Kommunikation",
        },
        CompetencyText { id: "problem_solving", name: "Probleme lösen", short_name: "Probleme lösen" },
        CompetencyText { id: "time", name: "Zeit einteilen", short_name: "Zeit einteilen" },
        CompetencyText { id: "coaching", name: "Coaching und Mentoring", short_name: "Coaching & Mentoring" },
        CompetencyText {
            id: "developing_others",
            name: "Andere entwickeln",
            short_name: "Andere entwickeln",
        },
        CompetencyText {
            id: "networks",
            name: "Netzwerke und Partnerschaften aufbauen",
            short_name: "Netzwerke & Partner",
        },
        CompetencyText {
            id: "innovation",
            name: "Kreativität und Innovation fördern",
            short_name: "Kreativität & Innovation",
        },
        CompetencyText { id: "consensus", name: "Konsens herstellen", short_name: "Konsens herstellen" },
        CompetencyText {
            id: "change",
            name: "Veränderungen einführen und steuern",
            short_name: "Wandel gestalten",
        },
        CompetencyText {
            id: "vision",
            name: "Eine überzeugende Vision entwerfen",
            short_name: "Vision entwerfen",
        },
        CompetencyText {
            id: "inspiring",
            name: "Andere für die Vision begeistern",
            short_name: "Andere begeistern",
        },
        CompetencyText {
            id: "motivating",
            name: "Nachlassende Motivation erkennen und stärken",
            short_name: "Motivation stärken",
        },
    ],
    statements: &[
        ("planning_1", "Bevor eine volle Woche beginnt, lege ich fest, wer welche Aufgabe übernimmt."),
        ("planning_2", "Ich teile große Arbeitspakete in Schritte mit Terminen auf."),
        ("planning_3", "Ich verteile Aufgaben spontan, so wie sie hereinkommen."),
        ("monitoring_1", "Ich prüfe den Fortschritt zu festen Zeitpunkten an den vereinbarten Zielen."),
        ("monitoring_2", "Wenn Ergebnisse nachlassen, merke ich das innerhalb von Tagen, nicht Wochen."),
        ("monitoring_3", "Ich sage Menschen klar, wie ihre Arbeit im Vergleich zum Vereinbarten steht."),
        ("administration_1", "Ich halte Unterlagen, Berichte und Freigaben auf dem neuesten Stand."),
        ("administration_2", "Ich erledige Routine-Papierkram pünktlich, damit er niemanden aufhält."),
        ("administration_3", "Formulare und Berichte stapeln sich auf meinem Tisch, bis jemand nachhakt."),
        ("budgets_1", "Ich vergleiche jeden Monat die Ausgaben mit dem Budget."),
        ("budgets_2", "Bevor ich Geld ausgebe, wäge ich Kosten und Nutzen ab."),
        ("budgets_3", "Wenn Kosten aus dem Ruder zu laufen drohen, handle ich früh und spreche es an."),
        ("stakeholders_1", "Ich informiere die Betroffenen einer Entscheidung, bevor sie in Kraft tritt."),
        ("stakeholders_2", "Ich richte meine Botschaft danach aus, was jedes Publikum wissen muss."),
        (
            "stakeholders_3",
            "Ich schicke kurze, regelmäßige Updates an die, die auf mein Team angewiesen sind.",
        ),
        ("problem_solving_1", "Wenn etwas schiefgeht, suche ich die Ursache, bevor ich es behebe."),
        ("problem_solving_2", "Ich vergleiche mindestens zwei Möglichkeiten, bevor ich eine Lösung wähle."),
        ("problem_solving_3", "Nach einer Lösung prüfe ich, ob das Problem wirklich verschwunden ist."),
        ("time_1", "Ich beginne jeden Tag mit dem Wissen, was meine wichtigsten Prioritäten sind."),
        ("time_2", "Ich blocke in meinem Kalender Zeit für wichtige Arbeit."),
        ("time_3", "Dringende Anfragen bestimmen meinen Tag, während wichtige Arbeit wartet."),
        ("coaching_1", "Ich stelle Fragen, die Menschen helfen, eigene Antworten zu finden."),
        (
            "coaching_2",
            "In Einzelgesprächen spreche ich darüber, wie Menschen arbeiten, nicht nur, was sie liefern.",
        ),
        ("coaching_3", "Ich teile eigene Erfahrungen, um jemandem durch eine schwierige Lage zu helfen."),
        (
            "developing_others_1",
            "Ich gebe Menschen Aufgaben, die ihre Fähigkeiten fordern, und unterstütze sie dabei.",
        ),
        (
            "developing_others_2",
            "Ich spreche mit jeder Person darüber, welche Fähigkeiten sie aufbauen möchte.",
        ),
        ("developing_others_3", "Die anspruchsvollen Aufgaben behalte ich selbst, weil es schneller geht."),
        ("networks_1", "Ich halte Kontakt zu Menschen in anderen Teams, die uns helfen können."),
        ("networks_2", "Ich suche Partner außerhalb meines Teams, um gemeinsame Ziele zu erreichen."),
        ("networks_3", "Ich bringe Menschen mit Kontakten zusammen, die ihnen helfen können."),
        (
            "innovation_1",
            "Ich lade zu neuen Ideen ein, auch zu solchen, die unsere Arbeitsweise infrage stellen.",
        ),
        ("innovation_2", "Ich gebe Menschen Raum, einen neuen Ansatz auszuprobieren und daraus zu lernen."),
        ("innovation_3", "Ungewöhnliche Ideen stoppe ich früh, bevor sie Zeit verschwenden."),
        ("consensus_1", "Bevor eine Gruppe entscheidet, sorge ich dafür, dass jede Sicht gehört wurde."),
        ("consensus_2", "Wenn Menschen uneins sind, suche ich nach dem Gemeinsamen."),
        ("consensus_3", "Ich prüfe, ob alle eine Entscheidung mittragen können, bevor wir weitermachen."),
        ("change_1", "Wenn eine Veränderung ansteht, erkläre ich, warum sie nötig ist."),
        ("change_2", "Ich helfe Menschen durch die praktischen Schritte einer Veränderung."),
        ("change_3", "Ich warte, bis uns eine Veränderung aufgezwungen wird, bevor ich handle."),
        ("vision_1", "Ich beschreibe, wohin sich unser Team in den nächsten ein, zwei Jahren entwickelt."),
        ("vision_2", "Ich verbinde alltägliche Aufgaben mit dem großen Ganzen."),
        (
            "vision_3",
            "Ich beschreibe eine Zukunft für das Team, für die sich der Einsatz in den Augen \
                aller lohnt.",
        ),
        ("inspiring_1", "Ich lebe die Maßstäbe vor, die ich von anderen verlange."),
        ("inspiring_2", "Ich feiere Fortschritte auf dem Weg zu unseren Zielen mit dem Team."),
        ("inspiring_3", "Ich helfe Menschen zu sehen, was ihre Arbeit bewirkt."),
        ("motivating_1", "Ich merke, wenn die Energie oder das Interesse einer Person nachlässt."),
        (
            "motivating_2",
            "Wenn jemand unbeteiligt wirkt, spreche ich mit der Person, um den Grund zu erfahren.",
        ),
        (
            "motivating_3",
            "Ich passe Aufgaben oder Arbeitslast einer Person an, um ihre Motivation zurückzubringen.",
        ),
        (
            "planning_4",
            "Ich prüfe die aktuelle Arbeitslast jedes Teammitglieds, bevor ich ihm eine neue Aufgabe gebe.",
        ),
        (
            "planning_5",
            "Ich regle rechtzeitig die Vertretung für Zeiten, in denen jemand im Team abwesend ist.",
        ),
        ("monitoring_4", "Ich vereinbare mit jeder Person, woran ihre Ergebnisse gemessen werden."),
        ("monitoring_5", "Ich prüfe die Qualität fertiger Arbeit, nicht nur, ob sie geliefert wurde."),
        ("administration_4", "Ich prüfe Formulare und Berichte auf Fehler, bevor ich sie weitergebe."),
        (
            "administration_5",
            "Ich halte mich beim Papierkram an das vorgeschriebene Verfahren, auch wenn eine Abkürzung schneller wäre.",
        ),
        (
            "budgets_4",
            "Wenn ich Arbeit plane, schätze ich die vollen Kosten, einschließlich der Arbeitszeit der Beteiligten.",
        ),
        ("budgets_5", "Ich genehmige Ausgaben, ohne vorher zu prüfen, ob das Budget sie deckt."),
        ("stakeholders_4", "Ich frage die, die auf mein Team angewiesen sind, was sie von uns erwarten."),
        (
            "stakeholders_5",
            "Nach Besprechungen mit anderen Teams oder Kunden halte ich schriftlich fest, was wir vereinbart haben.",
        ),
        (
            "problem_solving_4",
            "Ich erarbeite Lösungen allein, ohne die zu fragen, die das Problem aus nächster Nähe kennen.",
        ),
        (
            "problem_solving_5",
            "Ist ein Problem behoben, ergreife ich Maßnahmen, damit es nicht wieder auftritt.",
        ),
        ("time_4", "Ich lehne Anfragen höflich ab, die mich von meinen Prioritäten abbringen würden."),
        ("time_5", "Wenn ich eine Frist zusage, plane ich Zeit für Unterbrechungen und Verzögerungen ein."),
        (
            "coaching_4",
            "Nach einem Coaching-Gespräch komme ich auf den Schritt zurück, den sich die Person vorgenommen hat.",
        ),
        ("coaching_5", "Wenn ich jemanden coache, rede ich die meiste Zeit selbst."),
        (
            "developing_others_4",
            "Ich organisiere Schulungen oder Hospitationen, die jemandem helfen, eine neue Fähigkeit zu lernen.",
        ),
        (
            "developing_others_5",
            "Ich schlage Menschen für Projekte und Rollen vor, an denen sie wachsen können.",
        ),
        (
            "networks_4",
            "Ich nehme an Veranstaltungen oder Gruppen teil, bei denen ich Menschen aus anderen Organisationen treffe.",
        ),
        ("networks_5", "Ich melde mich bei Menschen in anderen Teams nur, wenn ich etwas von ihnen brauche."),
        ("innovation_4", "Ich plane Zeit ein, in der das Team gemeinsam neue Ideen entwickelt."),
        (
            "innovation_5",
            "Wenn wir eine Idee umsetzen, sorge ich dafür, dass die Anerkennung bekommt, wer sie hatte.",
        ),
        ("consensus_4", "Vor einer Diskussion erkläre ich, wie am Ende entschieden wird."),
        (
            "consensus_5",
            "Ich erkläre denen, die anderer Meinung waren, wie ihre Sicht bei der Entscheidung abgewogen wurde.",
        ),
        ("change_4", "Ich bitte die von einer Veränderung Betroffenen, die Umsetzung mitzuplanen."),
        ("change_5", "Während einer Veränderung nehme ich mir Zeit, die Sorgen der Beteiligten anzuhören."),
        ("vision_4", "Ich lade das Team ein, unser Bild von der Zukunft mitzugestalten."),
        ("vision_5", "Ich erkläre, was die langfristigen Pläne der Organisation für unser Team bedeuten."),
        ("inspiring_4", "Nach einem Rückschlag erinnere ich das Team daran, worauf wir hinarbeiten."),
        ("inspiring_5", "Wenn ein Ziel anspruchsvoll ist, sage ich Menschen, dass ich es ihnen zutraue."),
        ("motivating_4", "Ich finde heraus, was jeder Person an ihrer Arbeit am meisten Freude macht."),
        (
            "motivating_5",
            "Ich räume alltägliche Hindernisse aus dem Weg, die Menschen frustrieren und Energie rauben.",
        ),
    ],
    observer_statements: &[
        ("planning_1", "Bevor eine volle Woche beginnt, legt die Person fest, wer welche Aufgabe übernimmt."),
        ("planning_2", "Die Person teilt große Arbeitspakete in Schritte mit Terminen auf."),
        ("planning_3", "Die Person verteilt Aufgaben spontan, so wie sie hereinkommen."),
        (
            "monitoring_1",
            "Die Person prüft den Fortschritt zu festen Zeitpunkten an den vereinbarten Zielen.",
        ),
        (
            "monitoring_2",
            "Wenn Ergebnisse nachlassen, merkt die Person das innerhalb von Tagen, nicht Wochen.",
        ),
        (
            "monitoring_3",
            "Die Person sagt anderen klar, wie ihre Arbeit im Vergleich zum Vereinbarten steht.",
        ),
        ("administration_1", "Die Person hält Unterlagen, Berichte und Freigaben auf dem neuesten Stand."),
        ("administration_2", "Die Person erledigt Routine-Papierkram pünktlich, damit er niemanden aufhält."),
        ("administration_3", "Formulare und Berichte stapeln sich auf ihrem Tisch, bis jemand nachhakt."),
        ("budgets_1", "Die Person vergleicht jeden Monat die Ausgaben des Teams mit dem Budget."),
        ("budgets_2", "Bevor die Person Geld ausgibt, wägt sie Kosten und Nutzen ab."),
        (
            "budgets_3",
            "Wenn Kosten aus dem Ruder zu laufen drohen, handelt die Person früh und spricht es an.",
        ),
        (
            "stakeholders_1",
            "Die Person informiert die Betroffenen einer Entscheidung, bevor sie in Kraft tritt.",
        ),
        ("stakeholders_2", "Die Person richtet ihre Botschaft danach aus, was jedes Publikum wissen muss."),
        (
            "stakeholders_3",
            "Die Person schickt kurze, regelmäßige Updates an die, die auf ihr Team angewiesen sind.",
        ),
        ("problem_solving_1", "Wenn etwas schiefgeht, sucht die Person die Ursache, bevor sie es behebt."),
        (
            "problem_solving_2",
            "Die Person vergleicht mindestens zwei Möglichkeiten, bevor sie eine Lösung wählt.",
        ),
        (
            "problem_solving_3",
            "Nach einer Lösung prüft die Person, ob das Problem wirklich verschwunden ist.",
        ),
        ("time_1", "Die Person beginnt jeden Tag mit dem Wissen, was ihre wichtigsten Prioritäten sind."),
        ("time_2", "Die Person blockt in ihrem Kalender Zeit für wichtige Arbeit."),
        ("time_3", "Dringende Anfragen bestimmen ihren Tag, während wichtige Arbeit wartet."),
        ("coaching_1", "Die Person stellt Fragen, die anderen helfen, eigene Antworten zu finden."),
        (
            "coaching_2",
            "In Einzelgesprächen spricht die Person darüber, wie Menschen arbeiten, nicht nur, was sie liefern.",
        ),
        (
            "coaching_3",
            "Die Person teilt eigene Erfahrungen, um jemandem durch eine schwierige Lage zu helfen.",
        ),
        (
            "developing_others_1",
            "Die Person gibt anderen Aufgaben, die ihre Fähigkeiten fordern, und unterstützt sie dabei.",
        ),
        (
            "developing_others_2",
            "Die Person spricht mit allen im Team darüber, welche Fähigkeiten sie aufbauen möchten.",
        ),
        (
            "developing_others_3",
            "Die anspruchsvollen Aufgaben behält die Person selbst, weil es schneller geht.",
        ),
        ("networks_1", "Die Person hält Kontakt zu Menschen in anderen Teams, die helfen können."),
        ("networks_2", "Die Person sucht Partner außerhalb ihres Teams, um gemeinsame Ziele zu erreichen."),
        ("networks_3", "Die Person bringt andere mit Kontakten zusammen, die ihnen helfen können."),
        (
            "innovation_1",
            "Die Person lädt zu neuen Ideen ein, auch zu solchen, die die Arbeitsweise des Teams infrage stellen.",
        ),
        (
            "innovation_2",
            "Die Person gibt anderen Raum, einen neuen Ansatz auszuprobieren und daraus zu lernen.",
        ),
        ("innovation_3", "Ungewöhnliche Ideen stoppt die Person früh, bevor sie Zeit verschwenden."),
        (
            "consensus_1",
            "Bevor eine Gruppe entscheidet, sorgt die Person dafür, dass jede Sicht gehört wurde.",
        ),
        ("consensus_2", "Wenn Menschen uneins sind, sucht die Person nach dem Gemeinsamen."),
        ("consensus_3", "Die Person prüft, ob alle eine Entscheidung mittragen können, bevor es weitergeht."),
        ("change_1", "Wenn eine Veränderung ansteht, erklärt die Person, warum sie nötig ist."),
        ("change_2", "Die Person hilft anderen durch die praktischen Schritte einer Veränderung."),
        (
            "change_3",
            "Die Person wartet, bis dem Team eine Veränderung aufgezwungen wird, bevor sie handelt.",
        ),
        (
            "vision_1",
            "Die Person beschreibt, wohin sich das Team in den nächsten ein, zwei Jahren entwickelt.",
        ),
        ("vision_2", "Die Person verbindet alltägliche Aufgaben mit dem großen Ganzen."),
        ("vision_3", "Die Person beschreibt eine Zukunft für das Team, für die sich der Einsatz lohnt."),
        ("inspiring_1", "Die Person lebt die Maßstäbe vor, die sie von anderen verlangt."),
        ("inspiring_2", "Die Person feiert Fortschritte auf dem Weg zu den Zielen mit dem Team."),
        ("inspiring_3", "Die Person hilft anderen zu sehen, was ihre Arbeit bewirkt."),
        ("motivating_1", "Die Person merkt, wenn die Energie oder das Interesse von jemandem nachlässt."),
        (
            "motivating_2",
            "Wenn jemand unbeteiligt wirkt, spricht die Person mit ihm oder ihr, um den Grund zu erfahren.",
        ),
        (
            "motivating_3",
            "Die Person passt Aufgaben oder Arbeitslast von jemandem an, um die Motivation zurückzubringen.",
        ),
        (
            "planning_4",
            "Die Person prüft die aktuelle Arbeitslast jedes Teammitglieds, bevor sie ihm eine neue Aufgabe gibt.",
        ),
        (
            "planning_5",
            "Die Person regelt rechtzeitig die Vertretung für Zeiten, in denen jemand im Team abwesend ist.",
        ),
        ("monitoring_4", "Die Person vereinbart mit allen im Team, woran ihre Ergebnisse gemessen werden."),
        ("monitoring_5", "Die Person prüft die Qualität fertiger Arbeit, nicht nur, ob sie geliefert wurde."),
        ("administration_4", "Die Person prüft Formulare und Berichte auf Fehler, bevor sie sie weitergibt."),
        (
            "administration_5",
            "Die Person hält sich beim Papierkram an das vorgeschriebene Verfahren, auch wenn eine Abkürzung schneller wäre.",
        ),
        (
            "budgets_4",
            "Wenn die Person Arbeit plant, schätzt sie die vollen Kosten, einschließlich der Arbeitszeit der Beteiligten.",
        ),
        ("budgets_5", "Die Person genehmigt Ausgaben, ohne vorher zu prüfen, ob das Budget sie deckt."),
        (
            "stakeholders_4",
            "Die Person fragt die, die auf ihr Team angewiesen sind, was sie vom Team erwarten.",
        ),
        (
            "stakeholders_5",
            "Nach Besprechungen mit anderen Teams oder Kunden hält die Person schriftlich fest, was vereinbart wurde.",
        ),
        (
            "problem_solving_4",
            "Die Person erarbeitet Lösungen allein, ohne die zu fragen, die das Problem aus nächster Nähe kennen.",
        ),
        (
            "problem_solving_5",
            "Ist ein Problem behoben, ergreift die Person Maßnahmen, damit es nicht wieder auftritt.",
        ),
        ("time_4", "Die Person lehnt Anfragen höflich ab, die sie von ihren Prioritäten abbringen würden."),
        (
            "time_5",
            "Wenn die Person eine Frist zusagt, plant sie Zeit für Unterbrechungen und Verzögerungen ein.",
        ),
        (
            "coaching_4",
            "Nach einem Coaching-Gespräch kommt die Person auf den Schritt zurück, den sich ihr Gegenüber vorgenommen hat.",
        ),
        ("coaching_5", "Wenn die Person jemanden coacht, redet sie die meiste Zeit selbst."),
        (
            "developing_others_4",
            "Die Person organisiert Schulungen oder Hospitationen, die jemandem helfen, eine neue Fähigkeit zu lernen.",
        ),
        (
            "developing_others_5",
            "Die Person schlägt andere für Projekte und Rollen vor, an denen sie wachsen können.",
        ),
        (
            "networks_4",
            "Die Person nimmt an Veranstaltungen oder Gruppen teil, bei denen sie Menschen aus anderen Organisationen trifft.",
        ),
        (
            "networks_5",
            "Die Person meldet sich bei Menschen in anderen Teams nur, wenn sie etwas von ihnen braucht.",
        ),
        ("innovation_4", "Die Person plant Zeit ein, in der das Team gemeinsam neue Ideen entwickelt."),
        (
            "innovation_5",
            "Wenn das Team eine Idee umsetzt, sorgt die Person dafür, dass die Anerkennung bekommt, wer sie hatte.",
        ),
        ("consensus_4", "Vor einer Diskussion erklärt die Person, wie am Ende entschieden wird."),
        (
            "consensus_5",
            "Die Person erklärt denen, die anderer Meinung waren, wie ihre Sicht bei der Entscheidung abgewogen wurde.",
        ),
        ("change_4", "Die Person bittet die von einer Veränderung Betroffenen, die Umsetzung mitzuplanen."),
        (
            "change_5",
            "Während einer Veränderung nimmt sich die Person Zeit, die Sorgen der Beteiligten anzuhören.",
        ),
        ("vision_4", "Die Person lädt das Team ein, sein Bild von der Zukunft mitzugestalten."),
        (
            "vision_5",
            "Die Person erklärt, was die langfristigen Pläne der Organisation für das Team bedeuten.",
        ),
        ("inspiring_4", "Nach einem Rückschlag erinnert die Person das Team daran, worauf es hinarbeitet."),
        (
            "inspiring_5",
            "Wenn ein Ziel anspruchsvoll ist, sagt die Person anderen, dass sie es ihnen zutraut.",
        ),
        (
            "motivating_4",
            "Die Person findet heraus, was jedem Teammitglied an seiner Arbeit am meisten Freude macht.",
        ),
        (
            "motivating_5",
            "Die Person räumt alltägliche Hindernisse aus dem Weg, die Menschen frustrieren und Energie rauben.",
        ),
    ],
};
