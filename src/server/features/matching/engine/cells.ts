import { haversineKm } from './geo.js';

/**
 * Locations bucketed into grid cells (0.1° latitude × 0.2° longitude, about 11 × 10 km in
 * Finland), each with the farthest member from its centre. A query computes one distance per cell
 * and skips every cell that is out of reach — whole groups of people or workplaces at once.
 * Cell 0 holds the unknown locations.
 */
export class LocationCells {
  private readonly byKey = new Map<number, number>();
  readonly lat: number[] = [Number.NaN];
  readonly lon: number[] = [Number.NaN];
  readonly radiusKm: number[] = [0];

  get count(): number {
    return this.lat.length;
  }

  cellOf(lat: number, lon: number): number {
    if (Number.isNaN(lat) || Number.isNaN(lon)) return 0;
    const row = Math.floor(lat / 0.1);
    const column = Math.floor(lon / 0.2);
    const key = row * 4096 + column;
    let cell = this.byKey.get(key);
    if (cell === undefined) {
      cell = this.lat.length;
      this.byKey.set(key, cell);
      this.lat.push((row + 0.5) * 0.1);
      this.lon.push((column + 0.5) * 0.2);
      this.radiusKm.push(0);
    }
    const distance = haversineKm(this.lat[cell]!, this.lon[cell]!, lat, lon);
    if (distance > this.radiusKm[cell]!) this.radiusKm[cell] = distance + 1e-9;
    return cell;
  }

  /** A lower bound of the distance from the point to any member of the cell; NaN for unknown locations. */
  nearestKm(cell: number, lat: number, lon: number): number {
    if (cell === 0 || Number.isNaN(lat)) return Number.NaN;
    return Math.max(0, haversineKm(this.lat[cell]!, this.lon[cell]!, lat, lon) - this.radiusKm[cell]!);
  }
}

/**
 * People are grouped by cell and by their maximum commute, so a query can skip a cell's people
 * who would not travel that far without looking at them. The last class is "not stated" (the
 * weights' default applies, known only at query time).
 */
export const commuteClassLimits = [10, 20, 30, 50, 80, 120, 200, 400, Number.POSITIVE_INFINITY] as const;
export const commuteClasses = commuteClassLimits.length + 1;
export const unstatedCommuteClass = commuteClassLimits.length;

export function commuteClass(maxKm: number | null): number {
  if (maxKm === null) return unstatedCommuteClass;
  return commuteClassLimits.findIndex((limit) => maxKm <= limit);
}
