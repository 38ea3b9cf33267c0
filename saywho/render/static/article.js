// The article page's filters and copy buttons (web app and standalone report alike).
// A speaker or a kind chosen shows only those words: the other highlights fade and the
// other items of "who said what" are hidden; choosing it again, or "Show all", undoes it.
// "Copy with citation" puts the quotation and its citation on the clipboard.
// Without JavaScript the page shows everyone and the citation is in each button's tooltip.
(function () {
  "use strict";
  var body = document.body;
  var chosen = { speaker: "", kind: "" };
  var status = document.querySelector(".sw-filter-status");

  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  function matches(el) {
    return (chosen.speaker === "" || el.getAttribute("data-speaker") === chosen.speaker) &&
      (chosen.kind === "" || el.getAttribute("data-kind") === chosen.kind);
  }

  function show() {
    var filtering = chosen.speaker !== "" || chosen.kind !== "";
    all(".sw-article [data-speaker]").forEach(function (el) {
      el.classList.toggle("sw-dim", filtering && !matches(el));
    });
    all(".sw-article p").forEach(function (p) {
      var kept = Array.prototype.some.call(p.querySelectorAll(".sw-content[data-speaker]"), matches);
      p.classList.toggle("sw-has-only", filtering && kept);
    });
    all("[data-speaker-section]").forEach(function (section) {
      var items = Array.prototype.slice.call(section.querySelectorAll("li[data-speaker]"));
      items.forEach(function (li) { li.hidden = filtering && !matches(li); });
      section.hidden = filtering && items.every(function (li) { return li.hidden; });
    });
    all(".sw-filter[data-filter]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-filter") === chosen.speaker && chosen.speaker !== ""));
    });
    all("[data-kind-filter]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-kind-filter") === chosen.kind && chosen.kind !== ""));
    });
    if (filtering) {
      body.setAttribute("data-only", chosen.speaker + "/" + chosen.kind);
    } else {
      body.removeAttribute("data-only");
    }
    if (status) {
      status.hidden = !filtering;
      status.querySelector("span").textContent = filtering ? "Showing only " + describe() + "." : "";
    }
  }

  function describe() {
    var parts = [];
    var speaker = document.querySelector('.sw-filter[data-filter="' + chosen.speaker + '"] .sw-filter-name');
    var kind = document.querySelector('[data-kind-filter="' + chosen.kind + '"]');
    if (chosen.speaker !== "" && speaker) parts.push(speaker.textContent);
    if (chosen.kind !== "" && kind) parts.push(kind.firstChild.textContent.trim());
    var count = all(".sw-who li[data-speaker]").filter(matches).length;
    return parts.join(", ") + " (" + count + ")";
  }

  all(".sw-filter[data-filter]").forEach(function (b) {
    b.addEventListener("click", function () {
      var value = b.getAttribute("data-filter");
      chosen.speaker = chosen.speaker === value ? "" : value;
      show();
    });
  });
  all("[data-kind-filter]").forEach(function (b) {
    b.addEventListener("click", function () {
      var value = b.getAttribute("data-kind-filter");
      chosen.kind = chosen.kind === value ? "" : value;
      show();
    });
  });
  all("[data-show-all]").forEach(function (b) {
    b.addEventListener("click", function () {
      chosen.speaker = chosen.kind = "";
      show();
    });
  });
  all("input[data-claims]").forEach(function (box) {
    box.addEventListener("change", function () { body.classList.toggle("sw-show-claims", box.checked); });
  });

  function copied(button) {
    button.setAttribute("data-copied", "");
    button.textContent = "Copied";
    setTimeout(function () {
      button.removeAttribute("data-copied");
      button.textContent = "Copy with citation";
    }, 2000);
  }

  // navigator.clipboard needs a secure context (https or localhost); a report opened from a
  // file or a server on another address falls back to copying a selected, hidden text area.
  function copyByHand(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    body.removeChild(area);
    return done;
  }

  all(".sw-copy[data-citation]").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = button.getAttribute("data-citation");
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button); },
          function () { if (copyByHand(text)) copied(button); });
      } else if (copyByHand(text)) {
        copied(button);
      }
    });
  });
})();
