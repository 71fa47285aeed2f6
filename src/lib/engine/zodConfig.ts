/**
 * zod/mini, configured once. Every module that builds zod schemas imports this first, because zod
 * reads these settings when a schema is BUILT (jitless) or when an issue is made (the locale).
 * - jitless: by default zod probes `new Function` when it builds an object schema, and under the
 *   site's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation even
 *   though zod catches it. Scenarios are small; the interpreter is fast enough.
 * - English messages: classic `zod` loads them itself, `zod/mini` does not (it would say "Invalid
 *   input"). The few fields without a message of their own (lesson files) keep zod's wording.
 * zod/mini rather than classic zod: the same validation, with tree-shakable functions instead of
 * methods, so a page does not download the parts no schema here uses (about 10 KB gzipped).
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// Named, not `z.locales.en`: through the namespace the bundle would keep every language.
z.config({ jitless: true, ...en() });
