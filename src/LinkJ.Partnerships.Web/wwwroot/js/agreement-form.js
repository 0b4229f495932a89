// While the admin types, show the end date and status the term gives, as the server works them out: the form's
// Preview handler answers with the same fragment the "Show end date and status" button renders. Without this
// script the button does the same.
(function () {
  "use strict";
  var form = document.getElementById("agreement-form");
  var output = document.getElementById("term-preview");
  if (!form || !output || !output.dataset.preview) {
    return;
  }

  var fields = ["Input.EffectiveOn", "Input.TermKind", "Input.TermLength", "Input.TermUnit", "Input.EndsOn"];
  var timer = 0;
  var asked = 0;

  function update() {
    var url = new URL(output.dataset.preview, window.location.href);
    var data = new FormData(form);
    fields.forEach(function (name) { url.searchParams.set(name, data.get(name) || ""); });
    var ask = ++asked;
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null && ask === asked) {
          output.innerHTML = html;
        }
      })
      .catch(function () { /* the button still shows it */ });
  }

  function changed(event) {
    if (event.target && fields.indexOf(event.target.name) >= 0) {
      clearTimeout(timer);
      timer = setTimeout(update, 150);
    }
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
})();
