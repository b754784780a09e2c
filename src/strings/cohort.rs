//! The trainer's words: what the cohort summary says, in every language the widget speaks.
//!
//! Shared words (profile names, track names, topic titles, dates) come from the learner's
//! table ([`super::Strings`]), so a trainer and their learners read the same names. These
//! live apart because the learner's widget never shows them and must not carry them.

use super::{Counted, Plural};

/// Everything the cohort summary says beyond the learner's words.
#[derive(Debug)]
pub struct CohortWords {
    /// The language, as in [`super::Strings::code`].
    pub code: &'static str,
    /// The language's plural rule, as in [`super::Strings::plural`].
    pub plural: Plural,
    /// What separates a number's whole part from its decimals on the page and in the PDF
    /// (`.` or `,`); the CSV files and the config block keep `.` for the programs that read
    /// them.
    pub decimal_mark: char,
    pub title: &'static str,
    /// `{count}`: the group's size, in each plural form. Every other number on the page stands
    /// where no word agrees with it (see [`super::Strings`]).
    pub learners: Counted,
    /// Shown under three learners.
    pub small_group: &'static str,
    pub advice_heading: &'static str,
    /// `{new}`, `{total}`.
    pub advice_management_lower: &'static str,
    /// `{new}`, `{total}`: most are new, though their management index is the higher one.
    pub advice_management_anyway: &'static str,
    /// `{experienced}`, `{total}`.
    pub advice_leadership: &'static str,
    /// `{experienced}`, `{total}`.
    pub advice_management_gaps: &'static str,
    pub advice_not_enough: &'static str,
    pub profiles_heading: &'static str,
    /// For learners with too few answers to place.
    pub unplaced: &'static str,
    /// `{count}`, `{each}` ("Steady organizer 3, …"): the profile chart's text alternative.
    pub profiles_summary: &'static str,
    pub indexes_heading: &'static str,
    /// `{value}`: a median on the dot plot.
    pub median: &'static str,
    /// `{management}`, `{leadership}`, `{count}`: the dot plot's text alternative.
    pub indexes_summary: &'static str,
    pub competencies_heading: &'static str,
    /// `{each}` ("Budgets 37.5, …"): the box chart's text alternative.
    pub competencies_summary: &'static str,
    /// How to read the box chart.
    pub competencies_note: &'static str,
    pub topics_heading: &'static str,
    /// `{count}`, `{total}`: how many have the topic among their own next three.
    pub top_three: &'static str,
    pub pdf_title: &'static str,
    pub pdf_subject: &'static str,
    /// The page's own words, before a summary exists.
    pub page_intro: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub add_button: &'static str,
    /// Said when Add is pressed with nothing readable.
    pub nothing_read: &'static str,
    pub problems_heading: &'static str,
    /// `{line}`, `{reason}`.
    pub problem_line: &'static str,
    /// `{count}`: lines whose result was already counted (a number alone, so no plural).
    pub repeats: &'static str,
    pub csv_button: &'static str,
    pub pdf_button: &'static str,
    /// `{reason}`: a file could not be saved.
    pub save_failed: &'static str,
    pub clear_button: &'static str,
    /// The check box that keeps the cohort in this browser's storage.
    pub keep_label: &'static str,
    pub kept: &'static str,
    pub forgotten: &'static str,
    /// The browser refused storage (private browsing, a full quota).
    pub keep_failed: &'static str,
    /// The file chooser's label; a file can also be dropped on the text box.
    pub file_label: &'static str,
    /// `{size}`: in megabytes, for a file larger than a cohort file can be.
    pub file_too_big: &'static str,
    /// `{reason}`: the browser could not read the file.
    pub file_unreadable: &'static str,
    /// `{problems}`: the checks the provider's config failed; the page then reads links of
    /// the built-in assessment.
    pub config_problem: &'static str,
    /// The reliability section's heading.
    pub reliability_heading: &'static str,
    /// `{statements}`, `{no_chance}` (the answer's label): what is measured, and how to read it.
    pub reliability_intro: &'static str,
    /// Shown when a figure rests on fewer than 30 learners.
    pub reliability_rough: &'static str,
    /// Shown while no scale has figures.
    pub reliability_none: &'static str,
    /// The reliability table's caption.
    pub table_caption: &'static str,
    /// The reliability table's first column: the index or competency.
    pub column_scale: &'static str,
    /// Cronbach's alpha with its interval. (Written out: the PDF's fonts have no Greek letters.)
    pub column_alpha: &'static str,
    /// The standard error of measurement.
    pub column_sem: &'static str,
    /// How many learners a row rests on.
    pub column_learners: &'static str,
    /// The management index's row.
    pub management_index: &'static str,
    /// The leadership index's row.
    pub leadership_index: &'static str,
    /// `{alpha}`, `{low}`, `{high}`: alpha and its 95\u{a0}% interval.
    pub alpha_range: &'static str,
    /// A row without figures.
    pub no_figure: &'static str,
    /// Heading of the flagged statements.
    pub weak_heading: &'static str,
    /// What a corrected item-total correlation is, and what under 0.2 means.
    pub weak_intro: &'static str,
    /// `{statement}` (its text), `{competency}`, `{r}`: one flagged statement.
    pub weak_item: &'static str,
    /// Said when no statement is flagged.
    pub none_weak: &'static str,
    /// The label of the config block's field.
    pub block_label: &'static str,
    /// Where the block goes and what it changes.
    pub block_hint: &'static str,
    /// The copy button.
    pub copy_block: &'static str,
    /// Said when the browser refuses the clipboard and the block is selected instead.
    pub copy_block_fallback: &'static str,
    /// Downloads the figures as their own CSV file.
    pub reliability_csv_button: &'static str,
}

impl CohortWords {
    /// "1 learner", "12 learners".
    pub fn learners(&self, count: usize) -> String {
        self.learners.fill(self.plural, count)
    }
}

