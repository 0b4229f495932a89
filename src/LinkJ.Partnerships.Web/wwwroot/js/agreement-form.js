// A hint only: while the admin types, show the end date and status the term gives, computed the way the
// server computes it (docs/decisions/003-terms-and-end-dates.md). The "Show end date" button and the save
// are the authority; without this script the form works the same.
(function () {
  "use strict";
  var form = document.getElementById("agreement-form");
  var output = document.getElementById("term-preview");
  if (!form || !output) {
    return;
  }

  function field(name) {
    return form.elements.namedItem(name);
  }

  function parseDate(value) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    return match ? { y: +match[1], m: +match[2], d: +match[3] } : null;
  }

  function daysInMonth(y, m) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }

  function addMonths(date, months) {
    var total = date.y * 12 + (date.m - 1) + months;
    var y = Math.floor(total / 12);
    var m = total % 12 + 1;
    return { y: y, m: m, d: Math.min(date.d, daysInMonth(y, m)) };
  }

  function dayNumber(date) {
    return Date.UTC(date.y, date.m - 1, date.d) / 86400000;
  }

  function format(date) {
    var pad = function (n, width) { return String(n).padStart(width, "0"); };
    return pad(date.y, 4) + "-" + pad(date.m, 2) + "-" + pad(date.d, 2);
  }

  function checkedKind() {
    var checked = form.querySelector("input[name='Input.TermKind']:checked");
    return checked ? checked.value : null;
  }

  function endDate(effective) {
    var kind = checkedKind();
    if (kind === "OpenEnded") {
      return { open: true };
    }

    if (kind === "FixedEndDate") {
      var fixed = parseDate(field("Input.EndsOn").value);
      return fixed ? { end: fixed } : null;
    }

    var length = parseInt(field("Input.TermLength").value, 10);
    var months = field("Input.TermUnit").value === "Years" ? length * 12 : length;
    return months >= 1 && months <= 1200 ? { end: addMonths(effective, months) } : null;
  }

  function status(effective, end) {
    var today = parseDate(output.dataset.today);
    if (dayNumber(today) < dayNumber(effective)) {
      return "upcoming";
    }

    if (!end) {
      return "openended";
    }

    var left = dayNumber(end) - dayNumber(today);
    if (left <= 0) {
      return "ended";
    }

    return left <= parseInt(output.dataset.endingSoonDays, 10) ? "endingsoon" : "active";
  }

  function update() {
    var effective = parseDate(field("Input.EffectiveOn").value);
    var result = effective && endDate(effective);
    if (!result || (result.end && dayNumber(result.end) <= dayNumber(effective))) {
      return;
    }

    var text;
    if (result.open) {
      text = output.dataset.labelOpen;
    } else {
      var last = { y: result.end.y, m: result.end.m, d: result.end.d };
      var lastDay = new Date(Date.UTC(last.y, last.m - 1, last.d - 1));
      text = output.dataset.labelEnds + " " + format(result.end) + " (" + output.dataset.labelLast + " " +
        format({ y: lastDay.getUTCFullYear(), m: lastDay.getUTCMonth() + 1, d: lastDay.getUTCDate() }) + ")";
    }

    var key = status(effective, result.end || null);
    output.textContent = text + " · " + output.dataset["status" + key.charAt(0).toUpperCase() + key.slice(1)];
    output.dataset.hint = "client";
  }

  form.addEventListener("input", function (event) {
    var name = event.target && event.target.name;
    if (name === "Input.EffectiveOn" || name === "Input.TermLength" || name === "Input.TermUnit" || name === "Input.EndsOn" || name === "Input.TermKind") {
      update();
    }
  });
  form.addEventListener("change", update);
})();
