/* Runs inside the widget's own page: tells the embedding page how tall the panel really is
 * (so the frame shrinks as well as grows, e.g. after a phone rotates), what it is called,
 * and, when the partner's request could not be answered for a country, why. Sends nothing
 * else. */
(function () {
  "use strict";
  function report() {
    if (window.parent === window) return;
    var main = document.querySelector("main");
    var body = getComputedStyle(document.body);
    // The content's own height: the document's scrollHeight never drops below the frame's.
    var height = main
      ? main.getBoundingClientRect().bottom + window.scrollY + parseFloat(body.marginBottom || "0")
      : document.body.scrollHeight;
    window.parent.postMessage(
      { type: "haven-widget", height: Math.ceil(height), title: document.title, error: main && main.getAttribute("data-error") },
      "*"
    );
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  if (window.ResizeObserver) {
    var observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    var main = document.querySelector("main");
    if (main) observer.observe(main);
  }
})();
