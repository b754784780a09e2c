//! French. Machine-assisted translation from the English table, reviewed for meaning against
//! it; see the README's "Languages" section. Formal address (vous); a no-break space
//! (`\u{a0}`) sits before `:`, `;`, `?` and `!` and inside « », as French typography wants.

use super::{
    CompetencyText, Counted, Direction, InstrumentText, Plural, ProfileText, ShareErrorText, Strings,
    TopicText,
};

pub static FRENCH: Strings = Strings {
    code: "fr",
    name: "Français",
    direction: Direction::LeftToRight,
    plural: Plural::OneOther,
    instrument: Some(&INSTRUMENT),

    app_title: "Leadership Balance",

    intro_heading: "Gestion ou leadership\u{a0}: où progresser maintenant\u{a0}?",
    intro_body: "La gestion, c’est le comment\u{a0}: planifier, organiser et garder le travail sur \
        les rails. Le leadership, c’est le pourquoi\u{a0}: donner aux gens un cap qui vaut la peine \
        d’être suivi, avec l’élan et le soutien pour l’atteindre.",
    intro_duration: "{statements} affirmations courtes · environ {minutes} minutes",
    privacy_promise: "Vos réponses ne quittent jamais cet appareil.",
    start: "Commencer l’auto-évaluation",
    preparing: "Préparation des questions…",

    context_heading: "D’abord, quelques mots sur votre poste",
    experience_question: "Depuis combien de temps encadrez-vous des personnes\u{a0}?",
    experience_options: ["Pas encore", "Moins d’un an", "1 à 3 ans", "3 à 5 ans", "Plus de 5 ans"],
    reports_question: "Combien de personnes vous sont directement rattachées\u{a0}?",
    reports_options: ["Aucune", "1 à 3", "4 à 8", "9 ou plus"],
    context_missing: "Répondez aux deux questions pour continuer.",

    statements_heading: "À quelle fréquence faites-vous cela\u{a0}?",
    statements_hint: "Pensez aux derniers mois. Les touches 1 à 5 répondent à l’affirmation sur \
        laquelle vous êtes.",
    scale: ["Jamais", "Rarement", "Parfois", "Souvent", "Presque toujours"],
    no_chance_yet: "Pas encore eu l’occasion",
    statement_counter: "Affirmation {n} sur {total}",
    progress: "{answered} sur {total} répondues",
    missing_one: "L’affirmation {list} attend encore une réponse.",
    missing_many: "Les affirmations {list} attendent encore une réponse.",
    and: " et ",

    back: "Retour",
    next: "Suivant",
    see_results: "Voir mes résultats",

    results_heading: "Votre équilibre de leadership",
    results_preparing: "Préparation de vos résultats…",
    profiles: [
        ProfileText {
            name: "Solide sur les deux plans",
            interpretation: "Vous excellez sur le comment comme sur le pourquoi\u{a0}: le travail \
                avance bien autour de vous, et les gens ont envie de vous suivre. Entretenez les \
                deux avec des missions exigeantes qui les sollicitent ensemble.",
        },
        ProfileText {
            name: "Point fort\u{a0}: l’organisation",
            interpretation: "Vous excellez sur le comment\u{a0}: planifier, suivre et faire tourner \
                le travail. Votre prochaine étape est le pourquoi\u{a0}: la vision, le coaching et \
                l’encouragement qui donnent aux gens l’envie de donner le meilleur d’eux-mêmes.",
        },
        ProfileText {
            name: "Point fort\u{a0}: les personnes",
            interpretation: "Vous excellez sur le pourquoi\u{a0}: les gens répondent à votre cap et à \
                votre soutien. Votre prochaine étape est le comment\u{a0}: les habitudes de \
                planification et de suivi qui transforment cette énergie en résultats fiables.",
        },
        ProfileText {
            name: "En pleine progression",
            interpretation: "Vous développez les deux versants, ce qui est normal en début de \
                carrière managériale. Commencez par les bases de la gestion, comme la \
                planification, le temps et la communication\u{a0}: elles donnent à votre leadership \
                un socle solide.",
        },
    ],
    unplaced_heading: "Pas encore assez de réponses pour vous situer",
    unplaced_body: "Chaque volet a besoin d’au moins une compétence avec deux réponses sur \
        l’échelle. Revenez en arrière et répondez à quelques affirmations marquées «\u{a0}Pas encore \
        eu l’occasion\u{a0}».",
    management: "Gestion",
    leadership: "Leadership",
    balance_heading: "Votre équilibre",
    balance_summary: "La gestion obtient {management} et le leadership {leadership} sur 100.",
    competencies_heading: "Compétence par compétence",
    competencies_summary: "Diagramme en barres de vos {count} scores par compétence, sur \
        100\u{a0}: {scores}.",
    placement_close_heading: "Près de la ligne",
    placement_close_body: "Trop près de la ligne de {threshold} pour dire de quel côté vous êtes\u{a0}: {list}. En la refaisant, vous pourriez tomber d’un côté ou de l’autre\u{a0}; votre résultat ne nomme donc pas encore de profil.",
    close_track: "{track} {score} (probablement {low}–{high})",
    placement_close_tip: "Ce qui ferait pencher la balance\u{a0}: quelques points de plus ou de moins. Quelques affirmations de plus, ou l’auto-évaluation refaite dans quelques semaines, montreront de quel côté vous êtes.",
    lean_management: "Vos réponses penchent vers le management\u{a0}: il dépasse le leadership de {difference}\u{a0}points, plus qu’une nouvelle passation ne le changerait.",
    lean_leadership: "Vos réponses penchent vers le leadership\u{a0}: il dépasse le management de {difference}\u{a0}points, plus qu’une nouvelle passation ne le changerait.",
    lean_even: "Votre management et votre leadership sont à peu près égaux\u{a0}: un écart de {difference}\u{a0}points reste dans ce qu’une nouvelle passation pourrait changer.",
    next_step_management: "Votre prochaine étape\u{a0}: développer le management, le comment de la planification, de l’organisation et du suivi.",
    next_step_leadership: "Votre prochaine étape\u{a0}: développer le leadership, le pourquoi de la vision, de la motivation et du coaching.",
    next_step_open: "Vos réponses ne disent pas encore si le management ou le leadership doit venir en premier.",
    score_range: "{score} (probablement {low}–{high})",
    table_range: "Plage probable",
    band_note: "Chaque bande montre où tomberait une nouvelle passation 19\u{a0}fois sur\u{a0}20.",
    tier_start_here: "Commencez ici",
    tier_next: "Ensuite",
    tier_later: "Plus tard",
    tier_level: "Ces {count} arrivent à égalité\u{a0}: vos réponses ne permettent pas de les départager.",
    tier_also: "Également à égalité",
    no_clear_strengths: "Aucune compétence ne se détache nettement au-dessus de votre propre moyenne\u{a0}: vos scores sont proches.",
    no_clear_growth: "Aucune compétence ne se situe nettement en dessous de votre propre moyenne.",
    change_same: "{name}\u{a0}: {before} → {after}, à peu près pareil",
    view_indexes_only: "Tant que 3\u{a0}collègues n’ont pas répondu, seuls les deux indices s’affichent, pour qu’aucune réponse ne puisse être reconnue.",
    second_stage_heading: "Quelques affirmations de plus\u{a0}?",
    second_stage_body: "Vos réponses laissent {what} trop serré pour trancher. Quelques affirmations de plus affineraient votre résultat (environ une minute).",
    what_management: "votre score de management",
    what_leadership: "votre score de leadership",
    what_balance: "le côté où penche votre équilibre",
    what_topics: "les thèmes à aborder en premier",
    second_stage_start: "Répondre à {count} de plus",
    second_stage_skip: "Passer, voir mon résultat",
    second_stage_progress: "{answered} sur {total} supplémentaires répondues",
    threshold_note: "Le trait fin marque {threshold}, le score à partir duquel un volet compte \
        comme fort dans votre profil.",
    table_caption: "Vos scores, sur 100",
    table_competency: "Compétence",
    table_track: "Volet",
    table_score: "Score",
    not_enough_answers: "pas assez de réponses",
    strengths_heading: "Vos points forts",
    growth_heading: "Vos marges de progression",
    nothing_to_rank: "Répondez à plus d’affirmations pour voir ceci.",
    topics_heading: "Quoi apprendre ensuite",
    reason_one: "Parce que {first} a obtenu le score le plus bas.",
    reason_two: "Parce que {first} et {second} ont obtenu les scores les plus bas.",
    no_topics: "Répondez à plus d’affirmations pour recevoir des suggestions de thèmes.",
    reflection_heading: "Une courte réflexion",
    reflection_intro: "Pensez au meilleur manager avec qui vous avez travaillé. Quelques mots par \
        question suffisent. Vos notes restent sur cet appareil.",
    reflection_questions: [
        "Qui est le meilleur manager avec qui vous avez travaillé\u{a0}?",
        "Qu’admiriez-vous chez cette personne\u{a0}?",
        "Qu’a-t-elle fait pour vous donner les moyens de réussir\u{a0}?",
        "Dans quelles situations sa manière de travailler convenait-elle le mieux\u{a0}?",
    ],
    self_rating_note: "Les auto-évaluations ont tendance à être généreuses. Demandez à une personne \
        de confiance parmi vos collègues comment elle vous voit\u{a0}: son regard est souvent la partie la plus utile.",
    notes_heading: "Une remarque sur vos réponses",
    straight_lining_note: "Presque toutes vos réponses sont au même point de l’échelle. Si vous \
        avez répondu vite, vos résultats en disent peut-être moins qu’ils ne pourraient.",
    reverse_disagreement_note: "Pour {count} compétences, vos réponses à des affirmations \
        formulées différemment vont dans des sens opposés. Lire chaque affirmation posément peut \
        affiner vos résultats.",
    start_again: "Recommencer",

    welcome_back: "Bon retour. Vous avez répondu à {answered} affirmations sur {total} sur cet \
        appareil.",
    continue_saved: "Reprendre là où vous en étiez",
    start_over: "Repartir de zéro",
    storage_unavailable: "Ce navigateur ne permet pas à la page de conserver vos réponses\u{a0}: elles \
        sont perdues si vous quittez ou rechargez la page. Tout le reste fonctionne.",
    privacy_details_summary: "Comment vos réponses sont conservées",
    privacy_details: "Vos réponses et vos notes restent dans le stockage de ce navigateur, sur cet \
        appareil, pour que vous puissiez reprendre plus tard. Rien n’est envoyé à un serveur et \
        aucun cookie n’est déposé. Elles restent jusqu’à ce que vous choisissiez «\u{a0}Oublier mes \
        réponses sur cet appareil\u{a0}» ou que vous effaciez les données du navigateur.",
    privacy_details_off: "Vos réponses et vos notes ne sont conservées que tant que cette page est \
        ouverte. Rien n’est envoyé à un serveur et aucun cookie n’est déposé.",
    forget: "Oublier mes réponses sur cet appareil",
    forgotten: "Vos réponses sont oubliées sur cet appareil.",
    taken_over: "Mis à jour avec les réponses données dans un autre onglet.",
    save_refused: "Ce navigateur ne conserve plus votre progression. Vos réponses restent là tant que cette \
        page est ouverte\u{a0}; pour les garder, enregistrez ce lien\u{a0}:",
    answers_so_far: "Vos réponses jusqu’ici",
    saving_again: "Votre progression est de nouveau conservée sur cet appareil.",
    safe_copy: "Vous faites une pause\u{a0}? Certains navigateurs effacent ce qu’ils conservent après \
        quelques jours sans visite\u{a0}; ce lien garde toujours vos réponses\u{a0}:",
    note_counter: "{count} sur {max}\u{a0}caractères",
    link_problem: "Ce lien de résultat n’a pas pu être ouvert\u{a0}: {reason}.",
    share_errors: ShareErrorText {
        empty: "le lien ne contient aucun résultat",
        too_long: "le lien est bien plus long qu’un lien de résultat ne peut l’être",
        not_a_code: "le lien contient des caractères qu’un lien de résultat n’a jamais",
        truncated: "le lien est coupé\u{a0}; copiez le lien entier et réessayez",
        wrong_version: "le lien a été créé par une autre version de cette auto-évaluation",
        damaged: "le lien est abîmé\u{a0}: une partie a été modifiée ou perdue",
        other_instrument: "le lien a été créé pour une autre série d’affirmations",
    },
    shared_banner: "Vous consultez un résultat que quelqu’un a partagé avec vous. Il contient ses \
        scores, jamais ses notes.",
    take_it_yourself: "Faire l’évaluation vous-même",
    share_heading: "Partager votre résultat",
    share_body: "Ce lien contient vos réponses\u{a0}: gardez-le pour revoir ce résultat, car les \
        navigateurs peuvent effacer ce qu’ils conservent. Toute personne qui l’a voit ces scores, \
        jamais vos notes. Le résultat voyage dans le lien lui-même et n’est stocké nulle part.",
    share_label: "Lien vers votre résultat",
    copy_link: "Copier le lien",
    copied: "Copié.",
    copy_fallback: "Appuyez sur Ctrl+C (ou ⌘C) pour copier le lien sélectionné.",
    send_to_trainer: "Envoyer mon résultat à mon formateur",
    send_to_trainer_hint: "Votre propre messagerie s’ouvre avec le lien déjà inséré. Rien n’est envoyé tant que vous \
        ne l’envoyez pas.",
    send_to_trainer_subject: "Mon résultat Leadership Balance",
    send_to_trainer_body: "Bonjour,\n\nvoici mon résultat Leadership Balance\u{a0}:\n{link}\n\nBien cordialement",
    compare_heading: "Depuis votre résultat précédent",
    compare_intro: "Les repères sur les barres indiquent vos scores précédents.",
    compare_details: "Toutes les compétences",
    change_line: "{name}\u{a0}: {before} → {after} ({change})",
    compare_paste_label: "Comparer avec un résultat précédent\u{a0}: collez son lien",
    compare_button: "Comparer",
    compare_problem: "Ce lien n’a pas pu être lu\u{a0}: {reason}.",

    download_pdf: "Télécharger le PDF",
    pdf_failed: "Votre navigateur n’a pas enregistré le PDF. Réessayez, ou imprimez plutôt cette page.",
    pdf_preparing: "Téléchargement des polices de votre PDF…",
    pdf_fonts_failed: "Les polices du PDF n’ont pas pu être téléchargées. Vérifiez la connexion et cliquez à nouveau sur Télécharger le PDF.",
    pdf_unprintable: "Le PDF ne peut pas afficher ces caractères de vos notes\u{a0}: {characters}. Il marque leur place, et vos notes les gardent.",
    pdf_title: "Leadership Balance\u{a0}: vos résultats",
    pdf_subject: "Auto-évaluation en gestion et en leadership",
    created_on: "Créé le {date}",
    page_counter: "Page {n} sur {total}",
    date_format: "{day} {month} {year}",
    first_day: "1er",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],

    load_error_heading: "L’auto-évaluation n’a pas pu se charger",
    load_error_body: "Merci de prévenir le responsable de cette page. Les détails\u{a0}:",
    config_error_heading: "Cette auto-évaluation n’est pas correctement configurée",
    config_error_body: "Merci de prévenir le responsable de cette page. Sa configuration a besoin \
        de ces corrections\u{a0}:",
    course_label: "Notre formation\u{a0}:",

    ask_heading: "Demandez l’avis de vos collègues",
    ask_body: "On a tendance à se surévaluer. Vos collègues peuvent vous montrer ce que vous ne voyez pas vous-même. Envoyez-leur ce lien\u{a0}: ils répondent aux mêmes affirmations à votre sujet sur leur propre appareil et vous renvoient un lien avec leurs réponses. Cette page n’envoie rien.",
    ask_name_label: "Votre prénom ou vos initiales, tels que vos collègues les verront (facultatif)",
    ask_link_label: "Lien à envoyer à vos collègues",
    email_link: "Envoyer par e-mail",
    share_button: "Partager…",
    ask_mail_subject: "Comment voyez-vous mon travail\u{a0}?",
    ask_mail_body: "Bonjour,\n\nje travaille sur mon développement de manager. Accepteriez-vous de répondre à quelques affirmations courtes sur la façon dont vous voyez mon travail\u{a0}? Cela prend environ 8\u{a0}minutes, et vos réponses ne me parviennent que dans le lien que vous m’envoyez\u{a0}:\n{link}\n\nMerci\u{a0}!",
    ask_share_text: "Comment voyez-vous mon travail\u{a0}? Cela prend environ 8\u{a0}minutes.",
    colleague_heading_named: "{name} aimerait savoir comment vous voyez son travail",
    colleague_heading: "Un ou une collègue aimerait savoir comment vous voyez son travail",
    colleague_body: "Lisez chaque affirmation et choisissez à quelle fréquence vous voyez cette personne le faire. Choisissez «\u{a0}Je ne l’ai pas vu\u{a0}» si vous ne pouvez pas le dire. Vos réponses ne repartent que dans le lien que vous envoyez, et rien n’est conservé sur cet appareil.",
    colleague_start: "Commencer",
    observer_heading: "À quelle fréquence cette personne le fait-elle\u{a0}?",
    not_seen: "Je ne l’ai pas vu",
    colleague_finish: "Créer mon lien de réponse",
    colleague_done_heading: "Merci. Renvoyez maintenant vos réponses",
    colleague_done_named: "Envoyez ce lien à {name} par e-mail ou messagerie. Il contient vos réponses et rien d’autre, et rien n’est conservé sur cet appareil.",
    colleague_done: "Renvoyez ce lien par e-mail ou messagerie à la personne qui l’a demandé. Il contient vos réponses et rien d’autre, et rien n’est conservé sur cet appareil.",
    response_link_label: "Votre lien de réponse",
    response_mail_subject: "Mon regard sur votre travail",
    response_mail_body: "Bonjour,\n\nvoici mes réponses. Collez ce lien sous «\u{a0}Comment vos collègues vous voient\u{a0}» sur votre page de résultats\u{a0}:\n{link}",
    own_request_heading: "C’est votre propre lien de demande",
    own_request_body: "Vos collègues y répondent sur leurs propres appareils. Ici, vous pouvez prévisualiser ce qu’ils verront\u{a0}; un aperçu ne crée aucun lien de réponse.",
    preview_button: "Prévisualiser les questions",
    preview_done: "C’était un aperçu. Envoyez le lien de demande à vos collègues\u{a0}: leurs réponses vous reviendront sous forme de liens.",
    request_problem: "Ce lien de demande n’a pas pu être ouvert\u{a0}: {reason}.",
    view_heading: "Comment vos collègues vous voient",
    view_paste_label: "Collez le lien de réponse d’un ou d’une collègue",
    view_add: "Ajouter cette réponse",
    view_added: "Ajoutée. Le lien lui-même n’est pas conservé\u{a0}: seuls la moyenne et le nombre de réponses le sont.",
    view_count: Counted::two(
        "Réunit les réponses d’{count}\u{a0}collègue.",
        "Réunit les réponses de {count}\u{a0}collègues.",
    ),
    view_you: "Vous",
    view_others: "Collègues",
    view_indexes: "Gestion\u{a0}: vous {own_management}, collègues {others_management}. Leadership\u{a0}: vous {own_leadership}, collègues {others_leadership}.",
    blind_spots_heading: "Angles morts\u{a0}: vous vous notez plus haut",
    hidden_strengths_heading: "Forces cachées\u{a0}: vos collègues vous notent plus haut",
    gap_item: "{competency}\u{a0}: vous {own}, collègues {others}",
    no_gaps: "Aucune compétence ne diffère entre vous et vos collègues plus qu’une nouvelle passation ne pourrait l’expliquer.",
    view_forget: "Oublier les réponses de vos collègues",
    view_forgotten: "Les réponses de vos collègues sont oubliées sur cet appareil.",
    response_is_result: "C’est un lien de résultat, pas la réponse d’un ou d’une collègue. Vos collègues répondent via le lien que vous leur envoyez avec «\u{a0}Demandez l’avis de vos collègues\u{a0}».",
    response_is_request: "C’est le lien de demande que vous envoyez à vos collègues, pas leur réponse.",
    response_repeat: "Cette réponse a déjà été comptée.",
    response_problem: "Ce lien de réponse n’a pas pu être lu\u{a0}: {reason}.",
    view_balance_heading: "L’équilibre vu par vos collègues",
    view_topics_toggle: "Classer mes prochains thèmes selon le regard de mes collègues",
    view_topics_heading: "Vos prochains thèmes, selon vos collègues",
};