pub static COHORT_ENGLISH: CohortWords = CohortWords {
    code: "en",
    plural: Plural::OneOther,
    decimal_mark: '.',
    title: "Your group's leadership balance",
    learners: Counted::two("{count} learner", "{count} learners"),
    small_group: "With fewer than three learners, each person can be recognised in these figures. Share them with care.",
    advice_heading: "Where to start",
    advice_management_lower: "Start with management basics: {new} of {total} learners are new to managing people, \
        and their management index is lower.",
    advice_management_anyway: "Start with management basics: {new} of {total} learners are new to managing \
        people, and new managers build the how first, even where their leadership index is lower.",
    advice_leadership: "Focus on leadership: {experienced} of {total} learners have managed people for a year or \
        more, and their leadership index is lower.",
    advice_management_gaps: "Close the management gaps first: {experienced} of {total} learners have managed \
        people for a year or more, yet their management index is the lower one.",
    advice_not_enough: "Too few learners said how long they have managed people to suggest where to start.",
    profiles_heading: "Profiles",
    unplaced: "Not placed yet",
    profiles_summary: "Bar chart of {count} learners by profile: {each}.",
    indexes_heading: "Management and leadership",
    median: "median {value}",
    indexes_summary: "Dot plot of {count} learners' indexes out of 100: the median management index is \
        {management} and the median leadership index {leadership}.",
    competencies_heading: "Competency by competency",
    competencies_summary: "Box chart of each competency's scores, lowest median first: {each}.",
    competencies_note: "Each line runs from the lowest to the highest score; the box holds the middle half of \
        the group; the dark bar and the number are the median.",
    topics_heading: "What the group needs most",
    top_three: "{count} of {total} have it among their next three topics",
    pdf_title: "Leadership Balance: cohort summary",
    pdf_subject: "A group's management and leadership self-assessments, combined",
    page_intro: "Paste the result links your learners sent you, one per line, or a form tool's export \
        that holds them. Everything stays in this browser: nothing is uploaded or stored.",
    paste_label: "Result links or codes",
    paste_hint: "One per line. Lines that are not results are listed below with the reason; the rest count.",
    add_button: "Add these results",
    nothing_read: "No result could be read from what was pasted.",
    problems_heading: "Lines left out",
    problem_line: "Line {line}: {reason}",
    repeats: "Results sent twice count once: {count} left out.",
    csv_button: "Download CSV",
    pdf_button: "Download PDF",
    save_failed: "The file could not be saved ({reason}).",
    clear_button: "Start a new cohort",
    keep_label: "Keep this cohort on this device",
    kept: "Kept in this browser until you untick the box or start a new cohort.",
    forgotten: "This cohort is no longer kept on this device.",
    keep_failed: "This browser does not allow keeping it; the cohort lasts as long as the page.",
    file_label: "Or choose a text or CSV file (or drop one on the box above)",
    file_too_big: "This file is {size} MB; a cohort file is at most 2 MB. Export only the column with the links.",
    file_unreadable: "The file could not be read ({reason}).",
    config_problem: "The provider’s configuration for this page has problems, so it reads links of the built-in assessment only: {problems}",
    reliability_heading: "How reliable are these statements on your learners?",
    reliability_intro: "Measured on the {statements} statements every learner answers; the extra statements \
        only some learners are asked are left out. Cronbach’s alpha says how well a competency’s statements \
        agree with each other (1 would be perfect; 0.7 or more is usual), with the range it lies in with \
        95\u{a0}% confidence (Feldt). The SEM, the standard error of measurement, is how far a learner’s \
        score may lie from their true level, in points out of 100. A learner who answered “{no_chance}” to a \
        statement of a competency is left out of that competency’s figures.",
    reliability_rough: "Fewer than 30 learners stand behind some of these figures: read them as rough. The \
        wider the range, the less a figure can be trusted.",
    reliability_none: "No figures yet: they need at least two learners who answered every statement of a \
        competency and whose answers differ.",
    table_caption: "Reliability of each index and competency",
    column_scale: "Index or competency",
    column_alpha: "Alpha (95\u{a0}% range)",
    column_sem: "SEM (points)",
    column_learners: "Learners",
    management_index: "Management index",
    leadership_index: "Leadership index",
    alpha_range: "{alpha} ({low} to {high})",
    no_figure: "too few learners",
    weak_heading: "Statements that do not go with the rest of their competency",
    weak_intro: "A statement’s corrected item-total correlation (r) compares its answers with the sum of the \
        other statements of its competency; under 0.2, it seems to measure something else on your learners. \
        Check how it reads to them.",
    weak_item: "“{statement}” ({competency}, r = {r})",
    none_weak: "Every statement goes with the rest of its competency: each corrected item-total correlation \
        is 0.2 or more.",
    block_label: "The reliability block for your config",
    block_hint: "Paste it at the top level of your config file, or into the configurator. The widget then \
        draws each competency’s band from the standard error measured here instead of its built-in \
        assumption. Competencies without a usable figure (too few learners, or an alpha below 0) are left \
        out and keep the assumption.",
    copy_block: "Copy the reliability block for your config",
    copy_block_fallback: "Press Ctrl+C (or ⌘C) to copy the selected block.",
    reliability_csv_button: "Download these figures (CSV)",
};

