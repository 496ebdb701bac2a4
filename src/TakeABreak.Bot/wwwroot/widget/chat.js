// The chat page: takes the strings and the Direct Line token (never the secret) that chat-start.js fetched, renders Web Chat, shows the
// emergency banner on the takeabreak.safetyAlert event and switches language: on the button, and when the bot starts
// speaking another language (its messages carry their locale). Every visible string comes from /widget/i18n/<lang>.json.
(function () {
  'use strict';

  var body = document.body;
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;
  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');
  var alertBox = document.getElementById('safety-alert');
  var session = { directLine: null, store: null };
  var strings = null;
  var lang = window.TakeABreakChatStart.lang;
  var botLang = null;
  var left = false;

  // Web Chat passes its nonce to its own styles but react-scroll-to-bottom inside it creates a <style> without
  // one; giving every style element the page's scripts create this page's nonce keeps 'unsafe-inline' out of the CSP.
  var createElement = document.createElement.bind(document);
  document.createElement = function (tagName, options) {
    var element = createElement(tagName, options);
    if (nonce && String(tagName).toLowerCase() === 'style') {
      element.setAttribute('nonce', nonce);
    }

    return element;
  };

  window.TakeABreakQuickExit.onLeave(function () {
    if (session.directLine) {
      session.directLine.end();
    }

    session = { directLine: null, store: null };
    strings = null;
    left = true;
  });

  function loadStrings(language) {
    return fetch(body.getAttribute('data-strings-url') + language + '.json', { credentials: 'omit', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('strings ' + response.status);
        }

        return response.json();
      });
  }

  function applyStrings() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(function (element) {
      element.textContent = strings[element.getAttribute('data-i18n')];
    });
    document.querySelectorAll('[data-i18n-aria-label]').forEach(function (element) {
      element.setAttribute('aria-label', strings[element.getAttribute('data-i18n-aria-label')]);
    });
    document.getElementById('language-switch').lang = strings['language.switchLang'];
    document.getElementById('safe-use-link').href = '/veilig-gebruik?lang=' + lang;
  }

  function onActivity(activity) {
    if (activity && activity.type === 'event' && activity.name === 'takeabreak.safetyAlert'
      && activity.value && activity.value.level === 'acute') {
      alertBox.hidden = false;
      document.getElementById('safety-alert-confirm').hidden = true;
    }

    followTheBotsLanguage(activity);
  }

  function languageOf(locale) {
    var language = String(locale || '').slice(0, 2).toLowerCase();
    return language === 'nl' || language === 'en' ? language : null;
  }

  // When the conversation turns to another language ("You are writing in English…"), Web Chat's own texts (the send box,
  // "Bot said", the time sent) follow. Only a change in the bot's language counts: a visitor who chose the page's
  // language with the button keeps it until the bot itself changes language.
  function followTheBotsLanguage(activity) {
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role === 'user') {
      return;
    }

    var spoken = languageOf(activity.locale);
    if (!spoken || spoken === botLang) {
      return;
    }

    botLang = spoken;
    if (spoken !== lang) {
      switchTo(spoken);
    }
  }

  // Web Chat is rendered again with the new locale, on the same Direct Line and store: nothing said is lost, nothing
  // starts again.
  function switchTo(next) {
    return loadStrings(next).then(function (loaded) {
      if (left) {
        return;
      }

      lang = next;
      strings = loaded;
      applyStrings();
      if (session.directLine) {
        renderChat();
      }
    });
  }

  function renderChat() {
    window.WebChat.renderWebChat({
      directLine: session.directLine,
      store: session.store,
      locale: strings.locale,
      nonce: nonce,
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: strings['webchat.inputPlaceholder'] },
      styleOptions: {
        accent: '#1f5f63',
        backgroundColor: '#fbfaf7',
        bubbleBackground: '#ffffff',
        bubbleBorderColor: '#d6d2c8',
        bubbleBorderRadius: 12,
        bubbleBorderWidth: 1,
        bubbleFromUserBackground: '#e4efee',
        bubbleFromUserBorderColor: '#b9d5d2',
        bubbleFromUserBorderRadius: 12,
        bubbleFromUserBorderWidth: 1,
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        hideUploadButton: true,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 8,
        suggestedActionTextColor: '#1f5f63',
        suggestedActionBorderColor: '#1f5f63',
        sendBoxButtonColor: '#1f5f63',
        subtle: '#595959',
        timestampColor: '#595959'
      }
    }, chat);
  }

  function start() {
    var early = window.TakeABreakChatStart;
    return Promise.all([early.strings, early.grant])
      .then(function (loaded) {
        strings = loaded[0];
        var grant = loaded[1];
        if (left) {
          return;
        }

        session.directLine = window.WebChat.createDirectLine({ domain: grant.domain, token: grant.token, webSocket: true });
        session.store = window.WebChat.createStore({}, function () {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
                onActivity(action.payload.activity);
              }

              return next(action);
            };
          };
        });
        renderChat();
      })
      .catch(function () {
        early.strings.then(function (loaded) {
          if (status && !left) {
            status.textContent = loaded['page.connectionFailed'];
          }
        });
      });
  }

  document.getElementById('language-switch').addEventListener('click', function () {
    switchTo(lang === 'nl' ? 'en' : 'nl');
  });

  // "Veilig gebruik van deze pagina" opens in this page, next to the chat: leaving the page would end the conversation
  // (nothing of it is kept on the device), and its "Terug naar het gesprek" would then start a new one. Without this
  // script the link still leads to the page of its own.
  var safeUse = document.getElementById('safe-use');
  document.getElementById('safe-use-link').addEventListener('click', function (event) {
    event.preventDefault();
    safeUse.hidden = false;
    document.getElementById('safe-use-heading').focus();
  });
  document.getElementById('safe-use-close').addEventListener('click', function () {
    safeUse.hidden = true;
    document.getElementById('safe-use-link').focus();
  });

  document.getElementById('safety-alert-dismiss').addEventListener('click', function () {
    document.getElementById('safety-alert-confirm').hidden = false;
    document.getElementById('safety-alert-confirm-no').focus();
  });
  document.getElementById('safety-alert-confirm-no').addEventListener('click', function () {
    document.getElementById('safety-alert-confirm').hidden = true;
    document.getElementById('safety-alert-dismiss').focus();
  });
  document.getElementById('safety-alert-confirm-yes').addEventListener('click', function () {
    alertBox.hidden = true;
  });

  start();
})();
