// Applies the reader's saved colour scheme before the page paints, so a dark-mode reader never sees a white flash.
try {
  var saved = localStorage.getItem("sitegen-theme");
  if (saved === "dark" || saved === "light") document.documentElement.dataset.theme = saved;
} catch (e) { /* storage may be blocked; the system setting applies */ }
document.documentElement.classList.add("js");