pub static COHORT_GERMAN: CohortWords = CohortWords {
    code: "de",
    plural: Plural::OneOther,
    decimal_mark: ',',
    title: "Die Führungsbalance Ihrer Gruppe",
    learners: Counted::two("{count} Person", "{count} Teilnehmende"),
    small_group: "Bei weniger als drei Teilnehmenden lässt sich jede Person in diesen Zahlen erkennen. Geben Sie \
        sie mit Bedacht weiter.",
    advice_heading: "Womit beginnen",
    advice_management_lower: "Beginnen Sie mit den Grundlagen des Managements: {new} von {total} Teilnehmenden \
        führen noch nicht lange Menschen, und ihr Management-Index ist niedriger.",
    advice_management_anyway: "Beginnen Sie mit den Grundlagen des Managements: {new} von {total} Teilnehmenden \
        führen noch nicht lange Menschen, und neue Führungskräfte lernen zuerst das Wie, auch wo ihr \
        Führungs-Index niedriger ist.",
    advice_leadership: "Setzen Sie auf Führung: {experienced} von {total} Teilnehmenden führen seit einem Jahr \
        oder länger Menschen, und ihr Führungs-Index ist niedriger.",
    advice_management_gaps: "Schließen Sie zuerst die Lücken im Management: {experienced} von {total} \
        Teilnehmenden führen seit einem Jahr oder länger Menschen, doch ihr Management-Index ist der \
        niedrigere.",
    advice_not_enough: "Zu wenige Teilnehmende haben angegeben, wie lange sie schon Menschen führen, um einen \
        Anfang vorzuschlagen.",
    profiles_heading: "Profile",
    unplaced: "Noch nicht eingeordnet",
    profiles_summary: "Balkendiagramm von {count} Teilnehmenden nach Profil: {each}.",
    indexes_heading: "Management und Führung",
    median: "Median {value}",
    indexes_summary: "Punktdiagramm der Indizes von {count} Teilnehmenden, von 100: Der Median des \
        Management-Index ist {management}, der des Führungs-Index {leadership}.",
    competencies_heading: "Kompetenz für Kompetenz",
    competencies_summary: "Boxdiagramm der Werte jeder Kompetenz, niedrigster Median zuerst: {each}.",
    competencies_note: "Jede Linie reicht vom niedrigsten bis zum höchsten Wert; der Kasten umfasst die \
        mittlere Hälfte der Gruppe; der dunkle Strich und die Zahl sind der Median.",
    topics_heading: "Was die Gruppe am meisten braucht",
    top_three: "{count} von {total} haben es unter ihren nächsten drei Themen",
    pdf_title: "Leadership Balance: Zusammenfassung der Gruppe",
    pdf_subject: "Die Selbsteinschätzungen einer Gruppe zu Management und Führung, zusammengefasst",
    page_intro: "Fügen Sie die Ergebnis-Links ein, die Ihnen Ihre Teilnehmenden geschickt haben, einen pro \
        Zeile, oder den Export eines Formular-Werkzeugs, der sie enthält. Alles bleibt in diesem Browser: \
        Nichts wird hochgeladen oder gespeichert.",
    paste_label: "Ergebnis-Links oder -Codes",
    paste_hint: "Einer pro Zeile. Zeilen ohne Ergebnis stehen unten mit dem Grund; der Rest zählt.",
    add_button: "Diese Ergebnisse hinzufügen",
    nothing_read: "Aus dem Eingefügten ließ sich kein Ergebnis lesen.",
    problems_heading: "Ausgelassene Zeilen",
    problem_line: "Zeile {line}: {reason}",
    repeats: "Doppelt gesendete Ergebnisse zählen einmal: {count} ausgelassen.",
    csv_button: "CSV herunterladen",
    pdf_button: "PDF herunterladen",
    save_failed: "Die Datei ließ sich nicht speichern ({reason}).",
    clear_button: "Neue Gruppe beginnen",
    keep_label: "Diese Gruppe auf diesem Gerät behalten",
    kept: "Bleibt in diesem Browser, bis Sie das Häkchen entfernen oder eine neue Gruppe beginnen.",
    forgotten: "Diese Gruppe wird nicht mehr auf diesem Gerät aufbewahrt.",
    keep_failed: "Dieser Browser erlaubt das Aufbewahren nicht; die Gruppe bleibt, solange die Seite offen ist.",
    file_label: "Oder wählen Sie eine Text- oder CSV-Datei (oder ziehen Sie sie auf das Feld oben)",
    file_too_big: "Diese Datei ist {size} MB groß; eine Gruppendatei hat höchstens 2 MB. Exportieren Sie nur die \
        Spalte mit den Links.",
    file_unreadable: "Die Datei ließ sich nicht lesen ({reason}).",
    config_problem: "Die Konfiguration des Anbieters für diese Seite hat Fehler, daher liest sie nur Links der eingebauten Selbsteinschätzung: {problems}",
    reliability_heading: "Wie verlässlich sind diese Aussagen bei Ihren Teilnehmenden?",
    reliability_intro: "Gemessen an den {statements} Aussagen, die alle Teilnehmenden beantworten; die \
        zusätzlichen Aussagen, die nur manche gestellt bekommen, bleiben außen vor. Cronbachs Alpha gibt an, \
        wie gut die Aussagen einer Kompetenz miteinander übereinstimmen (1 wäre vollkommen; 0,7 oder mehr \
        ist üblich), mit dem Bereich, in dem es mit 95\u{a0}% Sicherheit liegt (Feldt). Der SEM, der \
        Standardmessfehler, gibt an, wie weit der Wert einer Person von ihrem wahren Stand abweichen kann, \
        in Punkten von 100. Wer bei einer Aussage einer Kompetenz „{no_chance}“ gewählt hat, zählt bei den \
        Zahlen dieser Kompetenz nicht mit.",
    reliability_rough: "Hinter einigen dieser Zahlen stehen weniger als 30 Teilnehmende: Lesen Sie sie als \
        grobe Schätzung. Je breiter der Bereich, desto weniger lässt sich einer Zahl trauen.",
    reliability_none: "Noch keine Zahlen: Dafür braucht es mindestens zwei Teilnehmende, die jede Aussage \
        einer Kompetenz beantwortet haben und deren Antworten sich unterscheiden.",
    table_caption: "Verlässlichkeit jedes Index und jeder Kompetenz",
    column_scale: "Index oder Kompetenz",
    column_alpha: "Alpha (95-%-Bereich)",
    column_sem: "SEM (Punkte)",
    column_learners: "Teilnehmende",
    management_index: "Management-Index",
    leadership_index: "Führungs-Index",
    alpha_range: "{alpha} ({low} bis {high})",
    no_figure: "zu wenige Teilnehmende",
    weak_heading: "Aussagen, die nicht zum Rest ihrer Kompetenz passen",
    weak_intro: "Die korrigierte Trennschärfe (r) einer Aussage vergleicht ihre Antworten mit der Summe der \
        übrigen Aussagen ihrer Kompetenz; unter 0,2 scheint sie bei Ihren Teilnehmenden etwas anderes zu \
        messen. Prüfen Sie, wie sie auf sie wirkt.",
    weak_item: "„{statement}“ ({competency}, r = {r})",
    none_weak: "Jede Aussage passt zum Rest ihrer Kompetenz: Jede korrigierte Trennschärfe liegt bei 0,2 \
        oder darüber.",
    block_label: "Der Verlässlichkeitsblock für Ihre Konfiguration",
    block_hint: "Fügen Sie ihn auf oberster Ebene in Ihre Konfigurationsdatei ein oder in den Konfigurator. \
        Das Widget zeichnet den Bereich jeder Kompetenz dann aus dem hier gemessenen Standardfehler statt \
        aus seiner eingebauten Annahme. Kompetenzen ohne brauchbare Zahl (zu wenige Teilnehmende oder ein \
        Alpha unter 0) fehlen darin und behalten die Annahme.",
    copy_block: "Verlässlichkeitsblock für Ihre Konfiguration kopieren",
    copy_block_fallback: "Drücken Sie Strg+C (oder ⌘C), um den markierten Block zu kopieren.",
    reliability_csv_button: "Diese Zahlen herunterladen (CSV)",
};

