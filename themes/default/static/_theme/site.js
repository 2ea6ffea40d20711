// SiteGen default theme: colour-scheme toggle, phone menu, glossary tooltips, offline search, and loading onboarding.js where needed. Plain JavaScript, no build step.
(function () {
  "use strict";
  var root = document.documentElement;
  var base = document.body.getAttribute("data-base") || "/";

  // Colour scheme: follows the system until the reader picks one; the choice is kept for every page.
  var toggle = document.getElementById("theme-toggle");
  function currentScheme() {
    return root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  }
  function showScheme() {
    if (!toggle) return;
    var dark = currentScheme() === "dark";
    toggle.setAttribute("aria-pressed", dark ? "true" : "false");
    toggle.querySelector(".label").textContent = dark ? "Light mode" : "Dark mode";
  }
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var next = currentScheme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem("sitegen-theme", next); } catch (e) { /* not kept, still applied */ }
      showScheme();
    });
    showScheme();
  }

  // Phone layout: the sidebar becomes a menu behind a button.
  var menuButton = document.getElementById("menu-toggle");
  var sidebar = document.getElementById("sidebar");
  if (menuButton && sidebar) {
    menuButton.hidden = false;
    menuButton.addEventListener("click", function () {
      var open = menuButton.getAttribute("aria-expanded") !== "true";
      menuButton.setAttribute("aria-expanded", open ? "true" : "false");
      sidebar.classList.toggle("open", open);
      if (open) { var first = sidebar.querySelector("a"); if (first) first.focus(); }
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && sidebar.classList.contains("open")) {
        sidebar.classList.remove("open");
        menuButton.setAttribute("aria-expanded", "false");
        menuButton.focus();
      }
    });
  }

  // Glossary terms: their definition on hover and on keyboard focus.
  var tip = null;
  function showTip(link) {
    var text = link.getAttribute("data-definition");
    if (!text) return;
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "term-tip";
      tip.className = "term-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = text;
    var box = link.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(box.left + scrollX, scrollX + innerWidth - 328)) + "px";
    tip.style.top = (box.bottom + scrollY + 6) + "px";
    tip.hidden = false;
    link.setAttribute("aria-describedby", "term-tip");
  }
  function hideTip(link) {
    if (tip) tip.hidden = true;
    if (link) link.removeAttribute("aria-describedby");
  }
  document.querySelectorAll("a.xref-term[data-definition]").forEach(function (link) {
    link.addEventListener("mouseenter", function () { showTip(link); });
    link.addEventListener("focus", function () { showTip(link); });
    link.addEventListener("mouseleave", function () { hideTip(link); });
    link.addEventListener("blur", function () { hideTip(link); });
    link.addEventListener("keydown", function (e) { if (e.key === "Escape") hideTip(link); });
  });

  // Onboarding paths (progress, self-checks, "Step 2 of 8" on pages opened from a path) live in their own file, loaded only
  // on the pages that use them.
  if (document.querySelector("[data-onboarding]") || /[?&]path=/.test(location.search)) {
    var onboarding = document.createElement("script");
    onboarding.src = base + "_theme/onboarding.js";
    document.head.appendChild(onboarding);
  }

  // Search: the index is split into small files; a query fetches the manifest, the shards its words fall in and the
  // chunks holding the best results. Tokenising matches SiteGen's Tokenizer.cs.
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var STOP = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on", "or",
    "that", "the", "this", "to", "was", "were", "will", "with"]);
  var cache = {};
  var manifest = null;
  var active = -1;
  var generation = 0;

  function tokenize(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").split(/[^\p{L}\p{Nd}]+/u)
      .filter(function (t) { return t.length >= 2 && t.length <= 40 && !STOP.has(t); });
  }
  function fetchJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + "search/" + path).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + path);
        return r.json();
      });
    }
    return cache[path];
  }
  function shardsFor(token) {
    var shards = manifest.shards, best = -1, wanted = [];
    for (var i = 0; i < shards.length; i++) {
      var prefix = shards[i];
      if (token.startsWith(prefix) && (best < 0 || prefix.length > shards[best].length)) best = i;
      else if (prefix.length > token.length && prefix.startsWith(token)) wanted.push(i);
    }
    if (best >= 0) wanted.push(best);
    return wanted;
  }
  function scoresFor(token) {
    return Promise.all(shardsFor(token).map(function (i) { return fetchJson("t/" + i + ".json"); })).then(function (shards) {
      var scores = new Map();
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (word) {
          if (!word.startsWith(token)) return;
          var exact = word === token, postings = shard[word];
          for (var k = 0; k < postings.length; k += 2) {
            // A whole-word match ranks above a word the query only begins.
            var score = exact ? postings[k + 1] * 2 : postings[k + 1];
            if (score > (scores.get(postings[k]) || 0)) scores.set(postings[k], score);
          }
        });
      });
      return scores;
    });
  }
  function search(query) {
    var tokens = tokenize(query);
    if (tokens.length === 0 || tokens.every(function (t) { return t.length < 2; })) return Promise.resolve({ tokens: tokens, results: [] });
    return fetchJson("manifest.json").then(function (m) {
      manifest = m;
      return Promise.all(tokens.map(scoresFor));
    }).then(function (perToken) {
      var total = new Map(perToken[0]);
      for (var i = 1; i < perToken.length; i++) {
        total.forEach(function (score, record) {
          var more = perToken[i].get(record);
          if (more === undefined) total.delete(record); else total.set(record, score + more);
        });
      }
      var top = Array.from(total.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, 10);
      return Promise.all(top.map(function (entry) {
        var chunk = Math.floor(entry[0] / manifest.chunkSize);
        return fetchJson("d/" + chunk + ".json").then(function (records) { return records[entry[0] % manifest.chunkSize]; });
      })).then(function (records) { return { tokens: tokens, results: records }; });
    });
  }

  // Writes text into an element with every word that starts with a query token marked; text is never parsed as HTML.
  function highlight(element, text, tokens) {
    var parts = text.split(/([\p{L}\p{Nd}]+)/u);
    parts.forEach(function (part) {
      var plain = part.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
      if (part && tokens.some(function (t) { return t.length > 1 && plain.startsWith(t); })) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        element.appendChild(mark);
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
  }
  function snippet(text, tokens) {
    var lower = text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    var at = -1;
    tokens.forEach(function (t) { var i = lower.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    if (at < 60 || text.length <= 160) return text.length > 160 ? text.slice(0, 160) + "…" : text;
    var start = text.lastIndexOf(" ", at - 40);
    return "…" + text.slice(start < 0 ? 0 : start + 1, start + 161) + (start + 161 < text.length ? "…" : "");
  }
  function setActive(index) {
    var options = list.querySelectorAll("a[role=option]");
    if (options.length === 0) return;
    active = (index + options.length) % options.length;
    options.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }
  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function render(found) {
    list.textContent = "";
    active = -1;
    found.results.forEach(function (record, i) {
      // The link itself is the option (its li is only layout): an option may not contain a link, which screen readers
      // could then never reach, and a real link still opens in a new tab.
      var item = document.createElement("li");
      item.setAttribute("role", "none");
      var link = document.createElement("a");
      link.id = "search-result-" + i;
      link.setAttribute("role", "option");
      link.setAttribute("aria-selected", "false");
      link.href = base + record[0];
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "result-title";
      highlight(title, record[1], found.tokens);
      var section = document.createElement("span");
      section.className = "result-section";
      section.textContent = record[2];
      var text = document.createElement("span");
      text.className = "result-snippet";
      highlight(text, snippet(record[3], found.tokens), found.tokens);
      link.append(title, section, text);
      item.appendChild(link);
      list.appendChild(item);
    });
    var none = found.results.length === 0;
    if (status) status.textContent = none ? "No results" : found.results.length + " results";
    if (none) {
      var empty = document.createElement("li");
      empty.className = "no-results";
      // A listbox may only hold options: the message is one that cannot be chosen.
      empty.setAttribute("role", "option");
      empty.setAttribute("aria-disabled", "true");
      empty.textContent = "No results for “" + input.value.trim() + "”";
      list.appendChild(empty);
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }
  input.addEventListener("input", function () {
    var mine = ++generation;
    if (input.value.trim().length < 2) { close(); return; }
    search(input.value).then(function (found) { if (mine === generation) render(found); })
      .catch(function () { if (mine === generation && status) status.textContent = "Search is not available"; });
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); if (list.hidden && input.value.trim()) input.dispatchEvent(new Event("input")); else setActive(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); setActive(active - 1); }
    else if (e.key === "Enter") {
      var options = list.querySelectorAll("a[role=option]");
      var chosen = options[active >= 0 ? active : 0];
      if (chosen) { e.preventDefault(); location.href = chosen.href; }
    } else if (e.key === "Escape") { close(); }
  });
  list.addEventListener("mousedown", function (e) { e.preventDefault(); });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
  document.getElementById("search-form").addEventListener("submit", function (e) { e.preventDefault(); });
  document.addEventListener("keydown", function (e) {
    var target = e.target;
    var typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target && target.isContentEditable);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); input.focus(); input.select(); }
  });
})();
