// Liaison: small progressive enhancements. Everything works without script;
// no inline script anywhere, so the Content-Security-Policy can forbid it.
(function () {
  "use strict";

  // Forms marked data-confirm ask before destructive actions.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    var msg = form.getAttribute && form.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) {
      e.preventDefault();
    }
  });

  // Selects marked data-autosubmit submit their form on change.
  document.addEventListener("change", function (e) {
    var el = e.target;
    if (el.hasAttribute && el.hasAttribute("data-autosubmit") && el.form) {
      el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
    }
  });

  // Live filter for tables: <input data-filter-table="TABLE_ID">.
  document.addEventListener("input", function (e) {
    var id = e.target.getAttribute && e.target.getAttribute("data-filter-table");
    if (!id) return;
    var needle = e.target.value.toLowerCase();
    var rows = document.querySelectorAll("#" + id + " tbody tr");
    rows.forEach(function (row) {
      row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) === -1;
    });
  });

  // A copy button after each secret.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-copyable]").forEach(function (el) {
      if (!navigator.clipboard) return;
      var b = document.createElement("button");
      b.type = "button";
      b.className = "copy small";
      b.textContent = document.body.getAttribute("data-copy-label") || "Copy";
      b.addEventListener("click", function () {
        navigator.clipboard.writeText(el.innerText.trim());
        b.textContent = "✓";
      });
      el.insertAdjacentElement("afterend", b);
    });
  });

  // "/" focuses the first search or filter field, as in most daily tools.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") return;
    var f = document.querySelector("input[type=search], .filters input");
    if (f) { e.preventDefault(); f.focus(); }
  });
})();