pub static COHORT_SPANISH: CohortWords = CohortWords {
    code: "es",
    plural: Plural::OneOther,
    decimal_mark: ',',
    title: "El equilibrio de liderazgo de tu grupo",
    learners: Counted::two("{count} participante", "{count} participantes"),
    small_group: "Con menos de tres participantes, cada persona puede reconocerse en estas cifras. \
        Compártelas con cuidado.",
    advice_heading: "Por dónde empezar",
    advice_management_lower: "Empieza por las bases de la gestión: {new} de {total} participantes llevan poco \
        tiempo dirigiendo personas, y su índice de gestión es más bajo.",
    advice_management_anyway: "Empieza por las bases de la gestión: {new} de {total} participantes llevan poco \
        tiempo dirigiendo personas, y quien empieza a dirigir aprende primero el cómo, aunque su índice de \
        liderazgo sea más bajo.",
    advice_leadership: "Céntrate en el liderazgo: {experienced} de {total} participantes dirigen personas desde \
        hace un año o más, y su índice de liderazgo es más bajo.",
    advice_management_gaps: "Cierra primero las carencias de gestión: {experienced} de {total} participantes \
        dirigen personas desde hace un año o más, pero su índice de gestión es el más bajo.",
    advice_not_enough: "Muy pocos participantes han dicho cuánto tiempo llevan dirigiendo personas para \
        proponer un punto de partida.",
    profiles_heading: "Perfiles",
    unplaced: "Aún sin perfil",
    profiles_summary: "Gráfico de barras de {count} participantes por perfil: {each}.",
    indexes_heading: "Gestión y liderazgo",
    median: "mediana {value}",
    indexes_summary: "Gráfico de puntos de los índices de {count} participantes, sobre 100: la mediana del \
        índice de gestión es {management} y la del índice de liderazgo, {leadership}.",
    competencies_heading: "Competencia por competencia",
    competencies_summary: "Diagrama de cajas de las puntuaciones de cada competencia, de la mediana más baja a \
        la más alta: {each}.",
    competencies_note: "Cada línea va de la puntuación más baja a la más alta; la caja abarca la mitad central \
        del grupo; la barra oscura y el número son la mediana.",
    topics_heading: "Lo que más necesita el grupo",
    top_three: "{count} de {total} lo tienen entre sus tres próximos temas",
    pdf_title: "Leadership Balance: resumen del grupo",
    pdf_subject: "Las autoevaluaciones de gestión y liderazgo de un grupo, combinadas",
    page_intro: "Pega los enlaces de resultado que te enviaron tus participantes, uno por línea, o la \
        exportación de una herramienta de formularios que los contenga. Todo se queda en este navegador: no se \
        sube ni se guarda nada.",
    paste_label: "Enlaces o códigos de resultado",
    paste_hint: "Uno por línea. Las líneas que no son resultados aparecen abajo con el motivo; el resto cuenta.",
    add_button: "Añadir estos resultados",
    nothing_read: "No se pudo leer ningún resultado de lo pegado.",
    problems_heading: "Líneas descartadas",
    problem_line: "Línea {line}: {reason}",
    repeats: "Los resultados enviados dos veces cuentan una vez: {count} descartados.",
    csv_button: "Descargar CSV",
    pdf_button: "Descargar PDF",
    save_failed: "No se pudo guardar el archivo ({reason}).",
    clear_button: "Empezar un grupo nuevo",
    keep_label: "Guardar este grupo en este dispositivo",
    kept: "Se guarda en este navegador hasta que desmarques la casilla o empieces un grupo nuevo.",
    forgotten: "Este grupo ya no se guarda en este dispositivo.",
    keep_failed: "Este navegador no permite guardarlo; el grupo dura lo que la página esté abierta.",
    file_label: "O elige un archivo de texto o CSV (o suéltalo sobre el cuadro de arriba)",
    file_too_big: "Este archivo ocupa {size} MB; un archivo de grupo tiene como mucho 2 MB. Exporta solo la \
        columna de los enlaces.",
    file_unreadable: "No se pudo leer el archivo ({reason}).",
    config_problem: "La configuración del proveedor para esta página tiene errores, así que solo lee enlaces de la autoevaluación integrada: {problems}",
    reliability_heading: "¿Qué fiabilidad tienen estas afirmaciones con tus participantes?",
    reliability_intro: "Medida sobre las {statements} afirmaciones que responden todos los participantes; \
        las afirmaciones adicionales que solo se plantean a algunos quedan fuera. El alfa de Cronbach indica \
        cuánto concuerdan entre sí las afirmaciones de una competencia (1 sería perfecto; 0,7 o más es lo \
        habitual), con el intervalo en el que se encuentra con un 95\u{a0}% de confianza (Feldt). El SEM, el \
        error estándar de medida, indica cuánto puede alejarse la puntuación de una persona de su nivel \
        real, en puntos sobre 100. Quien respondió «{no_chance}» a alguna afirmación de una competencia no \
        cuenta en las cifras de esa competencia.",
    reliability_rough: "Algunas de estas cifras se basan en menos de 30 participantes: tómalas como \
        aproximadas. Cuanto más amplio el intervalo, menos fiable es la cifra.",
    reliability_none: "Aún no hay cifras: hacen falta al menos dos participantes que hayan respondido todas \
        las afirmaciones de una competencia y cuyas respuestas difieran.",
    table_caption: "Fiabilidad de cada índice y competencia",
    column_scale: "Índice o competencia",
    column_alpha: "Alfa (intervalo del 95\u{a0}%)",
    column_sem: "SEM (puntos)",
    column_learners: "Participantes",
    management_index: "Índice de gestión",
    leadership_index: "Índice de liderazgo",
    alpha_range: "{alpha} ({low} a {high})",
    no_figure: "muy pocos participantes",
    weak_heading: "Afirmaciones que no encajan con el resto de su competencia",
    weak_intro: "La correlación ítem-total corregida (r) de una afirmación compara sus respuestas con la \
        suma de las demás afirmaciones de su competencia; por debajo de 0,2, parece medir otra cosa en tus \
        participantes. Revisa cómo la entienden.",
    weak_item: "«{statement}» ({competency}, r = {r})",
    none_weak: "Todas las afirmaciones encajan con el resto de su competencia: cada correlación ítem-total \
        corregida es de 0,2 o más.",
    block_label: "El bloque de fiabilidad para tu configuración",
    block_hint: "Pégalo en el nivel superior de tu archivo de configuración o en el configurador. El widget \
        dibujará entonces el intervalo de cada competencia a partir del error estándar medido aquí, en lugar \
        de su supuesto integrado. Las competencias sin una cifra utilizable (muy pocos participantes o un \
        alfa por debajo de 0) quedan fuera y conservan el supuesto.",
    copy_block: "Copiar el bloque de fiabilidad para tu configuración",
    copy_block_fallback: "Pulsa Ctrl+C (o ⌘C) para copiar el bloque seleccionado.",
    reliability_csv_button: "Descargar estas cifras (CSV)",
};

