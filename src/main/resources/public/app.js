// Immunodiff page: plain JavaScript, no build step, no network access beyond this server.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { markers: [], lastResult: null, timer: null, seq: 0 };
  const KEY = "immunodiff.apiKey";

  // ---- server calls --------------------------------------------------------------------------------------
  async function api(path, options = {}) {
    const headers = Object.assign({}, options.headers || {});
    const key = sessionStorage.getItem(KEY);
    if (key) headers["Authorization"] = "Bearer " + key;
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (response.status === 401) {
      const entered = window.prompt("This Immunodiff server needs an API key (kept for this tab only):");
      if (entered) { sessionStorage.setItem(KEY, entered.trim()); return api(path, options); }
    }
    return response;
  }

  async function loadVocabulary() {
    const r = await api("/api/v1/markers");
    if (!r.ok) return;
    const list = $("marker-list");
    for (const m of await r.json()) {
      const add = (value, label) => { const o = document.createElement("option"); o.value = value; if (label) o.label = label; list.appendChild(o); };
      add(m.marker);
      for (const s of m.synonyms) if (s !== m.marker) add(s, "→ " + m.marker);
    }
  }

  async function loadFeatures() {
    const r = await api("/api/v1/features");
    if (!r.ok) return;
    const list = $("feature-list");
    for (const f of await r.json()) {
      const o = document.createElement("option");
      o.value = f.feature.replace(/-/g, " ");
      if (f.description) o.label = f.kind + ": " + f.description;
      list.appendChild(o);
    }
  }

  function addFeature() {
    const v = $("new-feature").value.trim();
    if (!v) return;
    const current = list($("features").value);
    if (!current.includes(v)) current.push(v);
    $("features").value = current.join(", ");
    $("new-feature").value = "";
    schedule(0);
  }

  async function loadSamples() {
    const r = await api("/api/v1/samples");
    if (!r.ok) return;
    const select = $("sample");
    for (const s of await r.json()) {
      const o = document.createElement("option");
      o.value = s.name; o.textContent = s.name.replace(/\.json$/, "") + (s.expected ? " (" + s.expected + ")" : "");
      select.appendChild(o);
    }
  }

  // ---- the form <-> the panel ------------------------------------------------------------------------------
  const num = (v) => (v === "" || v == null ? undefined : Number(v));
  const list = (v) => v.split(",").map((s) => s.trim()).filter(Boolean);

  function panel() {
    const p = { caseId: $("caseId").value || undefined, markers: [] };
    const age = num($("age").value), sex = $("sex").value;
    if (age !== undefined || sex) p.patient = { age, sex: sex || undefined };
    const site = $("site").value.trim(), subsite = $("subsite").value.trim();
    if (site || subsite) p.specimen = { site: site || undefined, subsite: subsite || undefined };
    const m = {
      pattern: $("pattern").value || undefined, mitosesPer10Hpf: num($("mitoses").value),
      necrosis: $("necrosis").value || undefined, differentiationScore: num($("differentiation").value),
      features: list($("features").value)
    };
    if (!m.features.length) delete m.features;
    if (Object.values(m).some((v) => v !== undefined)) p.morphology = m;
    const clinical = list($("clinical").value);
    if (clinical.length) p.clinical = clinical;
    for (const s of state.markers) {
      const o = { marker: s.marker };
      if (s.result) o.result = s.result;
      if (s.extent) o.extent = s.extent;
      if (s.intensity) o.intensity = s.intensity;
      if (s.pattern) o.pattern = s.pattern;
      if (s.percent !== "" && s.percent != null) o.percent = Number(s.percent);
      p.markers.push(o);
    }
    return p;
  }

  function fill(p) {
    $("caseId").value = p.caseId || "";
    $("age").value = p.patient?.age ?? ""; $("sex").value = p.patient?.sex || "";
    $("site").value = p.specimen?.site || ""; $("subsite").value = p.specimen?.subsite || "";
    const m = p.morphology || {};
    $("pattern").value = m.pattern || ""; $("mitoses").value = m.mitosesPer10Hpf ?? "";
    $("necrosis").value = m.necrosis || ""; $("differentiation").value = m.differentiationScore ?? "";
    $("features").value = (m.features || []).join(", ");
    $("clinical").value = (p.clinical || []).join(", ");
    state.markers = (p.markers || []).map((x) => ({
      marker: x.marker, result: x.result || "", extent: typeof x.extent === "string" ? x.extent : "",
      intensity: x.intensity || "", pattern: x.pattern || "",
      percent: x.percent ?? (typeof x.extent === "number" ? x.extent : "")
    }));
    renderMarkers();
    schedule(0);
  }

  function select(options, value, label) {
    const s = document.createElement("select");
    s.setAttribute("aria-label", label);
    for (const [v, t] of options) { const o = document.createElement("option"); o.value = v; o.textContent = t; s.appendChild(o); }
    s.value = value || "";
    return s;
  }

  function renderMarkers() {
    const body = document.querySelector("#markers tbody");
    body.replaceChildren();
    state.markers.forEach((s, i) => {
      const tr = document.createElement("tr");
      tr.dataset.index = i;
      const name = document.createElement("td"); name.textContent = s.marker; name.id = "m" + i + "-marker"; tr.appendChild(name);
      const cells = [
        ["result", select([["", "—"], ["positive", "+ positive"], ["negative", "− negative"], ["equivocal", "± equivocal"], ["lost", "lost"], ["retained", "retained"]], s.result, s.marker + " result")],
        ["extent", select([["", "—"], ["focal", "focal"], ["patchy", "patchy"], ["diffuse", "diffuse"]], s.extent, s.marker + " extent")],
        ["intensity", select([["", "—"], ["weak", "weak"], ["moderate", "moderate"], ["strong", "strong"]], s.intensity, s.marker + " intensity")],
        ["pattern", select([["", "—"], ["nuclear", "nuclear"], ["cytoplasmic", "cytoplasmic"], ["membranous", "membranous"], ["dot-like", "dot-like"]], s.pattern, s.marker + " pattern")]
      ];
      for (const [field, el] of cells) {
        el.id = "m" + i + "-" + field;
        el.addEventListener("change", () => { s[field] = el.value; schedule(); });
        const td = document.createElement("td"); td.appendChild(el); tr.appendChild(td);
      }
      const pct = document.createElement("input");
      pct.type = "number"; pct.min = "0"; pct.max = "100"; pct.value = s.percent ?? ""; pct.id = "m" + i + "-percent";
      pct.setAttribute("aria-label", s.marker + " percent of tumour cells");
      pct.addEventListener("input", () => { s.percent = pct.value; schedule(); });
      const tdp = document.createElement("td"); tdp.appendChild(pct); tr.appendChild(tdp);
      const rm = document.createElement("button");
      rm.type = "button"; rm.textContent = "✕"; rm.setAttribute("aria-label", "Remove " + s.marker);
      rm.addEventListener("click", () => { state.markers.splice(i, 1); renderMarkers(); schedule(); });
      const tdr = document.createElement("td"); tdr.appendChild(rm); tr.appendChild(tdr);
      body.appendChild(tr);
    });
  }

  function addMarker(name, result) {
    name = (name || "").trim();
    if (!name) return;
    const existing = state.markers.find((m) => m.marker.toLowerCase() === name.toLowerCase());
    if (existing) { if (result) existing.result = result; }
    else state.markers.push({ marker: name, result: result || (/^(ki-?67|mib-?1)$/i.test(name) ? "" : "positive"), extent: "", intensity: "", pattern: "", percent: "" });
    renderMarkers();
    schedule(0);
  }

  // ---- evaluation ------------------------------------------------------------------------------------------
  function schedule(delay = 300) {
    clearTimeout(state.timer);
    state.timer = setTimeout(evaluate, delay);
  }

  function clearErrors() {
    document.querySelectorAll(".field-error").forEach((e) => e.remove());
    document.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    $("form-error").textContent = "";
  }

  function fieldElement(field) {
    const m = /^markers\[(\d+)\]\.?(\w*)$/.exec(field || "");
    if (m) return $("m" + m[1] + "-" + (m[2] || "marker"));
    const map = { "patient.age": "age", "patient.sex": "sex", "specimen.site": "site", "specimen.subsite": "subsite",
      "morphology.pattern": "pattern", "morphology.mitosesPer10Hpf": "mitoses", "morphology.necrosis": "necrosis",
      "morphology.differentiationScore": "differentiation", "morphology.features": "features", "clinical": "clinical",
      "markers": "new-marker", "caseId": "caseId" };
    return map[field] ? $(map[field]) : null;
  }

  function showError(body) {
    const el = fieldElement(body.field);
    const msg = document.createElement("span");
    msg.className = "field-error"; msg.setAttribute("role", "alert");
    msg.textContent = body.error + (body.field ? " (" + body.field + ")" : "");
    if (el) {
      el.setAttribute("aria-invalid", "true");
      msg.id = (el.id || "x") + "-error";
      el.setAttribute("aria-describedby", msg.id);
      el.insertAdjacentElement("afterend", msg);
    } else {
      $("form-error").textContent = msg.textContent;
    }
    $("status").textContent = "The server could not evaluate this panel: see the message by the field.";
  }

  async function evaluate() {
    const seq = ++state.seq;
    clearErrors();
    const body = panel();
    if (!body.markers.length) { $("status").textContent = "Add stains to see the differential."; return; }
    $("status").textContent = "Evaluating…";
    let r;
    try {
      r = await api("/api/v1/evaluations", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    } catch (e) { $("status").textContent = "The server could not be reached."; return; }
    if (seq !== state.seq) return;
    const json = await r.json();
    if (!r.ok) { showError(json); return; }
    state.lastResult = json;
    render(json);
  }

  // ---- the result ------------------------------------------------------------------------------------------
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
  const pct = (p) => (p * 100).toFixed(1) + " %";

  function evidenceLine(ev, kind, sources) {
    const d = el("div", "ev " + kind);
    const w = el("span", "w", (ev.weight > 0 ? "+" : "") + ev.weight.toFixed(2));
    d.appendChild(w);
    d.appendChild(document.createTextNode(" " + ev.marker + " — " + ev.observed + ": " + ev.note));
    if (ev.rule) d.appendChild(el("em", null, " [rule: " + ev.rule + "]"));
    if (ev.source && sources[ev.source]) d.title = sources[ev.source];
    if (ev.source && sources[ev.source]) d.appendChild(el("span", "help", " — " + sources[ev.source]));
    return d;
  }

  function render(r) {
    $("status").textContent = r.decisionSupport;
    const cav = $("caveats"); cav.replaceChildren();
    for (const c of r.caveats) { const p = el("p", "caveat", "⚠ " + c); p.setAttribute("role", "note"); cav.appendChild(p); }
    const ol = $("diagnoses"); ol.replaceChildren();
    for (const d of r.diagnoses) {
      const li = el("li"); li.dataset.id = d.id;
      const head = el("div", "dx-head");
      head.appendChild(el("span", "dx-name", d.name));
      head.appendChild(el("span", "prob", pct(d.probability)));
      const bar = el("span", "bar"); bar.style.width = Math.max(2, Math.round(d.probability * 220)) + "px";
      bar.setAttribute("role", "img"); bar.setAttribute("aria-label", "probability " + pct(d.probability));
      head.appendChild(bar);
      head.appendChild(el("span", "help", d.icdO + " · " + d.behaviour));
      li.appendChild(head);
      const det = el("details"); det.appendChild(el("summary", null, "Evidence: " + d.supporting.length + " for, " + d.conflicting.length + " against"));
      for (const ev of d.supporting) det.appendChild(evidenceLine(ev, "for", r.sources || {}));
      for (const ev of d.conflicting) det.appendChild(evidenceLine(ev, "against", r.sources || {}));
      if (d.rules.length) det.appendChild(el("p", "help", "Rules: " + d.rules.join("; ")));
      li.appendChild(det);
      ol.appendChild(li);
    }
    const g = $("grade"); g.replaceChildren();
    if (r.grade) {
      g.appendChild(el("p", "grade-line", "FNCLCC grade " + r.grade.grade + ": differentiation " + r.grade.differentiation + " + mitoses " + r.grade.mitoses
        + (r.grade.surrogate ? " (Ki-67 stood in for the mitotic count)" : "") + " + necrosis " + r.grade.necrosis + " = " + r.grade.total));
      const ul = el("ul"); for (const n of r.grade.notes) ul.appendChild(el("li", "help", n)); g.appendChild(ul);
    } else g.appendChild(el("p", "help", "Not graded by FNCLCC for the leading diagnosis, or nothing to grade was given."));
    const recs = $("recommendations"); recs.replaceChildren();
    for (const rec of r.recommendations) {
      const li = el("li");
      li.appendChild(el("strong", null, rec.marker));
      li.appendChild(document.createTextNode(" — " + rec.reason + (rec.separates.length ? " (separates " + rec.separates.join(", ") + ")" : "") + " "));
      for (const [res, label] of [["positive", "+ add positive"], ["negative", "− add negative"]]) {
        const b = el("button", "add-rec", label); b.type = "button"; b.dataset.marker = rec.marker; b.dataset.result = res;
        b.setAttribute("aria-label", "Add " + rec.marker + " " + res);
        b.addEventListener("click", () => addMarker(rec.marker, res));
        li.appendChild(b);
      }
      recs.appendChild(li);
    }
    const off = $("not-offered"); off.replaceChildren();
    if (r.stainMenu && r.stainMenu.notOffered.length) { // the service keeps to a laboratory's stain menu (--stain-menu)
      off.appendChild(el("p", "help", "Not on this laboratory's menu of " + r.stainMenu.stains + " stains (send out?): "
        + r.stainMenu.notOffered.map((x) => x.marker + (x.separates.length ? " (separates " + x.separates.join(", ") + ")" : "")).join("; ")));
    }
    const w = $("warnings"); w.replaceChildren();
    if (r.warnings.length) {
      w.appendChild(el("h3", null, "Warnings"));
      const ul = el("ul"); for (const x of r.warnings) ul.appendChild(el("li", "help", x.code + ": " + x.detail)); w.appendChild(ul);
    }
    $("kb").textContent = "Knowledge base " + r.knowledgeBase.version + " (" + r.knowledgeBase.status + "), sha256 " + r.knowledgeBase.sha256;
  }

  function asText(r) {
    const lines = ["Immunodiff — " + r.decisionSupport, "Case " + (r.caseId || "-") + ", knowledge base " + r.knowledgeBase.version + " (sha256 " + r.knowledgeBase.sha256.slice(0, 12) + ")", "", "Differential:"];
    r.diagnoses.slice(0, 5).forEach((d) => lines.push("  " + d.rank + ". " + d.name + " (" + d.icdO + ") " + pct(d.probability)));
    lines.push("", r.grade ? "FNCLCC grade " + r.grade.grade + " (differentiation " + r.grade.differentiation + " + mitoses " + r.grade.mitoses + (r.grade.surrogate ? " [Ki-67 surrogate]" : "") + " + necrosis " + r.grade.necrosis + " = " + r.grade.total + ")" : "Not graded.");
    if (r.recommendations.length) { lines.push("", "Suggested stains:"); r.recommendations.forEach((x) => lines.push("  - " + x.marker + ": " + x.reason)); }
    if (r.stainMenu && r.stainMenu.notOffered.length) { lines.push("", "Not on the laboratory's menu (send out?):"); r.stainMenu.notOffered.forEach((x) => lines.push("  - " + x.marker + ": " + x.reason)); }
    if (r.caveats.length) { lines.push("", "Caveats:"); r.caveats.forEach((c) => lines.push("  ! " + c)); }
    return lines.join("\n");
  }

  // ---- wiring ----------------------------------------------------------------------------------------------
  document.addEventListener("DOMContentLoaded", () => {
    loadVocabulary(); loadFeatures(); loadSamples();
    $("add-feature").addEventListener("click", addFeature);
    $("new-feature").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); addFeature(); } });
    $("add-marker").addEventListener("click", () => { addMarker($("new-marker").value); $("new-marker").value = ""; $("new-marker").focus(); });
    $("new-marker").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); $("add-marker").click(); } });
    $("panel-form").addEventListener("input", (e) => { if (!["new-marker", "new-feature", "paste"].includes(e.target.id)) schedule(); });
    $("panel-form").addEventListener("change", (e) => { if (!["new-marker", "new-feature", "paste", "sample"].includes(e.target.id)) schedule(); });
    $("sample").addEventListener("change", async () => {
      if (!$("sample").value) return;
      const r = await api("/api/v1/samples/" + encodeURIComponent($("sample").value));
      if (r.ok) fill(await r.json());
    });
    $("paste-toggle").addEventListener("click", () => {
      const box = $("paste-box"); box.hidden = !box.hidden; $("paste-toggle").setAttribute("aria-expanded", String(!box.hidden));
      if (!box.hidden) $("paste").focus();
    });
    $("paste-load").addEventListener("click", () => {
      clearErrors();
      try { fill(JSON.parse($("paste").value)); } catch (e) { $("form-error").textContent = "Not valid JSON: " + e.message; }
    });
    $("copy-text").addEventListener("click", async () => {
      if (!state.lastResult) return;
      const text = asText(state.lastResult);
      try { await navigator.clipboard.writeText(text); $("status").textContent = "Copied as text."; }
      catch (e) { const t = $("paste"); $("paste-box").hidden = false; t.value = text; t.select(); $("status").textContent = "Select-all and copy the text shown."; }
    });
    $("print").addEventListener("click", () => window.print());
  });
})();
