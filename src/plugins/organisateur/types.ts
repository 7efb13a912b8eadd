/** Types shared by the organiser plugin's Node side and its browser side (declarations only). */
import type {LegalField, OrganiserDetails} from '../../domain/organiser';

export interface OrganiserPluginOptions {
  /** The organiser's details, relative to the site. */
  file: string;
}

/** Global data: the details given and those still missing. */
export interface OrganiserGlobalData {
  details: OrganiserDetails;
  missing: LegalField[];
}