pub static COHORT_FRENCH: CohortWords = CohortWords {
    code: "fr",
    plural: Plural::OneOther,
    decimal_mark: ',',
    title: "L’équilibre de leadership de votre groupe",
    learners: Counted::two("{count}\u{a0}participant", "{count}\u{a0}participants"),
    small_group: "Avec moins de trois participants, chaque personne peut être reconnue dans ces chiffres. \
        Partagez-les avec précaution.",
    advice_heading: "Par où commencer",
    advice_management_lower: "Commencez par les bases de la gestion\u{a0}: {new} participants sur {total} \
        encadrent des personnes depuis peu, et leur indice de gestion est plus bas.",
    advice_management_anyway: "Commencez par les bases de la gestion\u{a0}: {new} participants sur {total} \
        encadrent des personnes depuis peu, et un nouveau manager apprend d’abord le comment, même si son \
        indice de leadership est plus bas.",
    advice_leadership: "Misez sur le leadership\u{a0}: {experienced} participants sur {total} encadrent des \
        personnes depuis un an ou plus, et leur indice de leadership est plus bas.",
    advice_management_gaps: "Comblez d’abord les lacunes de gestion\u{a0}: {experienced} participants sur \
        {total} encadrent des personnes depuis un an ou plus, mais leur indice de gestion est le plus bas.",
    advice_not_enough: "Trop peu de participants ont indiqué depuis combien de temps ils encadrent des \
        personnes pour proposer un point de départ.",
    profiles_heading: "Profils",
    unplaced: "Pas encore placé",
    profiles_summary: "Diagramme en barres de {count}\u{a0}participants par profil\u{a0}: {each}.",
    indexes_heading: "Gestion et leadership",
    median: "médiane {value}",
    indexes_summary: "Nuage de points des indices de {count}\u{a0}participants, sur 100\u{a0}: la médiane de \
        l’indice de gestion est {management} et celle de l’indice de leadership {leadership}.",
    competencies_heading: "Compétence par compétence",
    competencies_summary: "Diagramme en boîtes des scores de chaque compétence, de la médiane la plus basse à \
        la plus haute\u{a0}: {each}.",
    competencies_note: "Chaque trait va du score le plus bas au plus haut\u{a0}; la boîte contient la moitié \
        centrale du groupe\u{a0}; la barre foncée et le nombre sont la médiane.",
    topics_heading: "Ce dont le groupe a le plus besoin",
    top_three: "{count} sur {total} l’ont parmi leurs trois prochains thèmes",
    pdf_title: "Leadership Balance\u{a0}: synthèse du groupe",
    pdf_subject: "Les autoévaluations de gestion et de leadership d’un groupe, réunies",
    page_intro: "Collez les liens de résultat que vos participants vous ont envoyés, un par ligne, ou \
        l’export d’un outil de formulaires qui les contient. Tout reste dans ce navigateur\u{a0}: rien n’est \
        envoyé ni enregistré.",
    paste_label: "Liens ou codes de résultat",
    paste_hint: "Un par ligne. Les lignes qui ne sont pas des résultats sont listées plus bas avec la \
        raison\u{a0}; les autres comptent.",
    add_button: "Ajouter ces résultats",
    nothing_read: "Aucun résultat n’a pu être lu dans le texte collé.",
    problems_heading: "Lignes écartées",
    problem_line: "Ligne {line}\u{a0}: {reason}",
    repeats: "Les résultats envoyés deux fois comptent une fois\u{a0}: {count}\u{a0}écartés.",
    csv_button: "Télécharger le CSV",
    pdf_button: "Télécharger le PDF",
    save_failed: "Le fichier n’a pas pu être enregistré ({reason}).",
    clear_button: "Commencer un nouveau groupe",
    keep_label: "Conserver ce groupe sur cet appareil",
    kept: "Conservé dans ce navigateur jusqu’à ce que vous décochiez la case ou commenciez un nouveau groupe.",
    forgotten: "Ce groupe n’est plus conservé sur cet appareil.",
    keep_failed: "Ce navigateur ne permet pas de le conserver\u{a0}; le groupe dure tant que la page est ouverte.",
    file_label: "Ou choisissez un fichier texte ou CSV (ou déposez-le sur la zone ci-dessus)",
    file_too_big: "Ce fichier pèse {size}\u{a0}Mo\u{a0}; un fichier de groupe fait au plus 2\u{a0}Mo. Exportez \
        seulement la colonne des liens.",
    file_unreadable: "Le fichier n’a pas pu être lu ({reason}).",
    config_problem: "La configuration du prestataire pour cette page comporte des erreurs\u{a0}; elle ne lit donc que les liens de l’auto-évaluation intégrée\u{a0}: {problems}",
    reliability_heading: "Quelle est la fiabilité de ces affirmations auprès de vos participants\u{a0}?",
    reliability_intro: "Mesurée sur les {statements}\u{a0}affirmations auxquelles tous les participants \
        répondent\u{a0}; les affirmations supplémentaires posées à certains seulement sont écartées. L’alpha \
        de Cronbach indique à quel point les affirmations d’une compétence concordent entre elles (1 serait \
        parfait\u{a0}; 0,7 ou plus est courant), avec l’intervalle où il se trouve avec 95\u{a0}% de \
        confiance (Feldt). Le SEM, l’erreur type de mesure, indique de combien le score d’une personne peut \
        s’écarter de son niveau réel, en points sur 100. Une personne qui a répondu \
        «\u{a0}{no_chance}\u{a0}» à une affirmation d’une compétence n’est pas comptée dans les chiffres de \
        cette compétence.",
    reliability_rough: "Certains de ces chiffres reposent sur moins de 30\u{a0}participants\u{a0}: lisez-les \
        comme des ordres de grandeur. Plus l’intervalle est large, moins le chiffre est sûr.",
    reliability_none: "Pas encore de chiffres\u{a0}: il faut au moins deux participants qui ont répondu à \
        toutes les affirmations d’une compétence et dont les réponses diffèrent.",
    table_caption: "Fiabilité de chaque indice et de chaque compétence",
    column_scale: "Indice ou compétence",
    column_alpha: "Alpha (intervalle à 95\u{a0}%)",
    column_sem: "SEM (en points)",
    column_learners: "Participants",
    management_index: "Indice de gestion",
    leadership_index: "Indice de leadership",
    alpha_range: "{alpha} ({low} à {high})",
    no_figure: "trop peu de participants",
    weak_heading: "Affirmations qui ne vont pas avec le reste de leur compétence",
    weak_intro: "La corrélation item-total corrigée (r) d’une affirmation compare ses réponses à la somme \
        des autres affirmations de sa compétence\u{a0}; sous 0,2, elle semble mesurer autre chose chez vos \
        participants. Vérifiez comment ils la comprennent.",
    weak_item: "«\u{a0}{statement}\u{a0}» ({competency}, r\u{a0}=\u{a0}{r})",
    none_weak: "Chaque affirmation va avec le reste de sa compétence\u{a0}: chaque corrélation item-total \
        corrigée est d’au moins 0,2.",
    block_label: "Le bloc de fiabilité pour votre configuration",
    block_hint: "Collez-le au premier niveau de votre fichier de configuration, ou dans le configurateur. Le \
        widget trace alors l’intervalle de chaque compétence à partir de l’erreur type mesurée ici plutôt \
        que de son hypothèse intégrée. Les compétences sans chiffre utilisable (trop peu de participants, ou \
        un alpha sous 0) en sont absentes et gardent l’hypothèse.",
    copy_block: "Copier le bloc de fiabilité pour votre configuration",
    copy_block_fallback: "Appuyez sur Ctrl+C (ou ⌘C) pour copier le bloc sélectionné.",
    reliability_csv_button: "Télécharger ces chiffres (CSV)",
};

