/* Filters and search for the timeline page.
 *
 * The page lists every event in plain HTML; this script only hides and shows them.
 * It reads window.TIMELINE_INDEX (written by search-index.js, loaded with <script src>
 * so that it works from file:// too) and keeps the filter state in the URL fragment,
 * e.g. #type=meeting&person=Li%20Qiang&q=parade, so a filtered view can be shared.
 */
(function () {
  "use strict";

  var FIELDS = ["q", "type", "person", "outlet", "month"];
  var data = window.TIMELINE_INDEX;
  var form = document.getElementById("filters");
  if (!form || !data) {
    return;
  }

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var entries = data.events.map(function (entry) {
    return { entry: entry, text: fold(entry.text), item: document.getElementById(entry.id) };
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

  function matches(entry, text, state) {
    if (state.type && entry.type !== state.type) { return false; }
    if (state.person && entry.people.indexOf(state.person) < 0) { return false; }
    if (state.outlet && entry.outlets.indexOf(state.outlet) < 0) { return false; }
    if (state.month && entry.months.indexOf(state.month) < 0) { return false; }
    if (state.q) {
      return fold(state.q).split(/\s+/).every(function (word) {
        return !word || text.indexOf(word) >= 0;
      });
    }
    return true;
  }

  function hideEmpty(selector, childSelector) {
    document.querySelectorAll(selector).forEach(function (group) {
      var shown = Array.prototype.some.call(group.querySelectorAll(childSelector), function (item) {
        return !item.hidden;
      });
      group.hidden = !shown;
    });
  }

  function apply(state) {
    var shown = 0;
    entries.forEach(function (record) {
      var visible = matches(record.entry, record.text, state);
      if (visible) { shown += 1; }
      if (record.item) { record.item.hidden = !visible; }
      var mark = document.querySelector('.overview [data-event="' + CSS.escape(record.entry.id) + '"]');
      if (mark) { mark.classList.toggle("is-dimmed", !visible); }
    });
    hideEmpty(".timeline .day", ".event");
    hideEmpty(".timeline .month", ".day");
    var total = entries.length;
    var filtered = Object.keys(state).length > 0;
    document.getElementById("filter-count").textContent = filtered
      ? "Showing " + shown + " of " + total + " events."
      : "Showing all " + total + " events.";
    document.getElementById("no-results").hidden = shown > 0;
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
