/*
 * The counter kiosk: back to the start by itself. A page marked data-kiosk-reset="n" (the thank-you, a refusal)
 * goes to /kiosk after n seconds; every other kiosk page reloads after 30 idle minutes, so that the form it shows
 * never holds a CSRF token older than its cookie. While the tablet is offline it waits instead of showing the
 * browser's error page.
 */
(function () {
  'use strict';
  var main = document.getElementById('main');
  var after = main && main.getAttribute('data-kiosk-reset');
  var IDLE_MS = 30 * 60 * 1000;

  function go() {
    if (navigator.onLine === false) {
      setTimeout(go, 3000);
      return;
    }
    location.replace('/kiosk');
  }

  if (after) {
    setTimeout(go, Math.max(1, parseInt(after, 10) || 5) * 1000);
    return;
  }
  var idle = null;
  function rest() {
    clearTimeout(idle);
    idle = setTimeout(function () {
      if (!document.querySelector('.offline-status:not([hidden])')) {
        go();
      }
    }, IDLE_MS);
  }
  ['pointerdown', 'keydown', 'change'].forEach(function (e) { document.addEventListener(e, rest, true); });
  rest();
}());
