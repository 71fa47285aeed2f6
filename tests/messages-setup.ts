// Specs see the UI strings of both languages, as prerendering does (a page loads only its own:
// src/lib/i18n/locale.svelte.ts).
import { loadMessages } from '$lib/i18n/locale.svelte';

await loadMessages('en');
await loadMessages('ko');
