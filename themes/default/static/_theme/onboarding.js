// SiteGen default theme: onboarding paths. Remembers which steps a reader has ticked (in their own browser, localStorage),
// shows "3 of 8 done" with a link to the next step not yet done, answers self-check questions, and tells a page opened from
// a path which step it is. site.js loads this file only where it is needed. Text goes into the page as text, never as HTML.
(function () {
  "use strict";
  var base = document.body.getAttribute("data-base") || "/";
  var ROLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  // One entry per site (its base path) and role, so two handbooks on one host, or two roles, never share progress.
  function storageKey(role) { return "sitegen:" + base + ":onboarding:" + role; }
  function loadDone(role) {
    try {
      var keys = JSON.parse(localStorage.getItem(storageKey(role)) || "[]");
      return new Set(Array.isArray(keys) ? keys : []);
    } catch (e) {
      return new Set();
    }
  }
  function saveDone(role, done) {
    try { localStorage.setItem(storageKey(role), JSON.stringify(Array.from(done))); } catch (e) { /* storage off: ticks last until the page closes */ }
  }
  function setDone(role, key, isDone) {
    var done = loadDone(role);
    if (isDone) done.add(key); else done.delete(key);
    saveDone(role, done);
    return done;
  }
  function fetchPath(role) {
    return fetch(base + "roles/" + role + "/start/path.json").then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.url);
      return response.json();
    });
  }

  // "3 of 8 done", and the continue link pointed at the first step not yet ticked (steps: [{ key, title, url }]).
  function showProgress(box, steps, done) {
    var count = steps.filter(function (step) { return done.has(step.key); }).length;
    box.querySelector(".progress-count").textContent = count + " of " + steps.length + " done";
    var link = box.querySelector("a.continue");
    var next = steps.find(function (step) { return !done.has(step.key); });
    if (link) {
      link.hidden = !next;
      if (next) {
        link.href = next.url;
        link.textContent = "Continue: " + next.title;
      }
    }
    box.hidden = false;
  }

  // The path page: its steps are in the page, each with a checkbox.
  var pathPage = document.querySelector("[data-onboarding-path][data-onboarding]");
  if (pathPage) {
    var role = pathPage.getAttribute("data-onboarding");
    var boxes = Array.from(pathPage.querySelectorAll("input.step-done[data-step]"));
    var steps = boxes.map(function (box) {
      var link = box.closest(".path-step").querySelector("a.step-title");
      return { key: box.getAttribute("data-step"), title: link.textContent, url: link.getAttribute("href") };
    });
    var progress = pathPage.querySelector(".onboarding-progress");
    var done = loadDone(role);
    boxes.forEach(function (box) {
      box.checked = done.has(box.getAttribute("data-step"));
      box.addEventListener("change", function () {
        showProgress(progress, steps, setDone(role, box.getAttribute("data-step"), box.checked));
      });
    });
    showProgress(progress, steps, done);
  }

  // A role's page: progress on its path, which is read from the path's JSON file.
  document.querySelectorAll(".onboarding-summary .onboarding-progress[data-onboarding]").forEach(function (box) {
    var role = box.getAttribute("data-onboarding");
    if (!ROLE_ID.test(role)) return;
    fetchPath(role).then(function (path) { showProgress(box, path.steps, loadDone(role)); }).catch(function () { /* the "Start here" link remains */ });
  });

  // Self-checks: the verdict at once, with the explanation; a wrong answer also points back to the step's page.
  document.querySelectorAll("fieldset.self-check[data-answer]").forEach(function (question) {
    var answer = question.getAttribute("data-answer");
    question.addEventListener("change", function (e) {
      var choice = e.target;
      if (!(choice instanceof HTMLInputElement) || choice.type !== "radio") return;
      var right = choice.value === answer;
      var rightInput = question.querySelector("input[type=radio][value='" + answer + "']");
      var rightText = rightInput ? rightInput.closest("label").textContent.trim() : "";
      question.querySelector(".verdict").textContent = right ? "Right: " + rightText + "." : "Not quite. The answer is: " + rightText + ".";
      question.classList.toggle("is-right", right);
      question.classList.toggle("is-wrong", !right);
      var explanation = question.querySelector(".explanation");
      if (explanation) explanation.hidden = false;
      var review = question.querySelector(".review");
      if (review) review.hidden = right;
    });
  });

  // A page opened from a path (?path=<role>&step=<n>): "Step 2 of 8 in the CMO onboarding path", a tick box and the next step.
  var query = new URLSearchParams(location.search);
  var pathRole = query.get("path");
  var number = parseInt(query.get("step"), 10);
  var main = document.getElementById("main");
  if (!main || !pathRole || !ROLE_ID.test(pathRole) || !(number > 0)) return;
  fetchPath(pathRole).then(function (path) {
    var step = path.steps[number - 1];
    if (!step || new URL(step.url, location.href).pathname !== location.pathname) return;
    var next = path.steps[number];
    var banner = document.createElement("aside");
    banner.className = "onboarding-banner";
    banner.setAttribute("aria-label", "Onboarding path");

    var where = document.createElement("p");
    var position = document.createElement("strong");
    position.textContent = "Step " + number + " of " + path.steps.length;
    var start = document.createElement("a");
    start.href = path.start;
    start.textContent = path.title + " onboarding";
    where.append(position, " in ", start);

    var tick = document.createElement("label");
    tick.className = "banner-done";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = loadDone(pathRole).has(step.key);
    box.addEventListener("change", function () { setDone(pathRole, step.key, box.checked); });
    tick.append(box, " Done");

    var onward = document.createElement("p");
    if (next) {
      var link = document.createElement("a");
      link.className = "banner-next";
      link.href = next.url;
      link.textContent = "Next: " + next.title;
      onward.append(link);
    } else {
      var back = document.createElement("a");
      back.className = "banner-next";
      back.href = path.start;
      back.textContent = "Last step: back to the path";
      onward.append(back);
    }
    banner.append(where, tick, onward);
    // At the end of the page and kept in view by CSS (sticky): above the text it would move a step's #anchor out of sight.
    main.appendChild(banner);
  }).catch(function () { /* without the path's file the page simply shows no banner */ });
})();
