// Component tests (jsdom) get the DOM matchers; node tests are unaffected.
if (typeof window !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
}

export {};
