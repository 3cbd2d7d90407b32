// Unit and integration tests; integration tests load the built dist/Code.js (npm test builds first).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // liquidjs's sandbox-safe build (what the bundle uses) is an .mjs file, and entities, parse5 and marked are ES
  // modules only: compile them like our sources.
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  transformIgnorePatterns: ['/node_modules/(?!(postal-mime|liquidjs|entities|parse5|marked)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
  testTimeout: 60000,
};
