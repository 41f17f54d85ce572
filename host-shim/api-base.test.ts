import { describe, expect, it } from 'vitest';
import { API_BASE_META, resolveApiBaseUrl } from './api-base';

function pageWith(html: string): Document {
  const page = document.implementation.createHTMLDocument('host');
  page.head.innerHTML = html;
  return page;
}

describe("the reference host's API base", () => {
  it('runs the mocks in the page when neither the build nor the page names a backend', () => {
    expect(resolveApiBaseUrl('', pageWith(''))).toBe('');
    expect(resolveApiBaseUrl('', undefined)).toBe('');
  });

  it('takes the URL given at build time', () => {
    expect(resolveApiBaseUrl('http://127.0.0.1:3100', pageWith(''))).toBe('http://127.0.0.1:3100');
  });

  it("prefers the page's meta over the build, without its trailing slashes", () => {
    const page = pageWith(`<meta name="${API_BASE_META}" content=" http://127.0.0.1:4567/ ">`);
    expect(resolveApiBaseUrl('', page)).toBe('http://127.0.0.1:4567');
    expect(resolveApiBaseUrl('http://127.0.0.1:3100', page)).toBe('http://127.0.0.1:4567');
  });

  it('ignores an empty meta', () => {
    expect(resolveApiBaseUrl('http://127.0.0.1:3100', pageWith(`<meta name="${API_BASE_META}" content="">`))).toBe('http://127.0.0.1:3100');
  });
});
