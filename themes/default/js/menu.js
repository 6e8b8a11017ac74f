// qaf default theme: on narrow screens the header's Menu link becomes a button that opens the side menu at the top.
(function () {
  'use strict';
  var link = document.querySelector('.qaf-menu-button');
  var nav = document.getElementById('site-menu');
  if (!link || !nav || !nav.parentNode) return;
  var columns = nav.parentNode;
  columns.classList.add('qaf-columns--menu');
  link.setAttribute('role', 'button');
  link.setAttribute('aria-expanded', 'false');
  function setOpen(open) {
    nav.classList.toggle('qaf-sidenav--open', open);
    link.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  link.addEventListener('click', function (e) {
    e.preventDefault();
    var open = link.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) {
      var first = nav.querySelector('a');
      if (first) first.focus();
    }
  });
  // A link given the role of a button answers the space bar as a button does.
  link.addEventListener('keydown', function (e) {
    if (e.key === ' ') { e.preventDefault(); link.click(); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && link.getAttribute('aria-expanded') === 'true') { setOpen(false); link.focus(); }
  });
})();
