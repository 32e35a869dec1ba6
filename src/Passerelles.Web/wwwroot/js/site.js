// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Print buttons only make sense with script, so they stay hidden without it.
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
  // Ask for confirmation before destructive actions marked with data-confirm.
  document.body.addEventListener("submit", (event) => {
    const message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
});

// htmx requests carry the antiforgery token of the page.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector("input[name='__RequestVerificationToken']");
  if (token) {
    event.detail.headers["X-CSRF-TOKEN"] = token.value;
  }
});

// A region being replaced by htmx is marked busy until its new content is in, so assistive technologies announce the
// new content rather than the old, and nobody acts on a list about to change.
document.addEventListener("htmx:beforeRequest", (event) => {
  event.detail.target?.setAttribute("aria-busy", "true");
});
document.addEventListener("htmx:afterRequest", (event) => {
  event.detail.target?.removeAttribute("aria-busy");
});
