// RagQa support agents' page: lists escalations and assigns or resolves them through the escalation API.
// Every piece of data (questions, answers, review quotes, names) is user content: it only ever reaches the page as
// text nodes (el() below), never as HTML.
"use strict";

const KEY_STORAGE = "ragqa.agentApiKey";
const NAME_STORAGE = "ragqa.agentName";
const PAGE_SIZE = 20;

const state = { page: 1, total: 0 };
const $ = (id) => document.getElementById(id);

/** Creates an element with attributes/properties and children; strings become text nodes. */
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name in node) node[name] = value;
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE);
}

function showMessage(text, isError) {
  const message = $("message");
  message.textContent = text;
  message.className = isError ? "error" : "";
  message.hidden = !text;
}

/** Calls the API with the agent's key (role agent or admin); a 401/403 sends the agent back to the key form. */
async function api(method, path, body) {
  const headers = { "X-Api-Key": apiKey() || "", Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const payload = await response.json().catch(() => null);
  if (response.status === 401 || response.status === 403) {
    sessionStorage.removeItem(KEY_STORAGE);
    showSignIn();
    throw new Error("The API key was refused (" + (payload && payload.code ? payload.code : response.status) + "). Enter it again.");
  }
  if (!response.ok) {
    const detail = payload ? payload.detail || payload.title : response.statusText;
    throw new Error(detail + (payload && payload.code ? " (" + payload.code + ")" : ""));
  }
  return payload;
}

function showSignIn() {
  $("sign-in-form").hidden = false;
  $("workspace").hidden = true;
  $("sign-out").hidden = true;
  $("api-key").focus();
}

function showWorkspace() {
  $("sign-in-form").hidden = true;
  $("workspace").hidden = false;
  $("sign-out").hidden = false;
}

function formatTime(value) {
  return value ? new Date(value).toLocaleString() : "";
}

function percent(value) {
  return value === null || value === undefined ? "—" : Math.round(value * 100) + "%";
}

function renderCitations(citations) {
  if (!citations.length) return el("p", { class: "answer" }, "No citations.");
  return el("ol", { class: "citations" }, citations.map((c) =>
    el("li", { value: c.index }, el("q", {}, c.quote), el("small", {}, "review " + c.source_id + " · score " + c.score.toFixed(3)))));
}

function renderActions(escalation) {
  if (escalation.status === "resolved") return null;
  const assignInput = el("input", {
    class: "assignee-input", type: "text", maxLength: 200, required: true, placeholder: "Your name",
    value: escalation.assignee || sessionStorage.getItem(NAME_STORAGE) || "", "aria-label": "Assignee",
  });
  const assignForm = el("form", { class: "assign-form" }, assignInput,
    el("button", { type: "submit", class: "assign-button" }, escalation.status === "assigned" ? "Reassign" : "Assign"));
  assignForm.addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(NAME_STORAGE, assignInput.value.trim());
    act(escalation, "assign", { assignee: assignInput.value });
  });
  const forms = [assignForm];
  if (escalation.status === "assigned") {
    const resolution = el("textarea", {
      class: "resolution-input", maxLength: 4000, required: true, placeholder: "Resolution shown to the customer", "aria-label": "Resolution",
    });
    const resolveForm = el("form", { class: "resolve-form" }, resolution, el("button", { type: "submit", class: "resolve-button" }, "Resolve"));
    resolveForm.addEventListener("submit", (event) => {
      event.preventDefault();
      act(escalation, "resolve", { resolution: resolution.value });
    });
    forms.push(resolveForm);
  }
  return el("div", { class: "actions" }, forms);
}

function renderEscalation(e) {
  const level = "priority-" + e.priority_level;
  return el("article", { class: "escalation " + level, dataset: { escalationId: e.escalation_id, status: e.status } },
    el("div", { class: "meta" },
      el("span", { class: "badge " + level }, e.priority_level + " · " + e.priority.toFixed(2)),
      el("span", { class: "badge status-badge" }, e.status),
      el("span", { class: "badge" }, e.reason.replace("_", " ")),
      e.impact.map((i) => el("span", { class: "badge" }, i)),
      el("span", {}, "confidence " + percent(e.confidence)),
      el("span", {}, "opened " + formatTime(e.created_at)),
      e.assignee ? el("span", { class: "assignee" }, "assigned to " + e.assignee) : null),
    el("p", { class: "question" }, e.question),
    el("div", { class: "label" }, "Answer"),
    el("p", { class: "answer" }, e.answer || (e.query_status === "pending" ? "Not answered yet." : "No answer (" + e.query_status + ").")),
    el("div", { class: "label" }, "Citations"),
    renderCitations(e.citations),
    e.resolution ? [el("div", { class: "label" }, "Resolution"), el("p", { class: "resolution" }, e.resolution)] : null,
    renderActions(e));
}

async function load() {
  const params = new URLSearchParams({ page: state.page, page_size: PAGE_SIZE });
  if ($("status-filter").value) params.set("status", $("status-filter").value);
  if ($("priority-filter").value) params.set("priority", $("priority-filter").value);
  try {
    const page = await api("GET", "/escalations?" + params);
    showWorkspace();
    state.total = page.total;
    const list = $("escalations");
    list.replaceChildren(...(page.items.length ? page.items.map(renderEscalation) : [el("p", { class: "empty" }, "No escalations match.")]));
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    $("summary").textContent = page.total + (page.total === 1 ? " escalation" : " escalations");
    $("page-label").textContent = "Page " + state.page + " of " + pages;
    $("previous-page").disabled = state.page <= 1;
    $("next-page").disabled = state.page >= pages;
  } catch (error) {
    showMessage(error.message, true);
  }
}

async function act(escalation, action, body) {
  try {
    const updated = await api("POST", "/escalations/" + encodeURIComponent(escalation.escalation_id) + "/" + action, body);
    showMessage("Escalation " + (action === "assign" ? "assigned to " + updated.assignee : "resolved") + ".", false);
    await load();
  } catch (error) {
    showMessage(error.message, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORAGE, $("api-key").value.trim());
    $("api-key").value = "";
    showMessage("", false);
    state.page = 1;
    load();
  });
  $("sign-out").addEventListener("click", () => {
    sessionStorage.removeItem(KEY_STORAGE);
    showMessage("", false);
    showSignIn();
  });
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    state.page = 1;
    load();
  });
  for (const id of ["status-filter", "priority-filter"]) $(id).addEventListener("change", () => { state.page = 1; load(); });
  $("previous-page").addEventListener("click", () => { state.page -= 1; load(); });
  $("next-page").addEventListener("click", () => { state.page += 1; load(); });
  if (apiKey()) load(); else showSignIn();
});
