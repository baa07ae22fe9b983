import { buildApp } from './app.js';
import { ConfigError, readConfig } from './config.js';
import { loadDemoDataIfEmpty } from './demo.js';
import { createDependencies } from './start-up.js';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const deps = await createDependencies(config);
  if (config.demoData) await loadDemoDataIfEmpty(deps);
  const app = await buildApp(deps);
  const shutdown = async () => {
    await app.close();
    await deps.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  // Any number of processes may work the queue; POLKU_JOB_WORKER=false keeps this one out of it.
  if (config.jobs.workerEnabled) app.background.worker.start();
  console.log(`Polku is running at http://localhost:${config.port} (database: ${deps.engine})`);
}

void main();