pub static COHORT_POLISH: CohortWords = CohortWords {
    code: "pl",
    plural: Plural::Polish,
    decimal_mark: ',',
    title: "Równowaga przywódcza Twojej grupy",
    learners: Counted::three("{count} osoba", "{count} osoby", "{count} osób"),
    small_group: "Przy mniej niż trzech osobach każdą z nich można rozpoznać w tych liczbach. Udostępniaj je \
        z rozwagą.",
    advice_heading: "Od czego zacząć",
    advice_management_lower: "Zacznij od podstaw zarządzania: osoby, które dopiero zaczynają kierować ludźmi \
        (to {new} z {total}), mają niższy wskaźnik zarządzania.",
    advice_management_anyway: "Zacznij od podstaw zarządzania: osoby, które dopiero zaczynają kierować ludźmi \
        (to {new} z {total}), najpierw uczą się „jak”, nawet jeśli ich wskaźnik przywództwa jest niższy.",
    advice_leadership: "Postaw na przywództwo: osoby, które kierują ludźmi od roku lub dłużej (to {experienced} \
        z {total}), mają niższy wskaźnik przywództwa.",
    advice_management_gaps: "Najpierw uzupełnij braki w zarządzaniu: osoby, które kierują ludźmi od roku lub \
        dłużej (to {experienced} z {total}), mają jednak niższy wskaźnik zarządzania.",
    advice_not_enough: "Zbyt mało osób podało, od jak dawna kieruje ludźmi, by zaproponować punkt startu.",
    profiles_heading: "Profile",
    unplaced: "Jeszcze bez profilu",
    profiles_summary: "Wykres słupkowy osób według profilu (łącznie {count}): {each}.",
    indexes_heading: "Zarządzanie i przywództwo",
    median: "mediana {value}",
    indexes_summary: "Wykres punktowy wskaźników na 100 (liczba osób: {count}): mediana wskaźnika zarządzania \
        wynosi {management}, a wskaźnika przywództwa {leadership}.",
    competencies_heading: "Kompetencja po kompetencji",
    competencies_summary: "Wykres pudełkowy wyników w każdej kompetencji, od najniższej mediany: {each}.",
    competencies_note: "Każda linia biegnie od najniższego do najwyższego wyniku; pudełko obejmuje środkową \
        połowę grupy; ciemna kreska i liczba to mediana.",
    topics_heading: "Czego grupa potrzebuje najbardziej",
    top_three: "Ma go wśród trzech najbliższych tematów: {count} z {total}",
    pdf_title: "Leadership Balance: podsumowanie grupy",
    pdf_subject: "Zestawienie samoocen grupy w zakresie zarządzania i przywództwa",
    page_intro: "Wklej linki do wyników, które przysłali Ci uczestnicy, po jednym w wierszu, albo eksport z \
        narzędzia do formularzy, który je zawiera. Wszystko zostaje w tej przeglądarce: nic nie jest \
        wysyłane ani przechowywane.",
    paste_label: "Linki lub kody wyników",
    paste_hint: "Jeden w wierszu. Wiersze, które nie są wynikami, pojawią się poniżej z powodem; reszta się liczy.",
    add_button: "Dodaj te wyniki",
    nothing_read: "Z wklejonego tekstu nie udało się odczytać żadnego wyniku.",
    problems_heading: "Pominięte wiersze",
    problem_line: "Wiersz {line}: {reason}",
    repeats: "Wyniki wysłane dwukrotnie liczą się raz: pominięto {count}.",
    csv_button: "Pobierz CSV",
    pdf_button: "Pobierz PDF",
    save_failed: "Nie udało się zapisać pliku ({reason}).",
    clear_button: "Rozpocznij nową grupę",
    keep_label: "Zachowaj tę grupę na tym urządzeniu",
    kept: "Przechowywana w tej przeglądarce, dopóki nie odznaczysz pola lub nie rozpoczniesz nowej grupy.",
    forgotten: "Ta grupa nie jest już przechowywana na tym urządzeniu.",
    keep_failed: "Ta przeglądarka nie pozwala jej zachować; grupa istnieje, dopóki strona jest otwarta.",
    file_label: "Albo wybierz plik tekstowy lub CSV (albo upuść go na pole powyżej)",
    file_too_big: "Ten plik ma {size} MB; plik grupy może mieć najwyżej 2 MB. Wyeksportuj tylko kolumnę z \
        linkami.",
    file_unreadable: "Nie udało się odczytać pliku ({reason}).",
    config_problem: "Konfiguracja dostawcy dla tej strony zawiera błędy, dlatego strona odczytuje tylko linki wbudowanej samooceny: {problems}",
    reliability_heading: "Jak rzetelne są te stwierdzenia w Twojej grupie?",
    reliability_intro: "Mierzone na {statements} stwierdzeniach, na które odpowiada każda osoba; dodatkowe \
        stwierdzenia, zadawane tylko niektórym, są pominięte. Alfa Cronbacha mówi, jak bardzo stwierdzenia \
        jednej kompetencji są ze sobą zgodne (1 byłoby idealne; 0,7 lub więcej to norma), wraz z \
        przedziałem, w którym leży z 95\u{a0}% pewnością (Feldt). SEM, standardowy błąd pomiaru, mówi, jak \
        daleko wynik osoby może leżeć od jej prawdziwego poziomu, w punktach na 100. Osoba, która przy \
        stwierdzeniu danej kompetencji wybrała „{no_chance}”, nie jest liczona w wynikach tej kompetencji.",
    reliability_rough: "Niektóre z tych liczb opierają się na mniej niż 30 osobach: traktuj je jako \
        orientacyjne. Im szerszy przedział, tym mniej można liczbie ufać.",
    reliability_none: "Jeszcze brak liczb: potrzeba co najmniej dwóch osób, które odpowiedziały na każde \
        stwierdzenie danej kompetencji i których odpowiedzi się różnią.",
    table_caption: "Rzetelność każdego wskaźnika i każdej kompetencji",
    column_scale: "Wskaźnik lub kompetencja",
    column_alpha: "Alfa (przedział 95\u{a0}%)",
    column_sem: "SEM (punkty)",
    column_learners: "Uczestnicy",
    management_index: "Wskaźnik zarządzania",
    leadership_index: "Wskaźnik przywództwa",
    alpha_range: "{alpha} (od {low} do {high})",
    no_figure: "za mało osób",
    weak_heading: "Stwierdzenia, które nie pasują do reszty swojej kompetencji",
    weak_intro: "Skorygowana korelacja pozycji z wynikiem ogólnym (r) porównuje odpowiedzi na stwierdzenie z \
        sumą pozostałych stwierdzeń jego kompetencji; poniżej 0,2 wydaje się ono mierzyć w Twojej grupie coś \
        innego. Sprawdź, jak uczestnicy je rozumieją.",
    weak_item: "„{statement}” ({competency}, r = {r})",
    none_weak: "Każde stwierdzenie pasuje do reszty swojej kompetencji: każda skorygowana korelacja pozycji z \
        wynikiem ogólnym wynosi co najmniej 0,2.",
    block_label: "Blok rzetelności do Twojej konfiguracji",
    block_hint: "Wklej go na najwyższym poziomie pliku konfiguracyjnego albo do konfiguratora. Widżet będzie \
        wtedy rysować zakres każdej kompetencji na podstawie zmierzonego tu błędu standardowego zamiast \
        wbudowanego założenia. Kompetencje bez użytecznej liczby (za mało osób albo alfa poniżej 0) są \
        pominięte i zachowują założenie.",
    copy_block: "Kopiuj blok rzetelności do Twojej konfiguracji",
    copy_block_fallback: "Naciśnij Ctrl+C (lub ⌘C), aby skopiować zaznaczony blok.",
    reliability_csv_button: "Pobierz te liczby (CSV)",
};

