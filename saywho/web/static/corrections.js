// The "correct" control of a stored article page (served with --editable): posts to /api/corrections,
// then reloads the page, which shows the corrected value, what the machine said, and the trail.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-correct]");
  if (!form) return;
  event.preventDefault();
  const status = form.querySelector(".sw-correct-status");
  const data = new FormData(form);
  const body = {
    article: Number(form.dataset.article),
    attribution: form.dataset.attribution,
    speaker: (data.get("speaker") || "").trim() || null,
    not_a_quote: data.get("not_a_quote") === "on",
    note: (data.get("note") || "").trim() || null,
    by: (data.get("by") || "").trim() || null,
  };
  status.textContent = "Saving…";
  try {
    const response = await fetch("/api/corrections", {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) {
      status.textContent = answer.error || "Not saved.";
      return;
    }
    status.textContent = "Saved.";
    window.location.reload();
  } catch (error) {
    status.textContent = "Not saved: " + error;
  }
});
