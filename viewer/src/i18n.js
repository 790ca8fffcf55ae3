// The viewer's own words, German and English. Exhibit texts come from the manifest, and so do the
// names of the item kinds (manifest.kinds, from museum_ar/core/item_kinds.py; kinds.js kindLabel).
export const STRINGS = {
  de: {
    language: "Sprache", switchLanguage: "English", switchLanguageLabel: "Switch to English",
    list: "Liste", listLabel: "Alle Inhalte als Liste zeigen", ar: "Kamera", arLabel: "Zurück zur Kamera",
    switchCamera: "Kamera wechseln", hint: "Richten Sie das Tablet auf einen Marker.",
    hintMarker: "Richten Sie das Tablet auf den Marker „{label}“.",
    found: "Marker erkannt", play: "Abspielen", pause: "Pause", loading: "Lädt …",
    noCamera: "Keine Kamera verfügbar – die Inhalte stehen in der Liste.",
    cameraDenied: "Kein Zugriff auf die Kamera – die Inhalte stehen in der Liste.",
    cameraDeniedHelp: "Die Kamera ist nicht freigegeben. Erlauben Sie den Kamerazugriff in den Einstellungen des Browsers und tippen Sie dann auf „Erneut versuchen“. Bis dahin stehen alle Inhalte hier in der Liste.",
    noCameraHelp: "Dieses Gerät zeigt keine Kamera an. Alle Inhalte stehen hier in der Liste.",
    retryCamera: "Erneut versuchen",
    tampered: "Diese Ausstellung ist beschädigt oder wurde verändert und wird nicht angezeigt.",
    keyChanged: "Diese Ausstellung ist mit einem anderen Schlüssel signiert als beim ersten Besuch und wird nicht angezeigt. Bitte sagen Sie dem Museumspersonal Bescheid.",
    unsignedNow: "Diese Ausstellung war beim ersten Besuch signiert und ist es jetzt nicht mehr; sie wird nicht angezeigt. Bitte sagen Sie dem Museumspersonal Bescheid.",
    outdated: "Diese Ausstellung wurde mit einer älteren museum-ar-Version exportiert. Bitte wenden Sie sich an das Museumspersonal.",
    offlineReady: "Offline verfügbar", marker: "Marker", close: "Schließen",
    openAr: "In AR öffnen", openArLabel: "„{label}“ in AR Quick Look öffnen, auf dem gedruckten Marker",
    placeOnTable: "Auf den Tisch stellen", placeOnTableLabel: "„{label}“ in AR Quick Look auf einen Tisch stellen",
    arOmitted: "Video und Ton spielen hier in der Seite.",
    arStill: "In AR Quick Look steht das Modell still; bewegt wird es hier in der Kameraansicht.",
  },
  en: {
    language: "Language", switchLanguage: "Deutsch", switchLanguageLabel: "Auf Deutsch umschalten",
    list: "List", listLabel: "Show all content as a list", ar: "Camera", arLabel: "Back to the camera",
    switchCamera: "Switch camera", hint: "Point the tablet at a marker.",
    hintMarker: "Point the tablet at the marker “{label}”.",
    found: "Marker found", play: "Play", pause: "Pause", loading: "Loading …",
    noCamera: "No camera available – the content is in the list.",
    cameraDenied: "No access to the camera – the content is in the list.",
    cameraDeniedHelp: "The camera is not allowed. Allow camera access in the browser's settings, then tap “Try again”. Until then, all content is here in the list.",
    noCameraHelp: "This device shows no camera. All content is here in the list.",
    retryCamera: "Try again",
    tampered: "This exhibit is damaged or was changed, and is not shown.",
    keyChanged: "This exhibit is signed with a different key than on the first visit and is not shown. Please tell the museum staff.",
    unsignedNow: "This exhibit was signed on the first visit and is not signed now; it is not shown. Please tell the museum staff.",
    outdated: "This exhibit was exported with an older museum-ar. Please ask the museum staff.",
    offlineReady: "Available offline", marker: "Marker", close: "Close",
    openAr: "Open in AR", openArLabel: "Open “{label}” in AR Quick Look, on the printed marker",
    placeOnTable: "Place on a table", placeOnTableLabel: "Place “{label}” on a table in AR Quick Look",
    arOmitted: "Video and sound play here on the page.",
    arStill: "In AR Quick Look the model stands still; it moves here in the camera view.",
  },
};

const KEY = "museum-ar.lang";

export function initialLanguage(languages) {
  const saved = localStorage.getItem(KEY);
  if (saved && languages.includes(saved)) return saved;
  const nav = (navigator.language || "de").slice(0, 2);
  return languages.includes(nav) ? nav : languages[0] || "de";
}

export function rememberLanguage(lang) {
  localStorage.setItem(KEY, lang);
}

export function t(lang, key) {
  return (STRINGS[lang] || STRINGS.en)[key] ?? STRINGS.en[key] ?? key;
}

/**
 * `template` with each `{name}` replaced by `params[name]`, taken literally. (String.replace with
 * a string would read `$&`, `$'` and `$$` in a curator's label as replacement patterns.)
 */
export function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** An exhibit text in `lang`, else in the first language that has one. */
export function pick(text, lang, languages = ["de", "en"]) {
  if (!text) return "";
  if (text[lang]) return text[lang];
  for (const l of languages) if (text[l]) return text[l];
  return Object.values(text).find((v) => v) || "";
}
