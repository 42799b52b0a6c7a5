/* Runs inside the widget's own page: tells the embedding page how tall the panel is and
 * what it is called, so the iframe can fit and be announced. Sends nothing else. */
(function () {
  "use strict";
  function report() {
    if (window.parent === window) return;
    window.parent.postMessage(
      { type: "haven-widget", height: document.documentElement.scrollHeight, title: document.title },
      "*"
    );
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
})();
