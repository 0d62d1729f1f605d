// Buttons outside Blazor's event system (the reconnect banner works while the circuit is down; the report's print
// button is static markup). The Content-Security-Policy allows no inline handlers (onclick="..."), so they carry
// data-action and this one listener on the document acts for them.
document.addEventListener('click', event => {
  const button = event.target instanceof Element ? event.target.closest('[data-action]') : null;
  if (button === null) return;
  if (button.dataset.action === 'reload') location.reload();
  else if (button.dataset.action === 'print') window.print();
});
