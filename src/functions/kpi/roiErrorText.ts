/**
 * Localized errors of =ROI, shown after "ROI: " in the spreadsheet's language. Parameter names
 * (revenue, cost, gross_margin) stay as Sheets shows them in autocomplete.
 * Placeholders: {param}, {value}, {place}, {row}, {col}, {rows}, {cols}, {shape}, {other}, {otherShape}, {first}, {second}.
 */
import type { Localized } from '../../core/i18n';

export const roiErrorText = {
  row: { en: ' (row {row} of the range)', 'zh-TW': '（範圍第 {row} 列）', 'zh-CN': '（范围第 {row} 行）', ms: ' (baris {row} julat)' },
  cell: {
    en: ' (row {row}, column {col} of the range)',
    'zh-TW': '（範圍第 {row} 列第 {col} 欄）',
    'zh-CN': '（范围第 {row} 行第 {col} 列）',
    ms: ' (baris {row}, lajur {col} julat)',
  },
  blank: {
    en: '{param} is blank{place}; give an amount for every campaign',
    'zh-TW': '{param} 是空白{place}；每個活動都需要填入金額',
    'zh-CN': '{param} 是空白{place}；每个活动都需要填入金额',
    ms: '{param} kosong{place}; beri amaun bagi setiap kempen',
  },
  errorCell: {
    en: '{param} is an error cell ({value}){place}',
    'zh-TW': '{param} 是錯誤儲存格（{value}）{place}',
    'zh-CN': '{param} 是错误单元格（{value}）{place}',
    ms: '{param} ialah sel ralat ({value}){place}',
  },
  notAmount: {
    en: '{param} must be an amount of money, got "{value}"{place}',
    'zh-TW': '{param} 必須是金額，收到「{value}」{place}',
    'zh-CN': '{param} 必须是金额，收到“{value}”{place}',
    ms: '{param} mestilah amaun wang, diberi "{value}"{place}',
  },
  rate: {
    en: '{param} is {value}{place}, which looks like a rate; ROI needs amounts of money here. A gross margin goes in gross_margin, the third argument; amounts below 1 (e.g. in thousands) must be written in full',
    'zh-TW': '{param} 是 {value}{place}，看起來是比率；ROI 這裡需要的是金額。毛利率請填在第三個參數 gross_margin；小於 1 的金額（例如以千為單位）請寫成完整金額',
    'zh-CN': '{param} 是 {value}{place}，看起来是比率；ROI 这里需要的是金额。毛利率请填在第三个参数 gross_margin；小于 1 的金额（例如以千为单位）请写成完整金额',
    ms: '{param} ialah {value}{place}, kelihatan seperti kadar; ROI memerlukan amaun wang di sini. Margin kasar diletakkan dalam gross_margin, argumen ketiga; amaun di bawah 1 (cth. dalam ribu) mesti ditulis penuh',
  },
  zeroCost: {
    en: 'cost is 0{place}: ROI divides by what the campaign cost, so a campaign that cost nothing has no ROI',
    'zh-TW': 'cost 是 0{place}：ROI 要除以活動成本，沒有成本的活動無法計算 ROI',
    'zh-CN': 'cost 是 0{place}：ROI 要除以活动成本，没有成本的活动无法计算 ROI',
    ms: 'cost ialah 0{place}: ROI dibahagi dengan kos kempen, jadi kempen tanpa kos tiada ROI',
  },
  negativeCost: {
    en: 'cost is {value}{place}, below 0; a cost is money spent, give it as a positive amount',
    'zh-TW': 'cost 是 {value}{place}，小於 0；成本是花出去的錢，請填正數金額',
    'zh-CN': 'cost 是 {value}{place}，小于 0；成本是花出去的钱，请填正数金额',
    ms: 'cost ialah {value}{place}, di bawah 0; kos ialah wang yang dibelanjakan, beri sebagai amaun positif',
  },
  negativeRevenue: {
    en: 'revenue is {value}{place}, below 0; give the revenue the campaign brought, 0 if none',
    'zh-TW': 'revenue 是 {value}{place}，小於 0；請填活動帶來的營收，沒有則填 0',
    'zh-CN': 'revenue 是 {value}{place}，小于 0；请填活动带来的收入，没有则填 0',
    ms: 'revenue ialah {value}{place}, di bawah 0; beri hasil yang dibawa kempen, 0 jika tiada',
  },
  margin: {
    en: 'gross_margin must be between 0 % and 100 % (a % cell or a fraction such as 0.3), got {value}{place}',
    'zh-TW': 'gross_margin 必須介於 0 % 到 100 %（百分比儲存格或 0.3 這樣的小數），收到 {value}{place}',
    'zh-CN': 'gross_margin 必须介于 0 % 到 100 %（百分比单元格或 0.3 这样的小数），收到 {value}{place}',
    ms: 'gross_margin mestilah antara 0 % dan 100 % (sel % atau pecahan seperti 0.3), diberi {value}{place}',
  },
  marginBlank: {
    en: 'gross_margin is blank{place}; give a margin for every campaign, or one margin for all',
    'zh-TW': 'gross_margin 是空白{place}；請為每個活動填毛利率，或只填一個適用全部',
    'zh-CN': 'gross_margin 是空白{place}；请为每个活动填毛利率，或只填一个适用全部',
    ms: 'gross_margin kosong{place}; beri margin bagi setiap kempen, atau satu margin untuk semua',
  },
  shape: {
    en: '{param} is {shape} but {other} is {otherShape}; give ranges of the same shape, one row per campaign',
    'zh-TW': '{param} 是 {shape}，但 {other} 是 {otherShape}；請用相同大小的範圍，每個活動一列',
    'zh-CN': '{param} 是 {shape}，但 {other} 是 {otherShape}；请用相同大小的范围，每个活动一行',
    ms: '{param} ialah {shape} tetapi {other} ialah {otherShape}; beri julat yang sama bentuk, satu baris bagi setiap kempen',
  },
  range: {
    en: 'a range of {rows} × {cols} cells (rows × columns)',
    'zh-TW': '{rows} × {cols} 格的範圍（列 × 欄）',
    'zh-CN': '{rows} × {cols} 格的范围（行 × 列）',
    ms: 'julat {rows} × {cols} sel (baris × lajur)',
  },
  single: { en: 'a single value', 'zh-TW': '單一數值', 'zh-CN': '单个数值', ms: 'satu nilai' },
  currencies: {
    en: 'the amounts are in two currencies ({first} and {second}); ROI compares amounts in one currency',
    'zh-TW': '金額使用了兩種貨幣（{first} 與 {second}）；ROI 只能比較同一種貨幣的金額',
    'zh-CN': '金额使用了两种货币（{first} 与 {second}）；ROI 只能比较同一种货币的金额',
    ms: 'amaun dalam dua mata wang ({first} dan {second}); ROI membandingkan amaun dalam satu mata wang',
  },
} satisfies Record<string, Localized>;
