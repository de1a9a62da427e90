// Loaded (through nb_ipywidgets_js) on the pages that embed widgets, before the widget manager.
//
// 1. MathJax bridge. The widget manager typesets widget labels with MathJax 2's API
//    (MathJax.Hub.Queue), but the book serves MathJax 3, so every label threw "Cannot read
//    properties of undefined (reading 'Queue')". Give MathJax 3 a small Hub.Queue that calls
//    typesetPromise once MathJax is ready, so labels written with $…$ are typeset too.
// 2. Accessible names. noUiSlider's handles (role="slider") have no name of their own, and their
//    aria-valuetext is an index ("2"). Name each handle after its widget's description, say which
//    end of a range it moves, and read the value as the readout shows it ("19–31 Jan 2025").
// 3. An image that a live widget drew (matplotlib output inside an Output widget) has no alt text;
//    give it one that says what it is, rather than nothing.
(function () {
  "use strict";

  // --- 1. MathJax 2 -> 3 bridge ------------------------------------------------------------------
  function whenTypesetReady(callback, tries) {
    var mj = window.MathJax;
    if (mj && typeof mj.typesetPromise === "function") {
      var ready = (mj.startup && mj.startup.promise) || Promise.resolve();
      ready.then(function () { callback(window.MathJax); });
    } else if ((tries || 0) < 100) {
      setTimeout(function () { whenTypesetReady(callback, (tries || 0) + 1); }, 50);
    }
  }

  function addHub(mj) {
    if (!mj || typeof mj !== "object" || !mj.version || mj.Hub) { return; }
    mj.Hub = {
      Queue: function () {
        Array.prototype.forEach.call(arguments, function (job) {
          if (Array.isArray(job) && job[0] === "Typeset" && job[2]) {
            whenTypesetReady(function (m) {
              m.typesetPromise([job[2]]).catch(function (err) { console.warn("MathJax:", err); });
            });
          } else if (typeof job === "function") {
            whenTypesetReady(function () { job(); });
          }
        });
      }
    };
  }

  // MathJax 3 loads after this script (it is deferred) and assigns window.MathJax itself:
  // catch that assignment, whichever order the scripts run in.
  var current = window.MathJax;
  try {
    Object.defineProperty(window, "MathJax", {
      configurable: true,
      enumerable: true,
      get: function () { return current; },
      set: function (value) { current = value; addHub(value); }
    });
  } catch (err) { /* a browser that refuses: labels stay untypeset, nothing else changes */ }
  addHub(current);

  // --- 2. and 3. names for slider handles and widget images ---------------------------------------
  function text(el) { return el ? (el.textContent || "").replace(/\s+/g, " ").trim() : ""; }

  function nameSliders(root) {
    var handles = root.querySelectorAll(".widget-slider .noUi-handle");
    Array.prototype.forEach.call(handles, function (handle) {
      var widget = handle.closest(".widget-slider");
      var label = text(widget.querySelector(".widget-label")) || "Slider";
      var count = widget.querySelectorAll(".noUi-handle").length;
      var name = label;
      if (count === 2) {
        name += handle.classList.contains("noUi-handle-lower") ? " (start)" : " (end)";
      }
      if (handle.getAttribute("aria-label") !== name) { handle.setAttribute("aria-label", name); }
      var readout = text(widget.querySelector(".widget-readout"));
      if (readout) {
        // A range readout is "start-end" (or "start – end"); split it only when that is unambiguous.
        var parts = readout.split(/\s*[–-]\s*/);
        var value = count === 2 && parts.length === 2
          ? parts[handle.classList.contains("noUi-handle-lower") ? 0 : 1] : readout;
        if (handle.getAttribute("aria-valuetext") !== value) { handle.setAttribute("aria-valuetext", value); }
      }
    });
    var images = root.querySelectorAll(".widget-output img:not([alt]), .jp-RenderedImage img:not([alt])");
    Array.prototype.forEach.call(images, function (img) {
      img.setAttribute("alt", "Figure drawn by the live widget with the settings shown in its controls; "
        + "a running Python kernel redraws it when they change. The text around it describes it.");
    });
  }

  var scheduled = false;
  function schedule() {
    if (scheduled) { return; }
    scheduled = true;
    window.requestAnimationFrame(function () { scheduled = false; nameSliders(document); });
  }

  function start() {
    nameSliders(document);
    new MutationObserver(schedule).observe(document.body, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: ["aria-valuenow"]
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
