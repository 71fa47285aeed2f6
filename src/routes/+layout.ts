// A static site: every route is prerendered and runs entirely in the browser.
export const prerender = true;
export const trailingSlash = 'never';
