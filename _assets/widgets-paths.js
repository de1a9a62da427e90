// The widget manager asks require.js for its icon fonts by module id
// ("@jupyter-widgets/html-manager/dist/…"), which would resolve against the page's own folder.
// Point that id at the copy this book serves, so the fonts load offline from any page.
(function () {
  var src = document.currentScript && document.currentScript.src;
  if (!src || typeof require === "undefined") { return; }
  var base = src.substring(0, src.lastIndexOf("/") + 1);
  require.config({ paths: { "@jupyter-widgets/html-manager/dist": base + "vendor/@jupyter-widgets/html-manager/dist" } });
})();
