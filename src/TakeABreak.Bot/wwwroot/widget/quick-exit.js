// Quick exit, as GOV.UK's "Exit this page": a button or link marked data-quick-exit, or Shift pressed three times.
// It blanks the page at once, lets the page forget its conversation, clears sessionStorage and replaces the
// page in the history with a neutral site, so Back does not return here.
(function () {
  'use strict';

  var exitUrl = document.body.getAttribute('data-exit-url') || 'about:blank';
  var embedded = window.parent !== window;
  var cleanups = [];
  var shiftPresses = 0;
  var shiftTimer = 0;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }

    document.documentElement.classList.add('leaving');
    document.title = '';
    cleanups.forEach(function (cleanup) {
      try { cleanup(); } catch (ignored) { /* leaving matters more */ }
    });
    cleanups = [];
    document.body.replaceChildren();
    try { window.sessionStorage.clear(); } catch (ignored) { /* storage may be disabled */ }

    if (embedded) {
      window.parent.postMessage({ type: 'takeabreak:quick-exit' }, '*');
      window.location.replace('about:blank');
    } else {
      window.location.replace(exitUrl);
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-quick-exit]') : null;
    if (target) {
      leave(event);
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      shiftPresses = 0;
      return;
    }

    if (event.repeat) {
      return;
    }

    shiftPresses += 1;
    window.clearTimeout(shiftTimer);
    shiftTimer = window.setTimeout(function () { shiftPresses = 0; }, 5000);
    if (shiftPresses >= 3) {
      leave(event);
    }
  }, true);

  window.TakeABreakQuickExit = {
    leave: leave,
    onLeave: function (cleanup) { cleanups.push(cleanup); }
  };
})();
