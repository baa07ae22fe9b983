import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Figure = { name: string; value: number; unit: string; better: 'lower' | 'higher'; target?: number; baseline?: number };

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu} ×${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Prints the figures and writes bench/results/<name>.json in the shared format. */
export function reportFigures(name: string, figures: Figure[], notes: Record<string, unknown> = {}): void {
  const result = { name, machine: machineDescription(), date: new Date().toISOString(), figures, ...notes };
  console.log(`\n${name} — ${result.machine}`);
  for (const figure of figures) {
    const extras = [
      figure.baseline === undefined ? '' : `baseline ${figure.baseline}`,
      figure.target === undefined ? '' : `target ${figure.target}`,
    ]
      .filter(Boolean)
      .join(', ');
    console.log(`  ${figure.name.padEnd(48)} ${String(figure.value).padStart(12)} ${figure.unit}${extras ? `  (${extras})` : ''}`);
  }
  const folder = path.resolve('bench/results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${name}.json`), JSON.stringify(result, null, 2) + '\n');
}

export function percentile(sortedValues: number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  return sortedValues[Math.min(sortedValues.length - 1, Math.floor(fraction * sortedValues.length))]!;
}

export const hasFlag = (flag: string) => process.argv.includes(flag);
