/* Haven "get help now" widget. Paste one tag where the panel should appear:
 *   <script src="https://HAVEN/widget.js" data-country="GB" data-locale="en" async></script>
 * It adds an iframe served by Haven: no cookies, no tracking, no third-party assets. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var country = script.getAttribute("data-country") || "";
  var locale = script.getAttribute("data-locale") || navigator.language || "en";
  var frame = document.createElement("iframe");
  frame.src = origin + "/widget?country=" + encodeURIComponent(country) + "&locale=" + encodeURIComponent(locale);
  frame.title = "Get help now";
  frame.setAttribute("data-haven-widget", country);
  frame.setAttribute("referrerpolicy", "no-referrer");
  // The frame is sized to the panel, so it never needs a scrollbar; without this, a
  // scrollbar appearing and going as the height settles would reflow the panel forever.
  frame.setAttribute("scrolling", "no");
  frame.style.cssText = "display:block;width:100%;max-width:480px;height:480px;border:0;";
  script.parentNode.insertBefore(frame, script.nextSibling);
  var reported = false;
  // The panel reports its height and localized title, so the frame fits its content.
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data || {};
    if (data.type !== "haven-widget") return;
    if (typeof data.height === "number" && data.height > 0) frame.style.height = Math.ceil(data.height) + "px";
    if (typeof data.title === "string" && data.title) frame.title = data.title;
    // Tell the partner's developer what was wrong; the visitor still sees a full panel.
    if (typeof data.error === "string" && data.error && !reported) {
      reported = true;
      console.warn("Haven widget: " + data.error + " (data-country=\"" + country + "\"); showing the international fallback. See " + origin + "/docs/");
    }
  });
})();
