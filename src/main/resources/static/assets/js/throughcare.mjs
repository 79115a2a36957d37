// Throughcare's only script: starts the NHS design system's components, keeps them working in
// content htmx swaps in, and warns two minutes before the session times out.
import { initAll } from '/assets/nhsuk/nhsuk-frontend.min.js';

initAll();

document.body.addEventListener('htmx:afterSwap', (event) => {
  initAll({ scope: event.detail.target });
  // Move focus to what arrived (results, or the error summary) so screen readers announce it.
  const focus = event.detail.target.querySelector('[data-focus-on-load]');
  if (focus) {
    focus.setAttribute('tabindex', '-1');
    focus.focus();
  }
});

const WARN_BEFORE_SECONDS = 120;
const timeout = Number(document.body.dataset.sessionTimeout || 0);
const dialog = document.getElementById('session-timeout');
let timers = [];

function schedule() {
  timers.forEach(clearTimeout);
  timers = [];
  if (!dialog || timeout <= WARN_BEFORE_SECONDS) {
    return;
  }
  timers.push(setTimeout(() => dialog.showModal(), (timeout - WARN_BEFORE_SECONDS) * 1000));
  // A little after the server's own limit, so the server has ended the session too.
  timers.push(setTimeout(() => window.location.assign('/session-ended'), (timeout + 5) * 1000));
}

if (dialog) {
  document.getElementById('stay-signed-in').addEventListener('click', async () => {
    const answer = await fetch('/session/keep-alive', { credentials: 'same-origin' });
    dialog.close();
    if (answer.ok) {
      schedule();
    } else {
      window.location.assign('/session-ended');
    }
  });
  document.body.addEventListener('htmx:afterRequest', schedule);
  schedule();
}
