// Paper questionnaire entry (/officer/paper): Enter moves to the next sheet's nine-digit input instead of sending the
// form (Enter after the last sheet goes to the button), and a running count says how many sheets are ready. The form
// works without it: every sheet's inputs are plain fields, checked on the server.
(function () {
  'use strict';
  var form = document.querySelector('form[data-paper-entry]');
  if (!form) { return; }
  var digits = Array.prototype.slice.call(form.querySelectorAll('input.paper-digits'));
  var out = document.getElementById('paper-ready');
  var template = out ? out.getAttribute('data-template') : null;
  function ready(v) { return /^[1-4]{9}$/.test(v.replace(/[\s.\-]/g, '')); }
  function count() {
    if (!out || !template) { return; }
    var n = 0;
    digits.forEach(function (d) { if (ready(d.value)) { n++; } });
    out.textContent = template.replace('#', String(n));
  }
  function next(i) {
    if (i + 1 < digits.length) {
      digits[i + 1].focus();
    } else {
      var button = form.querySelector('button[type=submit]');
      if (button) { button.focus(); }
    }
  }
  digits.forEach(function (d, i) {
    d.addEventListener('input', count);
    var sheet = d.closest('fieldset');
    Array.prototype.forEach.call(sheet.querySelectorAll('input, select'), function (el) {
      el.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { e.preventDefault(); next(i); }
      });
    });
  });
  count();
}());
