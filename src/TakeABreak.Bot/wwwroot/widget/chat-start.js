// Starts what the chat needs from this host — its strings and a Direct Line token — as soon as the page is read, so
// both are there when Web Chat's script has loaded (chat.js picks them up from window.TakeABreakChatStart).
(function () {
  'use strict';

  var body = document.body;
  var lang = document.documentElement.lang === 'en' ? 'en' : 'nl';

  function json(response) {
    if (!response.ok) {
      throw new Error(response.status);
    }

    return response.json();
  }

  function handledLater(promise) {
    promise.catch(function () { });
    return promise;
  }

  window.TakeABreakChatStart = {
    lang: lang,
    strings: handledLater(fetch(body.getAttribute('data-strings-url') + lang + '.json', { credentials: 'omit', cache: 'no-store' }).then(json)),
    grant: handledLater(fetch(body.getAttribute('data-token-url'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'omit',
      cache: 'no-store'
    }).then(json))
  };
})();
