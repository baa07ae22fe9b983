import { startServer } from './support/server.js';

export default async function setup(): Promise<() => Promise<void>> {
  return startServer();
}
