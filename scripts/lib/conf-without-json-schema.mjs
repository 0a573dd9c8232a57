// Stands in for `ajv/dist/2020.js` and `ajv-formats` in the web host's bundle (build.mjs).
// conf imports both at load, but builds a validator only when given a JSON schema
// (`schema`, `rootSchema` or `ajvOptions`), and Midad never gives it one: the settings are
// checked section by section with the contract's zod schemas
// (electron/services/settings/settings-service.ts). Loading ajv anyway was 15-20 ms of
// each browser-mode start, just when the page waits for its first answers.
function refuse() {
  throw new Error(
    'conf was given a JSON schema, but this build has no ajv: validate with the contract instead (scripts/lib/conf-without-json-schema.mjs)',
  );
}

export class Ajv2020 {
  constructor() {
    refuse();
  }
}

export default { default: refuse };
