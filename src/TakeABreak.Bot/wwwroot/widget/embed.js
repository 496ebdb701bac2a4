// Embeds the widget on another website: <script src="https://<host>/widget/embed.js" defer></script> and
// <div id="takeabreak-chat" data-lang="nl" data-exit-url="https://www.buienradar.nl/"></div>.
// The chat runs in a frame from the widget host (its own CSP, no secret anywhere); quick exit, from the frame or by
// pressing Shift three times on the embedding page, blanks this page and replaces it with the neutral site.
(function () {
  'use strict';

  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var host = document.getElementById('takeabreak-chat');
  if (!host) {
    throw new Error('TakeABreak widget: add <div id="takeabreak-chat"></div> to the page.');
  }

  var lang = host.getAttribute('data-lang') === 'en' ? 'en' : 'nl';
  var exitUrl = host.getAttribute('data-exit-url') || 'https://www.buienradar.nl/';
  var frame = document.createElement('iframe');
  frame.src = origin + '/?lang=' + lang;
  frame.referrerPolicy = 'no-referrer';
  frame.style.width = '100%';
  frame.style.height = host.getAttribute('data-height') || '640px';
  frame.style.border = '0';
  host.replaceChildren(frame);

  fetch(origin + '/widget/i18n/' + lang + '.json', { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' })
    .then(function (response) { return response.json(); })
    .then(function (strings) { frame.title = strings['embed.frameTitle']; });

  function leave() {
    document.documentElement.style.visibility = 'hidden';
    document.title = '';
    document.body.replaceChildren();
    window.location.replace(exitUrl);
  }

  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.source === frame.contentWindow && event.data && event.data.type === 'takeabreak:quick-exit') {
      leave();
    }
  });

  var shiftPresses = 0;
  var shiftTimer = 0;
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
      leave();
    }
  }, true);
})();