pub static COHORT_UKRAINIAN: CohortWords = CohortWords {
    code: "uk",
    plural: Plural::EastSlavic,
    decimal_mark: ',',
    title: "Баланс лідерства вашої групи",
    learners: Counted::three("{count} учасник", "{count} учасники", "{count} учасників"),
    small_group: "Коли учасників менше трьох, кожного з них можна впізнати в цих цифрах. Діліться ними \
        обережно.",
    advice_heading: "З чого почати",
    advice_management_lower: "Почніть з основ управління: тих, хто лише починає керувати людьми, — {new} з \
        {total}, і їхній індекс управління нижчий.",
    advice_management_anyway: "Почніть з основ управління: тих, хто лише починає керувати людьми, — {new} з \
        {total}, а нові керівники спершу опановують «як», навіть коли їхній індекс лідерства нижчий.",
    advice_leadership: "Зосередьтеся на лідерстві: тих, хто керує людьми рік або довше, — {experienced} з \
        {total}, і їхній індекс лідерства нижчий.",
    advice_management_gaps: "Спершу закрийте прогалини в управлінні: тих, хто керує людьми рік або довше, — \
        {experienced} з {total}, проте їхній індекс управління нижчий.",
    advice_not_enough: "Замало учасників вказали, як довго вони керують людьми, щоб запропонувати, з чого \
        почати.",
    profiles_heading: "Профілі",
    unplaced: "Ще без профілю",
    profiles_summary: "Стовпчикова діаграма учасників за профілями (усього {count}): {each}.",
    indexes_heading: "Управління й лідерство",
    median: "медіана {value}",
    indexes_summary: "Точкова діаграма індексів учасників зі 100 (усього {count}): медіана індексу управління \
        — {management}, індексу лідерства — {leadership}.",
    competencies_heading: "Компетенція за компетенцією",
    competencies_summary: "Коробкова діаграма результатів кожної компетенції, від найнижчої медіани: {each}.",
    competencies_note: "Кожна лінія йде від найнижчого до найвищого результату; коробка охоплює середню \
        половину групи; темна риска й число — це медіана.",
    topics_heading: "Чого групі найбільше потрібно",
    top_three: "Серед трьох найближчих тем: у {count} з {total}",
    pdf_title: "Leadership Balance: підсумок групи",
    pdf_subject: "Зведені самооцінювання групи щодо управління й лідерства",
    page_intro: "Вставте посилання на результати, які надіслали вам учасники, по одному в рядку, або експорт \
        із сервісу форм, що їх містить. Усе залишається в цьому браузері: нічого не вивантажується й не \
        зберігається.",
    paste_label: "Посилання або коди результатів",
    paste_hint: "По одному в рядку. Рядки, що не є результатами, показано нижче з причиною; решта \
        зараховується.",
    add_button: "Додати ці результати",
    nothing_read: "З уставленого тексту не вдалося прочитати жодного результату.",
    problems_heading: "Пропущені рядки",
    problem_line: "Рядок {line}: {reason}",
    repeats: "Результати, надіслані двічі, зараховано один раз: пропущено {count}.",
    csv_button: "Завантажити CSV",
    pdf_button: "Завантажити PDF",
    save_failed: "Не вдалося зберегти файл ({reason}).",
    clear_button: "Почати нову групу",
    keep_label: "Зберігати цю групу на цьому пристрої",
    kept: "Зберігається в цьому браузері, доки ви не знімете позначку або не почнете нову групу.",
    forgotten: "Ця група більше не зберігається на цьому пристрої.",
    keep_failed: "Цей браузер не дозволяє її зберегти; група існує, доки відкрита сторінка.",
    file_label: "Або виберіть текстовий чи CSV-файл (або перетягніть його на поле вище)",
    file_too_big: "Цей файл має {size} МБ; файл групи — щонайбільше 2 МБ. Експортуйте лише стовпець із \
        посиланнями.",
    file_unreadable: "Не вдалося прочитати файл ({reason}).",
    config_problem: "Конфігурація постачальника для цієї сторінки має помилки, тому сторінка читає лише посилання вбудованого самооцінювання: {problems}",
    reliability_heading: "Наскільки надійні ці твердження для ваших учасників?",
    reliability_intro: "Виміряно на твердженнях, на які відповідають усі учасники (їх {statements}); \
        додаткові твердження, які ставлять лише деяким, не враховано. Альфа Кронбаха показує, наскільки \
        твердження однієї компетенції узгоджуються між собою (1 — ідеально; 0,7 і більше — звично), з \
        діапазоном, у якому вона лежить із 95\u{a0}% довірою (Фельдт). SEM, стандартна похибка вимірювання, \
        показує, наскільки результат людини може відхилятися від її справжнього рівня, у балах зі 100. \
        Людину, яка на якесь твердження компетенції відповіла «{no_chance}», не враховано в цифрах цієї \
        компетенції.",
    reliability_rough: "Деякі з цих цифр спираються на менше ніж 30 учасників: сприймайте їх як приблизні. \
        Що ширший діапазон, то менше можна довіряти цифрі.",
    reliability_none: "Цифр поки немає: для них потрібно щонайменше двоє учасників, які відповіли на всі \
        твердження компетенції і чиї відповіді різняться.",
    table_caption: "Надійність кожного індексу та кожної компетенції",
    column_scale: "Індекс або компетенція",
    column_alpha: "Альфа (діапазон 95\u{a0}%)",
    column_sem: "SEM (бали)",
    column_learners: "Учасники",
    management_index: "Індекс управління",
    leadership_index: "Індекс лідерства",
    alpha_range: "{alpha} (від {low} до {high})",
    no_figure: "замало учасників",
    weak_heading: "Твердження, що не узгоджуються з рештою своєї компетенції",
    weak_intro: "Скоригована кореляція пункту з сумою (r) порівнює відповіді на твердження із сумою інших \
        тверджень його компетенції; нижче 0,2 воно, схоже, вимірює у ваших учасників щось інше. Перевірте, \
        як вони його розуміють.",
    weak_item: "«{statement}» ({competency}, r = {r})",
    none_weak: "Кожне твердження узгоджується з рештою своєї компетенції: кожна скоригована кореляція пункту \
        з сумою становить 0,2 або більше.",
    block_label: "Блок надійності для вашої конфігурації",
    block_hint: "Вставте його на верхньому рівні файлу конфігурації або в конфігуратор. Тоді віджет \
        малюватиме діапазон кожної компетенції за виміряною тут стандартною похибкою замість вбудованого \
        припущення. Компетенції без придатної цифри (замало учасників або альфа нижче 0) пропущено, і для них \
        лишається припущення.",
    copy_block: "Копіювати блок надійності для вашої конфігурації",
    copy_block_fallback: "Натисніть Ctrl+C (або ⌘C), щоб скопіювати виділений блок.",
    reliability_csv_button: "Завантажити ці цифри (CSV)",
};

/// Every cohort table, in [`super::LANGUAGES`]' order.
pub static COHORT_LANGUAGES: [&CohortWords; 6] =
    [&COHORT_ENGLISH, &COHORT_GERMAN, &COHORT_SPANISH, &COHORT_FRENCH, &COHORT_POLISH, &COHORT_UKRAINIAN];

