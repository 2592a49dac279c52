// Jest as a CommonJS project configures it: jsdom, and no transform at all
// (the test requires the packages' CommonJS builds as they are published).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "jsdom",
  transform: {},
};
