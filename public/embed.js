/*! Border cooperation map: embed loader (issue 5). Sizes our iframes on this page
   to the height they report; safe to include more than once. */
(function () {
  'use strict';
  if (window.borderMapEmbed) return;
  window.borderMapEmbed = 1;
  var me = document.currentScript;
  // The app lives beside this script: iframes pointing under here are ours.
  var base = new URL('.', me && me.src || location.href).href;
  var MIN = 150, MAX = 8000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source && frames[i].src.indexOf(base) === 0) return frames[i];
    }
  }

  // Datawrapper's, pym.js's or AMP's height message; NaN for anything else.
  function heightIn(d) {
    if (typeof d === 'string') {
      var m = /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,6})$/.exec(d);
      return m ? +m[1] : NaN;
    }
    if (!d || typeof d !== 'object') return NaN;
    if (d.sentinel === 'amp' && d.type === 'embed-size') return d.height;
    var dw = d['datawrapper-height'], keys = dw && typeof dw === 'object' ? Object.keys(dw) : [];
    return keys.length === 1 ? dw[keys[0]] : NaN;
  }

  addEventListener('message', function (e) {
    var frame = frameOf(e.source);
    // The window proves which iframe sent it; the origin, that it still shows our app.
    if (!frame || e.origin !== new URL(frame.src).origin) return;
    var h = heightIn(e.data);
    if (typeof h !== 'number' || !isFinite(h)) return;
    h = Math.round(Math.min(MAX, Math.max(MIN, h)));
    if (frame.style.height !== h + 'px') {
      frame.style.height = h + 'px';
      frame.setAttribute('height', h);
    }
  });
})();
