/* Filters and search for the timeline page.
 *
 * It reads window.TIMELINE_INDEX (written by search-index.js, loaded with <script src>
 * so that it works from file:// too) and keeps the filter state in the URL fragment,
 * e.g. #type=meeting&person=Li%20Qiang&q=parade, so a filtered view can be shared.
 *
 * A small timeline lists every event in plain HTML and the script only hides and shows
 * them. A large one lists months (each on a page of its own), so there the script draws
 * the matching events from the index into #results-list, at most RESULT_LIMIT of them.
 * Rows are built with createElement and textContent: the data never becomes markup.
 */
(function () {
  "use strict";

  var FIELDS = ["q", "type", "person", "outlet", "month"];
  var RESULT_LIMIT = 200;
  var data = window.TIMELINE_INDEX;
  var form = document.getElementById("filters");
  if (!form || !data) {
    return;
  }
  var resultsList = document.getElementById("results-list");

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // Looked up once: a query per entry on every keystroke is what made large pages slow.
  var marksByEvent = {};
  var marksByDay = {};
  document.querySelectorAll(".overview .mark").forEach(function (mark) {
    if (mark.dataset.event) { marksByEvent[mark.dataset.event] = mark; }
    if (mark.dataset.day) { marksByDay[mark.dataset.day] = mark; }
  });

  var entries = data.events.map(function (entry) {
    return {
      entry: entry,
      text: fold(entry.text),
      item: resultsList ? null : document.getElementById(entry.id),
      mark: marksByEvent[entry.id] || null
    };
  });

  function readForm() {
    var state = {};
    FIELDS.forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) {
        state[name] = value;
      }
    });
    return state;
  }

  function writeForm(state) {
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      var value = state[name] || "";
      if (field.tagName === "SELECT" && value) {
        var known = Array.prototype.some.call(field.options, function (option) {
          return option.value === value;
        });
        if (!known) {
          value = "";
        }
      }
      field.value = value;
    });
  }

  function matches(entry, text, state, words) {
    if (state.type && entry.type !== state.type) { return false; }
    if (state.person && entry.people.indexOf(state.person) < 0) { return false; }
    if (state.outlet && entry.outlets.indexOf(state.outlet) < 0) { return false; }
    if (state.month && entry.months.indexOf(state.month) < 0) { return false; }
    return words.every(function (word) { return text.indexOf(word) >= 0; });
  }

  function matching(state) {
    var words = state.q ? fold(state.q).split(/\s+/).filter(Boolean) : [];
    return entries.filter(function (record) {
      return matches(record.entry, record.text, state, words);
    });
  }

  function hideEmpty(selector, childSelector) {
    document.querySelectorAll(selector).forEach(function (group) {
      var shown = Array.prototype.some.call(group.querySelectorAll(childSelector), function (item) {
        return !item.hidden;
      });
      group.hidden = !shown;
    });
  }

  function showListed(found) {
    var visible = new Set(found);
    entries.forEach(function (record) {
      var shown = visible.has(record);
      if (record.item) { record.item.hidden = !shown; }
      if (record.mark) { record.mark.classList.toggle("is-dimmed", !shown); }
    });
    hideEmpty(".timeline .day", ".event");
    hideEmpty(".timeline .month", ".day");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function resultRow(entry) {
    var item = element("li", "event type-" + entry.type + (entry.planned ? " is-planned" : ""));
    var card = item.appendChild(element("article", "event-card"));
    var meta = card.appendChild(element("div", "event-meta"));
    meta.appendChild(element("span", "date", entry.date));
    var badge = meta.appendChild(element("span", "badge badge-" + entry.type));
    badge.appendChild(element("span", "badge-dot")).setAttribute("aria-hidden", "true");
    badge.appendChild(document.createTextNode(entry.type.charAt(0).toUpperCase() + entry.type.slice(1)));
    if (entry.planned) { meta.appendChild(element("span", "badge badge-planned", "Planned")); }
    var link = card.appendChild(element("h3", "event-title")).appendChild(element("a", "", entry.title));
    link.href = entry.url;
    var facts = [];
    if (entry.people.length) { facts.push(entry.people.join(", ")); }
    facts.push("Reported by " + (entry.outlets.length ? entry.outlets.join(", ") : "unnamed outlets"));
    card.appendChild(element("p", "event-facts", facts.join(" · ")));
    return item;
  }

  function showResults(found, filtered) {
    document.getElementById("results").hidden = !filtered;
    document.querySelector(".timeline").hidden = filtered;
    var rows = document.createDocumentFragment();
    if (filtered) {
      found.slice(0, RESULT_LIMIT).forEach(function (record) {
        rows.appendChild(resultRow(record.entry));
      });
    }
    resultsList.replaceChildren(rows);
    var more = document.getElementById("results-more");
    more.hidden = found.length <= RESULT_LIMIT || !filtered;
    more.textContent = "Showing the first " + RESULT_LIMIT + " of " + found.length +
      " matching events; narrow the search or pick a month to see the rest.";
    var days = new Set(found.map(function (record) { return record.entry.day; }));
    Object.keys(marksByDay).forEach(function (day) {
      marksByDay[day].classList.toggle("is-dimmed", filtered && !days.has(day));
    });
  }

  function apply(state) {
    var found = matching(state);
    var filtered = Object.keys(state).length > 0;
    if (resultsList) {
      showResults(found, filtered);
    } else {
      showListed(found);
    }
    var total = entries.length;
    document.getElementById("filter-count").textContent = filtered
      ? "Showing " + found.length + " of " + total + " events."
      : "Showing all " + total + " events.";
    document.getElementById("no-results").hidden = found.length > 0;
  }

  function stateFromHash() {
    var hash = window.location.hash.replace(/^#/, "");
    if (hash.indexOf("=") < 0) {
      return null; // an ordinary anchor, such as a link to one event
    }
    var params = new URLSearchParams(hash);
    var state = {};
    FIELDS.forEach(function (name) {
      var value = params.get(name);
      if (value) { state[name] = value; }
    });
    return state;
  }

  function hashFromState(state) {
    var parts = FIELDS.filter(function (name) { return state[name]; }).map(function (name) {
      return name + "=" + encodeURIComponent(state[name]);
    });
    return parts.length ? "#" + parts.join("&") : "";
  }

  function saveHash(state) {
    var url = window.location.href.replace(/#.*$/, "") + hashFromState(state);
    try {
      window.history.replaceState(null, "", url);
    } catch (error) {
      window.location.hash = hashFromState(state);
    }
  }

  function update() {
    var state = readForm();
    apply(state);
    saveHash(state);
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  window.addEventListener("hashchange", function () {
    var state = stateFromHash();
    if (state) {
      writeForm(state);
      apply(state);
    }
  });

  form.hidden = false;
  var initial = stateFromHash() || {};
  writeForm(initial);
  apply(readForm());
})();
