// The result page's speaker filter: clicking a speaker shows only that speaker's words
// (the other highlights fade and the other speakers' lists are hidden); clicking it
// again, or "Show all", shows everyone. Without JavaScript the page shows everyone.
(function () {
  "use strict";
  var body = document.body;
  var buttons = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var status = document.querySelector(".sw-filter-status");
  if (!buttons.length) return;

  function show(only) {
    document.querySelectorAll(".sw-article [data-speaker]").forEach(function (el) {
      el.classList.toggle("sw-dim", only !== "" && el.getAttribute("data-speaker") !== only);
    });
    document.querySelectorAll(".sw-article p").forEach(function (p) {
      p.classList.toggle("sw-has-only", only !== "" && !!p.querySelector('.sw-content[data-speaker="' + only + '"]'));
    });
    document.querySelectorAll("[data-speaker-section]").forEach(function (section) {
      section.hidden = only !== "" && section.getAttribute("data-speaker-section") !== only;
    });
    buttons.forEach(function (b) {
      if (b.classList.contains("sw-filter")) {
        b.setAttribute("aria-pressed", String(only !== "" && b.getAttribute("data-filter") === only));
      }
    });
    if (only === "") {
      body.removeAttribute("data-only");
    } else {
      body.setAttribute("data-only", only);
    }
    if (status) {
      var chosen = document.querySelector('.sw-filter[data-filter="' + only + '"]');
      status.hidden = only === "";
      if (chosen) {
        var name = chosen.querySelector(".sw-filter-name").textContent;
        var count = chosen.querySelector(".sw-count").textContent;
        status.querySelector("span").textContent = "Showing only " + name + " (" + count + ").";
      }
    }
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      var chosen = b.getAttribute("data-filter");
      show(chosen === (body.getAttribute("data-only") || "") ? "" : chosen);
    });
  });
})();
