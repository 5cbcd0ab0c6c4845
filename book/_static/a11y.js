// Accessibility repairs of markup the book's theme and extensions write (checked by axe-core in
// tests/test_browser.py):
// - the icons inside a named control are decoration: hidden from assistive technology, and
//   without the <title> ("Light", "Dark") that Font Awesome gives each <svg>, which would count
//   as the control's visible text; Font Awesome adds them late, so they are watched for;
// - a control whose aria-label leaves out its visible text (the search button's "Ctrl+K", the
//   "Show code cell source" toggles) is named by that visible text, as speech-input users say it;
// - the bibliography's list role, whose children are citations rather than list items, is dropped.
const hideIcons = () => {
  for (const icon of document.querySelectorAll("[aria-label] svg, [aria-label] i")) {
    icon.setAttribute("aria-hidden", "true");
    icon.removeAttribute("aria-labelledby");
    icon.querySelectorAll("title").forEach((title) => title.remove());
  }
};
new MutationObserver(hideIcons).observe(document.documentElement, {childList: true, subtree: true});

window.addEventListener("load", () => {
  hideIcons();
  for (const element of document.querySelectorAll("[aria-label]")) {
    const shown = element.innerText.replace(/\s+/g, " ").trim();
    if (shown && !element.getAttribute("aria-label").includes(shown)) {
      element.setAttribute("aria-label", shown);
    }
  }
  for (const list of document.querySelectorAll('.citation-list[role="list"]')) {
    list.removeAttribute("role");
  }
});
