export { productsReport, type ProductsReport, type ProductGroup } from './productsReport';
export { MIN_PAIR_ORDERS, MIN_SUPPORT } from './association';
