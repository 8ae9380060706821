import type { Lang } from '../core/types';

/** Menu and sidebar-title text, per language. */
export const uiText: Record<Lang, { menuSegment: string; menuSettings: string; menuHelp: string; sidebarTitle: string }> = {
  en: { menuSegment: 'Segment my customers', menuSettings: 'Settings', menuHelp: 'Help', sidebarTitle: 'Customer segments' },
  'zh-TW': { menuSegment: '分群我的顧客', menuSettings: '設定', menuHelp: '說明', sidebarTitle: '顧客分群' },
  'zh-CN': { menuSegment: '细分我的客户', menuSettings: '设置', menuHelp: '帮助', sidebarTitle: '客户细分' },
  ms: { menuSegment: 'Segmenkan pelanggan saya', menuSettings: 'Tetapan', menuHelp: 'Bantuan', sidebarTitle: 'Segmen pelanggan' },
};
