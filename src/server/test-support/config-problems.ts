import { readConfig, type ConfigError } from '../config.js';

/** What readConfig reports wrong with an environment; empty when it is accepted. */
export function configProblems(environment: Record<string, string>): string[] {
  try {
    readConfig(environment);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}
