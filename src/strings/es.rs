//! Spanish. Machine-assisted translation from the English table, reviewed for meaning against
//! it; see the README's "Languages" section. Neutral international Spanish, informal address
//! (tú), as in most workplace e-learning.

use super::{CompetencyText, Direction, InstrumentText, ProfileText, ShareErrorText, Strings, TopicText};

pub static SPANISH: Strings = Strings {
    code: "es",
    name: "Español",
    direction: Direction::LeftToRight,
    instrument: Some(&INSTRUMENT),

    app_title: "Leadership Balance",

    intro_heading: "Gestión o liderazgo: ¿dónde deberías crecer ahora?",
    intro_body: "La gestión es el cómo: planificar, organizar y mantener el trabajo en marcha. \
        El liderazgo es el porqué: dar a las personas un rumbo que merezca la pena seguir, y el \
        impulso y el apoyo para llegar.",
    intro_duration: "{statements} afirmaciones breves · unos {minutes} minutos",
    privacy_promise: "Tus respuestas nunca salen de este dispositivo.",
    start: "Empezar la autoevaluación",
    preparing: "Preparando las preguntas…",

    context_heading: "Primero, un poco sobre tu puesto",
    experience_question: "¿Cuánto tiempo llevas dirigiendo personas?",
    experience_options: ["Todavía no", "Menos de 1 año", "1–3 años", "3–5 años", "Más de 5 años"],
    reports_question: "¿Cuántas personas dependen directamente de ti?",
    reports_options: ["Ninguna", "1–3", "4–8", "9 o más"],
    context_missing: "Responde a las dos preguntas para continuar.",

    statements_heading: "¿Con qué frecuencia haces esto?",
    statements_hint: "Piensa en los últimos meses. Las teclas del 1 al 5 responden a la afirmación \
        en la que estás.",
    scale: ["Nunca", "Rara vez", "A veces", "A menudo", "Casi siempre"],
    no_chance_yet: "Aún no he tenido ocasión",
    statement_counter: "Afirmación {n} de {total}",
    progress: "{answered} de {total} respondidas",
    missing_one: "Falta responder a la afirmación {list}.",
    missing_many: "Falta responder a las afirmaciones {list}.",
    and: " y ",

    back: "Atrás",
    next: "Siguiente",
    see_results: "Ver mis resultados",

    results_heading: "Tu equilibrio de liderazgo",
    results_preparing: "Preparando tus resultados…",
    profiles: [
        ProfileText {
            name: "Fuerte en ambos",
            interpretation: "Destacas tanto en el cómo como en el porqué: el trabajo fluye a tu \
                alrededor y la gente quiere seguirte. Mantén ambos en forma con retos que los \
                pongan a prueba a la vez.",
        },
        ProfileText {
            name: "Fuerte en la organización",
            interpretation: "Destacas en el cómo: planificar, hacer seguimiento y mantener el \
                trabajo en marcha. Tu siguiente paso es el porqué: la visión, el acompañamiento y \
                el ánimo que hacen que las personas quieran dar lo mejor de sí.",
        },
        ProfileText {
            name: "Fuerte con las personas",
            interpretation: "Destacas en el porqué: las personas responden a tu rumbo y a tu \
                apoyo. Tu siguiente paso es el cómo: los hábitos de planificación y seguimiento \
                que convierten esa energía en resultados fiables.",
        },
        ProfileText {
            name: "En pleno crecimiento",
            interpretation: "Estás desarrollando ambos lados, algo normal al comienzo de una \
                carrera directiva. Empieza por lo básico de la gestión, como la planificación, el \
                tiempo y la comunicación: dan a tu liderazgo una base sólida.",
        },
    ],
    unplaced_heading: "Aún no hay respuestas suficientes para situarte",
    unplaced_body: "Cada área necesita al menos una competencia con dos respuestas en la escala. \
        Vuelve atrás y responde a algunas de las afirmaciones que marcaste como «Aún no he tenido \
        ocasión».",
    management: "Gestión",
    leadership: "Liderazgo",
    balance_heading: "Tu equilibrio",
    balance_summary: "La gestión obtiene {management} y el liderazgo {leadership} sobre 100.",
    competencies_heading: "Competencia por competencia",
    competencies_summary: "Gráfico de barras de tus {count} puntuaciones por competencia, sobre 100: \
        {scores}.",
    threshold_note: "La línea fina marca {threshold}, la puntuación a partir de la cual un área \
        cuenta como fuerte en tu perfil.",
    table_caption: "Tus puntuaciones, sobre 100",
    table_competency: "Competencia",
    table_track: "Área",
    table_score: "Puntuación",
    not_enough_answers: "faltan respuestas",
    strengths_heading: "Tus fortalezas",
    growth_heading: "Margen de mejora",
    nothing_to_rank: "Responde a más afirmaciones para ver esto.",
    topics_heading: "Qué aprender a continuación",
    reason_one: "Porque {first} obtuvo la puntuación más baja.",
    reason_two: "Porque {first} y {second} obtuvieron las puntuaciones más bajas.",
    no_topics: "Responde a más afirmaciones para recibir sugerencias de temas.",
    reflection_heading: "Una breve reflexión",
    reflection_intro: "Piensa en la mejor persona que te haya dirigido. Bastan unas palabras por \
        pregunta. Tus notas se quedan en este dispositivo.",
    reflection_questions: [
        "¿Quién es la mejor persona que te ha dirigido?",
        "¿Qué admirabas de ella?",
        "¿Qué hizo para que pudieras tener éxito?",
        "¿En qué situaciones encajaba mejor su forma de trabajar?",
    ],
    self_rating_note: "Las autoevaluaciones suelen salir altas. Pregunta a un compañero o una \
        compañera de confianza cómo te ve: su opinión suele ser lo más útil.",
    notes_heading: "Una nota sobre tus respuestas",
    straight_lining_note: "Casi todas tus respuestas están en el mismo punto de la escala. Si \
        respondiste deprisa, tus resultados pueden decir menos de lo que podrían.",
    reverse_disagreement_note: "En {count} competencias, tus respuestas a afirmaciones redactadas \
        de forma distinta apuntan en direcciones opuestas. Leer cada afirmación con calma puede \
        afinar tus resultados.",
    start_again: "Volver a empezar",

    welcome_back: "Hola de nuevo. Has respondido a {answered} de {total} afirmaciones en este \
        dispositivo.",
    continue_saved: "Seguir donde lo dejaste",
    start_over: "Empezar de cero",
    storage_unavailable: "Este navegador no permite que la página guarde tus respuestas, así que se \
        pierden si sales o recargas. Todo lo demás funciona.",
    privacy_details_summary: "Cómo se guardan tus respuestas",
    privacy_details: "Tus respuestas y notas se quedan en el almacenamiento de este navegador, en \
        este dispositivo, para que puedas seguir más tarde. No se envía nada a ningún servidor ni se \
        crea ninguna cookie. Se conservan hasta que elijas «Olvidar mis respuestas en este \
        dispositivo» o borres los datos del navegador.",
    privacy_details_off: "Tus respuestas y notas solo se conservan mientras esta página esté abierta. \
        No se envía nada a ningún servidor ni se crea ninguna cookie.",
    forget: "Olvidar mis respuestas en este dispositivo",
    forgotten: "Tus respuestas se han olvidado en este dispositivo.",
    taken_over: "Actualizado con las respuestas que diste en otra pestaña.",
    save_refused: "Este navegador ha dejado de guardar tu progreso. Tus respuestas siguen aquí mientras esta \
        página esté abierta; para conservarlas, guarda este enlace:",
    answers_so_far: "Tus respuestas hasta ahora",
    saving_again: "Tu progreso vuelve a guardarse en este dispositivo.",
    safe_copy: "¿Haces una pausa? Algunos navegadores borran lo guardado tras unos días sin visitas; \
        este enlace conserva siempre tus respuestas:",
    note_counter: "{count} de {max} caracteres",
    link_problem: "No se ha podido abrir este enlace de resultados: {reason}.",
    share_errors: ShareErrorText {
        empty: "el enlace no contiene ningún resultado",
        too_long: "el enlace es mucho más largo de lo que puede ser un enlace de resultados",
        not_a_code: "el enlace contiene caracteres que un enlace de resultados nunca tiene",
        truncated: "el enlace está cortado; copia el enlace completo y vuelve a intentarlo",
        wrong_version: "el enlace se creó con otra versión de esta autoevaluación",
        damaged: "el enlace está dañado: una parte se ha cambiado o se ha perdido",
        other_instrument: "el enlace se creó para otro conjunto de afirmaciones",
    },
    shared_banner: "Estás viendo un resultado que alguien ha compartido contigo. Incluye sus \
        puntuaciones, nunca sus notas.",
    take_it_yourself: "Hazla tú",
    share_heading: "Comparte tu resultado",
    share_body: "Este enlace contiene tus respuestas: guárdalo para volver a ver este resultado, porque \
        los navegadores pueden borrar lo que guardan. Quien lo tenga verá estas puntuaciones, \
        nunca tus notas. El resultado va dentro del propio enlace y no se guarda en ningún sitio.",
    share_label: "Enlace a tu resultado",
    copy_link: "Copiar el enlace",
    copied: "Copiado.",
    copy_fallback: "Pulsa Ctrl+C (o ⌘C) para copiar el enlace seleccionado.",
    send_to_trainer: "Enviar mi resultado a mi formador",
    send_to_trainer_hint: "Se abrirá tu propio programa de correo con el enlace ya puesto. No se envía nada hasta \
        que tú lo envíes.",
    send_to_trainer_subject: "Mi resultado de Leadership Balance",
    send_to_trainer_body: "Hola:\n\naquí tienes mi resultado de Leadership Balance:\n{link}\n\nUn saludo",
    compare_heading: "Desde tu resultado anterior",
    compare_intro: "Las marcas en las barras indican tus puntuaciones anteriores.",
    compare_details: "Todas las competencias",
    change_line: "{name}: {before} → {after} ({change})",
    compare_paste_label: "Compara con un resultado anterior: pega su enlace",
    compare_button: "Comparar",
    compare_problem: "No se ha podido leer ese enlace: {reason}.",

    download_pdf: "Descargar PDF",
    pdf_failed: "Tu navegador no ha guardado el PDF. Vuelve a intentarlo o imprime esta página.",
    pdf_title: "Leadership Balance: tus resultados",
    pdf_subject: "Autoevaluación de gestión y liderazgo",
    created_on: "Creado el {date}",
    page_counter: "Página {n} de {total}",
    date_format: "{day} de {month} de {year}",
    first_day: "1",
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],

    load_error_heading: "No se ha podido cargar la autoevaluación",
    load_error_body: "Avisa a quien gestiona esta página. Los detalles:",
    config_error_heading: "Esta autoevaluación no está bien configurada",
    config_error_body: "Avisa a quien gestiona esta página. Su configuración necesita estas \
        correcciones:",
    course_label: "Nuestro curso:",

    ask_heading: "Pide a tus colegas su punto de vista",
    ask_body: "Las autoevaluaciones suelen salir altas. Tus colegas pueden mostrarte lo que tú no ves. Envíales este enlace: responden las mismas afirmaciones sobre ti en su propio dispositivo y te devuelven un enlace con sus respuestas. Esta página no envía nada.",
    ask_name_label: "Tu nombre o tus iniciales, tal como los verán tus colegas (opcional)",
    ask_link_label: "Enlace para enviar a tus colegas",
    email_link: "Enviar por correo",
    share_button: "Compartir…",
    ask_mail_subject: "¿Cómo ves mi trabajo?",
    ask_mail_body: "Hola:\n\nEstoy trabajando en mi desarrollo como responsable de equipo. ¿Responderías unas afirmaciones breves sobre cómo ves mi trabajo? Lleva unos 8 minutos, y tus respuestas solo me llegan dentro del enlace que me envíes:\n{link}\n\n¡Gracias!",
    ask_share_text: "¿Cómo ves mi trabajo? Lleva unos 8 minutos.",
    colleague_heading_named: "{name} quiere saber cómo ves su trabajo",
    colleague_heading: "Un colega quiere saber cómo ves su trabajo",
    colleague_body: "Lee cada afirmación y elige con qué frecuencia se lo ves hacer. Elige «No lo he visto» cuando no puedas decirlo. Tus respuestas solo vuelven dentro del enlace que envíes, y en este dispositivo no se guarda nada.",
    colleague_start: "Empezar",
    observer_heading: "¿Con qué frecuencia lo hace?",
    not_seen: "No lo he visto",
    colleague_finish: "Crear mi enlace de respuesta",
    colleague_done_heading: "Gracias. Ahora devuelve tus respuestas",
    colleague_done_named: "Envía este enlace a {name} por correo o chat. Contiene tus respuestas y nada más, y en este dispositivo no se guarda nada.",
    colleague_done: "Devuelve este enlace por correo o chat a quien te lo pidió. Contiene tus respuestas y nada más, y en este dispositivo no se guarda nada.",
    response_link_label: "Tu enlace de respuesta",
    response_mail_subject: "Mi punto de vista sobre tu trabajo",
    response_mail_body: "Hola:\n\naquí tienes mis respuestas. Pega este enlace en «Cómo te ven tus colegas», en tu página de resultados:\n{link}",
    own_request_heading: "Este es tu propio enlace de petición",
    own_request_body: "Tus colegas lo responden en sus propios dispositivos. Aquí puedes ver una vista previa de lo que verán; una vista previa no crea enlace de respuesta.",
    preview_button: "Ver la vista previa de las preguntas",
    preview_done: "Esto era una vista previa. Envía el enlace de petición a tus colegas: sus respuestas te llegarán como enlaces.",
    request_problem: "No se pudo abrir este enlace de petición: {reason}.",
    view_heading: "Cómo te ven tus colegas",
    view_paste_label: "Pega el enlace de respuesta de un colega",
    view_add: "Añadir esta respuesta",
    view_added: "Añadida. El enlace no se guarda: solo la media y el recuento.",
    view_count_one: "Combinado a partir de las respuestas de 1 colega.",
    view_count_many: "Combinado a partir de las respuestas de {count} colegas.",
    view_few: "Con menos de 3 respuestas, la media puede revelar quién respondió qué.",
    view_you: "Tú",
    view_others: "Colegas",
    view_indexes: "Gestión: tú {own_management}, colegas {others_management}. Liderazgo: tú {own_leadership}, colegas {others_leadership}.",
    blind_spots_heading: "Puntos ciegos: te valoras más alto",
    hidden_strengths_heading: "Fortalezas ocultas: tus colegas te valoran más alto",
    gap_item: "{competency}: tú {own}, colegas {others}",
    no_gaps: "Ninguna competencia difiere 15 puntos o más entre tú y tus colegas.",
    view_forget: "Olvidar las respuestas de tus colegas",
    view_forgotten: "Las respuestas de tus colegas se han olvidado en este dispositivo.",
    response_is_result: "Este es un enlace de resultado, no la respuesta de un colega. Tus colegas responden a través del enlace que les envías con «Pide a tus colegas su punto de vista».",
    response_is_request: "Este es el enlace de petición que envías a tus colegas, no su respuesta.",
    response_repeat: "Esta respuesta ya se ha contado.",
    response_problem: "No se pudo leer este enlace de respuesta: {reason}.",
    view_balance_heading: "El equilibrio según tus colegas",
    view_topics_toggle: "Ordenar mis próximos temas según la visión de mis colegas",
    view_topics_heading: "Tus próximos temas, según tus colegas",
};