static INSTRUMENT: InstrumentText = InstrumentText {
    topics: &[
        TopicText {
            id: "time_management",
            title: "Gestion du temps",
            summary: "Planifier la semaine, protéger du temps pour le travail de fond et refuser \
                les demandes à faible valeur.",
        },
        TopicText {
            id: "communication",
            title: "Communication",
            summary: "Donner le bon message aux bonnes personnes au bon moment.",
        },
        TopicText {
            id: "conflict_resolution",
            title: "Résolution des conflits",
            summary: "Transformer les désaccords en décisions que chacun peut accepter.",
        },
        TopicText {
            id: "project_management",
            title: "Gestion de projet",
            summary: "Cadrer, planifier et suivre le travail pour qu’il aboutisse dans les délais \
                et le budget.",
        },
        TopicText {
            id: "policies_processes",
            title: "Règles et processus",
            summary: "Connaître les règles et les routines qui font tourner votre service, et bien \
                s’en servir.",
        },
        TopicText {
            id: "personalities",
            title: "Personnalités humaines",
            summary: "Comprendre ce qui motive chacun et adapter votre façon de travailler avec \
                chaque personne.",
        },
        TopicText {
            id: "influence",
            title: "Influence et persuasion",
            summary: "Rallier du soutien à des idées sans s’appuyer sur son titre.",
        },
        TopicText {
            id: "motivation",
            title: "Motivation",
            summary: "Découvrir ce qui donne de l’énergie aux gens, et l’entretenir.",
        },
        TopicText {
            id: "delegation",
            title: "Délégation et responsabilisation",
            summary: "Confier du travail avec l’autorité qui va avec, pour que les gens grandissent.",
        },
    ],
    competencies: &[
        CompetencyText {
            id: "planning",
            name: "Planifier et organiser le travail et les équipes",
            short_name: "Planifier & organiser",
        },
        CompetencyText {
            id: "monitoring",
            name: "Suivre la performance",
            short_name: "Suivi de la performance",
        },
        CompetencyText {
            id: "administration",
            name: "Gérer les tâches administratives",
            short_name: "Administratif",
        },
        CompetencyText { id: "budgets", name: "Gérer les budgets", short_name: "Budgets" },
        CompetencyText {
            id: "stakeholders",
            name: "Communiquer avec les parties prenantes",
            short_name: "Parties prenantes",
        },
        CompetencyText {
            id: "problem_solving",
            name: "Résoudre les problèmes",
            short_name: "Résoudre les problèmes",
        },
        CompetencyText { id: "time", name: "Gérer son temps", short_name: "Gérer son temps" },
        CompetencyText { id: "coaching", name: "Coaching et mentorat", short_name: "Coaching & mentorat" },
        CompetencyText {
            id: "developing_others",
            name: "Faire grandir les autres",
            short_name: "Faire grandir les autres",
        },
        CompetencyText {
            id: "networks",
            name: "Développer réseaux et partenariats",
            short_name: "Réseaux & partenariats",
        },
        CompetencyText {
            id: "innovation",
            name: "Encourager la créativité et l’innovation",
            short_name: "Créativité & innovation",
        },
        CompetencyText { id: "consensus", name: "Construire le consensus", short_name: "Consensus" },
        CompetencyText {
            id: "change",
            name: "Introduire et piloter le changement",
            short_name: "Piloter le changement",
        },
        CompetencyText {
            id: "vision", name: "Créer une vision attrayante", short_name: "Créer une vision"
        },
        CompetencyText {
            id: "inspiring",
            name: "Entraîner les autres vers la vision",
            short_name: "Entraîner les autres",
        },
        CompetencyText {
            id: "motivating",
            name: "Repérer la démotivation et y remédier",
            short_name: "Raviver la motivation",
        },
    ],
    statements: &[
        ("planning_1", "Avant une semaine chargée, je décide qui fait quelle tâche."),
        ("planning_2", "Je découpe les gros travaux en étapes datées."),
        ("planning_3", "Je distribue les tâches au fil de l’eau, à mesure qu’elles arrivent."),
        ("monitoring_1", "Je vérifie l’avancement par rapport aux objectifs convenus à des moments fixés."),
        (
            "monitoring_2",
            "Quand les résultats décrochent, je m’en aperçois en quelques jours, pas en semaines.",
        ),
        (
            "monitoring_3",
            "Je dis clairement à chacun où en est son travail par rapport à ce qui était convenu.",
        ),
        ("administration_1", "Je tiens à jour les dossiers, les rapports et les validations."),
        (
            "administration_2",
            "Je termine la paperasse courante à temps, pour qu’elle ne bloque jamais personne.",
        ),
        (
            "administration_3",
            "Formulaires et rapports s’empilent sur mon bureau jusqu’à ce qu’on me relance.",
        ),
        ("budgets_1", "Chaque mois, je compare nos dépenses au budget."),
        ("budgets_2", "Avant de dépenser, je mets en balance le coût et le bénéfice."),
        ("budgets_3", "Quand les coûts commencent à déraper, j’agis tôt et je le signale."),
        (
            "stakeholders_1",
            "Je préviens les personnes concernées par une décision avant qu’elle ne s’applique.",
        ),
        ("stakeholders_2", "J’adapte mon message à ce que chaque public a besoin de savoir."),
        ("stakeholders_3", "J’envoie des nouvelles brèves et régulières à ceux qui dépendent de mon équipe."),
        ("problem_solving_1", "Quand quelque chose ne va pas, je cherche la cause avant de corriger."),
        ("problem_solving_2", "Je compare au moins deux options avant de choisir une solution."),
        ("problem_solving_3", "Après une correction, je vérifie que le problème a vraiment disparu."),
        ("time_1", "Je commence chaque journée en connaissant mes priorités."),
        ("time_2", "Je bloque du temps dans mon agenda pour le travail important."),
        ("time_3", "Les demandes urgentes envahissent ma journée pendant que le travail important attend."),
        ("coaching_1", "Je pose des questions qui aident les gens à trouver leurs propres réponses."),
        (
            "coaching_2",
            "En entretien individuel, je parle de la façon dont chacun travaille, pas seulement de \
                ce qu’il livre.",
        ),
        (
            "coaching_3",
            "Je partage ma propre expérience pour aider quelqu’un à traverser une situation difficile.",
        ),
        (
            "developing_others_1",
            "Je confie aux gens des tâches qui font grandir leurs compétences, avec du soutien.",
        ),
        ("developing_others_2", "Je parle avec chacun des compétences qu’il souhaite développer."),
        ("developing_others_3", "Je garde les tâches difficiles pour moi, parce que cela va plus vite."),
        ("networks_1", "Je reste en contact avec des personnes d’autres équipes qui peuvent nous aider."),
        ("networks_2", "Je cherche des partenaires hors de mon équipe pour atteindre des objectifs communs."),
        ("networks_3", "Je mets les gens en relation avec des contacts qui peuvent les aider."),
        (
            "innovation_1",
            "J’invite les idées nouvelles, même celles qui remettent en cause notre façon de travailler.",
        ),
        (
            "innovation_2",
            "Je laisse aux gens la latitude d’essayer une nouvelle approche et d’en tirer des leçons.",
        ),
        ("innovation_3", "J’écarte tôt les idées inhabituelles, avant qu’elles ne fassent perdre du temps."),
        ("consensus_1", "Avant qu’un groupe ne décide, je m’assure que chaque point de vue a été entendu."),
        ("consensus_2", "Quand les gens ne sont pas d’accord, je cherche le terrain commun."),
        ("consensus_3", "Je vérifie que chacun peut soutenir une décision avant de passer à la suite."),
        ("change_1", "Quand un changement approche, j’explique pourquoi il est nécessaire."),
        ("change_2", "J’accompagne les gens dans les étapes concrètes d’un changement."),
        ("change_3", "J’attends que le changement nous soit imposé pour agir."),
        ("vision_1", "Je décris où va notre équipe dans les un ou deux ans à venir."),
        ("vision_2", "Je relie les tâches quotidiennes à la vue d’ensemble."),
        (
            "vision_3",
            "Je décris pour l’équipe un avenir pour lequel les gens trouvent qu’il vaut la peine \
                de travailler.",
        ),
        ("inspiring_1", "Je montre par mes propres actes les exigences que je demande aux autres."),
        ("inspiring_2", "Je célèbre avec l’équipe les progrès vers nos objectifs."),
        ("inspiring_3", "J’aide les gens à voir en quoi leur travail fait la différence."),
        ("motivating_1", "Je remarque quand l’énergie ou l’intérêt de quelqu’un baisse."),
        (
            "motivating_2",
            "Quand quelqu’un semble désengagé, j’en parle avec la personne pour comprendre pourquoi.",
        ),
        (
            "motivating_3",
            "J’ajuste les tâches ou la charge de travail de quelqu’un pour raviver sa motivation.",
        ),
        (
            "planning_4",
            "Je vérifie la charge de travail actuelle de chacun avant de lui confier une nouvelle tâche.",
        ),
        ("planning_5", "J’organise à l’avance le remplacement d’un membre de l’équipe qui sera absent."),
        ("monitoring_4", "Je conviens avec chacun de la façon dont ses résultats seront mesurés."),
        ("monitoring_5", "Je vérifie la qualité du travail terminé, pas seulement qu’il a été livré."),
        (
            "administration_4",
            "Je relis formulaires et rapports pour y repérer les erreurs avant de les transmettre.",
        ),
        (
            "administration_5",
            "Je suis la procédure officielle pour la paperasse, même quand un raccourci serait plus rapide.",
        ),
        (
            "budgets_4",
            "Quand je planifie un travail, j’estime son coût complet, y compris le temps que chacun y passe.",
        ),
        ("budgets_5", "J’approuve des dépenses sans vérifier d’abord que le budget les couvre."),
        ("stakeholders_4", "Je demande à ceux qui dépendent de mon équipe ce qu’ils attendent de nous."),
        (
            "stakeholders_5",
            "Après une réunion avec d’autres équipes ou des clients, je confirme par écrit ce qui a été convenu.",
        ),
        (
            "problem_solving_4",
            "Je cherche des solutions de mon côté, sans consulter ceux qui connaissent le problème de plus près.",
        ),
        (
            "problem_solving_5",
            "Une fois un problème résolu, je prends des mesures pour qu’il ne se reproduise pas.",
        ),
        ("time_4", "Je refuse poliment les demandes qui me détourneraient de mes priorités."),
        (
            "time_5",
            "Quand je m’engage sur un délai, je prévois de la marge pour les interruptions et les retards.",
        ),
        (
            "coaching_4",
            "Après un entretien de coaching, je fais le suivi de l’étape que la personne s’est fixée.",
        ),
        ("coaching_5", "Quand j’accompagne quelqu’un en coaching, c’est moi qui parle le plus."),
        (
            "developing_others_4",
            "J’organise une formation ou un temps d’observation auprès d’un collègue pour aider quelqu’un à acquérir une nouvelle compétence.",
        ),
        (
            "developing_others_5",
            "Je recommande des membres de l’équipe pour des projets et des postes qui les feront grandir.",
        ),
        (
            "networks_4",
            "Je participe à des événements ou des groupes où je rencontre des personnes d’autres organisations.",
        ),
        (
            "networks_5",
            "Je ne contacte les personnes d’autres équipes que lorsque j’ai besoin de quelque chose.",
        ),
        ("innovation_4", "Je réserve du temps pour que l’équipe trouve ensemble de nouvelles idées."),
        (
            "innovation_5",
            "Quand nous reprenons l’idée de quelqu’un, je veille à ce que le mérite lui revienne.",
        ),
        ("consensus_4", "Avant une discussion, j’explique comment la décision finale sera prise."),
        (
            "consensus_5",
            "J’explique à ceux qui n’étaient pas d’accord comment leur avis a été pesé dans la décision.",
        ),
        ("change_4", "Je demande à ceux que touche un changement d’aider à en planifier la mise en œuvre."),
        ("change_5", "Pendant un changement, je prends le temps d’écouter les inquiétudes des gens."),
        ("vision_4", "J’invite l’équipe à construire avec moi une image commune de l’avenir."),
        (
            "vision_5",
            "J’explique ce que les projets à long terme de l’organisation signifient pour notre équipe.",
        ),
        ("inspiring_4", "Après un revers, je rappelle à l’équipe le but vers lequel nous avançons."),
        (
            "inspiring_5",
            "Quand un objectif est exigeant, je dis aux gens que je les crois capables de l’atteindre.",
        ),
        ("motivating_4", "Je cherche à savoir ce que chacun apprécie le plus dans son travail."),
        (
            "motivating_5",
            "J’élimine les obstacles du quotidien qui frustrent les gens et sapent leur énergie.",
        ),
    ],
    observer_statements: &[
        ("planning_1", "Avant une semaine chargée, cette personne décide qui fait quelle tâche."),
        ("planning_2", "Cette personne découpe les gros travaux en étapes datées."),
        ("planning_3", "Cette personne distribue les tâches au fil de l’eau, à mesure qu’elles arrivent."),
        (
            "monitoring_1",
            "Cette personne vérifie l’avancement par rapport aux objectifs convenus à des moments fixés.",
        ),
        (
            "monitoring_2",
            "Quand les résultats décrochent, cette personne s’en aperçoit en quelques jours, pas en semaines.",
        ),
        (
            "monitoring_3",
            "Cette personne dit clairement à chacun où en est son travail par rapport à ce qui était convenu.",
        ),
        ("administration_1", "Cette personne tient à jour les dossiers, les rapports et les validations."),
        (
            "administration_2",
            "Cette personne termine la paperasse courante à temps, pour qu’elle ne bloque jamais personne.",
        ),
        (
            "administration_3",
            "Formulaires et rapports s’empilent sur son bureau jusqu’à ce qu’on la relance.",
        ),
        ("budgets_1", "Chaque mois, cette personne compare les dépenses de l’équipe au budget."),
        ("budgets_2", "Avant de dépenser, cette personne met en balance le coût et le bénéfice."),
        ("budgets_3", "Quand les coûts commencent à déraper, cette personne agit tôt et le signale."),
        (
            "stakeholders_1",
            "Cette personne prévient les personnes concernées par une décision avant qu’elle ne s’applique.",
        ),
        ("stakeholders_2", "Cette personne adapte son message à ce que chaque public a besoin de savoir."),
        (
            "stakeholders_3",
            "Cette personne envoie des nouvelles brèves et régulières à ceux qui dépendent de son équipe.",
        ),
        (
            "problem_solving_1",
            "Quand quelque chose ne va pas, cette personne cherche la cause avant de corriger.",
        ),
        ("problem_solving_2", "Cette personne compare au moins deux options avant de choisir une solution."),
        (
            "problem_solving_3",
            "Après une correction, cette personne vérifie que le problème a vraiment disparu.",
        ),
        ("time_1", "Cette personne commence chaque journée en connaissant ses priorités."),
        ("time_2", "Cette personne bloque du temps dans son agenda pour le travail important."),
        ("time_3", "Les demandes urgentes envahissent sa journée pendant que le travail important attend."),
        (
            "coaching_1",
            "Cette personne pose des questions qui aident les gens à trouver leurs propres réponses.",
        ),
        (
            "coaching_2",
            "En entretien individuel, cette personne parle de la façon dont chacun travaille, pas seulement de ce qu’il produit.",
        ),
        (
            "coaching_3",
            "Cette personne partage sa propre expérience pour aider quelqu’un à traverser une situation difficile.",
        ),
        (
            "developing_others_1",
            "Cette personne confie aux gens des tâches qui font grandir leurs compétences, avec du soutien.",
        ),
        (
            "developing_others_2",
            "Cette personne parle avec chacun des compétences qu’il souhaite développer.",
        ),
        (
            "developing_others_3",
            "Cette personne garde les tâches difficiles pour elle, parce que cela va plus vite.",
        ),
        (
            "networks_1",
            "Cette personne reste en contact avec des personnes d’autres équipes qui peuvent aider.",
        ),
        (
            "networks_2",
            "Cette personne cherche des partenaires hors de son équipe pour atteindre des objectifs communs.",
        ),
        ("networks_3", "Cette personne met les gens en relation avec des contacts qui peuvent les aider."),
        (
            "innovation_1",
            "Cette personne invite les idées nouvelles, même celles qui remettent en cause la façon de travailler de l’équipe.",
        ),
        (
            "innovation_2",
            "Cette personne laisse aux gens la latitude d’essayer une nouvelle approche et d’en tirer des leçons.",
        ),
        (
            "innovation_3",
            "Cette personne écarte tôt les idées inhabituelles, avant qu’elles ne fassent perdre du temps.",
        ),
        (
            "consensus_1",
            "Avant qu’un groupe ne décide, cette personne s’assure que chaque point de vue a été entendu.",
        ),
        ("consensus_2", "Quand les gens ne sont pas d’accord, cette personne cherche le terrain commun."),
        (
            "consensus_3",
            "Cette personne vérifie que chacun peut soutenir une décision avant de passer à la suite.",
        ),
        ("change_1", "Quand un changement approche, cette personne explique pourquoi il est nécessaire."),
        ("change_2", "Cette personne accompagne les gens dans les étapes concrètes d’un changement."),
        ("change_3", "Cette personne attend que le changement soit imposé à l’équipe pour agir."),
        ("vision_1", "Cette personne décrit où va l’équipe dans les un ou deux ans à venir."),
        ("vision_2", "Cette personne relie les tâches quotidiennes à la vue d’ensemble."),
        ("vision_3", "Cette personne décrit pour l’équipe un avenir qui donne envie de s’engager."),
        (
            "inspiring_1",
            "Cette personne montre par ses propres actes les exigences qu’elle demande aux autres.",
        ),
        ("inspiring_2", "Cette personne célèbre avec l’équipe les progrès vers ses objectifs."),
        ("inspiring_3", "Cette personne aide les gens à voir en quoi leur travail fait la différence."),
        ("motivating_1", "Cette personne remarque quand l’énergie ou l’intérêt de quelqu’un baisse."),
        (
            "motivating_2",
            "Quand quelqu’un semble désengagé, cette personne en parle avec lui ou elle pour comprendre pourquoi.",
        ),
        (
            "motivating_3",
            "Cette personne ajuste les tâches ou la charge de travail de quelqu’un pour raviver sa motivation.",
        ),
        (
            "planning_4",
            "Cette personne vérifie la charge de travail actuelle de chacun avant de lui confier une nouvelle tâche.",
        ),
        (
            "planning_5",
            "Cette personne organise à l’avance le remplacement d’un membre de l’équipe qui sera absent.",
        ),
        (
            "monitoring_4",
            "Cette personne convient avec chacun de la façon dont ses résultats seront mesurés.",
        ),
        (
            "monitoring_5",
            "Cette personne vérifie la qualité du travail terminé, pas seulement qu’il a été livré.",
        ),
        (
            "administration_4",
            "Cette personne relit formulaires et rapports pour y repérer les erreurs avant de les transmettre.",
        ),
        (
            "administration_5",
            "Cette personne suit la procédure officielle pour la paperasse, même quand un raccourci serait plus rapide.",
        ),
        (
            "budgets_4",
            "Quand elle planifie un travail, cette personne estime son coût complet, y compris le temps que chacun y passe.",
        ),
        ("budgets_5", "Cette personne approuve des dépenses sans vérifier d’abord que le budget les couvre."),
        (
            "stakeholders_4",
            "Cette personne demande à ceux qui dépendent de son équipe ce qu’ils attendent de l’équipe.",
        ),
        (
            "stakeholders_5",
            "Après une réunion avec d’autres équipes ou des clients, cette personne confirme par écrit ce qui a été convenu.",
        ),
        (
            "problem_solving_4",
            "Cette personne cherche des solutions de son côté, sans consulter ceux qui connaissent le problème de plus près.",
        ),
        (
            "problem_solving_5",
            "Une fois un problème résolu, cette personne prend des mesures pour qu’il ne se reproduise pas.",
        ),
        ("time_4", "Cette personne refuse poliment les demandes qui la détourneraient de ses priorités."),
        (
            "time_5",
            "Quand elle s’engage sur un délai, cette personne prévoit de la marge pour les interruptions et les retards.",
        ),
        (
            "coaching_4",
            "Après un entretien de coaching, cette personne fait le suivi de l’étape que l’autre personne s’est fixée.",
        ),
        (
            "coaching_5",
            "Quand cette personne accompagne quelqu’un en coaching, c’est elle qui parle le plus.",
        ),
        (
            "developing_others_4",
            "Cette personne organise une formation ou un temps d’observation auprès d’un collègue pour aider quelqu’un à acquérir une nouvelle compétence.",
        ),
        (
            "developing_others_5",
            "Cette personne recommande des membres de l’équipe pour des projets et des postes qui les feront grandir.",
        ),
        (
            "networks_4",
            "Cette personne participe à des événements ou des groupes où elle rencontre des personnes d’autres organisations.",
        ),
        (
            "networks_5",
            "Cette personne ne contacte les personnes d’autres équipes que lorsqu’elle a besoin de quelque chose.",
        ),
        (
            "innovation_4",
            "Cette personne réserve du temps pour que l’équipe trouve ensemble de nouvelles idées.",
        ),
        (
            "innovation_5",
            "Quand l’équipe reprend l’idée de quelqu’un, cette personne veille à ce que le mérite lui revienne.",
        ),
        (
            "consensus_4",
            "Avant une discussion, cette personne explique comment la décision finale sera prise.",
        ),
        (
            "consensus_5",
            "Cette personne explique à ceux qui n’étaient pas d’accord comment leur avis a été pesé dans la décision.",
        ),
        (
            "change_4",
            "Cette personne demande à ceux que touche un changement d’aider à en planifier la mise en œuvre.",
        ),
        (
            "change_5",
            "Pendant un changement, cette personne prend le temps d’écouter les inquiétudes des gens.",
        ),
        ("vision_4", "Cette personne invite l’équipe à construire avec elle une image commune de l’avenir."),
        (
            "vision_5",
            "Cette personne explique ce que les projets à long terme de l’organisation signifient pour l’équipe.",
        ),
        (
            "inspiring_4",
            "Après un revers, cette personne rappelle à l’équipe le but vers lequel celle-ci avance.",
        ),
        (
            "inspiring_5",
            "Quand un objectif est exigeant, cette personne dit aux gens qu’elle les croit capables de l’atteindre.",
        ),
        ("motivating_4", "Cette personne cherche à savoir ce que chacun apprécie le plus dans son travail."),
        (
            "motivating_5",
            "Cette personne élimine les obstacles du quotidien qui frustrent les gens et sapent leur énergie.",
        ),
    ],
};
