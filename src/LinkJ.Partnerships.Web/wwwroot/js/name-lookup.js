// Suggestions for a large registry: a <datalist data-lookup="url"> starts empty, and while the admin types in an
// input that uses it, the first matching names are fetched from that address. Typing a name in full works without
// this script; it only saves looking names up.
(function () {
  "use strict";
  var timers = new WeakMap();

  function fill(list, names) {
    var options = names.map(function (name) {
      var option = document.createElement("option");
      option.value = name;
      return option;
    });
    list.replaceChildren.apply(list, options);
  }

  function lookUp(input, list) {
    var text = input.value.trim();
    if (text.length < 2) {
      return;
    }

    var url = new URL(list.dataset.lookup, window.location.href);
    url.searchParams.set("q", text);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (names) { fill(list, names); })
      .catch(function () { /* suggestions are a convenience; typing still works */ });
  }

  document.addEventListener("input", function (event) {
    var input = event.target;
    var list = input instanceof HTMLInputElement && input.list;
    if (!list || !list.dataset.lookup) {
      return;
    }

    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () { lookUp(input, list); }, 150));
  });
})();
