/* The review queue's keyboard shortcuts: a accept, r reject, n next, u undo. Only while the
 * focus is in the queue and not in a text field, so typing is never taken for a command.
 */
(function () {
  "use strict";
  const KEYS = { a: "review-accept", r: "review-reject", n: "review-next", u: "review-undo" };
  document.addEventListener("keydown", (e) => {
    const panel = document.getElementById("review-panel");
    const target = e.target;
    if (!panel || !panel.contains(target) || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (target.closest("input, textarea, select, [contenteditable], .dash-dropdown")) { return; }
    const button = document.getElementById(KEYS[e.key]);
    if (!button || button.disabled) { return; }
    e.preventDefault();
    if (e.key === "r" && !document.getElementById("review-reason").value.trim()) {
      document.getElementById("review-reason").focus();  // type the reason, then Enter rejects
      return;
    }
    button.click();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.target.id === "review-reason" && e.target.value.trim()) {
      e.preventDefault();
      document.getElementById("review-reject").click();
    }
  });
})();
