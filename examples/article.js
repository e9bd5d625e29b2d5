// The example article's light/dark switch. The maps follow it: the article tells each of
// them with the host API's theme message (README, "Driving the map from the article"),
// when a map says it listens (its `border-map:ready` message: a message sent before that is
// lost) and whenever the switch changes.
(function () {
  var button = document.getElementById('theme-switch');
  var maps = document.querySelectorAll('iframe');
  function current() { return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'; }
  function tell(frame) {
    // Our maps come from this site; a map on another site would be named by its origin here.
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'border-map:theme', theme: current() }, location.origin);
  }
  function apply(dark) {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    button.setAttribute('aria-pressed', String(dark));
    maps.forEach(tell);
  }
  window.addEventListener('message', function (e) {
    if (!e.data || e.data.type !== 'border-map:ready') return;
    maps.forEach(function (frame) { if (frame.contentWindow === e.source) tell(frame); });
  });
  button.addEventListener('click', function () { apply(current() !== 'dark'); });
  // `?dark` opens the article dark (for screenshots and tests).
  if (/[?&]dark\b/.test(location.search)) apply(true);
})();
