// @ts-check
// The SCORM package's launch page (docs/lms.md): finds the learning platform's SCORM API,
// starts the session, and puts a bridge at `globalThis.leadershipBalanceLms` before the widget
// starts, so that the widget (src/web/lms.rs) keeps its progress in the platform's suspend
// data and reports its answers and results through it. All the SCORM work is here, in the
// package only: versions, element names, limits, commits, errors, the session's time and exit.
// Without an API (the page opened on its own) it says so, and the widget runs as it does on
// any page.
//
// A classic script, run in the page's head before the loader (a module, run after parsing)
// starts the widget. The packager (xtask/src/scorm.rs) writes the SCORM version into
// `<html data-scorm>` and the words (web/scorm/words.json) into lms-words.js.

(function () {
  "use strict";

  /** @typedef {{ [field: string]: string }} Words */
  /** @type {{ [code: string]: Words }} */
  const WORDS = /** @type {any} */ (globalThis).leadershipBalanceLmsWords || {};
  const VERSION = document.documentElement.dataset.scorm === "1.2" ? "1.2" : "2004";

  /**
   * The two versions' calls and names. `limit` is the suspend data's length the version
   * promises every platform keeps (SCORM 1.2: 4,096 characters; SCORM 2004 4th edition:
   * 64,000).
   */
  const SCORM =
    VERSION === "1.2"
      ? {
          api: "API",
          // ADL's discovery sample for SCORM 1.2 gives up after 7 parents.
          depth: 7,
          calls: ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError", "LMSGetErrorString"],
          limit: 4096,
          name: "cmi.core.student_name",
          location: "cmi.core.lesson_location",
          exit: "cmi.core.exit",
          sessionTime: "cmi.core.session_time",
          normalExit: "",
        }
      : {
          api: "API_1484_11",
          // The SCORM 2004 run-time's discovery algorithm gives up after 500 parents.
          depth: 500,
          calls: ["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError", "GetErrorString"],
          limit: 64000,
          name: "cmi.learner_name",
          location: "cmi.location",
          exit: "cmi.exit",
          sessionTime: "cmi.session_time",
          normalExit: "normal",
        };

  /** The API in `win` or one of its parents, by the standard's discovery algorithm; a parent
   *  of another origin cannot be read and is passed over.
   *  @param {Window | null} win */
  function searchFrom(win) {
    for (let tries = 0; win && tries <= SCORM.depth; tries += 1) {
      try {
        const api = /** @type {any} */ (win)[SCORM.api];
        if (api) return api;
      } catch {
        // Another origin's window: look further up.
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }

  /** The platform's API: this window and its parents, then the window that opened it (and
   *  its parents), as the standard says. */
  function findApi() {
    const found = searchFrom(window);
    if (found) return found;
    try {
      return window.opener ? searchFrom(window.opener) : null;
    } catch {
      return null;
    }
  }

  /** The words in the learner's language: the config's `language`, else the browser's, else
   *  English, as the widget chooses. The config is in the page's body: read once it is there.
   *  @returns {Words} */
  function words() {
    const inline = document.querySelector('leadership-balance script[type="application/json"]');
    /** @type {unknown} */
    let configured = null;
    try {
      configured = JSON.parse(inline?.textContent || "null")?.language;
    } catch {
      configured = null;
    }
    for (const tag of [configured, navigator.language]) {
      const primary = typeof tag === "string" ? tag.split(/[-_]/)[0].toLowerCase() : "";
      if (WORDS[primary]) return { ...WORDS[primary], code: primary };
    }
    return { ...WORDS.en, code: "en" };
  }

  /** `template` with each `{name}` replaced.
   *  @param {string} template
   *  @param {{ [name: string]: string | number }} values
   *  @param {string} [code] The language numbers are written in. */
  function fill(template, values, code = "en") {
    const shown = (/** @type {string | number} */ value) =>
      typeof value === "number" ? value.toLocaleString(code) : value;
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? shown(values[name]) : whole));
  }

  /** Shows the launch page's notice of `kind` above the widget, the words of `key` filled
   *  with `values`; with no key, removes it.
   *  @param {string} kind
   *  @param {string | null} key
   *  @param {{ [name: string]: string | number }} [values]
   *  @param {boolean} [urgent] An alert, announced at once; otherwise a status. */
  function notice(kind, key, values = {}, urgent = false) {
    const show = () => {
      const place = document.getElementById("lms-notices");
      if (!place) return;
      const say = words();
      place.lang = say.code || "en";
      let line = place.querySelector(`[data-kind="${kind}"]`);
      const text = key ? fill(say[key] || "", values, say.code) : "";
      if (!text) {
        line?.remove();
        return;
      }
      if (!line) {
        line = document.createElement("p");
        line.className = urgent ? "lms-notice lms-notice--alert" : "lms-notice";
        line.setAttribute("role", urgent ? "alert" : "status");
        line.setAttribute("data-kind", kind);
        place.append(line);
      }
      line.textContent = text;
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show, { once: true });
    else show();
  }

  /** A session time as the version writes it: SCORM 1.2 `HHHH:MM:SS.SS`, SCORM 2004 an ISO 8601
   *  duration (`PT1H5M12.5S`).
   *  @param {number} ms */
  function duration(ms) {
    const centis = Math.max(0, Math.round(ms / 10));
    const hours = Math.floor(centis / 360000);
    const minutes = Math.floor((centis % 360000) / 6000);
    const seconds = (centis % 6000) / 100;
    if (VERSION === "1.2") {
      const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
      const whole = Math.floor(seconds);
      const fraction = String(Math.round((seconds - whole) * 100)).padStart(2, "0");
      return `${String(hours).padStart(4, "0")}:${two(minutes)}:${two(whole)}.${fraction}`;
    }
    return `PT${hours}H${minutes}M${seconds.toFixed(2)}S`;
  }

  /** When an answer was given, as the version writes it: SCORM 1.2 the time of day
   *  (`HH:MM:SS`, the learner's clock), SCORM 2004 a timestamp in UTC.
   *  @param {number} ms */
  function moment(ms) {
    const at = new Date(ms);
    if (VERSION === "2004") return at.toISOString();
    const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
    return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  }

  /** One answer as the widget reports it (src/events.rs, `lms_answers`): statement id,
   *  response, when (ms; 0 when reported in an earlier session), competency id, statement.
   *  @typedef {[string, string, number, string, string]} Answer */

  /** The progress file as far as the bridge reads it (src/persistence.rs, version 2): where
   *  the learner is, and the notes, which may have to stay out of the suspend data.
   *  @typedef {{ step?: string, page?: number, reflections?: string[], stamps?: number[] }} Progress */

  class LmsBridge {
    /** @param {any} api */
    constructor(api) {
      this.api = api;
      /** @type {string | null} What the platform keeps as suspend data, as last read or written. */
      this.kept = this.get("cmi.suspend_data") || null;
      this.started = Date.now();
      /** @type {Answer[]} */
      this.answers = [];
      /** When each statement's answer was last journaled as an interaction, by its id. */
      this.journaled = new Map();
      /** Whether the platform takes interactions at all (SCORM 1.2 platforms need not). */
      this.interactions = true;
      /** Where the learner is, as last committed ("statements 2", "results", …). */
      this.place = this.kept ? placeOf(parse(this.kept)) : "";
      /** Whether the last commit failed: the next save tries again. */
      this.uncommitted = false;
      this.ended = false;
      this.status();
    }

    /** The widget's one entry point (src/web/lms.rs, `Bridge::call`).
     *  - `kept`: the progress the platform kept, for the widget to resume from;
     *  - `keep`: keeps `text` (the progress file; null forgets it); "1" when kept and committed;
     *  - `answers`: every answer so far (src/events.rs, `lms_answers`), journaled at the next
     *    commit;
     *  - `result`: the results (`HostEvent::lms_result`): objectives, completion, a commit;
     *  - `name`: the learner's name as the platform gives it, read only when the widget asks
     *    (for the PDF, when the provider's config turns that on).
     *  @param {string} what
     *  @param {string | null | undefined} text
     *  @returns {string | null} */
    call(what, text) {
      try {
        return this.answer(what, text);
      } catch (error) {
        // The widget calls without a catch (its glue stays short): nothing may be thrown back.
        console.error("Leadership Balance: the LMS bridge failed:", error);
        return null;
      }
    }

    /** `call`'s work.
     *  @param {string} what
     *  @param {string | null | undefined} text
     *  @returns {string | null} */
    answer(what, text) {
      switch (what) {
        case "kept":
          return this.kept;
        case "keep":
          return this.save(text) ? "1" : null;
        case "answers":
          this.answers = records(text).map(([id, response, when, competency, ...statement]) => [
            id,
            response || "",
            Number(when) || 0,
            competency || "",
            statement.join(" "),
          ]);
          return null;
        case "result":
          this.completed(records(text).map(([id, score, ...name]) => [id, score || "", name.join(" ")]));
          return null;
        case "name":
          return this.get(SCORM.name) || null;
        default:
          return null;
      }
    }

    /** Calls the API's `index`th call of SCORM.calls; the result as a string ("" for none).
     *  @param {number} index
     *  @param {...string} args */
    invoke(index, ...args) {
      try {
        const result = this.api[SCORM.calls[index]](...args);
        return result === undefined || result === null ? "" : String(result);
      } catch (error) {
        console.error("Leadership Balance: the LMS's API threw:", error);
        return "";
      }
    }

    /** @param {string} element */
    get(element) {
      return this.invoke(2, element);
    }

    /** Sets `element`; false (and the platform's reason logged) when the platform refused it.
     *  @param {string} element
     *  @param {string} value */
    set(element, value) {
      if (this.invoke(3, element, value) === "true") return true;
      const code = this.invoke(5);
      console.warn(`Leadership Balance: the LMS refused ${element} (error ${code}: ${this.invoke(6, code)})`);
      return false;
    }

    /** The platform's last error, as "code: description" for the learner's notice. */
    lastError() {
      const code = this.invoke(5);
      const text = this.invoke(6, code);
      return text ? `${code}: ${text}` : code;
    }

    /** Marks the attempt begun: a first launch becomes "incomplete" (a finished one stays). */
    status() {
      if (VERSION === "1.2") {
        const status = this.get("cmi.core.lesson_status");
        if (status === "" || status === "not attempted") this.set("cmi.core.lesson_status", "incomplete");
      } else {
        const status = this.get("cmi.completion_status");
        if (status === "" || status === "unknown" || status === "not attempted") {
          this.set("cmi.completion_status", "incomplete");
        }
      }
    }

    /** Keeps `progress` (the progress file's text, src/persistence.rs) as suspend data;
     *  `null` forgets it. Notes that would take the suspend data past the version's limit,
     *  or that the platform refuses, stay out of it, each note whole or not at all, and the
     *  learner is told. Commits whenever the learner reaches another page. False when the
     *  platform did not keep it or did not confirm it.
     *  @param {string | null | undefined} progress */
    save(progress) {
      const read = progress ? parse(progress) : {};
      // When each answer was given goes to the interactions, not into the suspend data, which
      // it would take past SCORM 1.2's limit on its own: the widget reads 0 as "not known".
      if (Array.isArray(read.stamps)) read.stamps = read.stamps.map(() => 0);
      const text = progress ? JSON.stringify(read) : "";
      let kept = text.length <= SCORM.limit && text !== this.kept ? this.store(text) : text === this.kept;
      let left = 0;
      if (!kept && read.reflections?.some((note) => note)) {
        // Too long, or refused for its length: the notes that fit, whole, in order.
        const notes = read.reflections;
        const fitted = { ...read, reflections: notes.map(() => "") };
        for (let i = 0; i < notes.length; i += 1) {
          const tried = { ...fitted, reflections: fitted.reflections.map((note, j) => (j === i ? notes[i] : note)) };
          if (JSON.stringify(tried).length <= SCORM.limit) fitted.reflections = tried.reflections;
        }
        const shorter = JSON.stringify(fitted);
        left = notes.filter((note, i) => note && fitted.reflections[i] !== note).length;
        kept = shorter === this.kept || this.store(shorter);
        if (!kept && left < notes.filter((note) => note).length) {
          left = notes.filter((note) => note).length;
          const none = JSON.stringify({ ...read, reflections: notes.map(() => "") });
          kept = none === this.kept || this.store(none);
        }
      }
      notice("notes", kept && left > 0 ? "notes_not_kept" : null, { limit: SCORM.limit });
      const place = placeOf(read);
      let committed = true;
      if (kept && (place !== this.place || this.uncommitted)) {
        this.set(SCORM.location, place);
        this.place = place;
        committed = this.commit();
      }
      const ok = kept && committed;
      notice("saving", ok ? null : "not_saved", { error: this.lastError() }, true);
      return ok;
    }

    /** Sets the suspend data to `text`; remembers it when the platform took it.
     *  @param {string} text */
    store(text) {
      if (!this.set("cmi.suspend_data", text)) return false;
      this.kept = text || null;
      return true;
    }

    /** Commits what was set, journaling the answers given since the last commit first.
     *  Remembers a failure, for the next save to try again. */
    commit() {
      this.journal();
      const ok = this.invoke(4, "") === "true";
      if (!ok) console.warn(`Leadership Balance: the LMS did not commit (error ${this.lastError()})`);
      this.uncommitted = !ok;
      return ok;
    }

    /** Appends an interaction for each answer given (or changed) since it was last journaled,
     *  in the order given: SCORM's interactions are a journal, each new record at
     *  `interactions._count`. An answer restored from suspend data was journaled when it was
     *  given, in its own session, and is not again. */
    journal() {
      if (!this.interactions) return;
      const due = this.answers
        .filter(([id, , when]) => when > 0 && this.journaled.get(id) !== when)
        .sort((a, b) => a[2] - b[2]);
      for (const [id, response, when, competency, statement] of due) {
        const count = this.get("cmi.interactions._count");
        if (!/^\d+$/.test(count)) {
          // A SCORM 1.2 platform need not keep interactions; it then says so with an error.
          console.warn(`Leadership Balance: the LMS keeps no interactions (error ${this.lastError()})`);
          this.interactions = false;
          return;
        }
        const at = `cmi.interactions.${count}.`;
        const values =
          VERSION === "1.2"
            ? [["id", id], ["type", "likert"], ["objectives.0.id", competency], ["time", moment(when)], ["student_response", response], ["result", "neutral"]]
            : [
                ["id", id],
                ["type", "likert"],
                ["objectives.0.id", competency],
                ["timestamp", moment(when)],
                ["learner_response", response],
                ["result", "neutral"],
                ["description", statement.slice(0, 250)],
              ];
        for (const [name, value] of values) this.set(at + name, value);
        this.journaled.set(id, when);
      }
    }

    /** The results (src/events.rs, `lms_result`): each competency and both indexes as an
     *  objective with its score, the attempt completed, and a commit.
     *  @param {string[][]} results `[id, score, name]`, the indexes first, without a name. */
    completed(results) {
      const say = words();
      for (const [id, score, name] of results) {
        const named = name || say[id] || id;
        this.objective(id, named, score ? Number(score) : null);
      }
      if (VERSION === "1.2") {
        this.set("cmi.core.lesson_status", "completed");
      } else {
        this.set("cmi.completion_status", "completed");
        // A diagnostic has no pass mark: nobody passes or fails it (docs/lms.md).
        this.set("cmi.success_status", "unknown");
        this.set("cmi.progress_measure", "1");
      }
      const committed = this.commit();
      notice("saving", committed ? null : "not_saved", { error: this.lastError() }, true);
    }

    /** Sets the objective `id` (found by its id, else added) to `score` out of 100, completed.
     *  @param {string} id
     *  @param {string} name
     *  @param {number | null} score */
    objective(id, name, score) {
      const count = Number(this.get("cmi.objectives._count")) || 0;
      let n = count;
      for (let i = 0; i < count; i += 1) {
        if (this.get(`cmi.objectives.${i}.id`) === id) n = i;
      }
      const at = `cmi.objectives.${n}.`;
      this.set(`${at}id`, id);
      if (score !== null) {
        this.set(`${at}score.min`, "0");
        this.set(`${at}score.max`, "100");
        this.set(`${at}score.raw`, String(score));
        if (VERSION === "2004") this.set(`${at}score.scaled`, String(score / 100));
      }
      if (VERSION === "1.2") {
        this.set(`${at}status`, "completed");
      } else {
        this.set(`${at}success_status`, "unknown");
        this.set(`${at}completion_status`, "completed");
        this.set(`${at}description`, name.slice(0, 250));
      }
    }

    /** The learner leaves: the session's time, `suspend` unless the results were reached,
     *  and the end of the session, once. */
    end() {
      if (this.ended) return;
      this.ended = true;
      this.set(SCORM.sessionTime, duration(Date.now() - this.started));
      this.set(SCORM.exit, this.place === "results" ? SCORM.normalExit : "suspend");
      this.journal();
      this.invoke(1, "");
    }

    /** The page is hidden (another tab, the phone's home screen): the time so far and a
     *  commit, in case the page never comes back. */
    pause() {
      if (this.ended) return;
      this.set(SCORM.sessionTime, duration(Date.now() - this.started));
      this.set(SCORM.exit, this.place === "results" ? SCORM.normalExit : "suspend");
      this.commit();
    }
  }

  /** The records the widget gives (src/events.rs): ASCII's record separator between them, its
   *  unit separator between their fields.
   *  @param {string | null | undefined} text */
  function records(text) {
    return String(text || "")
      .split("\u001e")
      .filter((record) => record)
      .map((record) => record.split("\u001f"));
  }

  /** The progress file's text read as far as the bridge needs it; {} when unreadable.
   *  @param {string} text
   *  @returns {Progress} */
  function parse(text) {
    try {
      const read = JSON.parse(text);
      return read && typeof read === "object" ? read : {};
    } catch {
      return {};
    }
  }

  /** Where the learner is, as the platform's location: "statements 3" (the page counted from
   *  1), "results", …
   *  @param {Progress} progress */
  function placeOf(progress) {
    if (progress.step === "statements") return `statements ${Number(progress.page ?? 0) + 1}`;
    return progress.step ?? "";
  }

  const api = findApi();
  if (!api) {
    notice("lms", "no_lms");
    return;
  }
  let started = false;
  try {
    started = String(api[SCORM.calls[0]]("")) === "true";
  } catch (error) {
    console.error("Leadership Balance: the LMS's API threw:", error);
  }
  if (!started) {
    let error = "";
    try {
      const code = String(api[SCORM.calls[5]]());
      error = `${code}: ${String(api[SCORM.calls[6]](code))}`;
    } catch {
      error = "?";
    }
    notice("lms", "not_started", { error }, true);
    return;
  }
  const bridge = new LmsBridge(api);
  /** @type {any} */ (globalThis).leadershipBalanceLms = bridge;
  addEventListener("pagehide", () => bridge.end());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") bridge.pause();
  });
})();
