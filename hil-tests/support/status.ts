/** The device's answer to a raw request, as a status name: what the status tests compare. */
import { isHacError, type HacDevice } from '../../host/index.js';
import { statusName } from '../../protocol/index.js';

export type RequestBody = Parameters<HacDevice['session']['request']>[0];

/** 'STATUS_OK', or the name of the device status the request failed with (other errors throw). */
export async function status(dev: HacDevice, body: RequestBody): Promise<string> {
  try {
    await dev.session.request(body);
    return 'STATUS_OK';
  } catch (err) {
    if (isHacError(err) && err.status !== undefined) return statusName(err.status);
    throw err;
  }
}