/// The cohort table for a language code, English for any other.
pub fn cohort_words(code: &str) -> &'static CohortWords {
    COHORT_LANGUAGES.iter().copied().find(|w| w.code == code).unwrap_or(&COHORT_ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(w: &CohortWords) -> Vec<(&'static str, &'static str)> {
        vec![
            ("title", w.title),
            ("learners.one", w.learners.one),
            ("learners.few", w.learners.few),
            ("learners.many", w.learners.many),
            ("small_group", w.small_group),
            ("advice_heading", w.advice_heading),
            ("advice_management_lower", w.advice_management_lower),
            ("advice_management_anyway", w.advice_management_anyway),
            ("advice_leadership", w.advice_leadership),
            ("advice_management_gaps", w.advice_management_gaps),
            ("advice_not_enough", w.advice_not_enough),
            ("profiles_heading", w.profiles_heading),
            ("unplaced", w.unplaced),
            ("profiles_summary", w.profiles_summary),
            ("indexes_heading", w.indexes_heading),
            ("median", w.median),
            ("indexes_summary", w.indexes_summary),
            ("competencies_heading", w.competencies_heading),
            ("competencies_summary", w.competencies_summary),
            ("competencies_note", w.competencies_note),
            ("topics_heading", w.topics_heading),
            ("top_three", w.top_three),
            ("pdf_title", w.pdf_title),
            ("pdf_subject", w.pdf_subject),
            ("page_intro", w.page_intro),
            ("paste_label", w.paste_label),
            ("paste_hint", w.paste_hint),
            ("add_button", w.add_button),
            ("nothing_read", w.nothing_read),
            ("problems_heading", w.problems_heading),
            ("problem_line", w.problem_line),
            ("repeats", w.repeats),
            ("csv_button", w.csv_button),
            ("pdf_button", w.pdf_button),
            ("save_failed", w.save_failed),
            ("clear_button", w.clear_button),
            ("keep_label", w.keep_label),
            ("kept", w.kept),
            ("forgotten", w.forgotten),
            ("keep_failed", w.keep_failed),
            ("file_label", w.file_label),
            ("file_too_big", w.file_too_big),
            ("file_unreadable", w.file_unreadable),
            ("config_problem", w.config_problem),
            ("reliability_heading", w.reliability_heading),
            ("reliability_intro", w.reliability_intro),
            ("reliability_rough", w.reliability_rough),
            ("reliability_none", w.reliability_none),
            ("table_caption", w.table_caption),
            ("column_scale", w.column_scale),
            ("column_alpha", w.column_alpha),
            ("column_sem", w.column_sem),
            ("column_learners", w.column_learners),
            ("management_index", w.management_index),
            ("leadership_index", w.leadership_index),
            ("alpha_range", w.alpha_range),
            ("no_figure", w.no_figure),
            ("weak_heading", w.weak_heading),
            ("weak_intro", w.weak_intro),
            ("weak_item", w.weak_item),
            ("none_weak", w.none_weak),
            ("block_label", w.block_label),
            ("block_hint", w.block_hint),
            ("copy_block", w.copy_block),
            ("copy_block_fallback", w.copy_block_fallback),
            ("reliability_csv_button", w.reliability_csv_button),
        ]
    }

    #[test]
    fn every_number_in_a_text_has_its_languages_decimal_mark() {
        for words in COHORT_LANGUAGES {
            for (name, text) in texts(words) {
                let chars: Vec<char> = text.chars().collect();
                let marks = chars.windows(3).filter(|w| w[0].is_ascii_digit() && w[2].is_ascii_digit());
                for w in marks.filter(|w| matches!(w[1], '.' | ',')) {
                    assert_eq!(w[1], words.decimal_mark, "{}: {name}: {text}", words.code);
                }
            }
        }
    }

    #[test]
    fn every_language_fills_every_text_with_its_placeholders_and_its_own_words() {
        let placeholders: [(&str, &[&str]); 21] = [
            ("learners.one", &["count"]),
            ("learners.few", &["count"]),
            ("learners.many", &["count"]),
            ("advice_management_lower", &["new", "total"]),
            ("advice_management_anyway", &["new", "total"]),
            ("advice_leadership", &["experienced", "total"]),
            ("advice_management_gaps", &["experienced", "total"]),
            ("profiles_summary", &["count", "each"]),
            ("median", &["value"]),
            ("indexes_summary", &["count", "management", "leadership"]),
            ("top_three", &["count", "total"]),
            ("competencies_summary", &["each"]),
            ("problem_line", &["line", "reason"]),
            ("repeats", &["count"]),
            ("save_failed", &["reason"]),
            ("file_too_big", &["size"]),
            ("file_unreadable", &["reason"]),
            ("config_problem", &["problems"]),
            ("reliability_intro", &["statements", "no_chance"]),
            ("alpha_range", &["alpha", "low", "high"]),
            ("weak_item", &["statement", "competency", "r"]),
        ];
        let english = texts(&COHORT_ENGLISH);
        for words in COHORT_LANGUAGES {
            assert_eq!(cohort_words(words.code).code, words.code);
            for ((name, text), (_, in_english)) in texts(words).into_iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{}: {name} is empty", words.code);
                if words.code != "en" && !text.starts_with("Leadership Balance") {
                    assert_ne!(text, *in_english, "{}: {name} is not translated", words.code);
                }
                let wanted: &[&str] = placeholders.iter().find(|(n, _)| *n == name).map_or(&[], |(_, p)| p);
                let mut found: Vec<&str> =
                    text.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(n, _)| n).collect();
                found.sort_unstable();
                let mut wanted = wanted.to_vec();
                wanted.sort_unstable();
                assert_eq!(found, wanted, "{}: {name}'s placeholders", words.code);
            }
        }
        assert_eq!(COHORT_ENGLISH.learners(1), "1 learner");
        assert_eq!(COHORT_FRENCH.learners(12), "12\u{a0}participants");
        assert_eq!(cohort_words("pt").code, "en");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn each_cohort_table_counts_learners_by_its_languages_rule() {
        let codes: Vec<&str> = COHORT_LANGUAGES.iter().map(|w| w.code).collect();
        assert_eq!(codes, super::super::CODES, "one cohort table per language, in the same order");
        for words in COHORT_LANGUAGES {
            let strings = super::super::builtin(words.code).expect("a compiled-in table");
            assert_eq!(words.plural, strings.plural, "{}: the learner's and the trainer's rule", words.code);
        }
        let counts = [1, 2, 5, 12, 22, 25];
        let polish = counts.map(|n| COHORT_POLISH.learners(n));
        assert_eq!(polish, ["1 osoba", "2 osoby", "5 osób", "12 osób", "22 osoby", "25 osób"]);
        let ukrainian = counts.map(|n| COHORT_UKRAINIAN.learners(n));
        assert_eq!(
            ukrainian,
            ["1 учасник", "2 учасники", "5 учасників", "12 учасників", "22 учасники", "25 учасників"]
        );
        assert_eq!(COHORT_UKRAINIAN.learners(21), "21 учасник");
        assert_eq!(COHORT_POLISH.learners(21), "21 osób");
    }
}
