// Types for <leadership-balance>, the Leadership Balance self-assessment widget.
//
// Import the loader once for its side effect (it defines the element), and these types come
// with it:
//
//   import "leadership-balance";
//   const widget = document.createElement("leadership-balance");
//   widget.addEventListener("leadership-balance:completed", (event) => event.detail.management);
//
// The attributes, events and config below are the README's "Embed it" section in types;
// tests/e2e/tests/package.rs holds them to the widget (src/events.rs, web/config.schema.json).

/** `detail` of `leadership-balance:started`: nothing yet. */
export type LeadershipBalanceStartedDetail = Record<string, never>;

/** `detail` of `leadership-balance:progress`, sent whenever the count changes. */
export interface LeadershipBalanceProgressDetail {
  answered: number;
  total: number;
}

/** The learner's profile: which track is strong. */
export type LeadershipBalanceProfile = "both_strong" | "management_strong" | "leadership_strong" | "both_growing";

/** `detail` of `leadership-balance:completed`. Numbers and ids only, never what the learner
 *  typed. An index or the profile is `null` when a track has too few answers. */
export interface LeadershipBalanceCompletedDetail {
  /** Management index, 0 to 100. */
  management: number | null;
  /** Leadership index, 0 to 100. */
  leadership: number | null;
  profile: LeadershipBalanceProfile | null;
  /** The suggested programme topics' ids, most needed first. */
  topics: string[];
}

/** The three events; they bubble and cross the shadow boundary. */
export interface LeadershipBalanceEventMap {
  "leadership-balance:started": CustomEvent<LeadershipBalanceStartedDetail>;
  "leadership-balance:progress": CustomEvent<LeadershipBalanceProgressDetail>;
  "leadership-balance:completed": CustomEvent<LeadershipBalanceCompletedDetail>;
}

/** The languages the widget speaks. A region such as `de-AT` is accepted in `lang`. */
export type LeadershipBalanceLanguage = "en" | "de" | "es" | "fr" | "pl" | "uk";

/** A hex colour, such as `#2450a6` or `#25a`. */
export type LeadershipBalanceColour = `#${string}`;

/** A link to one of the provider's courses, shown under a programme topic. */
export interface LeadershipBalanceCourse {
  title: string;
  /** http or https. */
  url: string;
  blurb?: string;
}

/** One competency's figures, measured on the provider's own learners. */
export interface LeadershipBalanceMeasured {
  /** Cronbach's alpha over the competency's statements, -1 to 1; for you to read. */
  alpha?: number;
  /** The standard error of measurement of the competency's 0–100 score, in points (more
   *  than 0, at most 100): the widget draws the band from it. */
  sem: number;
  /** How many statements the SEM was measured over, at least 1. */
  statements: number;
}

/** The provider's configuration (web/config.schema.json): everything optional, unknown keys
 *  refused. Write it as JSON into the `config` file, or into a
 *  `<script type="application/json">` child of the element. */
export interface LeadershipBalanceConfig {
  /** Names this configuration, so that answers saved under two configurations never mix. */
  id?: string;
  provider?: {
    /** Shown in the widget and on the PDF. */
    name?: string;
    /** The provider's home page, http or https. */
    url?: string;
  };
  theme?: {
    accent?: LeadershipBalanceColour;
    text?: LeadershipBalanceColour;
    background?: LeadershipBalanceColour;
    font_family?: string;
    /** Corner radius in pixels, 0 to 32. */
    radius?: number;
  };
  language?: LeadershipBalanceLanguage;
  /** Index from which a track counts as strong. Default 60. */
  threshold?: number;
  /** A course for each programme topic, keyed by topic id. */
  topics?: Record<string, LeadershipBalanceCourse>;
  /** Replaces the intro's explanation. */
  intro?: string;
  sections?: {
    reflection?: boolean;
    pdf?: boolean;
  };
  /** Your own competencies, statements and topics, in the shape of the built-in instrument. */
  instrument?: object;
  /** Keep answers on the learner's device so they can continue later. Default true. */
  persistence?: boolean;
  /** PDF paper size; by default taken from the learner's locale. */
  paper?: "A4" | "Letter";
  embed?: {
    /** iframe mode: the only origin the frame posts its height and events to. */
    parent_origin?: string;
  };
  cohort?: {
    /** The trainer's email address: the results page then offers "Send my result to my
     *  trainer", which opens the learner's own mail program. The widget sends nothing. */
    contact?: string;
  };
  /** When the widget runs in a learning platform, from the SCORM package (docs/lms.md). */
  lms?: {
    /** Print the learner's name, as the platform gives it, at the head of the PDF. Default false. */
    name_on_pdf?: boolean;
  };
  /** Standard errors measured on your own learners: the block the cohort page offers. The
   *  bands use them instead of the built-in assumption; competencies left out keep it. */
  reliability?: {
    /** How many learners the figures were measured on. */
    learners?: number;
    /** Measured figures by competency id. */
    competencies: Record<string, LeadershipBalanceMeasured>;
  };
}

/** The attributes of `<leadership-balance>`; each may change at any time. */
export interface LeadershipBalanceAttributes {
  /** The config's URL. */
  config?: string;
  /** `en`, `de`, `es`, `fr`, `pl` or `uk`, or a region of one of them. */
  lang?: string;
  /** A hex colour; refused with its contrast ratio when white labels or links on it would be
   *  hard to read. */
  accent?: string;
}

/** The widget's own events and every element's, by name. */
type AnyEventMap = LeadershipBalanceEventMap & HTMLElementEventMap;

/** `addEventListener` and `removeEventListener`, each event typed by its name. */
interface Listening<Options> {
  <K extends keyof AnyEventMap>(
    type: K,
    listener: (this: LeadershipBalanceElement, event: AnyEventMap[K]) => unknown,
    options?: boolean | Options,
  ): void;
  (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | Options): void;
}

/** The `<leadership-balance>` element. */
export interface LeadershipBalanceElement extends HTMLElement {
  /** Bytes of WebAssembly memory held by the page's widgets, for diagnostics. */
  readonly wasmMemoryBytes: number;
  addEventListener: Listening<AddEventListenerOptions>;
  removeEventListener: Listening<EventListenerOptions>;
}

declare global {
  interface HTMLElementTagNameMap {
    "leadership-balance": LeadershipBalanceElement;
  }
  // The events bubble to the document, where a page may listen for every widget at once.
  interface DocumentEventMap extends LeadershipBalanceEventMap {}
}
