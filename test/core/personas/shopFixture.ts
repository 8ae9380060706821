/** Made-up shops for the persona tests: who is in each group and how they behave is set here, so every card can be checked. */
import type { PersonaCustomer } from '../../../src/core/personas';

/** A shop with known groups: who is in each and how they behave is set here, so every card can be checked. */
export function shop(): { customers: PersonaCustomer[]; groups: string[] } {
  const customers: PersonaCustomer[] = [];
  const groups: string[] = [];
  const add = (group: string, count: number, make: (j: number) => Omit<PersonaCustomer, 'customerId'>) => {
    for (let j = 0; j < count; j++) {
      customers.push({ customerId: `${group}${j}`, ...make(j) });
      groups.push(group);
    }
  };
  // A: 30 recent, frequent, big-spending customers, mostly young women in Taipei.
  add('A', 30, (j) => ({ recencyDays: 3 + (j % 5), frequency: 8 + (j % 5), monetary: 900 + 10 * j, attributes: { city: j < 24 ? 'Taipei' : 'Tainan', gender: j < 25 ? 'F' : 'M', age: 25 + (j % 8), channel: 'online' } }));
  // B: 100 lapsed one-time buyers, spread over cities, middle-aged.
  add('B', 100, (j) => ({ recencyDays: 250 + j, frequency: 1, monetary: 20 + (j % 10), attributes: { city: ['Taipei', 'Tainan', 'Taichung', 'Kaohsiung'][j % 4], gender: j % 2 ? 'F' : 'M', age: 40 + (j % 12), channel: j % 2 ? 'store' : 'online' } }));
  // C: 70 new customers: bought once, recently.
  add('C', 70, (j) => ({ recencyDays: 2 + (j % 20), frequency: 1, monetary: 30 + (j % 7), attributes: { city: ['Taichung', 'Kaohsiung'][j % 2], gender: j % 2 ? 'F' : 'M', age: 30 + (j % 20), channel: 'store' } }));
  // D: 10 former regulars who stopped, longer ago than anyone else.
  add('D', 10, (j) => ({ recencyDays: 400 + j, frequency: 6 + (j % 3), monetary: 700 + j, attributes: { city: 'Kaohsiung', gender: 'M', age: 58 + j, channel: 'store' } }));
  // E: 5 occasional buyers.
  add('E', 5, (j) => ({ recencyDays: 100 + j, frequency: 2, monetary: 60, attributes: { city: 'Tainan', gender: 'F', age: 35, channel: 'online' } }));
  return { customers, groups };
}

/**
 * A shop where two groups of top customers differ only by channel: A1 (20) all buy online, A2 (20) all in
 * store; L (60) are lapsed one-time buyers, half online, half in store. Every group is half in Penang, half
 * in Ipoh, so only the channel stands out, and only for A1 and A2. Without attributes: the same shop with none.
 */
export function channelShop(withAttributes = true): { customers: PersonaCustomer[]; groups: string[] } {
  const customers: PersonaCustomer[] = [];
  const groups: string[] = [];
  const add = (group: string, count: number, channel: (j: number) => string, make: (j: number) => Omit<PersonaCustomer, 'customerId' | 'attributes'>) => {
    for (let j = 0; j < count; j++) {
      const attributes: PersonaCustomer['attributes'] = withAttributes ? { city: j % 2 ? 'Penang' : 'Ipoh', acquisitionChannel: channel(j) } : {};
      customers.push({ customerId: `${group}${j}`, attributes, ...make(j) });
      groups.push(group);
    }
  };
  add('A1', 20, () => 'online', (j) => ({ recencyDays: 1 + (j % 10), frequency: 10, monetary: 1000 + j }));
  add('A2', 20, () => 'store', (j) => ({ recencyDays: 1 + (j % 10), frequency: 10, monetary: 1000 + j }));
  add('L', 60, (j) => (j % 2 ? 'online' : 'store'), (j) => ({ recencyDays: 300 + j, frequency: 1, monetary: 20 }));
  return { customers, groups };
}