static INSTRUMENT: InstrumentText = InstrumentText {
    topics: &[
        TopicText {
            id: "time_management",
            title: "Gestión del tiempo",
            summary: "Planificar la semana, proteger tiempo para el trabajo concentrado y rechazar \
                peticiones de poco valor.",
        },
        TopicText {
            id: "communication",
            title: "Habilidades de comunicación",
            summary: "Dar el mensaje adecuado a las personas adecuadas en el momento adecuado.",
        },
        TopicText {
            id: "conflict_resolution",
            title: "Resolución de conflictos",
            summary: "Convertir los desacuerdos en decisiones que todos puedan aceptar.",
        },
        TopicText {
            id: "project_management",
            title: "Gestión de proyectos",
            summary: "Definir, programar y seguir el trabajo para que llegue a tiempo y dentro \
                del presupuesto.",
        },
        TopicText {
            id: "policies_processes",
            title: "Políticas y procesos",
            summary: "Conocer las normas y rutinas que hacen funcionar tu área, y aplicarlas bien.",
        },
        TopicText {
            id: "personalities",
            title: "Personalidades humanas",
            summary: "Entender qué mueve a cada persona y adaptar tu forma de trabajar con ella.",
        },
        TopicText {
            id: "influence",
            title: "Influencia y persuasión",
            summary: "Conseguir apoyo para las ideas sin apoyarte en tu cargo.",
        },
        TopicText {
            id: "motivation",
            title: "Motivación",
            summary: "Descubrir qué da energía a las personas y mantenerla viva.",
        },
        TopicText {
            id: "delegation",
            title: "Delegación y empoderamiento",
            summary: "Ceder trabajo junto con la autoridad que conlleva, para que las personas crezcan.",
        },
    ],
    competencies: &[
        CompetencyText {
            id: "planning",
            name: "Planificar y organizar el trabajo y al personal",
            short_name: "Planificación",
        },
        CompetencyText {
            id: "monitoring",
            name: "Hacer seguimiento del rendimiento",
            short_name: "Seguimiento",
        },
        CompetencyText {
            id: "administration",
            name: "Gestionar el trabajo administrativo",
            short_name: "Administración",
        },
        CompetencyText { id: "budgets", name: "Gestionar presupuestos", short_name: "Presupuestos" },
        CompetencyText {
            id: "stakeholders",
            name: "Comunicarse con las partes interesadas",
            short_name: "Partes interesadas",
        },
        CompetencyText {
            id: "problem_solving",
            name: "Resolver problemas",
            short_name: "Resolver problemas",
        },
        CompetencyText { id: "time", name: "Gestionar el tiempo", short_name: "Gestión del tiempo" },
        CompetencyText { id: "coaching", name: "Coaching y mentoría", short_name: "Coaching y mentoría" },
        CompetencyText {
            id: "developing_others",
            name: "Desarrollar a otras personas",
            short_name: "Desarrollar a otros",
        },
        CompetencyText { id: "networks", name: "Crear redes y alianzas", short_name: "Redes y alianzas" },
        CompetencyText {
            id: "innovation",
            name: "Fomentar la creatividad y la innovación",
            short_name: "Creatividad",
        },
        CompetencyText { id: "consensus", name: "Construir consenso", short_name: "Consenso" },
        CompetencyText {
            id: "change",
            name: "Introducir y gestionar el cambio",
            short_name: "Liderar el cambio",
        },
        CompetencyText { id: "vision", name: "Crear una visión atractiva", short_name: "Crear una visión" },
        CompetencyText {
            id: "inspiring",
            name: "Inspirar a otros hacia la visión",
            short_name: "Inspirar a otros",
        },
        CompetencyText {
            id: "motivating",
            name: "Detectar la desmotivación y remediarla",
            short_name: "Recuperar la motivación",
        },
    ],
    statements: &[
        ("planning_1", "Antes de que empiece una semana intensa, decido quién hace cada tarea."),
        ("planning_2", "Divido los trabajos grandes en pasos con fechas."),
        ("planning_3", "Reparto las tareas sobre la marcha, según van llegando."),
        ("monitoring_1", "Reviso el avance frente a los objetivos acordados en momentos fijados."),
        ("monitoring_2", "Cuando los resultados empeoran, me doy cuenta en días, no en semanas."),
        ("monitoring_3", "Digo con claridad a cada persona cómo se compara su trabajo con lo acordado."),
        ("administration_1", "Mantengo al día los registros, los informes y las aprobaciones."),
        ("administration_2", "Termino el papeleo rutinario a tiempo, para que nunca retrase a nadie."),
        (
            "administration_3",
            "Los formularios e informes se acumulan en mi mesa hasta que alguien me los reclama.",
        ),
        ("budgets_1", "Cada mes comparo lo que hemos gastado con el presupuesto."),
        ("budgets_2", "Antes de gastar dinero, sopeso el coste frente al beneficio."),
        ("budgets_3", "Cuando los costes empiezan a desbordarse, actúo pronto y lo digo."),
        ("stakeholders_1", "Informo a quienes afecta una decisión antes de que entre en vigor."),
        ("stakeholders_2", "Adapto mi mensaje a lo que cada público necesita saber."),
        ("stakeholders_3", "Envío novedades breves y periódicas a quienes dependen de mi equipo."),
        ("problem_solving_1", "Cuando algo sale mal, busco la causa antes de arreglarlo."),
        ("problem_solving_2", "Comparo al menos dos opciones antes de elegir una solución."),
        (
            "problem_solving_3",
            "Después de una solución, compruebo que el problema ha desaparecido de verdad.",
        ),
        ("time_1", "Empiezo cada día sabiendo cuáles son mis prioridades."),
        ("time_2", "Reservo tiempo en mi agenda para el trabajo importante."),
        ("time_3", "Las peticiones urgentes se adueñan de mi día mientras el trabajo importante espera."),
        ("coaching_1", "Hago preguntas que ayudan a las personas a encontrar sus propias respuestas."),
        (
            "coaching_2",
            "En las reuniones individuales hablo de cómo trabaja cada persona, no solo de lo que \
                entrega.",
        ),
        (
            "coaching_3",
            "Comparto mi propia experiencia para ayudar a alguien a superar una situación difícil.",
        ),
        ("developing_others_1", "Doy a las personas tareas que ponen a prueba sus capacidades, con apoyo."),
        ("developing_others_2", "Hablo con cada persona sobre las capacidades que quiere desarrollar."),
        ("developing_others_3", "Me quedo con las tareas difíciles porque así es más rápido."),
        ("networks_1", "Mantengo el contacto con personas de otros equipos que pueden ayudarnos."),
        ("networks_2", "Busco socios fuera de mi equipo para alcanzar objetivos comunes."),
        ("networks_3", "Pongo a las personas en contacto con quienes pueden ayudarlas."),
        ("innovation_1", "Invito a proponer ideas nuevas, incluso las que cuestionan cómo trabajamos."),
        ("innovation_2", "Doy a las personas margen para probar un enfoque nuevo y aprender de él."),
        ("innovation_3", "Freno pronto las ideas poco habituales, antes de que hagan perder tiempo."),
        (
            "consensus_1",
            "Antes de que un grupo decida, me aseguro de que se han escuchado todos los puntos de vista.",
        ),
        ("consensus_2", "Cuando hay desacuerdo, busco el terreno común."),
        ("consensus_3", "Compruebo que las personas pueden apoyar una decisión antes de seguir adelante."),
        ("change_1", "Cuando se acerca un cambio, explico por qué es necesario."),
        ("change_2", "Acompaño a las personas en los pasos prácticos de un cambio."),
        ("change_3", "Espero a que el cambio se nos imponga antes de actuar."),
        ("vision_1", "Describo hacia dónde va nuestro equipo en el próximo año o dos."),
        ("vision_2", "Relaciono las tareas diarias con la visión de conjunto."),
        (
            "vision_3",
            "Describo un futuro para el equipo por el que la gente siente que merece la pena \
                trabajar.",
        ),
        ("inspiring_1", "Demuestro con mis propios actos los estándares que pido a los demás."),
        ("inspiring_2", "Celebro con el equipo los avances hacia nuestros objetivos."),
        ("inspiring_3", "Ayudo a las personas a ver cómo su trabajo marca la diferencia."),
        ("motivating_1", "Me doy cuenta cuando decae la energía o el interés de alguien."),
        ("motivating_2", "Cuando alguien parece desconectado, hablo con esa persona para entender por qué."),
        ("motivating_3", "Ajusto las tareas o la carga de trabajo de alguien para recuperar su motivación."),
    ],
    observer_statements: &[
        ("planning_1", "Antes de que empiece una semana intensa, decide quién hace cada tarea."),
        ("planning_2", "Divide los trabajos grandes en pasos con fechas."),
        ("planning_3", "Reparte las tareas sobre la marcha, según van llegando."),
        ("monitoring_1", "Revisa el avance frente a los objetivos acordados en momentos fijados."),
        ("monitoring_2", "Cuando los resultados empeoran, se da cuenta en días, no en semanas."),
        ("monitoring_3", "Dice con claridad a cada persona cómo se compara su trabajo con lo acordado."),
        ("administration_1", "Mantiene al día los registros, los informes y las aprobaciones."),
        ("administration_2", "Termina el papeleo rutinario a tiempo, para que nunca retrase a nadie."),
        (
            "administration_3",
            "Los formularios e informes se acumulan en su mesa hasta que alguien se los reclama.",
        ),
        ("budgets_1", "Cada mes compara lo que ha gastado el equipo con el presupuesto."),
        ("budgets_2", "Antes de gastar dinero, sopesa el coste frente al beneficio."),
        ("budgets_3", "Cuando los costes empiezan a desbordarse, actúa pronto y lo dice."),
        ("stakeholders_1", "Informa a quienes afecta una decisión antes de que entre en vigor."),
        ("stakeholders_2", "Adapta su mensaje a lo que cada público necesita saber."),
        ("stakeholders_3", "Envía novedades breves y periódicas a quienes dependen de su equipo."),
        ("problem_solving_1", "Cuando algo sale mal, busca la causa antes de arreglarlo."),
        ("problem_solving_2", "Compara al menos dos opciones antes de elegir una solución."),
        (
            "problem_solving_3",
            "Después de una solución, comprueba que el problema ha desaparecido de verdad.",
        ),
        ("time_1", "Empieza cada día sabiendo cuáles son sus prioridades."),
        ("time_2", "Reserva tiempo en su agenda para el trabajo importante."),
        ("time_3", "Las peticiones urgentes se adueñan de su día mientras el trabajo importante espera."),
        ("coaching_1", "Hace preguntas que ayudan a las personas a encontrar sus propias respuestas."),
        (
            "coaching_2",
            "En las conversaciones individuales, habla de cómo trabaja cada persona, no solo de lo que entrega.",
        ),
        (
            "coaching_3",
            "Comparte su propia experiencia para ayudar a alguien a superar una situación difícil.",
        ),
        ("developing_others_1", "Da a las personas tareas que ponen a prueba sus capacidades, con apoyo."),
        ("developing_others_2", "Habla con cada persona sobre las capacidades que quiere desarrollar."),
        ("developing_others_3", "Se queda con las tareas difíciles porque así es más rápido."),
        ("networks_1", "Mantiene el contacto con personas de otros equipos que pueden ayudar."),
        ("networks_2", "Busca socios fuera de su equipo para alcanzar objetivos comunes."),
        ("networks_3", "Pone a las personas en contacto con quienes pueden ayudarlas."),
        (
            "innovation_1",
            "Invita a proponer ideas nuevas, incluso las que cuestionan cómo trabaja el equipo.",
        ),
        ("innovation_2", "Da a las personas margen para probar un enfoque nuevo y aprender de él."),
        ("innovation_3", "Frena pronto las ideas poco habituales, antes de que hagan perder tiempo."),
        (
            "consensus_1",
            "Antes de que un grupo decida, se asegura de que se han escuchado todos los puntos de vista.",
        ),
        ("consensus_2", "Cuando hay desacuerdo, busca el terreno común."),
        ("consensus_3", "Comprueba que las personas pueden apoyar una decisión antes de seguir adelante."),
        ("change_1", "Cuando se acerca un cambio, explica por qué es necesario."),
        ("change_2", "Acompaña a las personas en los pasos prácticos de un cambio."),
        ("change_3", "Espera a que el cambio se imponga al equipo antes de actuar."),
        ("vision_1", "Describe hacia dónde va el equipo en el próximo año o dos."),
        ("vision_2", "Relaciona las tareas diarias con la visión de conjunto."),
        ("vision_3", "Describe un futuro para el equipo por el que merece la pena trabajar."),
        ("inspiring_1", "Demuestra con sus propios actos los estándares que pide a los demás."),
        ("inspiring_2", "Celebra con el equipo los avances hacia sus objetivos."),
        ("inspiring_3", "Ayuda a las personas a ver cómo su trabajo marca la diferencia."),
        ("motivating_1", "Se da cuenta cuando decae la energía o el interés de alguien."),
        ("motivating_2", "Cuando alguien parece desconectado, habla con esa persona para entender por qué."),
        ("motivating_3", "Ajusta las tareas o la carga de trabajo de alguien para recuperar su motivación."),
    ],
};
