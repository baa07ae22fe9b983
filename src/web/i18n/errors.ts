import { errorMessages } from '../../contract/messages';

/** The API's own error texts, so the web app and the server say the same thing. */
export const fi = errorMessages.fi;
export const sv = errorMessages.sv;
export const en = errorMessages.en;
