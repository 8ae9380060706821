import { seededRandom } from '../../../src/core/cluster/random';

/**
 * Points drawn from a mixture of spherical Gaussians with known labels (Box-Muller normals from a seeded
 * stream), for tests whose right answer is the generating component.
 */
export function gaussianMixture(centres: number[][], perCluster: number[], sd: number, seed: number): { rows: number[][]; labels: number[] } {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rows: number[][] = [];
  const labels: number[] = [];
  centres.forEach((centre, c) => {
    for (let i = 0; i < perCluster[c]; i++) {
      rows.push(centre.map((m) => m + sd * normal()));
      labels.push(c);
    }
  });
  return { rows, labels };
}
