// Moves the map as the reader scrolls (issue 14): when a step of the text comes to the middle
// of the window, its view goes to the map with the embed's host API. The map checks every
// value as it would a link's, and ignores anything else (README, "Driving the map from the article").
(function () {
  var map = document.getElementById('story-map');
  // The map's origin: messages go to it only (here the same site as the article).
  var origin = new URL(map.src, location.href).origin;
  var KEYS = ['date', 'event', 'types', 'pairs', 'q', 'display', 'window', 'camera'];

  function viewOf(step) {
    var view = {};
    KEYS.forEach(function (key) {
      var value = step.getAttribute('data-' + key);
      if (value !== null) view[key] = value;
    });
    // A step without types shows them all again.
    if (!('types' in view)) view.types = '';
    return view;
  }
  var current = null;
  function show(step) {
    current = step;
    document.querySelectorAll('.step').forEach(function (s) { s.classList.toggle('is-active', s === step); });
    map.contentWindow.postMessage({ type: 'border-map:view', view: viewOf(step) }, origin);
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { if (entry.isIntersecting) show(entry.target); });
  }, { rootMargin: '-45% 0px -45% 0px' });
  document.querySelectorAll('.step').forEach(function (step) { observer.observe(step); });
  // A step in view before the map had loaded: sent again once it has.
  map.addEventListener('load', function () { if (current) show(current); });
})();
