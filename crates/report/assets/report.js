// claimkit report: move from finding to finding (j/k, and the arrow keys on
// a finding) and filter findings by severity and rule. The page works
// without this script; it only reads the JSON the page carries.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimkit-data").textContent);
  var findings = data.findings;
  var index = {};
  var pins = [];
  var items = [];
  findings.forEach(function (f, i) {
    index[f.id] = i;
    pins.push(document.getElementById(f.id));
    items.push(document.querySelector('#findings li[data-finding="' + f.id + '"]'));
  });
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var count = document.getElementById("finding-count");
  var status = document.getElementById("nav-status");
  var hiddenSeverity = {};
  var hiddenRule = {};
  var current = -1;

  // A finding without a marker (none is expected) is never visited.
  function visible(i) {
    var f = findings[i];
    return !!pins[i] && !hiddenSeverity[f.severity] && !hiddenRule[f.rule];
  }

  function select(i) {
    if (current >= 0) {
      pins[current].classList.remove("current");
      if (items[current]) { items[current].removeAttribute("aria-current"); }
    }
    current = i;
    var pin = pins[i];
    pin.classList.add("current");
    if (items[i]) { items[i].setAttribute("aria-current", "true"); }
    flip(pin);
    pin.focus({ preventScroll: true });
    pin.scrollIntoView({ block: "center" });
    var f = findings[i];
    status.textContent = "Finding " + (i + 1) + " of " + findings.length + ": line " + f.line + ", " + f.rule;
  }

  function go(step) {
    var i = current;
    for (;;) {
      i += step;
      if (i < 0 || i >= findings.length) { return; }
      if (visible(i)) { break; }
    }
    select(i);
  }

  // A tooltip opens towards the side of the window with more room.
  function flip(pin) {
    var box = pin.getBoundingClientRect();
    pin.classList.toggle("flip", box.left > window.innerWidth / 2);
  }

  function apply() {
    var shown = 0;
    var on = {};
    findings.forEach(function (f, i) {
      var v = visible(i);
      on[f.id] = v;
      if (v) { shown += 1; }
      if (pins[i]) { pins[i].classList.toggle("filtered", !v); }
      if (items[i]) { items[i].hidden = !v; }
    });
    marks.forEach(function (m) {
      var any = m.getAttribute("data-f").split(" ").some(function (id) { return on[id]; });
      m.classList.toggle("off", !any);
    });
    count.textContent = shown === findings.length ? String(shown) : shown + " of " + findings.length;
  }

  document.addEventListener("change", function (e) {
    var t = e.target;
    if (t.hasAttribute("data-filter-severity")) {
      hiddenSeverity[t.getAttribute("data-filter-severity")] = !t.checked;
    } else if (t.hasAttribute("data-filter-rule")) {
      hiddenRule[t.getAttribute("data-filter-rule")] = !t.checked;
    } else {
      return;
    }
    apply();
  });

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    var tag = t && t.tagName;
    // Keys typed into a field are the field's; a checkbox (a filter) takes none.
    var typing = (tag === "INPUT" && t.type !== "checkbox") || tag === "TEXTAREA" || tag === "SELECT";
    if (typing || (t && t.isContentEditable)) { return; }
    var onFinding = !!(t && t.closest && (t.closest(".pin") || t.closest("#findings li")));
    var key = e.key;
    if (key === "j" || (onFinding && (key === "ArrowDown" || key === "ArrowRight"))) {
      e.preventDefault();
      go(1);
    } else if (key === "k" || (onFinding && (key === "ArrowUp" || key === "ArrowLeft"))) {
      e.preventDefault();
      go(-1);
    } else if (key === "Escape" && onFinding) {
      t.blur();
    }
  });

  document.addEventListener("focusin", function (e) {
    var pin = e.target.closest && e.target.closest(".pin");
    if (pin && index[pin.id] !== undefined && index[pin.id] !== current) {
      if (current >= 0) {
        pins[current].classList.remove("current");
        if (items[current]) { items[current].removeAttribute("aria-current"); }
      }
      current = index[pin.id];
      pin.classList.add("current");
      if (items[current]) { items[current].setAttribute("aria-current", "true"); }
      flip(pin);
    }
  });

  document.addEventListener("mouseover", function (e) {
    var pin = e.target.closest && e.target.closest(".pin");
    if (pin) { flip(pin); }
  });

  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("#findings li a");
    if (!link) { return; }
    var id = link.closest("li").getAttribute("data-finding");
    if (index[id] !== undefined) {
      e.preventDefault();
      select(index[id]);
    }
  });
}());
