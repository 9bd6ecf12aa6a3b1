/** The agency gazetteer: what other folders may use. */
export type { Gazetteer, GazetteerData, JurisdictionEntry, AgencyTypeEntry, AgencyEntry } from './gazetteer-types.ts';
export { buildGazetteer, mergeGazetteerData } from './build-gazetteer.ts';
export { getDefaultGazetteer, loadGazetteer, validateGazetteerData } from './load-gazetteer.ts';
