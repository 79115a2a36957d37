// Runs first in <body>, from this server (the CSP allows no inline script): the design system's
// components style themselves for browsers that run its module script.
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('nhsuk-frontend-supported');
}
